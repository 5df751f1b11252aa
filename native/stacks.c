/* Loader part of the stacks probe: one perf event per CPU runs the sampling
 * program; at every snapshot the kernel's counts are read, each stack not
 * seen before is read once and symbolized (each address once), and modules,
 * frames and stacks go out once, in the snapshot that first needs them.
 * Symbolizing as the session goes leaves only the last interval's new
 * stacks for the end, and reads the target's mappings while it lives. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "featureprobe.h"
#include "grow.h"
#include "percpu.h"
#include "procfs.h"
#include "stacks.h"
#include "symbolize.h"
#include "../probes/stacks.h"
#include "stacks.skel.h"

/* Part kinds: which stack a hash names, and how it is cut. */
enum part_kind { PART_USER = 0, PART_KERNEL = 1, PART_KERNEL_OFFCPU = 2 };

/* Open addressing, (a, b) -> value, for the few lookups per new stack. */
struct table {
	struct slot {
		__u64 a, b;
		__u32 value;
		__u32 used;
	} *slots;
	size_t cap, n;
};

static size_t slot_of(const struct table *t, __u64 a, __u64 b)
{
	__u64 h = (a ^ (b * 0xc2b2ae3d27d4eb4full)) * 0x9e3779b97f4a7c15ull;

	return (size_t)(h ^ (h >> 29)) & (t->cap - 1);
}

static bool table_get(const struct table *t, __u64 a, __u64 b, __u32 *value)
{
	if (!t->cap)
		return false;
	for (size_t i = slot_of(t, a, b);; i = (i + 1) & (t->cap - 1)) {
		const struct slot *s = &t->slots[i];

		if (!s->used)
			return false;
		if (s->a == a && s->b == b) {
			*value = s->value;
			return true;
		}
	}
}

static int table_put(struct table *t, __u64 a, __u64 b, __u32 value)
{
	size_t i;

	if ((t->n + 1) * 2 > t->cap) {
		struct table bigger = { .cap = t->cap ? t->cap * 2 : 1024 };

		bigger.slots = calloc(bigger.cap, sizeof(*bigger.slots));
		if (!bigger.slots)
			return -ENOMEM;
		for (size_t j = 0; j < t->cap; j++)
			if (t->slots[j].used)
				table_put(&bigger, t->slots[j].a, t->slots[j].b, t->slots[j].value);
		free(t->slots);
		*t = bigger;
	}
	for (i = slot_of(t, a, b); t->slots[i].used; i = (i + 1) & (t->cap - 1))
		;
	t->slots[i] = (struct slot){ a, b, value, 1 };
	t->n++;
	return 0;
}

/* One sampled address, symbolized once. A return address is looked up one
 * byte earlier, inside the call, so that a call as a function's last
 * instruction is not charged to the next function. */
struct address {
	__u64 ip;
	struct sym_frame sym;
	__u32 frame_id;            /* 0: not sent (symbolized only to cut an off-CPU stack) */
};

/* A user or kernel stack as frames, after cutting; equal frames share one. */
struct part {
	__u32 *frame_ids;          /* leaf first */
	__u32 n;
	bool depth_limited;
	bool truncated;            /* user: the walk ended before a thread's start */
	__u32 truncated_module;
};

struct stack_rec {
	__u32 user_part, kernel_part;
	bool user_missing;
};

struct count_entry {
	struct stack_key key;
	struct stack_count count;
};

struct out_sample {
	__u32 tid, stack_id;
	struct stack_count count;
};

struct stacks_probe {
	struct stacks_bpf *skel;
	struct symbolizer *sym;
	struct stacks_opts opts;
	const char *event_name;
	int ncpus;
	int *pfds;                 /* per CPU, -1 offline; owned by links[i] */
	struct bpf_link **links;
	struct bpf_link *offcpu_link;
	bool lost_supported;
	bool detached;
	__u64 lost_at_detach;
	__u32 max_depth;           /* a stack this deep was cut by the kernel */
	__u64 symbolize_ns, final_symbolize_ns;
	char variant[256];

