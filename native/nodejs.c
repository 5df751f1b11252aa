// SPDX-License-Identifier: GPL-2.0
/* See nodejs.h. Recognition trusts nothing the target says about itself
 * except its mappings, its ELF symbols and its environment, all read from
 * /proc; the binary is never executed. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/bpf.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "percpu.h"
#include "procfs.h"
#include "nodejs.h"
#include "../probes/nodejs.h"
#include "nodejs.skel.h"

enum {
	SYM_SUBMIT,
	SYM_FS,
	SYM_GETADDRINFO,
	SYM_GETNAMEINFO,
	SYM_QUEUE,
	SYM_RANDOM,
	SYM_VERSION,
	SYM_QUEUE_SUBMIT,
	N_SYMS,
};

static const char *const sym_names[N_SYMS] = {
	"uv__work_submit", "uv__fs_work", "uv__getaddrinfo_work", "uv__getnameinfo_work",
	"uv__queue_work", "uv__random_work", "uv_version_string", "uv_queue_work",
};

static const char *const kind_names[NODEJS_KINDS] = { "fs", "dns", "user", "random" };

struct nodejs_probe {
	pid_t tgid;
	int ncpus;
	__u64 threshold_ns;
	struct nodejs_bpf *skel;
	struct bpf_link *links[24];
	size_t n_links;
	bool detached;
	char exe[PATH_MAX];          /* the executable at the last scan */
	bool found;
	const char *found_by;
	char path[PATH_MAX];
	char open_path[PATH_MAX + 32];
	dev_t dev;                   /* the file inspected at open_path: the uprobes reopen it (reopen_for_uprobe) */
	ino_t ino;
	bool multi;                  /* uprobes attached as uprobe_multi links, */
	int multi_fds[4];            /* these */
	size_t n_multi;
	__u64 offsets[N_SYMS];
	char node_version[32];
	char libuv_version[32];
	char threadpool_size[64];
	char use_io_uring[64];
	bool perf_basic_prof;
	bool environ_readable;
	const char *uprobes[16];
	size_t n_uprobes;
	char error[PATH_MAX + 512];
	bool io_uring_available;
	/* The snapshot's parts live here: filled by nodejs_read, used once. */
	Stackprof__V1__NodejsSnapshot out;
	Stackprof__V1__NodejsWorkKind kinds[NODEJS_KINDS], *kind_ptrs[NODEJS_KINDS];
	uint64_t wait_hist[NODEJS_KINDS][NODEJS_HIST_SLOTS], run_hist[NODEJS_KINDS][NODEJS_HIST_SLOTS];
	Stackprof__V1__NodejsWorker workers[NODEJS_MAX_WORKERS], *worker_ptrs[NODEJS_MAX_WORKERS];
	Stackprof__V1__NodejsLoop loop;
	uint64_t stall_hist[NODEJS_HIST_SLOTS];
	Stackprof__V1__NodejsStall stalls[NODEJS_STALL_RING], *stall_ptrs[NODEJS_STALL_RING];
	Stackprof__V1__NodejsRing rings[NODEJS_MAX_RINGS], *ring_ptrs[NODEJS_MAX_RINGS];
	Stackprof__V1__NodejsOpcodeCount ops[NODEJS_OPCODES], *op_ptrs[NODEJS_OPCODES];
	__u32 sqpoll[64];
	Stackprof__V1__NodejsCounters counters;
};

/* --- recognition -------------------------------------------------------- */

static __u64 file_offset(Elf *e, const GElf_Sym *sym)
{
	Elf_Scn *scn = elf_getscn(e, sym->st_shndx);
	GElf_Shdr sh;

	if (!scn || !gelf_getshdr(scn, &sh) || sh.sh_type == SHT_NOBITS || sym->st_value < sh.sh_addr)
		return 0;
	return sym->st_value - sh.sh_addr + sh.sh_offset;
}

static __u64 vaddr_to_offset(Elf *e, __u64 vaddr)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(e, scn)) != NULL) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_type == SHT_NOBITS || !(sh.sh_flags & SHF_ALLOC))
			continue;
		if (vaddr >= sh.sh_addr && vaddr < sh.sh_addr + sh.sh_size)
			return vaddr - sh.sh_addr + sh.sh_offset;
	}
	return 0;
}

static bool version_like(const char *s, size_t len)
{
	size_t dots = 0;

	if (len < 5)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (i == 0 || s[i - 1] == '.')
				return false;
			dots++;
		} else if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return dots == 2 && s[len - 1] != '.';
}

/* uv_version_string() on x86_64 is `lea rax, [rip + str]; ret`: follow it
 * to the string rather than guessing among the version-like strings. */
