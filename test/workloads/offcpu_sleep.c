/*
 * offcpu_sleep: known off-CPU time in two named functions, for the stacks
 * probe's --off-cpu mode.
 *
 *   offcpu_sleep [count ms_a ms_b]        (defaults 100 15 5)
 *
 * Built with frame pointers at -O1 (see the Makefile). After go, the thread
 * "sleeper" alternates, count times each:
 *
 *   sleeper_thread -> sleep_loop -> sleep_in_named_function   nanosleep(ms_a)
 *   sleeper_thread -> sleep_loop -> sleep_in_other_function   nanosleep(ms_b)
 *
 * The nanosleep is an inline syscall inside each function: through glibc
 * (built without frame pointers) the user stack seen at the switch would
 * start in libc and lose the named function's frame. Each function measures
 * the wall time of its own calls (CLOCK_MONOTONIC around the syscall): the
 * time the thread was off the CPU there, plus a few microseconds of syscall
 * entry and exit and the wakeup's run-queue wait.
 *
 * Protocol (test/workloads/README.md):
 *   1. "sleeper" names itself and parks. stdout: "ready <pid>".
 *   2. stdin: any line = go (EOF: exit 2).
 *   3. stdout: one JSON line, then "done":
 *      {"pid":P,"tid":T,"count":N,"namedNs":N,"otherNs":N}
 *      The sleeper parks again (futex), alive and named.
 *   4. stdin: a second line or EOF: exit 0.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
/* The main thread works too (or reports before "done"): run_counted_window is not used. */
#pragma GCC diagnostic ignored "-Wunused-function"
#include "handshake.h"

static long count = 100, ms_a = 15, ms_b = 5;
static pid_t sleeper_tid;
static unsigned long long named_ns, other_ns;

static inline __attribute__((always_inline)) void raw_nanosleep(const struct timespec *req)
{
	long ret;
#if defined(__x86_64__)
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "0"((long)SYS_nanosleep), "D"(req), "S"(0L)
			 : "rcx", "r11", "memory");
#elif defined(__aarch64__)
	/* arm64 has no nanosleep: clock_nanosleep(CLOCK_MONOTONIC, 0, req, NULL). */
	register long x8 __asm__("x8") = SYS_clock_nanosleep;
	register long x0 __asm__("x0") = CLOCK_MONOTONIC;
	register long x1 __asm__("x1") = 0;
	register long x2 __asm__("x2") = (long)req;
	register long x3 __asm__("x3") = 0;
	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
	ret = x0;
#else
#error "offcpu_sleep: inline nanosleep only for x86_64 and aarch64"
#endif
	if (ret != 0)
		abort(); /* nothing here sends signals: EINTR would be a bug */
}

static unsigned long long mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + (unsigned long long)ts.tv_nsec;
}

__attribute__((noinline)) void sleep_in_named_function(long ms)
{
	struct timespec req = {ms / 1000, (ms % 1000) * 1000000L};
	unsigned long long t0 = mono_ns();
	raw_nanosleep(&req);
	named_ns += mono_ns() - t0;
}

__attribute__((noinline)) void sleep_in_other_function(long ms)
{
	struct timespec req = {ms / 1000, (ms % 1000) * 1000000L};
	unsigned long long t0 = mono_ns();
	raw_nanosleep(&req);
	other_ns += mono_ns() - t0;
}

__attribute__((noinline)) void sleep_loop(void)
{
	for (long i = 0; i < count; i++) {
		sleep_in_named_function(ms_a);
		sleep_in_other_function(ms_b);
	}
}

static void *sleeper_thread(void *arg)
{
	(void)arg;
	pthread_setname_np(pthread_self(), "sleeper");
	sleeper_tid = (pid_t)syscall(SYS_gettid);
	park_until(&go, &n_ready);
	sleep_loop();
	park_until(&release_, &n_finished);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc != 1 && argc != 4) {
		fprintf(stderr, "usage: %s [count ms_a ms_b]\n", argv[0]);
		return 64;
	}
	if (argc == 4) {
		count = parse_count_of("offcpu_sleep", argv[1], "count");
		ms_a = parse_count_of("offcpu_sleep", argv[2], "ms_a");
		ms_b = parse_count_of("offcpu_sleep", argv[3], "ms_b");
	}
	pthread_t t;
	int err = pthread_create(&t, NULL, sleeper_thread, NULL);
	if (err) {
		fprintf(stderr, "offcpu_sleep: pthread_create: %s\n", strerror(err));
		return 1;
	}
	wait_count(&n_ready, 1);
	printf("ready %d\n", (int)getpid());
	fflush(stdout);
	if (!read_line())
		return 2;
	set_flag(&go);
	wait_count(&n_finished, 1);
	printf("{\"pid\":%d,\"tid\":%d,\"count\":%ld,\"namedNs\":%llu,\"otherNs\":%llu}\n", (int)getpid(), (int)sleeper_tid,
	       count, named_ns, other_ns);
	printf("done\n");
	fflush(stdout);
	release_after_last_line();
	pthread_join(t, NULL);
	return 0;
}
