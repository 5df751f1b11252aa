/*
 * epoll_timeouts: exact epoll_wait / epoll_pwait / epoll_pwait2 workload.
 *
 *   epoll_timeouts [A B C D E F G]     (defaults 1000 2000 300 50 400 700 5)
 *
 * Two epoll instances are created before "ready":
 *   ready_ep: holds one eventfd with a non-zero count, EPOLLIN level-triggered
 *             and never drained, so every wait on it returns 1 at once;
 *   empty_ep: holds no fds, so every wait on it returns 0 after its timeout.
 *
 * Protocol (stdin/stdout, one line each):
 *   1. The worker thread names itself "epoll-worker", records its tid and
 *      parks. ready_ep gets busy-poll parameters (ioctl EPIOCSPARAMS); a
 *      kernel that rejects them (< 6.9: ENOTTY) is reported on stderr only.
 *   2. stdout: "ready <pid> <ready_epfd> <empty_epfd> <worker_tid>"
 *   3. stdin:  any line  -- "go". (EOF instead of a line: exit 2, no work.)
 *   4. The worker makes, in this order, exactly:
 *        A x epoll_wait(ready_ep, ev, 8, -1)               -> 1
 *        B x epoll_pwait(empty_ep, ev, 8, 0, NULL)         -> 0
 *        C x epoll_pwait2(empty_ep, ev, 8, {0, 50000}, NULL) -> 0  (50 us)
 *        D x epoll_wait(empty_ep, ev, 8, 2)                -> 0  (2 ms)
 *        E x epoll_pwait2(ready_ep, ev, 8, NULL, NULL)     -> 1  (NULL: block)
 *        F x epoll_pwait(ready_ep, ev, 8, 0, NULL)         -> 1
 *        G x epoll_wait(empty_ep, ev, 8, 20)               -> 0  (20 ms)
 *   5. stdout: "done"   -- the worker is parked, alive and named.
 *   6. stdin:  a second line or EOF -- the worker is released, joined, exit 0.
 *
 * Between "go" and "done" the worker makes only those calls plus futex().
 * Any unexpected return value is reported on stderr after "done" and makes
 * the exit status 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "handshake.h"

/* glibc 2.36 has a wrapper, but older headers lack even the number; the raw
 * syscall is used either way so the call is exactly one epoll_pwait2. */
#ifndef SYS_epoll_pwait2
#define SYS_epoll_pwait2 441 /* x86_64 */
#endif

/* Linux 6.9 uapi (<linux/eventpoll.h>); spelled out for older headers. */
#ifndef EPIOCSPARAMS
struct epoll_params {
	uint32_t busy_poll_usecs;
	uint16_t busy_poll_budget;
	uint8_t prefer_busy_poll;
	uint8_t __pad; /* must be zero */
};
#define EPIOCSPARAMS _IOW(0x8A, 0x01, struct epoll_params) /* 0x40088A01 */
#endif

#define NPHASE 7
static const char *const phase_name[NPHASE] = {
	"A epoll_wait(ready,-1)", "B epoll_pwait(empty,0)",
	"C epoll_pwait2(empty,50us)", "D epoll_wait(empty,2)",
	"E epoll_pwait2(ready,NULL)", "F epoll_pwait(ready,0)",
	"G epoll_wait(empty,20)",
};
static long count[NPHASE] = { 1000, 2000, 300, 50, 400, 700, 5 };

static int ready_ep = -1, empty_ep = -1;
static pid_t worker_tid;


/* Per phase: number of calls that did not return the expected value, and
 * the first bad return / errno seen, for the report after "done". */
static long bad[NPHASE];
static long first_ret[NPHASE];
static int first_errno[NPHASE];

static void check(int phase, long ret, long want)
{
	if (ret == want)
		return;
	if (bad[phase]++ == 0) {
		first_ret[phase] = ret;
		first_errno[phase] = ret < 0 ? errno : 0;
	}
}

