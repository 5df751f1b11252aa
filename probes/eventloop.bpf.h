/* The eventloop probe's syscall hooks, maps and helpers. Included by
 * eventloop.bpf.c, whose own sys_enter/sys_exit programs call the hooks, and
 * by syscalls.bpf.c, which calls them from its hooks instead when both
 * probes run: an extra BPF program on a syscall tracepoint costs more than
 * everything these hooks do (docs/benchmarks.md section 4). The loader then
 * makes the two objects share these maps. The including file defines
 * targ_tgid and includes vmlinux.h and the libbpf headers. */
#ifndef STACKPROF_EVENTLOOP_BPF_H
#define STACKPROF_EVENTLOOP_BPF_H
#include <bpf/bpf_core_read.h>
#include "eventloop.h"
#include "log2.h"

#if defined(__TARGET_ARCH_x86)
#define NR_READ 0
#define NR_WRITE 1
#define NR_IOCTL 16
#define NR_READV 19
#define NR_WRITEV 20
#define NR_SENDTO 44
#define NR_RECVFROM 45
#define NR_SENDMSG 46
#define NR_RECVMSG 47
#define NR_SETSOCKOPT 54
#define NR_EPOLL_WAIT 232
#define NR_EPOLL_PWAIT 281
#define NR_RECVMMSG 299
#define NR_SENDMMSG 307
#define NR_EPOLL_PWAIT2 441
#ifndef SYSCALL_NR
#define SYSCALL_NR(regs) ((regs)->orig_ax)
#endif
#elif defined(__TARGET_ARCH_arm64)
#define NR_READ 63
#define NR_WRITE 64
#define NR_IOCTL 29
#define NR_READV 65
#define NR_WRITEV 66
#define NR_SENDTO 206
#define NR_RECVFROM 207
#define NR_SENDMSG 211
#define NR_RECVMSG 212
#define NR_SETSOCKOPT 208
#define NR_EPOLL_WAIT -1          /* arm64 has only epoll_pwait */
#define NR_EPOLL_PWAIT 22
#define NR_RECVMMSG 243
#define NR_SENDMMSG 269
#define NR_EPOLL_PWAIT2 441
#ifndef SYSCALL_NR
#define SYSCALL_NR(regs) ((regs)->syscallno)
#endif
#else
#error "stackprof: syscall numbers unknown on this architecture"
#endif

#define SOL_SOCKET 1
#define SO_BUSY_POLL 46
#define SO_PREFER_BUSY_POLL 69
#define SO_BUSY_POLL_BUDGET 70
#define EPIOCSPARAMS 0x40088A01u
#define EAGAIN 11
#define S_IFMT 00170000
#define S_IFSOCK 0140000
#define AF_INET 2
#define AF_INET6 10

enum call_kind {
	CALL_NONE = 0,
	CALL_EPOLL,
	CALL_IO,            /* read/write and recv/send families: handled whole at exit */
	CALL_SETSOCKOPT,
	CALL_EPOLL_PARAMS,
};

/* Per thread: the call in flight, and what the last epoll call did. */
struct call_state {
	__u64 enter_ts;
	__u64 off_since;        /* switched out while in an epoll call */
	__u64 off_ns;
	__u64 arg;              /* optval / ioctl argument pointer */
	__s32 fd;
	__u32 nr;
	__u8 kind;
	__u8 timeout_class;
	__u8 last_zero_empty;   /* the previous epoll call: timeout 0, returned 0 */
	__s32 optname;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct call_state);
} call_by_task SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, EVENTLOOP_MAX_EPOLLS);
	__type(key, struct epoll_key);
	__type(value, struct epoll_stat);
} epolls SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, EVENTLOOP_MAX_SOCKIO);
	__type(key, struct sockio_key);
	__type(value, struct sockio_stat);
} sockio SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, EVENTLOOP_MAX_SOCKOPTS);
	__type(key, struct sockopt_key);
	__type(value, struct sockopt_stat);
} sockopts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, EVENTLOOP_MAX_EPOLL_PARAMS);
	__type(key, __s32);
	__type(value, struct epoll_params_stat);
} epoll_params SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, EVENTLOOP_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} el_counters SEC(".maps");

static __always_inline void el_bump(__u32 which)
{
	__u64 *c = bpf_map_lookup_elem(&el_counters, &which);

	if (c)
		(*c)++;
}

