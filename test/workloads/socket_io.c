/*
 * socket_io: exact socket / file I/O syscall workload.
 *
 *   socket_io [N1 N2 N3 N4 N5 N6 N7]    (defaults 1000 500 300 200 100 150 250)
 *
 * Before "ready" the main thread sets up (none of this is counted):
 *   tcp_a/tcp_b   a TCP loopback connection (listen on 127.0.0.1:0, connect,
 *                 accept; TCP_NODELAY on both; the listener is closed again).
 *                 tcp_a is the connecting end, tcp_b the accepted one.
 *   udp_a/udp_b   two UDP sockets bound on 127.0.0.1 and connected to each other
 *   unix_a/unix_b socketpair(AF_UNIX, SOCK_STREAM)
 *   devnull       /dev/null opened for writing, devzero /dev/zero for reading
 *
 * Protocol (stdin/stdout, one line each):
 *   1. The worker thread names itself "sockio-worker", records its tid, parks.
 *   2. stdout: "ready <pid> <worker_tid>"
 *   3. stdin:  any line  -- "go". (EOF instead of a line: exit 2, no work.)
 *   4. The worker makes, in this order, exactly:
 *        setsockopt(tcp_b, SOL_SOCKET, SO_BUSY_POLL, 50)
 *        setsockopt(tcp_b, SOL_SOCKET, SO_PREFER_BUSY_POLL, 1)
 *        setsockopt(tcp_b, SOL_SOCKET, SO_BUSY_POLL_BUDGET, 16)
 *        N1 x { write(tcp_a, 64 bytes);  read(tcp_b, buf, 64) -> 64 }
 *        N2 x { send(tcp_a, 1000 bytes, 0); recv(tcp_b, buf, 1000, MSG_WAITALL) -> 1000 }
 *        N3 x { writev(tcp_a, 16+16 bytes); readv(tcp_b, one 32-byte iovec) -> 32 }
 *        N4 x write(devnull, 4096 bytes)
 *        N5 x read(devzero, 4096 bytes)
 *        N6 x { sendto(udp_a, 200 bytes, 0, NULL, 0); recvfrom(udp_b, buf, 200, 0, NULL, NULL) -> 200 }
 *        N6 x { sendmsg(udp_a, one 300-byte iovec); recvmsg(udp_b) -> 300 }
 *        N7 x { write(unix_a, 8 bytes); read(unix_b, buf, 8) -> 8 }
 *      glibc on x86_64 has no send/recv syscalls: send() is the sendto
 *      syscall and recv() is recvfrom (see README for the per-syscall sums).
 *   5. stdout: "done"   -- the worker is parked, alive and named.
 *   6. stdin:  a second line or EOF -- the worker is released, joined, exit 0.
 *
 * Only one message is ever in flight, and the reader asks for exactly its
 * size, so every read is a single syscall; a short read is not retried (that
 * would change the count) but reported as an anomaly. Between "go" and
 * "done" the worker makes only the calls above plus futex(). Any unexpected
 * return is reported on stderr after "done" and makes the exit status 1.
 * SO_PREFER_BUSY_POLL=1 and raising SO_BUSY_POLL_BUDGET need CAP_NET_ADMIN:
 * without it those two fail with EPERM (still 3 setsockopt calls; exit 1).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "handshake.h"

/* Older libc headers lack the busy-poll socket options (asm-generic values). */
#ifndef SO_BUSY_POLL
#define SO_BUSY_POLL 46
#endif
#ifndef SO_PREFER_BUSY_POLL
#define SO_PREFER_BUSY_POLL 69
#endif
#ifndef SO_BUSY_POLL_BUDGET
#define SO_BUSY_POLL_BUDGET 70
#endif

static long n1 = 1000, n2 = 500, n3 = 300, n4 = 200, n5 = 100, n6 = 150, n7 = 250;

static int tcp_a = -1, tcp_b = -1, udp_a = -1, udp_b = -1;
static int unix_a = -1, unix_b = -1, devnull = -1, devzero = -1;
static pid_t worker_tid;


