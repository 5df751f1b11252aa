/* Symbolizer: names for the instruction addresses the stacks probe samples.
 *
 * Kernel frames: /proc/kallsyms, read once per process into a sorted array.
 * Native frames: the ELF files the target maps, opened through
 * /proc/<tgid>/map_files (the very file mapped, even if deleted or in another
 * mount namespace) and read with elfutils (libdwfl). Symbols are kept per
 * file in a sorted array of our own: libdwfl's dwfl_module_addrinfo scans
 * the whole symbol table on every lookup (2.6 ms per address in node's 110k
 * symbols), ours is a binary search. Files are cached by build-id, so a
 * library mapped twice, or by two targets, is read once.
 * JIT frames: the perf map V8 writes with --perf-basic-prof.
 *
 * The loader is privileged and the target is not trusted: every read is
 * bounded; paths inside the target's root resolve as the target sees them
 * (openat2 RESOLVE_IN_ROOT: its symlinks cannot lead to our files); a file
 * is opened only after an O_PATH look showed a regular file (never a FIFO or
 * a device); the perf map must not be a symlink itself and must be owned by
 * the target's user; ELF files are parsed by libelf/libdw only, with symbol
 * counts and demangled lengths bounded here. Separate debuginfo is looked up
 * by build-id under /usr/lib/debug only: libdwfl's standard finder would also
 * follow .gnu_debuglink paths the target's file chooses and ask debuginfod
 * servers over the network. Left: libdwfl maps the ELF files it reads, so a
 * target truncating its own binary meanwhile can crash the loader (SIGBUS),
 * ending its own session only.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <linux/openat2.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <elfutils/libdwfl.h>
#include <gelf.h>
#include "grow.h"
#include "procfs.h"
#include "symbolize.h"

#define FRAME_KERNEL STACKPROF__V1__STACK_FRAME__KIND__KERNEL
#define FRAME_NATIVE STACKPROF__V1__STACK_FRAME__KIND__NATIVE
#define FRAME_JIT STACKPROF__V1__STACK_FRAME__KIND__JIT
#define FRAME_UNKNOWN STACKPROF__V1__STACK_FRAME__KIND__UNKNOWN
#define MODULE_KERNEL STACKPROF__V1__STACK_MODULE__KIND__KERNEL
#define MODULE_ELF STACKPROF__V1__STACK_MODULE__KIND__ELF
#define MODULE_PERF_MAP STACKPROF__V1__STACK_MODULE__KIND__PERF_MAP
#define MODULE_ANONYMOUS STACKPROF__V1__STACK_MODULE__KIND__ANONYMOUS
#define MODULE_OTHER STACKPROF__V1__STACK_MODULE__KIND__OTHER

/* Bounds on what the target controls. */
#define MAPS_MAX_LINE 8192              /* PATH_MAX plus the fields, escaped */
#define MAPS_MAX_BYTES (64u << 20)
#define MAX_MAPPINGS 65536
#define MAX_OPEN_FILES 256              /* kept open so symbols outlive the target */
#define ELF_MAX_SYMBOLS (8u << 20)
#define ELF_MAX_PHDRS 4096
#define PLT_MAX_ENTRIES (1u << 20)
#define DEMANGLE_MAX_LEN 16384          /* longer names are left mangled */
#define VDSO_MAX_SIZE (1u << 20)
#define PERF_MAP_MAX_LINE 4096          /* longer lines are skipped */
#define PERF_MAP_MAX_ENTRIES (1u << 20)   /* live ones: 16 MB, segments as much again */
#define PERF_MAP_MAX_NAME_BYTES (48u << 20)
#define KALLSYMS_MAX_LINE 1024

/* DWARF file:line for native frames. Measured here: node 20's 98 MB binary
 * costs 1.4 ms and 2 MB at its first dwfl_module_getsrc (its DWARF covers
 * few compilation units); libc with libc6-dbg's full, compressed DWARF costs
 * 70-90 ms and 16-22 MB once. 2100 addresses over node, libc, the kernel and
 * a perf map: 190 ms CPU and 49 MB peak RSS with lines, 110 ms and 27 MB
 * without. Within the budget (< 1 s, < 200 MB), so on. */
static const bool want_lines = true;

static const char reason_no_mapping[] = "not in any mapping";
static const char reason_anon_no_map[] = "anonymous executable memory and no perf map (JIT code?)";
static const char reason_anon_not_in_map[] = "anonymous executable memory not in the perf map";
static const char reason_vsyscall[] = "[vsyscall] page";

extern char *__cxa_demangle(const char *mangled, char *buf, size_t *len, int *status);

/* ---------------------------------------------------------------- helpers */

/* Interned strings: paths, reasons and statuses live as long as their owner
 * and are compared by pointer. */
