/*
 * pipe_pingpong: context-switch-heavy load for bench/ctxswitch.sh.
 *
 *   pipe_pingpong <seconds> [cpu_a cpu_b]
 *
 * Two threads pass one byte back and forth through two pipes for <seconds>
 * (wall time, CLOCK_MONOTONIC), then print
 *   round_trips=<n> seconds=<s> per_second=<n/s> ns_per_round_trip=<ns>
 * Every round trip is two blocking reads that wake the other thread: with
 * both threads on one CPU, two context switches and two wakeups, the work
 * the sched probes hook. With cpu_a and cpu_b each thread pins itself
 * (sched_setaffinity) to its CPU; without, the caller's affinity applies
 * (bench/ctxswitch.sh pins the process with taskset).
 *
 * With WAIT_FOR_GO=1 in the environment it first prints "ready <pid>" and
 * waits for one line on stdin (EOF: exit 2), so a profiler can attach before
 * the timed part.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "wait_for_go.h"

static int ping[2], pong[2];
static int cpu_a = -1, cpu_b = -1;
static volatile int stop;

static void pin(int cpu)
{
	cpu_set_t set;

	if (cpu < 0)
		return;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set) != 0) {
		fprintf(stderr, "pipe_pingpong: cannot pin to CPU %d: %s\n", cpu, strerror(errno));
		exit(1);
	}
}

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Echoes every byte until it reads the end marker. */
static void *echo(void *arg)
{
	char c;

	(void)arg;
	pin(cpu_b);
	for (;;) {
		if (read(ping[0], &c, 1) != 1 || c == 'q')
			break;
		if (write(pong[1], &c, 1) != 1)
			break;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t;
	char *end;

	if (argc != 2 && argc != 4) {
		fprintf(stderr, "usage: %s <seconds> [cpu_a cpu_b]\n", argv[0]);
		return 64;
	}
	double seconds = strtod(argv[1], &end);
	if (*end || seconds <= 0) {
		fprintf(stderr, "pipe_pingpong: seconds must be positive\n");
		return 64;
	}
	if (argc == 4) {
		cpu_a = atoi(argv[2]);
		cpu_b = atoi(argv[3]);
	}
	if (pipe(ping) || pipe(pong)) {
		perror("pipe");
		return 1;
	}
	pin(cpu_a);
	pthread_create(&t, NULL, echo, NULL);
	if (!wait_for_go())
		return 2;

	long long n = 0;
	char c = 'x';
	double t0 = now_s(), t1 = t0, deadline = t0 + seconds;
	while (t1 < deadline) {
		/* 64 round trips between clock reads keep the clock out of the cost. */
		for (int i = 0; i < 64; i++) {
			if (write(ping[1], &c, 1) != 1 || read(pong[0], &c, 1) != 1) {
				perror("pipe_pingpong: round trip");
				return 1;
			}
		}
		n += 64;
		t1 = now_s();
	}
	c = 'q';
	if (write(ping[1], &c, 1) != 1)
		return 1;
	pthread_join(t, NULL);
	double took = t1 - t0;
	printf("round_trips=%lld seconds=%.3f per_second=%.1f ns_per_round_trip=%.1f\n", n, took, (double)n / took, took * 1e9 / (double)n);
	return 0;
}