/* Anomalies, per step, reported by main after "done". */
enum {
	S_SETSOCKOPT, S_TCP_WRITE, S_TCP_READ, S_TCP_SEND, S_TCP_RECV,
	S_TCP_WRITEV, S_TCP_READV, S_NULL_WRITE, S_ZERO_READ, S_UDP_SENDTO,
	S_UDP_RECVFROM, S_UDP_SENDMSG, S_UDP_RECVMSG, S_UNIX_WRITE, S_UNIX_READ,
	NSTEP
};
static const char *const step_name[NSTEP] = {
	"setsockopt(busy poll)", "write(tcp)", "read(tcp)", "send(tcp)",
	"recv(tcp)", "writev(tcp)", "readv(tcp)", "write(/dev/null)",
	"read(/dev/zero)", "sendto(udp)", "recvfrom(udp)", "sendmsg(udp)",
	"recvmsg(udp)", "write(unix)", "read(unix)",
};
static long bad[NSTEP];
static long first_ret[NSTEP];
static int first_errno[NSTEP];

static void check(int step, long ret, long want)
{
	if (ret == want)
		return;
	if (bad[step]++ == 0) {
		first_ret[step] = ret;
		first_errno[step] = ret < 0 ? errno : 0;
	}
}

/* Static so the worker's counted window touches no allocator (no mmap/brk). */
static char out[4096], in[4096];

static void *worker(void *arg)
{
	(void)arg;
	pthread_setname_np(pthread_self(), "sockio-worker");
	worker_tid = (pid_t)syscall(SYS_gettid); /* before go: not counted */
	park_until(&go, &n_ready);

	/* Inside the window on purpose: the profiler should see these three. */
	int v = 50;
	check(S_SETSOCKOPT, setsockopt(tcp_b, SOL_SOCKET, SO_BUSY_POLL, &v, sizeof v), 0);
	v = 1;
	check(S_SETSOCKOPT, setsockopt(tcp_b, SOL_SOCKET, SO_PREFER_BUSY_POLL, &v, sizeof v), 0);
	v = 16;
	check(S_SETSOCKOPT, setsockopt(tcp_b, SOL_SOCKET, SO_BUSY_POLL_BUDGET, &v, sizeof v), 0);

	for (long i = 0; i < n1; i++) {
		check(S_TCP_WRITE, write(tcp_a, out, 64), 64);
		check(S_TCP_READ, read(tcp_b, in, 64), 64);
	}
	for (long i = 0; i < n2; i++) {
		check(S_TCP_SEND, send(tcp_a, out, 1000, 0), 1000);
		check(S_TCP_RECV, recv(tcp_b, in, 1000, MSG_WAITALL), 1000);
	}
	for (long i = 0; i < n3; i++) {
		struct iovec wv[2] = { { out, 16 }, { out + 16, 16 } };
		struct iovec rv[1] = { { in, 32 } };
		check(S_TCP_WRITEV, writev(tcp_a, wv, 2), 32);
		check(S_TCP_READV, readv(tcp_b, rv, 1), 32);
	}
	for (long i = 0; i < n4; i++)
		check(S_NULL_WRITE, write(devnull, out, 4096), 4096);
	for (long i = 0; i < n5; i++)
		check(S_ZERO_READ, read(devzero, in, 4096), 4096);
	for (long i = 0; i < n6; i++) {
		check(S_UDP_SENDTO, sendto(udp_a, out, 200, 0, NULL, 0), 200);
		check(S_UDP_RECVFROM, recvfrom(udp_b, in, 200, 0, NULL, NULL), 200);
	}
	for (long i = 0; i < n6; i++) {
		struct iovec wv = { out, 300 };
		struct iovec rv = { in, sizeof in }; /* larger than the datagram */
		struct msghdr wm = { .msg_iov = &wv, .msg_iovlen = 1 };
		struct msghdr rm = { .msg_iov = &rv, .msg_iovlen = 1 };
		check(S_UDP_SENDMSG, sendmsg(udp_a, &wm, 0), 300);
		check(S_UDP_RECVMSG, recvmsg(udp_b, &rm, 0), 300);
	}
	for (long i = 0; i < n7; i++) {
		check(S_UNIX_WRITE, write(unix_a, out, 8), 8);
		check(S_UNIX_READ, read(unix_b, in, 8), 8);
	}

	park_until(&release_, &n_finished);
	/* The fds are deliberately never closed: process exit releases them. */
	return NULL;
}

