/* Loader part of the syscalls probe: open -> configure -> load -> attach,
 * then cumulative map reads every interval. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "grow.h"
#include "percpu.h"
#include "eventloop.h"
#include "syscalls.h"
#include "../probes/syscalls.h"  /* shared with the BPF side; not this folder's syscalls.h */
#include "syscalls.skel.h"
#include "featureprobe.h"

struct syscalls_probe {
	struct syscalls_bpf *skel;
	int ncpus;
	bool carries_eventloop;
};

bool syscalls_carries_eventloop(const struct syscalls_probe *p)
{
	return p && p->carries_eventloop;
}

struct bpf_map *syscalls_map(const struct syscalls_probe *p, const char *name)
{
	return p && p->skel ? bpf_object__find_map_by_name(p->skel->obj, name) : NULL;
}

static const char *choose_variant(const char *requested)
{
	char detail[256];

	if (strcmp(requested, "auto") != 0)
		return requested;
	/* tp_btf + task storage is ~2x cheaper per syscall than a hash lookup
	 * on entry; fall back only when the kernel lacks either. */
	if (featureprobe_one("tp_btf", detail, sizeof(detail)) == FEATURE_AVAILABLE &&
	    featureprobe_one("task_storage", detail, sizeof(detail)) == FEATURE_AVAILABLE)
		return "tp_btf";
	return "tracepoint";
}

struct syscalls_probe *syscalls_attach(pid_t tgid, const char *requested, bool with_eventloop,
				       Stackprof__V1__ProbeStatus *status,
				       char *error, size_t error_len)
{
	struct syscalls_probe *p = calloc(1, sizeof(*p));
	const char *variant = choose_variant(requested);
	bool btf = strcmp(variant, "tp_btf") == 0;
	bool count_only = strcmp(variant, "count-only") == 0;
	int err;

	status->name = "syscalls";
	status->variant = (char *)variant;
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		goto fail;
	}
	if (!btf && !count_only && strcmp(variant, "tracepoint") != 0) {
		snprintf(error, error_len, "unknown probe variant '%s' (use auto, tp_btf, tracepoint or count-only)", variant);
		goto fail;
	}
	p->ncpus = libbpf_num_possible_cpus();
	p->skel = syscalls_bpf__open();
	if (!p->skel) {
		snprintf(error, error_len, "open syscalls probe: %s", strerror(errno));
		goto fail;
	}
	p->skel->rodata->targ_tgid = (__u32)tgid;
	/* Only the tp_btf programs see everything the eventloop hooks need
	 * (entry arguments and task storage); other variants leave the hooks to
	 * the eventloop probe's own programs. */
	p->carries_eventloop = with_eventloop && btf;
	p->skel->rodata->with_eventloop = p->carries_eventloop;
	if (!p->carries_eventloop) {
		/* The maps exist in the object regardless: keep them tiny. */
		for (size_t i = 0; i < EVENTLOOP_SHARED_MAPS; i++) {
			struct bpf_map *m = bpf_object__find_map_by_name(p->skel->obj, eventloop_shared_maps[i]);

			if (m && bpf_map__type(m) != BPF_MAP_TYPE_TASK_STORAGE)
				bpf_map__set_max_entries(m, 1);
		}
	}
	bpf_program__set_autoload(p->skel->progs.sys_enter_btf, btf);
	bpf_program__set_autoload(p->skel->progs.sys_exit_btf, btf);
	bpf_program__set_autoload(p->skel->progs.sys_exit_count, count_only);
	bpf_program__set_autoload(p->skel->progs.sys_enter_tp, !btf && !count_only);
	bpf_program__set_autoload(p->skel->progs.sys_exit_tp, !btf && !count_only);
	/* Unused start maps: skip the task storage one, keep the hash tiny
	 * (LRU hash maps cannot be left out). */
	if (!btf)
		bpf_map__set_autocreate(p->skel->maps.start_by_task, false);
	if (btf || count_only)
		bpf_map__set_max_entries(p->skel->maps.start_by_tid, 1);

	err = syscalls_bpf__load(p->skel);
	if (err) {
		snprintf(error, error_len, "load syscalls probe (%s): %s", variant, strerror(-err));
		goto fail;
	}
	err = syscalls_bpf__attach(p->skel);
	if (err) {
		snprintf(error, error_len, "attach syscalls probe (%s): %s%s", variant, strerror(-err),
			 btf ? "" : " (is tracefs mounted at /sys/kernel/tracing?)");
		goto fail;
	}
	status->attached = true;
	return p;
fail:
	status->error = error;
	syscalls_destroy(p);
	return NULL;
}

void syscalls_detach(struct syscalls_probe *p)
{
	if (p && p->skel)
		syscalls_bpf__detach(p->skel);
}

