#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "frame.h"

static int write_all(int fd, const uint8_t *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

int frame_write(const Stackprof__V1__Frame *frame)
{
	size_t body = stackprof__v1__frame__get_packed_size(frame);
	uint8_t *buf = malloc(body + 10);
	size_t head = 0;
	uint64_t v = body;
	int err;

	if (!buf)
		return -ENOMEM;
	/* varint length prefix, as protobufjs Reader.decodeDelimited expects */
	do {
		buf[head++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
		v >>= 7;
	} while (v);
	stackprof__v1__frame__pack(frame, buf + head);
	err = write_all(STDOUT_FILENO, buf, head + body);
	free(buf);
	return err;
}

int frame_fatal(const char *code, const char *hint, const char *fmt, ...)
{
	Stackprof__V1__Frame frame = STACKPROF__V1__FRAME__INIT;
	Stackprof__V1__Fatal fatal = STACKPROF__V1__FATAL__INIT;
	char message[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	fatal.code = (char *)code;
	fatal.message = message;
	fatal.hint = (char *)(hint ? hint : "");
	frame.kind_case = STACKPROF__V1__FRAME__KIND_FATAL;
	frame.fatal = &fatal;
	/* stderr too, for people running the loader by hand */
	fprintf(stderr, "stackprof-loader: %s\n", message);
	return frame_write(&frame);
}
