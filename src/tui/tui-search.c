/*
 * Search, case- and accent-insensitive: the query and each block's text
 * are case folded with marks stripped (util_utf8_fold), the text one code
 * point at a time so that every folded byte remembers the code point it
 * came from. A match in folded text is then a range of canonical code
 * points, the coordinates everything else in the reader uses.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "tui-int.h"

/* A block's text folded, with the code point each byte came from. */
struct tui_search_text {
	struct util_buf	 folded;
	size_t		*from;
	size_t		 cap;
};

static void
tui_search_push(struct tui_search_text *t, const char *s, size_t n,
    size_t cp)
{
	size_t	i;

	if (t->folded.len + n > t->cap) {
		t->cap = (t->folded.len + n) * 2 + 64;
		t->from = xreallocarray(t->from, t->cap, sizeof *t->from);
	}
	for (i = 0; i < n; i++)
		t->from[t->folded.len + i] = cp;
	util_buf_add(&t->folded, s, n);
}

static void
tui_search_fold(struct tui_search_text *t, const char *s, size_t len)
{
	size_t	i = 0, cp = 0;
	int	step;
	int32_t	c;
	char	*f, one;

	t->folded.len = 0;
	while (i < len) {
		one = s[i];
		if ((unsigned char)one < 0x80) {
			if (one >= 'A' && one <= 'Z')
				one = (char)(one - 'A' + 'a');
			tui_search_push(t, &one, 1, cp++);
			i++;
			continue;
		}
		step = util_utf8_decode(s + i, len - i, &c);
		if (step < 0) {
			i++;
			cp++;
			continue;
		}
		f = xstrndup(s + i, (size_t)step);
		{
			char	*g = util_utf8_fold(f, 1);

			tui_search_push(t, g, strlen(g), cp++);
			free(g);
		}
		free(f);
		i += (size_t)step;
	}
	util_buf_add(&t->folded, "", 0);
}

/* Adds the matches of q (folded) in block b. */
static size_t
tui_search_block(struct tui_search_text *t, const struct doc_block *b,
    const char *q, struct tui_ranges *out)
{
	const char	*hit, *at;
	size_t		 qlen = strlen(q), n = 0, s, e;

	tui_search_fold(t, b->text, b->text_len);
	at = t->folded.data;
	while (at != NULL && (hit = strstr(at, q)) != NULL) {
		s = (size_t)(hit - t->folded.data);
		e = s + qlen - 1;
		tui_ranges_add(out, b->start + t->from[s],
		    b->start + t->from[e] + 1, 0);
		n++;
		at = hit + qlen;
	}
	return n;
}

size_t
tui_search_run(const struct doc *doc, const char *query,
    struct tui_ranges *out)
{
	struct tui_search_text	 t;
	char			*q;
	size_t			 i, n = 0;

	q = util_utf8_fold(query, 1);
	if (*q == '\0') {
		free(q);
		return 0;
	}
	memset(&t, 0, sizeof t);
	util_buf_init(&t.folded);
	for (i = 0; i < doc->nblocks; i++)
		n += tui_search_block(&t, &doc->blocks[i], q, out);
	util_buf_clear(&t.folded);
	free(t.from);
	free(q);
	tui_ranges_sort(out);
	return n;
}
