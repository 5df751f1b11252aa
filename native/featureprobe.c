/*
 * Feature probes for `stackprof check`.
 *
 * Status mapping follows cilium/ebpf's feature probes: the kernel saying "no
 * such thing" is MISSING, anything else that goes wrong is INCONCLUSIVE with
 * the errno in the detail, so a flaky environment is never reported as a
 * kernel limitation.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/perf_event.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "featureprobe.h"
#include "featureprobe.skel.h"

#ifndef TRACEFS_MAGIC
#define TRACEFS_MAGIC 0x74726163
#endif

/* Kernel-internal "not supported" that leaks out of bpf(2); libc has no name for it. */
#ifndef ENOTSUPP
#define ENOTSUPP 524
#endif

#define CAP_SYS_ADMIN_BIT 21
#define CAP_PERFMON_BIT 38
#define CAP_BPF_BIT 39

#define TRACEFS_DIR "/sys/kernel/tracing"
#define DEBUGFS_TRACING_DIR "/sys/kernel/debug/tracing"
#define VMLINUX_BTF "/sys/kernel/btf/vmlinux"
#define NEEDS_CAPS "needs CAP_BPF and CAP_PERFMON (or root) to probe"

/*
 * The uprobe probe's target. noinline and used keep a real symbol with a real
 * body in the binary; the empty asm gives it a side effect so the compiler
 * cannot drop the call we make after attaching.
 */
__attribute__((noinline, used)) int featureprobe_uprobe_target(int x)
{
	__asm__ __volatile__("" : "+r"(x) : : "memory");
	return x + 1;
}

static void set_detail(char *detail, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void set_detail(char *detail, size_t len, const char *fmt, ...)
{
	va_list ap;

	if (!detail || !len)
		return;
	va_start(ap, fmt);
	vsnprintf(detail, len, fmt, ap);
	va_end(ap);
}

/* Lowercase, single-line errno text: details are shown verbatim to users. */
static const char *errtext(int err, char *buf, size_t len)
{
	char *p;

	if (err < 0)
		err = -err;
	if (err == ENOTSUPP)
		snprintf(buf, len, "operation not supported (enotsupp)");
	else
		libbpf_strerror(err, buf, len);
	for (p = buf; *p; p++) {
		if (*p == '\n')
			*p = ' ';
		*p = (char)tolower((unsigned char)*p);
	}
	return buf;
}

static int quiet_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/*
 * CapEff rather than geteuid(): a non-root loader can be given CAP_BPF and
 * CAP_PERFMON with setcap, and root can have them dropped by a container.
 * CAP_SYS_ADMIN stands in for both, as on kernels older than 5.8.
 */
static bool can_probe(void)
{
	char line[256];
	uint64_t eff = 0;
	bool found = false;
	FILE *f = fopen("/proc/self/status", "re");

	if (!f)
		return geteuid() == 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "CapEff: %" SCNx64, &eff) == 1) {
			found = true;
			break;
		}
	}
	fclose(f);
	if (!found)
		return geteuid() == 0;
	if (eff & (1ULL << CAP_SYS_ADMIN_BIT))
		return true;
	return (eff & (1ULL << CAP_BPF_BIT)) && (eff & (1ULL << CAP_PERFMON_BIT));
}

static bool is_tracefs(const char *path)
{
	struct statfs st;

	return statfs(path, &st) == 0 && (unsigned long)st.f_type == TRACEFS_MAGIC;
}

/* Same two places libbpf looks, so "mounted" here means libbpf can use it. */
static const char *tracefs_mountpoint(void)
{
	if (is_tracefs(TRACEFS_DIR))
		return TRACEFS_DIR;
	if (is_tracefs(DEBUGFS_TRACING_DIR))
		return DEBUGFS_TRACING_DIR;
	return NULL;
}

static bool kernel_has_fs(const char *fstype)
{
	char line[128], name[64];
	bool found = false;
	FILE *f = fopen("/proc/filesystems", "re");

	/* Unknown is treated as present so we never claim more than we know. */
	if (!f)
		return true;
	while (!found && fgets(line, sizeof(line), f)) {
		if (sscanf(line, "nodev %63s", name) == 1 || sscanf(line, "%63s", name) == 1)
			found = strcmp(name, fstype) == 0;
	}
	fclose(f);
	return found;
}

/*
 * The kprobe/uprobe PMUs are how the kernel exposes probe support to
 * perf_event_open; without one, an attach failure is the kernel lacking the
 * feature, not our probe misbehaving.
 */
