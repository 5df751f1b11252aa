/*
 * A STAND-IN for LKL's hijack library (liblkl-hijack.so, built from
 * tools/lkl/lib/hijack in the lkl/linux tree). The real library needs a
 * whole kernel tree to build, so stackprof's tests use this one instead. It
 * has the interface stackprof looks at, and no network stack at all:
 *
 *   - lkl_syscall(long no, long *params): every hooked call ends here, with
 *     asm-generic syscall numbers (lkl_nr.h), as in LKL. The stand-in
 *     translates the number to the host's and forwards the call to the host
 *     kernel with syscall(2), so a program run with it still works. Each call
 *     takes the "LKL CPU" first (lkl_cpu_get/lkl_cpu_put).
 *   - lkl_cpu_get/lkl_cpu_put: a real mutex, so contention is measurable.
 *     LKL_STANDIN_CPU_HOLD_NS=N makes every lkl_syscall hold it for N ns of
 *     simulated kernel work (default 0). The lock is not held across the
 *     forwarded host call, which may block (LKL itself gives the CPU up
 *     while a syscall sleeps).
 *   - lkl_start_kernel: a no-op, called by the constructor as the real
 *     library's __hijack_init does.
 *   - LKL_HIJACK_NET_IFTYPE=dpdk: the DPDK backend's RX poll thread, which
 *     sleeps between polls of an always empty queue (dpdk_rx_poll below).
 *   - libc-named overrides (socket, bind, listen, accept, accept4, connect,
 *     read, write, readv, writev, recv, send, recvfrom, sendto, recvmsg,
 *     sendmsg, shutdown, getsockname, getpeername, close, epoll_create,
 *     epoll_create1, epoll_ctl, epoll_wait, setsockopt, getsockopt), each an
 *     exported function of that name. As in the real library epoll_pwait and
 *     epoll_pwait2 are NOT overridden: a libuv-style loop calls the host.
 *
 * Routing follows the real library's idea of "LKL fds": sockets made by the
 * hooked socket() (except AF_UNIX and AF_PACKET, which stay on the host),
 * accept/accept4 on them, and epoll instances made by the hooked
 * epoll_create* are LKL's; calls on them go to lkl_syscall, calls on any
 * other fd go straight to the host. (The real library tells them apart by
 * number, fd >= 512; the stand-in's "LKL" fds are host fds, so it keeps a
 * bitmap instead.)
 *
 * epoll_wait on an LKL epoll does what the real one does each call: two
 * pipes and a thread (the real thread waits on the host epoll while the
 * caller waits in LKL; here it waits on one of the pipes until the caller's
 * LKL wait returns), then joined. So the churn is there to be measured.
 *
 * Inside the library, host calls are raw syscall(2)s: the libc names are
 * this library's own.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <fcntl.h>
#include "lkl_nr.h"

#define EXPORT __attribute__((visibility("default")))

/* --- the "LKL CPU" ------------------------------------------------------ */

static pthread_mutex_t lkl_cpu = PTHREAD_MUTEX_INITIALIZER;
static long hold_ns;

EXPORT __attribute__((noinline)) int lkl_cpu_get(void)
{
	return -pthread_mutex_lock(&lkl_cpu);
}

EXPORT __attribute__((noinline)) void lkl_cpu_put(void)
{
	pthread_mutex_unlock(&lkl_cpu);
}

static void spin_ns(long ns)
{
	struct timespec a, b;

	clock_gettime(CLOCK_MONOTONIC, &a);
	do
		clock_gettime(CLOCK_MONOTONIC, &b);
	while ((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) < ns);
}

/* --- lkl_syscall -------------------------------------------------------- */

static long host_nr[LKL__NR_max];

