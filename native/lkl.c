/* Loader part of the lkl probe. At attach and at every snapshot it reads the
 * target's /proc: the mapped objects (each distinct file's ELF symbol table
 * read once), the environment, /etc/ld.so.preload. It reports the objects
 * that matter (LKL by name or by symbols, DPDK, interposers of libc's socket
 * calls), and once one defines lkl_syscall it loads probes/lkl.bpf.c and
 * attaches the uprobes to that file with the target's pid as filter. While
 * `stackprof run` waits for its command to exec, and for a few seconds
 * after, it scans every 10 ms, so a preloaded LKL is found before the
 * program's first network calls.
 *
 * Everything read from the target is untrusted: environment values are
 * passed on as bytes, bounded; ELF files are read through libelf, opened as
 * the target maps them (/proc/<pid>/root/<path>, or /proc/<pid>/map_files/
 * when that path now names another file).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "grow.h"
#include "mapread.h"
#include "procfs.h"
#include "percpu.h"
#include "lkl.h"
#include "../probes/lkl.h"
#include "lkl.skel.h"

#define MAPS_MAX (16u << 20)          /* a JVM's maps can run to megabytes */
#define ENVIRON_MAX (1u << 20)
#define PRELOAD_MAX 4096
#define ENV_VALUE_MAX 256
#define ENV_VARS_MAX 64
#define FAST_SCAN_NS (10 * 1000000ull)
#define EXEC_WINDOW_NS (3 * 1000000000ull)
#define GATE_NAME "stackprof-exec-gate"

enum { SYM_LKL_SYSCALL, SYM_LKL_START_KERNEL, SYM_LKL_CPU_GET, SYM_LKL_CPU_PUT, N_LKL_SYMS };
static const char *const lkl_symbol_names[N_LKL_SYMS] = {
	"lkl_syscall", "lkl_start_kernel", "lkl_cpu_get", "lkl_cpu_put",
};

/* libc's names for the calls a user-space stack must take over. */
static const char *const libc_socket_calls[] = {
	"socket", "socketpair", "connect", "accept", "accept4", "bind", "listen", "shutdown",
	"getsockname", "getpeername", "setsockopt", "getsockopt", "send", "recv", "sendto",
	"recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg", "read", "write", "readv",
	"writev", "close", "ioctl", "fcntl", "poll", "ppoll", "select", "pselect", "epoll_create",
	"epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait", "epoll_pwait2", "splice",
	"pipe", "pipe2", "eventfd",
};
#define N_LIBC_CALLS (sizeof(libc_socket_calls) / sizeof(libc_socket_calls[0]))

/* The C library itself and its parts define all of those. */
static const char *const libc_files[] = {
	"libc.so*", "libc-*.so", "libpthread.so*", "libpthread-*.so", "ld-linux*.so*", "ld-*.so",
	"ld-musl-*", "libc.musl-*",
};

static const char *const lkl_file_names[] = {
	"liblkl-hijack*.so*", "liblkl-zpoline*.so*", "libzpoline*.so*", "liblkl*.so*",
};

struct object {
	unsigned maj, min;
	unsigned long ino;
	char *path;                     /* as in /proc/<pid>/maps */
	char range[48];                 /* one of its mappings, for /proc/<pid>/map_files */
	char open_path[PATH_MAX + 32];  /* how it was opened (the uprobes reopen it: reopen_for_uprobe) */
	dev_t dev;                      /* of the file inspected */
	bool present;                   /* in the last scan */
	bool inspected;
	char *soname;
	char **needed;                  /* DT_NEEDED, in order */
	size_t n_needed;
	unsigned lkl_syms;              /* bit SYM_*: defined */
	__u64 overrides;                /* bit i: libc_socket_calls[i] defined */
	bool dpdk;
	bool lkl_name;
	bool libc;                      /* a file of the C library */
	__u64 offsets[N_LKL_SYMS];      /* file offsets of the lkl_* functions; 0 unknown */
	char error[160];
};

struct lkl_probe {
	pid_t tgid;
	struct lkl_bpf *skel;
	struct bpf_link *links[5];
	size_t n_links;
	int ncpus;
	bool detached;
	bool load_failed;
	bool host_calls;
	bool cpu_wait;
	const char *uprobes[4];
	size_t n_uprobes;
	char uprobe_error[256];
	struct object *uprobe_object;
	__u64 uprobes_ns;

	struct object *objects;
	size_t n_objects, cap_objects;
	char *maps;
	size_t maps_cap;
	unsigned scans;
	unsigned present;
	unsigned long signature;
	char scan_error[160];

