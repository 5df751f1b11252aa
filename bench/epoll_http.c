/*
 * epoll_http: minimal HTTP/1.1 keep-alive server for stackprof overhead
 * benchmarks (bench/http-server.sh).
 *
 *   epoll_http [port]          (default 0: an ephemeral port)
 *
 * One thread, one epoll instance, non-blocking sockets, 127.0.0.1 only.
 * Every complete request (anything up to and including "\r\n\r\n"; request
 * bodies are not supported) gets the same fixed keep-alive response
 *   HTTP/1.1 200 OK, Content-Length: 13, "Hello, world\n"
 * Pipelined requests are answered in order.
 *
 * Prints one line {"port":P,"pid":PID} on stdout once listening (the same
 * line src/demo/server.mjs prints). Exits 0 on SIGTERM/SIGINT and when stdin
 * (if it is a pipe or socket) reaches EOF, so it never outlives its caller.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_EVENTS 256
#define BUF_SIZE 16384

static const char RESPONSE[] =
	"HTTP/1.1 200 OK\r\n"
	"Content-Type: text/plain\r\n"
	"Content-Length: 13\r\n"
	"Connection: keep-alive\r\n"
	"\r\n"
	"Hello, world\n";
#define RESPONSE_LEN (sizeof(RESPONSE) - 1)

/* Per-connection state; indexed by fd. */
struct conn {
	int open;
	size_t in_len;      /* bytes of a partial request kept in in[] */
	char in[BUF_SIZE];
	size_t out_len;     /* pending response bytes not yet written */
	size_t out_off;
	char *out;
	size_t out_cap;
};

static struct conn **conns;
static int conns_cap;
static int ep;

static struct conn *conn_get(int fd)
{
	if (fd >= conns_cap) {
		int cap = conns_cap ? conns_cap : 1024;
		while (cap <= fd)
			cap *= 2;
		struct conn **n = realloc(conns, (size_t)cap * sizeof *n);
		if (!n) {
			perror("realloc");
			exit(1);
		}
		memset(n + conns_cap, 0, (size_t)(cap - conns_cap) * sizeof *n);
		conns = n;
		conns_cap = cap;
	}
	if (!conns[fd]) {
		conns[fd] = calloc(1, sizeof(struct conn));
		if (!conns[fd]) {
			perror("calloc");
			exit(1);
		}
	}
	return conns[fd];
}

static void conn_close(int fd)
{
	struct conn *c = conns[fd];
	epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
	close(fd);
	c->open = 0;
	c->in_len = 0;
	c->out_len = 0;
	c->out_off = 0;
}

/* Queue n responses; returns 0, or -1 on allocation failure. */
static int queue_responses(struct conn *c, int n)
{
	size_t need = c->out_len + (size_t)n * RESPONSE_LEN;
	if (c->out_off > 0 && c->out_len > 0)
		memmove(c->out, c->out + c->out_off, c->out_len);
	c->out_off = 0;
	if (need > c->out_cap) {
		size_t cap = c->out_cap ? c->out_cap : 4096;
		while (cap < need)
			cap *= 2;
		char *p = realloc(c->out, cap);
		if (!p)
			return -1;
		c->out = p;
		c->out_cap = cap;
	}
	for (int i = 0; i < n; i++) {
		memcpy(c->out + c->out_len, RESPONSE, RESPONSE_LEN);
		c->out_len += RESPONSE_LEN;
	}
	return 0;
}

/* Write what is pending; 0 = all written, 1 = would block, -1 = error. */
static int flush_out(int fd, struct conn *c)
{
	while (c->out_len > 0) {
		ssize_t w = write(fd, c->out + c->out_off, c->out_len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return 1;
			return -1;
		}
		c->out_off += (size_t)w;
		c->out_len -= (size_t)w;
	}
	c->out_off = 0;
	return 0;
}