static void init_numbers(void)
{
	for (int i = 0; i < LKL__NR_max; i++)
		host_nr[i] = -1;
	host_nr[LKL__NR_epoll_create1] = SYS_epoll_create1;
	host_nr[LKL__NR_epoll_ctl] = SYS_epoll_ctl;
	host_nr[LKL__NR_epoll_pwait] = SYS_epoll_pwait;
	host_nr[LKL__NR_close] = SYS_close;
	host_nr[LKL__NR_read] = SYS_read;
	host_nr[LKL__NR_write] = SYS_write;
	host_nr[LKL__NR_readv] = SYS_readv;
	host_nr[LKL__NR_writev] = SYS_writev;
	host_nr[LKL__NR_socket] = SYS_socket;
	host_nr[LKL__NR_bind] = SYS_bind;
	host_nr[LKL__NR_listen] = SYS_listen;
	host_nr[LKL__NR_accept] = SYS_accept;
	host_nr[LKL__NR_connect] = SYS_connect;
	host_nr[LKL__NR_getsockname] = SYS_getsockname;
	host_nr[LKL__NR_getpeername] = SYS_getpeername;
	host_nr[LKL__NR_sendto] = SYS_sendto;
	host_nr[LKL__NR_recvfrom] = SYS_recvfrom;
	host_nr[LKL__NR_setsockopt] = SYS_setsockopt;
	host_nr[LKL__NR_getsockopt] = SYS_getsockopt;
	host_nr[LKL__NR_shutdown] = SYS_shutdown;
	host_nr[LKL__NR_sendmsg] = SYS_sendmsg;
	host_nr[LKL__NR_recvmsg] = SYS_recvmsg;
	host_nr[LKL__NR_accept4] = SYS_accept4;
	host_nr[LKL__NR_epoll_wait_deprecated] = SYS_epoll_wait;
}

/* Returns the result or -errno, as LKL's lkl_syscall does. noinline: it is
 * an attach point, and the library's own calls must go through it. */
EXPORT __attribute__((noinline)) long lkl_syscall(long no, long *params)
{
	long nr = no >= 0 && no < LKL__NR_max ? host_nr[no] : -1;
	long ret;
	int saved = errno;

	lkl_cpu_get();
	if (hold_ns > 0)
		spin_ns(hold_ns);
	lkl_cpu_put();
	if (nr < 0)
		return -ENOSYS;
	ret = syscall(nr, params[0], params[1], params[2], params[3], params[4], params[5]);
	if (ret == -1)
		ret = -errno;
	errno = saved;
	return ret;
}

static long lkl_set_errno(long ret)
{
	if (ret < 0 && ret >= -4095) {
		errno = (int)-ret;
		return -1;
	}
	return ret;
}

static long lkl_call(long nr, long a, long b, long c, long d, long e, long f)
{
	long p[6] = { a, b, c, d, e, f };

	return lkl_set_errno(lkl_syscall(nr, p));
}

EXPORT int lkl_start_kernel(void *ops, const char *cmd_line, ...)
{
	(void)ops;
	(void)cmd_line;
	return 0;
}

/* --- which fds are LKL's ------------------------------------------------ */

#define MAX_TRACKED_FD 65536
static uint64_t lkl_fds[MAX_TRACKED_FD / 64];

static int is_lklfd(long fd)
{
	if (fd < 0 || fd >= MAX_TRACKED_FD)
		return 0;
	return (__atomic_load_n(&lkl_fds[fd / 64], __ATOMIC_RELAXED) >> (fd % 64)) & 1;
}

static long mark_lklfd(long fd)
{
	if (fd >= 0 && fd < MAX_TRACKED_FD)
		__atomic_fetch_or(&lkl_fds[fd / 64], 1ull << (fd % 64), __ATOMIC_RELAXED);
	return fd;
}

static void unmark_lklfd(long fd)
{
	if (fd >= 0 && fd < MAX_TRACKED_FD)
		__atomic_fetch_and(&lkl_fds[fd / 64], ~(1ull << (fd % 64)), __ATOMIC_RELAXED);
}

static long host(long nr, long a, long b, long c, long d, long e, long f)
{
	return syscall(nr, a, b, c, d, e, f);
}

