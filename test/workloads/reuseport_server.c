/*
 * reuseport_server: N threads, each with its own SO_REUSEPORT listener on one
 * port, pinned where told, for stackprof's listeners probe and its
 * reuseport-locality finding (the showdown article's bug: reactors started
 * in order 0,1,... but pinned out of order).
 *
 *   reuseport_server [--threads N] [--pin a,b,...] [--port P] [--steer cpu|none]
 *                    [--proto tcp|udp] [--go]
 *     defaults: --threads 2 --pin 0,1,... --port 0 (the first socket picks
 *     one) --steer cpu --proto tcp; --pin none leaves the threads unpinned
 *   reuseport_server connect --port P [--cpus 0,1] [--per-cpu K] [--proto tcp|udp]
 *
 * Server. Thread i, named "reactor-<i>", waits for its turn (thread i-1 has
 * listened), creates a socket with SO_REUSEPORT, pins itself to CPU pin[i]
 * (pthread_setaffinity_np, so the call returns on that CPU), binds
 * 127.0.0.1:<port> and, for TCP, listens. Group index i is therefore thread i's
 * socket, and its listen() (TCP) or bind() (UDP) ran on CPU pin[i]. Once every
 * thread has its socket, the main thread attaches the CPU-steering program
 * (SO_ATTACH_REUSEPORT_CBPF, `ld [SKF_AD_OFF+SKF_AD_CPU]; ret a`) unless
 * --steer none: a packet received on CPU c then goes to index c.
 * Every thread then serves its own socket: TCP, blocking accept(), read one
 * byte, write it back, close; UDP, recvfrom() one byte and send it back. It
 * counts what it served and the CPUs it served on.
 *
 * stdout: "ready <pid> <port> <tid0,tid1,...>" once every thread has its socket
 * and the program is attached. With --go, first "waiting <pid>", and the
 * sockets are made only after a stdin line (so a profiler attached in
 * between sees the listen()/bind() calls).
 * On the next stdin line or EOF: one line per thread,
 * "served <i> <tid> <count> <cpu-list>", then "done", then exit 0.
 *
 * Client. For each CPU of --cpus in turn: pin to it, then K times: connect
 * (TCP) or send a datagram (UDP) to 127.0.0.1:P, send one byte, wait for the
 * echo, close. On loopback the packet is processed on the sending CPU, so
 * CPU steering hands it to group index = that CPU. Prints
 * "connected <cpu> <K>" per CPU, then exits 0; any failure exits 1.
 *
 * Bad arguments exit 64.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
/* Only the mutex, flags and line helpers of the shared handshake are used here. */
#pragma GCC diagnostic ignored "-Wunused-function"
#include "handshake.h"

#ifndef SO_ATTACH_REUSEPORT_CBPF
#define SO_ATTACH_REUSEPORT_CBPF 51
#endif

#define MAX_THREADS 64
#define MAX_CPUS 1024
#define PROG "reuseport_server"

static int n_threads = 2;
static int pins[MAX_THREADS];
static int n_pins;
static int no_pin;          /* --pin none */
static int port;
static int steer_cpu = 1;
static int udp;

struct reactor {
	pthread_t thread;
	int index;
	int fd;
	pid_t tid;
	atomic_long served;
	atomic_uchar cpus_served[MAX_CPUS];
};

static struct reactor reactors[MAX_THREADS];
static int turn;            /* the thread whose turn it is to listen; guarded by mu */

static void die(const char *what)
{
	fprintf(stderr, PROG ": %s: %s\n", what, strerror(errno));
	exit(1);
}

static void usage_error(const char *msg, const char *arg)
{
	fprintf(stderr, PROG ": %s '%s'\n", msg, arg ? arg : "");
	exit(64);
}

/* "1,0,3" -> out[]; returns how many. */
static int parse_cpu_list(const char *s, int *out, int max)
{
	char *copy = strdup(s), *save = NULL, *tok;
	int n = 0;

	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		long v = parse_count_of(PROG, tok, "CPU");

		if (n >= max || v >= MAX_CPUS)
			usage_error("too many CPUs or CPU too large in", s);
		out[n++] = (int)v;
	}
	free(copy);
	if (n == 0)
		usage_error("empty CPU list", s);
	return n;
}

