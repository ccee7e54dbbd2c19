/*
 * Cutting a text dump into blocks.
 *
 * A dump is lines. Blank lines (spaces, tabs and no-break spaces count as
 * blank) end a block. Inside a run of lines, a line joins the one before
 * only when that one was full: the dump's wrap width is measured first
 * (the width 99% of the lines stay within), and a line is full when the
 * next line's first word would not have fitted behind it. So a wrapped
 * paragraph becomes one block, while a caption line followed by its credit
 * line, or a byline followed by a date, stay apart. A dump whose lines run
 * longer than any terminal (a browser's "save as text") is not wrapped at
 * all, and every line is its own block. A line starting with a list marker
 * ("  • item", "  1. item") always starts a block of its own.
 *
 * Invariants: every block's text is NUL-terminated, has no newline, and
 * is valid UTF-8 when the input was; one pass over the input plus one over
 * the line lengths, so the time is linear in the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "import-text.h"

/* Widths beyond this are "not wrapped"; w3m's widest sensible -cols. */
#define IMPORT_LINES_MAXWRAP	200
/* How far short of the width a full line may end (w3m breaks at spaces). */
#define IMPORT_LINES_SLACK	8
/* A run of lines narrower than this keeps the page's wrap width. */
#define IMPORT_LINES_MINWRAP	40

/* The list markers w3m and browsers print before an item. */
static const char *import_lines_bullets[] = {
	"•", "◦", "▪", "■", "□", "○", "☆", "★", "‣", "⁃", "·", "*", "-",
	"–", "—", "►", "▸", "→",
};

struct import_line {
	const char	*s;	/* the first non-blank byte */
	size_t		 len;	/* to the last non-blank byte */
	int		 indent;
	int		 width;	/* display columns of s[0..len) */
	int		 wrap;	/* the wrap width of its run of lines */
};

/* East Asian wide characters take two columns, as in w3m. */
static int
import_lines_cp_wide(int32_t cp)
{
	return (cp >= 0x1100 && cp <= 0x115f) ||
	    (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
	    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
	    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
}

static int
import_lines_width(const char *s, size_t len)
{
	size_t	 i = 0;
	int	 w = 0, n;
	int32_t	 cp;

	while (i < len) {
		n = util_utf8_decode(s + i, len - i, &cp);
		if (n <= 0) {
			i++;
			w++;
			continue;
		}
		w += import_lines_cp_wide(cp) ? 2 : 1;
		i += n;
	}
	return w;
}

/* Bytes of blank (space, tab, CR, U+00A0) at s, at most len. */
static size_t
import_lines_blank_span(const char *s, size_t len)
{
	size_t	 i = 0;

	for (;;) {
		if (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
			i++;
		else if (i + 1 < len && (unsigned char)s[i] == 0xc2 &&
		    (unsigned char)s[i + 1] == 0xa0)
			i += 2;
		else
			return i;
	}
}

/* Trims a raw line; len 0 means blank. */
static void
import_lines_trim(struct import_line *l, const char *s, size_t len)
{
	size_t	 lead = import_lines_blank_span(s, len), end = len;

	l->s = s + lead;
	l->indent = (int)lead;
	while (end > lead) {
		if (s[end - 1] == ' ' || s[end - 1] == '\t' ||
		    s[end - 1] == '\r')
			end--;
		else if (end >= lead + 2 && (unsigned char)s[end - 2] == 0xc2 &&
		    (unsigned char)s[end - 1] == 0xa0)
			end -= 2;
		else
			break;
	}
	l->len = end - lead;
	l->width = l->indent + import_lines_width(l->s, l->len);
}

/* Length of the list marker and its space at the line's start, or 0. */
static size_t
import_lines_marker(const char *s, size_t len)
{
	size_t	 i, n;

	for (i = 0; i < sizeof import_lines_bullets /
	    sizeof import_lines_bullets[0]; i++) {
		n = strlen(import_lines_bullets[i]);
		if (len >= n && memcmp(s, import_lines_bullets[i], n) == 0 &&
		    (len == n || s[n] == ' '))
			return len == n ? n : n + 1;
	}
	for (i = 0; i < len && i < 3 && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i > 0 && i + 1 < len && s[i] == '.' && s[i + 1] == ' ')
		return i + 2;
	return 0;
}

/* The wrap width: what 99% of the non-blank lines stay within. */
static int
import_lines_wrap_width(const struct import_line *lines, size_t n)
{
	size_t	 hist[IMPORT_LINES_MAXWRAP + 2] = { 0 };
	size_t	 i, total = 0, above = 0;
	int	 w;

	for (i = 0; i < n; i++) {
		if (lines[i].len == 0)
			continue;
		w = lines[i].width;
		hist[w > IMPORT_LINES_MAXWRAP ? IMPORT_LINES_MAXWRAP + 1 : w]++;
		total++;
	}
	for (w = IMPORT_LINES_MAXWRAP + 1; w > 0; w--) {
		above += hist[w];
		if (above * 100 > total)
			return w;
	}
	return 0;
}

/* Display width of the first word of a line. */
static int
import_lines_first_word(const struct import_line *l)
{
	size_t	 n = 0;

	while (n < l->len && l->s[n] != ' ')
		n++;
	return import_lines_width(l->s, n);
}

/* Would line l have fitted behind prev in a box wrap columns wide? */
static int
import_lines_full(const struct import_line *prev, const struct import_line *l,
    int wrap)
{
	return prev->width + 1 + import_lines_first_word(l) >
	    wrap - IMPORT_LINES_SLACK;
}

/*
 * The wrap width of the run of lines a..b-1: a box narrower than the page
 * (a column beside a sidebar) wraps at its own width, which is its widest
 * line when nearly every line of the run is full at that width. A run of
 * one or two lines (a caption and its credit) proves nothing.
 */
static int
import_lines_run_wrap(const struct import_line *lines, size_t a, size_t b,
    int wrap)
{
	size_t	 i, full = 0;
	int	 max = 0;

	for (i = a; i < b; i++)
		if (lines[i].width > max)
			max = lines[i].width;
	if (max < IMPORT_LINES_MINWRAP || b - a < 3)
		return wrap;
	for (i = a + 1; i < b; i++)
		full += import_lines_full(&lines[i - 1], &lines[i], max);
	return full >= 2 && full * 4 >= (b - a - 1) * 3 ? max : wrap;
}

/* Sets every line's wrap width, run by run of non-blank lines. */
static void
import_lines_wrap_set(struct import_line *lines, size_t n, int wrap)
{
	size_t	 a = 0, b, i;
	int	 w;

	while (a < n) {
		for (b = a; b < n && lines[b].len > 0; b++)
			;
		w = import_lines_run_wrap(lines, a, b, wrap);
		for (i = a; i <= b && i < n; i++)
			lines[i].wrap = w;
		a = b + 1;
	}
}

static struct import_block *
import_page_block_new(struct import_page *page, const struct import_line *l)
{
	struct import_block	*b;

	if (page->n == page->cap) {
		page->cap = page->cap ? page->cap * 2 : 64;
		page->blocks = xreallocarray(page->blocks, page->cap,
		    sizeof *page->blocks);
	}
	b = &page->blocks[page->n++];
	memset(b, 0, sizeof *b);
	b->indent = l->indent;
	return b;
}

/* Wide characters on both sides of a join need no space between them. */
static int
import_lines_join_tight(const struct util_buf *buf, const struct import_line *l)
{
	size_t	 i = buf->len;
	int32_t	 a, b;

	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)buf->data[i] & 0xc0) == 0x80)
		i--;
	if (util_utf8_decode(buf->data + i, buf->len - i, &a) <= 0 ||
	    util_utf8_decode(l->s, l->len, &b) <= 0)
		return 0;
	return import_lines_cp_wide(a) && import_lines_cp_wide(b);
}