/* A call routed by its first argument, like the real HOOK_FD_CALL. */
#define FD_CALL(name, fd, a, b, c, d, e, f) \
	(is_lklfd(fd) ? lkl_call(LKL__NR_##name, a, b, c, d, e, f) : host(SYS_##name, a, b, c, d, e, f))

/* --- the overrides ------------------------------------------------------ */

/* Declared here: without _GNU_SOURCE the headers leave it out. */
int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);

EXPORT int socket(int domain, int type, int protocol)
{
	if (domain == AF_UNIX || domain == AF_PACKET)
		return (int)host(SYS_socket, domain, type, protocol, 0, 0, 0);
	return (int)mark_lklfd(lkl_call(LKL__NR_socket, domain, type, protocol, 0, 0, 0));
}

EXPORT int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	return (int)FD_CALL(bind, fd, fd, (long)addr, len, 0, 0, 0);
}

EXPORT int listen(int fd, int backlog)
{
	return (int)FD_CALL(listen, fd, fd, backlog, 0, 0, 0, 0);
}

EXPORT int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	return (int)FD_CALL(connect, fd, fd, (long)addr, len, 0, 0, 0);
}

EXPORT int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	if (!is_lklfd(fd))
		return (int)host(SYS_accept, fd, (long)addr, (long)len, 0, 0, 0);
	return (int)mark_lklfd(lkl_call(LKL__NR_accept, fd, (long)addr, (long)len, 0, 0, 0));
}

/* As in the real library: LKL's, whatever the fd. */
EXPORT int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	return (int)mark_lklfd(lkl_call(LKL__NR_accept4, fd, (long)addr, (long)len, flags, 0, 0));
}

EXPORT int shutdown(int fd, int how)
{
	return (int)FD_CALL(shutdown, fd, fd, how, 0, 0, 0, 0);
}

EXPORT int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	return (int)FD_CALL(getsockname, fd, fd, (long)addr, (long)len, 0, 0, 0);
}

EXPORT int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	return (int)FD_CALL(getpeername, fd, fd, (long)addr, (long)len, 0, 0, 0);
}

EXPORT int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	return (int)FD_CALL(setsockopt, fd, fd, level, name, (long)val, len, 0);
}

EXPORT int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	return (int)FD_CALL(getsockopt, fd, fd, level, name, (long)val, (long)len, 0);
}

EXPORT ssize_t read(int fd, void *buf, size_t n)
{
	return FD_CALL(read, fd, fd, (long)buf, (long)n, 0, 0, 0);
}

EXPORT ssize_t write(int fd, const void *buf, size_t n)
{
	return FD_CALL(write, fd, fd, (long)buf, (long)n, 0, 0, 0);
}

EXPORT ssize_t readv(int fd, const struct iovec *iov, int n)
{
	return FD_CALL(readv, fd, fd, (long)iov, n, 0, 0, 0);
}

EXPORT ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return FD_CALL(writev, fd, fd, (long)iov, n, 0, 0, 0);
}

EXPORT ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *to, socklen_t len)
{
	return FD_CALL(sendto, fd, fd, (long)buf, (long)n, flags, (long)to, len);
}

EXPORT ssize_t recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from, socklen_t *len)
{
	return FD_CALL(recvfrom, fd, fd, (long)buf, (long)n, flags, (long)from, (long)len);
}

/* As in the real library: send and recv are sendto and recvfrom. */
EXPORT ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return sendto(fd, buf, n, flags, NULL, 0);
}

EXPORT ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return recvfrom(fd, buf, n, flags, NULL, NULL);
}

EXPORT ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	return FD_CALL(sendmsg, fd, fd, (long)msg, flags, 0, 0, 0);
}

EXPORT ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	return FD_CALL(recvmsg, fd, fd, (long)msg, flags, 0, 0, 0);
}

EXPORT int close(int fd)
{
	if (!is_lklfd(fd))
		return (int)host(SYS_close, fd, 0, 0, 0, 0, 0);
	unmark_lklfd(fd);
	return (int)lkl_call(LKL__NR_close, fd, 0, 0, 0, 0, 0);
}

