/*
 * write_loop: per-write cost baseline for the fd-kind lookup benchmark
 * (bench/fd-lookup.sh).
 *
 *   write_loop <target> <n>
 *
 * Makes exactly n write(fd, buf, 1) calls in a tight loop, timed with
 * clock_gettime(CLOCK_MONOTONIC) around the loop, and prints
 *   calls=<n> ns_per_call=<float> target=<target> fd=<fd> short=<writes that did not return 1>
 * Targets (all set up before "ready", so the timed loop is writes only):
 *   devnull      fd = open("/dev/null", O_WRONLY): a character device, the
 *                eventloop probe's "other" kind after a look at the inode
 *   udp          a UDP socket on 127.0.0.1 connect()ed to a second UDP socket
 *                bound on 127.0.0.1 that is never read: an AF_INET socket,
 *                every write sends a datagram through loopback and the
 *                receiver drops it once its receive buffer is full (the
 *                write still returns 1). No second process, no wake-ups,
 *                but every write goes through the whole UDP/IP stack
 *                (3.4-4.1 us here)
 *   udp-drain    the same, and a forked child process (another tgid, so not
 *                traced) reads the receiving socket flat out
 *   tcp          a TCP connection over 127.0.0.1 (TCP_NODELAY: every write
 *                is a segment) whose peer is a forked child process that
 *                reads it flat out
 *   tcp-nagle    the same without TCP_NODELAY
 *   tcp-cork     the same with TCP_CORK: writes only append to the send
 *                queue, one full segment leaves per ~64 KiB, so the peer
 *                wakes up rarely. The cheapest and steadiest inet-socket
 *                write (about 1 us here; the one bench/fd-lookup.sh uses)
 * The child of udp-drain / tcp / tcp-nagle / tcp-cork resets its CPU affinity to every
 * CPU the parent was not pinned to (all CPUs when that leaves none), so
 * pinning the loop with taskset does not pin its peer to the same CPU. The
 * child is killed when the loop is done (and dies with its parent).
 *
 * With WAIT_FOR_GO=1 in the environment it first prints "ready <pid>" and
 * waits for one line on stdin (EOF: exit 2 without running), so a profiler
 * can attach before the timed loop starts.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "wait_for_go.h"

static void fail(const char *what)
{
	fprintf(stderr, "write_loop: %s: %s\n", what, strerror(errno));
	exit(1);
}

static struct sockaddr_in loopback_any(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0 };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

/* A child process that reads fd flat out; it closes its copy of the
 * writing end. */
static pid_t start_drainer(int fd, int keep_closed, cpu_set_t *parent_cpus)
{
	pid_t parent = getpid();
	pid_t pid = fork();

	if (pid < 0)
		fail("fork");
	if (pid > 0)
		return pid;
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(0);
	close(keep_closed);     /* the writing end: only the parent may hold it */
	cpu_set_t others;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	CPU_ZERO(&others);
	for (long c = 0; c < ncpu && c < CPU_SETSIZE; c++)
		if (!CPU_ISSET(c, parent_cpus))
			CPU_SET(c, &others);
	if (CPU_COUNT(&others) == 0)
		for (long c = 0; c < ncpu && c < CPU_SETSIZE; c++)
			CPU_SET(c, &others);
	sched_setaffinity(0, sizeof(others), &others);
	static char buf[1 << 16];
	for (;;) {
		ssize_t got = read(fd, buf, sizeof(buf));

		if (got == 0)
			_exit(0);
		if (got < 0 && errno != EINTR)
			_exit(0);
	}
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s devnull|udp|udp-drain|tcp|tcp-nagle|tcp-cork <n>\n", argv[0]);
		return 64;
	}
	const char *target = argv[1];
	char *end;
	long long n = strtoll(argv[2], &end, 10);
	if (*argv[2] == '\0' || *end != '\0' || n < 1) {
		fprintf(stderr, "write_loop: n must be a positive integer\n");
		return 64;
	}

	cpu_set_t cpus;
	CPU_ZERO(&cpus);
	if (sched_getaffinity(0, sizeof(cpus), &cpus) < 0)
		fail("sched_getaffinity");
	signal(SIGPIPE, SIG_IGN);

	int fd = -1;
	pid_t drainer = -1;
	if (strcmp(target, "devnull") == 0) {
		fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
		if (fd < 0)
			fail("open /dev/null");
	} else if (strcmp(target, "udp") == 0 || strcmp(target, "udp-drain") == 0) {
		struct sockaddr_in a = loopback_any();
		socklen_t len = sizeof(a);
		int rx = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

		if (rx < 0 || bind(rx, (struct sockaddr *)&a, sizeof(a)) < 0 ||
		    getsockname(rx, (struct sockaddr *)&a, &len) < 0)
			fail("receiving UDP socket");
		fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
		if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0)
			fail("sending UDP socket");
		if (strcmp(target, "udp-drain") == 0) {
			drainer = start_drainer(rx, fd, &cpus);
			close(rx);
		}
		/* udp: rx stays open and unread, so the datagrams are dropped
		 * at its full receive buffer. */
	} else if (strcmp(target, "tcp") == 0 || strcmp(target, "tcp-nagle") == 0 ||
		   strcmp(target, "tcp-cork") == 0) {
		struct sockaddr_in a = loopback_any();
		socklen_t len = sizeof(a);
		int one = 1;
		int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

		if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(lfd, 1) < 0 ||
		    getsockname(lfd, (struct sockaddr *)&a, &len) < 0)
			fail("listening TCP socket");
		fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0)
			fail("connect");
		int peer = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
		if (peer < 0)
			fail("accept");
		close(lfd);
		if (strcmp(target, "tcp") == 0 && setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) < 0)
			fail("TCP_NODELAY");
		if (strcmp(target, "tcp-cork") == 0 && setsockopt(fd, IPPROTO_TCP, TCP_CORK, &one, sizeof(one)) < 0)
			fail("TCP_CORK");
		drainer = start_drainer(peer, fd, &cpus);
		close(peer);
	} else {
		fprintf(stderr, "write_loop: unknown target '%s'\n", target);
		return 64;
	}

	if (!wait_for_go())
		return 2;

	static const char byte = 'x';
	long long short_writes = 0;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long long i = 0; i < n; i++)
		if (write(fd, &byte, 1) != 1)
			short_writes++;
	clock_gettime(CLOCK_MONOTONIC, &t1);

	double ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
	printf("calls=%lld ns_per_call=%.2f target=%s fd=%d short=%lld\n", n, ns / (double)n, target, fd,
	       short_writes);
	fflush(stdout);
	close(fd);
	if (drainer > 0) {
		kill(drainer, SIGKILL);   /* a UDP reader never sees an end */
		waitpid(drainer, NULL, 0);
	}
	return 0;
}
