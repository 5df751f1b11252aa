/* Names for sampled instruction addresses of one target process: kernel
 * frames from /proc/kallsyms, native frames from the ELF files the target
 * maps (elfutils libdwfl, C++ names demangled), JIT frames from the perf map
 * V8 writes with --perf-basic-prof.
 *
 * Not thread-safe: one thread uses a symbolizer (and all symbolizers of a
 * process share the per-file caches). Strings returned stay valid until
 * symbolizer_free.
 */
#ifndef STACKPROF_SYMBOLIZE_H
#define STACKPROF_SYMBOLIZE_H
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <linux/types.h>
#include "stackprof.pb-c.h"

struct symbolizer;

struct sym_frame {
	int kind;                   /* STACKPROF__V1__STACK_FRAME__KIND__KERNEL/NATIVE/JIT/UNKNOWN */
	const char *function;       /* demangled, "" if unknown */
	const char *file;           /* "" if unknown */
	unsigned line;
	unsigned module_id;         /* 0 none */
	__u64 module_offset;        /* address relative to the module's load bias (ELF vaddr) */
	const char *unknown_reason; /* "" when named */
};

struct sym_module {
	unsigned id;
	int kind;                   /* STACKPROF__V1__STACK_MODULE__KIND__* */
	const char *path;           /* as the target sees it */
	const char *build_id;       /* hex, "" when none */
	__u64 start, limit, file_offset;
	const char *symbols;        /* where names came from, or why there are none */
};

/* tgid: the target, as the loader sees it (host PID). Never fails hard:
 * unknown things become frames with an unknown_reason. NULL only when out of
 * memory. */
struct symbolizer *symbolizer_new(pid_t tgid);
void symbolizer_free(struct symbolizer *s);

/* Reads the perf map's new lines (the file is append-only) and allows one
 * re-read of /proc/<tgid>/maps, done only if an address falls in no known
 * mapping. Call before each batch of lookups; harmless when the target is
 * gone (the last known mappings and open files stay usable). */
void symbolizer_refresh(struct symbolizer *s);

void symbolize_user(struct symbolizer *s, __u64 ip, struct sym_frame *out);
void symbolize_kernel(struct symbolizer *s, __u64 ip, struct sym_frame *out);

/* Modules created since the last call (for StackModule messages); *n set to
 * the count. The returned array stays valid until the next call. */
const struct sym_module *symbolizer_new_modules(struct symbolizer *s, size_t *n);

/* True when function is where a thread's user stack legitimately ends
 * (_start, __libc_start_main, start_thread, clone, clone3, ...). */
bool symbolizer_is_stack_root(const char *function);

/* Perf map state for StacksCounters. */
unsigned symbolizer_perf_map_entries(const struct symbolizer *s);
const char *symbolizer_perf_map_status(const struct symbolizer *s);

/* `stackprof-loader symbolize --pid PID [--kernel] [ADDR...]`: one
 * tab-separated line per address (address, kind, function, module path,
 * module offset, file:line, unknown reason); addresses from stdin when none
 * are given, where a line "refresh" calls symbolizer_refresh. Timing and
 * peak RSS go to stderr. For tests and benchmarks. */
int symbolize_command(pid_t pid, bool kernel, int naddrs, char **addrs);
#endif
