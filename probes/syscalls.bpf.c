// SPDX-License-Identifier: GPL-2.0
/* Per-thread syscall counts, errors and latency for one process, aggregated
 * in the kernel: nothing per-event crosses to user space.
 *
 * Two program sets, chosen by the loader before load:
 *   tp_btf     raw tracepoint with BTF; the start time lives in task-local
 *              storage (no hash lookup on entry), the cheapest path.
 *   tracepoint raw_syscalls tracepoints with a tid-keyed hash for start
 *              times, for kernels without tp_btf or task storage.
 *   count-only tp_btf sys_exit alone, no clock reads: exact counts and
 *              errors at about half the cost, no latency (--no-latency).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "syscalls.h"
#include "log2.h"
#include "eventloop.bpf.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;
/* Set by the loader when the eventloop probe runs too: its syscall hooks
 * then run inside these programs (see eventloop.bpf.h). When false, the
 * verifier drops them as dead code. */
const volatile bool with_eventloop = false;

/* exit and exit_group never reach sys_exit: they are counted on entry. */
#if defined(__TARGET_ARCH_x86)
#define NR_EXIT 60
#define NR_EXIT_GROUP 231
#define NR_CLONE 56
#define NR_FORK 57
#define NR_VFORK 58
#define NR_CLONE3 435
#define SYSCALL_NR(regs) ((regs)->orig_ax)
#elif defined(__TARGET_ARCH_arm64)
#define NR_EXIT 93
#define NR_EXIT_GROUP 94
#define NR_CLONE 220
#define NR_FORK -1
#define NR_VFORK -1
#define NR_CLONE3 435
#define SYSCALL_NR(regs) ((regs)->syscallno)
#else
#error "stackprof: syscall numbers for exit/exit_group unknown on this architecture"
#endif

struct syscall_start {
	__u64 ts;
	__u64 nr;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct syscall_start);
} start_by_task SEC(".maps");

/* LRU: entries of threads that exit are never deleted, so let them age out. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, SYSCALLS_MAX_THREADS);
	__type(key, __u32);
	__type(value, struct syscall_start);
} start_by_tid SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SYSCALLS_MAX_STATS);
	__type(key, struct syscall_key);
	__type(value, struct syscall_stat);
} stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SYSCALLS_MAX_ERRNOS);
	__type(key, struct syscall_errno_key);
	__type(value, __u64);
} errnos SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SYSCALLS_MAX_THREADS);
	__type(key, __u32);
	__type(value, struct syscall_thread);
} threads SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SYSCALLS_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

static __always_inline void bump(__u32 which)
{
	__u64 *c = bpf_map_lookup_elem(&counters, &which);

	if (c)
		(*c)++;
}

static __always_inline __u32 log2_slot(__u64 v)
{
	__u32 r = log2_floor(v);

	return r < SYSCALLS_HIST_SLOTS ? r : SYSCALLS_HIST_SLOTS - 1;
}

static __always_inline struct syscall_stat *stat_for(__u32 tid, __u32 nr)
{
	struct syscall_key key = { .tid = tid, .nr = nr };
	struct syscall_stat *s = bpf_map_lookup_elem(&stats, &key);
	struct syscall_stat zero = {};
	struct syscall_thread thread = {};

	if (s)
		return s;
	/* First call of this syscall by this thread: the rare path. */
	if (bpf_map_update_elem(&stats, &key, &zero, BPF_NOEXIST) && bpf_map_lookup_elem(&stats, &key) == NULL) {
		bump(SYSCALLS_STATS_MAP_FULL);
		return NULL;
	}
	/* Refreshed on every new pair so a thread renamed after its first
	 * syscall (pthread_setname_np) still ends up with its final name. */
	bpf_get_current_comm(thread.comm, sizeof(thread.comm));
	if (bpf_map_update_elem(&threads, &tid, &thread, BPF_ANY))
		bump(SYSCALLS_THREAD_MAP_FULL);
	return bpf_map_lookup_elem(&stats, &key);
}

static __always_inline void count_error(struct syscall_stat *s, __u32 tid, __u32 nr, long ret)
{
	/* The kernel's error convention: -4095..-1. Other negative values
	 * (e.g. addresses) are successful results. */
	if (ret < 0 && ret >= -4095) {
		struct syscall_errno_key ekey = { .tid = tid, .nr = nr, .err = (__u32)-ret };
		__u64 one = 1, *n;

		s->errors++;
		n = bpf_map_lookup_elem(&errnos, &ekey);
		if (n)
			(*n)++;
		else if (bpf_map_update_elem(&errnos, &ekey, &one, BPF_NOEXIST))
			bump(SYSCALLS_ERRNO_MAP_FULL);
	}
}