struct strtab {
	char **slots;
	size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

static const char *intern(struct strtab *t, const char *str)
{
	size_t i;

	if (t->n * 2 >= t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 64;
		char **slots = calloc(ncap, sizeof(*slots));

		if (!slots)
			return "";
		for (size_t j = 0; j < t->cap; j++) {
			if (!t->slots[j])
				continue;
			for (i = hash_str(t->slots[j]) & (ncap - 1); slots[i]; i = (i + 1) & (ncap - 1))
				;
			slots[i] = t->slots[j];
		}
		free(t->slots);
		t->slots = slots;
		t->cap = ncap;
	}
	for (i = hash_str(str) & (t->cap - 1); t->slots[i]; i = (i + 1) & (t->cap - 1))
		if (strcmp(t->slots[i], str) == 0)
			return t->slots[i];
	t->slots[i] = strdup(str);
	if (!t->slots[i])
		return "";
	t->n++;
	return t->slots[i];
}

static const char *internf(struct strtab *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static const char *internf(struct strtab *t, const char *fmt, ...)
{
	char buf[4096 + 256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return intern(t, buf);
}

static void strtab_free(struct strtab *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->slots[i]);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}

/* Line splitter for files the target (or the kernel) writes. Lines longer
 * than max_line are skipped whole, also across calls. With use_pread the
 * reader keeps its own offset and leaves an unterminated last line for the
 * next call (the perf map is written while we read it). */
struct line_reader {
	int fd;
	bool use_pread;
	bool skipping;
	off_t offset;
	size_t max_line;
};

typedef void (*line_fn)(char *line, size_t len, void *ctx);

static int read_lines(struct line_reader *r, size_t max_bytes, line_fn fn, void *ctx)
{
	size_t cap = r->max_line * 2 > 65536 ? r->max_line * 2 : 65536;
	size_t have = 0, consumed = 0;
	char *buf = malloc(cap + 1);
	int err = 0;

	if (!buf)
		return -ENOMEM;
	for (;;) {
		ssize_t n = r->use_pread ? pread(r->fd, buf + have, cap - have, r->offset + (off_t)have)
					 : read(r->fd, buf + have, cap - have);
		size_t pos = 0;

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			err = -errno;
			break;
		}
		if (n == 0)
			break;
		have += (size_t)n;
		for (;;) {
			char *nl = memchr(buf + pos, '\n', have - pos);
			size_t len;

			if (!nl)
				break;
			len = (size_t)(nl - (buf + pos));
			if (r->skipping) {
				r->skipping = false;
			} else if (len <= r->max_line) {
				*nl = '\0';
				fn(buf + pos, len, ctx);
			}
			pos += len + 1;
		}
		if (r->skipping || have - pos > r->max_line) {
			r->skipping = true;
			pos = have;
		}
		memmove(buf, buf + pos, have - pos);
		have -= pos;
		r->offset += (off_t)pos;
		consumed += pos;
		if (max_bytes && consumed >= max_bytes)
			break;
	}
	/* /proc files always end their lines; a file read with read() has no
	 * "later" for its last line. */
	if (!r->use_pread && have && !r->skipping && !err) {
		buf[have] = '\0';
		fn(buf, have, ctx);
	}
	free(buf);
	return err;
}

static const char *skip_spaces(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Hex number with an optional 0x; false when there is none. */
static bool parse_hex(const char **pp, __u64 *out)
{
	const char *p = *pp;
	__u64 v = 0;
	int digits = 0;

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		p += 2;
	for (;; p++, digits++) {
		int d;

		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (*p >= 'a' && *p <= 'f')
			d = *p - 'a' + 10;
		else if (*p >= 'A' && *p <= 'F')
			d = *p - 'A' + 10;
		else
			break;
		if (digits >= 16)
			return false;
		v = v << 4 | (__u64)d;
	}
	if (!digits)
		return false;
	*pp = p;
	*out = v;
	return true;
}

static void hex_string(const unsigned char *bytes, size_t len, char *out, size_t out_len)
{
	size_t i;

	for (i = 0; i < len && 2 * i + 2 < out_len; i++)
		snprintf(out + 2 * i, 3, "%02x", bytes[i]);
	out[2 * i] = '\0';
}

static size_t leading_underscores(const char *name)
{
	size_t n = 0;

	while (name[n] == '_')
		n++;
	return n;
}

/* --------------------------------------------------------------- kallsyms */

struct ksym {
	__u64 addr;
	__u32 name;   /* offset in kallsyms.pool */
	__u32 order;  /* line number, for a stable choice among aliases */
	__u8 rank;
};

static struct {
	bool loaded;
	struct ksym *syms;
	size_t n, cap;
	char *pool;
	size_t pool_len, pool_cap;
	size_t nonzero;
	const char *error;      /* unknown_reason for every kernel frame, or NULL */
	char build_id[129];
	__u64 start, limit;
} kallsyms;

static void kallsyms_line(char *line, size_t len, void *ctx)
{
	const char *p = line, *name, *mod;
	size_t name_len, mod_len = 0, need;
	struct ksym *k;
	char type;
	__u64 addr;

	if (!parse_hex(&p, &addr) || *p != ' ' || !p[1] || p[2] != ' ')
		return;
	type = p[1];
	name = p + 3;
	name_len = strcspn(name, "\t");
	mod = name + name_len;
	if (*mod == '\t') {
		mod++;
		mod_len = strlen(mod);
	}
	if (!name_len)
		return;
	/* Module symbols keep their module: "ext4_file_read_iter [ext4]". */
	need = name_len + (mod_len ? mod_len + 1 : 0) + 1;
	if (grow(&kallsyms.syms, &kallsyms.cap, kallsyms.n, sizeof(*kallsyms.syms)))
		return;
	while (kallsyms.pool_len + need > kallsyms.pool_cap) {
		size_t ncap = kallsyms.pool_cap ? kallsyms.pool_cap * 2 : 1 << 20;
		char *pool = realloc(kallsyms.pool, ncap);

		if (!pool)
			return;
		kallsyms.pool = pool;
		kallsyms.pool_cap = ncap;
	}
	k = &kallsyms.syms[kallsyms.n];
	k->addr = addr;
	k->name = (__u32)kallsyms.pool_len;
	k->order = (__u32)kallsyms.n;
	/* Among aliases at one address prefer global symbols, then (x86-64
	 * syscalls have __x64_sys_X and __ia32_sys_X at one address) the
	 * native entry, then fewer leading underscores. */
	{
		size_t under = leading_underscores(name);

		k->rank = (__u8)((isupper((unsigned char)type) ? 128 : 0) |
				 (strncmp(name, "__ia32_", 7) ? 64 : 0) |
				 (under > 31 ? 0 : 31 - under));
	}
	memcpy(kallsyms.pool + kallsyms.pool_len, name, name_len);
	kallsyms.pool_len += name_len;
	if (mod_len) {
		kallsyms.pool[kallsyms.pool_len++] = ' ';
		memcpy(kallsyms.pool + kallsyms.pool_len, mod, mod_len);
		kallsyms.pool_len += mod_len;
	}
	kallsyms.pool[kallsyms.pool_len++] = '\0';
	kallsyms.n++;
	if (addr)
		kallsyms.nonzero++;
	(void)len;
	(void)ctx;
}

static int ksym_cmp(const void *a, const void *b)
{
	const struct ksym *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank > y->rank ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* The kernel's build-id, from its ELF notes. */
static void kernel_build_id(char *out, size_t out_len)
{
	unsigned char buf[4096];
	int fd = open("/sys/kernel/notes", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf));
	size_t pos = 0;

	out[0] = '\0';
	if (fd >= 0)
		close(fd);
	while (n > 0 && pos + 12 <= (size_t)n) {
		__u32 namesz, descsz, type;
		size_t name_off = pos + 12, desc_off;

		memcpy(&namesz, buf + pos, 4);
		memcpy(&descsz, buf + pos + 4, 4);
		memcpy(&type, buf + pos + 8, 4);
		if (namesz > 4096 || descsz > 4096)
			break;
		desc_off = name_off + ((namesz + 3) & ~3u);
		if (desc_off + descsz > (size_t)n)
			break;
		if (type == NT_GNU_BUILD_ID && namesz == 4 && memcmp(buf + name_off, "GNU", 4) == 0) {
			hex_string(buf + desc_off, descsz, out, out_len);
			return;
		}
		pos = desc_off + ((descsz + 3) & ~3u);
	}
}

static void kallsyms_load(void)
{
	struct line_reader r = { .max_line = KALLSYMS_MAX_LINE };
	size_t out = 0;

	if (kallsyms.loaded)
		return;
	kallsyms.loaded = true;
	r.fd = open("/proc/kallsyms", O_RDONLY | O_CLOEXEC);
	if (r.fd < 0) {
		kallsyms.error = "cannot read /proc/kallsyms";
		return;
	}
	read_lines(&r, 0, kallsyms_line, NULL);
	close(r.fd);
	if (!kallsyms.n) {
		kallsyms.error = "cannot read /proc/kallsyms";
		return;
	}
	if (!kallsyms.nonzero) {
		/* kptr_restrict 1 shows addresses only to CAP_SYSLOG (root has it;
		 * setcap cap_bpf,cap_perfmon does not give it), 2 to nobody. */
		kallsyms.error = "kernel symbols hidden: /proc/kallsyms shows no addresses "
				 "(kernel.kptr_restrict is 2, or 1 and the loader lacks CAP_SYSLOG)";
		return;
	}
	/* The kernel lists its own symbols in address order (modules and BPF
	 * programs may not be): sort only when needed. */
	for (size_t i = 1; i < kallsyms.n; i++)
		if (kallsyms.syms[i].addr < kallsyms.syms[i - 1].addr) {
			qsort(kallsyms.syms, kallsyms.n, sizeof(*kallsyms.syms), ksym_cmp);
			break;
		}
	/* One entry per address: the best-ranked alias. */
	for (size_t i = 0; i < kallsyms.n; i++) {
		struct ksym *k = &kallsyms.syms[i];

		if (!k->addr)
			continue;
		if (out && kallsyms.syms[out - 1].addr == k->addr) {
			if (ksym_cmp(k, &kallsyms.syms[out - 1]) < 0)
				kallsyms.syms[out - 1] = *k;
			continue;
		}
		kallsyms.syms[out++] = *k;
	}
	kallsyms.n = out;
	kallsyms.start = kallsyms.syms[0].addr;
	kallsyms.limit = kallsyms.syms[out - 1].addr + 1;
	kernel_build_id(kallsyms.build_id, sizeof(kallsyms.build_id));
}

static void kallsyms_free(void)
{
	free(kallsyms.syms);
	free(kallsyms.pool);
	memset(&kallsyms, 0, sizeof(kallsyms));
}

/* ------------------------------------------------------- ELF file cache */

struct load_seg {
	__u64 offset, filesz, vaddr;
	bool exec;
};

/* Names made up for code without symbols of its own: a PLT stub is named
 * after the function it jumps to, as perf does. */
enum fsym_synthetic {
	FSYM_REAL,
	FSYM_PLT_STUB,        /* name: the imported function's; shown with "@plt" */
	FSYM_PLT_OTHER,       /* name: literal ("[plt]", "[plt.sec]", "[plt.got]") */
};

struct fsym {
	__u64 addr, size;
	const char *name;     /* in libelf's data (or a literal), valid while the Dwfl lives */
	char *display;        /* demangled / version-stripped, NULL until asked */
	__u8 bind;
	__u8 synthetic;       /* enum fsym_synthetic */
};

/* One ELF file's contents, shared by every mapping of it in every target. */
struct elf_obj {
	struct elf_obj *next;
	char key[192];              /* "b:<build-id>" or "f:<dev>:<ino>:<size>:<mtime>" */
	char build_id[129];
	Dwfl *dwfl;
	Dwfl_Module *mod;
	struct load_seg *segs;
	size_t nsegs;
	struct fsym *syms;
	size_t nsyms;
	size_t nreal;               /* of which from symbol tables, not made up for PLT stubs */
	bool syms_loaded;
	const char *symbols;        /* "symtab", "dynsym", "debuginfo", or why none */
};

static struct {
	struct elf_obj *objs;
	unsigned users;             /* live symbolizers */
} cache;

static char *debuginfo_path = "/usr/lib/debug";

/* The main file is always given by fd: never search for it (the build-id
 * finder would also try debuginfod). */
static int no_find_elf(Dwfl_Module *mod, void **userdata, const char *modname, Dwarf_Addr base,
		       char **file_name, Elf **elfp)
{
	return -1;
}

static const Dwfl_Callbacks dwfl_callbacks = {
	.find_elf = no_find_elf,
	.find_debuginfo = dwfl_build_id_find_debuginfo,
	.section_address = dwfl_offline_section_address,
	.debuginfo_path = &debuginfo_path,
};

static void elf_obj_free(struct elf_obj *o)
{
	for (size_t i = 0; i < o->nsyms; i++)
		free(o->syms[i].display);
	free(o->syms);
	free(o->segs);
	if (o->dwfl)
		dwfl_end(o->dwfl);
	free(o);
}

/* Reads program headers and the build-id note with libelf (ELF_C_READ:
 * pread, no mapping the target could truncate under us). */
static const char *elf_identify(int fd, struct load_seg **segs, size_t *nsegs, char *build_id,
				size_t build_id_len)
{
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	GElf_Ehdr ehdr;
	size_t phnum = 0;
	const char *err = NULL;

	build_id[0] = '\0';
	*segs = NULL;
	*nsegs = 0;
	if (!elf || elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &ehdr)) {
		err = "not an ELF file";
		goto out;
	}
	if (ehdr.e_type != ET_EXEC && ehdr.e_type != ET_DYN) {
		err = "not an ELF executable or shared object";
		goto out;
	}
	if (elf_getphdrnum(elf, &phnum) || phnum > ELF_MAX_PHDRS) {
		err = "bad ELF program headers";
		goto out;
	}
	*segs = calloc(phnum ? phnum : 1, sizeof(**segs));
	if (!*segs) {
		err = "out of memory";
		goto out;
	}
	for (size_t i = 0; i < phnum; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(elf, (int)i, &ph))
			continue;
		if (ph.p_type == PT_LOAD) {
			struct load_seg *sg = &(*segs)[(*nsegs)++];

			sg->offset = ph.p_offset;
			sg->filesz = ph.p_filesz;
			sg->vaddr = ph.p_vaddr;
			sg->exec = ph.p_flags & PF_X;
		} else if (ph.p_type == PT_NOTE && !build_id[0] && ph.p_filesz && ph.p_filesz < (1u << 20)) {
			Elf_Data *data = elf_getdata_rawchunk(elf, (int64_t)ph.p_offset, ph.p_filesz,
							     ELF_T_NHDR);
			size_t off = 0, name_off, desc_off;
			GElf_Nhdr nh;

			while (data && (off = gelf_getnote(data, off, &nh, &name_off, &desc_off)) > 0) {
				if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 &&
				    memcmp((char *)data->d_buf + name_off, "GNU", 4) == 0 &&
				    nh.n_descsz <= 64) {
					hex_string((unsigned char *)data->d_buf + desc_off, nh.n_descsz,
						   build_id, build_id_len);
					break;
				}
			}
		}
	}
	if (!*nsegs)
		err = "no loadable segments";
out:
	if (err) {
		free(*segs);
		*segs = NULL;
		*nsegs = 0;
	}
	if (elf)
		elf_end(elf);
	return err;
}

/* The cached object for the file open on fd (name: the path as the target
 * sees it, for messages). NULL with *err set when it is not usable ELF. */
