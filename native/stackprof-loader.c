/* stackprof-loader: the only privileged part of stackprof.
 *
 *   stackprof-loader attach --pid PID [--interval-ms N] [--variant auto|tp_btf|tracepoint]
 *   stackprof-loader check [--mount-tracefs]
 *   stackprof-loader symbolize --pid PID [--kernel] [ADDR...]   (tests, benchmarks)
 *   stackprof-loader --version
 *
 * Writes length-delimited protobuf frames (proto/stackprof.proto) to stdout.
 * attach: hello, one snapshot per interval, final; it stops on stdin EOF,
 * SIGINT/SIGTERM/SIGHUP, death of its parent, or exit of the target, and
 * always detaches first. Every BPF program and link is held by a file
 * descriptor only (nothing pinned), so even a SIGKILL of this process
 * leaves nothing attached.
 *
 * It trusts nothing from the target: names and command lines are read with
 * bounded reads and passed on as bytes, never interpreted.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/utsname.h>
#include <bpf/libbpf.h>
#include "frame.h"
#include "procfs.h"
#include "grow.h"
#include "featureprobe.h"
#include "syscalls.h"
#include "eventloop.h"
#include "listeners.h"
#include "sched.h"
#include "stacks.h"
#include "symbolize.h"
#include "lkl.h"
#include "nodejs.h"

#define LOADER_VERSION "0.1.0"
#define PROTOCOL_VERSION 1
#define PF_KTHREAD 0x00200000
#define CAP_SYS_ADMIN_BIT 21
#define CAP_PERFMON_BIT 38
#define CAP_BPF_BIT 39
#define MAX_CMDLINE 4096

static __u64 effective_caps(void)
{
	char buf[4096], *line;
	ssize_t n = read_small("/proc/self/status", buf, sizeof(buf) - 1);

	if (n <= 0)
		return 0;
	buf[n] = '\0';
	line = strstr(buf, "\nCapEff:");
	return line ? strtoull(line + 8, NULL, 16) : 0;
}

static bool has_cap(__u64 caps, int bit)
{
	return caps & (1ull << bit);
}

static bool privileged_enough(void)
{
	__u64 caps = effective_caps();

	return has_cap(caps, CAP_SYS_ADMIN_BIT) ||
	       (has_cap(caps, CAP_BPF_BIT) && has_cap(caps, CAP_PERFMON_BIT));
}

/* Field 9 of /proc/PID/stat, after the parenthesised comm, which may itself
 * contain spaces and parentheses: parse from the last ')'. */