/* Only the thread itself updates its own entries, and BPF programs on one
 * task never run concurrently, so plain increments are race-free and avoid
 * the cost of atomics on the hot path. */
static __always_inline void record(__u32 tid, __u32 nr, __u64 delta, long ret)
{
	struct syscall_stat *s = stat_for(tid, nr);

	if (!s)
		return;
	s->count++;
	s->total_ns += delta;
	if (delta > s->max_ns)
		s->max_ns = delta;
	s->hist[log2_slot(delta)]++;
	count_error(s, tid, nr, ret);
}

static __always_inline void record_untimed(__u32 tid, __u32 nr, long ret)
{
	struct syscall_stat *s = stat_for(tid, nr);

	if (!s)
		return;
	s->count++;
	count_error(s, tid, nr, ret);
}

static __always_inline bool is_target(__u64 pid_tgid)
{
	return (__u32)(pid_tgid >> 32) == targ_tgid;
}

static __always_inline bool never_returns(long nr)
{
	return nr == NR_EXIT || nr == NR_EXIT_GROUP;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter_btf, struct pt_regs *regs, long id)
{
	/* The BTF task pointer is needed for task storage anyway; reading tgid
	 * through it saves a helper call on every syscall of every process. */
	struct task_struct *task = bpf_get_current_task_btf();
	struct syscall_start *start;
	__u64 now;

	if ((__u32)task->tgid != targ_tgid)
		return 0;
	/* exit and exit_group are none of the eventloop's calls. */
	if (never_returns(id)) {
		record((__u32)task->pid, id, 0, 0);
		return 0;
	}
	start = bpf_task_storage_get(&start_by_task, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	/* One clock read for both probes; the eventloop hook is a switch on
	 * the syscall number except for its few calls of interest. */
	now = bpf_ktime_get_ns();
	if (with_eventloop)
		eventloop_on_enter(task, regs, id, now);
	if (!start) {
		bump(SYSCALLS_START_STORE_FAILED);
		return 0;
	}
	start->nr = id;
	start->ts = now;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit_btf, struct pt_regs *regs, long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct syscall_start *start;
	__u64 now;

	if ((__u32)task->tgid != targ_tgid)
		return 0;
	now = bpf_ktime_get_ns();
	if (with_eventloop)
		eventloop_on_exit(task, regs, ret, now);
	start = bpf_task_storage_get(&start_by_task, task, 0, 0);
	if (!start || !start->ts) {
		bump(SYSCALLS_UNMATCHED_EXITS);
		return 0;
	}
	record((__u32)task->pid, start->nr, now - start->ts, ret);
	/* Cleared so the child side of clone, which exits without entering,
	 * is not matched with a stale start. */
	start->ts = 0;
	return 0;
}

/* The syscall number survives in the saved registers until the return, so
 * one hook on exit is enough to count. The child side of clone/fork also
 * "returns" from the parent's call (with 0): not a call of its own. */
SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit_count, struct pt_regs *regs, long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	long nr;

	if ((__u32)task->tgid != targ_tgid)
		return 0;
	nr = SYSCALL_NR(regs);
	if (nr < 0)
		return 0;
	if (ret == 0 && (nr == NR_CLONE || nr == NR_CLONE3 || nr == NR_FORK || nr == NR_VFORK)) {
		bump(SYSCALLS_UNMATCHED_EXITS);
		return 0;
	}
	record_untimed((__u32)task->pid, nr, ret);
	return 0;
}

SEC("tracepoint/raw_syscalls/sys_enter")
int sys_enter_tp(struct trace_event_raw_sys_enter *ctx)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)pid_tgid;
	struct syscall_start start;

	if (!is_target(pid_tgid))
		return 0;
	if (never_returns(ctx->id)) {
		record(tid, ctx->id, 0, 0);
		return 0;
	}
	start.nr = ctx->id;
	start.ts = bpf_ktime_get_ns();
	if (bpf_map_update_elem(&start_by_tid, &tid, &start, BPF_ANY))
		bump(SYSCALLS_START_STORE_FAILED);
	return 0;
}

SEC("tracepoint/raw_syscalls/sys_exit")
int sys_exit_tp(struct trace_event_raw_sys_exit *ctx)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)pid_tgid;
	struct syscall_start *start;
	__u64 now;

	if (!is_target(pid_tgid))
		return 0;
	now = bpf_ktime_get_ns();
	start = bpf_map_lookup_elem(&start_by_tid, &tid);
	if (!start || !start->ts) {
		bump(SYSCALLS_UNMATCHED_EXITS);
		return 0;
	}
	record(tid, start->nr, now - start->ts, ctx->ret);
	start->ts = 0;
	return 0;
}