	/* environment, re-read when the mapped objects change (exec) */
	bool environ_read;
	bool environ_readable;
	bool environ_truncated;
	char ld_preload[PRELOAD_MAX];
	size_t ld_preload_len;
	char ld_so_preload[PRELOAD_MAX];
	size_t ld_so_preload_len;
	struct env_var { char name[64]; char value[ENV_VALUE_MAX]; size_t len; } env[ENV_VARS_MAX];
	size_t n_env;

	/* `stackprof run`: scan fast while the command is about to exec or just has */
	char exe[512];
	bool exe_is_gate;
	__u64 exec_seen_ns;
	__u64 next_fast_scan_ns;
};

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static bool matches_any(const char *name, const char *const *patterns, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (fnmatch(patterns[i], name, 0) == 0)
			return true;
	return false;
}

/* Reads a whole /proc file into *buf (grown as needed, at most max bytes).
 * Returns its length, or -errno; *truncated when it was longer. */
static ssize_t read_all(const char *path, char **buf, size_t *cap, size_t max, bool *truncated)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t len = 0;
	ssize_t n;

	if (truncated)
		*truncated = false;
	if (fd < 0)
		return -errno;
	for (;;) {
		if (len + 1 >= *cap) {
			size_t ncap = *cap ? *cap * 2 : 65536;
			char *grown;

			if (ncap > max + 1)
				ncap = max + 1;
			if (ncap <= len + 1) {
				if (truncated)
					*truncated = true;
				break;
			}
			grown = realloc(*buf, ncap);
			if (!grown) {
				close(fd);
				return -ENOMEM;
			}
			*buf = grown;
			*cap = ncap;
		}
		n = read(fd, *buf + len, *cap - 1 - len);
		if (n < 0) {
			int err = errno;

			close(fd);
			return -err;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	(*buf)[len] = '\0';
	return (ssize_t)len;
}

/* --- ELF ---------------------------------------------------------------- */

static int open_object(struct lkl_probe *p, struct object *o)
{
	struct stat st;
	int fd;

	/* The path the target mapped, in its own root; if that now names
	 * another file (replaced, deleted), the mapping itself. */
	if (!strstr(o->path, " (deleted)")) {
		snprintf(o->open_path, sizeof(o->open_path), "/proc/%d/root%s", p->tgid, o->path);
		fd = open_target_file(o->open_path, &st);
		if (fd >= 0) {
			if (st.st_ino == o->ino && major(st.st_dev) == o->maj && minor(st.st_dev) == o->min) {
				o->dev = st.st_dev;
				return fd;
			}
			close(fd);
		}
	}
	snprintf(o->open_path, sizeof(o->open_path), "/proc/%d/map_files/%s", p->tgid, o->range);
	fd = open_target_file(o->open_path, &st);
	if (fd < 0)
		snprintf(o->error, sizeof(o->error), "cannot open %s: %s", o->path, strerror(errno));
	else
		o->dev = st.st_dev;
	return fd;
}

static __u64 file_offset(Elf *e, const GElf_Sym *sym)
{
	Elf_Scn *scn = elf_getscn(e, sym->st_shndx);
	GElf_Shdr sh;

	if (!scn || !gelf_getshdr(scn, &sh) || sh.sh_type == SHT_NOBITS || sym->st_value < sh.sh_addr)
		return 0;
	return sym->st_value - sh.sh_addr + sh.sh_offset;
}

static void read_symbols(struct object *o, Elf *e, Elf_Scn *scn, const GElf_Shdr *sh, bool dynamic)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t n = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;
	GElf_Sym sym;

	for (size_t i = 0; data && i < n; i++) {
		const char *name;
		int type, bind;

		if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF || sym.st_shndx >= SHN_LORESERVE)
			continue;
		type = GELF_ST_TYPE(sym.st_info);
		bind = GELF_ST_BIND(sym.st_info);
		if (type != STT_FUNC && type != STT_GNU_IFUNC && type != STT_NOTYPE)
			continue;
		if (bind != STB_GLOBAL && bind != STB_WEAK && (dynamic || bind != STB_LOCAL))
			continue;
		name = elf_strptr(e, sh->sh_link, sym.st_name);
		if (!name || !name[0])
			continue;
		if (strncmp(name, "lkl_", 4) == 0) {
			for (int k = 0; k < N_LKL_SYMS; k++) {
				if (strcmp(name, lkl_symbol_names[k]) == 0) {
					o->lkl_syms |= 1u << k;
					if (!o->offsets[k])
						o->offsets[k] = file_offset(e, &sym);
				}
			}
			continue;
		}
		if (!dynamic)
			continue;
		if (strcmp(name, "rte_eal_init") == 0) {
			o->dpdk = true;
			continue;
		}
		if (strlen(name) > 13)
			continue;
		for (size_t k = 0; k < N_LIBC_CALLS; k++)
			if (strcmp(name, libc_socket_calls[k]) == 0)
				o->overrides |= 1ull << k;
	}
}

