/*
 * syscall_storm: load workload for stackprof.
 *
 *   syscall_storm <threads> <seconds>        (seconds may be fractional)
 *
 * Protocol (stdin/stdout, one line each):
 *   1. <threads> threads are created; each names itself "storm-<i>", records
 *      its tid with syscall(SYS_gettid) (before go, so it is not counted) and
 *      parks.
 *   2. stdout: "ready <pid>"   -- the profiler attaches now.
 *   3. stdin:  any line        -- "go". (EOF instead of a line: exit 2, no work.)
 *   4. Every thread calls syscall(SYS_getppid) in a tight loop, counting each
 *      call, until the main thread raises a shared stop flag <seconds> after
 *      go (clock_nanosleep on CLOCK_MONOTONIC, absolute deadline).
 *   5. The main thread joins the threads and prints one JSON line:
 *      {"pid":P,"threads":[{"tid":T,"name":"storm-0","getppid":N},...],"total":N}
 *   6. stdin:  a second line or EOF -- exit 0.
 *
 * The per-thread "getppid" numbers are exact: each is the number of getppid
 * syscalls that thread made after go. Workers exit before the JSON line.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define MAX_THREADS 1024

struct worker {
	pthread_t thread;
	int index;
	pid_t tid;
	unsigned long long calls;
	char name[16];
} __attribute__((aligned(64)));

static struct worker *workers;
static atomic_int stop;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int n_ready;
static int go;

static void *storm(void *arg)
{
	struct worker *w = arg;
	snprintf(w->name, sizeof w->name, "storm-%d", w->index);
	pthread_setname_np(pthread_self(), w->name);
	w->tid = (pid_t)syscall(SYS_gettid);

	pthread_mutex_lock(&mu);
	n_ready++;
	pthread_cond_broadcast(&cv);
	while (!go)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);

	unsigned long long n = 0;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		syscall(SYS_getppid);
		n++;
	}
	w->calls = n;
	return NULL;
}

static int read_line(void)
{
	int c, got = 0;
	while ((c = getchar()) != EOF) {
		got = 1;
		if (c == '\n')
			break;
	}
	return got;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s <threads> <seconds>\n", argv[0]);
		return 64;
	}
	char *end;
	long nthreads = strtol(argv[1], &end, 10);
	if (*argv[1] == '\0' || *end != '\0' || nthreads < 1 || nthreads > MAX_THREADS) {
		fprintf(stderr, "syscall_storm: threads must be 1..%d\n", MAX_THREADS);
		return 64;
	}
	double seconds = strtod(argv[2], &end);
	if (*argv[2] == '\0' || *end != '\0' || !(seconds >= 0) || seconds > 86400) {
		fprintf(stderr, "syscall_storm: bad seconds '%s'\n", argv[2]);
		return 64;
	}

	workers = aligned_alloc(64, sizeof *workers * (size_t)nthreads);
	if (!workers) {
		perror("syscall_storm: alloc");
		return 1;
	}
	memset(workers, 0, sizeof *workers * (size_t)nthreads);
	for (long i = 0; i < nthreads; i++) {
		workers[i].index = (int)i;
		int err = pthread_create(&workers[i].thread, NULL, storm, &workers[i]);
		if (err) {
			fprintf(stderr, "syscall_storm: pthread_create: %s\n", strerror(err));
			return 1;
		}
	}
	pthread_mutex_lock(&mu);
	while (n_ready < nthreads)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);

	printf("ready %d\n", (int)getpid());
	fflush(stdout);
	if (!read_line())
		return 2;

	struct timespec deadline;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	double whole = (double)(long long)seconds;
	deadline.tv_sec += (time_t)whole;
	deadline.tv_nsec += (long)((seconds - whole) * 1e9);
	if (deadline.tv_nsec >= 1000000000L) {
		deadline.tv_sec++;
		deadline.tv_nsec -= 1000000000L;
	}

	pthread_mutex_lock(&mu);
	go = 1;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);

	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) == EINTR)
		;
	atomic_store_explicit(&stop, 1, memory_order_relaxed);

	unsigned long long total = 0;
	for (long i = 0; i < nthreads; i++) {
		pthread_join(workers[i].thread, NULL);
		total += workers[i].calls;
	}

	printf("{\"pid\":%d,\"threads\":[", (int)getpid());
	for (long i = 0; i < nthreads; i++)
		printf("%s{\"tid\":%d,\"name\":\"%s\",\"getppid\":%llu}", i ? "," : "",
		       (int)workers[i].tid, workers[i].name, workers[i].calls);
	printf("],\"total\":%llu}\n", total);
	fflush(stdout);

	(void)read_line();
	free(workers);
	return 0;
}