static void on_readable(int fd)
{
	struct conn *c = conns[fd];
	for (;;) {
		if (c->in_len == sizeof c->in) { /* header too large */
			conn_close(fd);
			return;
		}
		size_t avail = sizeof c->in - c->in_len;
		ssize_t r = read(fd, c->in + c->in_len, avail);
		if (r == 0) {
			conn_close(fd);
			return;
		}
		if (r < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				break;
			conn_close(fd);
			return;
		}
		c->in_len += (size_t)r;
		/* Count complete requests; keep the partial tail. */
		int complete = 0;
		size_t start = 0;
		for (;;) {
			char *end = memmem(c->in + start, c->in_len - start, "\r\n\r\n", 4);
			if (!end)
				break;
			complete++;
			start = (size_t)(end - c->in) + 4;
		}
		if (start > 0) {
			memmove(c->in, c->in + start, c->in_len - start);
			c->in_len -= start;
		}
		if (complete > 0 && queue_responses(c, complete) < 0) {
			conn_close(fd);
			return;
		}
		if ((size_t)r < avail)
			break; /* short read: the socket is drained, skip the EAGAIN read */
	}
	int rc = flush_out(fd, c);
	if (rc < 0) {
		conn_close(fd);
		return;
	}
	struct epoll_event ev = {.events = EPOLLIN | (rc == 1 ? EPOLLOUT : 0), .data.fd = fd};
	if (rc == 1)
		epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
}

static void on_writable(int fd)
{
	struct conn *c = conns[fd];
	int rc = flush_out(fd, c);
	if (rc < 0) {
		conn_close(fd);
		return;
	}
	if (rc == 0) {
		struct epoll_event ev = {.events = EPOLLIN, .data.fd = fd};
		epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
	}
}

int main(int argc, char **argv)
{
	int port = 0;
	if (argc > 2 || (argc == 2 && (port = atoi(argv[1])) < 0)) {
		fprintf(stderr, "usage: %s [port]\n", argv[0]);
		return 64;
	}
	signal(SIGPIPE, SIG_IGN);
	/* A shell starts background jobs with SIGINT ignored; an ignored signal
	 * is never queued to a signalfd, so restore the default first. */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);

	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGTERM);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	int sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);

	int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	int one = 1;
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(lfd, 1024) < 0) {
		perror("bind/listen");
		return 1;
	}
	socklen_t alen = sizeof addr;
	getsockname(lfd, (struct sockaddr *)&addr, &alen);

	ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = {.events = EPOLLIN, .data.fd = lfd};
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	ev.data.fd = sfd;
	epoll_ctl(ep, EPOLL_CTL_ADD, sfd, &ev);

	struct stat st;
	int watch_stdin = fstat(0, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
	if (watch_stdin) {
		ev.events = EPOLLIN | EPOLLRDHUP;
		ev.data.fd = 0;
		epoll_ctl(ep, EPOLL_CTL_ADD, 0, &ev);
	}

	printf("{\"port\":%d,\"pid\":%d}\n", ntohs(addr.sin_port), (int)getpid());
	fflush(stdout);

	struct epoll_event events[MAX_EVENTS];
	for (;;) {
		int n = epoll_wait(ep, events, MAX_EVENTS, -1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("epoll_wait");
			return 1;
		}
		for (int i = 0; i < n; i++) {
			int fd = events[i].data.fd;
			if (fd == sfd)
				return 0;
			if (fd == 0) {
				char buf[256];
				ssize_t r = read(0, buf, sizeof buf);
				if (r <= 0 && !(r < 0 && (errno == EAGAIN || errno == EINTR)))
					return 0; /* EOF or error on stdin: the caller is gone */
				continue;
			}
			if (fd == lfd) {
				for (;;) {
					int cfd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
					if (cfd < 0)
						break;
					setsockopt(cfd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
					struct conn *c = conn_get(cfd);
					c->open = 1;
					c->in_len = c->out_len = c->out_off = 0;
					struct epoll_event cev = {.events = EPOLLIN, .data.fd = cfd};
					epoll_ctl(ep, EPOLL_CTL_ADD, cfd, &cev);
				}
				continue;
			}
			if (fd >= conns_cap || !conns[fd] || !conns[fd]->open)
				continue;
			if (events[i].events & (EPOLLHUP | EPOLLERR)) {
				conn_close(fd);
				continue;
			}
			if (events[i].events & EPOLLOUT)
				on_writable(fd);
			if (fd < conns_cap && conns[fd] && conns[fd]->open && (events[i].events & EPOLLIN))
				on_readable(fd);
		}
	}
}