static void read_dynamic(struct object *o, Elf *e, Elf_Scn *scn, const GElf_Shdr *sh)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t n = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0, cap = 0;
	GElf_Dyn dyn;

	for (size_t i = 0; data && i < n; i++) {
		const char *s;

		if (!gelf_getdyn(data, (int)i, &dyn) || dyn.d_tag == DT_NULL)
			break;
		if (dyn.d_tag != DT_NEEDED && dyn.d_tag != DT_SONAME)
			continue;
		s = elf_strptr(e, sh->sh_link, dyn.d_un.d_val);
		if (!s)
			continue;
		if (dyn.d_tag == DT_SONAME) {
			free(o->soname);
			o->soname = strdup(s);
		} else if (!grow(&o->needed, &cap, o->n_needed, sizeof(*o->needed))) {
			o->needed[o->n_needed] = strdup(s);
			if (o->needed[o->n_needed])
				o->n_needed++;
		}
	}
}

static void inspect(struct lkl_probe *p, struct object *o)
{
	Elf_Scn *scn = NULL, *symtab = NULL;
	GElf_Shdr sh, symtab_sh;
	Elf *e;
	int fd;

	o->inspected = true;
	o->lkl_name = matches_any(base_name(o->path), lkl_file_names, sizeof(lkl_file_names) / sizeof(lkl_file_names[0]));
	o->libc = matches_any(base_name(o->path), libc_files, sizeof(libc_files) / sizeof(libc_files[0]));
	if (strncmp(base_name(o->path), "librte_eal", 10) == 0)
		o->dpdk = true;
	fd = open_object(p, o);
	if (fd < 0)
		return;
	/* Not ELF_C_READ_MMAP: a target that truncates its file under us would SIGBUS the loader. */
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF) {
		snprintf(o->error, sizeof(o->error), "%s is not an ELF file", o->path);
		goto out;
	}
	while ((scn = elf_nextscn(e, scn)) != NULL) {
		if (!gelf_getshdr(scn, &sh))
			continue;
		if (sh.sh_type == SHT_DYNSYM)
			read_symbols(o, e, scn, &sh, true);
		else if (sh.sh_type == SHT_DYNAMIC)
			read_dynamic(o, e, scn, &sh);
		else if (sh.sh_type == SHT_SYMTAB) {
			symtab = scn;
			symtab_sh = sh;
		}
	}
	/* A static build of LKL exports nothing: its symbol table, when kept,
	 * still has the entry points. */
	if (symtab && !(o->lkl_syms & (1u << SYM_LKL_SYSCALL)))
		read_symbols(o, e, symtab, &symtab_sh, false);
out:
	if (e)
		elf_end(e);
	close(fd);
}

/* --- scanning ----------------------------------------------------------- */

static struct object *object_for(struct lkl_probe *p, unsigned maj, unsigned min, unsigned long ino, const char *path)
{
	struct object *o;

	for (size_t i = 0; i < p->n_objects; i++) {
		o = &p->objects[i];
		if (o->ino == ino && o->maj == maj && o->min == min && strcmp(o->path, path) == 0)
			return o;
	}
	if (grow(&p->objects, &p->cap_objects, p->n_objects, sizeof(*p->objects)))
		return NULL;
	o = &p->objects[p->n_objects];
	memset(o, 0, sizeof(*o));
	o->path = strdup(path);
	if (!o->path)
		return NULL;
	o->maj = maj;
	o->min = min;
	o->ino = ino;
	p->n_objects++;
	return o;
}

static bool scan_maps(struct lkl_probe *p)
{
	char path[64], *line, *next;
	unsigned long signature = 0;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/maps", p->tgid);
	n = read_all(path, &p->maps, &p->maps_cap, MAPS_MAX, NULL);
	if (n < 0) {
		snprintf(p->scan_error, sizeof(p->scan_error), "cannot read %s: %s", path, strerror((int)-n));
		return false;
	}
	p->scan_error[0] = '\0';
	for (size_t i = 0; i < p->n_objects; i++)
		p->objects[i].present = false;
	p->present = 0;
	for (line = p->maps; line && *line; line = next) {
		unsigned long start, end, ino;
		unsigned maj, min;
		int off = 0;
		struct object *o;
		char *file;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		/* start-end perms offset maj:min inode path */
		if (sscanf(line, "%lx-%lx %*s %*x %x:%x %lu %n", &start, &end, &maj, &min, &ino, &off) != 5 || !off || !ino)
			continue;
		file = line + off;
		if (file[0] != '/')
			continue;
		o = object_for(p, maj, min, ino, file);
		if (!o)
			continue;
		if (!o->present) {
			o->present = true;
			p->present++;
			signature = signature * 31 + ino;
			snprintf(o->range, sizeof(o->range), "%lx-%lx", start, end);
		}
	}
	for (size_t i = 0; i < p->n_objects; i++)
		if (p->objects[i].present && !p->objects[i].inspected)
			inspect(p, &p->objects[i]);
	p->scans++;
	if (signature != p->signature || !p->environ_read) {
		p->signature = signature;
		return true;
	}
	return false;
}

