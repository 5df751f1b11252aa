// SPDX-License-Identifier: GPL-2.0
/* The Node.js runtime view: libuv's threadpool, io_uring, the event loop.
 * Loaded only when the loader finds libuv in the target (native/nodejs.c).
 *   - uprobe uv__work_submit(loop, w, kind) (and uv_queue_work, where it is
 *     inlined): submission time keyed by w;
 *   - uprobes on the work functions a pool thread runs (uv__fs_work,
 *     uv__getaddrinfo_work/uv__getnameinfo_work, uv__queue_work,
 *     uv__random_work), all taking the struct uv__work * as arg0: queue
 *     wait at entry, run time at return, per kind and per worker thread;
 *   - io_uring tracepoints: rings the target creates, then submissions and
 *     completions on those rings (by ctx, so completions run from any
 *     context are still the target's);
 *   - raw syscall enter/exit on the main thread (tid == tgid) for the epoll
 *     waits: loop utilization and stalls, the time between a return from
 *     the wait and the next wait, when longer than stall_threshold_ns.
 * (BPF_KPROBE/BPF_KRETPROBE: the same argument access serves uprobes.)
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "nodejs.h"
#include "log2.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;
const volatile __u64 stall_threshold_ns = 100000000ULL;

#ifdef __TARGET_ARCH_x86
#define NR_EPOLL_WAIT 232
#define NR_EPOLL_PWAIT 281
#define NR_EPOLL_PWAIT2 441
#else
#define NR_EPOLL_WAIT -1
#define NR_EPOLL_PWAIT 22
#define NR_EPOLL_PWAIT2 441
#endif

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, NODEJS_MAX_PENDING);
	__type(key, __u64);
	__type(value, struct nodejs_pending);
} nodejs_pending SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, NODEJS_MAX_WORKERS);
	__type(key, __u32);
	__type(value, struct nodejs_worker);
} nodejs_workers SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NODEJS_KINDS);
	__type(key, __u32);
	__type(value, struct nodejs_kind_stat);
} nodejs_kinds SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct nodejs_pool);
} nodejs_pool SEC(".maps");

/*
 * The most items queued at once since the loader last read it (it zeroes it
 * after each read): the queue's peaks between snapshots, which the depth at
 * each snapshot misses. Apart from nodejs_pool so that the loader's reset
 * cannot overwrite the counters.
 */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} nodejs_depth_peak SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct nodejs_loop);
} nodejs_loop SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, NODEJS_MAX_RINGS);
	__type(key, __u64);
	__type(value, struct nodejs_ring);
} nodejs_rings SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct nodejs_uring);
} nodejs_uring SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NODEJS_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} nodejs_counters SEC(".maps");

static __always_inline void bump(__u32 counter)
{
	__u64 *c = bpf_map_lookup_elem(&nodejs_counters, &counter);

	if (c)
		(*c)++;
}

static __always_inline bool is_target(void)
{
	return (__u32)(bpf_get_current_pid_tgid() >> 32) == targ_tgid;
}

static __always_inline __u32 slot_of(__u64 ns)
{
	__u32 slot = log2_floor(ns);

	asm volatile("" : "+r"(slot));
	if (slot >= NODEJS_HIST_SLOTS)
		slot = NODEJS_HIST_SLOTS - 1;
	return slot;
}

static __always_inline void racy_max(__u64 *p, __u64 v)
{
	/* Racy between pool threads; a lost maximum is one of two near-equal
	 * values written at the same moment. */
	if (v > *p)
		*p = v;
}

/* uv_work_t in libuv 1.x on 64-bit: UV_REQ_FIELDS (64 bytes), loop,
 * work_cb, after_work_cb, then struct uv__work work_req. */
#define UV_WORK_REQ_OFFSET 88

static __always_inline int submit(__u64 key);