static void
import_page_block_end(struct import_page *page, struct util_buf *buf)
{
	struct import_block	*b;

	if (page->n == 0 || buf->len == 0)
		return;
	b = &page->blocks[page->n - 1];
	b->text = util_buf_steal(buf, &b->len);
}

/* Lines of the dump, trimmed; *n gets their number. Caller frees. */
static struct import_line *
import_lines_split(const char *text, size_t len, size_t *n)
{
	struct import_line	*lines = NULL;
	size_t			 cap = 0, i = 0, eol;
	const char		*nl;

	*n = 0;
	while (i < len) {
		nl = memchr(text + i, '\n', len - i);
		eol = nl != NULL ? (size_t)(nl - text) : len;
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			lines = xreallocarray(lines, cap, sizeof *lines);
		}
		import_lines_trim(&lines[(*n)++], text + i, eol - i);
		i = eol + 1;
	}
	return lines;
}

void
import_page_segment(struct import_page *page, const char *text, size_t len)
{
	struct import_line	*lines, *prev = NULL;
	struct import_block	*b = NULL;
	struct util_buf		 buf;
	size_t			 n, i, mark;
	int			 wrap;

	memset(page, 0, sizeof *page);
	lines = import_lines_split(text, len, &n);
	wrap = import_lines_wrap_width(lines, n);
	import_lines_wrap_set(lines, n, wrap);
	util_buf_init(&buf);
	for (i = 0; i < n; i++) {
		if (lines[i].len == 0) {
			import_page_block_end(page, &buf);
			b = NULL;
			prev = NULL;
			continue;
		}
		mark = import_lines_marker(lines[i].s, lines[i].len);
		if (b != NULL && mark == 0 && wrap <= IMPORT_LINES_MAXWRAP &&
		    import_lines_full(prev, &lines[i], lines[i].wrap)) {
			if (!import_lines_join_tight(&buf, &lines[i]))
				util_buf_add_char(&buf, ' ');
			util_buf_add(&buf, lines[i].s, lines[i].len);
		} else {
			import_page_block_end(page, &buf);
			b = import_page_block_new(page, &lines[i]);
			b->glued = prev != NULL;
			if (mark > 0)
				b->shape |= IMPORT_SHAPE_ITEM;
			b->mark = mark;
			util_buf_add(&buf, lines[i].s, lines[i].len);
		}
		prev = &lines[i];
	}
	import_page_block_end(page, &buf);
	util_buf_clear(&buf);
	free(lines);
}

void
import_page_clear(struct import_page *page)
{
	size_t	 i;

	for (i = 0; i < page->n; i++)
		free(page->blocks[i].text);
	free(page->blocks);
	memset(page, 0, sizeof *page);
}