static void add_env(struct lkl_probe *p, const char *name, size_t name_len, const char *value, size_t len)
{
	struct env_var *v;

	if (p->n_env >= ENV_VARS_MAX) {
		p->environ_truncated = true;
		return;
	}
	v = &p->env[p->n_env++];
	if (name_len >= sizeof(v->name))
		name_len = sizeof(v->name) - 1;
	memcpy(v->name, name, name_len);
	v->name[name_len] = '\0';
	v->len = len < ENV_VALUE_MAX ? len : ENV_VALUE_MAX;
	memcpy(v->value, value, v->len);
}

static void read_environment(struct lkl_probe *p)
{
	char path[64], *buf = NULL;
	size_t cap = 0;
	ssize_t n;

	p->environ_read = true;
	p->n_env = 0;
	p->ld_preload_len = 0;
	p->environ_truncated = false;
	snprintf(path, sizeof(path), "/proc/%d/environ", p->tgid);
	n = read_all(path, &buf, &cap, ENVIRON_MAX, &p->environ_truncated);
	p->environ_readable = n >= 0;
	for (ssize_t i = 0; i < n;) {
		const char *entry = buf + i, *eq;
		size_t len = strnlen(entry, (size_t)(n - i));

		i += (ssize_t)len + 1;
		eq = memchr(entry, '=', len);
		if (!eq)
			continue;
		size_t name_len = (size_t)(eq - entry), value_len = len - name_len - 1;

		if (name_len == 10 && memcmp(entry, "LD_PRELOAD", 10) == 0) {
			p->ld_preload_len = value_len < PRELOAD_MAX ? value_len : PRELOAD_MAX;
			memcpy(p->ld_preload, eq + 1, p->ld_preload_len);
		} else if ((name_len > 11 && memcmp(entry, "LKL_HIJACK_", 11) == 0) ||
			   (name_len == 9 && memcmp(entry, "LIBZPHOOK", 9) == 0)) {
			add_env(p, entry, name_len, eq + 1, value_len);
		}
	}
	free(buf);
	snprintf(path, sizeof(path), "/proc/%d/root/etc/ld.so.preload", p->tgid);
	n = read_target_file(path, p->ld_so_preload, sizeof(p->ld_so_preload));
	p->ld_so_preload_len = n > 0 ? (size_t)n : 0;
}

/* Whether name (a word of LD_PRELOAD or ld.so.preload) names object o. */
static bool names_object(const char *word, size_t len, const struct object *o)
{
	char name[256];
	const char *base;

	if (len == 0 || len >= sizeof(name))
		return false;
	memcpy(name, word, len);
	name[len] = '\0';
	base = base_name(name);
	return strcmp(base, base_name(o->path)) == 0 || (o->soname && strcmp(base, o->soname) == 0);
}

static bool listed_in(const char *list, size_t list_len, const struct object *o)
{
	size_t i = 0;

	while (i < list_len) {
		size_t start;

		while (i < list_len && (list[i] == ' ' || list[i] == ':' || list[i] == '\t' || list[i] == '\n' || !list[i]))
			i++;
		start = i;
		while (i < list_len && list[i] != ' ' && list[i] != ':' && list[i] != '\t' && list[i] != '\n' && list[i])
			i++;
		if (i > start && names_object(list + start, i - start, o))
			return true;
	}
	return false;
}

static struct object *executable(struct lkl_probe *p)
{
	for (size_t i = 0; i < p->n_objects; i++)
		if (p->objects[i].present && strcmp(p->objects[i].path, p->exe) == 0)
			return &p->objects[i];
	return NULL;
}

static bool needed_before_libc(const struct object *exe, const struct object *o)
{
	if (!exe || exe == o)
		return false;
	for (size_t i = 0; i < exe->n_needed; i++) {
		if (fnmatch("libc.so*", exe->needed[i], 0) == 0)
			return false;
		if (strcmp(exe->needed[i], base_name(o->path)) == 0 || (o->soname && strcmp(exe->needed[i], o->soname) == 0))
			return true;
	}
	return false;
}