/* The item a thread is submitting, from entry to return: uv__work_submit
 * and uv_queue_work start libuv's threadpool (uv_once, creating every
 * thread and waiting for each to run) before they queue the item, and that
 * one-off cost is no queue wait. The return restamps the item as queued. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, NODEJS_MAX_WORKERS);
	__type(key, __u32);
	__type(value, __u64);
} nodejs_submitting SEC(".maps");

static __always_inline void submitting(__u64 key)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();

	bpf_map_update_elem(&nodejs_submitting, &tid, &key, BPF_ANY);
}

SEC("uretprobe")
int BPF_KRETPROBE(nodejs_submit_end)
{
	struct nodejs_pending *pend;
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 *key;

	if (!is_target())
		return 0;
	key = bpf_map_lookup_elem(&nodejs_submitting, &tid);
	if (!key)
		return 0;
	/* Gone already: a worker started it before the return; its wait stands. */
	pend = bpf_map_lookup_elem(&nodejs_pending, key);
	if (pend)
		pend->submit_ns = bpf_ktime_get_ns();
	bpf_map_delete_elem(&nodejs_submitting, &tid);
	return 0;
}

static __always_inline int work_submit(void *w)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 *inside;

	/* Called from uv_queue_work (a build that does not inline it), whose
	 * probe has counted this item already: once is enough. */
	inside = bpf_map_lookup_elem(&nodejs_submitting, &tid);
	if (inside && *inside == (__u64)w)
		return 0;
	submitting((__u64)w);
	return submit((__u64)w);
}

/* uv_queue_work inlines uv__work_submit in optimized builds (Node's
 * own among them): the item it submits is the request's work_req. */
static __always_inline int queue_work_submit(void *req)
{
	if (!req)
		return 0;
	submitting((__u64)req + UV_WORK_REQ_OFFSET);
	return submit((__u64)req + UV_WORK_REQ_OFFSET);
}

/* One program for both submission functions, told apart by the attach
 * cookie (NODEJS_SUBMIT_*): with uprobe_multi they share one link, and a
 * link's detach costs the kernel a grace period. */
SEC("uprobe")
int BPF_KPROBE(nodejs_submit, void *loop, void *arg)
{
	if (!is_target())
		return 0;
	if (bpf_get_attach_cookie(ctx) == NODEJS_SUBMIT_QUEUE_WORK)
		return queue_work_submit(arg);
	return work_submit(arg);
}

static __always_inline int submit(__u64 key)
{
	struct nodejs_pending pend;
	struct nodejs_pool *pool;
	__u32 zero = 0;
	__u64 depth, *peak;

	if (!is_target())
		return 0;
	pend.submit_ns = bpf_ktime_get_ns();
	if (bpf_map_update_elem(&nodejs_pending, &key, &pend, BPF_ANY)) {
		bump(NODEJS_PENDING_FULL);
		return 0;
	}
	pool = bpf_map_lookup_elem(&nodejs_pool, &zero);
	if (!pool)
		return 0;
	__sync_fetch_and_add(&pool->submitted, 1);
	depth = pool->submitted - pool->started;
	if ((__s64)depth > 0) {
		racy_max(&pool->max_depth, depth);
		peak = bpf_map_lookup_elem(&nodejs_depth_peak, &zero);
		if (peak)
			racy_max(peak, depth);
	}
	return 0;
}