static void libuv_version(struct nodejs_probe *p, int fd, Elf *e)
{
	unsigned char code[8];
	char buf[32];
	__s32 disp;
	__u64 off;
	GElf_Ehdr eh;
	ssize_t n;

	if (!p->offsets[SYM_VERSION] || !gelf_getehdr(e, &eh) || eh.e_machine != EM_X86_64)
		return;
	if (pread(fd, code, sizeof(code), (off_t)p->offsets[SYM_VERSION]) != sizeof(code))
		return;
	if (code[0] == 0xb8) {
		/* Non-PIE: `mov $str, %eax; ret`. */
		__u32 abs;

		memcpy(&abs, code + 1, sizeof(abs));
		off = vaddr_to_offset(e, abs);
		goto read;
	}
	if (code[0] != 0x48 || code[1] != 0x8d || code[2] != 0x05)
		return;
	memcpy(&disp, code + 3, sizeof(disp));
	/* offsets[] is a file offset; the section math wants addresses. */
	{
		Elf_Scn *scn = NULL;
		GElf_Shdr sh;
		__u64 vaddr = 0;

		while ((scn = elf_nextscn(e, scn)) != NULL) {
			if (!gelf_getshdr(scn, &sh) || sh.sh_type == SHT_NOBITS || !(sh.sh_flags & SHF_ALLOC))
				continue;
			if (p->offsets[SYM_VERSION] >= sh.sh_offset &&
			    p->offsets[SYM_VERSION] < sh.sh_offset + sh.sh_size) {
				vaddr = p->offsets[SYM_VERSION] - sh.sh_offset + sh.sh_addr;
				break;
			}
		}
		if (!vaddr)
			return;
		off = vaddr_to_offset(e, vaddr + 7 + (__s64)disp);
	}
read:
	if (!off)
		return;
	n = pread(fd, buf, sizeof(buf) - 1, (off_t)off);
	if (n <= 0)
		return;
	buf[n] = '\0';
	if (version_like(buf, strlen(buf)))
		snprintf(p->libuv_version, sizeof(p->libuv_version), "%s", buf);
}

/* process.release.sourceUrl is built from NODE_VERSION at compile time:
 * ".../download/release/vX.Y.Z/node-vX.Y.Z.tar.gz" sits in .rodata as one
 * literal (process.version itself is not a plain C string in the binary). */
static void node_version(struct nodejs_probe *p, Elf *e)
{
	static const char marker[] = "/download/release/v";
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	GElf_Shdr sh;

	if (elf_getshdrstrndx(e, &shstrndx))
		return;
	while ((scn = elf_nextscn(e, scn)) != NULL) {
		const char *name, *b, *hit;
		Elf_Data *d;
		size_t size, len;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_PROGBITS)
			continue;
		name = elf_strptr(e, shstrndx, sh.sh_name);
		if (!name || strcmp(name, ".rodata") != 0)
			continue;
		d = elf_getdata(scn, NULL);
		if (!d || !d->d_buf)
			return;
		b = d->d_buf;
		size = d->d_size;
		hit = memmem(b, size, marker, sizeof(marker) - 1);
		while (hit) {
			const char *v = hit + sizeof(marker) - 2;   /* at the 'v' */
			size_t left = size - (size_t)(v - b);

			len = 1;
			while (len < left && len < 20 && v[len] != '/')
				len++;
			if (len < left && v[len] == '/' && version_like(v + 1, len - 1)) {
				snprintf(p->node_version, sizeof(p->node_version), "%.*s", (int)len, v);
				return;
			}
			hit = memmem(v, left, marker, sizeof(marker) - 1);
		}
		return;
	}
}

