/*
 * The handshake every counted workload shares (README.md): workers park
 * until "go", do their counted work, then park until released, so the
 * profiler sees exactly the counted calls plus futex.
 * One mutex and condition variable guard all the flags and counters.
 */
#ifndef WORKLOADS_HANDSHAKE_H
#define WORKLOADS_HANDSHAKE_H
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int n_ready;     /* workers named and parked before go */
static int go;          /* main -> workers: start counted work */
static int n_finished;  /* workers done with counted work */
static int release_;    /* main -> workers: you may exit */

/* Count ourselves in, then wait for the flag. */
static void park_until(int *flag, int *counter)
{
	pthread_mutex_lock(&mu);
	(*counter)++;
	pthread_cond_broadcast(&cv);
	while (!*flag)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);
}

static void wait_count(int *counter, int want)
{
	pthread_mutex_lock(&mu);
	while (*counter < want)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);
}

static void set_flag(int *flag)
{
	pthread_mutex_lock(&mu);
	*flag = 1;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
}

/* Consume one stdin line of any length. Returns 0 on EOF before any byte. */
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

/* After "ready": wait for go, let the workers do their counted work, then
 * say "done". False when stdin ended before go (the caller exits 2). */
static int run_counted_window(int workers)
{
	if (!read_line())
		return 0;
	set_flag(&go);
	wait_count(&n_finished, workers);
	printf("done\n");
	fflush(stdout);
	return 1;
}

/* Keep the workers alive (and named) until the final line or EOF, then let them exit. */
static void release_after_last_line(void)
{
	(void)read_line();
	set_flag(&release_);
}

/* A non-negative count argument, or exit 64 naming the program and the count. */
static long parse_count_of(const char *prog, const char *s, const char *what)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *s == '\0' || *end != '\0' || v < 0) {
		fprintf(stderr, "%s: bad %s count '%s'\n", prog, what, s);
		exit(64);
	}
	return v;
}
#endif
