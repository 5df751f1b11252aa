/* Loader part of the eventloop probe: attach, then cumulative map reads and
 * one iterator pass over the target's fds per snapshot. */
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
#include "eventloop.h"
#include "../probes/eventloop.h"
#include "eventloop.skel.h"
#include "syscalls.h"

#define TCP_LISTEN 10
#define EXAMPLE_FDS 8

struct eventloop_probe {
	struct eventloop_bpf *skel;
	struct bpf_link *iter;
	int ncpus;
	__u32 min_napi_id;
	__u64 iterator_failed;
};

/* sk_napi_id shares its bits with the sender CPU + 1 on paths without NAPI
 * (loopback, veth without GRO): only values from MIN_NAPI_ID = NR_CPUS + 1
 * up are NAPI ids. NR_CPUS - 1 is in /sys/devices/system/cpu/kernel_max. */
static __u32 read_min_napi_id(void)
{
	FILE *f = fopen("/sys/devices/system/cpu/kernel_max", "re");
	unsigned int kernel_max = 0;

	if (f) {
		if (fscanf(f, "%u", &kernel_max) != 1)
			kernel_max = 0;
		fclose(f);
	}
	/* Unknown: the largest NR_CPUS distributions use (8192). */
	return kernel_max ? kernel_max + 2 : 8193;
}

static __u32 napi_id_or_none(const struct eventloop_probe *p, __u32 id)
{
	return id >= p->min_napi_id ? id : 0;
}

const char *const eventloop_shared_maps[EVENTLOOP_SHARED_MAPS] = {
	"call_by_task", "epolls", "sockio", "sockopts", "epoll_params", "el_counters",
};

/* Point this object's copies of the shared maps at the carrier's. */
static int share_maps(struct eventloop_bpf *skel, const struct syscalls_probe *carrier)
{
	for (size_t i = 0; i < EVENTLOOP_SHARED_MAPS; i++) {
		struct bpf_map *theirs = syscalls_map(carrier, eventloop_shared_maps[i]);
		struct bpf_map *ours = bpf_object__find_map_by_name(skel->obj, eventloop_shared_maps[i]);
		int err;

		if (!theirs || !ours)
			return -ENOENT;
		err = bpf_map__reuse_fd(ours, bpf_map__fd(theirs));
		if (err)
			return err;
	}
	return 0;
}

struct eventloop_probe *eventloop_attach(pid_t tgid, const struct syscalls_probe *carrier,
					 Stackprof__V1__ProbeStatus *status,
					 char *error, size_t error_len)
{
	bool carried = syscalls_carries_eventloop(carrier);
	struct eventloop_probe *p = calloc(1, sizeof(*p));
	int err;

	status->name = "eventloop";
	/* "in-syscalls": its syscall hooks run inside the syscall probe's programs. */
	status->variant = carried ? "tp_btf (in-syscalls)" : "tp_btf";
	status->attached = false;
	error[0] = '\0';
	if (!p) {
		snprintf(error, error_len, "out of memory");
		goto fail;
	}
	p->ncpus = libbpf_num_possible_cpus();
	p->min_napi_id = read_min_napi_id();
	p->skel = eventloop_bpf__open();
	if (!p->skel) {
		snprintf(error, error_len, "open eventloop probe: %s", strerror(errno));
		goto fail;
	}
	p->skel->rodata->targ_tgid = (__u32)tgid;
	/* The iterator is attached below, restricted to the target. */
	bpf_program__set_autoattach(p->skel->progs.eventloop_fds, false);
	if (carried) {
		bpf_program__set_autoload(p->skel->progs.eventloop_enter, false);
		bpf_program__set_autoload(p->skel->progs.eventloop_exit, false);
		err = share_maps(p->skel, carrier);
		if (err) {
			snprintf(error, error_len, "share maps with the syscall probe: %s", strerror(-err));
			goto fail;
		}
	}
	err = eventloop_bpf__load(p->skel);
	if (err) {
		snprintf(error, error_len, "load eventloop probe: %s (it needs tp_btf and task storage; "
			 "`stackprof check` shows which is missing)", strerror(-err));
		goto fail;
	}
	err = eventloop_bpf__attach(p->skel);
	if (err) {
		snprintf(error, error_len, "attach eventloop probe: %s", strerror(-err));
		goto fail;
	}
	/* Restricting the walk to one process (Linux 6.1) keeps a snapshot's
	 * cost proportional to the target's fds, not the machine's. */
	p->iter = attach_process_iter(p->skel->progs.eventloop_fds, tgid);
	if (!p->iter) {
		/* Older kernels: only the live view of setsockopt/ioctl is lost. */
		fprintf(stderr, "stackprof-loader: socket listing unavailable (%s); "
			"busy-poll settings made before attach will not be seen\n", strerror(errno));
	}
	status->attached = true;
	return p;
fail:
	status->error = error;
	eventloop_destroy(p);
	return NULL;
}