static __always_inline int work_start(void *w, __u32 kind)
{
	static const struct nodejs_worker fresh = {};
	struct nodejs_pending *pend;
	struct nodejs_kind_stat *ks;
	struct nodejs_worker *wk;
	struct nodejs_pool *pool;
	__u64 pid_tgid = bpf_get_current_pid_tgid(), now, key = (__u64)w;
	__u32 tid = (__u32)pid_tgid, zero = 0, k = kind;

	if ((__u32)(pid_tgid >> 32) != targ_tgid)
		return 0;
	now = bpf_ktime_get_ns();
	pend = bpf_map_lookup_elem(&nodejs_pending, &key);
	if (!pend && tid == targ_tgid) {
		/* Synchronous fs calls run the work function on the loop itself. */
		bump(NODEJS_SYNC_CALLS);
		return 0;
	}
	wk = bpf_map_lookup_elem(&nodejs_workers, &tid);
	if (!wk) {
		if (bpf_map_update_elem(&nodejs_workers, &tid, &fresh, BPF_NOEXIST) &&
		    !bpf_map_lookup_elem(&nodejs_workers, &tid)) {
			bump(NODEJS_WORKERS_FULL);
			return 0;
		}
		wk = bpf_map_lookup_elem(&nodejs_workers, &tid);
		if (!wk)
			return 0;
	}
	if (wk->depth++ != 0) {
		/* A work function calling another: time the outer one only. */
		bump(NODEJS_NESTED);
		return 0;
	}
	wk->start_ns = now;
	wk->kind = kind;
	ks = bpf_map_lookup_elem(&nodejs_kinds, &k);
	if (!ks)
		return 0;
	__sync_fetch_and_add(&ks->count, 1);
	pool = bpf_map_lookup_elem(&nodejs_pool, &zero);
	if (pend) {
		__u64 wait = now - pend->submit_ns;

		bpf_map_delete_elem(&nodejs_pending, &key);
		if (pool)
			__sync_fetch_and_add(&pool->started, 1);
		__sync_fetch_and_add(&ks->waited, 1);
		__sync_fetch_and_add(&ks->wait_total_ns, wait);
		racy_max(&ks->wait_max_ns, wait);
		__sync_fetch_and_add(&ks->wait_hist[slot_of(wait)], 1);
	} else {
		bump(NODEJS_UNSUBMITTED_STARTS);
	}
	return 0;
}

/* Every work function, the kind of work (NODEJS_KIND_*) in the attach cookie. */
SEC("uprobe")
int BPF_KPROBE(nodejs_work_start, void *w) { return work_start(w, (__u32)bpf_get_attach_cookie(ctx)); }

SEC("uretprobe")
int BPF_KRETPROBE(nodejs_work_end)
{
	struct nodejs_kind_stat *ks;
	struct nodejs_worker *wk;
	__u64 pid_tgid = bpf_get_current_pid_tgid(), ns;
	__u32 tid = (__u32)pid_tgid, k;

	if ((__u32)(pid_tgid >> 32) != targ_tgid)
		return 0;
	wk = bpf_map_lookup_elem(&nodejs_workers, &tid);
	if (!wk) {
		/* The main thread's synchronous calls land here too. */
		if (tid != targ_tgid)
			bump(NODEJS_UNMATCHED_RETURNS);
		return 0;
	}
	if (wk->depth == 0) {
		bump(NODEJS_UNMATCHED_RETURNS);
		return 0;
	}
	if (--wk->depth != 0)
		return 0;
	ns = bpf_ktime_get_ns() - wk->start_ns;
	wk->start_ns = 0;
	wk->items++;
	wk->busy_ns += ns;
	k = wk->kind;
	ks = bpf_map_lookup_elem(&nodejs_kinds, &k);
	if (!ks)
		return 0;
	__sync_fetch_and_add(&ks->run_count, 1);
	__sync_fetch_and_add(&ks->run_total_ns, ns);
	racy_max(&ks->run_max_ns, ns);
	__sync_fetch_and_add(&ks->run_hist[slot_of(ns)], 1);
	return 0;
}

SEC("tracepoint/io_uring/io_uring_create")
int nodejs_uring_create(struct trace_event_raw_io_uring_create *ctx)
{
	struct nodejs_ring r = {};
	__u64 key;

	if (!is_target())
		return 0;
	key = (__u64)ctx->ctx;
	r.sq_entries = ctx->sq_entries;
	r.cq_entries = ctx->cq_entries;
	r.flags = ctx->flags;
	r.fd = (__u32)ctx->fd;
	if (bpf_map_update_elem(&nodejs_rings, &key, &r, BPF_ANY))
		bump(NODEJS_RINGS_FULL);
	return 0;
}

