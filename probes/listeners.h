/* Types and limits shared by probes/listeners.bpf.c and native/listeners.c.
 * Fixed-width fields only, padding written out, so both sides agree on layout. */
#ifndef STACKPROF_LISTENERS_H
#define STACKPROF_LISTENERS_H

#define LISTENERS_MAX_SOCKETS 4096    /* listen()/bind() events, by socket inode */
#define LISTENERS_MAX_ACCEPTS 8192    /* (socket inode, thread) pairs of accept() */
/* Slots of a reuseport group searched for the socket. The kernel allows
 * 65535 sockets in a group; servers run one per CPU, so 256 covers every
 * machine stackprof is likely to meet, and the miss is counted. */
#define LISTENERS_GROUP_SCAN 256
#define LISTENERS_PROG_NAME_LEN 16    /* BPF_OBJ_NAME_LEN */

/* As the proto's Steering enum. */
enum listeners_steering {
	STEER_NONE = 0,
	STEER_CBPF_CPU = 1,                 /* ld [SKF_AD_OFF+SKF_AD_CPU]; ret a */
	STEER_CBPF_OTHER = 2,
	STEER_EBPF = 3,
};

/* The first successful listen() (TCP) or bind() (UDP) of a socket while
 * attached: the call that fixed its place in the reuseport group. */
struct listen_event {
	__u64 monotonic_ns;
	__u32 tid;
	__s32 cpu;
	__u32 syscall;                      /* LISTEN_BY_LISTEN or LISTEN_BY_BIND */
	__u32 pad;
};

enum listen_syscall {
	LISTEN_BY_LISTEN = 1,
	LISTEN_BY_BIND = 2,
};

struct accept_key {
	__u64 inode;
	__u32 tid;
	__u32 pad;
};

struct accept_stat {
	__u64 calls;                        /* accept()/accept4() that returned while attached */
	__u64 accepted;                     /* of which returned a connection */
};

/* One record per listening socket of the target, written by the task_file
 * iterator: the state as it is now, whenever the socket was made. */
struct listener_record {
	__s32 fd;
	__u32 group_id;                     /* reuseport_id; 0: not in a group */
	__u64 inode;
	__u16 family;
	__u16 type;
	__u16 protocol;
	__u16 local_port;
	__u8 local_addr[16];                /* network order; the first 4 bytes for AF_INET */
	__u16 group_size;                   /* num_socks */
	__s16 group_index;                  /* -1: not in a group, or not found */
	__u8 reuseport;
	__u8 steering;                      /* enum listeners_steering */
	__u8 group_scan_truncated;          /* not found within LISTENERS_GROUP_SCAN slots */
	__u8 pad;
	__u32 steering_insns;               /* classic programs: instruction count */
	__u32 steering_prog_id;             /* eBPF programs */
	char steering_prog_name[LISTENERS_PROG_NAME_LEN];
	__s32 incoming_cpu;
	__u32 ll_usec;                      /* SO_BUSY_POLL */
};

enum listeners_counter {
	LISTENERS_EVENT_MAP_FULL = 0,
	LISTENERS_COUNTERS = 1,
};

#endif