/* True when the object defines uv__work_submit; fills offsets[]. */
static bool inspect(struct nodejs_probe *p, const char *open_path, bool want_version)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	bool ok;
	struct stat st;
	Elf *e;
	int fd = open_target_file(open_path, &st);

	memset(p->offsets, 0, sizeof(p->offsets));
	if (fd < 0)
		return false;
	p->dev = st.st_dev;
	p->ino = st.st_ino;
	/* Not ELF_C_READ_MMAP: a target that truncates its file under us would SIGBUS the loader. */
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e) {
		close(fd);
		return false;
	}
	while ((scn = elf_nextscn(e, scn)) != NULL) {
		Elf_Data *data;
		size_t n;

		if (!gelf_getshdr(scn, &sh) || (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM))
			continue;
		data = elf_getdata(scn, NULL);
		n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
		for (size_t i = 0; data && i < n; i++) {
			GElf_Sym sym;
			const char *name;

			if (!gelf_getsym(data, (int)i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
			    sym.st_shndx == SHN_UNDEF || !sym.st_value)
				continue;
			name = elf_strptr(e, sh.sh_link, sym.st_name);
			if (!name || name[0] != 'u' || name[1] != 'v')
				continue;
			for (int k = 0; k < N_SYMS; k++)
				if (!p->offsets[k] && strcmp(name, sym_names[k]) == 0)
					p->offsets[k] = file_offset(e, &sym);
		}
	}
	ok = p->offsets[SYM_SUBMIT] != 0;
	if (ok && want_version) {
		node_version(p, e);
		libuv_version(p, fd, e);
	}
	elf_end(e);
	close(fd);
	return ok;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static bool node_named(const char *path)
{
	const char *b = base_name(path);

	return strcmp(b, "node") == 0 || strncmp(b, "nodejs", 6) == 0 || strncmp(b, "libnode", 7) == 0;
}

static void read_settings(struct nodejs_probe *p)
{
	char path[64], *buf = malloc(1 << 20);
	ssize_t n = 0, r;
	int fd;

	p->threadpool_size[0] = p->use_io_uring[0] = '\0';
	p->perf_basic_prof = false;
	p->environ_readable = false;
	if (!buf)
		return;
	for (int which = 0; which < 2; which++) {
		snprintf(path, sizeof(path), "/proc/%d/%s", p->tgid, which ? "cmdline" : "environ");
		fd = open(path, O_RDONLY | O_CLOEXEC);
		n = 0;
		if (fd >= 0) {
			while (n < (1 << 20) - 1 && (r = read(fd, buf + n, (size_t)((1 << 20) - 1 - n))) > 0)
				n += r;
			close(fd);
			if (!which)
				p->environ_readable = true;
		}
		buf[n] = '\0';
		for (ssize_t i = 0; i < n; i += (ssize_t)strlen(buf + i) + 1) {
			const char *s = buf + i;

			if (which) {
				if (strncmp(s, "--perf-basic-prof", 17) == 0)
					p->perf_basic_prof = true;
				continue;
			}
			if (strncmp(s, "UV_THREADPOOL_SIZE=", 19) == 0)
				snprintf(p->threadpool_size, sizeof(p->threadpool_size), "%s", s + 19);
			else if (strncmp(s, "UV_USE_IO_URING=", 16) == 0)
				snprintf(p->use_io_uring, sizeof(p->use_io_uring), "%s", s + 16);
			else if (strncmp(s, "NODE_OPTIONS=", 13) == 0 && strstr(s, "--perf-basic-prof"))
				p->perf_basic_prof = true;
		}
	}
	free(buf);
}

/* The executable first; then mapped objects named libnode/libuv. */
static void recognize(struct nodejs_probe *p)
{
	char path[64], line[PATH_MAX + 128];
	FILE *f;

	p->found = false;
	if (p->exe[0]) {
		snprintf(p->open_path, sizeof(p->open_path), "/proc/%d/exe", p->tgid);
		if (inspect(p, p->open_path, true)) {
			snprintf(p->path, sizeof(p->path), "%s", p->exe);
			p->found = true;
			p->found_by = "symbols";
			return;
		}
	}
	snprintf(path, sizeof(path), "/proc/%d/maps", p->tgid);
	f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *obj = strchr(line, '/');
		const char *b;

		if (!obj)
			continue;
		obj[strcspn(obj, "\n")] = '\0';
		b = base_name(obj);
		if (strncmp(b, "libnode", 7) != 0 && strncmp(b, "libuv", 5) != 0)
			continue;
		snprintf(p->open_path, sizeof(p->open_path), "/proc/%d/root%s", p->tgid, obj);
		if (inspect(p, p->open_path, true)) {
			snprintf(p->path, sizeof(p->path), "%s", obj);
			p->found = true;
			p->found_by = "symbols";
			break;
		}
	}
	fclose(f);
}

/* --- the probe ---------------------------------------------------------- */

/*
 * uprobe_multi links (Linux 6.6+) made with the bpf syscall itself: Debian
 * 12's libbpf (1.1) and UAPI headers (6.1) predate them. The layout is the
 * kernel's link_create.uprobe_multi (include/uapi/linux/bpf.h).
 */
#define STACKPROF_BPF_TRACE_UPROBE_MULTI 48
#define STACKPROF_BPF_F_UPROBE_MULTI_RETURN 1u

struct uprobe_multi_link_create {
	__u32 prog_fd;
	__u32 target_fd;
	__u32 attach_type;
	__u32 flags;
	__u64 path;
	__u64 offsets;
	__u64 ref_ctr_offsets;
	__u64 cookies;
	__u32 cnt;
	__u32 multi_flags;
	__u32 pid;
};