static void pin_self(int cpu)
{
	cpu_set_t set;
	int err;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	err = pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
	if (err) {
		errno = err;
		die("pthread_setaffinity_np");
	}
}

static struct sockaddr_in loopback(int p)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)p)};

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

/* Socket, pin, bind, listen: in this order, so the call that fixes the
 * socket's group index runs on the thread's own CPU. */
static void open_listener(struct reactor *r)
{
	int one = 1;
	struct sockaddr_in addr;
	socklen_t len = sizeof(addr);

	r->fd = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0);
	if (r->fd < 0)
		die("socket");
	if (setsockopt(r->fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)))
		die("SO_REUSEPORT");
	if (!no_pin)
		pin_self(pins[r->index]);
	addr = loopback(port);
	if (bind(r->fd, (struct sockaddr *)&addr, sizeof(addr)))
		die("bind");
	if (!udp && listen(r->fd, 128))
		die("listen");
	if (port == 0) {
		if (getsockname(r->fd, (struct sockaddr *)&addr, &len))
			die("getsockname");
		port = ntohs(addr.sin_port);
	}
}

static void count_served(struct reactor *r)
{
	int cpu = sched_getcpu();

	atomic_fetch_add(&r->served, 1);
	if (cpu >= 0 && cpu < MAX_CPUS)
		atomic_store(&r->cpus_served[cpu], 1);
}

static void serve(struct reactor *r)
{
	char byte;

	for (;;) {
		if (udp) {
			struct sockaddr_in peer;
			socklen_t len = sizeof(peer);
			ssize_t n = recvfrom(r->fd, &byte, 1, 0, (struct sockaddr *)&peer, &len);

			if (n < 0)
				die("recvfrom");
			count_served(r);
			if (sendto(r->fd, &byte, 1, 0, (struct sockaddr *)&peer, len) != 1)
				die("sendto");
			continue;
		}
		int c = accept(r->fd, NULL, NULL);

		if (c < 0) {
			if (errno == EINTR)
				continue;
			die("accept");
		}
		count_served(r);
		if (read(c, &byte, 1) == 1 && write(c, &byte, 1) != 1)
			die("write");
		close(c);
	}
}

static void *reactor_main(void *arg)
{
	struct reactor *r = arg;
	char name[16];

	snprintf(name, sizeof(name), "reactor-%d", r->index);
	pthread_setname_np(pthread_self(), name);
	r->tid = (pid_t)syscall(SYS_gettid);
	pthread_mutex_lock(&mu);
	while (turn != r->index)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);
	open_listener(r);
	pthread_mutex_lock(&mu);
	turn++;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
	park_until(&go, &n_ready);     /* the main thread says go once the program is attached */
	serve(r);
	return NULL;
}

static void attach_cpu_steering(int fd)
{
	struct sock_filter code[] = {
		{BPF_LD | BPF_W | BPF_ABS, 0, 0, SKF_AD_OFF + SKF_AD_CPU},
		{BPF_RET | BPF_A, 0, 0, 0},
	};
	struct sock_fprog prog = {.len = 2, .filter = code};

	if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog)))
		die("SO_ATTACH_REUSEPORT_CBPF");
}