static struct elf_obj *elf_obj_get(int fd, const char *name, const char **err)
{
	struct load_seg *segs;
	size_t nsegs;
	char build_id[129], key[192];
	struct elf_obj *o;
	struct stat st;
	int dfd;

	elf_version(EV_CURRENT);
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		*err = "not a regular file";
		return NULL;
	}
	*err = elf_identify(fd, &segs, &nsegs, build_id, sizeof(build_id));
	if (*err)
		return NULL;
	if (build_id[0])
		snprintf(key, sizeof(key), "b:%s", build_id);
	else
		snprintf(key, sizeof(key), "f:%llu:%llu:%lld:%lld.%ld", (unsigned long long)st.st_dev,
			 (unsigned long long)st.st_ino, (long long)st.st_size,
			 (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	for (o = cache.objs; o; o = o->next)
		if (strcmp(o->key, key) == 0) {
			free(segs);
			return o;
		}
	o = calloc(1, sizeof(*o));
	if (!o) {
		free(segs);
		*err = "out of memory";
		return NULL;
	}
	memcpy(o->key, key, sizeof(key));
	memcpy(o->build_id, build_id, sizeof(build_id));
	o->segs = segs;
	o->nsegs = nsegs;
	o->dwfl = dwfl_begin(&dwfl_callbacks);
	/* dwfl_report_elf takes the descriptor it is given. */
	dfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (o->dwfl && dfd >= 0) {
		dwfl_report_begin(o->dwfl);
		/* Bias 0: the module's addresses are the file's own vaddrs,
		 * whatever the target's load address, so one object serves every
		 * mapping of the file. */
		o->mod = dwfl_report_elf(o->dwfl, name, name, dfd, 0, true);
		dwfl_report_end(o->dwfl, NULL, NULL);
		if (!o->mod)
			close(dfd);
	} else if (dfd >= 0) {
		close(dfd);
	}
	if (!o->mod) {
		*err = "libdwfl cannot read it";
		elf_obj_free(o);
		return NULL;
	}
	o->next = cache.objs;
	cache.objs = o;
	return o;
}

static int sym_rank_cmp(const struct fsym *x, const struct fsym *y)
{
	size_t ux, uy;
	int c;

	/* perf's choice among aliases, with leading underscores weighed
	 * before binding so getppid wins over __getppid: sized, then not
	 * local (glibc's debuginfo has __GI_* locals everywhere), then fewer
	 * leading underscores, then global over weak. A real symbol beats a
	 * name made up for a PLT stub. */
	if ((x->synthetic == FSYM_REAL) != (y->synthetic == FSYM_REAL))
		return x->synthetic == FSYM_REAL ? -1 : 1;
	if (!!x->size != !!y->size)
		return x->size ? -1 : 1;
	if ((x->bind == STB_LOCAL) != (y->bind == STB_LOCAL))
		return x->bind == STB_LOCAL ? 1 : -1;
	ux = leading_underscores(x->name);
	uy = leading_underscores(y->name);
	if (ux != uy)
		return ux < uy ? -1 : 1;
	if ((x->bind == STB_GLOBAL) != (y->bind == STB_GLOBAL))
		return x->bind == STB_GLOBAL ? -1 : 1;
	c = strcmp(x->name, y->name);
	return c;
}

static int fsym_cmp(const void *a, const void *b)
{
	const struct fsym *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return sym_rank_cmp(x, y);
}

static bool elf_has_symtab(Elf *elf)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn)))
		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB)
			return true;
	return false;
}

/* ------------------------------------------------ PLT stubs (x86_64 only) */

/* PLT stubs have no symbols: without names of their own, an address in
 * one would be named after whatever precedes the PLT (an unsized _init runs
 * up to .text). They are named as perf and objdump do, "<function>@plt",
 * after the relocation of the GOT slot the stub jumps through: JUMP_SLOT
 * (or IRELATIVE, named after the ifunc at its addend) in .rela.plt for
 * .plt and .plt.sec stubs, GLOB_DAT in .rela.dyn for .plt.got ones. Stubs
 * are decoded rather than taken in .rela.plt's order: libc's IRELATIVE
 * relocations come last there, not in PLT order. All of it is the target's
 * input: libelf bounds every section, symbol and string read, and counts
 * are capped by the sections' sizes. */
#define X86_64_PLT_ENTRY 16

struct plt_sections {
	Elf_Scn *plt, *plt_sec, *plt_got, *rela_plt, *rela_dyn;
	GElf_Shdr plt_sh, plt_sec_sh, plt_got_sh, rela_plt_sh, rela_dyn_sh;
};

/* The first section of that name and type (code, for stubs), if any. */
static void plt_keep(Elf_Scn *scn, const GElf_Shdr *sh, const char *name, const char *want, Elf64_Word type,
		     Elf_Scn **slot, GElf_Shdr *slot_sh)
{
	if (*slot || strcmp(name, want) != 0 || sh->sh_type != type ||
	    (type == SHT_PROGBITS && !(sh->sh_flags & SHF_EXECINSTR)))
		return;
	*slot = scn;
	*slot_sh = *sh;
}

static void plt_find_sections(Elf *elf, size_t shstrndx, struct plt_sections *ps)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	memset(ps, 0, sizeof(*ps));
	while ((scn = elf_nextscn(elf, scn))) {
		const char *name;

		if (!gelf_getshdr(scn, &sh) || !(name = elf_strptr(elf, shstrndx, sh.sh_name)))
			continue;
		plt_keep(scn, &sh, name, ".plt", SHT_PROGBITS, &ps->plt, &ps->plt_sh);
		plt_keep(scn, &sh, name, ".plt.sec", SHT_PROGBITS, &ps->plt_sec, &ps->plt_sec_sh);
		plt_keep(scn, &sh, name, ".plt.got", SHT_PROGBITS, &ps->plt_got, &ps->plt_got_sh);
		plt_keep(scn, &sh, name, ".rela.plt", SHT_RELA, &ps->rela_plt, &ps->rela_plt_sh);
		plt_keep(scn, &sh, name, ".rela.dyn", SHT_RELA, &ps->rela_dyn, &ps->rela_dyn_sh);
	}
}

/* A relocation table with the dynamic symbols and strings it refers to;
 * relas NULL when any of it is missing or malformed. */
struct rela_table {
	Elf_Data *relas, *syms;
	size_t nrelas, nsyms, strndx;
};

static void rela_table_open(Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh, struct rela_table *t)
{
	Elf_Scn *sym_scn;
	GElf_Shdr sym_sh;
	Elf_Data *relas, *syms;

	memset(t, 0, sizeof(*t));
	if (!scn || !(sym_scn = elf_getscn(elf, sh->sh_link)) || !gelf_getshdr(sym_scn, &sym_sh) ||
	    sym_sh.sh_type != SHT_DYNSYM)
		return;
	relas = elf_getdata(scn, NULL);
	syms = elf_getdata(sym_scn, NULL);
	if (!relas || relas->d_type != ELF_T_RELA || !syms || syms->d_type != ELF_T_SYM)
		return;
	t->relas = relas;
	t->syms = syms;
	t->nrelas = relas->d_size / sizeof(Elf64_Rela);
	if (t->nrelas > INT_MAX)
		t->nrelas = INT_MAX;
	t->nsyms = syms->d_size / sizeof(Elf64_Sym);
	t->strndx = sym_sh.sh_link;
}

/* The best-ranked real symbol at exactly addr, among the first n (sorted). */
static const char *real_sym_at(const struct fsym *syms, size_t n, __u64 addr)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (syms[mid].addr < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && syms[lo].addr == addr ? syms[lo].name : NULL;
}

/* The function relocation i of t binds (its GOT slot in *slot), or NULL:
 * the symbol's name for JUMP_SLOT and GLOB_DAT, the ifunc's for IRELATIVE
 * (found among the file's sorted real symbols, bias added). */
static const char *rela_function(Elf *elf, const struct rela_table *t, size_t i, const struct fsym *syms,
				 size_t nsyms, GElf_Addr bias, __u64 *slot)
{
	GElf_Rela r;
	GElf_Sym sym;
	size_t symndx;
	const char *name;

	if (!t->relas || i >= t->nrelas || !gelf_getrela(t->relas, (int)i, &r))
		return NULL;
	*slot = r.r_offset;
	switch (GELF_R_TYPE(r.r_info)) {
	case R_X86_64_JUMP_SLOT:
	case R_X86_64_GLOB_DAT:
		break;
	case R_X86_64_IRELATIVE:
		return real_sym_at(syms, nsyms, (__u64)r.r_addend + bias);
	default:
		return NULL;
	}
	symndx = GELF_R_SYM(r.r_info);
	if (!symndx || symndx >= t->nsyms || symndx > INT_MAX || !gelf_getsym(t->syms, (int)symndx, &sym))
		return NULL;
	name = elf_strptr(elf, t->strndx, sym.st_name);
	return name && *name ? name : NULL;
}

struct got_slot {
	__u64 addr;
	const char *function;
};

