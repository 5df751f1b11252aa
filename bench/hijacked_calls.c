/*
 * hijacked_calls: the cost of one call through a user-space stack's hijack
 * library, for bench/uprobe-cost.sh. Run it under
 * LD_PRELOAD=test/workloads/build/liblkl-hijack.so (the stand-in for LKL's
 * hijack library): its UDP socket is then an "LKL" socket and every
 * getsockname() goes through the library's override, lkl_syscall (which
 * takes and releases the LKL CPU lock, lkl_cpu_get/lkl_cpu_put), and the
 * forwarded host syscall.
 *
 *   hijacked_calls <n>
 *
 * Makes exactly n getsockname() calls in a tight loop, timed with
 * clock_gettime(CLOCK_MONOTONIC) around the loop, and prints
 *   calls=<n> ns_per_call=<float>
 * With WAIT_FOR_GO=1 it first prints "ready <pid>" and waits for one stdin
 * line (EOF: exit 2), so a profiler can attach before the timed loop.
 */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "wait_for_go.h"

int main(int argc, char **argv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len;
	char *end;
	long long n;
	int fd;

	if (argc != 2) {
		fprintf(stderr, "usage: %s <n>\n", argv[0]);
		return 64;
	}
	n = strtoll(argv[1], &end, 10);
	if (*argv[1] == '\0' || *end != '\0' || n < 1) {
		fprintf(stderr, "hijacked_calls: n must be a positive integer\n");
		return 64;
	}
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr))) {
		perror("hijacked_calls: socket");
		return 1;
	}
	if (!wait_for_go())
		return 2;

	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long long i = 0; i < n; i++) {
		len = sizeof(addr);
		if (getsockname(fd, (struct sockaddr *)&addr, &len)) {
			perror("hijacked_calls: getsockname");
			return 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);

	double ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
	printf("calls=%lld ns_per_call=%.2f\n", n, ns / (double)n);
	return 0;
}
