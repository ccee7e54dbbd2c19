/*
 * load: reads a source whole into memory, refusing what cannot be an
 * article (nothing, a directory, binary data, more than the size cap) with
 * a one-line cause, and hands on valid UTF-8. Standard input is read in
 * chunks and stopped as soon as it passes the cap, so a endless pipe cannot
 * exhaust memory.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load.h"
#include "util.h"

static int
load_fd_read(int fd, const char *name, size_t max_size, struct util_buf *buf,
    char **cause)
{
	char	 chunk[65536];
	ssize_t	 n;

	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n == 0)
			return 0;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return util_cause_set(cause, "%s: %s", name,
			    strerror(errno));
		}
		if (buf->len + (size_t)n > max_size)
			return util_cause_set(cause,
			    "%s: larger than %zu bytes (see --max-size)", name,
			    max_size);
		util_buf_add(buf, chunk, (size_t)n);
	}
}

static int
load_path_open(const char *path, size_t max_size, char **cause)
{
	struct stat	 st;
	int		 fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return util_cause_set(cause, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) == -1) {
		close(fd);
		return util_cause_set(cause, "%s: %s", path, strerror(errno));
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return util_cause_set(cause, "%s: is a directory", path);
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_size) {
		close(fd);
		return util_cause_set(cause,
		    "%s: larger than %zu bytes (see --max-size)", path,
		    max_size);
	}
	return fd;
}

/* Checks raw bytes and turns them into valid UTF-8 without a BOM. */
static int
load_bytes_accept(const char *name, struct util_buf *raw,
    struct load_result *out, char **cause)
{
	const char	*data = raw->data;
	size_t		 len = raw->len, i;

	for (i = 0; i < len; i++) {
		if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' &&
		    data[i] != '\r' && data[i] != '\f' && data[i] != '\v')
			break;
	}
	if (i == len)
		return util_cause_set(cause, "%s: empty", name);
	if (memchr(data, '\0', len) != NULL)
		return util_cause_set(cause,
		    "%s: binary data (NUL bytes), not a text or HTML page",
		    name);
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	out->data = util_utf8_repair(data, len, &out->len, &out->invalid);
	out->kind = load_sniff(out->data, out->len);
	return 0;
}

int
load_source(const char *source, size_t max_size, struct load_result *out,
    char **cause)
{
	struct util_buf	 raw;
	const char	*name = source;
	int		 fd, rc;

	memset(out, 0, sizeof *out);
	if (strcmp(source, "-") == 0) {
		fd = STDIN_FILENO;
		name = "standard input";
	} else if ((fd = load_path_open(source, max_size, cause)) == -1)
		return -1;
	util_buf_init(&raw);
	rc = load_fd_read(fd, name, max_size, &raw, cause);
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc == 0)
		rc = load_bytes_accept(name, &raw, out, cause);
	util_buf_clear(&raw);
	return rc;
}

void
load_result_clear(struct load_result *result)
{
	free(result->data);
	memset(result, 0, sizeof *result);
}

/* Case-insensitive prefix test on ASCII. */
static int
load_sniff_prefix(const char *data, size_t len, const char *prefix)
{
	size_t	 n = strlen(prefix);

	if (len < n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = data[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != prefix[i])
			return 0;
	}
	return 1;
}

enum load_kind
load_sniff(const char *data, size_t len)
{
	static const char *starts[] = {
		"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml",
		"<meta", "<title", "<div", "<article", "<p>", "<p ",
	};
	size_t	 i = 0;

	while (i < len && (data[i] == ' ' || data[i] == '\t' ||
	    data[i] == '\n' || data[i] == '\r'))
		i++;
	for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
		if (load_sniff_prefix(data + i, len - i, starts[k]))
			return LOAD_KIND_HTML;
	}
	return LOAD_KIND_TEXT;
}
