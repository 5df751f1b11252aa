/*
 * lkl_server: an LKL-style server for the lkl probe, meant to run under
 * LD_PRELOAD=test/workloads/build/liblkl-hijack.so (the stand-in for LKL's
 * hijack library, lkl_standin/standin.c) -- or without it, as a plain
 * process that must give no LKL finding.
 *
 *   lkl_server pingpong N       worker: N x { send(a, 64); recv(b, 64, MSG_WAITALL) }
 *   lkl_server epollwait N      worker: N x { send(a, 1); epoll_wait(ep, ev, 8, -1) -> 1; recv(b, 1) }
 *   lkl_server pwait N          worker: N x { send(a, 1); epoll_pwait(ep, ev, 8, -1, NULL) -> 1; recv(b, 1) }
 *                               (libuv's call, which the hijack library does not override)
 *   lkl_server contend T N      T workers, each on its own connection:
 *                               N x { send(a_i, 64); recv(b_i, 64, MSG_WAITALL) }
 *   lkl_server fds K N          before ready the main thread opens /dev/null K times
 *                               (host fds), then as pingpong N
 *
 * Before "ready" the main thread sets up, through the preloaded calls (so
 * in LKL when the stand-in is there): a listener on 127.0.0.1:0, and per
 * worker a connected pair a -> b (connect, accept, TCP_NODELAY on both); the
 * epoll modes also make an epoll instance (epoll_create1) holding b
 * (EPOLLIN, level-triggered). Workers name themselves lkl-worker-<i>.
 *
 *   stdout: "ready <pid> <tid0,tid1,...>"; stdin: a line = go (EOF: exit 2);
 *   stdout: "done" when the workers finished; then a line or EOF: exit 0.
 *
 * Between go and done a worker makes exactly the calls above, plus futex.
 * send/recv are the sendto/recvfrom syscalls (and LKL calls 206/207). An
 * unexpected return is reported on stderr after "done" and the exit status
 * is 1. Bad arguments exit 64.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "handshake.h"

#define MAX_WORKERS 16

enum mode { PINGPONG, EPOLLWAIT, PWAIT };

struct worker {
	int index;
	int a, b, ep;
	pid_t tid;
	long bad;
	pthread_t thread;
};

static enum mode mode;
static long calls;
static struct worker workers[MAX_WORKERS];

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void connected_pair(int listener, const struct sockaddr_in *addr, int *a, int *b)
{
	int one = 1;

	*a = socket(AF_INET, SOCK_STREAM, 0);
	if (*a < 0 || connect(*a, (const struct sockaddr *)addr, sizeof(*addr)))
		die("connect");
	*b = accept(listener, NULL, NULL);
	if (*b < 0)
		die("accept");
	if (setsockopt(*a, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) ||
	    setsockopt(*b, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)))
		die("setsockopt");
}

static void *work(void *arg)
{
	struct worker *w = arg;
	char name[16], buf[64] = { 0 };
	struct epoll_event ev[8];

	snprintf(name, sizeof(name), "lkl-worker-%d", w->index);
	prctl(PR_SET_NAME, name);
	w->tid = (pid_t)syscall(SYS_gettid);
	park_until(&go, &n_ready);
	for (long i = 0; i < calls; i++) {
		switch (mode) {
		case PINGPONG:
			if (send(w->a, buf, 64, 0) != 64)
				w->bad++;
			if (recv(w->b, buf, 64, MSG_WAITALL) != 64)
				w->bad++;
			break;
		case EPOLLWAIT:
		case PWAIT:
			if (send(w->a, buf, 1, 0) != 1)
				w->bad++;
			if ((mode == EPOLLWAIT ? epoll_wait(w->ep, ev, 8, -1) : epoll_pwait(w->ep, ev, 8, -1, NULL)) != 1)
				w->bad++;
			if (recv(w->b, buf, 1, 0) != 1)
				w->bad++;
			break;
		}
	}
	park_until(&release_, &n_finished);
	return NULL;
}

static void usage(void)
{
	fprintf(stderr, "usage: lkl_server pingpong N | epollwait N | pwait N | contend T N | fds K N\n");
	exit(64);
}

int main(int argc, char **argv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(addr);
	long nworkers = 1;
	int listener, rc = 0;

	if (argc < 3)
		usage();
	if (strcmp(argv[1], "pingpong") == 0) {
		mode = PINGPONG;
		calls = parse_count_of("lkl_server", argv[2], "call");
	} else if (strcmp(argv[1], "epollwait") == 0 || strcmp(argv[1], "pwait") == 0) {
		mode = argv[1][0] == 'e' ? EPOLLWAIT : PWAIT;
		calls = parse_count_of("lkl_server", argv[2], "call");
	} else if (strcmp(argv[1], "contend") == 0 && argc == 4) {
		mode = PINGPONG;
		nworkers = parse_count_of("lkl_server", argv[2], "thread");
		calls = parse_count_of("lkl_server", argv[3], "call");
		if (nworkers < 1 || nworkers > MAX_WORKERS)
			usage();
	} else if (strcmp(argv[1], "fds") == 0 && argc == 4) {
		long k = parse_count_of("lkl_server", argv[2], "fd");

		mode = PINGPONG;
		calls = parse_count_of("lkl_server", argv[3], "call");
		for (long i = 0; i < k; i++)
			if (open("/dev/null", O_RDONLY) < 0)
				die("open /dev/null");
	} else {
		usage();
	}

	listener = socket(AF_INET, SOCK_STREAM, 0);
	if (listener < 0 || bind(listener, (struct sockaddr *)&addr, sizeof(addr)) || listen(listener, 64) ||
	    getsockname(listener, (struct sockaddr *)&addr, &len))
		die("listen");
	for (long i = 0; i < nworkers; i++) {
		struct worker *w = &workers[i];

		w->index = (int)i;
		connected_pair(listener, &addr, &w->a, &w->b);
		if (mode != PINGPONG) {
			struct epoll_event ev = { .events = EPOLLIN, .data.fd = w->b };

			w->ep = epoll_create1(EPOLL_CLOEXEC);
			if (w->ep < 0 || epoll_ctl(w->ep, EPOLL_CTL_ADD, w->b, &ev))
				die("epoll");
		}
		if (pthread_create(&w->thread, NULL, work, w))
			die("pthread_create");
	}
	wait_count(&n_ready, (int)nworkers);
	printf("ready %d ", getpid());
	for (long i = 0; i < nworkers; i++)
		printf("%s%d", i ? "," : "", workers[i].tid);
	printf("\n");
	fflush(stdout);
	if (!run_counted_window((int)nworkers))
		return 2;
	release_after_last_line();
	for (long i = 0; i < nworkers; i++) {
		pthread_join(workers[i].thread, NULL);
		if (workers[i].bad) {
			fprintf(stderr, "lkl_server: worker %ld: %ld unexpected returns\n", i, workers[i].bad);
			rc = 1;
		}
	}
	return rc;
}
