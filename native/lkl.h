/* Loader part of the lkl probe (probes/lkl.bpf.c): finds user-space network
 * stacks in the target (LKL's hijack library by name or by its symbols,
 * DPDK, preloaded libraries that override libc's socket calls, the
 * LKL_HIJACK_* settings) from /proc, and once a mapped object defines
 * lkl_syscall, loads the probe and attaches its uprobes there. */
#ifndef STACKPROF_NATIVE_LKL_H
#define STACKPROF_NATIVE_LKL_H
#include <sys/types.h>
#include "stackprof.pb-c.h"

struct lkl_probe;

/* Scans the target once. Never fails for a target without LKL: nothing is
 * loaded into the kernel until LKL is found. NULL (status->error set) only
 * when out of memory. */
/* cpu_wait: time lkl_cpu_get too (two more uprobe hits per LKL call: the lock wait distribution). */
struct lkl_probe *lkl_attach(pid_t tgid, bool cpu_wait, Stackprof__V1__ProbeStatus *status, char *error, size_t error_len);
/* How long the loader's poll may sleep before lkl_tick wants to run (ms),
 * -1 for no limit: short only while the target is about to exec or has
 * just done so (`stackprof run`), so LKL is found before its first calls. */
int lkl_poll_timeout_ms(const struct lkl_probe *p);
/* Rescans when lkl_poll_timeout_ms asked for it. Call after every poll wakeup. */
void lkl_tick(struct lkl_probe *p);
/* Removes the uprobes and the host-syscall hook; the maps stay readable. */
void lkl_detach(struct lkl_probe *p);
/* Fills snap's lkl fields (lkl, lkl_syscalls, lkl_cpu_waits, lkl_host_calls,
 * lkl_counters); rescans first while attached. */
int lkl_read(struct lkl_probe *p, Stackprof__V1__Snapshot *snap);
/* Frees what lkl_read allocated in snap. */
void lkl_free_snapshot(Stackprof__V1__Snapshot *snap);
void lkl_destroy(struct lkl_probe *p);
#endif
