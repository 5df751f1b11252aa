/* PLACEHOLDER until the listeners probe lands: attaches nothing and says so. */
#include <stdio.h>
#include "listeners.h"

struct listeners_probe *listeners_attach(pid_t tgid, Stackprof__V1__ProbeStatus *status, char *error, size_t error_len)
{
	snprintf(error, error_len, "not built yet");
	status->name = "listeners";
	status->attached = 0;
	status->error = error;
	return NULL;
}
void listeners_detach(struct listeners_probe *p) {}
int listeners_read(struct listeners_probe *p, Stackprof__V1__Snapshot *snap) { return 0; }
void listeners_free_snapshot(Stackprof__V1__Snapshot *snap) {}
void listeners_destroy(struct listeners_probe *p) {}