static bool lkl_found(const struct object *o)
{
	return o->present && (o->lkl_syms & (1u << SYM_LKL_SYSCALL)) && o->offsets[SYM_LKL_SYSCALL];
}

/* --- uprobes ------------------------------------------------------------ */

static bool load(struct lkl_probe *p)
{
	int err;

	for (int attempt = 0; attempt < 2; attempt++) {
		p->skel = lkl_bpf__open();
		if (!p->skel) {
			snprintf(p->uprobe_error, sizeof(p->uprobe_error), "open lkl probe: %s", strerror(errno));
			return false;
		}
		p->skel->rodata->targ_tgid = (__u32)p->tgid;
		/* Without BTF tracepoints the host calls inside LKL go uncounted; the uprobes still work. */
		if (attempt == 1)
			bpf_program__set_autoload(p->skel->progs.lkl_host_sys, false);
		err = lkl_bpf__load(p->skel);
		if (!err) {
			p->host_calls = attempt == 0;
			return true;
		}
		lkl_bpf__destroy(p->skel);
		p->skel = NULL;
		snprintf(p->uprobe_error, sizeof(p->uprobe_error),
			 "load lkl probe: %s (it needs uprobes and task storage; `stackprof check` shows what is missing)",
			 strerror(-err));
	}
	return false;
}

static bool attach_one(struct lkl_probe *p, struct bpf_program *prog, const struct object *o, int sym, bool ret)
{
	LIBBPF_OPTS(bpf_uprobe_opts, opts, .retprobe = ret);
	struct bpf_link *link = NULL;
	char fd_path[64];
	int fd = reopen_for_uprobe(o->open_path, o->dev, (ino_t)o->ino, fd_path, sizeof(fd_path));
	int err = errno;

	if (fd >= 0) {
		link = bpf_program__attach_uprobe_opts(prog, p->tgid, fd_path, (size_t)o->offsets[sym], &opts);
		err = errno;
		close(fd);
	}
	if (!link) {
		snprintf(p->uprobe_error, sizeof(p->uprobe_error), "attach %s %s in %s: %s",
			 ret ? "uretprobe to" : "uprobe to", lkl_symbol_names[sym], o->path,
			 err == ESTALE ? "the file was replaced since it was inspected" : strerror(err));
		return false;
	}
	p->links[p->n_links++] = link;
	return true;
}

static void attach_uprobes(struct lkl_probe *p, struct object *o)
{
	struct lkl_bpf *s;

	if (p->load_failed || p->uprobe_object)
		return;
	if (!p->skel && !load(p)) {
		p->load_failed = true;
		return;
	}
	s = p->skel;
	/* Return first, then entry: an entry is never seen without its return. */
	if (!attach_one(p, s->progs.lkl_sys_exit, o, SYM_LKL_SYSCALL, true) ||
	    !attach_one(p, s->progs.lkl_sys_enter, o, SYM_LKL_SYSCALL, false)) {
		p->load_failed = true;
		return;
	}
	p->uprobes[p->n_uprobes++] = "lkl_syscall";
	p->uprobes[p->n_uprobes++] = "lkl_syscall (return)";
	if (p->cpu_wait && o->offsets[SYM_LKL_CPU_GET]) {
		if (attach_one(p, s->progs.lkl_cpu_exit, o, SYM_LKL_CPU_GET, true)) {
			if (attach_one(p, s->progs.lkl_cpu_enter, o, SYM_LKL_CPU_GET, false)) {
				p->uprobes[p->n_uprobes++] = "lkl_cpu_get";
				p->uprobes[p->n_uprobes++] = "lkl_cpu_get (return)";
			}
		}
	}
	if (p->host_calls) {
		struct bpf_link *link = bpf_program__attach(s->progs.lkl_host_sys);

		if (link)
			p->links[p->n_links++] = link;
		else
			p->host_calls = false;
	}
	p->uprobe_object = o;
	p->uprobes_ns = monotonic_ns();
}

/* --- the scan as a whole ------------------------------------------------ */

static void read_exe(struct lkl_probe *p)
{
	char path[64], exe[sizeof(p->exe)];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/exe", p->tgid);
	n = readlink(path, exe, sizeof(exe) - 1);
	if (n < 0)
		return;
	exe[n] = '\0';
	if (strcmp(exe, p->exe) != 0) {
		if (p->exe[0])
			p->exec_seen_ns = monotonic_ns();
		memcpy(p->exe, exe, (size_t)n + 1);
		p->exe_is_gate = strcmp(base_name(exe), GATE_NAME) == 0;
	}
}

