/*
 * exact_syscalls: the exactness workload for stackprof.
 *
 *   exact_syscalls [getppid_n write_n closefail_n]     (defaults 10000 7777 500)
 *
 * Protocol (stdin/stdout, one line each):
 *   1. Two worker threads are created and name themselves "getppid-worker"
 *      and "write-worker"; write-worker opens /dev/null. Both then park.
 *   2. stdout: "ready <pid>"   -- the profiler attaches now.
 *   3. stdin:  any line        -- "go". (EOF instead of a line: exit 2, no work.)
 *   4. getppid-worker makes exactly getppid_n syscall(SYS_getppid) calls;
 *      write-worker makes exactly write_n write(fd, buf, 1) calls to /dev/null
 *      and then exactly closefail_n close(-1) calls (each fails with EBADF).
 *   5. stdout: "done"          -- both workers have finished their counted work
 *      and are parked on a condition variable, still alive and still named.
 *   6. stdin:  a second line or EOF -- workers are released, joined, exit 0.
 *
 * Between "go" and "done" the worker threads make no syscalls other than the
 * counted ones and futex() for the condition variable / mutex. They never
 * print. All output comes from the main thread, which only reads stdin and
 * writes stdout in the counted window (plus futex). If a counted call returns
 * something unexpected, the main thread reports it on stderr after "done" and
 * the exit status is 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "handshake.h"

static long n_getppid = 10000;
static long n_write = 7777;
static long n_close_fail = 500;


/* Anomalies seen by workers; reported by main after "done". */
static long getppid_bad, write_bad, close_bad;
static int open_errno;

static void *getppid_worker(void *arg)
{
	(void)arg;
	/* prctl(PR_SET_NAME) on ourselves: no /proc write, done before go. */
	pthread_setname_np(pthread_self(), "getppid-worker");
	park_until(&go, &n_ready);

	long bad = 0;
	for (long i = 0; i < n_getppid; i++)
		if (syscall(SYS_getppid) <= 0)
			bad++;
	getppid_bad = bad;

	park_until(&release_, &n_finished);
	return NULL;
}

static void *write_worker(void *arg)
{
	(void)arg;
	static const char buf[1] = { 'x' };
	pthread_setname_np(pthread_self(), "write-worker");
	/* Opened before go so the open is outside the counted window. */
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		open_errno = errno;
	park_until(&go, &n_ready);

	long wbad = 0, cbad = 0;
	for (long i = 0; i < n_write; i++)
		if (write(fd, buf, 1) != 1)
			wbad++;
	for (long i = 0; i < n_close_fail; i++)
		if (close(-1) != -1 || errno != EBADF)
			cbad++;
	write_bad = wbad;
	close_bad = cbad;

	park_until(&release_, &n_finished);
	/* fd is deliberately never closed: process exit releases it, so no
	 * extra close() shows up even after release. */
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc != 1 && argc != 4) {
		fprintf(stderr, "usage: %s [getppid_n write_n closefail_n]\n", argv[0]);
		return 64;
	}
	if (argc == 4) {
		n_getppid = parse_count_of("exact_syscalls", argv[1], "getppid");
		n_write = parse_count_of("exact_syscalls", argv[2], "write");
		n_close_fail = parse_count_of("exact_syscalls", argv[3], "close-fail");
	}

	pthread_t t_getppid, t_write;
	int err;
	if ((err = pthread_create(&t_getppid, NULL, getppid_worker, NULL)) ||
	    (err = pthread_create(&t_write, NULL, write_worker, NULL))) {
		fprintf(stderr, "exact_syscalls: pthread_create: %s\n", strerror(err));
		return 1;
	}
	wait_count(&n_ready, 2);
	if (open_errno) {
		fprintf(stderr, "exact_syscalls: open /dev/null: %s\n", strerror(open_errno));
		return 1;
	}

	printf("ready %d\n", (int)getpid());
	fflush(stdout);
	if (!run_counted_window(2))
		return 2; /* no go: exit without doing the counted work */

	int status = 0;
	if (getppid_bad || write_bad || close_bad) {
		fprintf(stderr, "exact_syscalls: unexpected results: getppid=%ld write=%ld close=%ld\n",
			getppid_bad, write_bad, close_bad);
		status = 1;
	}

	release_after_last_line();
	pthread_join(t_getppid, NULL);
	pthread_join(t_write, NULL);
	return status;
}
