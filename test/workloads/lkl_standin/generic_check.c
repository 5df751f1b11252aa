/* Build-time check that lkl_nr.h matches the asm-generic table. A separate
 * file: the generic numbers and the host's (<sys/syscall.h>) share names. */
#include <asm-generic/unistd.h>
#include "lkl_nr.h"

#define SAME(name) _Static_assert(LKL__NR_##name == __NR_##name, "asm-generic number of " #name)
SAME(epoll_create1);
SAME(epoll_ctl);
SAME(epoll_pwait);
SAME(close);
SAME(read);
SAME(write);
SAME(readv);
SAME(writev);
SAME(socket);
SAME(bind);
SAME(listen);
SAME(accept);
SAME(connect);
SAME(getsockname);
SAME(getpeername);
SAME(sendto);
SAME(recvfrom);
SAME(setsockopt);
SAME(getsockopt);
SAME(shutdown);
SAME(sendmsg);
SAME(recvmsg);
SAME(accept4);

/* An object file may not be empty (ISO C). */
int lkl_standin_generic_checked;