	struct address *addrs;
	size_t n_addrs, cap_addrs;
	struct table addr_index;   /* (ip, is_return) -> addrs index */
	__u32 *frames;             /* frame id - 1 -> addrs index */
	size_t n_frames, cap_frames, sent_frames;
	struct part *parts;        /* 0: the empty stack */
	size_t n_parts, cap_parts;
	struct table hash_parts;   /* (hash, kind) -> part */
	struct table content_parts; /* (hash of frame ids, kind and flags) -> part */
	struct stack_rec *stacks;  /* stack id - 1 */
	size_t n_stacks, cap_stacks, sent_stacks;
	struct table pairs;        /* (user part | user_missing, kernel part) -> stack id */

	struct count_entry *counts;
	size_t cap_counts;
	struct stack_key *batch_keys;
	struct stack_count *batch_values;
};

static long read_sysctl(const char *path, long fallback)
{
	char buf[32];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return fallback;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return fallback;
	buf[n] = '\0';
	return strtol(buf, NULL, 10);
}

static int open_and_load(struct stacks_probe *p, pid_t tgid)
{
	p->skel = stacks_bpf__open();
	if (!p->skel)
		return -errno;
	p->skel->rodata->targ_tgid = (__u32)tgid;
	bpf_program__set_autoload(p->skel->progs.stacks_offcpu, p->opts.offcpu);
	/* Task storage (5.11) only when off-CPU stacks need it. */
	bpf_map__set_autocreate(p->skel->maps.offcpu_starts, p->opts.offcpu);
	return stacks_bpf__load(p->skel);
}

static int perf_event_open(struct perf_event_attr *attr, int cpu)
{
	return (int)syscall(SYS_perf_event_open, attr, -1, cpu, -1, PERF_FLAG_FD_CLOEXEC);
}

static void close_events(struct stacks_probe *p)
{
	for (int i = 0; i < p->ncpus; i++) {
		if (p->links[i])
			bpf_link__destroy(p->links[i]);   /* closes pfds[i] too */
		else if (p->pfds[i] >= 0)
			close(p->pfds[i]);
		p->links[i] = NULL;
		p->pfds[i] = -1;
	}
}

/* One event per possible CPU, all system-wide: the program keeps the
 * target's samples. Returns the number attached, or -errno of the first
 * failure (offline CPUs are skipped). */
static int open_events(struct stacks_probe *p, __u32 type, __u64 config)
{
	struct perf_event_attr attr = {
		.size = sizeof(attr),
		.type = type,
		.config = config,
		.freq = 1,
		.sample_freq = p->opts.freq,
		/* Lost samples (6.0+): only with a ring buffer, so 0 here unless
		 * the kernel ever counts BPF-only events. */
		.read_format = PERF_FORMAT_LOST,
		.disabled = 1,
	};
	int attached = 0;

	for (int cpu = 0; cpu < p->ncpus; cpu++) {
		int fd = perf_event_open(&attr, cpu);

		if (fd < 0 && errno == EINVAL && attr.read_format) {
			attr.read_format = 0;
			fd = perf_event_open(&attr, cpu);
		}
		if (fd < 0 && errno == ENODEV)
			continue;
		if (fd < 0) {
			int err = -errno;

			close_events(p);
			return err;
		}
		p->pfds[cpu] = fd;
		p->links[cpu] = bpf_program__attach_perf_event(p->skel->progs.stacks_sample, fd);
		if (!p->links[cpu]) {
			int err = -errno;

			close_events(p);
			return err;
		}
		attached++;
	}
	p->lost_supported = attr.read_format != 0;
	return attached ? attached : -ENODEV;
}

static __u64 read_lost(const struct stacks_probe *p)
{
	__u64 total = 0, buf[2];

	if (p->detached)
		return p->lost_at_detach;
	if (!p->lost_supported)
		return 0;
	for (int i = 0; i < p->ncpus; i++)
		if (p->pfds[i] >= 0 && read(p->pfds[i], buf, sizeof(buf)) == sizeof(buf))
			total += buf[1];
	return total;
}

