/* Loader part of the stacks probe (probes/stacks.bpf.c): sampled on-CPU
 * stacks, optionally off-CPU stacks, symbolized at every snapshot. */
#ifndef STACKPROF_NATIVE_STACKS_H
#define STACKPROF_NATIVE_STACKS_H
#include <stdbool.h>
#include <sys/types.h>
#include "stackprof.pb-c.h"

struct stacks_probe;

enum stacks_event {
	STACKS_EVENT_CPU_CLOCK = 0,
	STACKS_EVENT_CYCLES = 1,
};

struct stacks_opts {
	unsigned freq;             /* samples per second per CPU, 1..10000 */
	enum stacks_event event;   /* cycles falls back to cpu-clock where there is no PMU */
	bool offcpu;
};

/* On failure returns NULL and fills status->error; status is filled either
 * way (variant: the event and frequency really used). Failure is not fatal
 * to a session: the other probes go on. */
struct stacks_probe *stacks_attach(pid_t tgid, const struct stacks_opts *opts, Stackprof__V1__ProbeStatus *status,
				   char *error, size_t error_len);
/* Stops sampling; the maps stay readable for the final snapshot. */
void stacks_detach(struct stacks_probe *p);
/* Fills snap's stacks fields: what is new since the last call (modules,
 * frames, stacks) and every cumulative sample. */
int stacks_read(struct stacks_probe *p, Stackprof__V1__Snapshot *snap);
/* Frees what stacks_read allocated in snap. */
void stacks_free_snapshot(Stackprof__V1__Snapshot *snap);
void stacks_destroy(struct stacks_probe *p);
#endif
