/*
 * getppid_loop: raw syscall cost baseline for stackprof overhead benchmarks.
 *
 *   getppid_loop <n>
 *
 * Makes exactly n syscall(SYS_getppid) calls in a tight loop, timed with
 * clock_gettime(CLOCK_MONOTONIC) around the loop, and prints
 *   calls=<n> ns_per_call=<float>
 *
 * With WAIT_FOR_GO=1 in the environment it first prints "ready <pid>" and
 * waits for one line on stdin (EOF: exit 2 without running), so a profiler
 * can attach before the timed loop starts.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "wait_for_go.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s <n>\n", argv[0]);
		return 64;
	}
	char *end;
	long long n = strtoll(argv[1], &end, 10);
	if (*argv[1] == '\0' || *end != '\0' || n < 1) {
		fprintf(stderr, "getppid_loop: n must be a positive integer\n");
		return 64;
	}

	if (!wait_for_go())
		return 2;

	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long long i = 0; i < n; i++)
		syscall(SYS_getppid);
	clock_gettime(CLOCK_MONOTONIC, &t1);

	double ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
	printf("calls=%lld ns_per_call=%.2f\n", n, ns / (double)n);
	return 0;
}