static bool has_pmu(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "/sys/bus/event_source/devices/%s/type", name);
	return access(path, F_OK) == 0;
}

static bool btf_readable(void)
{
	return access(VMLINUX_BTF, R_OK) == 0;
}

static enum feature_status probe_btf(char *detail, size_t len)
{
	char eb[128];
	uint16_t magic = 0;
	ssize_t n;
	int fd, err;

	fd = open(VMLINUX_BTF, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		err = errno;
		if (err == ENOENT) {
			set_detail(detail, len, "%s not found (kernel built without CONFIG_DEBUG_INFO_BTF?)", VMLINUX_BTF);
			return FEATURE_MISSING;
		}
		set_detail(detail, len, "cannot open %s: %s", VMLINUX_BTF, errtext(err, eb, sizeof(eb)));
		return FEATURE_INCONCLUSIVE;
	}
	n = read(fd, &magic, sizeof(magic));
	err = errno;
	close(fd);
	if (n < 0) {
		set_detail(detail, len, "cannot read %s: %s", VMLINUX_BTF, errtext(err, eb, sizeof(eb)));
		return FEATURE_INCONCLUSIVE;
	}
	/* BTF is always in host byte order when it comes from the running kernel. */
	if (n != (ssize_t)sizeof(magic) || magic != 0xeB9F) {
		set_detail(detail, len, "%s is not btf (bad magic)", VMLINUX_BTF);
		return FEATURE_INCONCLUSIVE;
	}
	set_detail(detail, len, "%s", VMLINUX_BTF);
	return FEATURE_AVAILABLE;
}

static enum feature_status probe_tracefs(char *detail, size_t len)
{
	const char *mp = tracefs_mountpoint();

	if (mp) {
		set_detail(detail, len, "mounted at %s", mp);
		return FEATURE_AVAILABLE;
	}
	if (!kernel_has_fs("tracefs")) {
		set_detail(detail, len, "kernel has no tracefs (built without CONFIG_TRACING?)");
		return FEATURE_MISSING;
	}
	set_detail(detail, len, "tracefs is not mounted at " TRACEFS_DIR);
	return FEATURE_MISSING;
}

enum prog_kind { PK_TRACEPOINT, PK_TP_BTF, PK_RAW_TP, PK_PERF_EVENT, PK_UPROBE, PK_ITER, PK_KPROBE, PK_FENTRY };

static struct bpf_program *pick_program(struct featureprobe_bpf *skel, enum prog_kind kind)
{
	switch (kind) {
	case PK_TRACEPOINT: return skel->progs.fp_tracepoint;
	case PK_TP_BTF: return skel->progs.fp_tp_btf;
	case PK_RAW_TP: return skel->progs.fp_raw_tp;
	case PK_PERF_EVENT: return skel->progs.fp_perf_event;
	case PK_UPROBE: return skel->progs.fp_uprobe;
	case PK_ITER: return skel->progs.fp_iter;
	case PK_KPROBE: return skel->progs.fp_kprobe;
	case PK_FENTRY: return skel->progs.fp_fentry;
	}
	return NULL;
}

static bool kind_needs_btf(enum prog_kind kind)
{
	return kind == PK_TP_BTF || kind == PK_ITER || kind == PK_FENTRY;
}

static enum feature_status classify_load(enum prog_kind kind, int err, char *detail, size_t len)
{
	char eb[128];

	errtext(err, eb, sizeof(eb));
	/*
	 * We only get here with CAP_BPF and CAP_PERFMON, so EPERM on fentry is
	 * the kernel refusing trampolines (lockdown, missing ftrace direct
	 * calls), not us lacking privileges.
	 */
	if (kind == PK_FENTRY && (err == EPERM || err == ENOTSUPP || err == EOPNOTSUPP || err == EINVAL)) {
		set_detail(detail, len, "load refused: %s (kernel cannot attach fentry/fexit trampolines)", eb);
		return FEATURE_MISSING;
	}
	/* A "return 0" program cannot fail verification, so these mean the program type is unknown. */
	if (err == EINVAL || err == E2BIG || err == ENOTSUPP || err == EOPNOTSUPP) {
		set_detail(detail, len, "load refused: %s (program type not supported?)", eb);
		return FEATURE_MISSING;
	}
	/* libbpf's "target not in kernel btf": the tracepoint or iterator does not exist here. */
	if (err == ESRCH && (kind == PK_TP_BTF || kind == PK_ITER)) {
		set_detail(detail, len, "load failed: %s (%s not in kernel btf)", eb,
			   kind == PK_TP_BTF ? "btf_trace_sys_enter" : "bpf_iter_task");
		return FEATURE_MISSING;
	}
	set_detail(detail, len, "load failed: %s", eb);
	return FEATURE_INCONCLUSIVE;
}

