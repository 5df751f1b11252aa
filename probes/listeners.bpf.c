// SPDX-License-Identifier: GPL-2.0
/* The listening sockets of one process and who serves them:
 *   - a task_file iterator lists the target's listening TCP sockets and
 *     bound, unconnected UDP sockets as they are now, whenever they were
 *     made: port, address, SO_REUSEPORT group, this socket's index in it,
 *     the group's steering program (recognizing the classic "return the
 *     current CPU" one), SO_INCOMING_CPU and SO_BUSY_POLL;
 *   - the exits of listen(), bind(), accept() and accept4() record, per
 *     socket inode, which thread fixed the socket's place in its group and
 *     on which CPU, and which threads accept connections from it.
 * The per-syscall tracepoints fire only for those four calls, so the hot
 * read/write/epoll path of the target pays nothing for this probe.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "listeners.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;

#define AF_INET 2
#define AF_INET6 10
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define TCP_LISTEN 10
#define TCP_CLOSE 7
#define S_IFMT 00170000
#define S_IFSOCK 0140000
/* The CPU-steering program, as raw classic instructions (reuseport_bpf_cpu.c):
 * BPF_LD|BPF_W|BPF_ABS of SKF_AD_OFF (-4096) + SKF_AD_CPU (36), then BPF_RET|BPF_A. */
#define CBPF_LD_W_ABS 0x20
#define CBPF_RET_A 0x16
#define SKF_AD_CPU_K 0xfffff024u

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, LISTENERS_MAX_SOCKETS);
	__type(key, __u64);                 /* socket inode */
	__type(value, struct listen_event);
} listen_events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, LISTENERS_MAX_ACCEPTS);
	__type(key, struct accept_key);
	__type(value, struct accept_stat);
} accepts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, LISTENERS_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} lst_counters SEC(".maps");

static __always_inline void lst_bump(__u32 which)
{
	__u64 *c = bpf_map_lookup_elem(&lst_counters, &which);

	if (c)
		(*c)++;
}

static __always_inline bool is_target(void)
{
	return (__u32)(bpf_get_current_pid_tgid() >> 32) == targ_tgid;
}

/* The socket behind fd in the current task's file table, or NULL. These
 * calls are rare, so plain CO-RE probe reads are cheap enough. */