struct stacks_probe *stacks_attach(pid_t tgid, const struct stacks_opts *opts, Stackprof__V1__ProbeStatus *status,
				   char *error, size_t error_len)
{
	struct stacks_probe *p = calloc(1, sizeof(*p));
	char detail[256], fallback[160] = "";
	long max_rate;
	int err, n;

	status->name = "stacks";
	status->variant = "perf_event";
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		goto fail;
	}
	p->opts = *opts;
	p->ncpus = libbpf_num_possible_cpus();
	p->pfds = malloc((size_t)p->ncpus * sizeof(*p->pfds));
	p->links = calloc((size_t)p->ncpus, sizeof(*p->links));
	if (!p->pfds || !p->links) {
		snprintf(error, error_len, "out of memory");
		goto fail;
	}
	for (int i = 0; i < p->ncpus; i++)
		p->pfds[i] = -1;
	max_rate = read_sysctl("/proc/sys/kernel/perf_event_max_sample_rate", 0);
	if (max_rate > 0 && opts->freq > (unsigned long)max_rate) {
		snprintf(error, error_len, "--freq %u is above this kernel's limit kernel.perf_event_max_sample_rate=%ld",
			 opts->freq, max_rate);
		goto fail;
	}
	p->max_depth = (__u32)read_sysctl("/proc/sys/kernel/perf_event_max_stack", STACKS_MAX_DEPTH);
	if (p->max_depth == 0 || p->max_depth > STACKS_MAX_DEPTH)
		p->max_depth = STACKS_MAX_DEPTH;

	err = open_and_load(p, tgid);
	if (err) {
		if (featureprobe_one("perf_event", detail, sizeof(detail)) == FEATURE_MISSING)
			snprintf(error, error_len, "the stacks probe needs perf_event BPF programs: %s", detail);
		else if (opts->offcpu && featureprobe_one("tp_btf", detail, sizeof(detail)) == FEATURE_MISSING)
			snprintf(error, error_len, "--off-cpu needs BTF tracepoints (tp_btf, Linux 5.5+): %s", detail);
		else if (opts->offcpu && featureprobe_one("task_storage", detail, sizeof(detail)) == FEATURE_MISSING)
			snprintf(error, error_len, "--off-cpu needs task storage (Linux 5.11+): %s", detail);
		else
			snprintf(error, error_len, "load stacks probe: %s", strerror(-err));
		goto fail;
	}

	p->event_name = opts->event == STACKS_EVENT_CYCLES ? "cycles" : "cpu-clock";
	if (opts->event == STACKS_EVENT_CYCLES) {
		n = open_events(p, PERF_TYPE_HARDWARE, PERF_COUNT_HW_CPU_CYCLES);
		if (n < 0) {
			/* No PMU (many virtual machines): ENOENT or EOPNOTSUPP. */
			snprintf(fallback, sizeof(fallback), " (cycles unavailable: %s)",
				 n == -ENOENT || n == -EOPNOTSUPP ? "no hardware cycle counter here" : strerror(-n));
			p->event_name = "cpu-clock";
		}
	}
	if (strcmp(p->event_name, "cpu-clock") == 0) {
		n = open_events(p, PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_CLOCK);
		if (n < 0) {
			snprintf(error, error_len, "open cpu-clock perf events: %s", strerror(-n));
			goto fail;
		}
	}
	if (opts->offcpu) {
		p->offcpu_link = bpf_program__attach(p->skel->progs.stacks_offcpu);
		if (!p->offcpu_link) {
			snprintf(error, error_len, "attach the off-CPU program (sched_switch): %s", strerror(errno));
			goto fail;
		}
	}
	p->sym = symbolizer_new(tgid);
	if (!p->sym) {
		snprintf(error, error_len, "out of memory (symbolizer)");
		goto fail;
	}
	/* Part 0 is the empty stack: hash 0. */
	if (grow(&p->parts, &p->cap_parts, 0, sizeof(*p->parts)))
		goto fail;
	memset(&p->parts[0], 0, sizeof(p->parts[0]));
	p->n_parts = 1;
	snprintf(p->variant, sizeof(p->variant), "perf_event %s %u Hz%s%s", p->event_name, opts->freq,
		 opts->offcpu ? " + off-cpu" : "", fallback);
	status->variant = p->variant;
	status->attached = true;
	return p;
