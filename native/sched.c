/* PLACEHOLDER until the sched probe lands: attaches nothing and says so. */
#include <stdio.h>
#include "sched.h"

struct sched_probe *sched_attach(pid_t tgid, Stackprof__V1__ProbeStatus *status, char *error, size_t error_len)
{
	snprintf(error, error_len, "not built yet");
	status->name = "sched";
	status->attached = 0;
	status->error = error;
	return NULL;
}
void sched_detach(struct sched_probe *p) {}
int sched_read(struct sched_probe *p, Stackprof__V1__Snapshot *snap) { return 0; }
void sched_free_snapshot(Stackprof__V1__Snapshot *snap) {}
void sched_destroy(struct sched_probe *p) {}
