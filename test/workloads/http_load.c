/*
 * http_load: bounded keep-alive HTTP/1.1 load client for loopback servers.
 *
 *   http_load --port P --connections C --requests N
 *             [--host 127.0.0.1] [--timeout-s 30]
 *
 * Opens C connections to host:P from one thread and one epoll instance and
 * keeps one request in flight per connection ("GET / HTTP/1.1" with a Host
 * header) until exactly N requests have been sent in total. A response is
 * complete once its headers and Content-Length body bytes have arrived; a
 * complete "200" response counts as a response, anything else as an error.
 *
 * stdout at the end: "done <responses> <errors> <elapsed_seconds>"
 * Exit status: 0 if responses == N, 1 otherwise (errors, or the timeout
 * expired: it never runs longer than --timeout-s), 64 for bad arguments,
 * including a --host that is not a numeric loopback address (127.0.0.0/8 or
 * ::1): this tool must never load anything but the local machine.
 *
 * Errors: a failed connect, a reset/closed connection, a malformed response
 * or one without Content-Length each count once, and that connection is
 * dropped (its in-flight request, if any, is not retried). A non-200
 * response counts as an error but the connection is kept. When no usable
 * connection is left the run ends early.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONNECTIONS 10000
#define HDR_CAP 8192 /* response headers larger than this are an error */

enum state { CONNECTING, SENDING, HEADERS, BODY, IDLE, DEAD };

struct conn {
	int fd;
	enum state state;
	size_t sent;      /* bytes of the request written (SENDING) */
	size_t len;       /* bytes in hdr (HEADERS) */
	long body_left;   /* body bytes still to come (BODY) */
	int status;       /* status code of the response being read */
	char hdr[HDR_CAP];
};

static struct conn *conns;
static int n_conns;
static long n_requests = -1;
static long issued, finished, responses, errors;
static int live;
static int ep;

static char request[256];
static size_t request_len;

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void bad_arg(const char *what, const char *val)
{
	fprintf(stderr, "http_load: bad %s '%s'\n", what, val ? val : "");
	fprintf(stderr, "usage: http_load --port P --connections C --requests N"
		" [--host 127.0.0.1] [--timeout-s 30]\n");
	exit(64);
}

static long parse_long(const char *s, const char *what, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = s ? strtol(s, &end, 10) : 0;
	if (!s || errno || *s == '\0' || *end != '\0' || v < lo || v > hi)
		bad_arg(what, s);
	return v;
}

static void drop(struct conn *c)
{
	/* A request in flight on this connection will never be answered. */
	if (c->state == SENDING || c->state == HEADERS || c->state == BODY)
		finished++;
	errors++;
	close(c->fd);
	c->state = DEAD;
	live--;
}

static int set_interest(struct conn *c, unsigned events)
{
	struct epoll_event ev = { .events = events, .data.ptr = c };
	return epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
}

/* Write the rest of the request; on completion wait for the response. */
static void send_some(struct conn *c)
{
	while (c->sent < request_len) {
		ssize_t w = write(c->fd, request + c->sent, request_len - c->sent);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return; /* still registered for EPOLLOUT */
			drop(c);
			return;
		}
		c->sent += (size_t)w;
	}
	c->state = HEADERS;
	c->len = 0;
	if (set_interest(c, EPOLLIN) < 0)
		drop(c);
}

static void start_request(struct conn *c)
{
	if (issued >= n_requests) {
		c->state = IDLE; /* nothing left to send: stay connected, unwatched */
		if (set_interest(c, 0) < 0)
			drop(c);
		return;
	}
	issued++;
	c->state = SENDING;
	c->sent = 0;
	if (set_interest(c, EPOLLOUT) < 0) {
		drop(c);
		return;
	}
	send_some(c);
}

static void response_done(struct conn *c)
{
	finished++;
	if (c->status == 200)
		responses++;
	else
		errors++;
	start_request(c);
}

