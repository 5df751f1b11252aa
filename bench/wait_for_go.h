/* The benchmarks' start handshake: with WAIT_FOR_GO=1, print "ready <pid>"
 * and wait for one stdin line, so a tracer can attach before the timed loop. */
#ifndef BENCH_WAIT_FOR_GO_H
#define BENCH_WAIT_FOR_GO_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* 0 when stdin ended before the go line (the caller exits 2), else 1. */
static int wait_for_go(void)
{
	const char *wait = getenv("WAIT_FOR_GO");
	int c, got = 0;

	if (!wait || strcmp(wait, "1") != 0)
		return 1;
	printf("ready %d\n", (int)getpid());
	fflush(stdout);
	while ((c = getchar()) != EOF) {
		got = 1;
		if (c == '\n')
			break;
	}
	return got;
}
#endif