static int got_slot_cmp(const void *a, const void *b)
{
	const struct got_slot *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* Named GOT slots of t, appended to *slots and sorted later. */
static void got_slots_add(Elf *elf, const struct rela_table *t, const struct fsym *syms, size_t nsyms,
			  GElf_Addr bias, struct got_slot **slots, size_t *n, size_t *cap)
{
	for (size_t i = 0; i < t->nrelas; i++) {
		__u64 slot;
		const char *function = rela_function(elf, t, i, syms, nsyms, bias, &slot);

		if (!function)
			continue;
		if (grow(slots, cap, *n, sizeof(**slots)))
			return;
		(*slots)[(*n)++] = (struct got_slot){ .addr = slot, .function = function };
	}
}

enum stub_kind { STUB_UNKNOWN, STUB_GOT_SLOT, STUB_RELA_INDEX };

/* What the stub at addr jumps through: `[endbr64] [bnd] jmp *disp32(%rip)`
 * gives its GOT slot; `[endbr64] push $imm32`, the lazy-binding entry of a
 * .plt whose calls go through .plt.sec, gives its .rela.plt index. */
static enum stub_kind stub_decode(const unsigned char *p, size_t len, __u64 addr, __u64 *value)
{
	size_t k = 0;
	int32_t imm;

	if (len >= 4 && memcmp(p, "\xf3\x0f\x1e\xfa", 4) == 0)
		k = 4;
	if (k + 7 <= len && p[k] == 0xf2 && p[k + 1] == 0xff && p[k + 2] == 0x25)
		k++;
	if (k + 6 <= len && p[k] == 0xff && p[k + 1] == 0x25) {
		memcpy(&imm, p + k + 2, sizeof(imm));
		*value = addr + k + 6 + (__u64)(int64_t)imm;
		return STUB_GOT_SLOT;
	}
	if (k + 5 <= len && p[k] == 0x68) {
		memcpy(&imm, p + k + 1, sizeof(imm));
		*value = (__u64)(uint32_t)imm;
		return STUB_RELA_INDEX;
	}
	return STUB_UNKNOWN;
}

static bool fsym_push(struct elf_obj *o, size_t *cap, size_t *out, __u64 addr, __u64 size,
		      const char *name, enum fsym_synthetic synthetic)
{
	if (grow(&o->syms, cap, *out, sizeof(*o->syms)))
		return false;
	o->syms[*out] = (struct fsym){ .addr = addr, .size = size, .name = name, .bind = STB_GLOBAL,
				       .synthetic = (__u8)synthetic };
	(*out)++;
	return true;
}

struct plt_names {
	Elf *elf;
	GElf_Addr bias;
	const struct rela_table *jump_slots;
	const struct got_slot *slots;
	size_t nslots, nsyms;       /* nsyms: the real symbols, sorted, before the stubs */
};

/* One name per `entry` bytes of a stub section from `skip` on; a stub that
 * cannot be decoded or matched gets the section's name (`fallback`). */
static bool plt_add_stubs(struct elf_obj *o, const struct plt_names *nm, Elf_Scn *scn, const GElf_Shdr *sh,
			  size_t skip, size_t entry, const char *fallback, size_t *cap, size_t *out)
{
	Elf_Data *code = elf_getdata(scn, NULL);
	size_t n;

	if (!code || !code->d_buf || code->d_size != sh->sh_size || sh->sh_size < skip)
		return true;
	n = (sh->sh_size - skip) / entry;
	if (n > PLT_MAX_ENTRIES)
		n = PLT_MAX_ENTRIES;
	for (size_t i = 0; i < n; i++) {
		size_t off = skip + i * entry;
		__u64 vaddr = sh->sh_addr + off, value, slot;
		const char *function = NULL;
		struct got_slot key, *hit;

		switch (stub_decode((const unsigned char *)code->d_buf + off, entry, vaddr, &value)) {
		case STUB_GOT_SLOT:
			key.addr = value;
			hit = nm->nslots ? bsearch(&key, nm->slots, nm->nslots, sizeof(*nm->slots), got_slot_cmp) : NULL;
			function = hit ? hit->function : NULL;
			break;
		case STUB_RELA_INDEX:
			function = rela_function(nm->elf, nm->jump_slots, value, o->syms, nm->nsyms, nm->bias, &slot);
			break;
		case STUB_UNKNOWN:
			break;
		}
		if (!fsym_push(o, cap, out, nm->bias + vaddr, entry, function ? function : fallback,
			       function ? FSYM_PLT_STUB : FSYM_PLT_OTHER))
			return false;
	}
	return true;
}

/* Appends names for the PLT stubs of elf (x86_64 only) to o->syms, whose
 * first *out entries are the real symbols, sorted. */
static void elf_obj_add_plt_syms(struct elf_obj *o, Elf *elf, GElf_Addr bias, size_t *cap, size_t *out)
{
	struct plt_sections ps;
	struct rela_table jump_slots, glob_dat;
	struct got_slot *slots = NULL;
	size_t shstrndx, nslots = 0, cap_slots = 0, got_entry;
	struct plt_names nm;
	GElf_Ehdr eh;

	if (!elf || !gelf_getehdr(elf, &eh) || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh.e_machine != EM_X86_64 || elf_getshdrstrndx(elf, &shstrndx))
		return;
	plt_find_sections(elf, shstrndx, &ps);
	if (!ps.plt && !ps.plt_sec && !ps.plt_got)
		return;
	rela_table_open(elf, ps.rela_plt, &ps.rela_plt_sh, &jump_slots);
	/* .rela.dyn can hold a million RELATIVE relocations: read it only
	 * for a .plt.got */
	rela_table_open(elf, ps.plt_got ? ps.rela_dyn : NULL, &ps.rela_dyn_sh, &glob_dat);
	got_slots_add(elf, &jump_slots, o->syms, *out, bias, &slots, &nslots, &cap_slots);
	got_slots_add(elf, &glob_dat, o->syms, *out, bias, &slots, &nslots, &cap_slots);
	if (nslots)
		qsort(slots, nslots, sizeof(*slots), got_slot_cmp);
	nm = (struct plt_names){ .elf = elf, .bias = bias, .jump_slots = &jump_slots, .slots = slots,
				 .nslots = nslots, .nsyms = *out };
	if (ps.plt && ps.plt_sh.sh_size >= X86_64_PLT_ENTRY) {
		/* PLT0: the lazy binder's entry */
		if (!fsym_push(o, cap, out, bias + ps.plt_sh.sh_addr, X86_64_PLT_ENTRY, "[plt]", FSYM_PLT_OTHER) ||
		    !plt_add_stubs(o, &nm, ps.plt, &ps.plt_sh, X86_64_PLT_ENTRY, X86_64_PLT_ENTRY, "[plt]", cap, out))
			goto out;
	}
	if (ps.plt_sec && !plt_add_stubs(o, &nm, ps.plt_sec, &ps.plt_sec_sh, 0, X86_64_PLT_ENTRY, "[plt.sec]", cap, out))
		goto out;
	/* 8-byte stubs, or 16 with IBT; sh_entsize says which */
	got_entry = ps.plt_got_sh.sh_entsize == 16 ? 16 : 8;
	if (ps.plt_got)
		plt_add_stubs(o, &nm, ps.plt_got, &ps.plt_got_sh, 0, got_entry, "[plt.got]", cap, out);
out:
	free(slots);
}

/* Function symbols sorted by address, one per address. */
static void elf_obj_load_syms(struct elf_obj *o)
{
	GElf_Addr main_bias;
	Elf *main_elf;
	int n;
	size_t out = 0, cap = 0, from_debug = 0, plt_from;

	if (o->syms_loaded)
		return;
	o->syms_loaded = true;
	n = dwfl_module_getsymtab(o->mod);
	main_elf = dwfl_module_getelf(o->mod, &main_bias);
	if (n > (int)ELF_MAX_SYMBOLS)
		n = (int)ELF_MAX_SYMBOLS;
	for (int i = 1; i < n; i++) {
		GElf_Sym sym;
		GElf_Addr addr;
		GElf_Word shndx;
		Elf *elf;
		Dwarf_Addr bias;
		const char *name = dwfl_module_getsym_info(o->mod, i, &sym, &addr, &shndx, &elf, &bias);
		int type;

		if (!name || !*name)
			continue;
		type = GELF_ST_TYPE(sym.st_info);
		if ((type != STT_FUNC && type != STT_GNU_IFUNC) || shndx == SHN_UNDEF || !addr)
			continue;
		if (grow(&o->syms, &cap, out, sizeof(*o->syms)))
			break;
		o->syms[out].addr = addr;
		o->syms[out].size = sym.st_size;
		o->syms[out].name = name;
		o->syms[out].display = NULL;
		o->syms[out].bind = (__u8)GELF_ST_BIND(sym.st_info);
		o->syms[out].synthetic = FSYM_REAL;
		out++;
		if (elf != main_elf)
			from_debug++;
	}
	if (out)
		qsort(o->syms, out, sizeof(*o->syms), fsym_cmp);
	/* after the sort: an IRELATIVE stub is named after the symbol at its
	 * ifunc's address */
	plt_from = out;
	elf_obj_add_plt_syms(o, main_elf, main_bias, &cap, &out);
	if (out > plt_from)
		qsort(o->syms, out, sizeof(*o->syms), fsym_cmp);
	o->nsyms = 0;
	for (size_t i = 0; i < out; i++)
		if (!o->nsyms || o->syms[o->nsyms - 1].addr != o->syms[i].addr) {
			o->nreal += o->syms[i].synthetic == FSYM_REAL;
			o->syms[o->nsyms++] = o->syms[i];
		}
	/* PLT stubs alone name no code of the file's own */
	if (!o->nreal)
		o->symbols = n > 0 ? "no function symbols" : "no symbol table (stripped)";
	else if (from_debug)
		o->symbols = "debuginfo";
	else if (main_elf && elf_has_symtab(main_elf))
		o->symbols = "symtab";
	else
		o->symbols = "dynsym";
}

static struct fsym *elf_obj_find_sym(struct elf_obj *o, __u64 vaddr)
{
	size_t lo = 0, hi = o->nsyms;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (o->syms[mid].addr <= vaddr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	/* Unsized symbols (assembly) run to the next symbol; a sized one must
	 * cover the address, or an enclosing one a little before it. */
	if (!o->syms[lo - 1].size)
		return &o->syms[lo - 1];
	for (size_t i = lo, k = 0; i > 0 && k < 8; i--, k++) {
		struct fsym *f = &o->syms[i - 1];

		if (f->size && vaddr - f->addr < f->size)
			return f;
	}
	return NULL;
}

/* Legacy Rust mangling escapes what C++ cannot say ("$LT$" for '<',
 * "$u7b$" for '{', ".." for "::"); the C++ demangler leaves those. In place:
 * the result is never longer. */
static void rust_unescape(char *s)
{
	static const struct { const char *esc; char c; } table[] = {
		{ "$SP$", '@' }, { "$BP$", '*' }, { "$RF$", '&' }, { "$LT$", '<' }, { "$GT$", '>' },
		{ "$LP$", '(' }, { "$RP$", ')' }, { "$C$", ',' },
	};
	char *out = s;

	if (s[0] == '_' && s[1] == '$')
		s++;
	while (*s) {
		size_t i;

		if (s[0] == ':' && s[1] == ':' && s[2] == '_' && s[3] == '$') {
			memcpy(out, "::", 2);           /* "_$" starts an escaped segment */
			out += 2;
			s += 3;
			continue;
		}
		if (s[0] == '.' && s[1] == '.') {
			memcpy(out, "::", 2);
			out += 2;
			s += 2;
			continue;
		}
		if (s[0] == '$') {
			for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
				if (strncmp(s, table[i].esc, strlen(table[i].esc)) == 0)
					break;
			if (i < sizeof(table) / sizeof(table[0])) {
				*out++ = table[i].c;
				s += strlen(table[i].esc);
				continue;
			}
			if (s[1] == 'u' && isxdigit((unsigned char)s[2]) && isxdigit((unsigned char)s[3]) &&
			    s[4] == '$') {
				char hex[3] = { s[2], s[3], 0 };
				unsigned long c = strtoul(hex, NULL, 16);

				if (c >= 0x20 && c < 0x7f) {
					*out++ = (char)c;
					s += 5;
					continue;
				}
			}
		}
		*out++ = *s++;
	}
	*out = '\0';
}

/* "<function>@plt", from a malloc'ed name it frees. */
static char *plt_stub_name(char *function)
{
	char *stub = NULL;

	if (asprintf(&stub, "%s@plt", function) < 0)
		stub = NULL;
	free(function);
	return stub;
}

/* Demangled C++ (and legacy Rust) names; symbol versions ("@@GLIBC_2.34",
 * literal in glibc's debuginfo symtab) dropped. */
static const char *fsym_display(struct fsym *f)
{
	const char *name = f->name;
	size_t len;
	char *d = NULL;
	int status = -1;

	if (f->display)
		return f->display;
	len = strlen(name);
	if (name[0] == '_' && name[1] == 'Z' && len <= DEMANGLE_MAX_LEN)
		d = __cxa_demangle(name, NULL, NULL, &status);
	if (d && status == 0) {
		/* Rust legacy mangling ends in a hash: "::h0123456789abcdef". */
		size_t dl = strlen(d);

		if (dl > 19 && memcmp(d + dl - 19, "::h", 3) == 0) {
			bool hex = true;

			for (size_t i = dl - 16; i < dl; i++)
				hex = hex && isxdigit((unsigned char)d[i]);
			if (hex) {
				d[dl - 19] = '\0';
				rust_unescape(d);
			}
		}
		if (f->synthetic == FSYM_PLT_STUB)
			d = plt_stub_name(d);
		f->display = d;
		return d ? d : name;
	}
	free(d);
	f->display = strndup(name, strcspn(name, "@"));
	if (f->display && f->synthetic == FSYM_PLT_STUB)
		f->display = plt_stub_name(f->display);
	return f->display ? f->display : name;
}

/* --------------------------------------------------------------- perf map */

/* Names live in fixed blocks, so the pool never moves (no doubling realloc
 * holding two copies at once); a name reference is block << 20 | offset. */
#define PM_BLOCK_SHIFT 20
#define PM_BLOCK_SIZE (1u << PM_BLOCK_SHIFT)

struct pm_entry {
	__u64 start;
	__u32 size;
	__u32 name;
};

/* Disjoint, sorted: each byte owned by the newest entry covering it. */
struct pm_seg {
	__u64 start;
	__u32 len;
	__u32 entry;
};

struct pm_names {
	char **blocks;
	size_t nblocks, cap_blocks;
	size_t used;           /* in the last block */
};

struct perf_map {
	int fd;                /* -1 until opened and accepted */
	char path[64];         /* as the target sees it */
	const char *status;
	struct line_reader reader;
	struct pm_entry *entries;
	size_t n, cap;
	size_t total;          /* entries ever read */
	struct pm_names names;
	struct pm_seg *segs;
	size_t nsegs, cap_segs;
	size_t flattened;      /* entries [0, flattened) are in segs */
	bool full;
};

static const char *pm_name(const struct pm_names *nm, __u32 ref)
{
	return nm->blocks[ref >> PM_BLOCK_SHIFT] + (ref & (PM_BLOCK_SIZE - 1));
}

static size_t pm_names_bytes(const struct pm_names *nm)
{
	return nm->nblocks * PM_BLOCK_SIZE;
}

static bool pm_name_add(struct pm_names *nm, const char *name, size_t len, __u32 *ref)
{
	if (!nm->nblocks || nm->used + len + 1 > PM_BLOCK_SIZE) {
		char *b;

		if (grow(&nm->blocks, &nm->cap_blocks, nm->nblocks, sizeof(*nm->blocks)))
			return false;
		b = malloc(PM_BLOCK_SIZE);
		if (!b)
			return false;
		nm->blocks[nm->nblocks++] = b;
		nm->used = 0;
	}
	memcpy(nm->blocks[nm->nblocks - 1] + nm->used, name, len);
	nm->blocks[nm->nblocks - 1][nm->used + len] = '\0';
	*ref = (__u32)((nm->nblocks - 1) << PM_BLOCK_SHIFT | nm->used);
	nm->used += len + 1;
	return true;
}

static void pm_names_free(struct pm_names *nm)
{
	for (size_t i = 0; i < nm->nblocks; i++)
		free(nm->blocks[i]);
	free(nm->blocks);
	memset(nm, 0, sizeof(*nm));
}

struct pm_fresh {
	__u64 start;
	__u32 entry;
};

static int pm_fresh_cmp(const void *a, const void *b)
{
	const struct pm_fresh *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* An interval open at the sweep's position; the heap keeps the newest on
 * top. By value, not by index: the sweep stays in cache. */
struct pm_open {
	__u64 end;
	__u32 entry;
};

static void heap_push(struct pm_open *heap, size_t *n, struct pm_open v)
{
	size_t i = (*n)++;

	while (i) {
		size_t parent = (i - 1) / 2;

		if (heap[parent].entry >= v.entry)
			break;
		heap[i] = heap[parent];
		i = parent;
	}
	heap[i] = v;
}

static void heap_pop(struct pm_open *heap, size_t *n)
{
	struct pm_open v = heap[--(*n)];
	size_t i = 0;

	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= *n)
			break;
		if (c + 1 < *n && heap[c + 1].entry > heap[c].entry)
			c++;
		if (heap[c].entry <= v.entry)
			break;
		heap[i] = heap[c];
		i = c;
	}
	if (*n)
		heap[i] = v;
}

/* Folds the entries read since the last call into the segments: a sweep
 * over start points (the old segments, already sorted, merged with the new
 * entries, sorted here) with a max-heap by entry order of the intervals
 * open there, so every address gets the newest entry that covers it.
 * O(n log n); the heap stays small unless entries overlap deeply. */
static int perf_map_flatten(struct perf_map *pm)
{
	size_t nfresh = pm->n - pm->flattened, a = 0, b = 0, nheap = 0, nout = 0, cap = 0;
	struct pm_fresh *fresh;
	struct pm_open *heap;
	struct pm_seg *out = NULL;
	__u64 pos = 0;
	int err = -ENOMEM;

	if (!nfresh)
		return 0;
	fresh = malloc(nfresh * sizeof(*fresh));
	heap = malloc((pm->nsegs + nfresh) * sizeof(*heap));
	if (!fresh || !heap)
		goto out;
	for (size_t k = 0; k < nfresh; k++)
		fresh[k] = (struct pm_fresh){ pm->entries[pm->flattened + k].start,
					      (__u32)(pm->flattened + k) };
	qsort(fresh, nfresh, sizeof(*fresh), pm_fresh_cmp);
	for (;;) {
		bool more = a < pm->nsegs || b < nfresh;
		__u64 next_start = 0;
		struct pm_open top;
		__u64 next;

		if (!more && !nheap)
			break;
		if (more)
			next_start = b == nfresh || (a < pm->nsegs && pm->segs[a].start <= fresh[b].start)
					     ? pm->segs[a].start : fresh[b].start;
		if (!nheap)
			pos = next_start;
		/* open every interval starting here */
		while (a < pm->nsegs || b < nfresh) {
			bool from_segs = b == nfresh ||
					 (a < pm->nsegs && pm->segs[a].start <= fresh[b].start);

			if (from_segs && pm->segs[a].start <= pos) {
				heap_push(heap, &nheap, (struct pm_open){ pm->segs[a].start + pm->segs[a].len,
									  pm->segs[a].entry });
				a++;
			} else if (!from_segs && fresh[b].start <= pos) {
				const struct pm_entry *e = &pm->entries[fresh[b].entry];

				heap_push(heap, &nheap, (struct pm_open){ e->start + e->size, fresh[b].entry });
				b++;
			} else {
				break;
			}
		}
		while (nheap && heap[0].end <= pos)
			heap_pop(heap, &nheap);
		if (!nheap)
			continue;
		top = heap[0];
		next = top.end;
		if (a < pm->nsegs && pm->segs[a].start < next)
			next = pm->segs[a].start;
		if (b < nfresh && fresh[b].start < next)
			next = fresh[b].start;
		if (nout && out[nout - 1].entry == top.entry && out[nout - 1].start + out[nout - 1].len == pos) {
			out[nout - 1].len += (__u32)(next - pos);
		} else {
			if (grow(&out, &cap, nout, sizeof(*out)))
				goto out;
			out[nout++] = (struct pm_seg){ pos, (__u32)(next - pos), top.entry };
		}
		pos = next;
	}
	free(pm->segs);
	pm->segs = out;
	pm->nsegs = nout;
	pm->cap_segs = cap;
	pm->flattened = pm->n;
	out = NULL;
	err = 0;
out:
	free(out);
	free(fresh);
	free(heap);
	return err;
}

/* Drops the entries no byte is owned by any more (code V8 freed and
 * replaced): newer entries can only take bytes away, never give them back,
 * so these are dead for good. Keeps a long-running server's map within the
 * bounds by what is live, not by its history. */
static void perf_map_compact(struct perf_map *pm)
{
	struct pm_names names = { 0 };
	__u32 *remap;
	size_t live = 0;

	if (perf_map_flatten(pm))
		return;
	remap = malloc((pm->n ? pm->n : 1) * sizeof(*remap));
	if (!remap)
		return;
	for (size_t i = 0; i < pm->n; i++)
		remap[i] = UINT32_MAX;
	for (size_t i = 0; i < pm->nsegs; i++)
		remap[pm->segs[i].entry] = 0;
	for (size_t i = 0; i < pm->n; i++) {
		struct pm_entry e = pm->entries[i];
		const char *name;

		if (remap[i] == UINT32_MAX)
			continue;
		name = pm_name(&pm->names, e.name);
		if (!pm_name_add(&names, name, strlen(name), &e.name)) {
			pm_names_free(&names);
			free(remap);
			return;
		}
		remap[i] = (__u32)live;
		pm->entries[live++] = e;
	}
	for (size_t i = 0; i < pm->nsegs; i++)
		pm->segs[i].entry = remap[pm->segs[i].entry];
	free(remap);
	pm_names_free(&pm->names);
	pm->names = names;
	pm->n = pm->flattened = live;
}

/* True when one more entry would pass quarters/4 of the bounds. */
static bool perf_map_over(const struct perf_map *pm, size_t name_len, size_t quarters)
{
	return (pm->n + 1) * 4 > (size_t)PERF_MAP_MAX_ENTRIES * quarters ||
	       (pm_names_bytes(&pm->names) + name_len + PM_BLOCK_SIZE) * 4 >
		       (size_t)PERF_MAP_MAX_NAME_BYTES * quarters;
}

static void perf_map_line(char *line, size_t len, void *ctx)
{
	struct perf_map *pm = ctx;
	const char *p = line, *name;
	__u64 start, size;
	size_t name_len;
	__u32 ref;

	if (pm->full)
		return;
	if (!parse_hex(&p, &start) || *p != ' ')
		return;
	p++;
	if (!parse_hex(&p, &size) || *p != ' ' || !size || size > UINT32_MAX || start + size < start)
		return;
	name = p + 1;
	name_len = len - (size_t)(name - line);
	if (name_len && name[name_len - 1] == '\r')
		name_len--;
	if (perf_map_over(pm, name_len, 4)) {
		/* Compact; stop only if what is live still fills 3/4. */
		perf_map_compact(pm);
		if (perf_map_over(pm, name_len, 3)) {
			pm->full = true;
			return;
		}
	}
	if (grow(&pm->entries, &pm->cap, pm->n, sizeof(*pm->entries)))
		return;
	if (!pm_name_add(&pm->names, name, name_len, &ref))
		return;
	pm->entries[pm->n].start = start;
	pm->entries[pm->n].size = (__u32)size;
	pm->entries[pm->n].name = ref;
	pm->n++;
	pm->total++;
}

static const char *perf_map_find(struct perf_map *pm, __u64 ip)
{
	size_t lo = 0, hi;

	perf_map_flatten(pm);
	hi = pm->nsegs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (pm->segs[mid].start <= ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || ip - pm->segs[lo - 1].start >= pm->segs[lo - 1].len)
		return NULL;
	return pm_name(&pm->names, pm->entries[pm->segs[lo - 1].entry].name);
}

/* ------------------------------------------------------------- symbolizer */

enum map_type { MT_FILE, MT_ANON, MT_VDSO, MT_VSYSCALL };

/* A file the target maps executable; one per (device, inode, path). The
 * descriptor is opened when the mapping is first seen, so symbols can still
 * be read after the target exits. */
struct file_ref {
	unsigned long dev;
	unsigned long ino;
	const char *path;          /* interned; "[vdso]" for the vdso copy */
	int fd;                    /* -1: not open */
	bool opened;               /* open tried */
	bool loaded;               /* elf_obj_get tried */
	struct elf_obj *obj;
	const char *error;         /* why obj is NULL */
};

struct mapping {
	__u64 start, end, offset;
	unsigned long dev, ino;
	const char *path;          /* interned, "" anonymous */
	enum map_type type;
	struct file_ref *file;
	unsigned module_id;        /* ELF / OTHER module of this mapping */
	unsigned jit_module_id;    /* PERF_MAP module for named frames in it */
	unsigned anon_module_id;   /* ANONYMOUS module for unnamed frames in it */
	const char *nosym_reason;
};

struct symbolizer {
	pid_t tgid;
	pid_t nspid;
	long uid;                  /* real uid of the target, -1 unknown */
	struct strtab strings;
	struct mapping *maps;
	size_t nmaps;
	bool may_reread;
	struct file_ref **files;
	size_t nfiles, cap_files;
	size_t open_files;
	struct sym_module *modules;
	size_t nmodules, cap_modules;
	size_t announced;
	struct sym_module *batch;
	size_t cap_batch;
	unsigned kernel_module_id;
	struct perf_map pm;
};

static unsigned add_module(struct symbolizer *s, int kind, const char *path, const char *build_id,
			   __u64 start, __u64 limit, __u64 file_offset, const char *symbols)
{
	struct sym_module *m;

	if (grow(&s->modules, &s->cap_modules, s->nmodules, sizeof(*s->modules)))
		return 0;
	m = &s->modules[s->nmodules++];
	m->id = (unsigned)s->nmodules;
	m->kind = kind;
	m->path = intern(&s->strings, path);
	m->build_id = intern(&s->strings, build_id ? build_id : "");
	m->start = start;
	m->limit = limit;
	m->file_offset = file_offset;
	m->symbols = intern(&s->strings, symbols ? symbols : "");
	return m->id;
}

static void read_status(struct symbolizer *s)
{
	char path[64], buf[4096], *line;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/status", s->tgid);
	n = read_small(path, buf, sizeof(buf) - 1);
	if (n <= 0)
		return;
	buf[n] = '\0';
	line = strstr(buf, "\nUid:");
	if (line)
		s->uid = strtol(line + 5, NULL, 10);
	/* The PID V8 names its perf map with is the one in its own namespace:
	 * the last NSpid field. */
	line = strstr(buf, "\nNSpid:");
	if (line) {
		char *p = line + 7, *end = strchr(p, '\n');
		long v;

		if (end)
			*end = '\0';
		while (*(p = (char *)skip_spaces(p))) {
			v = strtol(p, &p, 10);
			if (v > 0)
				s->nspid = (pid_t)v;
		}
	}
}

static struct file_ref *file_for(struct symbolizer *s, unsigned long dev, unsigned long ino,
				 const char *path)
{
	struct file_ref *f;

	for (size_t i = 0; i < s->nfiles; i++)
		if (s->files[i]->dev == dev && s->files[i]->ino == ino && s->files[i]->path == path)
			return s->files[i];
	if (grow(&s->files, &s->cap_files, s->nfiles, sizeof(*s->files)))
		return NULL;
	f = calloc(1, sizeof(*f));
	if (!f)
		return NULL;
	f->dev = dev;
	f->ino = ino;
	f->path = path;
	f->fd = -1;
	s->files[s->nfiles++] = f;
	return f;
}

/* Opens a mapped file: map_files gives the very file mapped there (deleted,
 * replaced, or in another mount namespace); else the path inside the
 * target's root, resolved as the target would (RESOLVE_IN_ROOT: its
 * symlinks cannot point us at our own files) and checked against the
 * inode the maps line names. */
static void file_open(struct symbolizer *s, struct file_ref *f, const struct mapping *m)
{
	char path[96];
	struct stat st;
	int fd, root;

	if (f->opened)
		return;
	f->opened = true;
	snprintf(path, sizeof(path), "/proc/%d/map_files/%llx-%llx", s->tgid,
		 (unsigned long long)m->start, (unsigned long long)m->end);
	fd = open_regular(AT_FDCWD, path, 0, 0, &st);
	if (fd < 0 && errno == ENODEV) {
		f->error = "not a regular file";
		return;
	}
	if (fd < 0 && f->path[0] == '/' && !strstr(f->path, " (deleted)")) {
		snprintf(path, sizeof(path), "/proc/%d/root", s->tgid);
		root = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (root >= 0) {
			fd = open_regular(root, f->path + 1, RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS, 0, &st);
			close(root);
		}
		if (fd >= 0 && st.st_ino != f->ino) {
			close(fd);
			f->error = "the file was replaced since it was mapped";
			return;
		}
	}
	if (fd < 0) {
		f->error = "cannot open the mapped file (target gone?)";
		return;
	}
	f->fd = fd;
	s->open_files++;
}

struct maps_ctx {
	struct symbolizer *s;
	struct mapping *maps;
	size_t n, cap;
};

static void maps_line(char *line, size_t len, void *arg)
{
	struct maps_ctx *c = arg;
	const char *p = line, *path;
	__u64 start, end, offset, dev_major, dev_minor;
	char perms[5];
	unsigned long ino;
	struct mapping *m;

	/* "start-end perms offset major:minor inode   path" */
	if (!parse_hex(&p, &start) || *p++ != '-' || !parse_hex(&p, &end) || *p++ != ' ')
		return;
	if (strlen(p) < 5 || p[4] != ' ')
		return;
	memcpy(perms, p, 4);
	perms[4] = '\0';
	p += 5;
	if (!parse_hex(&p, &offset) || *p++ != ' ' || !parse_hex(&p, &dev_major) || *p++ != ':' ||
	    !parse_hex(&p, &dev_minor) || *p != ' ')
		return;
	p = skip_spaces(p);
	ino = strtoul(p, (char **)&p, 10);
	path = skip_spaces(p);
	if (perms[2] != 'x' || end <= start || c->n >= MAX_MAPPINGS)
		return;
	if (grow(&c->maps, &c->cap, c->n, sizeof(*c->maps)))
		return;
	m = &c->maps[c->n++];
	memset(m, 0, sizeof(*m));
	m->start = start;
	m->end = end;
	m->offset = offset;
	m->dev = (unsigned long)(dev_major << 20 | dev_minor);
	m->ino = ino;
	m->path = intern(&c->s->strings, path);
	if (path[0] == '/')
		m->type = MT_FILE;
	else if (strcmp(path, "[vdso]") == 0)
		m->type = MT_VDSO;
	else if (strcmp(path, "[vsyscall]") == 0)
		m->type = MT_VSYSCALL;
	else
		m->type = MT_ANON;    /* "", "[anon:name]", "//anon", "[heap]", ... */
	(void)len;
}

static int mapping_cmp(const void *a, const void *b)
{
	const struct mapping *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static struct mapping *find_mapping_in(struct mapping *maps, size_t n, __u64 ip)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (maps[mid].start <= ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo && ip < maps[lo - 1].end)
		return &maps[lo - 1];
	return NULL;
}

/* Re-reads the executable mappings. Mappings seen before keep their
 * modules; ones that vanished (dlclose, munmap) stay for the samples taken
 * while they existed, unless a new mapping covers their range. */
static void read_maps(struct symbolizer *s)
{
	struct maps_ctx c = { .s = s };
	struct line_reader r = { .max_line = MAPS_MAX_LINE };
	char path[64];
	size_t kept;

	snprintf(path, sizeof(path), "/proc/%d/maps", s->tgid);
	r.fd = open(path, O_RDONLY | O_CLOEXEC);
	if (r.fd < 0)
		return;
	read_lines(&r, MAPS_MAX_BYTES, maps_line, &c);
	close(r.fd);
	if (!c.n) {
		free(c.maps);
		return;
	}
	qsort(c.maps, c.n, sizeof(*c.maps), mapping_cmp);
	for (size_t i = 0; i < c.n; i++) {
		struct mapping *m = &c.maps[i], *old = find_mapping_in(s->maps, s->nmaps, m->start);

		if (old && old->start == m->start && old->end == m->end && old->offset == m->offset &&
		    old->ino == m->ino && old->path == m->path) {
			*m = *old;
			continue;
		}
		if (m->type == MT_FILE) {
			m->file = file_for(s, m->dev, m->ino, m->path);
			if (m->file && !m->file->opened && s->open_files < MAX_OPEN_FILES)
				file_open(s, m->file, m);
		}
	}
	kept = c.n;
	for (size_t i = 0; i < s->nmaps; i++) {
		struct mapping *old = &s->maps[i];
		bool overlaps = false;
		size_t lo = 0, hi = kept;

		/* new mappings are sorted and disjoint: check the one starting
		 * last before old->end */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (c.maps[mid].start < old->end)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo && c.maps[lo - 1].end > old->start)
			overlaps = true;
		if (overlaps || c.n >= MAX_MAPPINGS)
			continue;
		if (grow(&c.maps, &c.cap, c.n, sizeof(*c.maps)))
			break;
		c.maps[c.n++] = *old;
	}
	if (c.n > kept)
		qsort(c.maps, c.n, sizeof(*c.maps), mapping_cmp);
	free(s->maps);
	s->maps = c.maps;
	s->nmaps = c.n;
}

