/*
 * load: reads a source whole into memory, refusing what cannot be an
 * article (nothing, a directory, binary data, more than the size cap) with
 * a one-line cause, and hands on valid UTF-8. Standard input is read in
 * chunks and stopped as soon as it passes the cap, so a endless pipe cannot
 * exhaust memory.
 *
 * The kind is sniffed on the raw bytes (markup is ASCII in every charset a
 * page may use but UTF-16, which is converted first). HTML is converted
 * from its own charset (load-charset.c); text is taken as UTF-8 and
 * repaired, as a text dump carries no declaration to go by.
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

/* True when data[0..len) is nothing but ASCII white space. */
static int
load_bytes_blank(const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' &&
		    data[i] != '\r' && data[i] != '\f' && data[i] != '\v')
			return 0;
	}
	return 1;
}

/* A UTF-16 byte-order mark: the one case where NUL bytes are text. */
static int
load_bytes_utf16(const char *data, size_t len)
{
	return len >= 2 && (memcmp(data, "\xff\xfe", 2) == 0 ||
	    memcmp(data, "\xfe\xff", 2) == 0);
}

/*
 * Checks raw bytes and turns them into valid UTF-8 without a BOM: HTML
 * from its charset, text (and UTF-16 of either kind) as it says.
 */
int
load_bytes(const char *name, const char *data, size_t len,
    const char *charset, struct load_result *out, char **cause)
{
	size_t	 bom;

	memset(out, 0, sizeof *out);
	if (load_bytes_blank(data, len))
		return util_cause_set(cause, "%s: empty", name);
	if (load_bytes_utf16(data, len)) {
		out->data = load_charset_to_utf8(data, len, NULL, &out->len,
		    &out->invalid, out->charset, sizeof out->charset);
		out->kind = load_sniff(out->data, out->len);
		return 0;
	}
	if (memchr(data, '\0', len) != NULL)
		return util_cause_set(cause,
		    "%s: binary data (NUL bytes), not a text or HTML page",
		    name);
	bom = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	out->kind = load_sniff(data + bom, len - bom);
	if (out->kind == LOAD_KIND_HTML) {
		out->data = load_charset_to_utf8(data, len, charset,
		    &out->len, &out->invalid, out->charset,
		    sizeof out->charset);
		return 0;
	}
	out->data = util_utf8_repair(data + bom, len - bom, &out->len,
	    &out->invalid);
	strcpy(out->charset, "UTF-8");
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
	if (load_url_is(source)) {
		struct load_net_options	 net = { .max_size = max_size };

		return load_url(source, &net, out, cause);
	}
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
		rc = load_bytes(name, raw.data, raw.len, NULL, out, cause);
	util_buf_clear(&raw);
	return rc;
}

void
load_result_clear(struct load_result *result)
{
	free(result->data);
	free(result->url);
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
