/* What every probe's loader part does to turn its maps and iterators into
 * Snapshot fields. */
#ifndef STACKPROF_MAPREAD_H
#define STACKPROF_MAPREAD_H
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "grow.h"

/* Frees a repeated field of `snap` whose elements were made by append(). */
#define FREE_ALL(field, n_field)                          \
	do {                                               \
		for (size_t i = 0; i < snap->n_field; i++)  \
			free(snap->field[i]);              \
		free(snap->field);                         \
		snap->field = NULL;                        \
		snap->n_field = 0;                         \
	} while (0)

/* Appends a zeroed element of `size` bytes to a protobuf repeated field. */
static inline void *append(void ***items, size_t *n, size_t *cap, size_t size)
{
	void *item;

	if (grow(items, cap, *n, sizeof(**items)))
		return NULL;
	item = calloc(1, size);
	if (item)
		(*items)[(*n)++] = item;
	return item;
}

/* Nothing is deleted from these maps while attached, so a get_next_key walk
 * neither restarts nor skips. The callback returns < 0 to stop. */
static inline int walk(int fd, void *key, void *next, size_t key_size, void *value,
		       int (*fn)(const void *key, const void *value, void *ctx), void *ctx)
{
	void *prev = NULL;
	int err;

	while (bpf_map_get_next_key(fd, prev, next) == 0) {
		memcpy(key, next, key_size);
		prev = key;
		if (bpf_map_lookup_elem(fd, key, value))
			continue;
		err = fn(key, value, ctx);
		if (err)
			return err;
	}
	return 0;
}

/* A task or task_file iterator over one process's threads only (Linux 6.1):
 * a pass costs in proportion to the target, not to the machine. NULL with
 * errno set when the kernel cannot restrict it. */
static inline struct bpf_link *attach_process_iter(struct bpf_program *prog, pid_t tgid)
{
	DECLARE_LIBBPF_OPTS(bpf_iter_attach_opts, opts);
	union bpf_iter_link_info linfo = {};

	linfo.task.pid = (__u32)tgid;
	opts.link_info = &linfo;
	opts.link_info_len = sizeof(linfo);
	return bpf_program__attach_iter(prog, &opts);
}
#endif
