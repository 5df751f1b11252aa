/* Loader part of the nodejs probe (probes/nodejs.bpf.c): recognizes a
 * Node.js target from /proc (an object defining libuv's uv__work_submit, or
 * one named node/libnode), reads its version, libuv's and the UV_* settings,
 * and only then loads the probe: uprobes on libuv's threadpool functions,
 * io_uring tracepoints, the main thread's epoll waits. */
#ifndef STACKPROF_NATIVE_NODEJS_H
#define STACKPROF_NATIVE_NODEJS_H
#include <sys/types.h>
#include <linux/types.h>
#include "stackprof.pb-c.h"

struct nodejs_probe;

/* Never fails for a target that is not Node.js: nothing is loaded then.
 * NULL (status->error set) only when out of memory. */
struct nodejs_probe *nodejs_attach(pid_t tgid, __u64 stall_threshold_ns, Stackprof__V1__ProbeStatus *status,
				   char *error, size_t error_len);
void nodejs_detach(struct nodejs_probe *p);
/* Fills snap->nodejs; rescans the target first when its executable changed
 * (`stackprof run` attaches before exec). */
int nodejs_read(struct nodejs_probe *p, Stackprof__V1__Snapshot *snap);
/* Threads worth naming in the snapshot: pool workers and SQPOLL threads. */
size_t nodejs_tids(const Stackprof__V1__Snapshot *snap, __u32 *out, size_t max);
void nodejs_free_snapshot(Stackprof__V1__Snapshot *snap);
void nodejs_destroy(struct nodejs_probe *p);
#endif
