/* Types and limits shared by probes/lkl.bpf.c and native/lkl.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_LKL_H
#define STACKPROF_LKL_H

#define LKL_MAX_STATS 16384         /* (thread, LKL syscall) pairs */
#define LKL_MAX_CPU_WAITS 4096      /* threads that waited for the LKL CPU */
#define LKL_MAX_HOST_CALLS 16384    /* (thread, host syscall) pairs inside lkl_syscall */
/* lkl_syscall calls in progress on one thread that the probe times; deeper
 * ones are counted in LKL_TOO_DEEP. A power of two. */
#define LKL_MAX_DEPTH 4
/* Slot i: [2^i, 2^(i+1)) ns, slot 0 also 0 and 1 ns; the last (2^39 ns,
 * about 9 minutes, and longer) is open. As the syscalls probe. */
#define LKL_HIST_SLOTS 40

struct lkl_key {
	__u32 tid;
	__u32 nr;
};

struct lkl_stat {
	__u64 count;
	__u64 errors;
	__u64 total_ns;
	__u64 max_ns;
	__u64 hist[LKL_HIST_SLOTS];
};

struct lkl_cpu_wait {
	__u64 count;
	__u64 total_ns;
	__u64 max_ns;
	__u64 hist[LKL_HIST_SLOTS];
};

enum lkl_counter {
	LKL_STATS_MAP_FULL = 0,
	LKL_CPU_MAP_FULL = 1,
	LKL_HOST_MAP_FULL = 2,
	LKL_STATE_STORE_FAILED = 3,
	LKL_TOO_DEEP = 4,
	LKL_UNMATCHED_RETURNS = 5,
	LKL_COUNTERS = 6,
};
#endif
