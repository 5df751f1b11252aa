/* Types and limits shared by probes/nodejs.bpf.c and native/nodejs.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_NODEJS_H
#define STACKPROF_NODEJS_H

#define NODEJS_MAX_PENDING 16384    /* work items submitted, not yet started */
#define NODEJS_MAX_WORKERS 1024     /* threads that ran threadpool work */
#define NODEJS_MAX_RINGS 64         /* io_uring instances the target set up */
#define NODEJS_HIST_SLOTS 40        /* log2 ns, as the syscalls probe */
#define NODEJS_STALL_RING 64        /* the last stalls, exactly; a power of two */
#define NODEJS_OPCODES 256

/* Kinds of threadpool work, told by the work function the worker runs. */
enum nodejs_kind {
	NODEJS_KIND_FS = 0,
	NODEJS_KIND_DNS = 1,
	NODEJS_KIND_USER = 2,   /* uv_queue_work: crypto, zlib, addons */
	NODEJS_KIND_RANDOM = 3,
	NODEJS_KINDS = 4,
};

/* The attach cookie of nodejs_submit: which submission function it is on. */
enum {
	NODEJS_SUBMIT_WORK = 0,       /* uv__work_submit(loop, w, kind) */
	NODEJS_SUBMIT_QUEUE_WORK = 1, /* uv_queue_work(loop, req, ...) */
};

struct nodejs_pending {
	__u64 submit_ns;
};

struct nodejs_kind_stat {
	__u64 count;            /* started on a pool thread */
	__u64 waited;           /* of those, the ones whose submission was seen */
	__u64 wait_total_ns;
	__u64 wait_max_ns;
	__u64 run_count;
	__u64 run_total_ns;
	__u64 run_max_ns;
	__u64 wait_hist[NODEJS_HIST_SLOTS];
	__u64 run_hist[NODEJS_HIST_SLOTS];
};

struct nodejs_worker {
	__u64 items;
	__u64 busy_ns;
	__u64 start_ns;         /* of the item running now, 0 when idle */
	__u32 kind;
	__u32 depth;
};

struct nodejs_pool {
	__u64 submitted;
	__u64 started;
	__u64 max_depth;
};

struct nodejs_stall {
	__u64 start_ns;
	__u64 len_ns;
};

/* The main thread's loop; written by the main thread only. */
struct nodejs_loop {
	__u64 in_wait;
	__u64 wait_enter_ns;
	__u64 last_exit_ns;     /* 0 before the first return from the wait */
	__u64 waits;
	__u64 wait_ns;          /* inside epoll waits */
	__u64 run_ns;           /* between a return and the next wait (complete ticks) */
	__u64 ticks;
	__u64 stalls;
	__u64 stall_total_ns;
	__u64 stall_max_ns;
	__u64 stall_hist[NODEJS_HIST_SLOTS];
	struct nodejs_stall ring[NODEJS_STALL_RING];
};

struct nodejs_ring {
	__u32 sq_entries;
	__u32 cq_entries;
	__u32 flags;
	__u32 fd;
	__u64 submitted;
	__u64 completed;
	__u64 sq_thread;        /* submissions made by the SQPOLL thread */
};

struct nodejs_uring {
	__u64 submit_by_op[NODEJS_OPCODES];
};

enum nodejs_counter {
	NODEJS_PENDING_FULL = 0,
	NODEJS_WORKERS_FULL = 1,
	NODEJS_RINGS_FULL = 2,
	NODEJS_UNSUBMITTED_STARTS = 3,  /* started on a pool thread, submission not seen (before attach) */
	NODEJS_SYNC_CALLS = 4,          /* work functions run on the main thread (sync fs) */
	NODEJS_UNMATCHED_RETURNS = 5,
	NODEJS_NESTED = 6,
	NODEJS_COUNTERS = 7,
};
#endif
