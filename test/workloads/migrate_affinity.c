/*
 * migrate_affinity: a thread that migrates an exact number of times.
 *
 *   migrate_affinity [flips [spin_us]]     (defaults 100 2000)
 *
 * Protocol (README.md):
 *   1. Thread "migrator" pins itself to CPU 0 (sched_setaffinity), runs
 *      there a moment, then parks.
 *   2. stdout: "ready <pid> <migrator tid>"   -- attach now.
 *   3. stdin: a line ("go"). The migrator flips its own affinity `flips`
 *      times, alternately to CPU 1 and back to CPU 0, with
 *      sched_setaffinity(0, ...), and after each flip spins spin_us
 *      microseconds (clock_gettime only, no syscall) on the new CPU.
 *      Each flip moves the running thread to the other CPU: exactly `flips`
 *      migrations. Pinned the whole time, it cannot migrate otherwise.
 *   4. stdout: "done" (the migrator is parked, pinned to the CPU of its last flip).
 *   5. stdin: a second line or EOF -- exit 0.
 * Needs CPUs 0 and 1: exits 69 (EX_UNAVAILABLE) without them. A flip that
 * fails or lands on the wrong CPU: message on stderr after "done", exit 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "handshake.h"

static long flips = 100;
static long spin_us = 2000;
static pid_t migrator_tid;
static long bad_flips;
static int pin_errno;

static int pin_to(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return sched_setaffinity(0, sizeof(set), &set);
}

static void spin_for_us(long us)
{
	struct timespec t0, t;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	do
		clock_gettime(CLOCK_MONOTONIC, &t);
	while ((t.tv_sec - t0.tv_sec) * 1000000L + (t.tv_nsec - t0.tv_nsec) / 1000 < us);
}

static void *migrator(void *arg)
{
	(void)arg;
	pthread_setname_np(pthread_self(), "migrator");
	if (pin_to(0) != 0)
		pin_errno = errno;
	spin_for_us(1000);
	pthread_mutex_lock(&mu);
	migrator_tid = (pid_t)syscall(SYS_gettid);
	pthread_mutex_unlock(&mu);
	park_until(&go, &n_ready);

	long bad = 0;
	for (long i = 1; i <= flips; i++) {
		int cpu = i % 2;   /* 1, 0, 1, 0, ... */

		if (pin_to(cpu) != 0 || sched_getcpu() != cpu)
			bad++;
		spin_for_us(spin_us);
	}
	bad_flips = bad;
	park_until(&release_, &n_finished);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t;

	if (argc > 3) {
		fprintf(stderr, "usage: %s [flips [spin_us]]\n", argv[0]);
		return 64;
	}
	if (argc > 1)
		flips = parse_count_of("migrate_affinity", argv[1], "flips");
	if (argc > 2)
		spin_us = parse_count_of("migrate_affinity", argv[2], "spin_us");
	cpu_set_t online;
	if (sched_getaffinity(0, sizeof(online), &online) != 0 || !CPU_ISSET(0, &online) || !CPU_ISSET(1, &online)) {
		fprintf(stderr, "migrate_affinity: needs CPUs 0 and 1\n");
		return 69;
	}
	pthread_create(&t, NULL, migrator, NULL);
	wait_count(&n_ready, 1);
	if (pin_errno) {
		fprintf(stderr, "migrate_affinity: cannot pin to CPU 0: %s\n", strerror(pin_errno));
		return 1;
	}
	printf("ready %d %d\n", (int)getpid(), (int)migrator_tid);
	fflush(stdout);
	if (!run_counted_window(1))
		return 2;
	release_after_last_line();
	pthread_join(t, NULL);
	if (bad_flips) {
		fprintf(stderr, "migrate_affinity: %ld flips failed or landed on the wrong CPU\n", bad_flips);
		return 1;
	}
	return 0;
}
