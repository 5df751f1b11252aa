/* Doubling growth for the loader's arrays. */
#ifndef STACKPROF_GROW_H
#define STACKPROF_GROW_H
#include <errno.h>
#include <stdlib.h>

/* Makes room for one more element in *items (used of *cap in use). */
static inline int grow(void *items, size_t *cap, size_t used, size_t elem_size)
{
	void **array = items;
	size_t ncap;
	void *grown;

	if (used < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 64;
	grown = realloc(*array, ncap * elem_size);
	if (!grown)
		return -ENOMEM;
	*array = grown;
	*cap = ncap;
	return 0;
}
#endif