static __always_inline struct sock *socket_of_fd(int fd, __u64 *inode)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct files_struct *files = BPF_CORE_READ(task, files);
	struct fdtable *fdt;
	struct file **fds, *file = NULL;
	struct socket *sock;

	if (fd < 0 || !files)
		return NULL;
	fdt = BPF_CORE_READ(files, fdt);
	if (!fdt || (unsigned int)fd >= BPF_CORE_READ(fdt, max_fds))
		return NULL;
	fds = BPF_CORE_READ(fdt, fd);
	if (bpf_probe_read_kernel(&file, sizeof(file), &fds[fd]) || !file)
		return NULL;
	if ((BPF_CORE_READ(file, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return NULL;
	*inode = BPF_CORE_READ(file, f_inode, i_ino);
	sock = BPF_CORE_READ(file, private_data);
	return BPF_CORE_READ(sock, sk);
}

/* The fd argument of the call now returning. Read from the saved user
 * registers rather than kept from the entry: an accept() that was already
 * blocked when the probe attached is counted too (on arm64 the macro reads
 * orig_x0, since x0 already holds the return value). */
static __always_inline int fd_argument(void)
{
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(bpf_get_current_task_btf());

	return (int)PT_REGS_PARM1_CORE_SYSCALL(regs);
}

static __always_inline bool is_inet(struct sock *sk)
{
	__u16 family = BPF_CORE_READ(sk, __sk_common.skc_family);

	return family == AF_INET || family == AF_INET6;
}

/* Only the first success counts: a second listen() on a listening socket
 * changes its backlog, not its place in the group. */
static __always_inline void record_listen(__u32 syscall, __u16 want_type, long ret)
{
	struct listen_event ev = {};
	struct sock *sk;
	__u64 inode = 0;

	if (ret != 0 || !is_target())
		return;
	sk = socket_of_fd(fd_argument(), &inode);
	if (!sk || !is_inet(sk) || BPF_CORE_READ(sk, sk_type) != want_type)
		return;
	if (bpf_map_lookup_elem(&listen_events, &inode))
		return;
	ev.monotonic_ns = bpf_ktime_get_ns();
	ev.tid = (__u32)bpf_get_current_pid_tgid();
	ev.cpu = (__s32)bpf_get_smp_processor_id();
	ev.syscall = syscall;
	if (bpf_map_update_elem(&listen_events, &inode, &ev, BPF_NOEXIST) &&
	    !bpf_map_lookup_elem(&listen_events, &inode))
		lst_bump(LISTENERS_EVENT_MAP_FULL);
}

static __always_inline void record_accept(long ret)
{
	struct accept_key key = {};
	struct accept_stat zero = {}, *s;
	struct sock *sk;

	if (!is_target())
		return;
	sk = socket_of_fd(fd_argument(), &key.inode);
	if (!sk || !is_inet(sk))
		return;
	key.tid = (__u32)bpf_get_current_pid_tgid();
	s = bpf_map_lookup_elem(&accepts, &key);
	if (!s) {
		if (bpf_map_update_elem(&accepts, &key, &zero, BPF_NOEXIST) && !bpf_map_lookup_elem(&accepts, &key)) {
			lst_bump(LISTENERS_EVENT_MAP_FULL);
			return;
		}
		s = bpf_map_lookup_elem(&accepts, &key);
		if (!s)
			return;
	}
	/* Several threads may accept from one socket, each on its own key:
	 * only a thread racing itself could collide, and it cannot. */
	s->calls++;
	if (ret >= 0)
		s->accepted++;
}

SEC("tracepoint/syscalls/sys_exit_listen")
int listeners_listen_exit(struct trace_event_raw_sys_exit *ctx)
{
	record_listen(LISTEN_BY_LISTEN, SOCK_STREAM, ctx->ret);
	return 0;
}

/* UDP has no listen(): its place in a reuseport group is fixed by bind(). */
SEC("tracepoint/syscalls/sys_exit_bind")
int listeners_bind_exit(struct trace_event_raw_sys_exit *ctx)
{
	record_listen(LISTEN_BY_BIND, SOCK_DGRAM, ctx->ret);
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_accept")
int listeners_accept_exit(struct trace_event_raw_sys_exit *ctx)
{
	record_accept(ctx->ret);
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_accept4")
int listeners_accept4_exit(struct trace_event_raw_sys_exit *ctx)
{
	record_accept(ctx->ret);
	return 0;
}

/* What steers the group: nothing, the CPU program, another classic
 * program (the kernel keeps classic programs' original instructions in
 * orig_prog), or an eBPF program (which has an id and a name instead). */
static __always_inline void read_steering(struct sock_reuseport *reuse, struct listener_record *rec)
{
	struct bpf_prog *prog = BPF_CORE_READ(reuse, prog);
	struct sock_fprog_kern *orig;
	struct sock_filter insns[2] = {};
	struct bpf_prog_aux *aux;

	if (!prog)
		return;
	orig = BPF_CORE_READ(prog, orig_prog);
	if (orig) {
		struct sock_filter *filter = BPF_CORE_READ(orig, filter);

		rec->steering_insns = BPF_CORE_READ(orig, len);
		rec->steering = STEER_CBPF_OTHER;
		if (rec->steering_insns == 2 && filter && !bpf_probe_read_kernel(insns, sizeof(insns), filter) &&
		    insns[0].code == CBPF_LD_W_ABS && insns[0].k == SKF_AD_CPU_K &&
		    insns[1].code == CBPF_RET_A && insns[1].k == 0)
			rec->steering = STEER_CBPF_CPU;
		return;
	}
	rec->steering = STEER_EBPF;
	aux = BPF_CORE_READ(prog, aux);
	rec->steering_prog_id = BPF_CORE_READ(aux, id);
	bpf_probe_read_kernel_str(rec->steering_prog_name, sizeof(rec->steering_prog_name), aux->name);
}

static __always_inline void read_group(struct sock *sk, struct listener_record *rec)
{
	struct sock_reuseport *reuse = BPF_CORE_READ(sk, sk_reuseport_cb);
	__u16 n;

	rec->group_index = -1;
	if (!reuse)
		return;
	rec->group_id = BPF_CORE_READ(reuse, reuseport_id);
	n = BPF_CORE_READ(reuse, num_socks);
	rec->group_size = n;
	/* Slots 0..num_socks-1 hold the listening sockets in listen()/bind()
	 * order; closing one moves the last into its slot. */
	for (int i = 0; i < LISTENERS_GROUP_SCAN; i++) {
		struct sock *s = NULL;

		if (i >= n)
			break;
		if (bpf_probe_read_kernel(&s, sizeof(s), &reuse->socks[i]))
			break;
		if (s == sk) {
			rec->group_index = i;
			break;
		}
	}
	if (rec->group_index < 0 && n > LISTENERS_GROUP_SCAN)
		rec->group_scan_truncated = 1;
	read_steering(reuse, rec);
}

/* One record per listening socket of the target. The loader restricts the
 * iterator to the target process. */
SEC("iter/task_file")
int listeners_fds(struct bpf_iter__task_file *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	struct file *file = ctx->file;
	struct listener_record rec = {};
	struct socket *sock;
	struct sock *sk;
	__u8 state;

	if (!task || !file || (__u32)task->tgid != targ_tgid)
		return 0;
	if ((BPF_CORE_READ(file, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return 0;
	sock = BPF_CORE_READ(file, private_data);
	sk = BPF_CORE_READ(sock, sk);
	if (!sk || !is_inet(sk))
		return 0;
	rec.family = BPF_CORE_READ(sk, __sk_common.skc_family);
	rec.type = BPF_CORE_READ(sk, sk_type);
	rec.protocol = BPF_CORE_READ(sk, sk_protocol);
	rec.local_port = BPF_CORE_READ(sk, __sk_common.skc_num);
	state = BPF_CORE_READ(sk, __sk_common.skc_state);
	if (rec.protocol == IPPROTO_TCP) {
		if (state != TCP_LISTEN)
			return 0;
	} else if (rec.protocol == IPPROTO_UDP) {
		/* Bound and not connected: connected UDP sockets are TCP_ESTABLISHED. */
		if (rec.local_port == 0 || state != TCP_CLOSE)
			return 0;
	} else {
		return 0;
	}
	rec.fd = (__s32)ctx->fd;
	rec.inode = BPF_CORE_READ(file, f_inode, i_ino);
	if (rec.family == AF_INET6)
		BPF_CORE_READ_INTO(&rec.local_addr, sk, __sk_common.skc_v6_rcv_saddr);
	else
		BPF_CORE_READ_INTO((__be32 *)rec.local_addr, sk, __sk_common.skc_rcv_saddr);
	rec.reuseport = BPF_CORE_READ_BITFIELD_PROBED(sk, __sk_common.skc_reuseport);
	rec.incoming_cpu = BPF_CORE_READ(sk, __sk_common.skc_incoming_cpu);
	if (bpf_core_field_exists(sk->sk_ll_usec))
		rec.ll_usec = BPF_CORE_READ(sk, sk_ll_usec);
	read_group(sk, &rec);
	bpf_seq_write(seq, &rec, sizeof(rec));
	return 0;
}
