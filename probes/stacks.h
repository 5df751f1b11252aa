/* Types and limits shared by probes/stacks.bpf.c and native/stacks.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_STACKS_H
#define STACKPROF_STACKS_H

/* The kernel's own default (kernel.perf_event_max_stack); deeper stacks are cut. */
#define STACKS_MAX_DEPTH 127
#define STACKS_MAX_STACKS 16384       /* user or kernel stacks new in one snapshot interval (1 KB each) */
#define STACKS_MAX_COUNTS 65536       /* (thread, user stack, kernel stack) triples */

/* stack_key.flags: the stacks were taken at a switch-out (--off-cpu); the
 * kernel stack then starts inside the probe and the loader cuts it at __schedule. */
#define STACKS_KEY_OFFCPU 1u

struct stack_trace {
	__u32 nr;                  /* frames in ips */
	__u32 pad;
	__u64 ips[STACKS_MAX_DEPTH];
};

/* A stack hash of 0 means "no stack": the kernel stack of a sample taken in
 * user mode, or a user stack that could not be read. */
struct stack_key {
	__u32 tid;
	__u32 flags;               /* STACKS_KEY_* */
	__u64 user_hash;
	__u64 kernel_hash;
};

struct stack_count {
	__u64 samples;
	__u64 offcpu_ns;
	__u64 offcpu_switches;
};

enum stacks_counter {
	STACKS_SAMPLES = 0,
	STACKS_STACK_TABLE_FULL = 1,
	STACKS_COUNT_TABLE_FULL = 2,
	STACKS_USER_STACK_FAILED = 3,
	STACKS_OFFCPU_LOST = 4,
	STACKS_COUNTERS = 5,
};
#endif
