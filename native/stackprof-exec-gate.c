/*
 * stackprof-exec-gate: the first half of `stackprof run -- COMMAND...`.
 *
 *   stackprof-exec-gate GATE_FD FILE ARGV0 [ARG...]
 *
 * Blocks until one byte arrives on GATE_FD, then closes it and execs FILE
 * with the argument vector ARGV0 ARG... (no PATH search: stackprof resolves
 * FILE itself, so a search's failed execve calls are not charged to the
 * command, and argv[0] stays what the user typed). The process keeps its PID across exec, so the profiler can
 * attach its probes to this PID first and release the gate once they are
 * live: the command's first instruction already runs under the probes.
 *
 * End of file on GATE_FD instead of a byte (the profiler could not attach, or
 * died) means "do not run": exit 125 without exec. Exec failures exit 127
 * (not found) or 126 (found but not runnable), as env(1) and timeout(1) do.
 * Not privileged: it runs as whoever runs stackprof.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char *end, byte;
	long fd;
	ssize_t n;

	if (argc < 4) {
		fprintf(stderr, "usage: stackprof-exec-gate GATE_FD FILE ARGV0 [ARG...]\n");
		return 125;
	}
	fd = strtol(argv[1], &end, 10);
	if (*end || fd < 0 || fd > 1024) {
		fprintf(stderr, "stackprof-exec-gate: bad gate fd '%s'\n", argv[1]);
		return 125;
	}
	do
		n = read((int)fd, &byte, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1)
		return 125;
	/* The command must not inherit the gate. */
	close((int)fd);
	execv(argv[2], &argv[3]);
	fprintf(stderr, "stackprof run: cannot run '%s': %s\n", argv[2], strerror(errno));
	return errno == ENOENT || errno == ENOTDIR ? 127 : 126;
}
