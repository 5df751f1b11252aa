/* Totals of a BPF per-CPU array of u64 counters, for the probes' "what
 * could not be recorded" counters. */
#ifndef STACKPROF_PERCPU_H
#define STACKPROF_PERCPU_H
#include <errno.h>
#include <stdlib.h>
#include <bpf/bpf.h>

/* totals[i] = sum over CPUs of slot i, for i < n; unreadable slots stay 0. */
static inline int sum_percpu_counters(int fd, int ncpus, __u64 *totals, __u32 n)
{
	__u64 *percpu = calloc((size_t)ncpus, sizeof(__u64));

	if (!percpu)
		return -ENOMEM;
	for (__u32 i = 0; i < n; i++) {
		totals[i] = 0;
		if (bpf_map_lookup_elem(fd, &i, percpu))
			continue;
		for (int c = 0; c < ncpus; c++)
			totals[i] += percpu[c];
	}
	free(percpu);
	return 0;
}
#endif