static enum feature_status classify_attach(enum prog_kind kind, const char *stage, int err, char *detail, size_t len)
{
	char eb[128];
	bool notsup = err == ENOTSUPP || err == EOPNOTSUPP;

	errtext(err, eb, sizeof(eb));
	switch (kind) {
	case PK_TRACEPOINT:
		/* libbpf reads the tracepoint id from tracefs; without it nothing can attach. */
		if (!tracefs_mountpoint()) {
			set_detail(detail, len, "tracefs is not mounted at " TRACEFS_DIR);
			return FEATURE_MISSING;
		}
		if (err == ENOENT) {
			set_detail(detail, len, "%s failed: %s (no raw_syscalls/sys_enter in tracefs)", stage, eb);
			return FEATURE_INCONCLUSIVE;
		}
		break;
	case PK_KPROBE:
		if ((err == ENOENT || notsup) && !has_pmu("kprobe")) {
			set_detail(detail, len, "%s failed: %s (kernel built without CONFIG_KPROBES?)", stage, eb);
			return FEATURE_MISSING;
		}
		break;
	case PK_UPROBE:
		if ((err == ENOENT || notsup) && !has_pmu("uprobe")) {
			set_detail(detail, len, "%s failed: %s (kernel built without CONFIG_UPROBE_EVENTS?)", stage, eb);
			return FEATURE_MISSING;
		}
		break;
	case PK_PERF_EVENT:
		/* ENOSYS/ENOENT/ENODEV from perf_event_open: no perf events or no cpu-clock event at all. */
		if (err == ENOSYS || err == ENOENT || err == ENODEV || notsup) {
			set_detail(detail, len, "%s failed: %s", stage, eb);
			return FEATURE_MISSING;
		}
		if (err == EACCES || err == EPERM) {
			set_detail(detail, len, "%s failed: %s (kernel.perf_event_paranoid?)", stage, eb);
			return FEATURE_INCONCLUSIVE;
		}
		break;
	case PK_FENTRY:
		if (err == EPERM || err == EINVAL || notsup) {
			set_detail(detail, len, "%s refused: %s (kernel cannot attach fentry/fexit trampolines)", stage, eb);
			return FEATURE_MISSING;
		}
		break;
	case PK_TP_BTF:
	case PK_RAW_TP:
	case PK_ITER:
		break;
	}
	if (notsup) {
		set_detail(detail, len, "%s refused: %s", stage, eb);
		return FEATURE_MISSING;
	}
	set_detail(detail, len, "%s failed: %s", stage, eb);
	return FEATURE_INCONCLUSIVE;
}

/*
 * File offset of our own uprobe target, from /proc/self/maps. Used when the
 * symbol lookup fails, e.g. because a packager stripped the loader: the probe
 * is about the kernel, not about our symbol table.
 */
static long self_offset_of(const void *addr)
{
	char line[512], perms[8];
	unsigned long start, end, off;
	uintptr_t a = (uintptr_t)addr;
	long result = -1;
	FILE *f = fopen("/proc/self/maps", "re");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%lx-%lx %7s %lx", &start, &end, perms, &off) != 4)
			continue;
		if (a >= start && a < end && perms[2] == 'x') {
			result = (long)(a - start + off);
			break;
		}
	}
	fclose(f);
	return result;
}

static struct bpf_link *attach_uprobe_self(struct bpf_program *prog, int *err)
{
	LIBBPF_OPTS(bpf_uprobe_opts, opts, .func_name = "featureprobe_uprobe_target");
	LIBBPF_OPTS(bpf_uprobe_opts, plain);
	struct bpf_link *link;
	long off;

	/* pid 0: only this process, so nothing else ever hits the probe. */
	link = bpf_program__attach_uprobe_opts(prog, 0, "/proc/self/exe", 0, &opts);
	if (link)
		return link;
	*err = errno;
	off = self_offset_of((const void *)featureprobe_uprobe_target);
	if (*err != ENOENT || off < 0)
		return NULL;
	link = bpf_program__attach_uprobe_opts(prog, 0, "/proc/self/exe", (size_t)off, &plain);
	*err = link ? 0 : errno;
	return link;
}

/*
 * Attaches prog, makes it run where that is cheap, and detaches again.
 * Returns 0 or a positive errno, with *stage naming the step that failed.
 */