fail:
	if (!error[0])
		snprintf(error, error_len, "out of memory");
	status->error = error;
	stacks_destroy(p);
	return NULL;
}

void stacks_detach(struct stacks_probe *p)
{
	if (!p || p->detached)
		return;
	p->lost_at_detach = read_lost(p);
	close_events(p);
	bpf_link__destroy(p->offcpu_link);
	p->offcpu_link = NULL;
	p->detached = true;
}

void stacks_destroy(struct stacks_probe *p)
{
	if (!p)
		return;
	if (p->links && p->pfds)
		close_events(p);
	bpf_link__destroy(p->offcpu_link);
	stacks_bpf__destroy(p->skel);
	if (p->sym)
		symbolizer_free(p->sym);
	for (size_t i = 0; i < p->n_parts; i++)
		free(p->parts[i].frame_ids);
	free(p->parts);
	free(p->addrs);
	free(p->frames);
	free(p->stacks);
	free(p->addr_index.slots);
	free(p->hash_parts.slots);
	free(p->content_parts.slots);
	free(p->pairs.slots);
	free(p->counts);
	free(p->batch_keys);
	free(p->batch_values);
	free(p->pfds);
	free(p->links);
	free(p);
}

/* The addrs index of ip, symbolized on first sight; SIZE_MAX when out of memory. */
static size_t address(struct stacks_probe *p, __u64 ip, bool is_return, bool kernel)
{
	struct address *a;
	__u32 idx;

	if (table_get(&p->addr_index, ip, is_return, &idx))
		return idx;
	if (grow(&p->addrs, &p->cap_addrs, p->n_addrs, sizeof(*p->addrs)) ||
	    table_put(&p->addr_index, ip, is_return, (__u32)p->n_addrs))
		return SIZE_MAX;
	a = &p->addrs[p->n_addrs];
	memset(a, 0, sizeof(*a));
	a->ip = ip;
	if (kernel)
		symbolize_kernel(p->sym, ip - is_return, &a->sym);
	else
		symbolize_user(p->sym, ip - is_return, &a->sym);
	if (!a->sym.function)
		a->sym.function = "";
	if (!a->sym.file)
		a->sym.file = "";
	if (!a->sym.unknown_reason)
		a->sym.unknown_reason = "";
	/* Offsets as sampled, like the address: pprof finds the call itself. */
	if (a->sym.module_id)
		a->sym.module_offset += is_return;
	return p->n_addrs++;
}

static __u32 frame_id(struct stacks_probe *p, size_t addr)
{
	struct address *a = &p->addrs[addr];

	if (a->frame_id)
		return a->frame_id;
	if (grow(&p->frames, &p->cap_frames, p->n_frames, sizeof(*p->frames)))
		return 0;
	p->frames[p->n_frames++] = (__u32)addr;
	a->frame_id = (__u32)p->n_frames;
	return a->frame_id;
}