EXPORT int epoll_create1(int flags)
{
	return (int)mark_lklfd(lkl_call(LKL__NR_epoll_create1, flags, 0, 0, 0, 0, 0));
}

EXPORT int epoll_create(int size)
{
	if (size <= 0) {
		errno = EINVAL;
		return -1;
	}
	return epoll_create1(0);
}

EXPORT int epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev)
{
	return (int)FD_CALL(epoll_ctl, epfd, epfd, op, fd, (long)ev, 0, 0);
}

/* The real epoll_wait's helper waits on the host epoll; this one waits for
 * the caller to say its LKL wait is over. */
static void *host_side_wait(void *arg)
{
	int *wake = arg;
	struct pollfd pfd = { .fd = wake[0], .events = POLLIN };

	syscall(SYS_ppoll, &pfd, 1, NULL, NULL, 8);
	return NULL;
}

EXPORT int epoll_wait(int epfd, struct epoll_event *ev, int max, int timeout)
{
	int wake[2], merge[2];
	pthread_t helper;
	long n;
	char byte = 1;

	if (!is_lklfd(epfd))
		return (int)host(SYS_epoll_wait, epfd, (long)ev, max, timeout, 0, 0);
	if (syscall(SYS_pipe2, wake, O_CLOEXEC))
		return -1;
	if (syscall(SYS_pipe2, merge, O_CLOEXEC)) {
		int saved = errno;

		syscall(SYS_close, wake[0]);
		syscall(SYS_close, wake[1]);
		errno = saved;
		return -1;
	}
	if (pthread_create(&helper, NULL, host_side_wait, wake) != 0) {
		n = lkl_call(LKL__NR_epoll_pwait, epfd, (long)ev, max, timeout, 0, 8);
		goto out;
	}
	n = lkl_call(LKL__NR_epoll_pwait, epfd, (long)ev, max, timeout, 0, 8);
	syscall(SYS_write, wake[1], &byte, 1);
	pthread_join(helper, NULL);
out:;
	int saved = errno;

	syscall(SYS_close, wake[0]);
	syscall(SYS_close, wake[1]);
	syscall(SYS_close, merge[0]);
	syscall(SYS_close, merge[1]);
	errno = saved;
	return (int)n;
}

/* --- the DPDK backend's RX poll thread ------------------------------------ */

/*
 * With LKL_HIJACK_NET_IFTYPE=dpdk the real library starts a thread that polls
 * the NIC queue with rte_eth_rx_burst and, finding it empty, sleeps:
 * usleep(1) in current LKL unless busy_poll is set, usleep(10 ms) in an older
 * revision. The stand-in has no NIC, so every poll finds the queue empty and
 * only the sleeps remain: LKL_STANDIN_DPDK_SLEEP_US=N sleeps N µs (default
 * 1), as a raw clock_nanosleep like glibc's usleep. The thread is unnamed,
 * as LKL's host threads are.
 */
static long rx_sleep_us = 1;

static void *dpdk_rx_poll(void *unused)
{
	struct timespec ts = {.tv_sec = rx_sleep_us / 1000000, .tv_nsec = (rx_sleep_us % 1000000) * 1000};

	(void)unused;
	for (;;)
		syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &ts, NULL);
	return NULL;
}

static void start_dpdk_backend(void)
{
	const char *sleep_us = getenv("LKL_STANDIN_DPDK_SLEEP_US");
	pthread_t rx;

	if (sleep_us)
		rx_sleep_us = strtol(sleep_us, NULL, 10);
	if (pthread_create(&rx, NULL, dpdk_rx_poll, NULL) == 0)
		pthread_detach(rx);
}

__attribute__((constructor)) static void standin_init(void)
{
	const char *hold = getenv("LKL_STANDIN_CPU_HOLD_NS");
	const char *iftype = getenv("LKL_HIJACK_NET_IFTYPE");

	init_numbers();
	if (hold)
		hold_ns = strtol(hold, NULL, 10);
	lkl_start_kernel(NULL, "");
	if (iftype && strcmp(iftype, "dpdk") == 0)
		start_dpdk_backend();
}
