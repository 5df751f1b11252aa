/* Loader part of the syscalls probe (probes/syscalls.bpf.c). */
#ifndef STACKPROF_NATIVE_SYSCALLS_H
#define STACKPROF_NATIVE_SYSCALLS_H
#include <stdbool.h>
#include <sys/types.h>
#include "stackprof.pb-c.h"

struct syscalls_probe;

/* variant: "auto", "tp_btf" or "tracepoint". On failure returns NULL and
 * fills status->error; status is filled either way. */
struct syscalls_probe *syscalls_attach(pid_t tgid, const char *variant, bool with_eventloop,
				       Stackprof__V1__ProbeStatus *status,
				       char *error, size_t error_len);
/* True when the eventloop probe's syscall hooks run inside this probe's
 * programs (tp_btf variant asked to carry them): the eventloop probe must
 * then share this probe's maps instead of attaching its own hooks. */
bool syscalls_carries_eventloop(const struct syscalls_probe *p);
/* A map of this probe by name (the eventloop maps it carries), or NULL. */
struct bpf_map *syscalls_map(const struct syscalls_probe *p, const char *name);
/* Removes the programs from the kernel hooks; the maps stay readable. */
void syscalls_detach(struct syscalls_probe *p);
/* Fills snap's syscalls, errnos and counters from the maps. */
int syscalls_read(struct syscalls_probe *p, Stackprof__V1__Snapshot *snap);
/* Frees what syscalls_read allocated in snap. */
void syscalls_free_snapshot(Stackprof__V1__Snapshot *snap);
/* The thread name the probe saw, for threads gone from /proc. */
int syscalls_thread_comm(struct syscalls_probe *p, __u32 tid, char comm[16]);
void syscalls_destroy(struct syscalls_probe *p);
#endif