static void scan(struct lkl_probe *p)
{
	read_exe(p);
	if (scan_maps(p))
		read_environment(p);
	if (p->uprobe_object)
		return;
	for (size_t i = 0; i < p->n_objects; i++) {
		if (lkl_found(&p->objects[i])) {
			attach_uprobes(p, &p->objects[i]);
			return;
		}
	}
}

struct lkl_probe *lkl_attach(pid_t tgid, bool cpu_wait, Stackprof__V1__ProbeStatus *status, char *error, size_t error_len)
{
	struct lkl_probe *p = calloc(1, sizeof(*p));

	status->name = "lkl";
	status->variant = "scan+uprobes";
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		status->error = error;
		return NULL;
	}
	elf_version(EV_CURRENT);
	p->tgid = tgid;
	p->cpu_wait = cpu_wait;
	p->ncpus = libbpf_num_possible_cpus();
	scan(p);
	status->attached = true;
	return p;
}

int lkl_poll_timeout_ms(const struct lkl_probe *p)
{
	if (!p || p->detached || p->uprobe_object || p->load_failed)
		return -1;
	if (p->exe_is_gate || (p->exec_seen_ns && monotonic_ns() - p->exec_seen_ns < EXEC_WINDOW_NS))
		return (int)(FAST_SCAN_NS / 1000000);
	return -1;
}

void lkl_tick(struct lkl_probe *p)
{
	__u64 now;

	if (lkl_poll_timeout_ms(p) < 0)
		return;
	now = monotonic_ns();
	if (now < p->next_fast_scan_ns)
		return;
	p->next_fast_scan_ns = now + FAST_SCAN_NS;
	scan(p);
}

void lkl_detach(struct lkl_probe *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_links; i++)
		bpf_link__destroy(p->links[i]);
	p->n_links = 0;
	p->detached = true;
}

void lkl_destroy(struct lkl_probe *p)
{
	if (!p)
		return;
	lkl_detach(p);
	lkl_bpf__destroy(p->skel);
	for (size_t i = 0; i < p->n_objects; i++) {
		struct object *o = &p->objects[i];

		free(o->path);
		free(o->soname);
		for (size_t k = 0; k < o->n_needed; k++)
			free(o->needed[k]);
		free(o->needed);
	}
	free(p->objects);
	free(p->maps);
	free(p);
}

/* --- the snapshot ------------------------------------------------------- */

static void host_fds(struct lkl_probe *p, Stackprof__V1__LklDetection *d)
{
	char path[64], buf[4096], *line;
	struct dirent *ent;
	DIR *dir;
	ssize_t n;

	d->max_host_fd = -1;
	snprintf(path, sizeof(path), "/proc/%d/fd", p->tgid);
	dir = opendir(path);
	if (dir) {
		while ((ent = readdir(dir)) != NULL) {
			char *end;
			long fd = strtol(ent->d_name, &end, 10);

			if (ent->d_name[0] == '.' || *end)
				continue;
			d->host_fds++;
			if (fd > d->max_host_fd)
				d->max_host_fd = (int32_t)fd;
		}
		closedir(dir);
	}
	snprintf(path, sizeof(path), "/proc/%d/status", p->tgid);
	n = read_small(path, buf, sizeof(buf) - 1);
	if (n > 0) {
		buf[n] = '\0';
		line = strstr(buf, "\nFDSize:");
		if (line)
			d->fd_table_size = (uint32_t)strtoul(line + 8, NULL, 10);
	}
}

static int list_threads(struct lkl_probe *p, Stackprof__V1__LklDetection *d)
{
	char path[64];
	struct dirent *ent;
	size_t cap = 0;
	DIR *dir;

	snprintf(path, sizeof(path), "/proc/%d/task", p->tgid);
	dir = opendir(path);
	if (!dir)
		return 0;
	while ((ent = readdir(dir)) != NULL) {
		char *end;
		unsigned long tid = strtoul(ent->d_name, &end, 10);

		if (ent->d_name[0] == '.' || *end)
			continue;
		if (grow(&d->threads, &cap, d->n_threads, sizeof(*d->threads))) {
			closedir(dir);
			return -ENOMEM;
		}
		d->threads[d->n_threads++] = (uint32_t)tid;
	}
	closedir(dir);
	return 0;
}

static char **names_of(__u64 bits, const char *const *names, size_t n, size_t *count)
{
	char **out = calloc(n, sizeof(*out));

	*count = 0;
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (bits & (1ull << i))
			out[(*count)++] = (char *)names[i];
	return out;
}

