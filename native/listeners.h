/* Loader part of the listeners probe (probes/listeners.bpf.c): the target's
 * listening sockets, their SO_REUSEPORT group, index and steering program,
 * and who called listen()/bind()/accept() on them while attached. */
#ifndef STACKPROF_NATIVE_LISTENERS_H
#define STACKPROF_NATIVE_LISTENERS_H
#include <sys/types.h>
#include "stackprof.pb-c.h"

struct listeners_probe;

/* On failure returns NULL and fills status->error; status is filled either
 * way. Failure is not fatal to a session: the other probes go on. */
struct listeners_probe *listeners_attach(pid_t tgid, Stackprof__V1__ProbeStatus *status,
					 char *error, size_t error_len);
/* Removes the programs from the kernel hooks; maps and iterator stay usable. */
void listeners_detach(struct listeners_probe *p);
/* Fills snap's listeners fields from the maps and a fresh iterator pass. */
int listeners_read(struct listeners_probe *p, Stackprof__V1__Snapshot *snap);
/* Frees what listeners_read allocated in snap. */
void listeners_free_snapshot(Stackprof__V1__Snapshot *snap);
void listeners_destroy(struct listeners_probe *p);
#endif