void syscalls_destroy(struct syscalls_probe *p)
{
	if (!p)
		return;
	syscalls_bpf__destroy(p->skel);
	free(p);
}

int syscalls_thread_comm(struct syscalls_probe *p, __u32 tid, char comm[16])
{
	struct syscall_thread t;

	if (bpf_map_lookup_elem(bpf_map__fd(p->skel->maps.threads), &tid, &t))
		return -errno;
	memcpy(comm, t.comm, 16);
	comm[15] = '\0';
	return 0;
}

static int read_counters(struct syscalls_probe *p, Stackprof__V1__ProbeCounters *out)
{
	__u64 totals[SYSCALLS_COUNTERS];
	int err = sum_percpu_counters(bpf_map__fd(p->skel->maps.counters), p->ncpus, totals, SYSCALLS_COUNTERS);

	if (err)
		return err;
	out->stats_map_full = totals[SYSCALLS_STATS_MAP_FULL];
	out->errno_map_full = totals[SYSCALLS_ERRNO_MAP_FULL];
	out->start_store_failed = totals[SYSCALLS_START_STORE_FAILED];
	out->unmatched_exits = totals[SYSCALLS_UNMATCHED_EXITS];
	out->thread_map_full = totals[SYSCALLS_THREAD_MAP_FULL];
	return 0;
}

/* Nothing is ever deleted from these maps while attached, so a
 * get_next_key walk cannot restart or skip entries. */
static int read_stats(struct syscalls_probe *p, Stackprof__V1__Snapshot *snap)
{
	int fd = bpf_map__fd(p->skel->maps.stats);
	struct syscall_key key, next, *prev = NULL;
	size_t cap = 0;

	while (bpf_map_get_next_key(fd, prev, &next) == 0) {
		struct syscall_stat v;
		Stackprof__V1__SyscallStat *s;
		size_t slots = SYSCALLS_HIST_SLOTS;

		key = next;
		prev = &key;
		if (bpf_map_lookup_elem(fd, &key, &v))
			continue;
		if (grow(&snap->syscalls, &cap, snap->n_syscalls, sizeof(*snap->syscalls)))
			return -ENOMEM;
		s = malloc(sizeof(*s) + sizeof(v.hist));
		if (!s)
			return -ENOMEM;
		stackprof__v1__syscall_stat__init(s);
		s->tid = key.tid;
		s->nr = key.nr;
		s->count = v.count;
		s->errors = v.errors;
		s->total_ns = v.total_ns;
		s->max_ns = v.max_ns;
		/* Trailing empty slots are implied: most calls are fast. */
		while (slots > 0 && v.hist[slots - 1] == 0)
			slots--;
		s->latency_log2_ns = (uint64_t *)(s + 1);
		memcpy(s->latency_log2_ns, v.hist, slots * sizeof(__u64));
		s->n_latency_log2_ns = slots;
		snap->syscalls[snap->n_syscalls++] = s;
	}
	return 0;
}

static int read_errnos(struct syscalls_probe *p, Stackprof__V1__Snapshot *snap)
{
	int fd = bpf_map__fd(p->skel->maps.errnos);
	struct syscall_errno_key key, next, *prev = NULL;
	size_t cap = 0;

	while (bpf_map_get_next_key(fd, prev, &next) == 0) {
		Stackprof__V1__ErrnoStat *e;
		__u64 count;

		key = next;
		prev = &key;
		if (bpf_map_lookup_elem(fd, &key, &count))
			continue;
		if (grow(&snap->errnos, &cap, snap->n_errnos, sizeof(*snap->errnos)))
			return -ENOMEM;
		e = malloc(sizeof(*e));
		if (!e)
			return -ENOMEM;
		stackprof__v1__errno_stat__init(e);
		e->tid = key.tid;
		e->nr = key.nr;
		e->error_number = key.err;
		e->count = count;
		snap->errnos[snap->n_errnos++] = e;
	}
	return 0;
}

int syscalls_read(struct syscalls_probe *p, Stackprof__V1__Snapshot *snap)
{
	int err;

	snap->counters = calloc(1, sizeof(*snap->counters));
	if (!snap->counters)
		return -ENOMEM;
	stackprof__v1__probe_counters__init(snap->counters);
	err = read_counters(p, snap->counters);
	if (!err)
		err = read_stats(p, snap);
	if (!err)
		err = read_errnos(p, snap);
	return err;
}

void syscalls_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	for (size_t i = 0; i < snap->n_syscalls; i++)
		free(snap->syscalls[i]);
	free(snap->syscalls);
	for (size_t i = 0; i < snap->n_errnos; i++)
		free(snap->errnos[i]);
	free(snap->errnos);
	free(snap->counters);
	snap->syscalls = NULL;
	snap->errnos = NULL;
	snap->counters = NULL;
	snap->n_syscalls = snap->n_errnos = 0;
}