static const char *perf_map_refuse(struct symbolizer *s, const char *why)
{
	return s->pm.status = intern(&s->strings, why);
}

/* Opens the target's /tmp/perf-<nspid>.map inside its root (its symlinks
 * resolve there, and a symlink as the file itself is refused). Refused
 * unless a regular file owned by the target's real uid: another user could
 * otherwise feed us names, or make us read a FIFO, a device, or a secret. */
static void perf_map_open(struct symbolizer *s)
{
	struct perf_map *pm = &s->pm;
	char path[64];
	struct stat st;
	int root, fd;

	snprintf(path, sizeof(path), "/proc/%d/root", s->tgid);
	root = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (root < 0) {
		if (!pm->status)
			perf_map_refuse(s, "absent");
		return;
	}
	fd = open_regular(root, pm->path + 1, RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS, O_NOFOLLOW, &st);
	close(root);
	if (fd < 0) {
		if (errno == ENOENT)
			perf_map_refuse(s, "absent");
		else if (errno == ELOOP)
			perf_map_refuse(s, "a symbolic link, not followed");
		else if (errno == ENODEV)
			perf_map_refuse(s, "not a regular file");
		else
			s->pm.status = internf(&s->strings, "cannot open: %s", strerror(errno));
		return;
	}
	if (s->uid < 0) {
		close(fd);
		perf_map_refuse(s, "the target's uid is unknown");
		return;
	}
	if (st.st_uid != (uid_t)s->uid) {
		close(fd);
		s->pm.status = internf(&s->strings, "owned by uid %u, not the target's uid %ld",
				       (unsigned)st.st_uid, s->uid);
		return;
	}
	pm->fd = fd;
	pm->reader.fd = fd;
	pm->reader.use_pread = true;
	pm->reader.max_line = PERF_MAP_MAX_LINE;
	pm->status = "read";
}