static int read_task_flags(pid_t pid, unsigned long *flags)
{
	char path[64], buf[1024], *p;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	n = read_small(path, buf, sizeof(buf) - 1);
	if (n < 0)
		return (int)n;
	buf[n] = '\0';
	p = strrchr(buf, ')');
	if (!p)
		return -EINVAL;
	/* ") S ppid pgrp session tty_nr tpgid flags" */
	if (sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %lu", flags) != 1)
		return -EINVAL;
	return 0;
}

static pid_t read_tgid(pid_t pid)
{
	char path[64], buf[4096], *line;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	n = read_small(path, buf, sizeof(buf) - 1);
	if (n < 0)
		return (pid_t)n;
	buf[n] = '\0';
	line = strstr(buf, "\nTgid:");
	return line ? (pid_t)strtol(line + 6, NULL, 10) : -EINVAL;
}


struct session {
	pid_t tgid;
	pid_t parent;
	struct syscalls_probe *syscalls;
	struct eventloop_probe *eventloop;      /* NULL when it could not attach or was left out */
	struct sched_probe *sched;              /* likewise */
	struct listeners_probe *listeners;      /* likewise */
	struct stacks_probe *stacks;            /* likewise */
	struct lkl_probe *lkl;                  /* likewise */
	struct nodejs_probe *nodejs;            /* likewise */
	int pidfd;
	int sigfd;
	int timerfd;
	/* names of threads seen, so exited ones keep theirs */
	struct thread_name {
		__u32 tid;
		char comm[16];
		bool exited;
		bool oncpu_known;
		__u64 oncpu_ns;
		char cpus_allowed[64];  /* Cpus_allowed_list; "" unknown */
		int last_cpu;           /* -1 unknown */
	} *names;
	size_t n_names, cap_names;
};

static struct thread_name *name_slot(struct session *s, __u32 tid)
{
	for (size_t i = 0; i < s->n_names; i++)
		if (s->names[i].tid == tid)
			return &s->names[i];
	if (grow(&s->names, &s->cap_names, s->n_names, sizeof(*s->names)))
		return NULL;
	memset(&s->names[s->n_names], 0, sizeof(s->names[0]));
	s->names[s->n_names].tid = tid;
	s->names[s->n_names].last_cpu = -1;
	return &s->names[s->n_names++];
}

/* CPU time of a thread (schedstat's first field), for on-CPU shares: a
 * spinning event loop is on CPU all the time, a blocking one is not. */
static void read_oncpu(pid_t tgid, struct thread_name *t)
{
	char path[64], buf[96];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/task/%u/schedstat", tgid, t->tid);
	n = read_small(path, buf, sizeof(buf) - 1);
	t->oncpu_known = n > 0;
	if (n > 0) {
		buf[n] = '\0';
		t->oncpu_ns = strtoull(buf, NULL, 10);
	}
}

/* Where a thread may run (pinning) and where it ran last. Both are plain
 * /proc reads: the kernel formats the list, the same text `taskset -p` shows. */
static void read_placement(pid_t tgid, struct thread_name *t)
{
	char path[64], buf[2048], *line, *p;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/task/%u/status", tgid, t->tid);
	n = read_small(path, buf, sizeof(buf) - 1);
	if (n > 0) {
		buf[n] = '\0';
		line = strstr(buf, "\nCpus_allowed_list:");
		if (line) {
			line += strlen("\nCpus_allowed_list:");
			line += strspn(line, " \t");
			size_t len = strcspn(line, "\n");
			if (len >= sizeof(t->cpus_allowed))
				len = sizeof(t->cpus_allowed) - 1;
			memcpy(t->cpus_allowed, line, len);
			t->cpus_allowed[len] = '\0';
		}
	}
	/* The comm (field 2) may hold spaces and parentheses: count fields
	 * from the last ')'. "processor" is field 39. */
	snprintf(path, sizeof(path), "/proc/%d/task/%u/stat", tgid, t->tid);
	n = read_small(path, buf, sizeof(buf) - 1);
	if (n > 0) {
		buf[n] = '\0';
		p = strrchr(buf, ')');
		for (int field = 2; p && field < 39; field++) {
			p = strchr(p + 1, ' ');
		}
		if (p)
			t->last_cpu = (int)strtol(p + 1, NULL, 10);
	}
}

/* A live thread's name comes from /proc (it may have been renamed after its
 * first syscall); an exited thread keeps the last name we saw, or the one
 * the probe stored. Each thread's comm is read once per snapshot: the map
 * walk is unordered, so first collect the tids, then read. */
static void refresh_names(struct session *s, Stackprof__V1__Snapshot *snap)
{
	for (size_t i = 0; i < snap->n_syscalls; i++)
		name_slot(s, snap->syscalls[i]->tid);
	for (size_t i = 0; i < snap->n_epolls; i++)
		name_slot(s, snap->epolls[i]->tid);
	for (size_t i = 0; i < snap->n_thread_sched; i++)
		name_slot(s, snap->thread_sched[i]->tid);
	for (size_t i = 0; i < snap->n_listeners; i++)
		for (size_t j = 0; j < snap->listeners[i]->n_accepts; j++)
			name_slot(s, snap->listeners[i]->accepts[j]->tid);
	for (size_t i = 0; i < snap->n_listeners; i++)
		if (snap->listeners[i]->listen_seen)
			name_slot(s, snap->listeners[i]->listen_tid);
	for (size_t i = 0; i < snap->n_stack_samples; i++)
		name_slot(s, snap->stack_samples[i]->tid);
	for (size_t i = 0; i < snap->n_lkl_syscalls; i++)
		name_slot(s, snap->lkl_syscalls[i]->tid);
	for (size_t i = 0; snap->lkl && i < snap->lkl->n_threads; i++)
		name_slot(s, snap->lkl->threads[i]);
	{
		__u32 tids[256];
		size_t n = nodejs_tids(snap, tids, 256);

		for (size_t i = 0; i < n; i++)
			name_slot(s, tids[i]);
	}
	for (size_t i = 0; i < s->n_names; i++) {
		struct thread_name *t = &s->names[i];
		char path[64], comm[17];
		ssize_t n;

		if (t->exited)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%u/comm", s->tgid, t->tid);
		n = read_small(path, comm, 16);
		if (n > 0) {
			if (comm[n - 1] == '\n')
				n--;
			memset(t->comm, 0, sizeof(t->comm));
			memcpy(t->comm, comm, (size_t)n);
			read_oncpu(s->tgid, t);
			read_placement(s->tgid, t);
		} else {
			t->exited = true;
			if (!t->comm[0])
				syscalls_thread_comm(s->syscalls, t->tid, t->comm);
		}
	}
}

static int snapshot_frame(struct session *s, bool final, const char *reason, bool target_alive)
{
	Stackprof__V1__Frame frame = STACKPROF__V1__FRAME__INIT;
	Stackprof__V1__Snapshot snap = STACKPROF__V1__SNAPSHOT__INIT;
	Stackprof__V1__Final fin = STACKPROF__V1__FINAL__INIT;
	Stackprof__V1__ThreadName *names = NULL, **name_ptrs = NULL;
	int err;

	err = syscalls_read(s->syscalls, &snap);
	if (!err && s->eventloop)
		err = eventloop_read(s->eventloop, &snap);
	if (!err && s->sched)
		err = sched_read(s->sched, &snap);
	if (!err && s->listeners)
		err = listeners_read(s->listeners, &snap);
	if (!err && s->stacks)
		err = stacks_read(s->stacks, &snap);
	if (!err && s->lkl)
		err = lkl_read(s->lkl, &snap);
	if (!err && s->nodejs)
		err = nodejs_read(s->nodejs, &snap);
	if (err)
		goto out;
	snap.monotonic_ns = monotonic_ns();
	snap.target_alive = target_alive;
	refresh_names(s, &snap);
	names = calloc(s->n_names + 1, sizeof(*names));
	name_ptrs = calloc(s->n_names + 1, sizeof(*name_ptrs));
	if (!names || !name_ptrs) {
		err = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < s->n_names; i++) {
		stackprof__v1__thread_name__init(&names[i]);
		names[i].tid = s->names[i].tid;
		names[i].name.data = (uint8_t *)s->names[i].comm;
		names[i].name.len = strnlen(s->names[i].comm, sizeof(s->names[i].comm));
		names[i].exited = s->names[i].exited;
		names[i].oncpu_ns = s->names[i].oncpu_ns;
		names[i].oncpu_known = s->names[i].oncpu_known;
		names[i].cpus_allowed_list = s->names[i].cpus_allowed;
		names[i].last_cpu = s->names[i].last_cpu;
		name_ptrs[i] = &names[i];
	}
	snap.threads = name_ptrs;
	snap.n_threads = s->n_names;
	if (final) {
		fin.snapshot = &snap;
		fin.reason = (char *)reason;
		frame.kind_case = STACKPROF__V1__FRAME__KIND_FINAL;
		frame.final = &fin;
	} else {
		frame.kind_case = STACKPROF__V1__FRAME__KIND_SNAPSHOT;
		frame.snapshot = &snap;
	}
	err = frame_write(&frame);
out:
	free(names);
	free(name_ptrs);
	syscalls_free_snapshot(&snap);
	eventloop_free_snapshot(&snap);
	sched_free_snapshot(&snap);
	listeners_free_snapshot(&snap);
	stacks_free_snapshot(&snap);
	lkl_free_snapshot(&snap);
	nodejs_free_snapshot(&snap);
	return err;
}

static int hello_frame(struct session *s, Stackprof__V1__ProbeStatus **probes, size_t n_probes,
		       __u64 started_ns)
{
	Stackprof__V1__Frame frame = STACKPROF__V1__FRAME__INIT;
	Stackprof__V1__Hello hello = STACKPROF__V1__HELLO__INIT;
	struct utsname uts;
	char path[64], comm[17] = "", cmdline[MAX_CMDLINE];
	ssize_t n;

	uname(&uts);
	snprintf(path, sizeof(path), "/proc/%d/comm", s->tgid);
	n = read_small(path, comm, 16);
	if (n > 0 && comm[n - 1] == '\n')
		n--;
	hello.target_comm.data = (uint8_t *)comm;
	hello.target_comm.len = n > 0 ? (size_t)n : 0;
	snprintf(path, sizeof(path), "/proc/%d/cmdline", s->tgid);
	n = read_small(path, cmdline, sizeof(cmdline));
	hello.target_cmdline.data = (uint8_t *)cmdline;
	hello.target_cmdline.len = n > 0 ? (size_t)n : 0;
	hello.protocol_version = PROTOCOL_VERSION;
	hello.loader_version = LOADER_VERSION;
	hello.kernel_release = uts.release;
	hello.machine = uts.machine;
	hello.target_tgid = (uint32_t)s->tgid;
	hello.attached_monotonic_ns = monotonic_ns();
	hello.attach_duration_ns = hello.attached_monotonic_ns - started_ns;
	hello.ncpus = (uint32_t)libbpf_num_possible_cpus();
	hello.probes = probes;
	hello.n_probes = n_probes;
	frame.kind_case = STACKPROF__V1__FRAME__KIND_HELLO;
	frame.hello = &hello;
	return frame_write(&frame);
}

static int libbpf_quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	/* Warnings reach the user's terminal through our stderr; debug chatter
	 * would drown the dashboard. */
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

/* --no-lkl: leave out the user-space network stack scan and its uprobes. */
static bool with_lkl = true;
/* --no-lkl-cpu-wait: leave lkl_cpu_get unprobed, two uprobe hits per LKL call instead of four. */
static bool with_lkl_cpu_wait = true;
/* --no-nodejs, and --stall-threshold-ms for its event-loop stalls. */
static bool with_nodejs = true;
static __u64 stall_threshold_ns = 100000000ULL;

static int run_attach(pid_t pid, int interval_ms, const char *variant, bool with_eventloop,
		      bool with_sched, bool with_listeners, const struct stacks_opts *stacks_opts)
{
	struct session s = { .pidfd = -1, .sigfd = -1, .timerfd = -1 };
	Stackprof__V1__ProbeStatus status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus el_status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus sched_status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus listeners_status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus stacks_status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus lkl_status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus nodejs_status = STACKPROF__V1__PROBE_STATUS__INIT;
	Stackprof__V1__ProbeStatus *probes[7];
	size_t n_probes = 0;
	char error[512], el_error[512], sched_error[512], listeners_error[512], stacks_error[512];
	char lkl_error[512], nodejs_error[512];
	__u64 started = monotonic_ns();
	unsigned long flags;
	sigset_t mask;
	const char *reason = NULL;
	bool target_alive = true;
	int rc = 1, err;

	/* Parent death: PDEATHSIG covers a SIGKILLed parent; the getppid check
	 * covers a parent that died before prctl took effect. */
	s.parent = getppid();
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() != s.parent)
		return 1;
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGHUP);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	s.sigfd = signalfd(-1, &mask, SFD_CLOEXEC);

	if (read_task_flags(pid, &flags) < 0) {
		frame_fatal("no-such-process", "check the PID with `ps -p PID`",
			    "no process with PID %d", pid);
		goto out;
	}
	if (flags & PF_KTHREAD) {
		frame_fatal("kernel-thread", "attach to a user-space process instead",
			    "PID %d is a kernel thread: it makes no syscalls to count", pid);
		goto out;
	}
	s.tgid = read_tgid(pid);
	if (s.tgid <= 0) {
		frame_fatal("no-such-process", NULL, "no process with PID %d", pid);
		goto out;
	}
	if (!privileged_enough()) {
		frame_fatal("privileges",
			    "run as root (sudo stackprof ...), or give the loader the capabilities: "
			    "sudo setcap cap_bpf,cap_perfmon+ep native/build/stackprof-loader",
			    "loading BPF programs needs CAP_BPF and CAP_PERFMON (or root), which this process lacks");
		goto out;
	}
	/* A pidfd pins the identity of the target: a recycled PID cannot fool us. */
	s.pidfd = (int)syscall(SYS_pidfd_open, s.tgid, 0);
	if (s.pidfd < 0) {
		frame_fatal("no-such-process", NULL, "process %d is gone (%s)", s.tgid, strerror(errno));
		goto out;
	}

	libbpf_set_print(libbpf_quiet);
	s.syscalls = syscalls_attach(s.tgid, variant, with_eventloop, &status, error, sizeof(error));
	probes[n_probes++] = &status;
	if (!s.syscalls) {
		hello_frame(&s, probes, n_probes, started);
		frame_fatal("load-failed", "run `stackprof check` to see what this kernel allows",
			    "%s", error);
		goto out;
	}
	/* Optional: without it, syscall counts still work; the Hello frame
	 * tells the user what is missing and why. */
	if (with_eventloop) {
		s.eventloop = eventloop_attach(s.tgid, s.syscalls, &el_status, el_error, sizeof(el_error));
		probes[n_probes++] = &el_status;
	}
	if (with_sched) {
		s.sched = sched_attach(s.tgid, &sched_status, sched_error, sizeof(sched_error));
		probes[n_probes++] = &sched_status;
	}
	if (with_listeners) {
		s.listeners = listeners_attach(s.tgid, &listeners_status, listeners_error, sizeof(listeners_error));
		probes[n_probes++] = &listeners_status;
	}
	if (stacks_opts) {
		s.stacks = stacks_attach(s.tgid, stacks_opts, &stacks_status, stacks_error, sizeof(stacks_error));
		probes[n_probes++] = &stacks_status;
	}
	if (with_lkl) {
		s.lkl = lkl_attach(s.tgid, with_lkl_cpu_wait, &lkl_status, lkl_error, sizeof(lkl_error));
		probes[n_probes++] = &lkl_status;
	}
	if (with_nodejs) {
		s.nodejs = nodejs_attach(s.tgid, stall_threshold_ns, &nodejs_status, nodejs_error,
					 sizeof(nodejs_error));
		probes[n_probes++] = &nodejs_status;
	}
	if (hello_frame(&s, probes, n_probes, started) < 0)
		goto out;

	s.timerfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	struct itimerspec its = {
		.it_interval = { interval_ms / 1000, (long)(interval_ms % 1000) * 1000000L },
		.it_value = { interval_ms / 1000, (long)(interval_ms % 1000) * 1000000L },
	};
	timerfd_settime(s.timerfd, 0, &its, NULL);

	while (!reason) {
		struct pollfd fds[4] = {
			{ .fd = s.sigfd, .events = POLLIN },
			{ .fd = STDIN_FILENO, .events = POLLIN },
			{ .fd = s.pidfd, .events = POLLIN },
			{ .fd = s.timerfd, .events = POLLIN },
		};

		/* lkl: a short timeout only while `run`'s command is about to exec */
		int polled = poll(fds, 4, lkl_poll_timeout_ms(s.lkl));

		lkl_tick(s.lkl);
		if (polled < 0) {
			if (errno == EINTR)
				continue;
			reason = "error";
			break;
		}
		if (fds[0].revents & POLLIN) {
			struct signalfd_siginfo si;

			if (read(s.sigfd, &si, sizeof(si)) == sizeof(si))
				reason = getppid() != s.parent ? "parent-died" : "signal";
		}
		if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
			char buf[256];
			ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));

			/* Input is only a keep-alive; its end means the reader is done. */
			if (n <= 0)
				reason = "stdin-closed";
		}
		if (fds[2].revents & POLLIN) {
			reason = "target-exited";
			target_alive = false;
		}
		if (!reason && (fds[3].revents & POLLIN)) {
			__u64 ticks;

			if (read(s.timerfd, &ticks, sizeof(ticks)) == sizeof(ticks) &&
			    snapshot_frame(&s, false, NULL, true) < 0)
				reason = "stdout-closed";
		}
	}
	/* Detach first, so the final numbers are complete and stop moving. */
	syscalls_detach(s.syscalls);
	eventloop_detach(s.eventloop);
	sched_detach(s.sched);
	listeners_detach(s.listeners);
	stacks_detach(s.stacks);
	lkl_detach(s.lkl);
	nodejs_detach(s.nodejs);
	err = snapshot_frame(&s, true, reason, target_alive);
	rc = err < 0 && strcmp(reason, "stdout-closed") != 0 ? 1 : 0;
