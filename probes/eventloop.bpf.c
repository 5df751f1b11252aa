// SPDX-License-Identifier: GPL-2.0
/* The event loop of one process, as the kernel sees it:
 *   - every epoll_wait / epoll_pwait / epoll_pwait2 call: its timeout class,
 *     the events it returned, and how long the thread was switched out
 *     inside it (blocked) versus on CPU (spinning);
 *   - read/readv/write/writev, with the fd's kind decided here from the
 *     task's file table at the time of the call, next to the recv and send
 *     families, with size distributions;
 *   - the busy-poll settings the target makes (SOL_SOCKET setsockopt and
 *     EPIOCSPARAMS), and napi_poll running in the target's own threads,
 *     the one proof that busy polling happened;
 *   - a task_file iterator that reads the same settings from sockets and
 *     epoll instances that existed before attach.
 * Everything is aggregated in the kernel. Needs tp_btf and task storage:
 * the loader reports the probe as not attached on kernels without them,
 * and the syscall counts still work.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

const volatile __u32 targ_tgid = 0;

#include "eventloop.bpf.h"

/* Own syscall hooks, for when the syscall probe cannot carry these (its
 * tracepoint and count-only variants). */
SEC("tp_btf/sys_enter")
int BPF_PROG(eventloop_enter, struct pt_regs *regs, long id)
{
	struct task_struct *task = bpf_get_current_task_btf();

	if ((__u32)task->tgid != targ_tgid)
		return 0;
	return eventloop_on_enter(task, regs, id, 0);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(eventloop_exit, struct pt_regs *regs, long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();

	if ((__u32)task->tgid != targ_tgid)
		return 0;
	return eventloop_on_exit(task, regs, ret, 0);
}

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, EVENTLOOP_MAX_NAPI);
	__type(key, struct napi_key);
	__type(value, struct napi_stat);
} napi_polls SEC(".maps");

/* Off-CPU time inside epoll calls: the difference between a thread that
 * blocks in the kernel and one that spins through it. Runs on every context
 * switch of the machine, so the common case is two compares. */
SEC("tp_btf/sched_switch")
int BPF_PROG(eventloop_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	struct call_state *st;

	if ((__u32)prev->tgid == targ_tgid) {
		st = bpf_task_storage_get(&call_by_task, prev, 0, 0);
		if (st && st->kind == CALL_EPOLL)
			st->off_since = bpf_ktime_get_ns();
	}
	if ((__u32)next->tgid == targ_tgid) {
		st = bpf_task_storage_get(&call_by_task, next, 0, 0);
		if (st && st->kind == CALL_EPOLL && st->off_since) {
			st->off_ns += bpf_ktime_get_ns() - st->off_since;
			st->off_since = 0;
		}
	}
	return 0;
}

/* NAPI polls run by the target's own threads: softirq work that happened to
 * interrupt them (budget = NAPI weight, usually 64) or busy polling (budget
 * 8 by default, or what SO_BUSY_POLL_BUDGET / EPIOCSPARAMS set). */
SEC("tp_btf/napi_poll")
int BPF_PROG(eventloop_napi_poll, struct napi_struct *napi, int work, int budget)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct napi_key key = {};
	struct napi_stat zero = {}, *s;
	struct net_device *dev;

	if ((__u32)task->tgid != targ_tgid)
		return 0;
	/* In softirq context "current" is whoever was interrupted; the budget
	 * tells the two cases apart in user space. */
	key.tid = (__u32)task->pid;
	key.budget = (__u32)budget;
	dev = BPF_CORE_READ(napi, dev);
	if (dev)
		bpf_probe_read_kernel_str(key.ifname, sizeof(key.ifname), dev->name);
	s = upsert(&napi_polls, &key, &zero, EVENTLOOP_NAPI_MAP_FULL);
	if (!s)
		return 0;
	__sync_fetch_and_add(&s->polls, 1);
	__sync_fetch_and_add(&s->work, work);
	return 0;
}

static __always_inline bool is_eventpoll(struct file *file)
{
	char name[12] = {};
	const unsigned char *dname = BPF_CORE_READ(file, f_path.dentry, d_name.name);

	/* anon_inode files carry their kind as the dentry name. */
	static const char want[12] = "[eventpoll]";

	if (bpf_probe_read_kernel_str(name, sizeof(name), dname) != sizeof(name))
		return false;
	for (int i = 0; i < (int)sizeof(name); i++)
		if (name[i] != want[i])
			return false;
	return true;
}

/* One record per socket and epoll fd of the target. The loader restricts
 * the iterator to the target process; threads sharing one file table are
 * visited once. */
SEC("iter/task_file")
int eventloop_fds(struct bpf_iter__task_file *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	struct file *file = ctx->file;
	struct eventloop_fd_record rec = {};
	umode_t mode;

	if (!task || !file || (__u32)task->tgid != targ_tgid)
		return 0;
	rec.fd = (__s32)ctx->fd;
	mode = BPF_CORE_READ(file, f_inode, i_mode);
	if ((mode & S_IFMT) == S_IFSOCK) {
		struct socket *sock = BPF_CORE_READ(file, private_data);
		struct sock *sk = BPF_CORE_READ(sock, sk);

		if (!sk)
			return 0;
		rec.kind = FDREC_SOCKET;
		rec.family = BPF_CORE_READ(sk, __sk_common.skc_family);
		rec.state = BPF_CORE_READ(sk, __sk_common.skc_state);
		rec.local_port = BPF_CORE_READ(sk, __sk_common.skc_num);
		rec.reuseport = BPF_CORE_READ_BITFIELD_PROBED(sk, __sk_common.skc_reuseport);
		rec.type = BPF_CORE_READ(sk, sk_type);
		rec.protocol = BPF_CORE_READ(sk, sk_protocol);
		rec.ll_usec = BPF_CORE_READ(sk, sk_ll_usec);
		rec.napi_id = BPF_CORE_READ(sk, sk_napi_id);
		rec.busy_poll_budget = BPF_CORE_READ(sk, sk_busy_poll_budget);
		rec.prefer_busy_poll = BPF_CORE_READ(sk, sk_prefer_busy_poll);
	} else if (is_eventpoll(file)) {
		struct eventpoll *ep = BPF_CORE_READ(file, private_data);

		rec.kind = FDREC_EPOLL;
		if (bpf_core_field_exists(ep->napi_id))
			rec.napi_id = BPF_CORE_READ(ep, napi_id);
		if (bpf_core_field_exists(ep->busy_poll_usecs)) {
			rec.ep_params_known = 1;
			rec.ep_busy_poll_usecs = BPF_CORE_READ(ep, busy_poll_usecs);
			rec.ep_busy_poll_budget = BPF_CORE_READ(ep, busy_poll_budget);
			rec.ep_prefer_busy_poll = BPF_CORE_READ(ep, prefer_busy_poll);
		}
	} else {
		return 0;
	}
	bpf_seq_write(seq, &rec, sizeof(rec));
	return 0;
}