static int fill_detection(struct lkl_probe *p, Stackprof__V1__Snapshot *snap)
{
	Stackprof__V1__LklDetection *d = calloc(1, sizeof(*d));
	struct object *exe = executable(p);
	bool any_lkl = false, any_dpdk = false;
	size_t cap = 0;

	if (!d)
		return -ENOMEM;
	stackprof__v1__lkl_detection__init(d);
	snap->lkl = d;
	for (size_t i = 0; i < p->n_objects; i++) {
		struct object *o = &p->objects[i];
		bool preloaded, before_libc, is_exe, interposer, overrides;
		Stackprof__V1__LklLibrary *lib;

		if (!o->present)
			continue;
		preloaded = listed_in(p->ld_preload, p->ld_preload_len, o) ||
			    listed_in(p->ld_so_preload, p->ld_so_preload_len, o);
		before_libc = needed_before_libc(exe, o);
		is_exe = o == exe;
		interposer = preloaded || before_libc || is_exe;
		overrides = interposer && o->overrides && !o->libc;
		if (!o->lkl_name && !o->lkl_syms && !o->dpdk && !overrides && !(preloaded && o->error[0]))
			continue;
		any_lkl |= o->lkl_syms || o->lkl_name;
		any_dpdk |= o->dpdk;
		lib = append((void ***)&d->libraries, &d->n_libraries, &cap, sizeof(*lib));
		if (!lib)
			return -ENOMEM;
		stackprof__v1__lkl_library__init(lib);
		lib->path = o->path;
		lib->preloaded = preloaded;
		lib->needed_before_libc = before_libc;
		lib->executable = is_exe;
		lib->lkl_name = o->lkl_name;
		lib->lkl_symbols = names_of(o->lkl_syms, lkl_symbol_names, N_LKL_SYMS, &lib->n_lkl_symbols);
		lib->libc_overrides = names_of(overrides ? o->overrides : 0, libc_socket_calls, N_LIBC_CALLS,
					       &lib->n_libc_overrides);
		lib->dpdk = o->dpdk;
		lib->symbols_error = o->error;
	}
	d->ld_preload.data = (uint8_t *)p->ld_preload;
	d->ld_preload.len = p->ld_preload_len;
	if (p->n_env) {
		d->env = calloc(p->n_env, sizeof(*d->env));
		if (!d->env)
			return -ENOMEM;
		for (size_t i = 0; i < p->n_env; i++) {
			Stackprof__V1__LklEnvVar *v = calloc(1, sizeof(*v));

			if (!v)
				return -ENOMEM;
			stackprof__v1__lkl_env_var__init(v);
			v->name = p->env[i].name;
			v->value.data = (uint8_t *)p->env[i].value;
			v->value.len = p->env[i].len;
			d->env[d->n_env++] = v;
		}
	}
	d->environ_readable = p->environ_readable;
	d->environ_truncated = p->environ_truncated;
	d->ld_so_preload.data = (uint8_t *)p->ld_so_preload;
	d->ld_so_preload.len = p->ld_so_preload_len;
	d->scan_error = p->scan_error;
	d->mapped_objects = p->present;
	d->scans = p->scans;
	d->uprobe_library = p->uprobe_object ? p->uprobe_object->path : "";
	d->uprobes = (char **)p->uprobes;
	d->n_uprobes = p->n_uprobes;
	d->uprobe_error = p->uprobe_error;
	d->uprobes_monotonic_ns = p->uprobes_ns;
	d->host_calls_counted = p->host_calls && p->uprobe_object;
	d->cpu_wait_off = !p->cpu_wait;
	d->max_host_fd = -1;
	if (any_lkl)
		host_fds(p, d);
	if (any_dpdk)
		return list_threads(p, d);
	return 0;
}

struct read_ctx {
	Stackprof__V1__Snapshot *snap;
	size_t cap;
};

static size_t used_slots(const __u64 *hist)
{
	size_t slots = LKL_HIST_SLOTS;

	while (slots > 0 && hist[slots - 1] == 0)
		slots--;
	return slots;
}

static int add_stat(const void *k, const void *v, void *c)
{
	const struct lkl_key *key = k;
	const struct lkl_stat *s = v;
	struct read_ctx *ctx = c;
	size_t slots = used_slots(s->hist);
	Stackprof__V1__LklSyscallStat *e = append((void ***)&ctx->snap->lkl_syscalls, &ctx->snap->n_lkl_syscalls,
						  &ctx->cap, sizeof(*e) + sizeof(s->hist));

	if (!e)
		return -ENOMEM;
	stackprof__v1__lkl_syscall_stat__init(e);
	e->tid = key->tid;
	e->nr = key->nr;
	e->count = s->count;
	e->errors = s->errors;
	e->total_ns = s->total_ns;
	e->max_ns = s->max_ns;
	e->latency_log2_ns = (uint64_t *)(e + 1);
	memcpy(e->latency_log2_ns, s->hist, slots * sizeof(__u64));
	e->n_latency_log2_ns = slots;
	return 0;
}

