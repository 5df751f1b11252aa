/* Loader part of the sched probe (probes/sched.bpf.c): time per thread and
 * CPU, context switches and who preempted, migrations, run-queue latency. */
#ifndef STACKPROF_NATIVE_SCHED_H
#define STACKPROF_NATIVE_SCHED_H
#include <sys/types.h>
#include "stackprof.pb-c.h"

struct sched_probe;

/* On failure returns NULL and fills status->error; status is filled either
 * way. Failure is not fatal to a session: the other probes go on. */
struct sched_probe *sched_attach(pid_t tgid, Stackprof__V1__ProbeStatus *status,
				 char *error, size_t error_len);
/* Removes the programs from the kernel hooks; maps stay readable. */
void sched_detach(struct sched_probe *p);
/* Fills snap's sched fields (thread_cpu_times, thread_sched, preemptions,
 * sched_counters). */
int sched_read(struct sched_probe *p, Stackprof__V1__Snapshot *snap);
/* Frees what sched_read allocated in snap. */
void sched_free_snapshot(Stackprof__V1__Snapshot *snap);
void sched_destroy(struct sched_probe *p);
#endif
