/* Loader part of the listeners probe: attach the syscall exits, then at each
 * snapshot one iterator pass over the target's listening sockets, joined by
 * socket inode with the listen()/bind() and accept() events. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "grow.h"
#include "mapread.h"
#include "percpu.h"
#include "listeners.h"
#include "../probes/listeners.h"
#include "listeners.skel.h"

struct listeners_probe {
	struct listeners_bpf *skel;
	struct bpf_link *iter;
	int ncpus;
	__u64 iterator_failed;
};

struct listeners_probe *listeners_attach(pid_t tgid, Stackprof__V1__ProbeStatus *status,
					 char *error, size_t error_len)
{
	struct listeners_probe *p = calloc(1, sizeof(*p));
	int err;

	status->name = "listeners";
	status->variant = "tracepoint";
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		goto fail;
	}
	p->ncpus = libbpf_num_possible_cpus();
	p->skel = listeners_bpf__open();
	if (!p->skel) {
		snprintf(error, error_len, "open listeners probe: %s", strerror(errno));
		goto fail;
	}
	p->skel->rodata->targ_tgid = (__u32)tgid;
	bpf_program__set_autoattach(p->skel->progs.listeners_fds, false);
	err = listeners_bpf__load(p->skel);
	if (err) {
		snprintf(error, error_len, "load listeners probe: %s (it needs the syscalls tracepoints, "
			 "bpf_task_pt_regs (Linux 5.15) and BPF iterators)", strerror(-err));
		goto fail;
	}
	err = listeners_bpf__attach(p->skel);
	if (err) {
		snprintf(error, error_len, "attach listeners probe: %s", strerror(-err));
		goto fail;
	}
	/* Sockets made before attach are only known through the iterator:
	 * without it the probe would show nothing of a running server. */
	p->iter = attach_process_iter(p->skel->progs.listeners_fds, tgid);
	if (!p->iter) {
		snprintf(error, error_len, "attach listeners iterator: %s (a task_file iterator restricted to "
			 "one process needs Linux 6.1)", strerror(errno));
		goto fail;
	}
	status->attached = true;
	return p;
fail:
	status->error = error;
	listeners_destroy(p);
	return NULL;
}

void listeners_detach(struct listeners_probe *p)
{
	if (p && p->skel)
		listeners_bpf__detach(p->skel);
}

void listeners_destroy(struct listeners_probe *p)
{
	if (!p)
		return;
	bpf_link__destroy(p->iter);
	listeners_bpf__destroy(p->skel);
	free(p);
}

struct listen_entry {
	__u64 inode;
	struct listen_event ev;
	__u32 order;
};

struct accept_entry {
	struct accept_key key;
	struct accept_stat stat;
};

struct events {
	struct listen_entry *listens;
	size_t n_listens, cap_listens;
	struct accept_entry *accepts;
	size_t n_accepts, cap_accepts;
};

static int by_time(const void *a, const void *b)
{
	const struct listen_entry *x = a, *y = b;

	if (x->ev.monotonic_ns != y->ev.monotonic_ns)
		return x->ev.monotonic_ns < y->ev.monotonic_ns ? -1 : 1;
	return x->inode < y->inode ? -1 : x->inode > y->inode;
}

/* Nothing is deleted from these maps while attached, so a get_next_key walk
 * neither restarts nor skips. Entries are never removed, so ranking every
 * event by time gives each its order among all listen()/bind() calls seen:
 * clang without -mcpu=v3 cannot return a value from an atomic add, which a
 * counter in the probe would need. */
static int read_events(struct listeners_probe *p, struct events *e)
{
	int lfd = bpf_map__fd(p->skel->maps.listen_events), afd = bpf_map__fd(p->skel->maps.accepts);
	__u64 inode, next_inode, *prev_inode = NULL;
	struct accept_key key, next_key, *prev_key = NULL;

	while (bpf_map_get_next_key(lfd, prev_inode, &next_inode) == 0) {
		inode = next_inode;
		prev_inode = &inode;
		if (grow(&e->listens, &e->cap_listens, e->n_listens, sizeof(*e->listens)))
			return -ENOMEM;
		e->listens[e->n_listens].inode = inode;
		if (bpf_map_lookup_elem(lfd, &inode, &e->listens[e->n_listens].ev) == 0)
			e->n_listens++;
	}
	qsort(e->listens, e->n_listens, sizeof(*e->listens), by_time);
	for (size_t i = 0; i < e->n_listens; i++)
		e->listens[i].order = (__u32)(i + 1);
	while (bpf_map_get_next_key(afd, prev_key, &next_key) == 0) {
		key = next_key;
		prev_key = &key;
		if (grow(&e->accepts, &e->cap_accepts, e->n_accepts, sizeof(*e->accepts)))
			return -ENOMEM;
		e->accepts[e->n_accepts].key = key;
		if (bpf_map_lookup_elem(afd, &key, &e->accepts[e->n_accepts].stat) == 0)
			e->n_accepts++;
	}
	return 0;
}

static const struct listen_entry *listen_of(const struct events *e, __u64 inode)
{
	for (size_t i = 0; i < e->n_listens; i++)
		if (e->listens[i].inode == inode)
			return &e->listens[i];
	return NULL;
}

static Stackprof__V1__Steering steering_of(__u8 s)
{
	switch (s) {
	case STEER_CBPF_CPU:
		return STACKPROF__V1__STEERING__STEERING_CBPF_CPU;
	case STEER_CBPF_OTHER:
		return STACKPROF__V1__STEERING__STEERING_CBPF_OTHER;
	case STEER_EBPF:
		return STACKPROF__V1__STEERING__STEERING_EBPF;
	default:
		return STACKPROF__V1__STEERING__STEERING_NONE;
	}
}

