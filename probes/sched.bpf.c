// SPDX-License-Identifier: GPL-2.0
/* Where the threads of one process run, and who takes their CPU:
 *   - time per thread and CPU: the kernel's own run time of the thread
 *     (se.sum_exec_runtime, what schedstat shows), split at every
 *     switch-out onto the CPU it ran on, plus the running slice at each
 *     snapshot (an iterator over the target's threads), so a thread that
 *     never leaves its CPU still shows its time;
 *   - voluntary and involuntary context switches, counted by the kernel's
 *     own rule (what /proc/<tid>/status calls voluntary_ctxt_switches and
 *     nonvoluntary_ctxt_switches), and for involuntary ones the task that
 *     took the CPU, of any process;
 *   - the time a preempted thread waits to run again, and the run-queue
 *     latency from wakeup to running, as a log2 histogram, both from the
 *     scheduler's own run-queue wait (sched_info.run_delay), so wakeups need
 *     no hook;
 *   - migrations: sched_migrate_task that really changes the CPU.
 * The hooks fire for every task of the machine: each starts with the tgid
 * compare, and sched_switch does nothing at all for the task switched in.
 * For a target thread it touches only the thread's own task storage while
 * the thread stays on one CPU: its counters and CPU time live there and the
 * snapshot iterator copies them to the maps the loader reads (at 200,000
 * switches/s, two hash lookups per switch were most of the probe's cost). BTF tracepoints (tp_btf) only: the loader reports the probe as
 * not attached where they are missing, and the other probes go on.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "sched.h"
#include "log2.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;

/* Marks `accounted` as set: a new thread has run 0 ns. */
#define ACCOUNTED 0x8000000000000000ull

/* Set by the loader once its first iterator pass has started the account
 * of every thread that existed: a thread found without one afterwards is
 * new, and all of its run time is since attach. */
__u32 threads_accounted = 0;

/* CPU time not yet in cpu_times is kept with the thread (`pending`, packed
 * as SCHED_PENDING_* in sched.h) so that a switch-out on the same CPU as the
 * last one costs no map lookup. It moves to cpu_times when the CPU changes,
 * a field would overflow, or the thread dies; the iterator reports it. */

/* The state a dying task is switched out in, for the last time. */
#define TASK_DEAD_STATE 0x80

/* Per target thread, written only by the thread's own switch-outs (and
 * migrations, while it is not running): plain stores, no atomics. The
 * snapshot iterator only reads it, so what it reports for a live thread is
 * computed afresh at every snapshot and a race costs at most one slice in
 * one snapshot, never an error that adds up. */
struct slice_state {
	__u64 accounted;        /* ACCOUNTED | se.sum_exec_runtime already added to cpu_times; 0: not yet */
	__u64 waited;           /* sched_info.run_delay already accounted */
	__u64 pending;          /* see SCHED_PENDING_*; 0: nothing */
	__u32 left_preempted;   /* its last switch-out was involuntary */
	__u32 pad;
	struct thread_sched stats;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct slice_state);
} slice_states SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SCHED_MAX_CPU_TIMES);
	__type(key, struct cpu_time_key);
	__type(value, struct cpu_time);
} cpu_times SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SCHED_MAX_THREADS);
	__type(key, __u32);
	__type(value, struct thread_sched);
} threads SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SCHED_MAX_PREEMPTIONS);
	__type(key, struct preemption_key);
	__type(value, struct preemption);
} preemptions SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SCHED_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} sched_counters SEC(".maps");

static __always_inline void bump(__u32 counter)
{
	__u64 *c = bpf_map_lookup_elem(&sched_counters, &counter);

	if (c)
		(*c)++;
}

/* Nothing is deleted while attached: a failed insert of a key that is not
 * there means the map is full. */
static __always_inline void *upsert(void *map, const void *key, const void *zero, __u32 full_counter)
{
	void *v = bpf_map_lookup_elem(map, key);

	if (v)
		return v;
	if (bpf_map_update_elem(map, key, zero, BPF_NOEXIST) && !bpf_map_lookup_elem(map, key)) {
		bump(full_counter);
		return NULL;
	}
	return bpf_map_lookup_elem(map, key);
}

/* A dying thread's counters, for the loader: its storage goes with it. */
static __always_inline void publish_stats(__u32 tid, struct slice_state *st)
{
	if (bpf_map_update_elem(&threads, &tid, &st->stats, BPF_ANY))
		bump(SCHED_THREAD_MAP_FULL);
}

