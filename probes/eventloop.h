/* Types and limits shared by probes/eventloop.bpf.c and native/eventloop.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_EVENTLOOP_H
#define STACKPROF_EVENTLOOP_H

#define EVENTLOOP_MAX_EPOLLS 4096     /* (thread, epoll fd, syscall) */
#define EVENTLOOP_MAX_SOCKIO 8192     /* (thread, syscall, fd kind) */
#define EVENTLOOP_MAX_SOCKOPTS 256    /* (option, value) */
#define EVENTLOOP_MAX_EPOLL_PARAMS 1024
#define EVENTLOOP_MAX_NAPI 1024       /* (thread, device, budget) */
#define EVENTLOOP_EVENTS_SLOTS 16     /* slot 0: no events; slot k: [2^(k-1), 2^k) events; a power of two */
#define EVENTLOOP_BYTES_SLOTS 32      /* slot 0: 0 bytes; slot k: [2^(k-1), 2^k) bytes; a power of two */
#define EVENTLOOP_IFNAME_LEN 16

/* The buckets of the timeout spread. "unreadable": epoll_pwait2's
 * timespec could not be read from user memory. */
enum eventloop_timeout_class {
	TIMEOUT_BLOCK = 0,        /* -1 (or any negative), or a NULL timespec */
	TIMEOUT_ZERO = 1,         /* 0, or {0, 0} */
	TIMEOUT_UNDER_100US = 2,
	TIMEOUT_UNDER_1MS = 3,
	TIMEOUT_UNDER_10MS = 4,
	TIMEOUT_LONGER = 5,
	TIMEOUT_UNREADABLE = 6,
	TIMEOUT_CLASSES = 7,
};

struct epoll_key {
	__u32 tid;
	__s32 epfd;
	__u32 nr;
	__u32 pad;
};

struct epoll_stat {
	__u64 calls;
	__u64 errors;
	__u64 events;              /* sum of returned event counts */
	__u64 empty;               /* returned 0 */
	__u64 timeouts[TIMEOUT_CLASSES];
	__u64 zero_empty;          /* timeout 0 that returned 0 */
	/* A zero-timeout call that returned nothing, followed by a call with a
	 * real timeout: libuv's way of measuring idle time, not spinning. */
	__u64 zero_empty_then_wait;
	__u64 total_ns;            /* inside the call */
	__u64 offcpu_ns;           /* of which switched out (blocked) */
	__u64 events_hist[EVENTLOOP_EVENTS_SLOTS];
};

/* What the fd of a read/write family call was, decided in the kernel from
 * the task's file table at the time of the call. */
enum eventloop_fd_kind {
	FD_OTHER = 0,              /* files, pipes, eventfds, ttys... */
	FD_INET_SOCKET = 1,        /* AF_INET / AF_INET6 */
	FD_OTHER_SOCKET = 2,       /* AF_UNIX, netlink... */
	FD_UNKNOWN = 3,            /* bad fd, or the table could not be read */
};

struct sockio_key {
	__u32 tid;
	__u32 nr;
	__u32 fd_kind;
	__u32 pad;
};

struct sockio_stat {
	__u64 calls;
	__u64 errors;
	__u64 eagain;              /* EAGAIN: a nonblocking socket had nothing */
	__u64 bytes;               /* sum of positive returns (messages for *mmsg) */
	__u64 size_hist[EVENTLOOP_BYTES_SLOTS];
};

struct sockopt_key {
	__s32 optname;             /* SOL_SOCKET options only */
	__s32 value;               /* the int at optval; INT32_MIN when unreadable */
};

struct sockopt_stat {
	__u64 calls;
	__u64 failed;
	__u32 last_tid;
	__u32 pad;
};

/* struct epoll_params of EPIOCSPARAMS (Linux 6.9), as the target passed it. */
struct epoll_params_stat {
	__u32 busy_poll_usecs;
	__u16 busy_poll_budget;
	__u8 prefer_busy_poll;
	__u8 readable;
	__u64 calls;
	__u64 failed;
	__u32 last_tid;
	__u32 pad;
};

struct napi_key {
	__u32 tid;
	__u32 budget;
	char ifname[EVENTLOOP_IFNAME_LEN];
};

struct napi_stat {
	__u64 polls;
	__u64 work;                /* packets processed */
};

/* One record per socket or epoll fd of the target, written by the
 * task_file iterator (state that predates attach). */
enum eventloop_fd_record_kind {
	FDREC_SOCKET = 1,
	FDREC_EPOLL = 2,
};

struct eventloop_fd_record {
	__u32 kind;
	__s32 fd;
	/* sockets */
	__u16 family;
	__u16 type;
	__u16 protocol;
	__u8 state;                /* TCP state; 10 = LISTEN */
	__u8 prefer_busy_poll;
	__u16 local_port;
	__u16 busy_poll_budget;
	__u32 ll_usec;             /* SO_BUSY_POLL */
	__u32 napi_id;             /* for epoll: the NAPI id it would busy-poll */
	__u8 reuseport;
	__u8 pad[3];
	/* epoll (EPIOCSPARAMS values; 0 on kernels without them) */
	__u32 ep_busy_poll_usecs;
	__u16 ep_busy_poll_budget;
	__u8 ep_prefer_busy_poll;
	__u8 ep_params_known;      /* the kernel has the fields at all */
};

enum eventloop_counter {
	EVENTLOOP_EPOLL_MAP_FULL = 0,
	EVENTLOOP_SOCKIO_MAP_FULL = 1,
	EVENTLOOP_SOCKOPT_MAP_FULL = 2,
	EVENTLOOP_NAPI_MAP_FULL = 3,
	EVENTLOOP_STATE_STORE_FAILED = 4,
	EVENTLOOP_COUNTERS = 5,
};

#endif
