/* Loader part of the sched probe: attach, then per snapshot one pass of the
 * thread iterator (live threads: counters, pending and running CPU time)
 * merged with the maps (CPU time moved out of threads, dead threads). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "featureprobe.h"
#include "grow.h"
#include "mapread.h"
#include "percpu.h"
#include "sched.h"
#include "../probes/sched.h"
#include "sched.skel.h"

struct sched_probe {
	struct sched_bpf *skel;
	struct bpf_link *iter;
	int ncpus;
	bool detached;
	__u64 iterator_failed;
	/* The last pass over the live threads; at detach, the final one. */
	struct sched_thread_record *records;
	size_t n_records, cap_records;
};

/* One pass of sched_running (probes/sched.bpf.c) over the target's live
 * threads, its records kept in p->records. False when it could not run. */
static bool read_live_threads(struct sched_probe *p)
{
	struct sched_thread_record rec;
	size_t have = 0;
	ssize_t n;
	int fd;

	p->n_records = 0;
	if (!p->iter)
		return false;
	fd = bpf_iter_create(bpf_link__fd(p->iter));
	if (fd < 0)
		return false;
	/* read() may return part of a record: records are never split across
	 * the seq_file's pages, but keep to the byte stream's contract. */
	while ((n = read(fd, (char *)&rec + have, sizeof(rec) - have)) > 0) {
		have += (size_t)n;
		if (have < sizeof(rec))
			continue;
		have = 0;
		if (grow(&p->records, &p->cap_records, p->n_records, sizeof(rec)))
			break;
		p->records[p->n_records++] = rec;
	}
	close(fd);
	return n == 0 && have == 0;
}

struct sched_probe *sched_attach(pid_t tgid, Stackprof__V1__ProbeStatus *status, char *error, size_t error_len)
{
	struct sched_probe *p = calloc(1, sizeof(*p));
	char detail[256];
	int err;

	status->name = "sched";
	status->variant = "tp_btf";
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		goto fail;
	}
	p->ncpus = libbpf_num_possible_cpus();
	p->skel = sched_bpf__open();
	if (!p->skel) {
		snprintf(error, error_len, "open sched probe: %s", strerror(errno));
		goto fail;
	}
	p->skel->rodata->targ_tgid = (__u32)tgid;
	bpf_program__set_autoattach(p->skel->progs.sched_running, false);
	err = sched_bpf__load(p->skel);
	if (err) {
		/* Name the missing piece when the kernel says which it is. */
		if (featureprobe_one("tp_btf", detail, sizeof(detail)) == FEATURE_MISSING)
			snprintf(error, error_len, "the sched probe needs BTF tracepoints (tp_btf, Linux 5.5+): %s", detail);
		else if (featureprobe_one("task_storage", detail, sizeof(detail)) == FEATURE_MISSING)
			snprintf(error, error_len, "the sched probe needs task storage (Linux 5.11+): %s", detail);
		else
			snprintf(error, error_len, "load sched probe: %s (it needs tp_btf, task storage and task "
				 "iterators; `stackprof check` shows what is missing)", strerror(-err));
		goto fail;
	}
	/* Only the target's threads (Linux 6.1): a snapshot costs in
	 * proportion to them, not to the machine's tasks. */
	p->iter = attach_process_iter(p->skel->progs.sched_running, tgid);
	/* Before 6.1 no pid filter: every task of the machine, filtered in the program. */
	if (!p->iter)
		p->iter = bpf_program__attach_iter(p->skel->progs.sched_running, NULL);
	if (!p->iter) {
		/* The counters live with each thread until the iterator copies them out. */
		snprintf(error, error_len, "the sched probe needs task iterators (iter/task, Linux 5.8+): %s",
			 strerror(errno));
		goto fail;
	}
	/* Before the hooks go live, start every thread's account at its run
	 * time so far; a thread without one afterwards is new. */
	if (p->iter && read_live_threads(p))
		p->skel->bss->threads_accounted = 1;
	else
		p->iterator_failed++;
	err = sched_bpf__attach(p->skel);
	if (err) {
		snprintf(error, error_len, "attach sched probe: %s", strerror(-err));
		goto fail;
	}
	status->attached = true;
	return p;
fail:
	status->error = error;
	sched_destroy(p);
	return NULL;
}

