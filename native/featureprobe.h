/*
 * Kernel feature probes behind `stackprof check`.
 *
 * Every answer comes from asking the kernel (load, attach, create a map),
 * never from its version number: distributions backport and configs differ.
 */
#ifndef STACKPROF_FEATUREPROBE_H
#define STACKPROF_FEATUREPROBE_H

#include <stddef.h>

/* Values match FeatureResult.Status in proto/stackprof.proto. */
enum feature_status { FEATURE_UNKNOWN = 0, FEATURE_AVAILABLE = 1, FEATURE_MISSING = 2, FEATURE_INCONCLUSIVE = 3 };

struct feature_result { char name[32]; enum feature_status status; char detail[256]; };

#define FEATURE_MAX 16

/* Runs every probe; fills out[]; returns the number of results. Never exits, never leaves a program or link attached. */
int featureprobe_run(struct feature_result *out, int max);

/* Individual probes other code can reuse before choosing a program variant. */
enum feature_status featureprobe_one(const char *name, char *detail, size_t detail_len);

/*
 * Mounts tracefs at /sys/kernel/tracing unless tracefs is already reachable
 * there or at /sys/kernel/debug/tracing. Returns 0 on success or when already
 * mounted, a negative errno otherwise; detail says what happened.
 */
int featureprobe_mount_tracefs(char *detail, size_t len);

#endif