void eventloop_detach(struct eventloop_probe *p)
{
	if (p && p->skel)
		eventloop_bpf__detach(p->skel);
}

void eventloop_destroy(struct eventloop_probe *p)
{
	if (!p)
		return;
	bpf_link__destroy(p->iter);
	eventloop_bpf__destroy(p->skel);
	free(p);
}



/* Trailing zero slots are implied. */
static size_t used_slots(const __u64 *slots, size_t n)
{
	while (n > 0 && slots[n - 1] == 0)
		n--;
	return n;
}

struct read_ctx {
	Stackprof__V1__Snapshot *snap;
	size_t cap;
};

static int add_epoll(const void *k, const void *v, void *c)
{
	const struct epoll_key *key = k;
	const struct epoll_stat *s = v;
	struct read_ctx *ctx = c;
	size_t slots = used_slots(s->events_hist, EVENTLOOP_EVENTS_SLOTS);
	Stackprof__V1__EpollStat *e = append((void ***)&ctx->snap->epolls, &ctx->snap->n_epolls, &ctx->cap,
					     sizeof(*e) + sizeof(s->timeouts) + sizeof(s->events_hist));

	if (!e)
		return -ENOMEM;
	stackprof__v1__epoll_stat__init(e);
	e->tid = key->tid;
	e->epfd = key->epfd;
	e->nr = key->nr;
	e->calls = s->calls;
	e->errors = s->errors;
	e->events = s->events;
	e->empty = s->empty;
	e->timeouts = (uint64_t *)(e + 1);
	memcpy(e->timeouts, s->timeouts, sizeof(s->timeouts));
	e->n_timeouts = TIMEOUT_CLASSES;
	e->zero_empty = s->zero_empty;
	e->zero_empty_then_wait = s->zero_empty_then_wait;
	e->total_ns = s->total_ns;
	e->offcpu_ns = s->offcpu_ns;
	e->events_log2 = e->timeouts + TIMEOUT_CLASSES;
	memcpy(e->events_log2, s->events_hist, slots * sizeof(__u64));
	e->n_events_log2 = slots;
	return 0;
}

static int add_fd_io(const void *k, const void *v, void *c)
{
	const struct sockio_key *key = k;
	const struct sockio_stat *s = v;
	struct read_ctx *ctx = c;
	size_t slots = used_slots(s->size_hist, EVENTLOOP_BYTES_SLOTS);
	Stackprof__V1__FdIoStat *e = append((void ***)&ctx->snap->fd_io, &ctx->snap->n_fd_io, &ctx->cap,
					    sizeof(*e) + sizeof(s->size_hist));

	if (!e)
		return -ENOMEM;
	stackprof__v1__fd_io_stat__init(e);
	e->tid = key->tid;
	e->nr = key->nr;
	e->fd_kind = (Stackprof__V1__FdKind)key->fd_kind;
	e->calls = s->calls;
	e->errors = s->errors;
	e->eagain = s->eagain;
	e->bytes = s->bytes;
	e->size_log2 = (uint64_t *)(e + 1);
	memcpy(e->size_log2, s->size_hist, slots * sizeof(__u64));
	e->n_size_log2 = slots;
	return 0;
}

static int add_sockopt(const void *k, const void *v, void *c)
{
	const struct sockopt_key *key = k;
	const struct sockopt_stat *s = v;
	struct read_ctx *ctx = c;
	Stackprof__V1__SockoptStat *e = append((void ***)&ctx->snap->sockopts, &ctx->snap->n_sockopts,
					       &ctx->cap, sizeof(*e));

	if (!e)
		return -ENOMEM;
	stackprof__v1__sockopt_stat__init(e);
	e->optname = key->optname;
	e->value_readable = key->value != INT32_MIN;
	e->value = e->value_readable ? key->value : 0;
	e->calls = s->calls;
	e->failed = s->failed;
	e->last_tid = s->last_tid;
	return 0;
}