static void perf_map_refresh(struct symbolizer *s)
{
	struct perf_map *pm = &s->pm;

	if (pm->fd < 0)
		perf_map_open(s);
	if (pm->fd < 0 || pm->full)
		return;
	read_lines(&pm->reader, 0, perf_map_line, pm);
	if (pm->full)
		pm->status = internf(&s->strings, "read, stopped at %zu entries (memory bound)",
				     pm->total);
}

struct symbolizer *symbolizer_new(pid_t tgid)
{
	struct symbolizer *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	cache.users++;
	s->tgid = tgid;
	s->nspid = tgid;
	s->uid = -1;
	s->pm.fd = -1;
	read_status(s);
	snprintf(s->pm.path, sizeof(s->pm.path), "/tmp/perf-%d.map", s->nspid);
	read_maps(s);
	perf_map_refresh(s);
	return s;
}

void symbolizer_free(struct symbolizer *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nfiles; i++) {
		if (s->files[i]->fd >= 0)
			close(s->files[i]->fd);
		free(s->files[i]);
	}
	free(s->files);
	free(s->maps);
	free(s->modules);
	free(s->batch);
	if (s->pm.fd >= 0)
		close(s->pm.fd);
	free(s->pm.entries);
	pm_names_free(&s->pm.names);
	free(s->pm.segs);
	strtab_free(&s->strings);
	free(s);
	/* Cached files serve every symbolizer; drop them with the last. */
	if (--cache.users == 0) {
		while (cache.objs) {
			struct elf_obj *o = cache.objs;

			cache.objs = o->next;
			elf_obj_free(o);
		}
		kallsyms_free();
	}
}

