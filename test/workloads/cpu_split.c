/*
 * cpu_split: a known split of CPU time between two named functions, for the
 * stacks probe (sampled on-CPU stacks, folded proportions, stack shapes).
 *
 *   cpu_split <seconds> [threads]        (seconds may be fractional; threads 1..64, default 1)
 *
 * Built with frame pointers at -O1 (see the Makefile), so that every sample
 * unwinds from the spinning function up to main:
 *
 *   main thread:   main -> run_split -> spin_three_quarters | spin_one_quarter
 *   other threads: start_thread -> split_thread -> run_split -> spin_...
 *
 * Each thread alternates small slices of its own CPU time: 3 ms in
 * spin_three_quarters, then 1 ms in spin_one_quarter, with cumulative
 * targets (so overshoot does not accumulate): 75/25 by
 * CLOCK_THREAD_CPUTIME_ID, whatever else the machine runs. The CPU clock is
 * read with an inline syscall inside the spinning function itself: through
 * glibc (built without frame pointers) a sample taken in clock_gettime would
 * lose the spinning function's frame. Samples taken during that syscall
 * show kernel frames under spin_* (about 1% of them).
 *
 * Protocol (test/workloads/README.md):
 *   1. threads-1 extra threads name themselves "split-<i>" and park.
 *   2. stdout: "ready <pid>".
 *   3. stdin: any line = go (EOF: exit 2). Every thread (main included, as
 *      thread 0) runs its split until <seconds> of wall time after go.
 *   4. stdout: one JSON line with each thread's measured CPU time in the
 *      two functions, then "done":
 *      {"pid":P,"seconds":S,"threads":[{"tid":T,"name":"cpu_split","threeQuartersNs":N,"oneQuarterNs":N,"cpuNs":N},...],
 *       "threeQuartersNs":N,"oneQuarterNs":N,"share":0.75}
 *      cpuNs: the thread's CPU time from go to the end of its split (both
 *      functions, run_split's own bookkeeping and the kernel time of the
 *      clock reads).
 *   5. stdin: a second line or EOF: exit 0.
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

#define MAX_THREADS 64
#define SLICE_NS 1000000ULL /* spin_one_quarter's slice; spin_three_quarters gets 3 */
#define CHUNK 2000          /* burn iterations between clock reads (~10-20 µs) */

struct worker {
	pthread_t thread;
	int index;
	pid_t tid;
	char name[16];
	unsigned long long three_ns, one_ns, cpu_ns;
} __attribute__((aligned(64)));

static struct worker workers[MAX_THREADS];
static struct timespec deadline;  /* CLOCK_MONOTONIC, set at go */
/* Where the burn loops' results go: a volatile store the compiler must keep. */
static volatile unsigned long long sink;

static inline __attribute__((always_inline)) unsigned long long thread_cpu_ns(void)
{
	struct timespec ts;
	long ret;
#if defined(__x86_64__)
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "0"((long)SYS_clock_gettime), "D"((long)CLOCK_THREAD_CPUTIME_ID), "S"(&ts)
			 : "rcx", "r11", "memory");
#elif defined(__aarch64__)
	register long x8 __asm__("x8") = SYS_clock_gettime;
	register long x0 __asm__("x0") = CLOCK_THREAD_CPUTIME_ID;
	register long x1 __asm__("x1") = (long)&ts;
	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1) : "memory");
	ret = x0;
#else
#error "cpu_split: inline clock_gettime syscall only for x86_64 and aarch64"
#endif
	if (ret != 0)
		abort();
	return (unsigned long long)ts.tv_sec * 1000000000ULL + (unsigned long long)ts.tv_nsec;
}

/* Spin until this thread's CPU clock reaches `until`; returns the clock then. */
__attribute__((noinline)) unsigned long long spin_three_quarters(unsigned long long until)
{
	unsigned long long x = sink | 1, now;
	do {
		for (int i = 0; i < CHUNK; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
		}
		sink = x;
		now = thread_cpu_ns();
	} while (now < until);
	return now;
}

