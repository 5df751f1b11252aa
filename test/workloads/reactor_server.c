/*
 * reactor_server: thread-per-core HTTP/1.1 keep-alive server (libreactor
 * style) for stackprof's event-loop findings.
 *
 *   reactor_server [--threads N] [--port P] [--wait pwait0|wait|pwait2]
 *                  [--io read|recv] [--busy-poll USEC]
 *   defaults: --threads 2 --port 0 (ephemeral) --wait wait --io read, no busy poll
 *
 * Every thread i is named "reactor-<i>" and owns one epoll instance and one
 * SO_REUSEPORT listener on 127.0.0.1:<port>, so the kernel spreads new
 * connections over the threads and a connection stays on the thread that
 * accepted it. The listeners are bound in thread order by the main thread
 * before the threads start; with --port 0, listener 0 picks the port and the
 * others bind the same one.
 *
 *   --wait pwait0  epoll_pwait(ep, ev, 64, 0, NULL) back to back: a busy spin
 *                  that returns 0 almost every time (the anti-pattern);
 *   --wait wait    epoll_wait(ep, ev, 64, -1);
 *   --wait pwait2  syscall(SYS_epoll_pwait2, ep, ev, 64, {0, 100000}, NULL, 0).
 *   --io read      read()/write() on connections;
 *   --io recv      recv()/send() (the recvfrom/sendto syscalls on x86_64).
 *   --busy-poll U  setsockopt(SO_BUSY_POLL, U) on every accepted socket.
 *
 * Listeners and connections are nonblocking and level-triggered EPOLLIN;
 * accepted sockets get TCP_NODELAY. A request is everything up to and
 * including "\r\n\r\n" (request bodies are not supported); several requests
 * in one read and requests split across reads both work. Every request gets
 * the same fixed response. A connection is closed on EOF or error.
 *
 * stdout: "ready <pid> <port>" once every thread is listening.
 * Exits 0 on a stdin line, stdin EOF, SIGTERM or SIGINT: the main thread
 * raises a stop flag that every loop iteration checks, and makes an eventfd
 * (in every thread's epoll) readable so blocked waits return.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef SYS_epoll_pwait2
#define SYS_epoll_pwait2 441 /* x86_64 */
#endif
#ifndef SO_BUSY_POLL
#define SO_BUSY_POLL 46
#endif

#define MAX_THREADS 256
#define MAX_EVENTS 64

enum wait_mode { W_PWAIT0, W_WAIT, W_PWAIT2 };
enum io_mode { IO_READ, IO_RECV };

static int n_threads = 2;
static int port;
static enum wait_mode wait_mode = W_WAIT;
static enum io_mode io_mode = IO_READ;
static long busy_poll_usec; /* 0: leave SO_BUSY_POLL alone */

static const char response[] =
	"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok";
#define RESP_LEN (sizeof response - 1)
/* RESP_REPEAT copies back to back: a pipelined batch is sent from here in as
 * few writes as possible, without building a per-connection output buffer. */
#define RESP_REPEAT 64
static char responses[RESP_REPEAT * RESP_LEN];

struct conn {
	int fd;
	int matched;     /* bytes of "\r\n\r\n" matched so far (0..3) */
	int out_mode;    /* registered for EPOLLOUT instead of EPOLLIN */
	size_t off;      /* bytes of the first owed response already sent */
	long owed;       /* responses not yet fully sent */
};

struct reactor {
	pthread_t thread;
	int index;
	int lfd;
	int ep;
	char name[16];
} __attribute__((aligned(64)));

static struct reactor reactors[MAX_THREADS];
static atomic_int stop;
static int wake_fd; /* eventfd: readable (never drained) once stop is set */
/* Distinct addresses used as epoll tags; connections use their struct conn. */
static char listen_tag, wake_tag;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int n_ready, n_failed;

static atomic_int busy_poll_warned;

static ssize_t conn_read(int fd, char *buf, size_t len)
{
	return io_mode == IO_RECV ? recv(fd, buf, len, 0) : read(fd, buf, len);
}

static ssize_t conn_write(int fd, const char *buf, size_t len)
{
	return io_mode == IO_RECV ? send(fd, buf, len, 0) : write(fd, buf, len);
}

static void conn_close(struct conn *c)
{
	close(c->fd); /* also removes it from the epoll set: never dup'ed */
	free(c);
}

static int set_interest(int ep, struct conn *c, int out)
{
	struct epoll_event ev = { .events = out ? EPOLLOUT : EPOLLIN, .data.ptr = c };
	if (epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev) < 0)
		return -1;
	c->out_mode = out;
	return 0;
}

/* Send what is owed. While the socket is full, wait for EPOLLOUT and stop
 * reading, so a client that pipelines without reading cannot grow our state.
 * Returns -1 if the connection must be closed. */