/* One Listener in one allocation: the message, its address bytes, its
 * program name and its accept stats, freed with a single free(). */
static Stackprof__V1__Listener *make_listener(const struct listener_record *r, const struct events *e)
{
	size_t n_accepts = 0, addr_len = r->family == 10 ? 16 : 4;
	const struct listen_entry *l = listen_of(e, r->inode);
	Stackprof__V1__Listener *m;
	Stackprof__V1__AcceptStat *stats;
	char *name;
	uint8_t *addr;

	for (size_t i = 0; i < e->n_accepts; i++)
		n_accepts += e->accepts[i].key.inode == r->inode;
	m = calloc(1, sizeof(*m) + n_accepts * (sizeof(*stats) + sizeof(stats)) + 16 + LISTENERS_PROG_NAME_LEN + 1);
	if (!m)
		return NULL;
	stackprof__v1__listener__init(m);
	stats = (Stackprof__V1__AcceptStat *)(m + 1);
	m->accepts = (Stackprof__V1__AcceptStat **)(stats + n_accepts);
	addr = (uint8_t *)(m->accepts + n_accepts);
	name = (char *)(addr + 16);

	m->fd = r->fd;
	m->inode = r->inode;
	m->family = r->family;
	m->protocol = r->protocol;
	m->sock_type = r->type;
	m->local_port = r->local_port;
	memcpy(addr, r->local_addr, addr_len);
	m->local_addr.data = addr;
	m->local_addr.len = addr_len;
	m->reuseport = r->reuseport;
	/* The kernel numbers groups from 0; the proto keeps 0 for "no group". */
	m->group_id = r->group_size ? r->group_id + 1 : 0;
	m->group_size = r->group_size;
	m->group_index = r->group_index;
	m->steering = steering_of(r->steering);
	m->steering_prog_id = r->steering_prog_id;
	memcpy(name, r->steering_prog_name, LISTENERS_PROG_NAME_LEN);
	name[LISTENERS_PROG_NAME_LEN] = '\0';
	m->steering_prog_name = name;
	m->steering_insns = r->steering_insns;
	m->incoming_cpu = r->incoming_cpu;
	m->busy_poll_usecs = r->ll_usec;
	if (l) {
		m->listen_seen = true;
		m->listen_tid = l->ev.tid;
		m->listen_cpu = l->ev.cpu;
		m->listen_order = l->order;
		m->listen_monotonic_ns = l->ev.monotonic_ns;
	}
	for (size_t i = 0; i < e->n_accepts; i++) {
		const struct accept_entry *a = &e->accepts[i];
		Stackprof__V1__AcceptStat *s;

		if (a->key.inode != r->inode)
			continue;
		s = &stats[m->n_accepts];
		stackprof__v1__accept_stat__init(s);
		s->tid = a->key.tid;
		s->calls = a->stat.calls;
		s->accepted = a->stat.accepted;
		m->accepts[m->n_accepts++] = s;
	}
	return m;
}

static int read_listeners(struct listeners_probe *p, Stackprof__V1__Snapshot *snap, const struct events *e,
			  __u64 *truncated)
{
	struct listener_record rec;
	size_t cap = 0, have = 0;
	int fd, err = 0;
	ssize_t n;

	fd = bpf_iter_create(bpf_link__fd(p->iter));
	if (fd < 0) {
		p->iterator_failed++;
		return 0;
	}
	/* Records never straddle reads in practice, but reassemble anyway. */
	while ((n = read(fd, (char *)&rec + have, sizeof(rec) - have)) > 0) {
		Stackprof__V1__Listener *m;

		have += (size_t)n;
		if (have < sizeof(rec))
			continue;
		have = 0;
		*truncated += rec.group_scan_truncated;
		if (grow(&snap->listeners, &cap, snap->n_listeners, sizeof(*snap->listeners))) {
			err = -ENOMEM;
			break;
		}
		m = make_listener(&rec, e);
		if (!m) {
			err = -ENOMEM;
			break;
		}
		snap->listeners[snap->n_listeners++] = m;
	}
	if (n < 0 && errno != EINTR)
		p->iterator_failed++;
	close(fd);
	return err;
}

int listeners_read(struct listeners_probe *p, Stackprof__V1__Snapshot *snap)
{
	struct events e = {};
	__u64 totals[LISTENERS_COUNTERS], truncated = 0;
	Stackprof__V1__ListenersCounters *c;
	int err;

	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	stackprof__v1__listeners_counters__init(c);
	snap->listeners_counters = c;
	err = read_events(p, &e);
	if (!err)
		err = read_listeners(p, snap, &e, &truncated);
	if (!err)
		err = sum_percpu_counters(bpf_map__fd(p->skel->maps.lst_counters), p->ncpus, totals, LISTENERS_COUNTERS);
	if (!err) {
		c->event_map_full = totals[LISTENERS_EVENT_MAP_FULL];
		c->iterator_failed = p->iterator_failed;
		c->group_scan_truncated = truncated;
	}
	free(e.listens);
	free(e.accepts);
	return err;
}

void listeners_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	for (size_t i = 0; i < snap->n_listeners; i++)
		free(snap->listeners[i]);
	free(snap->listeners);
	snap->listeners = NULL;
	snap->n_listeners = 0;
	free(snap->listeners_counters);
	snap->listeners_counters = NULL;
}
