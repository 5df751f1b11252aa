/* Reading the target's /proc entries and files, as a privileged process
 * must: bounded, and never led by the target's symlinks to our own files. */
#ifndef STACKPROF_PROCFS_H
#define STACKPROF_PROCFS_H
#include <sys/stat.h>
#include <sys/types.h>
#include <linux/types.h>

__u64 monotonic_ns(void);

/* Bounded read of a small /proc file (not NUL-terminated); bytes read or -errno. */
ssize_t read_small(const char *path, char *buf, size_t len);

/* Opens a regular file for reading, checked on an O_PATH descriptor first so
 * a FIFO or device is never opened; resolve: openat2's RESOLVE_* flags.
 * Returns the fd, or -1 with errno (ELOOP for a symlink, ENODEV for not a
 * regular file). */
int open_regular(int dirfd, const char *path, __u64 resolve, int flags, struct stat *st);

/* open_regular for a path the loader built to reach the target's files:
 * "/proc/<pid>/root/<path>" is resolved inside that root (RESOLVE_IN_ROOT:
 * the target's symlinks cannot point outside it), anything else
 * (/proc/<pid>/exe, map_files) as it is. */
int open_target_file(const char *path, struct stat *st);

/* For a uprobe on a file inspected through open_target_file: opens
 * open_path again the same way and checks it is still that file (dev, ino);
 * fd_path gets "/proc/self/fd/N", the path to attach by. A plain path
 * would be looked up again by the kernel, outside the target's root, where
 * the target's symlinks lead anywhere. Returns the fd (close it once
 * attached: the uprobe holds the inode), or -1 with errno (ESTALE: another
 * file now). */
int reopen_for_uprobe(const char *open_path, dev_t dev, ino_t ino, char *fd_path, size_t len);

/* read_small for such a file (e.g. the target's /etc/ld.so.preload). */
ssize_t read_target_file(const char *path, char *buf, size_t len);
#endif