out:
	syscalls_destroy(s.syscalls);
	eventloop_destroy(s.eventloop);
	sched_destroy(s.sched);
	listeners_destroy(s.listeners);
	stacks_destroy(s.stacks);
	lkl_destroy(s.lkl);
	nodejs_destroy(s.nodejs);
	free(s.names);
	if (s.pidfd >= 0)
		close(s.pidfd);
	if (s.timerfd >= 0)
		close(s.timerfd);
	if (s.sigfd >= 0)
		close(s.sigfd);
	return rc;
}

static int run_check(bool mount_tracefs)
{
	Stackprof__V1__Frame frame = STACKPROF__V1__FRAME__INIT;
	Stackprof__V1__CheckReport report = STACKPROF__V1__CHECK_REPORT__INIT;
	Stackprof__V1__FeatureResult results[FEATURE_MAX], *ptrs[FEATURE_MAX];
	struct feature_result raw[FEATURE_MAX];
	struct utsname uts;
	char detail[256];
	__u64 caps = effective_caps();
	int n;

	if (mount_tracefs && featureprobe_mount_tracefs(detail, sizeof(detail)) != 0)
		fprintf(stderr, "stackprof-loader: could not mount tracefs: %s\n", detail);
	n = featureprobe_run(raw, FEATURE_MAX);
	for (int i = 0; i < n; i++) {
		stackprof__v1__feature_result__init(&results[i]);
		results[i].name = raw[i].name;
		results[i].status = (Stackprof__V1__FeatureResult__Status)raw[i].status;
		results[i].detail = raw[i].detail;
		ptrs[i] = &results[i];
	}
	uname(&uts);
	report.features = ptrs;
	report.n_features = (size_t)n;
	report.root = geteuid() == 0;
	report.cap_bpf = has_cap(caps, CAP_BPF_BIT);
	report.cap_perfmon = has_cap(caps, CAP_PERFMON_BIT);
	report.cap_sys_admin = has_cap(caps, CAP_SYS_ADMIN_BIT);
	report.kernel_release = uts.release;
	report.machine = uts.machine;
	frame.kind_case = STACKPROF__V1__FRAME__KIND_CHECK;
	frame.check = &report;
	return frame_write(&frame) < 0 ? 1 : 0;
}