static void *worker(void *arg)
{
	(void)arg;
	struct epoll_event ev[8];
	static const struct timespec ts_50us = { 0, 50000 };

	pthread_setname_np(pthread_self(), "epoll-worker");
	worker_tid = (pid_t)syscall(SYS_gettid); /* before go: not counted */
	park_until(&go, &n_ready);

	for (long i = 0; i < count[0]; i++)
		check(0, epoll_wait(ready_ep, ev, 8, -1), 1);
	for (long i = 0; i < count[1]; i++)
		check(1, epoll_pwait(empty_ep, ev, 8, 0, NULL), 0);
	for (long i = 0; i < count[2]; i++)
		check(2, syscall(SYS_epoll_pwait2, empty_ep, ev, 8, &ts_50us, NULL, 0), 0);
	for (long i = 0; i < count[3]; i++)
		check(3, epoll_wait(empty_ep, ev, 8, 2), 0);
	for (long i = 0; i < count[4]; i++)
		check(4, syscall(SYS_epoll_pwait2, ready_ep, ev, 8, NULL, NULL, 0), 1);
	for (long i = 0; i < count[5]; i++)
		check(5, epoll_pwait(ready_ep, ev, 8, 0, NULL), 1);
	for (long i = 0; i < count[6]; i++)
		check(6, epoll_wait(empty_ep, ev, 8, 20), 0);

	park_until(&release_, &n_finished);
	return NULL;
}

static int setup_epolls(void)
{
	int efd = eventfd(1, EFD_CLOEXEC); /* count 1: readable until read */
	if (efd < 0) {
		perror("epoll_timeouts: eventfd");
		return -1;
	}
	ready_ep = epoll_create1(EPOLL_CLOEXEC);
	empty_ep = epoll_create1(EPOLL_CLOEXEC);
	if (ready_ep < 0 || empty_ep < 0) {
		perror("epoll_timeouts: epoll_create1");
		return -1;
	}
	/* Level-triggered and never read, so it is reported on every wait. */
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = efd };
	if (epoll_ctl(ready_ep, EPOLL_CTL_ADD, efd, &ev) < 0) {
		perror("epoll_timeouts: epoll_ctl");
		return -1;
	}

	/* Busy-poll parameters only matter for fds with a NAPI id (an eventfd
	 * has none), so they change no count; they exist so the profiler can
	 * see an EPIOCSPARAMS ioctl on a known epoll fd. Not fatal: kernels
	 * before 6.9 answer ENOTTY. */
	struct epoll_params p = {
		.busy_poll_usecs = 25, .busy_poll_budget = 16, .prefer_busy_poll = 1,
	};
	if (ioctl(ready_ep, EPIOCSPARAMS, &p) < 0)
		fprintf(stderr, "epoll_timeouts: ioctl(EPIOCSPARAMS) on ready_ep: %s (ignored)\n",
			strerror(errno));
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 1 && argc != 1 + NPHASE) {
		fprintf(stderr, "usage: %s [A B C D E F G]\n", argv[0]);
		return 64;
	}
	for (int i = 1; i < argc; i++)
		count[i - 1] = parse_count_of("epoll_timeouts", argv[i], phase_name[i - 1]);

	if (setup_epolls() < 0)
		return 1;

	pthread_t t;
	int err = pthread_create(&t, NULL, worker, NULL);
	if (err) {
		fprintf(stderr, "epoll_timeouts: pthread_create: %s\n", strerror(err));
		return 1;
	}
	wait_count(&n_ready, 1);

	printf("ready %d %d %d %d\n", (int)getpid(), ready_ep, empty_ep, (int)worker_tid);
	fflush(stdout);
	if (!run_counted_window(1))
		return 2; /* no go: exit without doing the counted work */

	int status = 0;
	for (int i = 0; i < NPHASE; i++) {
		if (!bad[i])
			continue;
		fprintf(stderr, "epoll_timeouts: %s: %ld of %ld calls unexpected (first returned %ld, %s)\n",
			phase_name[i], bad[i], count[i], first_ret[i],
			first_errno[i] ? strerror(first_errno[i]) : "no error");
		status = 1;
	}

	release_after_last_line();
	pthread_join(t, NULL);
	return status;
}
