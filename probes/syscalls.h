/* Types and limits shared by probes/syscalls.bpf.c and native/syscalls.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_SYSCALLS_H
#define STACKPROF_SYSCALLS_H

#ifndef SYSCALLS_MAX_STATS
#define SYSCALLS_MAX_STATS 32768    /* (thread, syscall) pairs */
#endif
#ifndef SYSCALLS_MAX_ERRNOS
#define SYSCALLS_MAX_ERRNOS 8192    /* (thread, syscall, errno) triples */
#endif
#ifndef SYSCALLS_MAX_THREADS
#define SYSCALLS_MAX_THREADS 16384
#endif
#define SYSCALLS_HIST_SLOTS 40      /* log2 ns: the last slot holds >= 2^39 ns (~9 min) */
#define SYSCALLS_COMM_LEN 16

struct syscall_key {
	__u32 tid;
	__u32 nr;
};

struct syscall_stat {
	__u64 count;
	__u64 errors;
	__u64 total_ns;
	__u64 max_ns;
	__u64 hist[SYSCALLS_HIST_SLOTS];
};

struct syscall_errno_key {
	__u32 tid;
	__u32 nr;
	__u32 err;
	__u32 pad;
};

struct syscall_thread {
	char comm[SYSCALLS_COMM_LEN];
};

/* Indexes into the per-CPU `counters` array; mirrored by ProbeCounters in proto/stackprof.proto. */
enum syscalls_counter {
	SYSCALLS_STATS_MAP_FULL = 0,
	SYSCALLS_ERRNO_MAP_FULL = 1,
	SYSCALLS_START_STORE_FAILED = 2,
	SYSCALLS_UNMATCHED_EXITS = 3,
	SYSCALLS_THREAD_MAP_FULL = 4,
	SYSCALLS_COUNTERS = 5,
};

#endif