void symbolizer_refresh(struct symbolizer *s)
{
	s->may_reread = true;
	perf_map_refresh(s);
}

unsigned symbolizer_perf_map_entries(const struct symbolizer *s)
{
	return (unsigned)s->pm.total;
}

const char *symbolizer_perf_map_status(const struct symbolizer *s)
{
	return s->pm.status ? s->pm.status : "absent";
}

const struct sym_module *symbolizer_new_modules(struct symbolizer *s, size_t *n)
{
	size_t count = s->nmodules - s->announced;

	*n = 0;
	if (!count)
		return NULL;
	/* A copy: s->modules may move as lookups add modules. */
	if (count > s->cap_batch) {
		struct sym_module *b = realloc(s->batch, count * sizeof(*b));

		if (!b)
			return NULL;
		s->batch = b;
		s->cap_batch = count;
	}
	memcpy(s->batch, s->modules + s->announced, count * sizeof(*s->batch));
	s->announced = s->nmodules;
	*n = count;
	return s->batch;
}

static void frame_init(struct sym_frame *out, int kind)
{
	out->kind = kind;
	out->function = "";
	out->file = "";
	out->line = 0;
	out->module_id = 0;
	out->module_offset = 0;
	out->unknown_reason = "";
}

void symbolize_kernel(struct symbolizer *s, __u64 ip, struct sym_frame *out)
{
	size_t lo = 0, hi;

	frame_init(out, FRAME_KERNEL);
	kallsyms_load();
	if (!s->kernel_module_id)
		s->kernel_module_id = add_module(s, MODULE_KERNEL, "[kernel.kallsyms]", kallsyms.build_id,
						 kallsyms.start, kallsyms.limit, 0,
						 kallsyms.error ? kallsyms.error : "kallsyms");
	out->module_id = s->kernel_module_id;
	out->module_offset = ip;
	if (kallsyms.error) {
		out->kind = FRAME_UNKNOWN;
		out->unknown_reason = kallsyms.error;
		return;
	}
	hi = kallsyms.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (kallsyms.syms[mid].addr <= ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo) {
		out->kind = FRAME_UNKNOWN;
		out->unknown_reason = "below the first kernel symbol";
		return;
	}
	out->function = kallsyms.pool + kallsyms.syms[lo - 1].name;
}

/* Our own copy of the target's vdso, as a file libdwfl can read: from the
 * target's memory (bounded), else ours (the same kernel's). */
static void vdso_open(struct symbolizer *s, struct mapping *m)
{
	size_t len = m->end - m->start;
	char path[64], *buf;
	const void *src = NULL;
	ssize_t got = -1;
	int fd;

	if (m->file->opened)
		return;
	m->file->opened = true;
	if (len > VDSO_MAX_SIZE) {
		m->file->error = "vdso too large";
		return;
	}
	buf = malloc(len);
	if (!buf)
		return;
	snprintf(path, sizeof(path), "/proc/%d/mem", s->tgid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		got = pread(fd, buf, len, (off_t)m->start);
		close(fd);
	}
	if (got == (ssize_t)len) {
		src = buf;
	} else {
		const unsigned char *own = (const void *)getauxval(AT_SYSINFO_EHDR);
		const Elf64_Ehdr *eh = (const void *)own;

		/* Ours is trusted; its section headers end the image. */
		if (own && memcmp(own, ELFMAG, SELFMAG) == 0 && eh->e_ident[EI_CLASS] == ELFCLASS64) {
			len = eh->e_shoff + (size_t)eh->e_shnum * eh->e_shentsize;
			if (len <= VDSO_MAX_SIZE)
				src = own;
		}
	}
	fd = src ? memfd_create("stackprof-vdso", MFD_CLOEXEC) : -1;
	if (fd >= 0 && write(fd, src, len) != (ssize_t)len) {
		close(fd);
		fd = -1;
	}
	free(buf);
	if (fd < 0) {
		m->file->error = "cannot read the vdso";
		return;
	}
	m->file->fd = fd;
}

static const char *vsyscall_name(__u64 off)
{
	/* Fixed entries of the legacy page (arch/x86/entry/vsyscall). */
	switch (off >> 10) {
	case 0: return "vsyscall_gettimeofday";
	case 1: return "vsyscall_time";
	case 2: return "vsyscall_getcpu";
	default: return NULL;
	}
}