SEC("tracepoint/io_uring/io_uring_submit_req")
int nodejs_uring_submit(struct trace_event_raw_io_uring_submit_req *ctx)
{
	struct nodejs_uring *u;
	struct nodejs_ring *r;
	__u64 key = (__u64)ctx->ctx;
	__u32 zero = 0, op;

	r = bpf_map_lookup_elem(&nodejs_rings, &key);
	if (!r) {
		/* A ring set up before attach (libuv makes its rings at loop
		 * start): learnt from the first submission by one of the target's
		 * threads (its SQPOLL thread is one of them), geometry unknown. */
		struct nodejs_ring fresh = { .fd = (__u32)-1 };

		if (!is_target())
			return 0;
		if (bpf_map_update_elem(&nodejs_rings, &key, &fresh, BPF_NOEXIST) &&
		    !bpf_map_lookup_elem(&nodejs_rings, &key)) {
			bump(NODEJS_RINGS_FULL);
			return 0;
		}
		r = bpf_map_lookup_elem(&nodejs_rings, &key);
		if (!r)
			return 0;
	}
	__sync_fetch_and_add(&r->submitted, 1);
	if (ctx->sq_thread)
		__sync_fetch_and_add(&r->sq_thread, 1);
	u = bpf_map_lookup_elem(&nodejs_uring, &zero);
	op = ctx->opcode;
	if (u && op < NODEJS_OPCODES)
		__sync_fetch_and_add(&u->submit_by_op[op], 1);
	return 0;
}

SEC("tracepoint/io_uring/io_uring_complete")
int nodejs_uring_complete(struct trace_event_raw_io_uring_complete *ctx)
{
	struct nodejs_ring *r;
	__u64 key = (__u64)ctx->ctx;

	r = bpf_map_lookup_elem(&nodejs_rings, &key);
	if (r)
		__sync_fetch_and_add(&r->completed, 1);
	return 0;
}

static __always_inline struct nodejs_loop *main_loop(void)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 zero = 0;

	if ((__u32)(pid_tgid >> 32) != targ_tgid || (__u32)pid_tgid != targ_tgid)
		return NULL;
	return bpf_map_lookup_elem(&nodejs_loop, &zero);
}

SEC("tp_btf/sys_enter")
int BPF_PROG(nodejs_sys_enter, struct pt_regs *regs, long id)
{
	struct nodejs_loop *l;
	__u64 now, tick;

	if (id != NR_EPOLL_WAIT && id != NR_EPOLL_PWAIT && id != NR_EPOLL_PWAIT2)
		return 0;
	l = main_loop();
	if (!l)
		return 0;
	now = bpf_ktime_get_ns();
	if (l->last_exit_ns) {
		tick = now - l->last_exit_ns;
		l->ticks++;
		l->run_ns += tick;
		if (tick >= stall_threshold_ns) {
			__u64 i = l->stalls & (NODEJS_STALL_RING - 1);

			l->ring[i].start_ns = l->last_exit_ns;
			l->ring[i].len_ns = tick;
			l->stalls++;
			l->stall_total_ns += tick;
			if (tick > l->stall_max_ns)
				l->stall_max_ns = tick;
			l->stall_hist[slot_of(tick)]++;
		}
	}
	l->in_wait = 1;
	l->wait_enter_ns = now;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(nodejs_sys_exit, struct pt_regs *regs, long ret)
{
	struct nodejs_loop *l = main_loop();
	__u64 now;

	/* The main thread makes no syscall inside its epoll wait: the next exit
	 * it reports after an entry is that wait's. */
	if (!l)
		return 0;
	if (!l->in_wait) {
#ifdef __TARGET_ARCH_x86
		/* A wait entered before attach: its return starts the first tick. */
		long id = BPF_CORE_READ(regs, orig_ax);

		if (id == NR_EPOLL_WAIT || id == NR_EPOLL_PWAIT || id == NR_EPOLL_PWAIT2)
			l->last_exit_ns = bpf_ktime_get_ns();
#endif
		return 0;
	}
	now = bpf_ktime_get_ns();
	l->in_wait = 0;
	l->waits++;
	l->wait_ns += now - l->wait_enter_ns;
	l->last_exit_ns = now;
	return 0;
}
