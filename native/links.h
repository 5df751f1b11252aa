/* Detaching many BPF links at once. */
#ifndef STACKPROF_LINKS_H
#define STACKPROF_LINKS_H
#include <stddef.h>
#include <bpf/libbpf.h>

/* Destroys links[0..n) and sets each to NULL. A uprobe link's close waits
 * for an RCU grace period in the kernel (about 0.1 s on the test VM), so one
 * after another the nodejs probe's 13 uprobes took 2 s to detach; closed
 * from threads of their own, the waits overlap. Falls back to one by one
 * where a thread cannot be started. */
void destroy_links(struct bpf_link **links, size_t n);
#endif
