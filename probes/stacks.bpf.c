// SPDX-License-Identifier: GPL-2.0
/* Sampled stacks of one process:
 *   - on-CPU: a perf_event program on one event per CPU (cpu-clock or
 *     cycles, at a fixed frequency) takes the user and kernel stacks of the
 *     target's threads when the event fires in them;
 *   - off-CPU (optional, loaded only with --off-cpu): at sched_switch the
 *     stacks of a target thread that leaves the CPU, and when it comes back
 *     the time it was away.
 * Aggregated here, per (thread, user stack, kernel stack): the loader reads
 * counts, never individual samples. Each distinct stack is stored once
 * (until the loader has read it) under a 64-bit hash of its frames, taken
 * with bpf_get_stack rather than into a STACK_TRACE map: that map's bucket
 * collisions drop stacks silently (or, with BPF_F_REUSE_STACKID, replace
 * them under another sample's id).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "stacks.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;

/* Distinct seeds keep a user and a kernel stack of the same frames apart. */
#define SEED_USER 0x6a09e667f3bcc909ull
#define SEED_KERNEL 0xbb67ae8584caa73bull
#define TASK_DEAD_STATE 0x80

struct scratch {
	struct stack_trace user;
	struct stack_trace kernel;
};

/* Slot 0: the perf_event program; slot 1: sched_switch, which an NMI
 * (the cycles event) may interrupt on the same CPU. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch SEC(".maps");

/* Preallocated: a non-preallocated map takes its elements from a small
 * per-CPU cache that only refills from irq_work, which cannot run in these
 * programs' contexts (hard IRQ, NMI, the scheduler), so a burst of new stacks
 * would fail. The loader deletes each stack once it has read it: the map
 * only holds the stacks new since the last snapshot. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, STACKS_MAX_STACKS);
	__type(key, __u64);
	__type(value, struct stack_trace);
} stacks SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, STACKS_MAX_COUNTS);
	__type(key, struct stack_key);
	__type(value, struct stack_count);
} counts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, STACKS_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} stacks_counters SEC(".maps");

/* A target thread that is off CPU since switched_out_ns, with its stacks then. */
struct offcpu_start {
	__u64 switched_out_ns;     /* 0: no interval open */
	__u64 user_hash;
	__u64 kernel_hash;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct offcpu_start);
} offcpu_starts SEC(".maps");

static __always_inline void bump(__u32 counter)
{
	__u64 *c = bpf_map_lookup_elem(&stacks_counters, &counter);

	if (c)
		(*c)++;
}

static __always_inline __u64 hash_trace(const struct stack_trace *t, __u64 seed)
{
	__u64 h = seed ^ t->nr;

	for (__u32 i = 0; i < STACKS_MAX_DEPTH; i++) {
		if (i >= t->nr)
			break;
		h ^= t->ips[i];
		h *= 0x9e3779b97f4a7c15ull;
		h ^= h >> 32;
	}
	return h ? h : 1;
}

/* Takes one stack into t and stores it unless known. Returns its hash, 0
 * when it is empty (*failed: could not be read, or no room to store it). */
static __always_inline __u64 take_stack(void *ctx, struct stack_trace *t, __u64 flags, __u64 seed,
					bool *failed, bool *full)
{
	long n = bpf_get_stack(ctx, t->ips, sizeof(t->ips), flags);
	__u64 h;

	if (n <= 0) {
		*failed = n < 0;
		return 0;
	}
	t->nr = (__u32)n / sizeof(__u64);
	h = hash_trace(t, seed);
	if (bpf_map_lookup_elem(&stacks, &h))
		return h;
	/* A concurrent insert of the same stack is fine; only a full map is not. */
	if (bpf_map_update_elem(&stacks, &h, t, BPF_NOEXIST) && !bpf_map_lookup_elem(&stacks, &h)) {
		*full = true;
		return 0;
	}
	return h;
}