static int run_server(int wait_for_go)
{
	if (n_pins == 0 && !no_pin)
		for (n_pins = 0; n_pins < n_threads; n_pins++)
			pins[n_pins] = n_pins;
	if (!no_pin && n_pins != n_threads) {
		fprintf(stderr, PROG ": --pin lists %d CPUs for %d threads\n", n_pins, n_threads);
		exit(64);
	}
	if (wait_for_go) {
		printf("waiting %d\n", getpid());
		fflush(stdout);
		if (!read_line())
			return 2;
	}
	for (int i = 0; i < n_threads; i++) {
		reactors[i].index = i;
		if (pthread_create(&reactors[i].thread, NULL, reactor_main, &reactors[i]))
			die("pthread_create");
	}
	pthread_mutex_lock(&mu);
	while (turn < n_threads)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);
	if (steer_cpu)
		attach_cpu_steering(reactors[0].fd);
	printf("ready %d %d ", getpid(), port);
	for (int i = 0; i < n_threads; i++)
		printf("%s%d", i ? "," : "", reactors[i].tid);
	printf("\n");
	fflush(stdout);
	set_flag(&go);
	(void)read_line();
	for (int i = 0; i < n_threads; i++) {
		struct reactor *r = &reactors[i];
		int first = 1;

		printf("served %d %d %ld ", i, r->tid, atomic_load(&r->served));
		for (int c = 0; c < MAX_CPUS; c++)
			if (atomic_load(&r->cpus_served[c])) {
				printf("%s%d", first ? "" : ",", c);
				first = 0;
			}
		printf("%s\n", first ? "-" : "");
	}
	printf("done\n");
	fflush(stdout);
	/* The reactors are blocked in accept()/recvfrom(): exit takes them down. */
	exit(0);
}

static void echo_once(int cpu)
{
	struct sockaddr_in addr = loopback(port);
	char byte = 'x';
	int fd = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0);

	if (fd < 0)
		die("socket");
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)))
		die("connect");
	if (write(fd, &byte, 1) != 1)
		die("write");
	if (read(fd, &byte, 1) != 1) {
		fprintf(stderr, PROG ": no echo for a connection from CPU %d\n", cpu);
		exit(1);
	}
	close(fd);
}

static int run_client(int *cpus, int n_cpus, long per_cpu)
{
	if (port == 0)
		usage_error("connect needs --port, got", "0");
	for (int i = 0; i < n_cpus; i++) {
		pin_self(cpus[i]);
		for (long k = 0; k < per_cpu; k++)
			echo_once(cpus[i]);
		printf("connected %d %ld\n", cpus[i], per_cpu);
		fflush(stdout);
	}
	return 0;
}

int main(int argc, char **argv)
{
	int client = argc > 1 && strcmp(argv[1], "connect") == 0;
	int cpus[MAX_THREADS] = {0, 1}, n_cpus = 2, wait_for_go = 0;
	long per_cpu = 10;

	for (int i = 1 + client; i < argc; i++) {
		const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(opt, "--go") == 0 && !client) {
			wait_for_go = 1;
			continue;
		}
		if (!val)
			usage_error("missing value for", opt);
		i++;
		if (strcmp(opt, "--port") == 0)
			port = (int)parse_count_of(PROG, val, "port");
		else if (strcmp(opt, "--proto") == 0 && (strcmp(val, "tcp") == 0 || strcmp(val, "udp") == 0))
			udp = strcmp(val, "udp") == 0;
		else if (!client && strcmp(opt, "--threads") == 0)
			n_threads = (int)parse_count_of(PROG, val, "thread");
		else if (!client && strcmp(opt, "--pin") == 0 && strcmp(val, "none") == 0)
			no_pin = 1;
		else if (!client && strcmp(opt, "--pin") == 0)
			n_pins = parse_cpu_list(val, pins, MAX_THREADS);
		else if (!client && strcmp(opt, "--steer") == 0 && (strcmp(val, "cpu") == 0 || strcmp(val, "none") == 0))
			steer_cpu = strcmp(val, "cpu") == 0;
		else if (client && strcmp(opt, "--cpus") == 0)
			n_cpus = parse_cpu_list(val, cpus, MAX_THREADS);
		else if (client && strcmp(opt, "--per-cpu") == 0)
			per_cpu = parse_count_of(PROG, val, "connection");
		else
			usage_error("bad option or value", opt);
	}
	if (port > 65535)
		usage_error("port out of range", "");
	if (client)
		return run_client(cpus, n_cpus, per_cpu);
	if (n_threads < 1 || n_threads > MAX_THREADS)
		usage_error("thread count must be 1..64, got", argv[0]);
	return run_server(wait_for_go);
}