static int uprobe_multi_link(int prog_fd, const char *path, const unsigned long *offsets, const __u64 *cookies,
			     size_t n, bool ret, pid_t pid)
{
	union {
		union bpf_attr attr;
		struct uprobe_multi_link_create create;
	} a;

	_Static_assert(sizeof(struct uprobe_multi_link_create) <= sizeof(union bpf_attr), "fits in bpf_attr");
	memset(&a, 0, sizeof(a));
	a.create.prog_fd = (__u32)prog_fd;
	a.create.attach_type = STACKPROF_BPF_TRACE_UPROBE_MULTI;
	a.create.path = (__u64)(unsigned long)path;
	a.create.offsets = (__u64)(unsigned long)offsets;
	a.create.cookies = (__u64)(unsigned long)cookies;
	a.create.cnt = (__u32)n;
	a.create.multi_flags = ret ? STACKPROF_BPF_F_UPROBE_MULTI_RETURN : 0;
	a.create.pid = (__u32)pid;
	return (int)syscall(SYS_bpf, BPF_LINK_CREATE, &a.attr, sizeof(a.attr));
}

/*
 * Attaches prog at the functions syms[0..n), each with its cookie: one
 * uprobe_multi link where the kernel has them, else a link per function.
 * The difference shows at the end: detaching a uprobe link waits for a grace
 * period in the kernel, one link after another (about 0.1 s each on the test
 * VM), so 14 single links held the end of every Node.js session up by 1.8 s.
 */
static bool attach_group(struct nodejs_probe *p, struct bpf_program *prog, const int *syms, const __u64 *cookies,
			 size_t n, bool ret)
{
	unsigned long offsets[8];
	char fd_path[64];
	struct bpf_link *link = NULL;
	bool ok = false;
	int fd, err = 0;

	if (n == 0 || n > sizeof(offsets) / sizeof(offsets[0]) || p->n_links + n > sizeof(p->links) / sizeof(p->links[0]) ||
	    p->n_multi >= sizeof(p->multi_fds) / sizeof(p->multi_fds[0]))
		return false;
	fd = reopen_for_uprobe(p->open_path, p->dev, p->ino, fd_path, sizeof(fd_path));
	if (fd < 0) {
		err = errno;
		goto fail;
	}
	if (p->multi) {
		int link_fd;

		for (size_t i = 0; i < n; i++)
			offsets[i] = (unsigned long)p->offsets[syms[i]];
		link_fd = uprobe_multi_link(bpf_program__fd(prog), fd_path, offsets, cookies, n, ret, p->tgid);
		err = errno;
		if (link_fd >= 0) {
			p->multi_fds[p->n_multi++] = link_fd;
			ok = true;
		}
	} else {
		for (size_t i = 0; i < n; i++) {
			LIBBPF_OPTS(bpf_uprobe_opts, opts, .retprobe = ret, .bpf_cookie = cookies[i]);

			link = bpf_program__attach_uprobe_opts(prog, p->tgid, fd_path, (size_t)p->offsets[syms[i]], &opts);
			err = errno;
			if (!link)
				break;
			p->links[p->n_links++] = link;
		}
		ok = link != NULL;
	}
	close(fd);
	if (ok) {
		for (size_t i = 0; !ret && i < n && p->n_uprobes < sizeof(p->uprobes) / sizeof(p->uprobes[0]); i++)
			p->uprobes[p->n_uprobes++] = sym_names[syms[i]];
		return true;
	}
fail:
	snprintf(p->error, sizeof(p->error), "attach %s %s in %s: %s", ret ? "uretprobes to" : "uprobes to",
		 sym_names[syms[0]], p->path, err == ESTALE ? "the file was replaced since it was inspected" : strerror(err));
	return false;
}

static struct nodejs_bpf *load_skeleton(struct nodejs_probe *p, bool multi, int *err)
{
	struct nodejs_bpf *s = nodejs_bpf__open();

	if (!s) {
		*err = -errno;
		return NULL;
	}
	s->rodata->targ_tgid = (__u32)p->tgid;
	s->rodata->stall_threshold_ns = p->threshold_ns;
	if (multi) {
		struct bpf_program *progs[] = { s->progs.nodejs_submit, s->progs.nodejs_submit_end,
						s->progs.nodejs_work_start, s->progs.nodejs_work_end };

		for (size_t i = 0; i < sizeof(progs) / sizeof(progs[0]); i++)
			bpf_program__set_expected_attach_type(progs[i], (enum bpf_attach_type)STACKPROF_BPF_TRACE_UPROBE_MULTI);
	}
	*err = nodejs_bpf__load(s);
	if (*err) {
		nodejs_bpf__destroy(s);
		return NULL;
	}
	return s;
}