/* Different code (a multiply-add generator), so no compiler folds the two. */
__attribute__((noinline)) unsigned long long spin_one_quarter(unsigned long long until)
{
	unsigned long long x = sink + 7, now;
	do {
		for (int i = 0; i < CHUNK; i++)
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		sink = x;
		now = thread_cpu_ns();
	} while (now < until);
	return now;
}

static int past_deadline(void)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > deadline.tv_sec || (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec);
}

__attribute__((noinline)) void run_split(struct worker *w)
{
	unsigned long long start = thread_cpu_ns(), three = 0, one = 0;
	for (unsigned long long k = 1; !past_deadline(); k++) {
		/* Cumulative targets: 3k ms and k ms of this thread's CPU time. */
		unsigned long long t0 = thread_cpu_ns();
		unsigned long long t1 = spin_three_quarters(t0 + (3 * k * SLICE_NS - three));
		three += t1 - t0;
		unsigned long long t2 = thread_cpu_ns();
		unsigned long long t3 = spin_one_quarter(t2 + (k * SLICE_NS - one));
		one += t3 - t2;
	}
	w->three_ns = three;
	w->one_ns = one;
	w->cpu_ns = thread_cpu_ns() - start;
}

static void *split_thread(void *arg)
{
	struct worker *w = arg;
	snprintf(w->name, sizeof w->name, "split-%d", w->index);
	pthread_setname_np(pthread_self(), w->name);
	w->tid = (pid_t)syscall(SYS_gettid);
	park_until(&go, &n_ready);
	run_split(w);
	park_until(&release_, &n_finished);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: %s <seconds> [threads]\n", argv[0]);
		return 64;
	}
	char *end;
	double seconds = strtod(argv[1], &end);
	if (*argv[1] == '\0' || *end != '\0' || !(seconds > 0) || seconds > 86400) {
		fprintf(stderr, "cpu_split: bad seconds '%s'\n", argv[1]);
		return 64;
	}
	long nthreads = argc == 3 ? parse_count_of("cpu_split", argv[2], "threads") : 1;
	if (nthreads < 1 || nthreads > MAX_THREADS) {
		fprintf(stderr, "cpu_split: threads must be 1..%d\n", MAX_THREADS);
		return 64;
	}

	workers[0].tid = getpid();
	snprintf(workers[0].name, sizeof workers[0].name, "cpu_split");
	for (long i = 1; i < nthreads; i++) {
		workers[i].index = (int)i;
		int err = pthread_create(&workers[i].thread, NULL, split_thread, &workers[i]);
		if (err) {
			fprintf(stderr, "cpu_split: pthread_create: %s\n", strerror(err));
			return 1;
		}
	}
	wait_count(&n_ready, (int)nthreads - 1);
	printf("ready %d\n", (int)getpid());
	fflush(stdout);
	if (!read_line())
		return 2;

	clock_gettime(CLOCK_MONOTONIC, &deadline);
	double whole = (double)(long long)seconds;
	deadline.tv_sec += (time_t)whole;
	deadline.tv_nsec += (long)((seconds - whole) * 1e9);
	if (deadline.tv_nsec >= 1000000000L) {
		deadline.tv_sec++;
		deadline.tv_nsec -= 1000000000L;
	}
	set_flag(&go);
	run_split(&workers[0]);
	wait_count(&n_finished, (int)nthreads - 1);

	unsigned long long three = 0, one = 0;
	printf("{\"pid\":%d,\"seconds\":%g,\"threads\":[", (int)getpid(), seconds);
	for (long i = 0; i < nthreads; i++) {
		struct worker *w = &workers[i];
		printf("%s{\"tid\":%d,\"name\":\"%s\",\"threeQuartersNs\":%llu,\"oneQuarterNs\":%llu,\"cpuNs\":%llu}",
		       i ? "," : "", (int)w->tid, w->name, w->three_ns, w->one_ns, w->cpu_ns);
		three += w->three_ns;
		one += w->one_ns;
	}
	printf("],\"threeQuartersNs\":%llu,\"oneQuarterNs\":%llu,\"share\":%.4f}\n", three, one,
	       three + one ? (double)three / (double)(three + one) : 0.0);
	printf("done\n");
	fflush(stdout);

	release_after_last_line();
	for (long i = 1; i < nthreads; i++)
		pthread_join(workers[i].thread, NULL);
	return 0;
}