/* 0 -> slot 0; v >= 1 -> slot floor(log2 v) + 1, capped. slots is a power
 * of two so the final mask proves the bound to the verifier, which loses a
 * plain comparison once the compiler reorders it. */
static __always_inline __u32 count_slot(__u64 v, __u32 slots)
{
	__u32 s = v ? log2_floor(v) + 1 : 0;

	if (s >= slots)
		s = slots - 1;
	asm volatile("" : "+r"(s));     /* keep the mask below from being folded away */
	return s & (slots - 1);
}

/* Find-or-create, counting a full map instead of failing silently. */
static __always_inline void *upsert(void *map, const void *key, const void *zero, __u32 full_counter)
{
	void *v = bpf_map_lookup_elem(map, key);

	if (v)
		return v;
	if (bpf_map_update_elem(map, key, zero, BPF_NOEXIST) && !bpf_map_lookup_elem(map, key)) {
		el_bump(full_counter);
		return NULL;
	}
	return bpf_map_lookup_elem(map, key);
}

static __always_inline __u8 classify_ns(__s64 ns)
{
	if (ns < 0)
		return TIMEOUT_BLOCK;
	if (ns == 0)
		return TIMEOUT_ZERO;
	if (ns < 100000)
		return TIMEOUT_UNDER_100US;
	if (ns < 1000000)
		return TIMEOUT_UNDER_1MS;
	if (ns < 10000000)
		return TIMEOUT_UNDER_10MS;
	return TIMEOUT_LONGER;
}