/* Takes both stacks of the current task into key; false when one could not be stored. */
static __always_inline bool take_stacks(void *ctx, __u32 slot, struct stack_key *key)
{
	struct scratch *s = bpf_map_lookup_elem(&scratch, &slot);
	bool failed = false, full = false;

	if (!s)
		return false;
	key->kernel_hash = take_stack(ctx, &s->kernel, 0, SEED_KERNEL, &failed, &full);
	failed = false;
	key->user_hash = take_stack(ctx, &s->user, BPF_F_USER_STACK, SEED_USER, &failed, &full);
	if (failed || (!key->user_hash && !full))
		bump(STACKS_USER_STACK_FAILED);
	if (full)
		bump(STACKS_STACK_TABLE_FULL);
	return !full;
}

static __always_inline bool add_count(const struct stack_key *key, __u64 samples, __u64 offcpu_ns)
{
	struct stack_count *c = bpf_map_lookup_elem(&counts, key);

	if (!c) {
		struct stack_count fresh = {};

		if (bpf_map_update_elem(&counts, key, &fresh, BPF_NOEXIST) && !bpf_map_lookup_elem(&counts, key)) {
			bump(STACKS_COUNT_TABLE_FULL);
			return false;
		}
		c = bpf_map_lookup_elem(&counts, key);
		if (!c)
			return false;
	}
	/* A key is one thread's, and a thread runs on one CPU at a time: atomics only for safety's sake, at little cost. */
	if (samples)
		__sync_fetch_and_add(&c->samples, samples);
	if (offcpu_ns) {
		__sync_fetch_and_add(&c->offcpu_ns, offcpu_ns);
		__sync_fetch_and_add(&c->offcpu_switches, 1);
	}
	return true;
}

SEC("perf_event")
int stacks_sample(struct bpf_perf_event_data *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct stack_key key = {};

	if ((__u32)(id >> 32) != targ_tgid)
		return 0;
	bump(STACKS_SAMPLES);
	key.tid = (__u32)id;
	if (take_stacks(ctx, 0, &key))
		add_count(&key, 1, 0);
	/* 0: nothing for the event's own ring buffer (it has none). */
	return 0;
}

/* 5.14 renamed state to __state. */
struct task_struct___pre514 {
	long state;
};

static __always_inline long task_state(struct task_struct *t)
{
	if (bpf_core_field_exists(t->__state))
		return t->__state;
	return BPF_CORE_READ((struct task_struct___pre514 *)t, state);
}

/* Runs in prev's context, before the switch: bpf_get_stack sees prev's
 * stacks, its user stack from the registers saved at kernel entry. */
SEC("tp_btf/sched_switch")
int BPF_PROG(stacks_offcpu, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	struct offcpu_start *st;

	if ((__u32)prev->tgid == targ_tgid && !(task_state(prev) & TASK_DEAD_STATE)) {
		struct stack_key key = {};

		st = bpf_task_storage_get(&offcpu_starts, prev, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
		if (!st) {
			bump(STACKS_OFFCPU_LOST);
		} else if (!take_stacks(ctx, 1, &key)) {
			st->switched_out_ns = 0;
			bump(STACKS_OFFCPU_LOST);
		} else {
			st->user_hash = key.user_hash;
			st->kernel_hash = key.kernel_hash;
			st->switched_out_ns = bpf_ktime_get_ns();
		}
	}
	if ((__u32)next->tgid == targ_tgid) {
		st = bpf_task_storage_get(&offcpu_starts, next, 0, 0);
		if (st && st->switched_out_ns) {
			struct stack_key key = {
				.tid = (__u32)next->pid,
				.flags = STACKS_KEY_OFFCPU,
				.user_hash = st->user_hash,
				.kernel_hash = st->kernel_hash,
			};
			__u64 away = bpf_ktime_get_ns() - st->switched_out_ns;

			st->switched_out_ns = 0;
			if (!add_count(&key, 0, away ? away : 1))
				bump(STACKS_OFFCPU_LOST);
		}
	}
	return 0;
}
