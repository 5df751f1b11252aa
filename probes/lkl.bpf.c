// SPDX-License-Identifier: GPL-2.0
/* What a user-space network stack handles, where the kernel's syscall
 * tracepoints cannot see it. LKL's hijack library sends every call it
 * overrides to lkl_syscall(long no, long *params) (asm-generic numbers) and
 * serializes LKL's work on one "LKL CPU" taken with lkl_cpu_get(). The
 * loader attaches, to the library the target has mapped, with the target's
 * pid as filter:
 *   - lkl_syscall entry and return: per (thread, number) count, errors,
 *     time, log2 histogram;
 *   - lkl_cpu_get entry and return: per thread, the wait for the LKL CPU;
 *   - sys_enter (tp_btf), for the target's threads only while they are
 *     inside lkl_syscall: the host syscalls LKL itself makes.
 * (BPF_KPROBE/BPF_KRETPROBE: the same argument access serves uprobes.)
 * Nothing is loaded for a process without LKL. Per-thread state lives in
 * task storage: the calls in progress (nesting followed to LKL_MAX_DEPTH).
 * The loader attaches each return probe before its entry probe, so an entry
 * is never left without its return (a thread would then look "inside LKL"
 * for good); a return without an entry is counted and ignored.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "lkl.h"
#include "log2.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;

/* The syscall a uretprobe's trampoline makes on x86_64 (Linux 6.11+): the
 * probe's own, not LKL's. */
#ifdef __TARGET_ARCH_x86
#define NR_URETPROBE 335
#else
#define NR_URETPROBE -1
#endif

struct lkl_call {
	__u64 start_ns;
	__u64 nr;
};

struct lkl_state {
	__u32 depth;            /* lkl_syscall calls in progress, even beyond LKL_MAX_DEPTH */
	__u32 cpu_depth;        /* lkl_cpu_get calls in progress */
	__u64 cpu_start_ns;     /* the outermost one's entry */
	struct lkl_call calls[LKL_MAX_DEPTH];
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct lkl_state);
} lkl_states SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, LKL_MAX_STATS);
	__type(key, struct lkl_key);
	__type(value, struct lkl_stat);
} lkl_stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, LKL_MAX_CPU_WAITS);
	__type(key, __u32);
	__type(value, struct lkl_cpu_wait);
} lkl_cpu_waits SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, LKL_MAX_HOST_CALLS);
	__type(key, struct lkl_key);
	__type(value, __u64);
} lkl_host_calls SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, LKL_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} lkl_counters SEC(".maps");

static __always_inline void bump(__u32 counter)
{
	__u64 *c = bpf_map_lookup_elem(&lkl_counters, &counter);

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

static __always_inline bool is_target(void)
{
	return (__u32)(bpf_get_current_pid_tgid() >> 32) == targ_tgid;
}

static __always_inline __u32 slot_of(__u64 ns)
{
	__u32 slot = log2_floor(ns);

	/* Keep the verifier's bound through the clamp. */
	asm volatile("" : "+r"(slot));
	if (slot >= LKL_HIST_SLOTS)
		slot = LKL_HIST_SLOTS - 1;
	return slot;
}

static __always_inline struct lkl_state *state(bool create)
{
	return bpf_task_storage_get(&lkl_states, bpf_get_current_task_btf(), 0,
				    create ? BPF_LOCAL_STORAGE_GET_F_CREATE : 0);
}

SEC("uprobe")
int BPF_KPROBE(lkl_sys_enter, long no)
{
	struct lkl_state *st;
	__u32 d;

	if (!is_target())
		return 0;
	st = state(true);
	if (!st) {
		bump(LKL_STATE_STORE_FAILED);
		return 0;
	}
	d = st->depth++;
	if (d >= LKL_MAX_DEPTH) {
		bump(LKL_TOO_DEEP);
		return 0;
	}
	st->calls[d & (LKL_MAX_DEPTH - 1)].nr = (__u64)no;
	st->calls[d & (LKL_MAX_DEPTH - 1)].start_ns = bpf_ktime_get_ns();
	return 0;
}

SEC("uretprobe")
int BPF_KRETPROBE(lkl_sys_exit, long ret)
{
	static const struct lkl_stat zero = {};
	struct lkl_state *st;
	struct lkl_stat *s;
	struct lkl_key key;
	__u64 now = bpf_ktime_get_ns(), ns;
	__u32 d;

	if (!is_target())
		return 0;
	st = state(false);
	if (!st || st->depth == 0) {
		bump(LKL_UNMATCHED_RETURNS);
		return 0;
	}
	d = --st->depth;
	if (d >= LKL_MAX_DEPTH)
		return 0;
	key.tid = (__u32)bpf_get_current_pid_tgid();
	key.nr = (__u32)st->calls[d & (LKL_MAX_DEPTH - 1)].nr;
	ns = now - st->calls[d & (LKL_MAX_DEPTH - 1)].start_ns;
	/* Only this thread writes its entries: plain adds. */
	s = upsert(&lkl_stats, &key, &zero, LKL_STATS_MAP_FULL);
	if (!s)
		return 0;
	s->count++;
	if (ret < 0 && ret >= -4095)
		s->errors++;
	s->total_ns += ns;
	if (ns > s->max_ns)
		s->max_ns = ns;
	s->hist[slot_of(ns)]++;
	return 0;
}

SEC("uprobe")
int BPF_KPROBE(lkl_cpu_enter)
{
	struct lkl_state *st;

	if (!is_target())
		return 0;
	st = state(true);
	if (!st) {
		bump(LKL_STATE_STORE_FAILED);
		return 0;
	}
	if (st->cpu_depth++ == 0)
		st->cpu_start_ns = bpf_ktime_get_ns();
	return 0;
}

SEC("uretprobe")
int BPF_KRETPROBE(lkl_cpu_exit)
{
	static const struct lkl_cpu_wait zero = {};
	struct lkl_cpu_wait *w;
	struct lkl_state *st;
	__u64 ns;
	__u32 tid;

	if (!is_target())
		return 0;
	st = state(false);
	if (!st || st->cpu_depth == 0) {
		bump(LKL_UNMATCHED_RETURNS);
		return 0;
	}
	if (--st->cpu_depth != 0)
		return 0;
	ns = bpf_ktime_get_ns() - st->cpu_start_ns;
	tid = (__u32)bpf_get_current_pid_tgid();
	w = upsert(&lkl_cpu_waits, &tid, &zero, LKL_CPU_MAP_FULL);
	if (!w)
		return 0;
	w->count++;
	w->total_ns += ns;
	if (ns > w->max_ns)
		w->max_ns = ns;
	w->hist[slot_of(ns)]++;
	return 0;
}

/* Host syscalls made from inside lkl_syscall. Every syscall of the machine
 * runs this once it is attached (only while LKL is found in the target):
 * for other processes, one compare. */
SEC("tp_btf/sys_enter")
int BPF_PROG(lkl_host_sys, struct pt_regs *regs, long id)
{
	struct lkl_state *st;
	struct lkl_key key;
	__u64 *n;

	if (!is_target() || id == NR_URETPROBE)
		return 0;
	st = state(false);
	if (!st || st->depth == 0)
		return 0;
	key.tid = (__u32)bpf_get_current_pid_tgid();
	key.nr = (__u32)id;
	n = bpf_map_lookup_elem(&lkl_host_calls, &key);
	if (!n) {
		static const __u64 zero;

		n = upsert(&lkl_host_calls, &key, &zero, LKL_HOST_MAP_FULL);
		if (!n)
			return 0;
	}
	(*n)++;
	return 0;
}
