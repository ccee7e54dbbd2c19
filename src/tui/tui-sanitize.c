/*
 * The one sanitiser between text and the terminal. Every string the reader
 * draws reaches the canvas a grapheme cluster at a time through
 * tui_sanitize_grapheme(), which returns glyphs: a spacing code point the
 * C library agrees is printable, plus the marks that combine with it.
 *
 * Articles are hostile input. An escape byte, any other C0 or C1 control
 * and a bidi override would change what the terminal does instead of what
 * it shows, so they are drawn inert: C0 in caret notation ("^["), C1, bidi
 * controls and invalid bytes as U+FFFD. The glyphs of a cluster are exactly
 * as wide as the columns reported, so the layout and the terminal always
 * agree on where things are: an emoji sequence the terminal might draw
 * wider is cut to its first part, and a shortfall is padded with spaces.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "util.h"
#include "tui-int.h"

#define TUI_SANITIZE_BAD	0xfffd

/* Bidi embeddings, overrides, isolates and marks: all drawn inert. */
static int
tui_sanitize_is_bidi(uint32_t cp)
{
	return (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f ||
	    cp == 0x061c;
}

/* Zero-width code points that must not ride along as marks. */
static int
tui_sanitize_is_joiner(uint32_t cp)
{
	return cp == 0x200b || cp == 0x200c || cp == 0x200d ||
	    cp == 0x2060 || cp == 0xfeff || tui_sanitize_is_bidi(cp);
}

static void
tui_sanitize_glyph_set(struct tui_glyph *g, uint32_t cp, int width)
{
	memset(g, 0, sizeof *g);
	g->cp[0] = cp;
	g->ncp = 1;
	g->width = (uint8_t)width;
}

/* Caret notation for C0 controls and DEL: two glyphs, "^[" for ESC. */
static int
tui_sanitize_caret(uint32_t cp, struct tui_glyph *out, int *cols)
{
	if (cp == '\t' || cp == '\n' || cp == '\r') {
		tui_sanitize_glyph_set(&out[0], ' ', 1);
		*cols += 1;
		return 1;
	}
	tui_sanitize_glyph_set(&out[0], '^', 1);
	tui_sanitize_glyph_set(&out[1], cp == 0x7f ? '?' : cp + 0x40, 1);
	*cols += 2;
	return 2;
}

static int
tui_sanitize_bad(struct tui_glyph *out, int *cols)
{
	tui_sanitize_glyph_set(&out[0], TUI_SANITIZE_BAD, 1);
	*cols += 1;
	return 1;
}

/* Splits a printable cluster into spacing units that fit target columns. */
static int
tui_sanitize_units(const char *s, size_t len, int target,
    struct tui_glyph *out, int *cols)
{
	size_t		i = 0;
	int		n = 0, used = 0, step, w;
	int32_t		cp;

	while (i < len && (step = util_utf8_decode(s + i, len - i, &cp)) > 0) {
		i += step;
		w = wcwidth((wchar_t)cp);
		if (w == 0 && n > 0 && !tui_sanitize_is_joiner(cp) &&
		    out[n - 1].ncp < TUI_GLYPH_CPS) {
			out[n - 1].cp[out[n - 1].ncp++] = cp;
			continue;
		}
		if (w <= 0)
			continue;
		if (used + w > target || n == TUI_GLYPHS_MAX - 1)
			break;
		tui_sanitize_glyph_set(&out[n++], cp, w);
		used += w;
	}
	if (n == 0 && target > 0) {
		tui_sanitize_glyph_set(&out[n++], TUI_SANITIZE_BAD, 1);
		used = 1;
	}
	while (used < target && n < TUI_GLYPHS_MAX) {
		tui_sanitize_glyph_set(&out[n++], ' ', 1);
		used++;
	}
	*cols += used;
	return n;
}

int
tui_sanitize_grapheme(const char *s, size_t len, int width,
    struct tui_glyph out[TUI_GLYPHS_MAX], int *cols)
{
	int32_t	cp;

	if (len == 0)
		return 0;
	if (util_utf8_decode(s, len, &cp) < 0)
		return tui_sanitize_bad(out, cols);
	if (cp < 0x20 || cp == 0x7f)
		return tui_sanitize_caret((uint32_t)cp, out, cols);
	if ((cp >= 0x80 && cp <= 0x9f) || tui_sanitize_is_bidi((uint32_t)cp))
		return tui_sanitize_bad(out, cols);
	if (width > 2)
		width = 2;
	return tui_sanitize_units(s, len, width, out, cols);
}

size_t
tui_sanitize_next(const char *s, size_t len, int *cols)
{
	struct tui_glyph	g[TUI_GLYPHS_MAX];
	size_t			n;
	int			w;
	unsigned char		c = (unsigned char)s[0];

	*cols = 0;
	if (len == 0)
		return 0;
	/* Plain ASCII before ASCII is a cluster of its own: the fast path
	 * that keeps a 2 MB article's first paint quick. */
	if (c >= 0x20 && c < 0x7f && (len == 1 || (unsigned char)s[1] < 0x80)) {
		*cols = 1;
		return 1;
	}
	n = util_utf8_grapheme_next(s, len, &w);
	tui_sanitize_grapheme(s, n, w, g, cols);
	return n;
}

int
tui_sanitize_width(const char *s, size_t len)
{
	size_t	i = 0, n;
	int	w, total = 0;

	while (i < len) {
		n = tui_sanitize_next(s + i, len - i, &w);
		total += w;
		i += n;
	}
	return total;
}

char *
tui_sanitize_string(const char *s, size_t len)
{
	struct tui_glyph	g[TUI_GLYPHS_MAX];
	struct util_buf		b;
	size_t			i = 0, n;
	int			w, k, j, cols;

	util_buf_init(&b);
	util_buf_add(&b, "", 0);
	while (i < len) {
		n = util_utf8_grapheme_next(s + i, len - i, &w);
		cols = 0;
		k = tui_sanitize_grapheme(s + i, n, w, g, &cols);
		for (j = 0; j < k; j++) {
			for (int m = 0; m < g[j].ncp; m++)
				util_buf_add_cp(&b, (int32_t)g[j].cp[m]);
		}
		i += n;
	}
	return util_buf_steal(&b, NULL);
}