void sched_detach(struct sched_probe *p)
{
	if (!p || !p->skel)
		return;
	sched_bpf__detach(p->skel);
	/* The final numbers: the live threads as they are at detach. */
	if (!read_live_threads(p))
		p->iterator_failed++;
	p->detached = true;
}

void sched_destroy(struct sched_probe *p)
{
	if (!p)
		return;
	bpf_link__destroy(p->iter);
	sched_bpf__destroy(p->skel);
	free(p->records);
	free(p);
}



struct read_ctx {
	Stackprof__V1__Snapshot *snap;
	size_t cap;
	/* CPU time from the map and from the live threads, merged by (tid, cpu) */
	struct cpu_part { __u32 tid, cpu; __u64 ns, slices; } *parts;
	size_t n_parts, cap_parts;
	/* live threads: their record wins over a dead thread's entry with the same tid */
	const struct sched_probe *probe;
};

static int add_part(struct read_ctx *ctx, __u32 tid, __u32 cpu, __u64 ns, __u64 slices)
{
	if (grow(&ctx->parts, &ctx->cap_parts, ctx->n_parts, sizeof(*ctx->parts)))
		return -ENOMEM;
	ctx->parts[ctx->n_parts++] = (struct cpu_part){ tid, cpu, ns, slices };
	return 0;
}

static int add_cpu_time(const void *k, const void *v, void *c)
{
	const struct cpu_time_key *key = k;
	const struct cpu_time *t = v;

	return add_part(c, key->tid, key->cpu, t->oncpu_ns, t->slices);
}

static int compare_parts(const void *a, const void *b)
{
	const struct cpu_part *x = a, *y = b;

	if (x->tid != y->tid)
		return x->tid < y->tid ? -1 : 1;
	return x->cpu < y->cpu ? -1 : x->cpu > y->cpu;
}

static int emit_cpu_times(struct read_ctx *ctx)
{
	Stackprof__V1__Snapshot *snap = ctx->snap;
	size_t cap = 0;

	qsort(ctx->parts, ctx->n_parts, sizeof(*ctx->parts), compare_parts);
	for (size_t i = 0; i < ctx->n_parts;) {
		Stackprof__V1__ThreadCpuTime *e = append((void ***)&snap->thread_cpu_times,
							 &snap->n_thread_cpu_times, &cap, sizeof(*e));

		if (!e)
			return -ENOMEM;
		stackprof__v1__thread_cpu_time__init(e);
		e->tid = ctx->parts[i].tid;
		e->cpu = ctx->parts[i].cpu;
		for (; i < ctx->n_parts && ctx->parts[i].tid == e->tid && ctx->parts[i].cpu == e->cpu; i++) {
			e->oncpu_ns += ctx->parts[i].ns;
			e->slices += ctx->parts[i].slices;
		}
	}
	return 0;
}

static bool is_live(const struct sched_probe *p, __u32 tid)
{
	for (size_t i = 0; i < p->n_records; i++)
		if (p->records[i].tid == tid)
			return true;
	return false;
}

static int add_thread_stats(struct read_ctx *ctx, __u32 tid, const struct thread_sched *s)
{
	size_t slots = SCHED_RUNQ_SLOTS;
	Stackprof__V1__ThreadSched *e = append((void ***)&ctx->snap->thread_sched, &ctx->snap->n_thread_sched,
					       &ctx->cap, sizeof(*e) + sizeof(s->runq_hist));

	if (!e)
		return -ENOMEM;
	/* Trailing zero slots are implied. */
	while (slots > 0 && s->runq_hist[slots - 1] == 0)
		slots--;
	stackprof__v1__thread_sched__init(e);
	e->tid = tid;
	e->voluntary = s->voluntary;
	e->involuntary = s->involuntary;
	e->migrations = s->migrations;
	e->wakeups = s->wakeups;
	e->runq_latency_log2_ns = (uint64_t *)(e + 1);
	memcpy(e->runq_latency_log2_ns, s->runq_hist, slots * sizeof(__u64));
	e->n_runq_latency_log2_ns = slots;
	e->runq_latency_total_ns = s->runq_total_ns;
	e->runq_latency_max_ns = s->runq_max_ns;
	e->preempted_wait_ns = s->preempted_wait_ns;
	e->last_cpu = s->last_cpu;
	return 0;
}