/* Parse complete headers in c->hdr[0..hdr_end). Returns the Content-Length,
 * or -1 if the response is malformed or has none (we cannot frame it). */
static long parse_headers(struct conn *c, size_t hdr_end)
{
	char *h = c->hdr;
	h[hdr_end] = '\0'; /* hdr_end < HDR_CAP: see on_readable */
	if (strncmp(h, "HTTP/1.", 7) != 0 || h[8] != ' ')
		return -1;
	c->status = atoi(h + 9);
	long cl = -1;
	for (char *line = strstr(h, "\r\n"); line; line = strstr(line, "\r\n")) {
		line += 2;
		if (strncasecmp(line, "Content-Length:", 15) == 0) {
			char *end;
			errno = 0;
			cl = strtol(line + 15, &end, 10);
			if (errno || end == line + 15 || cl < 0)
				return -1;
		}
	}
	return cl;
}

static void on_readable(struct conn *c)
{
	char body[4096];
	char *dst = c->state == HEADERS ? c->hdr + c->len : body;
	/* Leave room for parse_headers' terminating NUL. */
	size_t cap = c->state == HEADERS ? HDR_CAP - 1 - c->len : sizeof body;
	if (c->state == BODY && (size_t)c->body_left < cap)
		cap = (size_t)c->body_left; /* never read past this response */
	ssize_t n = read(c->fd, dst, cap);
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
		return;
	if (n <= 0) {
		drop(c); /* closed or reset with a request in flight */
		return;
	}

	if (c->state == BODY) {
		c->body_left -= n;
		if (c->body_left == 0)
			response_done(c);
		return;
	}

	size_t old = c->len;
	c->len += (size_t)n;
	/* Search only where the terminator can newly appear. */
	size_t from = old >= 3 ? old - 3 : 0;
	char *end = memmem(c->hdr + from, c->len - from, "\r\n\r\n", 4);
	if (!end) {
		if (c->len >= HDR_CAP - 1)
			drop(c); /* headers too large */
		return;
	}
	size_t hdr_end = (size_t)(end - c->hdr) + 4;
	size_t extra = c->len - hdr_end;
	long cl = parse_headers(c, hdr_end);
	/* With one request in flight nothing may follow the body. */
	if (cl < 0 || (long)extra > cl) {
		drop(c);
		return;
	}
	c->body_left = cl - (long)extra;
	if (c->body_left == 0) {
		response_done(c);
	} else {
		c->state = BODY;
	}
}

static void on_connected(struct conn *c)
{
	int err = 0, one = 1;
	socklen_t len = sizeof err;
	if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err) {
		drop(c);
		return;
	}
	setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	start_request(c);
}

static void open_conn(struct conn *c, const struct sockaddr *sa, socklen_t salen)
{
	c->fd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (c->fd < 0) {
		fprintf(stderr, "http_load: socket: %s\n", strerror(errno));
		c->state = DEAD;
		errors++;
		return;
	}
	live++;
	c->state = CONNECTING;
	/* Wait for writability either way: it also reports a refused connect. */
	struct epoll_event ev = { .events = EPOLLOUT, .data.ptr = c };
	if (epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev) < 0) {
		drop(c);
		return;
	}
	if (connect(c->fd, sa, salen) < 0 && errno != EINPROGRESS)
		drop(c);
}