static int attach_and_detach(enum prog_kind kind, struct bpf_program *prog, const char **stage)
{
	struct bpf_link *link = NULL;
	int err = 0;

	*stage = "attach";
	switch (kind) {
	case PK_PERF_EVENT: {
		struct perf_event_attr attr = {
			.type = PERF_TYPE_SOFTWARE,
			.size = sizeof(attr),
			.config = PERF_COUNT_SW_CPU_CLOCK,
			.freq = 1,
			.sample_freq = 1,
		};
		int pfd = (int)syscall(__NR_perf_event_open, &attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);

		if (pfd < 0) {
			*stage = "perf_event_open";
			return errno;
		}
		link = bpf_program__attach_perf_event(prog, pfd);
		if (!link) {
			err = errno;
			close(pfd);
			return err;
		}
		/* From here the link owns pfd and closes it on destroy. */
		break;
	}
	case PK_UPROBE: {
		int (*volatile target)(int) = featureprobe_uprobe_target;

		link = attach_uprobe_self(prog, &err);
		if (!link)
			return err;
		target(1);
		break;
	}
	case PK_ITER: {
		char buf[4096];
		ssize_t n;
		int fd;

		link = bpf_program__attach_iter(prog, NULL);
		if (!link)
			return errno;
		fd = bpf_iter_create(bpf_link__fd(link));
		if (fd < 0) {
			err = -fd;
			*stage = "iter create";
			break;
		}
		do {
			n = read(fd, buf, sizeof(buf));
		} while (n > 0 || (n < 0 && errno == EINTR));
		if (n < 0) {
			err = errno;
			*stage = "iter read";
		}
		close(fd);
		break;
	}
	case PK_TRACEPOINT:
	case PK_TP_BTF:
	case PK_RAW_TP:
	case PK_KPROBE:
	case PK_FENTRY:
		/* The section names carry the targets, so libbpf's auto-attach suffices. */
		link = bpf_program__attach(prog);
		if (!link)
			return errno;
		break;
	}
	bpf_link__destroy(link);
	return err;
}

static enum feature_status probe_program(enum prog_kind kind, char *detail, size_t len)
{
	struct featureprobe_bpf *skel;
	struct bpf_program *prog, *p;
	enum feature_status st;
	const char *stage;
	char eb[128];
	int err;

	if (kind_needs_btf(kind) && !btf_readable()) {
		set_detail(detail, len, "needs kernel btf at %s", VMLINUX_BTF);
		return FEATURE_MISSING;
	}
	skel = featureprobe_bpf__open();
	if (!skel) {
		set_detail(detail, len, "cannot open probe object: %s", errtext(errno, eb, sizeof(eb)));
		return FEATURE_INCONCLUSIVE;
	}
	prog = pick_program(skel, kind);
	/* One program per load, so a refusal is pinned on the attach type under test. */
	bpf_object__for_each_program(p, skel->obj)
		bpf_program__set_autoload(p, p == prog);
	err = featureprobe_bpf__load(skel);
	if (err) {
		st = classify_load(kind, -err, detail, len);
		goto out;
	}
	err = attach_and_detach(kind, prog, &stage);
	if (err) {
		st = classify_attach(kind, stage, err, detail, len);
		goto out;
	}
	set_detail(detail, len, kind == PK_ITER ? "loaded, attached and read to eof" : "loaded and attached");
	st = FEATURE_AVAILABLE;
out:
	featureprobe_bpf__destroy(skel);
	return st;
}

static enum feature_status probe_map(enum bpf_map_type type, const char *type_name, char *detail, size_t len)
{
	char eb[128];
	int ret = libbpf_probe_bpf_map_type(type, NULL);

	if (ret == 1) {
		set_detail(detail, len, "%s map created", type_name);
		return FEATURE_AVAILABLE;
	}
	if (ret == 0) {
		set_detail(detail, len, "kernel rejects %s maps", type_name);
		return FEATURE_MISSING;
	}
	set_detail(detail, len, "map probe failed: %s", errtext(ret, eb, sizeof(eb)));
	return FEATURE_INCONCLUSIVE;
}

