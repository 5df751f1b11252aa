/* The asm-generic syscall numbers LKL uses (include/uapi/asm-generic/unistd.h),
 * for the calls the stand-in routes. generic_check.c checks every one against
 * the system's own asm-generic header at build time. */
#ifndef LKL_STANDIN_NR_H
#define LKL_STANDIN_NR_H

#define LKL__NR_epoll_create1 20
#define LKL__NR_epoll_ctl 21
#define LKL__NR_epoll_pwait 22
#define LKL__NR_close 57
#define LKL__NR_read 63
#define LKL__NR_write 64
#define LKL__NR_readv 65
#define LKL__NR_writev 66
#define LKL__NR_socket 198
#define LKL__NR_bind 200
#define LKL__NR_listen 201
#define LKL__NR_accept 202
#define LKL__NR_connect 203
#define LKL__NR_getsockname 204
#define LKL__NR_getpeername 205
#define LKL__NR_sendto 206
#define LKL__NR_recvfrom 207
#define LKL__NR_setsockopt 208
#define LKL__NR_getsockopt 209
#define LKL__NR_shutdown 210
#define LKL__NR_sendmsg 211
#define LKL__NR_recvmsg 212
#define LKL__NR_accept4 242
/* Older LKL revisions still used the deprecated asm-generic number for
 * epoll_wait; newer lkl.h maps lkl_sys_epoll_wait onto epoll_pwait (22). */
#define LKL__NR_epoll_wait_deprecated 1069

/* lkl_syscall numbers are below this. */
#define LKL__NR_max 1080
#endif