static int add_epoll_params(const void *k, const void *v, void *c)
{
	const struct epoll_params_stat *s = v;
	struct read_ctx *ctx = c;
	Stackprof__V1__EpollParamsStat *e = append((void ***)&ctx->snap->epoll_params,
						   &ctx->snap->n_epoll_params, &ctx->cap, sizeof(*e));

	if (!e)
		return -ENOMEM;
	stackprof__v1__epoll_params_stat__init(e);
	e->epfd = *(const __s32 *)k;
	e->busy_poll_usecs = s->busy_poll_usecs;
	e->busy_poll_budget = s->busy_poll_budget;
	e->prefer_busy_poll = s->prefer_busy_poll;
	e->accepted = s->readable;
	e->calls = s->calls;
	e->failed = s->failed;
	e->last_tid = s->last_tid;
	return 0;
}

static int add_napi(const void *k, const void *v, void *c)
{
	const struct napi_key *key = k;
	const struct napi_stat *s = v;
	struct read_ctx *ctx = c;
	Stackprof__V1__NapiPollStat *e = append((void ***)&ctx->snap->napi_polls, &ctx->snap->n_napi_polls,
						&ctx->cap, sizeof(*e) + EVENTLOOP_IFNAME_LEN);

	if (!e)
		return -ENOMEM;
	stackprof__v1__napi_poll_stat__init(e);
	e->tid = key->tid;
	e->budget = key->budget;
	e->device.data = (uint8_t *)(e + 1);
	memcpy(e->device.data, key->ifname, EVENTLOOP_IFNAME_LEN);
	e->device.len = strnlen(key->ifname, EVENTLOOP_IFNAME_LEN);
	e->polls = s->polls;
	e->work = s->work;
	return 0;
}

static bool same_group(const Stackprof__V1__SocketGroup *g, const struct eventloop_fd_record *r)
{
	bool listening = r->state == TCP_LISTEN && r->type == 1;

	return g->family == r->family && g->type == r->type && g->protocol == r->protocol &&
	       g->listening == listening && (!listening || g->local_port == r->local_port) &&
	       g->reuseport == !!r->reuseport && g->busy_poll_usecs == r->ll_usec &&
	       g->prefer_busy_poll == !!r->prefer_busy_poll && g->busy_poll_budget == r->busy_poll_budget &&
	       g->napi_id == r->napi_id;
}

/* Connections of a busy server number in the thousands with the same
 * settings: grouped, the listing stays small at any scale. */
static int add_socket(Stackprof__V1__Snapshot *snap, size_t *cap, const struct eventloop_fd_record *r)
{
	Stackprof__V1__SocketGroup *g = NULL;

	for (size_t i = 0; i < snap->n_sockets && !g; i++)
		if (same_group(snap->sockets[i], r))
			g = snap->sockets[i];
	if (!g) {
		g = append((void ***)&snap->sockets, &snap->n_sockets, cap, sizeof(*g) + EXAMPLE_FDS * sizeof(int32_t));
		if (!g)
			return -ENOMEM;
		stackprof__v1__socket_group__init(g);
		g->family = r->family;
		g->type = r->type;
		g->protocol = r->protocol;
		g->listening = r->state == TCP_LISTEN && r->type == 1;
		g->local_port = g->listening ? r->local_port : 0;
		g->reuseport = r->reuseport;
		g->busy_poll_usecs = r->ll_usec;
		g->prefer_busy_poll = r->prefer_busy_poll;
		g->busy_poll_budget = r->busy_poll_budget;
		g->napi_id = r->napi_id;
		g->example_fds = (int32_t *)(g + 1);
	}
	g->count++;
	if (g->n_example_fds < EXAMPLE_FDS)
		g->example_fds[g->n_example_fds++] = r->fd;
	return 0;
}

static int add_epoll_instance(Stackprof__V1__Snapshot *snap, size_t *cap, const struct eventloop_fd_record *r)
{
	Stackprof__V1__EpollInstance *e = append((void ***)&snap->epoll_instances, &snap->n_epoll_instances,
						 cap, sizeof(*e));

	if (!e)
		return -ENOMEM;
	stackprof__v1__epoll_instance__init(e);
	e->fd = r->fd;
	e->napi_id = r->napi_id;
	e->params_known = r->ep_params_known;
	e->busy_poll_usecs = r->ep_busy_poll_usecs;
	e->busy_poll_budget = r->ep_busy_poll_budget;
	e->prefer_busy_poll = r->ep_prefer_busy_poll;
	return 0;
}

