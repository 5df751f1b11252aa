/*
 * preempt_pair: a reactor thread that shares its CPU with a busy helper,
 * or has it to itself.
 *
 *   preempt_pair <helper> [cpu [ms]]     helper: none | spin | tick; defaults cpu 1, ms 1000
 *
 * Threads (named before "ready", both pinned to `cpu` with sched_setaffinity):
 *   reactor-0  after go: polls an empty epoll set with epoll_wait(timeout 0)
 *              for `ms` milliseconds (a spinning event loop; it never sleeps)
 *   timer-0    (not with "none") after go, until the reactor is done:
 *                spin  runs flat out (clock_gettime only): the scheduler
 *                      shares the CPU between the two
 *                tick  sleeps 50 µs (nanosleep, timer slack 1 ns) and runs
 *                      20 µs, over and over: a timer thread that wakes
 *                      about 14,000 times/s and takes the CPU each time
 * Protocol (README.md):
 *   1. stdout: "ready <pid> <reactor tid> <helper tid or 0>"   -- attach now
 *   2. stdin: a line ("go"); 3. stdout: "done" once the reactor (and the
 *   helper) finished and are parked; 4. stdin: a second line or EOF: exit 0.
 * Exit 69 when `cpu` is not available, 64 on bad arguments.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "handshake.h"

enum helper_mode { HELPER_NONE, HELPER_SPIN, HELPER_TICK };

static enum helper_mode mode;
static int cpu = 1;
static long run_ms = 1000;
static pid_t reactor_tid, helper_tid;
static volatile int reactor_done;
static int setup_errno;

static void pin_self(void)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set) != 0)
		setup_errno = errno;
}

static long long now_us(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000LL + t.tv_nsec / 1000;
}

static void *reactor(void *arg)
{
	struct epoll_event ev[16];
	int epfd = epoll_create1(EPOLL_CLOEXEC);

	(void)arg;
	pthread_setname_np(pthread_self(), "reactor-0");
	pin_self();
	if (epfd < 0)
		setup_errno = errno;
	pthread_mutex_lock(&mu);
	reactor_tid = (pid_t)syscall(SYS_gettid);
	pthread_mutex_unlock(&mu);
	park_until(&go, &n_ready);

	long long end = now_us() + run_ms * 1000;
	while (now_us() < end)
		epoll_wait(epfd, ev, 16, 0);
	reactor_done = 1;
	park_until(&release_, &n_finished);
	return NULL;
}

static void *helper(void *arg)
{
	struct timespec pause = { 0, 50000 };

	(void)arg;
	pthread_setname_np(pthread_self(), "timer-0");
	pin_self();
	/* Wake when asked, not up to 50 µs later. */
	prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
	pthread_mutex_lock(&mu);
	helper_tid = (pid_t)syscall(SYS_gettid);
	pthread_mutex_unlock(&mu);
	park_until(&go, &n_ready);

	while (!reactor_done) {
		if (mode == HELPER_TICK) {
			nanosleep(&pause, NULL);
			long long until = now_us() + 20;
			while (now_us() < until && !reactor_done)
				;
		}
	}
	park_until(&release_, &n_finished);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t r, h;
	int workers = 1;

	if (argc < 2 || argc > 4) {
		fprintf(stderr, "usage: %s none|spin|tick [cpu [ms]]\n", argv[0]);
		return 64;
	}
	if (strcmp(argv[1], "none") == 0)
		mode = HELPER_NONE;
	else if (strcmp(argv[1], "spin") == 0)
		mode = HELPER_SPIN;
	else if (strcmp(argv[1], "tick") == 0)
		mode = HELPER_TICK;
	else {
		fprintf(stderr, "preempt_pair: helper must be none, spin or tick, not '%s'\n", argv[1]);
		return 64;
	}
	if (argc > 2)
		cpu = (int)parse_count_of("preempt_pair", argv[2], "cpu");
	if (argc > 3)
		run_ms = parse_count_of("preempt_pair", argv[3], "ms");
	cpu_set_t online;
	if (cpu >= CPU_SETSIZE || sched_getaffinity(0, sizeof(online), &online) != 0 || !CPU_ISSET(cpu, &online)) {
		fprintf(stderr, "preempt_pair: CPU %d is not available\n", cpu);
		return 69;
	}
	pthread_create(&r, NULL, reactor, NULL);
	if (mode != HELPER_NONE) {
		pthread_create(&h, NULL, helper, NULL);
		workers = 2;
	}
	wait_count(&n_ready, workers);
	if (setup_errno) {
		fprintf(stderr, "preempt_pair: set-up failed: %s\n", strerror(setup_errno));
		return 1;
	}
	printf("ready %d %d %d\n", (int)getpid(), (int)reactor_tid, (int)helper_tid);
	fflush(stdout);
	if (!run_counted_window(workers))
		return 2;
	release_after_last_line();
	pthread_join(r, NULL);
	if (mode != HELPER_NONE)
		pthread_join(h, NULL);
	return 0;
}
