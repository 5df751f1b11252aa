#include <pthread.h>
#include "links.h"

static void *destroy_one(void *link)
{
	bpf_link__destroy(link);
	return NULL;
}

void destroy_links(struct bpf_link **links, size_t n)
{
	pthread_t threads[64];
	size_t started = 0;

	for (size_t i = 0; i < n; i++) {
		if (!links[i])
			continue;
		if (started < sizeof(threads) / sizeof(threads[0]) &&
		    pthread_create(&threads[started], NULL, destroy_one, links[i]) == 0)
			started++;
		else
			bpf_link__destroy(links[i]);
		links[i] = NULL;
	}
	for (size_t i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
}