static int read_fds(struct eventloop_probe *p, Stackprof__V1__Snapshot *snap)
{
	struct eventloop_fd_record rec;
	size_t sock_cap = 0, ep_cap = 0, have = 0;
	int fd, err = 0;
	ssize_t n;

	/* Counted, so the user learns that settings made before attach are unseen. */
	if (!p->iter) {
		p->iterator_failed++;
		return 0;
	}
	fd = bpf_iter_create(bpf_link__fd(p->iter));
	if (fd < 0) {
		p->iterator_failed++;
		return 0;
	}
	/* Records never straddle reads in practice, but reassemble anyway. */
	while ((n = read(fd, (char *)&rec + have, sizeof(rec) - have)) > 0) {
		have += (size_t)n;
		if (have < sizeof(rec))
			continue;
		have = 0;
		rec.napi_id = napi_id_or_none(p, rec.napi_id);
		if (rec.kind == FDREC_SOCKET)
			err = add_socket(snap, &sock_cap, &rec);
		else if (rec.kind == FDREC_EPOLL)
			err = add_epoll_instance(snap, &ep_cap, &rec);
		if (err)
			break;
	}
	if (n < 0 && errno != EINTR)
		p->iterator_failed++;
	close(fd);
	return err;
}

static int read_counters(struct eventloop_probe *p, Stackprof__V1__EventloopCounters *out)
{
	__u64 totals[EVENTLOOP_COUNTERS];
	int err = sum_percpu_counters(bpf_map__fd(p->skel->maps.el_counters), p->ncpus, totals, EVENTLOOP_COUNTERS);

	if (err)
		return err;
	out->epoll_map_full = totals[EVENTLOOP_EPOLL_MAP_FULL];
	out->fd_io_map_full = totals[EVENTLOOP_SOCKIO_MAP_FULL];
	out->sockopt_map_full = totals[EVENTLOOP_SOCKOPT_MAP_FULL];
	out->napi_map_full = totals[EVENTLOOP_NAPI_MAP_FULL];
	out->state_store_failed = totals[EVENTLOOP_STATE_STORE_FAILED];
	out->iterator_failed = p->iterator_failed;
	return 0;
}

int eventloop_read(struct eventloop_probe *p, Stackprof__V1__Snapshot *snap)
{
	typeof(p->skel->maps) *m = &p->skel->maps;
	union {
		struct { struct epoll_key k, n; struct epoll_stat v; } epoll;
		struct { struct sockio_key k, n; struct sockio_stat v; } io;
		struct { struct sockopt_key k, n; struct sockopt_stat v; } opt;
		struct { __s32 k, n; struct epoll_params_stat v; } params;
		struct { struct napi_key k, n; struct napi_stat v; } napi;
	} b;
	struct read_ctx ctx = { .snap = snap };
	int err;

	snap->eventloop_counters = calloc(1, sizeof(*snap->eventloop_counters));
	if (!snap->eventloop_counters)
		return -ENOMEM;
	stackprof__v1__eventloop_counters__init(snap->eventloop_counters);

	err = walk(bpf_map__fd(m->epolls), &b.epoll.k, &b.epoll.n, sizeof(b.epoll.k), &b.epoll.v, add_epoll, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(m->sockio), &b.io.k, &b.io.n, sizeof(b.io.k), &b.io.v, add_fd_io, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(m->sockopts), &b.opt.k, &b.opt.n, sizeof(b.opt.k), &b.opt.v, add_sockopt, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(m->epoll_params), &b.params.k, &b.params.n, sizeof(b.params.k), &b.params.v,
			   add_epoll_params, &ctx);
	ctx.cap = 0;
	if (!err)
		err = walk(bpf_map__fd(m->napi_polls), &b.napi.k, &b.napi.n, sizeof(b.napi.k), &b.napi.v, add_napi, &ctx);
	if (!err)
		err = read_fds(p, snap);
	if (!err)
		err = read_counters(p, snap->eventloop_counters);
	return err;
}

void eventloop_free_snapshot(Stackprof__V1__Snapshot *snap)
{
	FREE_ALL(epolls, n_epolls);
	FREE_ALL(fd_io, n_fd_io);
	FREE_ALL(sockopts, n_sockopts);
	FREE_ALL(epoll_params, n_epoll_params);
	FREE_ALL(napi_polls, n_napi_polls);
	FREE_ALL(sockets, n_sockets);
	FREE_ALL(epoll_instances, n_epoll_instances);
	free(snap->eventloop_counters);
	snap->eventloop_counters = NULL;
}