static __always_inline __u8 pwait2_timeout_class(__u64 uptr)
{
	struct { __s64 tv_sec; __s64 tv_nsec; } ts;

	if (!uptr)
		return TIMEOUT_BLOCK;
	if (bpf_probe_read_user(&ts, sizeof(ts), (void *)uptr))
		return TIMEOUT_UNREADABLE;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0)
		return TIMEOUT_UNREADABLE;      /* the kernel refuses it with EINVAL */
	if (ts.tv_sec >= 10)
		return TIMEOUT_LONGER;
	return classify_ns(ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

/* The fd's kind from current's file table: no /proc polling, no race with
 * the fd being replaced between our look and the call. */
/* Linux 6.2+: turns a kernel pointer we only know as a number into one the
 * verifier lets us load through directly (reads that fault give 0). A
 * helper call per field (bpf_probe_read_kernel) costs ~30 ns here, and this
 * runs on every read/write of the target. Weak: absent on older kernels,
 * where the CO-RE probe reads below are used instead. */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym __weak;

/* The fd's kind from current's file table: no /proc polling, no race with
 * the fd being replaced between our look and the call. */
static __always_inline __u8 fd_kind_of(struct task_struct *task, int fd)
{
	struct files_struct *files = task->files;
	struct fdtable *fdt;
	struct file **fds, *file = NULL;
	struct socket *sock;
	unsigned short family;
	umode_t mode;

	if (fd < 0 || !files)
		return FD_UNKNOWN;
	fdt = files->fdt;
	if (!fdt || (unsigned int)fd >= fdt->max_fds)
		return FD_UNKNOWN;
	fds = fdt->fd;
	/* The slot is a pointer to a pointer: the verifier only lets a helper read it. */
	if (bpf_probe_read_kernel(&file, sizeof(file), &fds[fd]) || !file)
		return FD_UNKNOWN;
	if (bpf_rdonly_cast) {
		struct file *f = bpf_rdonly_cast(file, bpf_core_type_id_kernel(struct file));
		struct socket *so;

		mode = f->f_inode->i_mode;
		if ((mode & S_IFMT) != S_IFSOCK)
			return FD_OTHER;
		so = bpf_rdonly_cast(f->private_data, bpf_core_type_id_kernel(struct socket));
		family = so->sk->__sk_common.skc_family;
	} else {
		mode = BPF_CORE_READ(file, f_inode, i_mode);
		if ((mode & S_IFMT) != S_IFSOCK)
			return FD_OTHER;
		sock = BPF_CORE_READ(file, private_data);
		family = BPF_CORE_READ(sock, sk, __sk_common.skc_family);
	}
	return family == AF_INET || family == AF_INET6 ? FD_INET_SOCKET : FD_OTHER_SOCKET;
}

static __always_inline __u8 kind_of(long nr)
{
	switch (nr) {
	case NR_EPOLL_WAIT:
	case NR_EPOLL_PWAIT:
	case NR_EPOLL_PWAIT2:
		return CALL_EPOLL;
	case NR_READ:
	case NR_WRITE:
	case NR_READV:
	case NR_WRITEV:
	case NR_SENDTO:
	case NR_RECVFROM:
	case NR_SENDMSG:
	case NR_RECVMSG:
	case NR_RECVMMSG:
	case NR_SENDMMSG:
		return CALL_IO;
	case NR_SETSOCKOPT:
		return CALL_SETSOCKOPT;
	case NR_IOCTL:
		return CALL_EPOLL_PARAMS;
	default:
		return CALL_NONE;
	}
}

/* On sys_enter of a target thread: keep what the exit will need. */
/* now: the caller's clock reading for this event, or 0 to read it here (the
 * syscall probe already reads it: one clock read fewer per epoll call). */
static __always_inline __u64 clock_or(__u64 now)
{
	return now ? now : bpf_ktime_get_ns();
}

static __always_inline int eventloop_on_enter(struct task_struct *task, struct pt_regs *regs, long id, __u64 now)
{
	struct call_state *st;
	__u8 kind;

	kind = kind_of(id);
	/* The read/write and recv/send families are handled whole at exit. */
	if (kind == CALL_NONE || kind == CALL_IO)
		return 0;
	/* Cheap filters before touching storage: only SOL_SOCKET busy-poll
	 * options and EPIOCSPARAMS are of interest among these two. */
	if (kind == CALL_SETSOCKOPT) {
		long level = PT_REGS_PARM2_SYSCALL(regs), opt = PT_REGS_PARM3_SYSCALL(regs);

		if (level != SOL_SOCKET || (opt != SO_BUSY_POLL && opt != SO_PREFER_BUSY_POLL &&
					    opt != SO_BUSY_POLL_BUDGET))
			return 0;
	} else if (kind == CALL_EPOLL_PARAMS) {
		if ((__u32)PT_REGS_PARM2_SYSCALL(regs) != EPIOCSPARAMS)
			return 0;
	}
	st = bpf_task_storage_get(&call_by_task, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!st) {
		el_bump(EVENTLOOP_STATE_STORE_FAILED);
		return 0;
	}
	st->kind = kind;
	st->nr = (__u32)id;
	st->fd = (int)PT_REGS_PARM1_SYSCALL(regs);
	switch (kind) {
	case CALL_EPOLL:
		if (id == NR_EPOLL_PWAIT2) {
			st->timeout_class = pwait2_timeout_class(PT_REGS_PARM4_SYSCALL(regs));
		} else {
			int ms = (int)PT_REGS_PARM4_SYSCALL(regs);

			st->timeout_class = classify_ns(ms < 0 ? -1 : (__s64)ms * 1000000);
		}
		st->off_since = 0;
		st->off_ns = 0;
		st->enter_ts = clock_or(now);
		break;
	case CALL_SETSOCKOPT:
		st->optname = (int)PT_REGS_PARM3_SYSCALL(regs);
		st->arg = PT_REGS_PARM4_SYSCALL(regs);
		break;
	case CALL_EPOLL_PARAMS:
		st->arg = PT_REGS_PARM3_SYSCALL(regs);
		break;
	}
	return 0;
}

static __always_inline void finish_epoll(__u32 tid, struct call_state *st, long ret, __u64 now)
{
	struct epoll_key key = { .tid = tid, .epfd = st->fd, .nr = st->nr };
	struct epoll_stat zero = {}, *s;
	__u8 cls = st->timeout_class;
	bool was_zero_empty = st->last_zero_empty;

	st->last_zero_empty = cls == TIMEOUT_ZERO && ret == 0;
	s = upsert(&epolls, &key, &zero, EVENTLOOP_EPOLL_MAP_FULL);
	if (!s)
		return;
	s->calls++;
	if (cls < TIMEOUT_CLASSES)
		s->timeouts[cls]++;
	if (was_zero_empty && cls != TIMEOUT_ZERO)
		s->zero_empty_then_wait++;
	s->total_ns += now - st->enter_ts;
	if (st->off_since)   /* switched out and never back: cannot happen on exit, but be exact */
		st->off_ns += now - st->off_since;
	s->offcpu_ns += st->off_ns;
	if (ret < 0) {
		s->errors++;
		return;
	}
	s->events += ret;
	if (ret == 0) {
		s->empty++;
		if (cls == TIMEOUT_ZERO)
			s->zero_empty++;
	}
	s->events_hist[count_slot(ret, EVENTLOOP_EVENTS_SLOTS)]++;
}

static __always_inline void finish_io(__u32 tid, __u32 nr, __u8 fd_kind, long ret)
{
	struct sockio_key key = { .tid = tid, .nr = nr, .fd_kind = fd_kind };
	struct sockio_stat zero = {}, *s;

	s = upsert(&sockio, &key, &zero, EVENTLOOP_SOCKIO_MAP_FULL);
	if (!s)
		return;
	s->calls++;
	if (ret < 0) {
		s->errors++;
		if (ret == -EAGAIN)
			s->eagain++;
		return;
	}
	s->bytes += ret;
	s->size_hist[count_slot(ret, EVENTLOOP_BYTES_SLOTS)]++;
}

static __always_inline void finish_setsockopt(__u32 tid, struct call_state *st, long ret)
{
	struct sockopt_key key = { .optname = st->optname, .value = -2147483647 - 1 };
	struct sockopt_stat zero = {}, *s;
	int v;

	if (!bpf_probe_read_user(&v, sizeof(v), (void *)st->arg))
		key.value = v;
	s = upsert(&sockopts, &key, &zero, EVENTLOOP_SOCKOPT_MAP_FULL);
	if (!s)
		return;
	s->calls++;
	if (ret < 0)
		s->failed++;
	s->last_tid = tid;
}

static __always_inline void finish_epoll_params(__u32 tid, struct call_state *st, long ret)
{
	struct { __u32 usecs; __u16 budget; __u8 prefer; __u8 pad; } p;
	struct epoll_params_stat zero = {}, *s;
	__s32 epfd = st->fd;

	s = upsert(&epoll_params, &epfd, &zero, EVENTLOOP_SOCKOPT_MAP_FULL);
	if (!s)
		return;
	/* The values are recorded only when the kernel took them, so the
	 * entry always shows what is in force. */
	if (ret == 0 && !bpf_probe_read_user(&p, sizeof(p), (void *)st->arg)) {
		s->busy_poll_usecs = p.usecs;
		s->busy_poll_budget = p.budget;
		s->prefer_busy_poll = p.prefer;
		s->readable = 1;
	}
	s->calls++;
	if (ret < 0)
		s->failed++;
	s->last_tid = tid;
}

/* On sys_exit of a target thread: account the call entered above. */
static __always_inline int eventloop_on_exit(struct task_struct *task, struct pt_regs *regs, long ret, __u64 now)
{
	struct call_state *st;
	long nr;
	__u8 kind;

	nr = SYSCALL_NR(regs);
	kind = kind_of(nr);
	if (kind == CALL_NONE)
		return 0;
	/* The fd is still in the saved registers, so the I/O families need no
	 * state from entry: two task-storage lookups fewer on the hottest
	 * calls. The fd's kind is then the one at the end of the call, which
	 * differs only if another thread replaced the fd meanwhile. */
	if (kind == CALL_IO) {
		finish_io((__u32)task->pid, (__u32)nr, fd_kind_of(task, (int)PT_REGS_PARM1_SYSCALL(regs)), ret);
		return 0;
	}
	st = bpf_task_storage_get(&call_by_task, task, 0, 0);
	/* No state, or state of another call: entered before attach, or a
	 * setsockopt/ioctl we filtered out on entry. */
	if (!st || !st->kind || st->nr != (__u32)nr)
		return 0;
	kind = st->kind;
	st->kind = CALL_NONE;
	switch (kind) {
	case CALL_EPOLL:
		finish_epoll((__u32)task->pid, st, ret, clock_or(now));
		st->off_since = 0;
		break;
	case CALL_SETSOCKOPT:
		finish_setsockopt((__u32)task->pid, st, ret);
		break;
	case CALL_EPOLL_PARAMS:
		finish_epoll_params((__u32)task->pid, st, ret);
		break;
	}
	return 0;
}

#endif