static __u64 hash_ids(const __u32 *ids, __u32 n, __u64 seed)
{
	__u64 h = 0xcbf29ce484222325ull ^ seed;

	for (__u32 i = 0; i < n; i++) {
		h ^= ids[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

/* The part of stack `hash` of the given kind: read from the probe's map,
 * symbolized and cut on first sight. Returns 0 (the empty part) for hash 0
 * or a stack the map no longer has, -1 when out of memory. */
static long resolve_part(struct stacks_probe *p, __u64 hash, enum part_kind kind)
{
	struct stack_trace t;
	size_t addrs[STACKS_MAX_DEPTH];
	__u32 ids[STACKS_MAX_DEPTH], idx, nr, begin = 0, end, n = 0;
	struct part part = { 0 };
	bool kernel = kind != PART_USER, rooted = false;
	__u64 content;

	if (!hash)
		return 0;
	if (table_get(&p->hash_parts, hash, kind, &idx))
		return idx;
	if (bpf_map_lookup_elem(bpf_map__fd(p->skel->maps.stacks), &hash, &t))
		t.nr = 0;
	nr = t.nr < STACKS_MAX_DEPTH ? t.nr : STACKS_MAX_DEPTH;
	end = nr;
	for (__u32 i = 0; i < nr; i++) {
		addrs[i] = address(p, t.ips[i], i > 0, kernel);
		if (addrs[i] == SIZE_MAX)
			return -1;
	}
	/* At a switch-out the walk starts inside the probe (the BPF program,
	 * the tracepoint's glue): begin where the scheduler does. */
	if (kind == PART_KERNEL_OFFCPU) {
		for (__u32 i = 0; i < nr; i++) {
			if (strcmp(p->addrs[addrs[i]].sym.function, "__schedule") == 0) {
				begin = i;
				break;
			}
		}
	}
	/* A frame-pointer walk goes on past a thread's start into whatever the
	 * start code left in its frame register (glibc has no frame pointers):
	 * end at the outermost known start. */
	if (kind == PART_USER) {
		for (__u32 i = nr; i-- > 0;) {
			if (symbolizer_is_stack_root(p->addrs[addrs[i]].sym.function)) {
				end = i + 1;
				rooted = true;
				break;
			}
		}
	}
	part.depth_limited = nr >= p->max_depth;
	if (kind == PART_USER && nr > 0 && !rooted && !part.depth_limited) {
		part.truncated = true;
		part.truncated_module = p->addrs[addrs[nr - 1]].sym.module_id;
	}
	for (__u32 i = begin; i < end; i++) {
		ids[n] = frame_id(p, addrs[i]);
		if (!ids[n])
			return -1;
		n++;
	}
	content = hash_ids(ids, n, kind == PART_USER ? 0 : 1);
	/* Different raw stacks may cut to the same frames: one part for them. */
	if (!table_get(&p->content_parts, content,
		       (__u64)n << 8 | (__u64)kernel << 2 | part.depth_limited << 1 | part.truncated, &idx)) {
		part.n = n;
		part.frame_ids = malloc((n ? n : 1) * sizeof(*ids));
		if (!part.frame_ids || grow(&p->parts, &p->cap_parts, p->n_parts, sizeof(*p->parts))) {
			free(part.frame_ids);
			return -1;
		}
		memcpy(part.frame_ids, ids, n * sizeof(*ids));
		idx = (__u32)p->n_parts;
		p->parts[p->n_parts++] = part;
		if (table_put(&p->content_parts, content,
			      (__u64)n << 8 | (__u64)kernel << 2 | part.depth_limited << 1 | part.truncated, idx))
			return -1;
	}
	if (table_put(&p->hash_parts, hash, kind, idx))
		return -1;
	return idx;
}

/* The stack id of a count's key, resolved on first sight; 0 when out of memory. */
static __u32 stack_id(struct stacks_probe *p, const struct stack_key *key)
{
	long user = resolve_part(p, key->user_hash, PART_USER);
	long kernel = resolve_part(p, key->kernel_hash,
				   key->flags & STACKS_KEY_OFFCPU ? PART_KERNEL_OFFCPU : PART_KERNEL);
	bool missing = key->user_hash == 0;
	__u32 id;

	if (user < 0 || kernel < 0)
		return 0;
	if (table_get(&p->pairs, (__u64)user << 1 | missing, (__u64)kernel, &id))
		return id;
	if (grow(&p->stacks, &p->cap_stacks, p->n_stacks, sizeof(*p->stacks)))
		return 0;
	p->stacks[p->n_stacks++] = (struct stack_rec){ (__u32)user, (__u32)kernel, missing };
	id = (__u32)p->n_stacks;
	if (table_put(&p->pairs, (__u64)user << 1 | missing, (__u64)kernel, id))
		return 0;
	return id;
}

/* Every (key, count) of the counts map, into p->counts. */
static int read_counts(struct stacks_probe *p, size_t *n)
{
	int fd = bpf_map__fd(p->skel->maps.counts);
	/* Whole map per call: a batch must hold a whole hash bucket anyway. */
	__u32 chunk = STACKS_MAX_COUNTS;
	struct stack_key token, next;
	void *in = NULL;

	DECLARE_LIBBPF_OPTS(bpf_map_batch_opts, opts);
	*n = 0;
	if (!p->batch_keys) {
		p->batch_keys = malloc(chunk * sizeof(*p->batch_keys));
		p->batch_values = malloc(chunk * sizeof(*p->batch_values));
		if (!p->batch_keys || !p->batch_values)
			return -ENOMEM;
	}
	for (;;) {
		__u32 count = chunk;
		int err = bpf_map_lookup_batch(fd, in, &token, p->batch_keys, p->batch_values, &count, &opts);

		if (err && errno != ENOENT) {
			if (in)
				return -errno;
			break;          /* no batch ops (before 5.6): walk below */
		}
		for (__u32 i = 0; i < count; i++) {
			if (grow(&p->counts, &p->cap_counts, *n, sizeof(*p->counts)))
				return -ENOMEM;
			p->counts[(*n)++] = (struct count_entry){ p->batch_keys[i], p->batch_values[i] };
		}
		if (err)
			return 0;
		in = &token;
	}
	/* Nothing is deleted while attached: the walk neither restarts nor skips. */
	for (void *prev = NULL; bpf_map_get_next_key(fd, prev, &next) == 0; prev = &token) {
		token = next;
		if (grow(&p->counts, &p->cap_counts, *n, sizeof(*p->counts)))
			return -ENOMEM;
		p->counts[*n].key = token;
		if (bpf_map_lookup_elem(fd, &token, &p->counts[*n].count) == 0)
			(*n)++;
	}
	return 0;
}

static bool known_hash(const struct stacks_probe *p, __u64 hash)
{
	__u32 idx;

	return table_get(&p->hash_parts, hash, PART_USER, &idx) || table_get(&p->hash_parts, hash, PART_KERNEL, &idx) ||
	       table_get(&p->hash_parts, hash, PART_KERNEL_OFFCPU, &idx);
}

/* The loader keeps every stack it has read: their room in the probe's map
 * goes back to new ones. A stack the probe stores again after this is
 * known by its hash and never read twice. */
static int forget_read_stacks(struct stacks_probe *p)
{
	int fd = bpf_map__fd(p->skel->maps.stacks);
	__u64 key, next, *known = NULL;
	size_t n = 0, cap = 0;
	void *prev = NULL;

	/* Collect first: deleting under get_next_key would restart the walk. */
	while (bpf_map_get_next_key(fd, prev, &next) == 0) {
		key = next;
		prev = &key;
		if (!known_hash(p, key))
			continue;
		if (grow(&known, &cap, n, sizeof(*known))) {
			free(known);
			return -ENOMEM;
		}
		known[n++] = key;
	}
	for (size_t i = 0; i < n; i++)
		bpf_map_delete_elem(fd, &known[i]);
	free(known);
	return 0;
}

static int compare_samples(const void *a, const void *b)
{
	const struct out_sample *x = a, *y = b;

	if (x->tid != y->tid)
		return x->tid < y->tid ? -1 : 1;
	return x->stack_id < y->stack_id ? -1 : x->stack_id > y->stack_id;
}

static int emit_modules(struct stacks_probe *p, Stackprof__V1__Snapshot *snap)
{
	size_t n = 0;
	const struct sym_module *mods = symbolizer_new_modules(p->sym, &n);
	Stackprof__V1__StackModule *block;

	if (!n)
		return 0;
	block = calloc(n, sizeof(*block));
	snap->new_stack_modules = calloc(n, sizeof(*snap->new_stack_modules));
	if (!block || !snap->new_stack_modules) {
		free(block);
		return -ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		Stackprof__V1__StackModule *m = &block[i];

		stackprof__v1__stack_module__init(m);
		m->id = mods[i].id;
		m->kind = (Stackprof__V1__StackModule__Kind)mods[i].kind;
		m->path = (char *)mods[i].path;
		m->build_id = (char *)mods[i].build_id;
		m->start = mods[i].start;
		m->limit = mods[i].limit;
		m->file_offset = mods[i].file_offset;
		m->symbols = (char *)mods[i].symbols;
		snap->new_stack_modules[i] = m;
	}
	snap->n_new_stack_modules = n;
	return 0;
}

static int emit_frames(struct stacks_probe *p, Stackprof__V1__Snapshot *snap)
{
	size_t n = p->n_frames - p->sent_frames;
	Stackprof__V1__StackFrame *block;

	if (!n)
		return 0;
	block = calloc(n, sizeof(*block));
	snap->new_stack_frames = calloc(n, sizeof(*snap->new_stack_frames));
	if (!block || !snap->new_stack_frames) {
		free(block);
		return -ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		Stackprof__V1__StackFrame *f = &block[i];
		const struct address *a = &p->addrs[p->frames[p->sent_frames + i]];

		stackprof__v1__stack_frame__init(f);
		f->id = a->frame_id;
		f->kind = (Stackprof__V1__StackFrame__Kind)a->sym.kind;
		f->function = (char *)a->sym.function;
		f->module_id = a->sym.module_id;
		f->address = a->ip;
		f->module_offset = a->sym.module_offset;
		f->file = (char *)a->sym.file;
		f->line = a->sym.line;
		f->unknown_reason = (char *)a->sym.unknown_reason;
		snap->new_stack_frames[i] = f;
	}
	snap->n_new_stack_frames = n;
	p->sent_frames = p->n_frames;
	return 0;
}

static int emit_stacks(struct stacks_probe *p, Stackprof__V1__Snapshot *snap)
{
	size_t n = p->n_stacks - p->sent_stacks, frames = 0;
	Stackprof__V1__Stack *block;
	uint32_t *ids;

	if (!n)
		return 0;
	for (size_t i = p->sent_stacks; i < p->n_stacks; i++)
		frames += p->parts[p->stacks[i].kernel_part].n + p->parts[p->stacks[i].user_part].n;
	/* The frame ids live right after the stacks, in the same block. */
	block = calloc(1, n * sizeof(*block) + frames * sizeof(*ids));
	snap->new_stacks = calloc(n, sizeof(*snap->new_stacks));
	if (!block || !snap->new_stacks) {
		free(block);
		return -ENOMEM;
	}
	ids = (uint32_t *)(block + n);
	for (size_t i = 0; i < n; i++) {
		const struct stack_rec *r = &p->stacks[p->sent_stacks + i];
		const struct part *k = &p->parts[r->kernel_part], *u = &p->parts[r->user_part];
		Stackprof__V1__Stack *s = &block[i];

		stackprof__v1__stack__init(s);
		s->id = (uint32_t)(p->sent_stacks + i + 1);
		s->frame_ids = ids;
		memcpy(ids, k->frame_ids, k->n * sizeof(*ids));
		memcpy(ids + k->n, u->frame_ids, u->n * sizeof(*ids));
		s->n_frame_ids = k->n + u->n;
		ids += s->n_frame_ids;
		s->user_truncated = u->truncated;
		s->truncated_module_id = u->truncated_module;
		s->depth_limited = u->depth_limited || k->depth_limited;
		s->user_missing = r->user_missing;
		snap->new_stacks[i] = s;
	}
	snap->n_new_stacks = n;
	p->sent_stacks = p->n_stacks;
	return 0;
}

static int emit_samples(struct stacks_probe *p, Stackprof__V1__Snapshot *snap, struct out_sample *out, size_t n)
{
	Stackprof__V1__StackSample *block;
	size_t m = 0;

	if (!n)
		return 0;
	qsort(out, n, sizeof(*out), compare_samples);
	block = calloc(n, sizeof(*block));
	snap->stack_samples = calloc(n, sizeof(*snap->stack_samples));
	if (!block || !snap->stack_samples) {
		free(block);
		return -ENOMEM;
	}
	/* Keys that differ in the kernel but not once cut are one sample. */
	for (size_t i = 0; i < n; m++) {
		Stackprof__V1__StackSample *s = &block[m];

		stackprof__v1__stack_sample__init(s);
		s->tid = out[i].tid;
		s->stack_id = out[i].stack_id;
		for (; i < n && out[i].tid == s->tid && out[i].stack_id == s->stack_id; i++) {
			s->samples += out[i].count.samples;
			s->offcpu_ns += out[i].count.offcpu_ns;
			s->offcpu_switches += out[i].count.offcpu_switches;
		}
		snap->stack_samples[m] = s;
	}
	snap->n_stack_samples = m;
	return 0;
}

int stacks_read(struct stacks_probe *p, Stackprof__V1__Snapshot *snap)
{
	Stackprof__V1__StacksCounters *c;
	__u64 totals[STACKS_COUNTERS], started, spent;
	struct out_sample *out = NULL;
	size_t n = 0, m = 0;
	int err;

	c = snap->stacks_counters = calloc(1, sizeof(*snap->stacks_counters));
	if (!c)
		return -ENOMEM;
	stackprof__v1__stacks_counters__init(c);
	err = read_counts(p, &n);
	if (err)
		return err;
	started = monotonic_ns();
	symbolizer_refresh(p->sym);
	out = malloc((n ? n : 1) * sizeof(*out));
	if (!out)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		__u32 id = stack_id(p, &p->counts[i].key);

		if (!id) {
			free(out);
			return -ENOMEM;
		}
		out[m++] = (struct out_sample){ p->counts[i].key.tid, id, p->counts[i].count };
	}
	spent = monotonic_ns() - started;
	p->symbolize_ns += spent;
	if (p->detached)
		p->final_symbolize_ns += spent;
	err = p->detached ? 0 : forget_read_stacks(p);
	if (!err)
		err = emit_modules(p, snap);
	if (!err)
		err = emit_frames(p, snap);
	if (!err)
		err = emit_stacks(p, snap);
	if (!err)
		err = emit_samples(p, snap, out, m);
	free(out);
	if (err)
		return err;
	err = sum_percpu_counters(bpf_map__fd(p->skel->maps.stacks_counters), p->ncpus, totals, STACKS_COUNTERS);
	if (err)
		return err;
	c->event = (char *)p->event_name;
	c->frequency_hz = p->opts.freq;
	c->offcpu = p->opts.offcpu;
	c->samples = totals[STACKS_SAMPLES];
	c->stack_table_full = totals[STACKS_STACK_TABLE_FULL];
	c->count_table_full = totals[STACKS_COUNT_TABLE_FULL];
	c->user_stack_failed = totals[STACKS_USER_STACK_FAILED];
	c->offcpu_lost = totals[STACKS_OFFCPU_LOST];
	c->symbolize_ns = p->symbolize_ns;
	c->final_symbolize_ns = p->final_symbolize_ns;
	c->perf_map_entries = symbolizer_perf_map_entries(p->sym);
	c->perf_map_status = (char *)symbolizer_perf_map_status(p->sym);
	c->missed_events = read_lost(p);
	return 0;
}

/* Elements of each repeated field share one block, which starts at element 0. */
#define FREE_BLOCK(field, n_field)                           \
	do {                                                  \
		if (snap->n_field)                             \
			free(snap->field[0]);                  \
		free(snap->field);                             \
		snap->field = NULL;                            \
		snap->n_field = 0;                             \
	} while (0)

void stacks_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	FREE_BLOCK(new_stack_modules, n_new_stack_modules);
	FREE_BLOCK(new_stack_frames, n_new_stack_frames);
	FREE_BLOCK(new_stacks, n_new_stacks);
	FREE_BLOCK(stack_samples, n_stack_samples);
	free(snap->stacks_counters);
	snap->stacks_counters = NULL;
}