/* A thread that died while attached: its last counters, unless its tid is live again. */
static int add_thread(const void *k, const void *v, void *c)
{
	struct read_ctx *ctx = c;

	if (is_live(ctx->probe, *(const __u32 *)k))
		return 0;
	return add_thread_stats(ctx, *(const __u32 *)k, v);
}

static int add_preemption(const void *k, const void *v, void *c)
{
	const struct preemption_key *key = k;
	const struct preemption *p = v;
	struct read_ctx *ctx = c;
	Stackprof__V1__Preemption *e = append((void ***)&ctx->snap->preemptions, &ctx->snap->n_preemptions,
					      &ctx->cap, sizeof(*e) + SCHED_COMM_LEN);

	if (!e)
		return -ENOMEM;
	stackprof__v1__preemption__init(e);
	e->tid = key->tid;
	e->by_tid = key->by_tid;
	e->by_tgid = p->by_tgid;
	e->by_comm.data = (uint8_t *)(e + 1);
	memcpy(e->by_comm.data, p->by_comm, SCHED_COMM_LEN);
	e->by_comm.len = strnlen(p->by_comm, SCHED_COMM_LEN);
	e->count = p->count;
	return 0;
}

int sched_read(struct sched_probe *p, Stackprof__V1__Snapshot *snap)
{
	typeof(p->skel->maps) *m = &p->skel->maps;
	union {
		struct { struct cpu_time_key k, n; struct cpu_time v; } cpu;
		struct { __u32 k, n; struct thread_sched v; } thread;
		struct { struct preemption_key k, n; struct preemption v; } preempt;
	} b;
	struct read_ctx ctx = { .snap = snap, .probe = p };
	__u64 totals[SCHED_COUNTERS];
	Stackprof__V1__SchedCounters *out;
	int err;

	out = snap->sched_counters = calloc(1, sizeof(*snap->sched_counters));
	if (!out)
		return -ENOMEM;
	stackprof__v1__sched_counters__init(out);
	/* After detach the hooks are gone: sched_detach kept the final pass. */
	if (!p->detached && !read_live_threads(p))
		p->iterator_failed++;

	err = walk(bpf_map__fd(m->cpu_times), &b.cpu.k, &b.cpu.n, sizeof(b.cpu.k), &b.cpu.v, add_cpu_time, &ctx);
	for (size_t i = 0; !err && i < p->n_records; i++) {
		const struct sched_thread_record *r = &p->records[i];
		__u64 pending = r->pending;

		if (pending)
			err = add_part(&ctx, r->tid, SCHED_PENDING_CPU(pending), SCHED_PENDING_NS(pending),
				       SCHED_PENDING_SLICES(pending));
		if (!err && r->running_ns && r->running_cpu >= 0)
			err = add_part(&ctx, r->tid, (__u32)r->running_cpu, r->running_ns, 0);
	}
	if (!err)
		err = emit_cpu_times(&ctx);
	free(ctx.parts);
	ctx.cap = 0;
	for (size_t i = 0; !err && i < p->n_records; i++)
		err = add_thread_stats(&ctx, p->records[i].tid, &p->records[i].stats);
	if (!err)
		err = walk(bpf_map__fd(m->threads), &b.thread.k, &b.thread.n, sizeof(b.thread.k), &b.thread.v,
			   add_thread, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(m->preemptions), &b.preempt.k, &b.preempt.n, sizeof(b.preempt.k),
			   &b.preempt.v, add_preemption, &ctx);
	if (err)
		return err;
	err = sum_percpu_counters(bpf_map__fd(m->sched_counters), p->ncpus, totals, SCHED_COUNTERS);
	if (err)
		return err;
	out->cpu_time_map_full = totals[SCHED_CPU_TIME_MAP_FULL];
	out->thread_map_full = totals[SCHED_THREAD_MAP_FULL];
	out->preemption_map_full = totals[SCHED_PREEMPTION_MAP_FULL];
	out->state_store_failed = totals[SCHED_STATE_STORE_FAILED];
	out->iterator_failed = p->iterator_failed;
	return 0;
}

void sched_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	FREE_ALL(thread_cpu_times, n_thread_cpu_times);
	FREE_ALL(thread_sched, n_thread_sched);
	FREE_ALL(preemptions, n_preemptions);
	free(snap->sched_counters);
	snap->sched_counters = NULL;
}