static __always_inline void add_cpu_time(__u32 tid, __u32 cpu, __u64 ns, __u64 slices)
{
	static const struct cpu_time zero = {};
	struct cpu_time_key key = { .tid = tid, .cpu = cpu };
	struct cpu_time *t = upsert(&cpu_times, &key, &zero, SCHED_CPU_TIME_MAP_FULL);

	if (!t)
		return;
	/* The iterator adds to this thread's entry from another CPU. */
	__sync_fetch_and_add(&t->oncpu_ns, ns);
	if (slices)
		__sync_fetch_and_add(&t->slices, slices);
}

#define WRITE_ONCE_U64(x, v) (*(volatile __u64 *)&(x) = (v))
#define READ_ONCE_U64(x) (*(volatile __u64 *)&(x))

static __always_inline void flush_pending(__u32 tid, __u64 pending)
{
	if (pending)
		add_cpu_time(tid, SCHED_PENDING_CPU(pending), SCHED_PENDING_NS(pending), SCHED_PENDING_SLICES(pending));
}

/* Adds one finished slice of ns on cpu to the thread's pending time. */
static __always_inline void add_slice(__u32 tid, struct slice_state *st, __u32 cpu, __u64 ns)
{
	__u64 old = st->pending, fresh;

	if (old && SCHED_PENDING_CPU(old) == cpu && SCHED_PENDING_SLICES(old) < SCHED_PENDING_SLICES_MAX &&
	    SCHED_PENDING_NS(old) + ns <= SCHED_PENDING_NS_MASK) {
		fresh = old + ns + (1ull << SCHED_PENDING_SLICES_SHIFT);
	} else {
		flush_pending(tid, old);
		if (cpu > SCHED_PENDING_CPU_MAX || ns > SCHED_PENDING_NS_MASK) {
			add_cpu_time(tid, cpu, ns, 1);
			fresh = 0;
		} else {
			fresh = ((__u64)(cpu + 1) << SCHED_PENDING_CPU_SHIFT) | (1ull << SCHED_PENDING_SLICES_SHIFT) | ns;
		}
	}
	/* One store: the iterator reads the word whole. */
	WRITE_ONCE_U64(st->pending, fresh);
}

/* 5.16 moved the CPU into the embedded thread_info (THREAD_INFO_IN_TASK). */
struct task_struct___pre516 {
	unsigned int cpu;
};

static __always_inline __u32 task_cpu_of(struct task_struct *t)
{
	if (bpf_core_field_exists(t->thread_info.cpu))
		return t->thread_info.cpu;
	return BPF_CORE_READ((struct task_struct___pre516 *)t, cpu);
}

/* 5.14 renamed state to __state (and made it unsigned int). */
struct task_struct___pre514 {
	long state;
};

/* The state sched_switch saw the task leave in. A task that was preempted
 * or yielded is still TASK_RUNNING (0); read from the task rather than the
 * tracepoint's prev_state argument, which only 5.18+ has: it is the same
 * value at this point, since try_to_block_task writes both. */
static __always_inline long task_state(struct task_struct *t)
{
	if (bpf_core_field_exists(t->__state))
		return t->__state;
	return BPF_CORE_READ((struct task_struct___pre514 *)t, state);
}

/* The run-queue wait before each slice comes from the scheduler's own
 * account (sched_info.run_delay, schedstat's second field, CONFIG_SCHED_INFO):
 * it adds the wait when the thread is switched in, so the slice that ends
 * here was preceded by `run_delay - waited`. After a voluntary switch that
 * wait followed a wakeup; after an involuntary one, a preemption. No hook
 * on wakeups, and nothing to do at switch-in. */
static __always_inline void add_wait(struct thread_sched *s, struct slice_state *st, struct task_struct *prev)
{
	__u64 run_delay, wait;

	if (!bpf_core_field_exists(prev->sched_info.run_delay))
		return;
	run_delay = prev->sched_info.run_delay;
	wait = run_delay > st->waited ? run_delay - st->waited : 0;
	st->waited = run_delay;
	if (st->left_preempted) {
		s->preempted_wait_ns += wait;
		return;
	}
	__u32 slot = log2_floor(wait);

	/* Keep the verifier's bound through the clamp. */
	asm volatile("" : "+r"(slot));
	if (slot >= SCHED_RUNQ_SLOTS)
		slot = SCHED_RUNQ_SLOTS - 1;
	s->runq_hist[slot & (SCHED_RUNQ_SLOTS - 1)]++;
	s->runq_total_ns += wait;
	s->wakeups++;
	if (wait > s->runq_max_ns)
		s->runq_max_ns = wait;
}