static enum feature_status p_btf(char *d, size_t l) { return probe_btf(d, l); }
static enum feature_status p_tracefs(char *d, size_t l) { return probe_tracefs(d, l); }
static enum feature_status p_tracepoint(char *d, size_t l) { return probe_program(PK_TRACEPOINT, d, l); }
static enum feature_status p_tp_btf(char *d, size_t l) { return probe_program(PK_TP_BTF, d, l); }
static enum feature_status p_raw_tp(char *d, size_t l) { return probe_program(PK_RAW_TP, d, l); }
static enum feature_status p_perf_event(char *d, size_t l) { return probe_program(PK_PERF_EVENT, d, l); }
static enum feature_status p_uprobe(char *d, size_t l) { return probe_program(PK_UPROBE, d, l); }
static enum feature_status p_iter(char *d, size_t l) { return probe_program(PK_ITER, d, l); }
static enum feature_status p_kprobe(char *d, size_t l) { return probe_program(PK_KPROBE, d, l); }
static enum feature_status p_fentry(char *d, size_t l) { return probe_program(PK_FENTRY, d, l); }
static enum feature_status p_task_storage(char *d, size_t l) { return probe_map(BPF_MAP_TYPE_TASK_STORAGE, "task_storage", d, l); }
static enum feature_status p_ringbuf(char *d, size_t l) { return probe_map(BPF_MAP_TYPE_RINGBUF, "ringbuf", d, l); }

/* Order is the order `stackprof check` prints; names are keyed on by the TypeScript side. */
static const struct {
	const char *name;
	enum feature_status (*fn)(char *detail, size_t len);
	bool needs_caps;
} probes[] = {
	{ "btf", p_btf, false },
	{ "tracefs", p_tracefs, false },
	{ "tracepoint", p_tracepoint, true },
	{ "tp_btf", p_tp_btf, true },
	{ "raw_tp", p_raw_tp, true },
	{ "perf_event", p_perf_event, true },
	{ "uprobe", p_uprobe, true },
	{ "iter", p_iter, true },
	{ "kprobe", p_kprobe, true },
	{ "fentry", p_fentry, true },
	{ "task_storage", p_task_storage, true },
	{ "ringbuf", p_ringbuf, true },
};

enum feature_status featureprobe_one(const char *name, char *detail, size_t detail_len)
{
	libbpf_print_fn_t prev;
	enum feature_status st;
	char scratch[256];
	size_t i;

	if (!detail || !detail_len) {
		detail = scratch;
		detail_len = sizeof(scratch);
	}
	detail[0] = '\0';
	for (i = 0; i < sizeof(probes) / sizeof(probes[0]); i++) {
		if (strcmp(probes[i].name, name) != 0)
			continue;
		/* Without privileges every load fails with EPERM, which says nothing about the kernel. */
		if (probes[i].needs_caps && !can_probe()) {
			set_detail(detail, detail_len, NEEDS_CAPS);
			return FEATURE_INCONCLUSIVE;
		}
		/* The loader's stderr reaches users; the useful part goes into detail instead. */
		prev = libbpf_set_print(quiet_print);
		st = probes[i].fn(detail, detail_len);
		libbpf_set_print(prev);
		return st;
	}
	set_detail(detail, detail_len, "unknown feature");
	return FEATURE_UNKNOWN;
}

int featureprobe_run(struct feature_result *out, int max)
{
	int i, n = 0;

	for (i = 0; i < (int)(sizeof(probes) / sizeof(probes[0])) && n < max; i++, n++) {
		snprintf(out[n].name, sizeof(out[n].name), "%s", probes[i].name);
		out[n].status = featureprobe_one(probes[i].name, out[n].detail, sizeof(out[n].detail));
	}
	return n;
}

int featureprobe_mount_tracefs(char *detail, size_t len)
{
	const char *mp = tracefs_mountpoint();
	char eb[128];
	int err;

	if (mp) {
		set_detail(detail, len, "tracefs already mounted at %s", mp);
		return 0;
	}
	/* The flags systemd uses for this mount: nothing in tracefs needs suid, devices or exec. */
	if (mount("nodev", TRACEFS_DIR, "tracefs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == 0) {
		set_detail(detail, len, "mounted tracefs at " TRACEFS_DIR);
		return 0;
	}
	err = errno;
	errtext(err, eb, sizeof(eb));
	switch (err) {
	case EPERM:
		set_detail(detail, len, "cannot mount tracefs at " TRACEFS_DIR ": %s (needs CAP_SYS_ADMIN)", eb);
		break;
	case ENODEV:
		set_detail(detail, len, "cannot mount tracefs at " TRACEFS_DIR ": %s (kernel has no tracefs)", eb);
		break;
	default:
		set_detail(detail, len, "cannot mount tracefs at " TRACEFS_DIR ": %s", eb);
		break;
	}
	return -err;
}
