/* Loader part of the eventloop probe (probes/eventloop.bpf.c). */
#ifndef STACKPROF_NATIVE_EVENTLOOP_H
#define STACKPROF_NATIVE_EVENTLOOP_H
#include <sys/types.h>
#include "stackprof.pb-c.h"

struct eventloop_probe;
struct syscalls_probe;

/* The maps of probes/eventloop.bpf.h: in both objects when the syscall probe
 * carries the eventloop hooks, and then one set, shared. */
#define EVENTLOOP_SHARED_MAPS 6
extern const char *const eventloop_shared_maps[EVENTLOOP_SHARED_MAPS];

/* On failure returns NULL and fills status->error; status is filled either
 * way. Failure is not fatal to a session: syscall counting goes on. */
/* With a syscalls probe that carries the eventloop hooks, only the
 * sched_switch, napi_poll and iterator programs are attached, on the maps
 * shared with it. */
struct eventloop_probe *eventloop_attach(pid_t tgid, const struct syscalls_probe *carrier,
					 Stackprof__V1__ProbeStatus *status,
					 char *error, size_t error_len);
/* Removes the programs from the kernel hooks; maps and iterator stay usable. */
void eventloop_detach(struct eventloop_probe *p);
/* Fills snap's eventloop fields from the maps and a fresh iterator pass. */
int eventloop_read(struct eventloop_probe *p, Stackprof__V1__Snapshot *snap);
/* Frees what eventloop_read allocated in snap. */
void eventloop_free_snapshot(Stackprof__V1__Snapshot *snap);
void eventloop_destroy(struct eventloop_probe *p);
#endif