int main(int argc, char **argv)
{
	const char *host = "127.0.0.1";
	long port = -1, conns_arg = -1;
	double timeout_s = 30;

	for (int i = 1; i < argc; i += 2) {
		const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
		if (!val)
			bad_arg("argument", opt);
		if (strcmp(opt, "--port") == 0) {
			port = parse_long(val, "--port", 1, 65535);
		} else if (strcmp(opt, "--connections") == 0) {
			conns_arg = parse_long(val, "--connections", 1, MAX_CONNECTIONS);
		} else if (strcmp(opt, "--requests") == 0) {
			n_requests = parse_long(val, "--requests", 0, 1L << 40);
		} else if (strcmp(opt, "--host") == 0) {
			host = val;
		} else if (strcmp(opt, "--timeout-s") == 0) {
			char *end;
			timeout_s = strtod(val, &end);
			if (*val == '\0' || *end != '\0' || !(timeout_s > 0) || timeout_s > 86400)
				bad_arg("--timeout-s", val);
		} else {
			bad_arg("option", opt);
		}
	}
	if (port < 0 || conns_arg < 0 || n_requests < 0)
		bad_arg("arguments", "--port, --connections and --requests are required");

	/* Numeric loopback addresses only; no name resolution on purpose. */
	struct sockaddr_storage ss = { 0 };
	socklen_t salen;
	struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
	if (inet_pton(AF_INET, host, &s4->sin_addr) == 1) {
		if ((ntohl(s4->sin_addr.s_addr) >> 24) != 127)
			bad_arg("--host (only 127.0.0.0/8 or ::1)", host);
		s4->sin_family = AF_INET;
		s4->sin_port = htons((uint16_t)port);
		salen = sizeof *s4;
		request_len = (size_t)snprintf(request, sizeof request,
			"GET / HTTP/1.1\r\nHost: %s:%ld\r\n\r\n", host, port);
	} else if (inet_pton(AF_INET6, host, &s6->sin6_addr) == 1 &&
		   IN6_IS_ADDR_LOOPBACK(&s6->sin6_addr)) {
		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons((uint16_t)port);
		salen = sizeof *s6;
		request_len = (size_t)snprintf(request, sizeof request,
			"GET / HTTP/1.1\r\nHost: [%s]:%ld\r\n\r\n", host, port);
	} else {
		bad_arg("--host (only 127.0.0.0/8 or ::1)", host);
	}
	if (request_len >= sizeof request)
		bad_arg("--host", host);

	n_conns = (int)conns_arg;
	conns = calloc((size_t)n_conns, sizeof *conns);
	ep = epoll_create1(EPOLL_CLOEXEC);
	if (!conns || ep < 0) {
		perror("http_load: setup");
		return 1;
	}

	double start = now_s(), deadline = start + timeout_s;
	for (int i = 0; i < n_conns; i++)
		open_conn(&conns[i], (struct sockaddr *)&ss, salen);

	int timed_out = 0;
	struct epoll_event ev[256];
	while (finished < n_requests && live > 0) {
		double left = deadline - now_s();
		if (left <= 0) {
			timed_out = 1;
			break;
		}
		/* Round up so we do not spin on a sub-millisecond remainder. */
		int n = epoll_wait(ep, ev, 256, (int)(left * 1000) + 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("http_load: epoll_wait");
			break;
		}
		for (int i = 0; i < n; i++) {
			struct conn *c = ev[i].data.ptr;
			switch (c->state) {
			case CONNECTING:
				on_connected(c);
				break;
			case SENDING:
				send_some(c);
				break;
			case HEADERS:
			case BODY:
				on_readable(c);
				break;
			case IDLE:
				/* Only EPOLLHUP/EPOLLERR reach an unwatched connection:
				 * the server closed it after our last request. */
				close(c->fd);
				c->state = DEAD;
				live--;
				break;
			default:
				break;
			}
		}
	}
	double elapsed = now_s() - start;

	if (timed_out)
		fprintf(stderr, "http_load: timed out after %.3f s: %ld of %ld requests finished, "
			"%ld sent\n", elapsed, finished, n_requests, issued);
	else if (finished < n_requests)
		fprintf(stderr, "http_load: no usable connection left: %ld of %ld requests finished\n",
			finished, n_requests);
	printf("done %ld %ld %.3f\n", responses, errors, elapsed);
	fflush(stdout);
	return responses == n_requests ? 0 : 1;
}