static void usage(FILE *out)
{
	fprintf(out,
		"usage: stackprof-loader attach --pid PID [--interval-ms N] [--variant auto|tp_btf|tracepoint|count-only]\n"
		"                               [--no-eventloop] [--no-sched] [--no-listeners]\n"
		"                               [--no-stacks] [--freq HZ] [--event cpu-clock|cycles] [--off-cpu]\n"
		"                               [--no-lkl] [--no-lkl-cpu-wait] [--no-nodejs] [--stall-threshold-ms N]\n"
		"       stackprof-loader check [--mount-tracefs]\n"
		"       stackprof-loader symbolize --pid PID [--kernel] [ADDR...]   (addresses from stdin if none)\n"
		"       stackprof-loader --version\n"
		"Writes length-delimited protobuf frames (proto/stackprof.proto) to stdout.\n"
		"Normally run by the `stackprof` command, not by hand.\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pid", required_argument, NULL, 'p' },
		{ "interval-ms", required_argument, NULL, 'i' },
		{ "variant", required_argument, NULL, 'v' },
		{ "mount-tracefs", no_argument, NULL, 'm' },
		{ "no-eventloop", no_argument, NULL, 'E' },
		{ "no-sched", no_argument, NULL, 'S' },
		{ "no-listeners", no_argument, NULL, 'L' },
		{ "no-stacks", no_argument, NULL, 1001 },
		{ "freq", required_argument, NULL, 1002 },
		{ "event", required_argument, NULL, 1003 },
		{ "off-cpu", no_argument, NULL, 1004 },
		{ "no-lkl", no_argument, NULL, 1201 },
		{ "no-lkl-cpu-wait", no_argument, NULL, 1202 },
		{ "no-nodejs", no_argument, NULL, 1301 },
		{ "stall-threshold-ms", required_argument, NULL, 1302 },
		{ "kernel", no_argument, NULL, 1101 },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *variant = "auto";
	long pid = -1, interval_ms = 1000;
	bool mount_tracefs = false, with_eventloop = true, with_sched = true, with_listeners = true;
	bool with_stacks = true, kernel_addrs = false;
	struct stacks_opts stacks_opts = { .freq = 99, .event = STACKS_EVENT_CPU_CLOCK };
	long freq;
	char *end;
	int c;

	while ((c = getopt_long(argc, argv, "p:i:v:mESLVh", opts, NULL)) != -1) {
		switch (c) {
		case 'p':
			pid = strtol(optarg, &end, 10);
			if (*end || pid <= 0 || pid > 4194304) {
				frame_fatal("usage", NULL, "invalid PID '%s'", optarg);
				return 2;
			}
			break;
		case 'i':
			interval_ms = strtol(optarg, &end, 10);
			if (*end || interval_ms < 10 || interval_ms > 3600000) {
				frame_fatal("usage", NULL, "invalid interval '%s' (10..3600000 ms)", optarg);
				return 2;
			}
			break;
		case 'v':
			variant = optarg;
			break;
		case 'm':
			mount_tracefs = true;
			break;
		case 'E':
			with_eventloop = false;
			break;
		case 'S':
			with_sched = false;
			break;
		case 'L':
			with_listeners = false;
			break;
		case 1001:
			with_stacks = false;
			break;
		case 1002:
			freq = strtol(optarg, &end, 10);
			if (*end || freq < 1 || freq > 10000) {
				frame_fatal("usage", NULL, "invalid frequency '%s' (1..10000 Hz)", optarg);
				return 2;
			}
			stacks_opts.freq = (unsigned)freq;
			break;
		case 1003:
			if (strcmp(optarg, "cpu-clock") == 0) {
				stacks_opts.event = STACKS_EVENT_CPU_CLOCK;
			} else if (strcmp(optarg, "cycles") == 0) {
				stacks_opts.event = STACKS_EVENT_CYCLES;
			} else {
				frame_fatal("usage", NULL, "invalid event '%s' (cpu-clock or cycles)", optarg);
				return 2;
			}
			break;
		case 1004:
			stacks_opts.offcpu = true;
			break;
		case 1201:
			with_lkl = false;
			break;
		case 1202:
			with_lkl_cpu_wait = false;
			break;
		case 1301:
			with_nodejs = false;
			break;
		case 1302: {
			long ms = strtol(optarg, &end, 10);

			if (*end || ms < 1 || ms > 3600000) {
				frame_fatal("usage", NULL, "invalid stall threshold '%s' (1..3600000 ms)", optarg);
				return 2;
			}
			stall_threshold_ns = (__u64)ms * 1000000ULL;
			break;
		}
		case 1101:
			kernel_addrs = true;
			break;
		case 'V':
			printf("stackprof-loader %s protocol %d\n", LOADER_VERSION, PROTOCOL_VERSION);
			return 0;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[optind], "check") == 0)
		return run_check(mount_tracefs);
	if (strcmp(argv[optind], "symbolize") == 0) {
		if (pid < 0) {
			fprintf(stderr, "symbolize needs --pid\n");
			return 2;
		}
		return symbolize_command((pid_t)pid, kernel_addrs, argc - optind - 1, argv + optind + 1);
	}
	if (strcmp(argv[optind], "attach") == 0) {
		if (pid < 0) {
			frame_fatal("usage", NULL, "attach needs --pid");
			return 2;
		}
		return run_attach((pid_t)pid, (int)interval_ms, variant, with_eventloop, with_sched, with_listeners,
				  with_stacks ? &stacks_opts : NULL);
	}
	usage(stderr);
	return 2;
}
