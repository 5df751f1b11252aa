/* Types and limits shared by probes/sched.bpf.c and native/sched.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_SCHED_H
#define STACKPROF_SCHED_H

#define SCHED_MAX_THREADS 4096        /* threads of the target */
#define SCHED_MAX_CPU_TIMES 16384     /* (thread, CPU) pairs */
#define SCHED_MAX_PREEMPTIONS 4096    /* (thread, preempting task) pairs */
/* Run-queue latency slot i: [2^i, 2^(i+1)) ns, slot 0 also 0 and 1 ns; the
 * last slot (2^31 ns, about 2.1 s, and longer) is open. A power of two. */
#define SCHED_RUNQ_SLOTS 32
#define SCHED_COMM_LEN 16

struct cpu_time_key {
	__u32 tid;
	__u32 cpu;
};

struct cpu_time {
	__u64 oncpu_ns;
	__u64 slices;              /* slices that ended (switched out) on this CPU */
};

struct thread_sched {
	__u64 voluntary;
	__u64 involuntary;
	__u64 migrations;
	__u64 wakeups;
	__u64 runq_total_ns;
	__u64 runq_max_ns;
	__u64 preempted_wait_ns;
	__s32 last_cpu;
	__u32 pad;
	__u64 runq_hist[SCHED_RUNQ_SLOTS];
};

/* What the snapshot iterator writes per live target thread: its counters
 * (which live in its task storage) and the CPU time not yet in cpu_times. */
struct sched_thread_record {
	__u32 tid;
	__s32 running_cpu;         /* the CPU of the current slice */
	__u64 running_ns;          /* run since its last switch-out, on running_cpu */
	__u64 pending;             /* SCHED_PENDING_*: finished slices on one CPU, not yet in cpu_times */
	struct thread_sched stats;
};

/* sched_thread_record.pending: (cpu + 1) in the top 12 bits, slices in the
 * next 12, nanoseconds in the low 40 (18 minutes); 0: nothing. */
#define SCHED_PENDING_CPU_SHIFT 52
#define SCHED_PENDING_SLICES_SHIFT 40
#define SCHED_PENDING_NS_MASK ((1ull << SCHED_PENDING_SLICES_SHIFT) - 1)
#define SCHED_PENDING_SLICES_MAX 4095ull
#define SCHED_PENDING_CPU_MAX 4094u
/* The fields of a non-zero pending word, read the same way by probe and loader. */
#define SCHED_PENDING_CPU(p) ((__u32)((p) >> SCHED_PENDING_CPU_SHIFT) - 1)
#define SCHED_PENDING_SLICES(p) (((p) >> SCHED_PENDING_SLICES_SHIFT) & SCHED_PENDING_SLICES_MAX)
#define SCHED_PENDING_NS(p) ((p) & SCHED_PENDING_NS_MASK)

struct preemption_key {
	__u32 tid;
	__u32 by_tid;
};

struct preemption {
	__u64 count;
	__u32 by_tgid;
	__u32 pad;
	char by_comm[SCHED_COMM_LEN];
};

enum sched_counter {
	SCHED_CPU_TIME_MAP_FULL = 0,
	SCHED_THREAD_MAP_FULL = 1,
	SCHED_PREEMPTION_MAP_FULL = 2,
	SCHED_STATE_STORE_FAILED = 3,
	SCHED_COUNTERS = 4,
};
#endif
