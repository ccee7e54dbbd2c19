/*
 * Growable byte buffers.
 *
 * A buffer is empty with data NULL and len and cap 0 (so a zeroed struct is
 * a valid empty buffer). Once anything has been added, data is non-NULL,
 * cap > len, and data[len] is always a NUL byte, so the contents can be
 * read as a C string at any moment. Growth doubles, keeping appends
 * amortised O(1).
 */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Makes room for len more bytes plus the terminating NUL. */
static void
util_buf_reserve(struct util_buf *b, size_t len)
{
	size_t	need, cap;

	if (len > SIZE_MAX - b->len - 1)
		fatal("buffer overflow: %zu + %zu bytes", b->len, len);
	need = b->len + len + 1;
	if (need <= b->cap)
		return;
	cap = b->cap == 0 ? 64 : b->cap;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
util_buf_init(struct util_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void
util_buf_clear(struct util_buf *b)
{
	free(b->data);
	util_buf_init(b);
}

void
util_buf_add(struct util_buf *b, const void *data, size_t len)
{
	util_buf_reserve(b, len);
	if (len != 0)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
util_buf_add_str(struct util_buf *b, const char *s)
{
	util_buf_add(b, s, strlen(s));
}

void
util_buf_add_char(struct util_buf *b, char c)
{
	/* Text is built a byte at a time: with room, skip the copy. */
	if (b->len + 1 < b->cap) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
		return;
	}
	util_buf_add(b, &c, 1);
}

/* Code points that cannot be encoded become U+FFFD so output stays valid. */
void
util_buf_add_cp(struct util_buf *b, int32_t cp)
{
	unsigned char	s[4];
	size_t		n;

	if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		util_buf_add_char(b, (char)cp);
		return;
	} else if (cp < 0x800) {
		s[0] = 0xc0 | (cp >> 6);
		s[1] = 0x80 | (cp & 0x3f);
		n = 2;
	} else if (cp < 0x10000) {
		s[0] = 0xe0 | (cp >> 12);
		s[1] = 0x80 | ((cp >> 6) & 0x3f);
		s[2] = 0x80 | (cp & 0x3f);
		n = 3;
	} else {
		s[0] = 0xf0 | (cp >> 18);
		s[1] = 0x80 | ((cp >> 12) & 0x3f);
		s[2] = 0x80 | ((cp >> 6) & 0x3f);
		s[3] = 0x80 | (cp & 0x3f);
		n = 4;
	}
	util_buf_add(b, s, n);
}

void
util_buf_printf(struct util_buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	util_buf_add_str(b, s);
	free(s);
}

char *
util_buf_steal(struct util_buf *b, size_t *len)
{
	char	*data;

	if (b->data == NULL)
		data = xcalloc(1, 1);
	else
		data = b->data;
	if (len != NULL)
		*len = b->len;
	util_buf_init(b);
	return data;
}