static int flush(int ep, struct conn *c)
{
	while (c->owed > 0) {
		size_t left = (size_t)c->owed * RESP_LEN - c->off;
		size_t chunk = sizeof responses - c->off;
		if (chunk > left)
			chunk = left;
		ssize_t w = conn_write(c->fd, responses + c->off, chunk);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return c->out_mode ? 0 : set_interest(ep, c, 1);
			return -1;
		}
		c->off += (size_t)w;
		c->owed -= (long)(c->off / RESP_LEN);
		c->off %= RESP_LEN;
	}
	return c->out_mode ? set_interest(ep, c, 0) : 0;
}

static void on_readable(int ep, struct conn *c, char *buf, size_t cap)
{
	ssize_t n = conn_read(c->fd, buf, cap);
	if (n < 0) {
		if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
			return;
		conn_close(c);
		return;
	}
	if (n == 0) {
		/* Peer half-closed: answer what it already sent, best effort. */
		(void)flush(ep, c);
		conn_close(c);
		return;
	}
	/* Match "\r\n\r\n" byte by byte so a terminator split across reads is
	 * found without buffering the request. On a mismatch the only prefix
	 * that can restart the match is a lone '\r'. */
	static const char term[4] = { '\r', '\n', '\r', '\n' };
	int m = c->matched;
	for (ssize_t i = 0; i < n; i++) {
		if (buf[i] == term[m]) {
			if (++m == 4) {
				c->owed++;
				m = 0;
			}
		} else {
			m = buf[i] == '\r';
		}
	}
	c->matched = m;
	if (c->owed > 0 && flush(ep, c) < 0)
		conn_close(c);
}

static void on_accept(struct reactor *r)
{
	int one = 1;
	for (;;) {
		int fd = accept4(r->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			if (errno != EAGAIN && errno != EWOULDBLOCK)
				fprintf(stderr, "reactor_server: %s: accept4: %s\n", r->name, strerror(errno));
			return;
		}
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		if (busy_poll_usec > 0) {
			int v = (int)busy_poll_usec;
			if (setsockopt(fd, SOL_SOCKET, SO_BUSY_POLL, &v, sizeof v) < 0 &&
			    atomic_exchange(&busy_poll_warned, 1) == 0)
				fprintf(stderr, "reactor_server: setsockopt(SO_BUSY_POLL, %d): %s\n",
					v, strerror(errno));
		}
		struct conn *c = calloc(1, sizeof *c);
		struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
		if (!c || epoll_ctl(r->ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
			fprintf(stderr, "reactor_server: %s: cannot register connection: %s\n",
				r->name, c ? strerror(errno) : "out of memory");
			free(c);
			close(fd);
			continue;
		}
		c->fd = fd;
	}
}

static int reactor_setup(struct reactor *r)
{
	r->ep = epoll_create1(EPOLL_CLOEXEC);
	if (r->ep < 0)
		return -1;
	struct epoll_event lev = { .events = EPOLLIN, .data.ptr = &listen_tag };
	struct epoll_event wev = { .events = EPOLLIN, .data.ptr = &wake_tag };
	if (epoll_ctl(r->ep, EPOLL_CTL_ADD, r->lfd, &lev) < 0 ||
	    epoll_ctl(r->ep, EPOLL_CTL_ADD, wake_fd, &wev) < 0)
		return -1;
	return 0;
}

static void *reactor_main(void *arg)
{
	struct reactor *r = arg;
	snprintf(r->name, sizeof r->name, "reactor-%d", r->index);
	pthread_setname_np(pthread_self(), r->name);

	int ok = reactor_setup(r) == 0;
	if (!ok)
		fprintf(stderr, "reactor_server: %s: epoll setup: %s\n", r->name, strerror(errno));
	pthread_mutex_lock(&mu);
	if (ok)
		n_ready++;
	else
		n_failed++;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
	if (!ok)
		return NULL;

	static const struct timespec ts_100us = { 0, 100000 };
	struct epoll_event ev[MAX_EVENTS];
	char buf[16384];

	/* The flag is checked every iteration so that --wait pwait0, which never
	 * blocks, also stops; blocking modes are woken by wake_fd. */
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		int n;
		switch (wait_mode) {
		case W_PWAIT0:
			n = epoll_pwait(r->ep, ev, MAX_EVENTS, 0, NULL);
			break;
		case W_PWAIT2:
			n = (int)syscall(SYS_epoll_pwait2, r->ep, ev, MAX_EVENTS, &ts_100us, NULL, 0);
			break;
		default:
			n = epoll_wait(r->ep, ev, MAX_EVENTS, -1);
			break;
		}
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "reactor_server: %s: epoll wait: %s\n", r->name, strerror(errno));
			break;
		}
		for (int i = 0; i < n; i++) {
			void *p = ev[i].data.ptr;
			if (p == &listen_tag) {
				on_accept(r);
			} else if (p == &wake_tag) {
				/* stop is set; the loop condition ends the thread. */
			} else {
				struct conn *c = p;
				if (c->out_mode) {
					if (flush(r->ep, c) < 0)
						conn_close(c);
				} else {
					on_readable(r->ep, c, buf, sizeof buf);
				}
			}
		}
	}
	/* Connections are left to process exit. */
	return NULL;
}

