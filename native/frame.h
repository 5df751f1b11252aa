/* Length-delimited protobuf frames on stdout: the only channel to the
 * TypeScript side (proto/stackprof.proto). */
#ifndef STACKPROF_FRAME_H
#define STACKPROF_FRAME_H
#include "stackprof.pb-c.h"

/* Returns 0, or -errno when stdout is gone (the reader died). */
int frame_write(const Stackprof__V1__Frame *frame);
int frame_fatal(const char *code, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#endif
