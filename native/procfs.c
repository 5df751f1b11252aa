/* See procfs.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include "procfs.h"

__u64 monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (__u64)ts.tv_sec * 1000000000ull + (__u64)ts.tv_nsec;
}

ssize_t read_small(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	ssize_t n, total = 0;

	if (fd < 0)
		return -errno;
	while ((size_t)total < len && (n = read(fd, buf + total, len - (size_t)total)) > 0)
		total += n;
	close(fd);
	return total;
}

/* Opens path for reading only once it is known to be a regular file: an
 * O_PATH descriptor is checked first, so a device node or FIFO the target
 * put there is never opened (opening some devices has effects, a FIFO
 * blocks). dirfd and resolve as for openat2. Returns -1 with errno set:
 * ELOOP for a symlink (with O_NOFOLLOW in flags), ENODEV for anything
 * else that is not a regular file. */
int open_regular(int dirfd, const char *path, __u64 resolve, int flags, struct stat *st)
{
	struct open_how how = { .flags = (__u64)(O_PATH | O_CLOEXEC | flags), .resolve = resolve };
	char self[64];
	int p, fd;

	p = (int)syscall(SYS_openat2, dirfd, path, &how, sizeof(how));
	if (p < 0 && errno == ENOSYS)   /* before Linux 5.6: no RESOLVE_* */
		p = openat(dirfd, path, O_PATH | O_CLOEXEC | flags);
	if (p < 0)
		return -1;
	if (fstat(p, st)) {
		close(p);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		close(p);
		errno = S_ISLNK(st->st_mode) ? ELOOP : ENODEV;
		return -1;
	}
	/* The O_PATH descriptor pins the inode: this opens the file checked. */
	snprintf(self, sizeof(self), "/proc/self/fd/%d", p);
	fd = open(self, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	close(p);
	return fd;
}

int open_target_file(const char *path, struct stat *st)
{
	char root[64];
	int pid, end = 0, dirfd, fd;

	if (sscanf(path, "/proc/%d/root/%n", &pid, &end) != 1 || end == 0)
		return open_regular(AT_FDCWD, path, 0, 0, st);
	snprintf(root, sizeof(root), "/proc/%d/root", pid);
	dirfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (dirfd < 0)
		return -1;
	fd = open_regular(dirfd, path + end, RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS, 0, st);
	close(dirfd);
	return fd;
}

int reopen_for_uprobe(const char *open_path, dev_t dev, ino_t ino, char *fd_path, size_t len)
{
	struct stat st;
	int fd = open_target_file(open_path, &st);

	if (fd < 0)
		return -1;
	if (st.st_dev != dev || st.st_ino != ino) {
		close(fd);
		errno = ESTALE;
		return -1;
	}
	snprintf(fd_path, len, "/proc/self/fd/%d", fd);
	return fd;
}

ssize_t read_target_file(const char *path, char *buf, size_t len)
{
	struct stat st;
	int fd = open_target_file(path, &st);
	ssize_t n, total = 0;

	if (fd < 0)
		return -errno;
	while ((size_t)total < len && (n = read(fd, buf + total, len - (size_t)total)) > 0)
		total += n;
	close(fd);
	return total;
}