static void attach_all(struct nodejs_probe *p)
{
	static const struct { int sym; __u64 kind; } work[] = {
		{ SYM_FS, NODEJS_KIND_FS }, { SYM_GETADDRINFO, NODEJS_KIND_DNS }, { SYM_GETNAMEINFO, NODEJS_KIND_DNS },
		{ SYM_QUEUE, NODEJS_KIND_USER }, { SYM_RANDOM, NODEJS_KIND_RANDOM },
	};
	int work_syms[8], submit_syms[2] = { SYM_SUBMIT, SYM_QUEUE_SUBMIT };
	__u64 work_kinds[8], submit_cookies[2] = { NODEJS_SUBMIT_WORK, NODEJS_SUBMIT_QUEUE_WORK };
	size_t n_work = 0, n_submit = p->offsets[SYM_QUEUE_SUBMIT] ? 2 : 1;
	struct nodejs_bpf *s;
	struct bpf_link *link;
	int err;

	/* uprobe_multi where the kernel has it: a kernel that refuses the attach
	 * type at load, or the link, gets single uprobes (loaded again as such);
	 * so does STACKPROF_UPROBE_MULTI=0, for the tests of that path. */
	p->multi = !getenv("STACKPROF_UPROBE_MULTI") || strcmp(getenv("STACKPROF_UPROBE_MULTI"), "0") != 0;
	s = p->multi ? load_skeleton(p, true, &err) : NULL;
	if (s) {
		unsigned long off = (unsigned long)p->offsets[SYM_SUBMIT];
		__u64 cookie = NODEJS_SUBMIT_WORK;
		char fd_path[64];
		int fd = reopen_for_uprobe(p->open_path, p->dev, p->ino, fd_path, sizeof(fd_path)), probe = -1;

		/* A trial link on the return of uv__work_submit, closed at once: refused means no uprobe_multi. */
		if (fd >= 0) {
			probe = uprobe_multi_link(bpf_program__fd(s->progs.nodejs_submit_end), fd_path, &off, &cookie, 1, true, p->tgid);
			close(fd);
		}
		if (probe >= 0) {
			close(probe);
		} else {
			nodejs_bpf__destroy(s);
			s = NULL;
		}
	}
	if (!s) {
		p->multi = false;
		s = load_skeleton(p, false, &err);
	}
	if (!s) {
		snprintf(p->error, sizeof(p->error),
			 "load nodejs probe: %s (it needs uprobes and BTF tracepoints; `stackprof check` shows what is missing)",
			 strerror(-err));
		return;
	}
	p->skel = s;
	for (size_t i = 0; i < sizeof(work) / sizeof(work[0]); i++) {
		if (!p->offsets[work[i].sym])
			continue;
		work_syms[n_work] = work[i].sym;
		work_kinds[n_work++] = work[i].kind;
	}
	/* Returns before entries: an entry is never seen without its return. */
	if (attach_group(p, s->progs.nodejs_work_end, work_syms, work_kinds, n_work, true))
		attach_group(p, s->progs.nodejs_work_start, work_syms, work_kinds, n_work, false);
	if (attach_group(p, s->progs.nodejs_submit_end, submit_syms, submit_cookies, n_submit, true))
		attach_group(p, s->progs.nodejs_submit, submit_syms, submit_cookies, n_submit, false);
	struct bpf_program *others[] = { s->progs.nodejs_uring_create, s->progs.nodejs_uring_submit,
					 s->progs.nodejs_uring_complete, s->progs.nodejs_sys_exit,
					 s->progs.nodejs_sys_enter };
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		link = bpf_program__attach(others[i]);
		if (!link) {
			snprintf(p->error, sizeof(p->error), "attach %s: %s", bpf_program__name(others[i]),
				 strerror(errno));
			continue;
		}
		p->links[p->n_links++] = link;
	}
}

static void scan(struct nodejs_probe *p)
{
	char path[64], exe[PATH_MAX];
	ssize_t n;

	if (p->skel || p->detached)
		return;
	snprintf(path, sizeof(path), "/proc/%d/exe", p->tgid);
	n = readlink(path, exe, sizeof(exe) - 1);
	if (n < 0)
		return;
	exe[n] = '\0';
	if (strcmp(exe, p->exe) == 0)
		return;
	memcpy(p->exe, exe, (size_t)n + 1);
	recognize(p);
	if (!p->found && node_named(p->exe)) {
		/* Named node but without libuv's symbols (stripped): say so, attach nothing. */
		snprintf(p->path, sizeof(p->path), "%s", p->exe);
		p->found = true;
		p->found_by = "name";
		snprintf(p->error, sizeof(p->error), "%s does not define uv__work_submit (stripped?): no uprobes",
			 p->exe);
	}
	if (!p->found)
		return;
	read_settings(p);
	if (p->found_by[0] == 's')
		attach_all(p);
}