static int add_cpu_wait(const void *k, const void *v, void *c)
{
	const struct lkl_cpu_wait *w = v;
	struct read_ctx *ctx = c;
	size_t slots = used_slots(w->hist);
	Stackprof__V1__LklCpuWait *e = append((void ***)&ctx->snap->lkl_cpu_waits, &ctx->snap->n_lkl_cpu_waits,
					      &ctx->cap, sizeof(*e) + sizeof(w->hist));

	if (!e)
		return -ENOMEM;
	stackprof__v1__lkl_cpu_wait__init(e);
	e->tid = *(const __u32 *)k;
	e->count = w->count;
	e->total_ns = w->total_ns;
	e->max_ns = w->max_ns;
	e->wait_log2_ns = (uint64_t *)(e + 1);
	memcpy(e->wait_log2_ns, w->hist, slots * sizeof(__u64));
	e->n_wait_log2_ns = slots;
	return 0;
}

static int add_host_call(const void *k, const void *v, void *c)
{
	const struct lkl_key *key = k;
	struct read_ctx *ctx = c;
	Stackprof__V1__LklHostCall *e = append((void ***)&ctx->snap->lkl_host_calls, &ctx->snap->n_lkl_host_calls,
					       &ctx->cap, sizeof(*e));

	if (!e)
		return -ENOMEM;
	stackprof__v1__lkl_host_call__init(e);
	e->tid = key->tid;
	e->nr = key->nr;
	e->count = *(const __u64 *)v;
	return 0;
}

int lkl_read(struct lkl_probe *p, Stackprof__V1__Snapshot *snap)
{
	union {
		struct { struct lkl_key k, n; struct lkl_stat v; } stat;
		struct { __u32 k, n; struct lkl_cpu_wait v; } cpu;
		struct { struct lkl_key k, n; __u64 v; } host;
	} b;
	struct read_ctx ctx = { .snap = snap };
	Stackprof__V1__LklCounters *out;
	__u64 totals[LKL_COUNTERS];
	int err;

	if (!p->detached)
		scan(p);
	err = fill_detection(p, snap);
	if (err)
		return err;
	out = snap->lkl_counters = calloc(1, sizeof(*snap->lkl_counters));
	if (!out)
		return -ENOMEM;
	stackprof__v1__lkl_counters__init(out);
	if (!p->skel)
		return 0;
	err = walk(bpf_map__fd(p->skel->maps.lkl_stats), &b.stat.k, &b.stat.n, sizeof(b.stat.k), &b.stat.v,
		   add_stat, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(p->skel->maps.lkl_cpu_waits), &b.cpu.k, &b.cpu.n, sizeof(b.cpu.k), &b.cpu.v,
			   add_cpu_wait, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(p->skel->maps.lkl_host_calls), &b.host.k, &b.host.n, sizeof(b.host.k),
			   &b.host.v, add_host_call, &ctx);
	if (!err)
		err = sum_percpu_counters(bpf_map__fd(p->skel->maps.lkl_counters), p->ncpus, totals, LKL_COUNTERS);
	if (err)
		return err;
	out->stats_map_full = totals[LKL_STATS_MAP_FULL];
	out->cpu_map_full = totals[LKL_CPU_MAP_FULL];
	out->host_map_full = totals[LKL_HOST_MAP_FULL];
	out->state_store_failed = totals[LKL_STATE_STORE_FAILED];
	out->too_deep = totals[LKL_TOO_DEEP];
	out->unmatched_returns = totals[LKL_UNMATCHED_RETURNS];
	return 0;
}

void lkl_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	Stackprof__V1__LklDetection *d = snap->lkl;

	if (d) {
		for (size_t i = 0; i < d->n_libraries; i++) {
			free(d->libraries[i]->lkl_symbols);
			free(d->libraries[i]->libc_overrides);
			free(d->libraries[i]);
		}
		free(d->libraries);
		for (size_t i = 0; i < d->n_env; i++)
			free(d->env[i]);
		free(d->env);
		free(d->threads);
		free(d);
		snap->lkl = NULL;
	}
	FREE_ALL(lkl_syscalls, n_lkl_syscalls);
	FREE_ALL(lkl_cpu_waits, n_lkl_cpu_waits);
	FREE_ALL(lkl_host_calls, n_lkl_host_calls);
	free(snap->lkl_counters);
	snap->lkl_counters = NULL;
}