static __always_inline void on_switch_out(struct task_struct *prev, struct task_struct *next, bool preempt)
{
	struct slice_state *st = bpf_task_storage_get(&slice_states, prev, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	__u32 tid = (__u32)prev->pid, cpu = bpf_get_smp_processor_id();
	long state = task_state(prev);
	/* The kernel's rule for nivcsw: preempted, or left while runnable (yield). */
	bool involuntary = preempt || state == 0;
	struct thread_sched *s;
	__u64 ran, accounted;

	if (!st) {
		bump(SCHED_STATE_STORE_FAILED);
		return;
	}
	/* The scheduler has brought the run time up to date (update_curr) before
	 * this tracepoint. */
	ran = prev->se.sum_exec_runtime | ACCOUNTED;
	accounted = st->accounted;
	WRITE_ONCE_U64(st->accounted, ran);
	if (!accounted && threads_accounted)
		accounted = ACCOUNTED;          /* new since attach: from 0 */
	if (accounted && ran >= accounted)
		add_slice(tid, st, cpu, ran - accounted);
	s = &st->stats;
	s->last_cpu = (__s32)cpu;
	add_wait(s, st, prev);
	st->left_preempted = involuntary;
	if (!involuntary) {
		s->voluntary++;
		/* Its storage goes with it: move what it holds to the maps now. */
		if (state & TASK_DEAD_STATE) {
			flush_pending(tid, st->pending);
			st->pending = 0;
			publish_stats(tid, st);
		}
		return;
	}
	s->involuntary++;

	struct preemption_key key = { .tid = tid, .by_tid = (__u32)next->pid };
	struct preemption *p = bpf_map_lookup_elem(&preemptions, &key);

	if (!p) {
		struct preemption fresh = { .by_tgid = (__u32)next->tgid };

		bpf_probe_read_kernel_str(fresh.by_comm, sizeof(fresh.by_comm), next->comm);
		if (bpf_map_update_elem(&preemptions, &key, &fresh, BPF_NOEXIST) &&
		    !bpf_map_lookup_elem(&preemptions, &key)) {
			bump(SCHED_PREEMPTION_MAP_FULL);
			return;
		}
		p = bpf_map_lookup_elem(&preemptions, &key);
		if (!p)
			return;
	}
	__sync_fetch_and_add(&p->count, 1);
}

SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	if ((__u32)prev->tgid == targ_tgid)
		on_switch_out(prev, next, preempt);
	return 0;
}

/* set_task_cpu() emits this before it changes the CPU, and also when the
 * CPU stays the same: only a change is a migration (as se.nr_migrations). */
SEC("tp_btf/sched_migrate_task")
int BPF_PROG(sched_migrate_task, struct task_struct *p, int dest_cpu)
{
	struct slice_state *st;

	if ((__u32)p->tgid != targ_tgid || task_cpu_of(p) == (__u32)dest_cpu)
		return 0;
	st = bpf_task_storage_get(&slice_states, p, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!st) {
		bump(SCHED_STATE_STORE_FAILED);
		return 0;
	}
	/* A task being moved is not running: no switch-out of it races this,
	 * but another migration path might. */
	__sync_fetch_and_add(&st->stats.migrations, 1);
	return 0;
}

/* Run by the loader at attach and at each snapshot, over the target's
 * threads only. The attach pass (hooks not live yet) starts every thread's
 * account at its run time so far. Later passes only read: for each thread
 * they write its counters, its pending time and the slice it is running now
 * (run time is brought up to date at each tick), so threads that never
 * switch out still show their time. */
SEC("iter/task")
int sched_running(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	struct sched_thread_record rec;
	struct slice_state *st;
	__u64 ran, accounted;

	if (!task || (__u32)task->tgid != targ_tgid)
		return 0;
	st = bpf_task_storage_get(&slice_states, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!st) {
		bump(SCHED_STATE_STORE_FAILED);
		return 0;
	}
	ran = task->se.sum_exec_runtime | ACCOUNTED;
	if (!threads_accounted) {
		if (bpf_core_field_exists(task->sched_info.run_delay))
			st->waited = task->sched_info.run_delay;
		st->accounted = ran;
		return 0;
	}
	accounted = READ_ONCE_U64(st->accounted);
	/* None yet: a thread born after attach that has not switched out. */
	if (!accounted)
		accounted = ACCOUNTED;
	__builtin_memset(&rec, 0, sizeof(rec));
	rec.tid = (__u32)task->pid;
	rec.running_cpu = (__s32)task_cpu_of(task);
	rec.running_ns = ran > accounted ? ran - accounted : 0;
	rec.pending = READ_ONCE_U64(st->pending);
	rec.stats = st->stats;
	/* Listed even before its first switch, so it gets a name and a last CPU. */
	rec.stats.last_cpu = rec.running_cpu;
	bpf_seq_write(seq, &rec, sizeof(rec));
	return 0;
}