static int open_listener(int want_port)
{
	int one = 1;
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)want_port) };
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0 ||
	    bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 ||
	    listen(fd, SOMAXCONN) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

static long parse_num(const char *s, const char *what, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = s ? strtol(s, &end, 10) : 0;
	if (!s || errno || *s == '\0' || *end != '\0' || v < lo || v > hi) {
		fprintf(stderr, "reactor_server: bad %s '%s' (%ld..%ld)\n", what, s ? s : "", lo, hi);
		exit(64);
	}
	return v;
}

static void usage(const char *argv0)
{
	fprintf(stderr, "usage: %s [--threads N] [--port P] [--wait pwait0|wait|pwait2]"
		" [--io read|recv] [--busy-poll USEC]\n", argv0);
	exit(64);
}

static void parse_args(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
		if (!val)
			usage(argv[0]);
		i++;
		if (strcmp(opt, "--threads") == 0) {
			n_threads = (int)parse_num(val, "--threads", 1, MAX_THREADS);
		} else if (strcmp(opt, "--port") == 0) {
			port = (int)parse_num(val, "--port", 0, 65535);
		} else if (strcmp(opt, "--busy-poll") == 0) {
			busy_poll_usec = parse_num(val, "--busy-poll", 0, 2147483647);
		} else if (strcmp(opt, "--wait") == 0) {
			if (strcmp(val, "pwait0") == 0)
				wait_mode = W_PWAIT0;
			else if (strcmp(val, "wait") == 0)
				wait_mode = W_WAIT;
			else if (strcmp(val, "pwait2") == 0)
				wait_mode = W_PWAIT2;
			else
				usage(argv[0]);
		} else if (strcmp(opt, "--io") == 0) {
			if (strcmp(val, "read") == 0)
				io_mode = IO_READ;
			else if (strcmp(val, "recv") == 0)
				io_mode = IO_RECV;
			else
				usage(argv[0]);
		} else {
			usage(argv[0]);
		}
	}
}

/* Blocks until a stdin line, stdin EOF, SIGTERM or SIGINT. */
static void wait_for_exit(int sfd)
{
	struct pollfd pfd[2] = {
		{ .fd = STDIN_FILENO, .events = POLLIN },
		{ .fd = sfd, .events = POLLIN },
	};
	char buf[256];
	for (;;) {
		if (poll(pfd, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		if (pfd[1].revents)
			return;
		if (pfd[0].revents) {
			ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0 || memchr(buf, '\n', (size_t)n))
				return;
		}
	}
}

int main(int argc, char **argv)
{
	parse_args(argc, argv);

	for (int i = 0; i < RESP_REPEAT; i++)
		memcpy(responses + i * RESP_LEN, response, RESP_LEN);

	/* Writes to a connection the peer already closed must fail with EPIPE,
	 * not kill the server. SIGTERM/SIGINT are blocked before any thread
	 * exists (so every thread inherits the mask) and taken from a signalfd
	 * by the main thread only. */
	signal(SIGPIPE, SIG_IGN);
	sigset_t sigs;
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	int sfd = signalfd(-1, &sigs, SFD_CLOEXEC);
	wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (sfd < 0 || wake_fd < 0) {
		perror("reactor_server: signalfd/eventfd");
		return 1;
	}

	for (int i = 0; i < n_threads; i++) {
		reactors[i].index = i;
		reactors[i].lfd = open_listener(port);
		if (reactors[i].lfd < 0) {
			fprintf(stderr, "reactor_server: listener %d on 127.0.0.1:%d: %s\n",
				i, port, strerror(errno));
			return 1;
		}
		if (port == 0) {
			struct sockaddr_in sa;
			socklen_t len = sizeof sa;
			if (getsockname(reactors[i].lfd, (struct sockaddr *)&sa, &len) < 0) {
				perror("reactor_server: getsockname");
				return 1;
			}
			port = ntohs(sa.sin_port);
		}
	}

	int started = 0;
	for (; started < n_threads; started++) {
		int err = pthread_create(&reactors[started].thread, NULL, reactor_main,
					 &reactors[started]);
		if (err) {
			fprintf(stderr, "reactor_server: pthread_create: %s\n", strerror(err));
			break;
		}
	}
	pthread_mutex_lock(&mu);
	while (n_ready + n_failed < started)
		pthread_cond_wait(&cv, &mu);
	int ok = started == n_threads && n_failed == 0;
	pthread_mutex_unlock(&mu);

	if (ok) {
		printf("ready %d %d\n", (int)getpid(), port);
		fflush(stdout);
		wait_for_exit(sfd);
	}

	atomic_store(&stop, 1);
	uint64_t one = 1;
	if (write(wake_fd, &one, sizeof one) != sizeof one)
		perror("reactor_server: eventfd write");
	for (int i = 0; i < started; i++)
		pthread_join(reactors[i].thread, NULL);
	return ok ? 0 : 1;
}