/* JIT names for anonymous memory (and non-ELF files, e.g. a JIT's memfd). */
static bool symbolize_jit(struct symbolizer *s, struct mapping *m, __u64 ip, struct sym_frame *out)
{
	const char *name = s->pm.fd >= 0 ? perf_map_find(&s->pm, ip) : NULL;

	if (!name)
		return false;
	/* A copy: compaction frees the names of dead entries, and frames'
	 * strings must live as long as the symbolizer. */
	name = intern(&s->strings, name);
	if (!m->jit_module_id)
		m->jit_module_id = add_module(s, MODULE_PERF_MAP, s->pm.path, "", m->start, m->end,
					      m->offset,
					      internf(&s->strings, "perf map (%zu entries)", s->pm.total));
	out->kind = FRAME_JIT;
	out->function = name;
	out->module_id = m->jit_module_id;
	out->module_offset = ip;   /* perf map addresses are absolute: bias 0 */
	return true;
}

static void symbolize_anon(struct symbolizer *s, struct mapping *m, __u64 ip, struct sym_frame *out)
{
	const char *reason = s->pm.fd >= 0 ? reason_anon_not_in_map : reason_anon_no_map;

	if (symbolize_jit(s, m, ip, out))
		return;
	if (!m->anon_module_id)
		m->anon_module_id = add_module(s, MODULE_ANONYMOUS, m->path[0] ? m->path : "[anon]", "",
					       m->start, m->end, m->offset, reason);
	out->kind = FRAME_UNKNOWN;
	out->module_id = m->anon_module_id;
	out->module_offset = ip;
	out->unknown_reason = reason;
}

static void symbolize_file(struct symbolizer *s, struct mapping *m, __u64 ip, struct sym_frame *out)
{
	struct file_ref *f = m->file;
	__u64 file_off = ip - m->start + m->offset, vaddr = 0;
	const struct load_seg *seg = NULL;
	struct fsym *sym;
	struct elf_obj *o;

	if (f && !f->opened)
		file_open(s, f, m);
	if (f && !f->loaded && f->fd >= 0) {
		f->loaded = true;
		f->obj = elf_obj_get(f->fd, f->path, &f->error);
	}
	o = f ? f->obj : NULL;
	if (!o) {
		const char *why = f && f->error ? f->error : "cannot open the mapped file";

		if (symbolize_jit(s, m, ip, out))
			return;
		if (!m->module_id)
			m->module_id = add_module(s, MODULE_OTHER, m->path, "", m->start, m->end, m->offset,
						  why);
		out->kind = FRAME_UNKNOWN;
		out->module_id = m->module_id;
		out->module_offset = file_off;
		out->unknown_reason = internf(&s->strings, "%s: %s", m->path, why);
		return;
	}
	elf_obj_load_syms(o);
	if (!m->module_id) {
		m->module_id = add_module(s, MODULE_ELF, m->path, o->build_id, m->start, m->end, m->offset,
					  o->symbols);
		m->nosym_reason = o->nreal ? internf(&s->strings, "no symbol covers this address in %s",
						     m->path)
					   : internf(&s->strings, "no symbol table in %s", m->path);
	}
	out->module_id = m->module_id;
	/* The PT_LOAD holding this file offset turns it into the ELF's vaddr. */
	for (size_t i = 0; i < o->nsegs; i++) {
		const struct load_seg *sg = &o->segs[i];

		if (file_off >= sg->offset && file_off - sg->offset < sg->filesz &&
		    (!seg || (sg->exec && !seg->exec)))
			seg = sg;
	}
	if (!seg) {
		out->kind = FRAME_UNKNOWN;
		out->module_offset = file_off;
		out->unknown_reason = "outside the file's loadable segments";
		return;
	}
	vaddr = file_off - seg->offset + seg->vaddr;
	out->module_offset = vaddr;
	sym = elf_obj_find_sym(o, vaddr);
	if (!sym) {
		out->kind = FRAME_UNKNOWN;
		out->unknown_reason = m->nosym_reason;
		return;
	}
	out->kind = FRAME_NATIVE;
	out->function = fsym_display(sym);
	if (want_lines) {
		Dwfl_Line *line = dwfl_module_getsrc(o->mod, vaddr);
		int lineno = 0;
		const char *src = line ? dwfl_lineinfo(line, NULL, &lineno, NULL, NULL, NULL) : NULL;

		if (src && lineno > 0) {
			out->file = src;
			out->line = (unsigned)lineno;
		}
	}
}

void symbolize_user(struct symbolizer *s, __u64 ip, struct sym_frame *out)
{
	struct mapping *m;

	frame_init(out, FRAME_UNKNOWN);
	m = find_mapping_in(s->maps, s->nmaps, ip);
	if (!m && s->may_reread) {
		/* A library dlopen'ed since the last read; once per refresh, so
		 * stray addresses cannot make us re-read for every frame. */
		s->may_reread = false;
		read_maps(s);
		m = find_mapping_in(s->maps, s->nmaps, ip);
	}
	if (!m) {
		out->unknown_reason = reason_no_mapping;
		return;
	}
	switch (m->type) {
	case MT_FILE:
		symbolize_file(s, m, ip, out);
		return;
	case MT_VDSO:
		if (!m->file) {
			m->file = file_for(s, 0, 0, intern(&s->strings, "[vdso]"));
			if (!m->file)
				return;
			vdso_open(s, m);
		}
		symbolize_file(s, m, ip, out);
		if (m->module_id && s->modules[m->module_id - 1].kind == MODULE_ELF)
			s->modules[m->module_id - 1].kind = MODULE_OTHER;
		return;
	case MT_VSYSCALL:
		if (!m->module_id)
			m->module_id = add_module(s, MODULE_OTHER, m->path, "", m->start, m->end, 0,
						  "vsyscall");
		out->module_id = m->module_id;
		out->module_offset = ip - m->start;
		out->function = vsyscall_name(ip - m->start);
		if (out->function) {
			out->kind = FRAME_NATIVE;
		} else {
			out->function = "";
			out->unknown_reason = reason_vsyscall;
		}
		return;
	case MT_ANON:
		symbolize_anon(s, m, ip, out);
		return;
	}
}

bool symbolizer_is_stack_root(const char *function)
{
	static const char *const roots[] = {
		/* glibc */
		"_start", "__libc_start_main", "__libc_start_call_main", "start_thread",
		"clone", "clone3", "__clone", "__clone3", "__GI___clone", "__GI___clone3",
		"_dl_start", "_dl_start_user", "__start_context",
		/* musl */
		"_start_c", "libc_start_main_stage2", "start_c11",
		/* bionic and others */
		"thread_start", "__pthread_start", "__start_thread",
		/* Go (frame pointers on by default) */
		"runtime.goexit", "runtime.goexit.abi0", "runtime.mstart", "runtime.mstart.abi0",
		"runtime.rt0_go", "runtime.rt0_go.abi0",
	};

	if (!function)
		return false;
	for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]); i++)
		if (strcmp(function, roots[i]) == 0)
			return true;
	return false;
}

/* ----------------------------------------------------- loader subcommand */

static const char *frame_kind_name(int kind)
{
	switch (kind) {
	case FRAME_KERNEL: return "kernel";
	case FRAME_NATIVE: return "native";
	case FRAME_JIT: return "jit";
	default: return "unknown";
	}
}

/* Names come from the target: keep one address per output line. */
static void print_field(const char *s)
{
	for (; *s; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void symbolize_one(struct symbolizer *s, bool kernel, const char *text, __u64 *first_ns)
{
	const char *p = skip_spaces(text);
	struct sym_frame f;
	__u64 ip, t0;

	if (!*p)
		return;
	if (!parse_hex(&p, &ip) || *skip_spaces(p)) {
		fprintf(stderr, "symbolize: not a hex address: '%s'\n", text);
		return;
	}
	t0 = monotonic_ns();
	/* Without --kernel, kernel-half addresses still go to kallsyms, but
	 * for the legacy vsyscall page, which is user memory up there. */
	if (kernel || (ip >= 0xffff800000000000ull && ip >> 12 != 0xffffffffff600ull))
		symbolize_kernel(s, ip, &f);
	else
		symbolize_user(s, ip, &f);
	if (!*first_ns)
		*first_ns = monotonic_ns() - t0;
	printf("%#llx\t%s\t", (unsigned long long)ip, frame_kind_name(f.kind));
	print_field(f.function);
	putchar('\t');
	print_field(f.module_id ? s->modules[f.module_id - 1].path : "");
	printf("\t%#llx\t", (unsigned long long)f.module_offset);
	if (f.file[0]) {
		print_field(f.file);
		printf(":%u", f.line);
	}
	putchar('\t');
	print_field(f.unknown_reason);
	putchar('\n');
}

/* A line "refresh" calls symbolizer_refresh, so a test can append to a
 * perf map between lookups. */
static void symbolize_stdin_line(char *line, size_t len, void *ctx)
{
	void **args = ctx;

	if (strcmp(line, "refresh") == 0)
		symbolizer_refresh(args[0]);
	else
		symbolize_one(args[0], *(bool *)args[1], line, args[2]);
	fflush(stdout);
	(void)len;
}

int symbolize_command(pid_t pid, bool kernel, int naddrs, char **addrs)
{
	__u64 t0 = monotonic_ns(), first = 0, total;
	struct symbolizer *s = symbolizer_new(pid);
	struct rusage ru;

	if (!s) {
		fprintf(stderr, "symbolize: out of memory\n");
		return 1;
	}
	symbolizer_refresh(s);
	if (naddrs > 0) {
		for (int i = 0; i < naddrs; i++)
			symbolize_one(s, kernel, addrs[i], &first);
	} else {
		struct line_reader r = { .fd = 0, .max_line = 256 };
		void *args[3] = { s, &kernel, &first };

		read_lines(&r, 0, symbolize_stdin_line, args);
	}
	total = monotonic_ns() - t0;
	fflush(stdout);
	getrusage(RUSAGE_SELF, &ru);
	fprintf(stderr,
		"symbolize: %.1f ms total, first lookup %.1f ms, %zu modules, perf map %s (%u entries), max RSS %ld MB\n",
		(double)total / 1e6, (double)first / 1e6, s->nmodules, symbolizer_perf_map_status(s),
		symbolizer_perf_map_entries(s), ru.ru_maxrss / 1024);
	symbolizer_free(s);
	return 0;
}