static bool io_uring_available(void)
{
	char buf[16] = "";
	int fd = open("/proc/sys/kernel/io_uring_disabled", O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return access("/sys/kernel/tracing/events/io_uring", F_OK) == 0 ||
		       access("/sys/kernel/debug/tracing/events/io_uring", F_OK) == 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 && buf[0] == '0';
}

struct nodejs_probe *nodejs_attach(pid_t tgid, __u64 stall_threshold_ns, Stackprof__V1__ProbeStatus *status,
				   char *error, size_t error_len)
{
	struct nodejs_probe *p = calloc(1, sizeof(*p));

	status->name = "nodejs";
	status->variant = "uprobes+tracepoints";
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		status->error = error;
		return NULL;
	}
	elf_version(EV_CURRENT);
	p->tgid = tgid;
	p->ncpus = libbpf_num_possible_cpus();
	p->threshold_ns = stall_threshold_ns;
	p->io_uring_available = io_uring_available();
	scan(p);
	status->attached = true;
	return p;
}

void nodejs_detach(struct nodejs_probe *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_links; i++)
		bpf_link__destroy(p->links[i]);
	p->n_links = 0;
	for (size_t i = 0; i < p->n_multi; i++)
		close(p->multi_fds[i]);
	p->n_multi = 0;
	p->detached = true;
}

void nodejs_destroy(struct nodejs_probe *p)
{
	if (!p)
		return;
	nodejs_detach(p);
	nodejs_bpf__destroy(p->skel);
	free(p);
}

/* --- the snapshot ------------------------------------------------------- */

