/*
 * The note prompt's line editor: UTF-8 text in a buffer and a cursor that
 * is a byte offset always on a grapheme cluster boundary. Every motion and
 * deletion steps by whole clusters (util_utf8_grapheme_next), so "ä" typed
 * as a + U+0308, a CJK character or a family emoji moves and goes away as
 * one thing, the way a reader sees it. Moving left has no backward
 * segmenter to ask, so it walks the clusters from the start; a note is
 * short enough for that. Keys come in as the reader's key codes; what the
 * caller must do (save, cancel, run an editor) comes back as a result.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "tui-int.h"

/* A note longer than this is a job for $EDITOR (Ctrl-E). */
#define TUI_PROMPT_MAX	65536

void
tui_prompt_init(struct tui_prompt *p)
{
	util_buf_init(&p->text);
	util_buf_add(&p->text, "", 0);
	p->cur = 0;
}

void
tui_prompt_clear(struct tui_prompt *p)
{
	util_buf_clear(&p->text);
	p->cur = 0;
}

void
tui_prompt_set(struct tui_prompt *p, const char *s)
{
	util_buf_clear(&p->text);
	util_buf_add(&p->text, s != NULL ? s : "", s != NULL ? strlen(s) : 0);
	p->cur = p->text.len;
}

const char *
tui_prompt_text(const struct tui_prompt *p)
{
	return p->text.data != NULL ? p->text.data : "";
}

/* The boundary after the cluster at byte at. */
static size_t
tui_prompt_next(const struct tui_prompt *p, size_t at)
{
	int	w;

	if (at >= p->text.len)
		return p->text.len;
	return at + util_utf8_grapheme_next(p->text.data + at,
	    p->text.len - at, &w);
}

/* The boundary before at: the last cluster start below it. */
static size_t
tui_prompt_prev(const struct tui_prompt *p, size_t at)
{
	size_t	pos = 0, next;

	while (pos < at) {
		next = tui_prompt_next(p, pos);
		if (next >= at)
			break;
		pos = next;
	}
	return pos;
}

/* Removes text[a..b) and leaves the cursor at a. */
static void
tui_prompt_cut(struct tui_prompt *p, size_t a, size_t b)
{
	if (b <= a)
		return;
	memmove(p->text.data + a, p->text.data + b, p->text.len - b + 1);
	p->text.len -= b - a;
	p->cur = a;
}

void
tui_prompt_insert(struct tui_prompt *p, int32_t cp)
{
	struct util_buf	one;
	size_t		n;

	if (p->text.len >= TUI_PROMPT_MAX)
		return;
	util_buf_init(&one);
	util_buf_add_cp(&one, cp);
	n = one.len;
	util_buf_add(&p->text, one.data, n);	/* room at the end */
	memmove(p->text.data + p->cur + n, p->text.data + p->cur,
	    p->text.len - n - p->cur);
	memcpy(p->text.data + p->cur, one.data, n);
	p->text.data[p->text.len] = '\0';
	util_buf_clear(&one);
	/* A combining mark joins the cluster before it: the cursor goes
	 * after that whole cluster, never inside it. */
	p->cur = tui_prompt_next(p, tui_prompt_prev(p, p->cur + n));
}

void
tui_prompt_left(struct tui_prompt *p)
{
	p->cur = tui_prompt_prev(p, p->cur);
}

void
tui_prompt_right(struct tui_prompt *p)
{
	p->cur = tui_prompt_next(p, p->cur);
}

void
tui_prompt_home(struct tui_prompt *p)
{
	p->cur = 0;
}

void
tui_prompt_end(struct tui_prompt *p)
{
	p->cur = p->text.len;
}

void
tui_prompt_backspace(struct tui_prompt *p)
{
	tui_prompt_cut(p, tui_prompt_prev(p, p->cur), p->cur);
}

void
tui_prompt_delete(struct tui_prompt *p)
{
	tui_prompt_cut(p, p->cur, tui_prompt_next(p, p->cur));
}

/* Typed text: printable code points only, never controls or C1. */
static int
tui_prompt_printable(int key)
{
	return key >= 0x20 && key < TUI_KEY_BASE && key != 0x7f &&
	    !(key >= 0x80 && key < 0xa0) && !(key >= 0xd800 && key < 0xe000);
}

enum tui_prompt_result
tui_prompt_key(struct tui_prompt *p, int key)
{
	switch (key) {
	case TUI_KEY_ENTER:
	case '\r':
		return TUI_PROMPT_DONE;
	case TUI_KEY_ESC:
	case TUI_KEY_CTRL('g'):
		return TUI_PROMPT_CANCEL;
	case TUI_KEY_CTRL('e'):
		return TUI_PROMPT_EXTERNAL;
	case TUI_KEY_LEFT:
	case TUI_KEY_CTRL('b'):
		tui_prompt_left(p);
		break;
	case TUI_KEY_RIGHT:
	case TUI_KEY_CTRL('f'):
		tui_prompt_right(p);
		break;
	case TUI_KEY_HOME:
	case TUI_KEY_CTRL('a'):
		tui_prompt_home(p);
		break;
	case TUI_KEY_END:
		tui_prompt_end(p);
		break;
	case TUI_KEY_BACKSPACE:
	case 0x7f:
	case 8:
		tui_prompt_backspace(p);
		break;
	case TUI_KEY_DELETE:
	case TUI_KEY_CTRL('d'):
		tui_prompt_delete(p);
		break;
	case TUI_KEY_CTRL('u'):
		tui_prompt_cut(p, 0, p->cur);
		break;
	default:
		if (!tui_prompt_printable(key))
			return TUI_PROMPT_IGNORED;
		tui_prompt_insert(p, key);
	}
	return TUI_PROMPT_EDIT;
}

/* Display width of text[a..b) once sanitised. */
static int
tui_prompt_width(const struct tui_prompt *p, size_t a, size_t b)
{
	return tui_sanitize_width(p->text.data + a, b - a);
}

/*
 * Draws the text in w columns from x with the cluster under the cursor in
 * reverse (a reversed space at the end). When the text does not fit, it
 * scrolls so that the cursor stays in view with some of what came before.
 */
void
tui_prompt_draw(const struct tui_prompt *p, struct tui_canvas *c, int x,
    int y, int w, uint16_t style)
{
	size_t	start = 0, after = tui_prompt_next(p, p->cur);
	int	used, keep = w > 12 ? w / 4 : 0;

	if (w <= 1)
		return;
	while (start < p->cur && tui_prompt_width(p, start, p->cur) >
	    w - 1 - keep)
		start = tui_prompt_next(p, start);
	used = 0;
	if (p->cur > start)
		used = tui_canvas_text_n(c, x, y, w - 1, p->text.data + start,
		    p->cur - start, style, 0);
	if (after > p->cur)
		used += tui_canvas_text_n(c, x + used, y, w - used,
		    p->text.data + p->cur, after - p->cur,
		    (uint16_t)(style | TUI_MARK_FOCUS), 0);
	else
		used += tui_canvas_text_n(c, x + used, y, 1, " ", 1,
		    (uint16_t)(style | TUI_MARK_FOCUS), 0);
	if (after < p->text.len && used < w)
		tui_canvas_text_n(c, x + used, y, w - used,
		    p->text.data + after, p->text.len - after, style, 0);
}