static void die(const char *what)
{
	fprintf(stderr, "socket_io: %s: %s\n", what, strerror(errno));
	exit(1);
}

static struct sockaddr_in loopback_any_port(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = 0 };
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return sa;
}

static void bind_loopback(int fd, struct sockaddr_in *bound)
{
	struct sockaddr_in sa = loopback_any_port();
	socklen_t len = sizeof *bound;
	if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
		die("bind 127.0.0.1:0");
	if (getsockname(fd, (struct sockaddr *)bound, &len) < 0)
		die("getsockname");
}

static void setup(void)
{
	int one = 1;
	struct sockaddr_in la, ua, ub;

	int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (lfd < 0)
		die("socket(tcp)");
	bind_loopback(lfd, &la);
	if (listen(lfd, 1) < 0)
		die("listen");
	tcp_a = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (tcp_a < 0)
		die("socket(tcp)");
	/* Blocking connect to a listening loopback socket completes via the
	 * backlog, so accept() afterwards does not block. */
	if (connect(tcp_a, (struct sockaddr *)&la, sizeof la) < 0)
		die("connect");
	tcp_b = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	if (tcp_b < 0)
		die("accept4");
	close(lfd);
	if (setsockopt(tcp_a, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) < 0 ||
	    setsockopt(tcp_b, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) < 0)
		die("setsockopt(TCP_NODELAY)");

	udp_a = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	udp_b = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (udp_a < 0 || udp_b < 0)
		die("socket(udp)");
	bind_loopback(udp_a, &ua);
	bind_loopback(udp_b, &ub);
	if (connect(udp_a, (struct sockaddr *)&ub, sizeof ub) < 0 ||
	    connect(udp_b, (struct sockaddr *)&ua, sizeof ua) < 0)
		die("connect(udp)");

	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		die("socketpair");
	unix_a = sv[0];
	unix_b = sv[1];

	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (devnull < 0)
		die("open /dev/null");
	devzero = open("/dev/zero", O_RDONLY | O_CLOEXEC);
	if (devzero < 0)
		die("open /dev/zero");

	memset(out, 'x', sizeof out);
}

int main(int argc, char **argv)
{
	if (argc != 1 && argc != 8) {
		fprintf(stderr, "usage: %s [N1 N2 N3 N4 N5 N6 N7]\n", argv[0]);
		return 64;
	}
	if (argc == 8) {
		n1 = parse_count_of("socket_io", argv[1], "N1");
		n2 = parse_count_of("socket_io", argv[2], "N2");
		n3 = parse_count_of("socket_io", argv[3], "N3");
		n4 = parse_count_of("socket_io", argv[4], "N4");
		n5 = parse_count_of("socket_io", argv[5], "N5");
		n6 = parse_count_of("socket_io", argv[6], "N6");
		n7 = parse_count_of("socket_io", argv[7], "N7");
	}

	setup();

	pthread_t t;
	int err = pthread_create(&t, NULL, worker, NULL);
	if (err) {
		fprintf(stderr, "socket_io: pthread_create: %s\n", strerror(err));
		return 1;
	}
	wait_count(&n_ready, 1);

	printf("ready %d %d\n", (int)getpid(), (int)worker_tid);
	fflush(stdout);
	if (!run_counted_window(1))
		return 2; /* no go: exit without doing the counted work */

	int status = 0;
	for (int i = 0; i < NSTEP; i++) {
		if (!bad[i])
			continue;
		fprintf(stderr, "socket_io: %s: %ld unexpected results (first returned %ld, %s)\n",
			step_name[i], bad[i], first_ret[i],
			first_errno[i] ? strerror(first_errno[i]) : "no error");
		status = 1;
	}

	release_after_last_line();
	pthread_join(t, NULL);
	return status;
}