static size_t sqpoll_threads(struct nodejs_probe *p)
{
	char path[300], comm[32];
	struct dirent *ent;
	size_t n = 0;
	DIR *dir;

	snprintf(path, sizeof(path), "/proc/%d/task", p->tgid);
	dir = opendir(path);
	if (!dir)
		return 0;
	while ((ent = readdir(dir)) != NULL && n < sizeof(p->sqpoll) / sizeof(p->sqpoll[0])) {
		ssize_t len;
		int fd;

		if (ent->d_name[0] < '0' || ent->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%s/comm", p->tgid, ent->d_name);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		len = read(fd, comm, sizeof(comm) - 1);
		close(fd);
		if (len <= 0)
			continue;
		comm[len] = '\0';
		if (strncmp(comm, "iou-sqp-", 8) == 0)
			p->sqpoll[n++] = (__u32)atoi(ent->d_name);
	}
	closedir(dir);
	return n;
}

static const char *opcode_name(unsigned op)
{
	static const char *const names[] = {
		"NOP", "READV", "WRITEV", "FSYNC", "READ_FIXED", "WRITE_FIXED", "POLL_ADD", "POLL_REMOVE",
		"SYNC_FILE_RANGE", "SENDMSG", "RECVMSG", "TIMEOUT", "TIMEOUT_REMOVE", "ACCEPT",
		"ASYNC_CANCEL", "LINK_TIMEOUT", "CONNECT", "FALLOCATE", "OPENAT", "CLOSE", "FILES_UPDATE",
		"STATX", "READ", "WRITE", "FADVISE", "MADVISE", "SEND", "RECV", "OPENAT2", "EPOLL_CTL",
		"SPLICE", "PROVIDE_BUFFERS", "REMOVE_BUFFERS", "TEE", "SHUTDOWN", "RENAMEAT", "UNLINKAT",
		"MKDIRAT", "SYMLINKAT", "LINKAT", "MSG_RING", "FSETXATTR", "SETXATTR", "FGETXATTR",
		"GETXATTR", "SOCKET", "URING_CMD", "SEND_ZC", "SENDMSG_ZC", "READ_MULTISHOT", "WAITID",
		"FUTEX_WAIT", "FUTEX_WAKE", "FUTEX_WAITV", "FIXED_FD_INSTALL", "FTRUNCATE", "BIND", "LISTEN",
	};

	return op < sizeof(names) / sizeof(names[0]) ? names[op] : "";
}

int nodejs_read(struct nodejs_probe *p, Stackprof__V1__Snapshot *snap)
{
	Stackprof__V1__NodejsSnapshot *o = &p->out;
	struct nodejs_kind_stat ks;
	struct nodejs_pool pool;
	struct nodejs_loop *loop;
	struct nodejs_uring *uring;
	__u64 totals[NODEJS_COUNTERS];
	__u32 zero = 0;
	int err = 0;

	if (!p->detached)
		scan(p);
	stackprof__v1__nodejs_snapshot__init(o);
	snap->nodejs = o;
	o->found = p->found;
	if (!p->found)
		return 0;
	o->path = p->path;
	o->found_by = (char *)p->found_by;
	o->node_version = p->node_version;
	o->libuv_version = p->libuv_version;
	o->threadpool_size_env = p->threadpool_size;
	o->use_io_uring_env = p->use_io_uring;
	o->perf_basic_prof = p->perf_basic_prof;
	o->environ_readable = p->environ_readable;
	o->uprobes = (char **)p->uprobes;
	o->n_uprobes = p->n_uprobes;
	o->error = p->error;
	o->stall_threshold_ns = p->threshold_ns;
	o->io_uring_available = p->io_uring_available;
	o->sqpoll_tids = p->sqpoll;
	o->n_sqpoll_tids = sqpoll_threads(p);
	if (!p->skel)
		return 0;

	for (__u32 k = 0; k < NODEJS_KINDS; k++) {
		Stackprof__V1__NodejsWorkKind *w = &p->kinds[k];

		stackprof__v1__nodejs_work_kind__init(w);
		p->kind_ptrs[k] = w;
		if (bpf_map_lookup_elem(bpf_map__fd(p->skel->maps.nodejs_kinds), &k, &ks))
			memset(&ks, 0, sizeof(ks));
		w->kind = (char *)kind_names[k];
		w->count = ks.count;
		w->waited = ks.waited;
		w->wait_total_ns = ks.wait_total_ns;
		w->wait_max_ns = ks.wait_max_ns;
		w->run_count = ks.run_count;
		w->run_total_ns = ks.run_total_ns;
		w->run_max_ns = ks.run_max_ns;
		memcpy(p->wait_hist[k], ks.wait_hist, sizeof(ks.wait_hist));
		memcpy(p->run_hist[k], ks.run_hist, sizeof(ks.run_hist));
		w->wait_log2_ns = p->wait_hist[k];
		w->n_wait_log2_ns = NODEJS_HIST_SLOTS;
		w->run_log2_ns = p->run_hist[k];
		w->n_run_log2_ns = NODEJS_HIST_SLOTS;
	}
	o->kinds = p->kind_ptrs;
	o->n_kinds = NODEJS_KINDS;

	if (!bpf_map_lookup_elem(bpf_map__fd(p->skel->maps.nodejs_pool), &zero, &pool)) {
		o->submitted = pool.submitted;
		o->started = pool.started;
		o->max_depth = pool.max_depth;
	}
	{
		int fd = bpf_map__fd(p->skel->maps.nodejs_depth_peak);
		__u64 peak = 0, none = 0;

		/* Read, then start the next interval's peak from zero. A submit
		 * between the two is lost from this series (not from max_depth). */
		if (!bpf_map_lookup_elem(fd, &zero, &peak)) {
			o->depth_peak = peak;
			bpf_map_update_elem(fd, &zero, &none, BPF_ANY);
		}
	}

	{
		int fd = bpf_map__fd(p->skel->maps.nodejs_workers);
		__u32 key, next, *prev = NULL;
		struct nodejs_worker v;
		size_t n = 0;

		while (n < NODEJS_MAX_WORKERS && bpf_map_get_next_key(fd, prev, &next) == 0) {
			key = next;
			prev = &key;
			if (bpf_map_lookup_elem(fd, &key, &v))
				continue;
			stackprof__v1__nodejs_worker__init(&p->workers[n]);
			p->workers[n].tid = key;
			p->workers[n].items = v.items;
			p->workers[n].busy_ns = v.busy_ns;
			p->workers[n].running_since_ns = v.start_ns;
			p->worker_ptrs[n] = &p->workers[n];
			n++;
		}
		o->workers = p->worker_ptrs;
		o->n_workers = n;
	}

	loop = calloc(1, sizeof(*loop));
	if (!loop)
		return -ENOMEM;
	if (!bpf_map_lookup_elem(bpf_map__fd(p->skel->maps.nodejs_loop), &zero, loop)) {
		Stackprof__V1__NodejsLoop *l = &p->loop;
		__u64 first = loop->stalls > NODEJS_STALL_RING ? loop->stalls - NODEJS_STALL_RING : 0;
		size_t n = 0;

		stackprof__v1__nodejs_loop__init(l);
		l->waits = loop->waits;
		l->wait_ns = loop->wait_ns;
		l->run_ns = loop->run_ns;
		l->ticks = loop->ticks;
		l->stalls = loop->stalls;
		l->stall_total_ns = loop->stall_total_ns;
		l->stall_max_ns = loop->stall_max_ns;
		memcpy(p->stall_hist, loop->stall_hist, sizeof(p->stall_hist));
		l->stall_log2_ns = p->stall_hist;
		l->n_stall_log2_ns = NODEJS_HIST_SLOTS;
		l->in_wait = loop->in_wait != 0;
		l->last_exit_ns = loop->last_exit_ns;
		for (__u64 i = first; i < loop->stalls; i++) {
			const struct nodejs_stall *st = &loop->ring[i & (NODEJS_STALL_RING - 1)];

			stackprof__v1__nodejs_stall__init(&p->stalls[n]);
			p->stalls[n].start_ns = st->start_ns;
			p->stalls[n].length_ns = st->len_ns;
			p->stall_ptrs[n] = &p->stalls[n];
			n++;
		}
		l->recent_stalls = p->stall_ptrs;
		l->n_recent_stalls = n;
		o->loop = l;
	}
	free(loop);

	{
		int fd = bpf_map__fd(p->skel->maps.nodejs_rings);
		__u64 key, next, *prev = NULL;
		struct nodejs_ring v;
		size_t n = 0;

		while (n < NODEJS_MAX_RINGS && bpf_map_get_next_key(fd, prev, &next) == 0) {
			key = next;
			prev = &key;
			if (bpf_map_lookup_elem(fd, &key, &v))
				continue;
			stackprof__v1__nodejs_ring__init(&p->rings[n]);
			p->rings[n].fd = (int32_t)v.fd;
			p->rings[n].sq_entries = v.sq_entries;
			p->rings[n].cq_entries = v.cq_entries;
			p->rings[n].flags = v.flags;
			p->rings[n].submitted = v.submitted;
			p->rings[n].completed = v.completed;
			p->rings[n].sq_thread_submitted = v.sq_thread;
			p->ring_ptrs[n] = &p->rings[n];
			n++;
		}
		o->rings = p->ring_ptrs;
		o->n_rings = n;
	}

	uring = calloc(1, sizeof(*uring));
	if (!uring)
		return -ENOMEM;
	if (!bpf_map_lookup_elem(bpf_map__fd(p->skel->maps.nodejs_uring), &zero, uring)) {
		size_t n = 0;

		for (unsigned op = 0; op < NODEJS_OPCODES; op++) {
			if (!uring->submit_by_op[op])
				continue;
			stackprof__v1__nodejs_opcode_count__init(&p->ops[n]);
			p->ops[n].opcode = op;
			p->ops[n].name = (char *)opcode_name(op);
			p->ops[n].count = uring->submit_by_op[op];
			p->op_ptrs[n] = &p->ops[n];
			n++;
		}
		o->uring_submits = p->op_ptrs;
		o->n_uring_submits = n;
	}
	free(uring);

	err = sum_percpu_counters(bpf_map__fd(p->skel->maps.nodejs_counters), p->ncpus, totals, NODEJS_COUNTERS);
	if (err)
		return err;
	stackprof__v1__nodejs_counters__init(&p->counters);
	p->counters.pending_map_full = totals[NODEJS_PENDING_FULL];
	p->counters.workers_map_full = totals[NODEJS_WORKERS_FULL];
	p->counters.rings_map_full = totals[NODEJS_RINGS_FULL];
	p->counters.unsubmitted_starts = totals[NODEJS_UNSUBMITTED_STARTS];
	p->counters.sync_calls = totals[NODEJS_SYNC_CALLS];
	p->counters.unmatched_returns = totals[NODEJS_UNMATCHED_RETURNS];
	p->counters.nested = totals[NODEJS_NESTED];
	o->counters = &p->counters;
	return 0;
}

size_t nodejs_tids(const Stackprof__V1__Snapshot *snap, __u32 *out, size_t max)
{
	const Stackprof__V1__NodejsSnapshot *o = snap->nodejs;
	size_t n = 0;

	if (!o)
		return 0;
	for (size_t i = 0; i < o->n_workers && n < max; i++)
		out[n++] = o->workers[i]->tid;
	for (size_t i = 0; i < o->n_sqpoll_tids && n < max; i++)
		out[n++] = o->sqpoll_tids[i];
	return n;
}

/* Everything lives in the probe; nothing to free but the pointer. */
void nodejs_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	snap->nodejs = NULL;
}
