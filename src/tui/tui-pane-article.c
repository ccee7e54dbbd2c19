/*
 * The article pane: the layout wrapped to the pane's text width (cached
 * until the width changes) and the index of the first line shown. The
 * reading position is kept as an anchor (a piece and a byte in it) set
 * only by scrolling and jumps, never by a resize, so going narrow and back
 * returns to exactly the same first line.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "tui-int.h"

#define TUI_ARTICLE_MEASURE	100	/* the longest line worth reading */

struct tui_article {
	struct tui_layout	layout;
	size_t			top;
	size_t			anchor_piece, anchor_byte;
	int			w, h, margin;
};

static struct tui_article *
tui_article_data(struct tui_pane *p)
{
	return p->data;
}

static size_t
tui_article_max_top(const struct tui_article *a)
{
	return a->layout.nlines > (size_t)a->h ? a->layout.nlines -
	    (size_t)a->h : 0;
}

static void
tui_article_anchor(struct tui_article *a)
{
	const struct tui_line	*line;

	if (a->layout.nlines == 0)
		return;
	line = &a->layout.lines[a->top];
	a->anchor_piece = line->piece;
	a->anchor_byte = line->blank ? 0 : line->start;
	if (line->blank)
		a->anchor_byte = (size_t)-1;	/* the gap before a piece */
}

/* The first line of the anchor, or its gap when the anchor is one. */
static size_t
tui_article_anchor_line(const struct tui_article *a)
{
	size_t	i;

	if (a->anchor_byte != (size_t)-1)
		return tui_layout_find(&a->layout, a->anchor_piece,
		    a->anchor_byte);
	i = tui_layout_find(&a->layout, a->anchor_piece, 0);
	while (i > 0 && a->layout.lines[i - 1].blank &&
	    a->layout.lines[i - 1].piece == a->anchor_piece)
		i--;
	return i;
}

static void
tui_article_resize(struct tui_pane *p, int w, int h)
{
	struct tui_article	*a = tui_article_data(p);
	int			 tw;

	a->w = w;
	a->h = h > 0 ? h : 1;
	a->margin = w > 30 ? 2 : w > 10 ? 1 : 0;
	tw = w - 2 * a->margin;
	if (tw > TUI_ARTICLE_MEASURE)
		tw = TUI_ARTICLE_MEASURE;
	tui_layout_wrap(&a->layout, tw);
	a->top = tui_article_anchor_line(a);
}

/* The line with a canonical cp nearest row y of the view. */
static size_t
tui_article_canon_line(struct tui_article *a, size_t i, int dir)
{
	const struct tui_layout	*l = &a->layout;

	while (i < l->nlines && (l->lines[i].blank ||
	    l->pieces[l->lines[i].piece].cp == (size_t)-1)) {
		if (dir < 0 && i == 0)
			return (size_t)-1;
		i += (size_t)(long)dir;
	}
	return i < l->nlines ? i : (size_t)-1;
}

/* After a scroll: a cursor that left the view comes along with it. */
static void
tui_article_follow(struct tui_pane *p, int dir)
{
	struct tui_article	*a = tui_article_data(p);
	struct tui		*t = p->tui;
	size_t			 cl, i;

	if (a->layout.nlines == 0 || t->doc->nblocks == 0)
		return;
	cl = tui_layout_find_cp(&a->layout, t->cur);
	if (cl >= a->top && cl < a->top + (size_t)a->h)
		return;
	i = dir > 0 ? a->top : a->top + (size_t)a->h - 1;
	if (i >= a->layout.nlines)
		i = a->layout.nlines - 1;
	if ((cl = tui_article_canon_line(a, i, dir)) == (size_t)-1 &&
	    (cl = tui_article_canon_line(a, i, -dir)) == (size_t)-1)
		return;
	t->cur = a->layout.lines[cl].cp;
}

void
tui_article_scroll(struct tui_pane *p, long lines)
{
	struct tui_article	*a = tui_article_data(p);
	size_t			 max = tui_article_max_top(a);

	if (lines > 0) {
		if (a->top < max)
			a->top = a->top + (size_t)lines > max ? max :
			    a->top + (size_t)lines;
	} else
		a->top = (size_t)-lines > a->top ? 0 : a->top -
		    (size_t)-lines;
	tui_article_anchor(a);
	tui_article_follow(p, lines > 0 ? 1 : -1);
}

void
tui_article_page(struct tui_pane *p, int dir)
{
	struct tui_article	*a = tui_article_data(p);

	tui_article_scroll(p, (long)dir * (a->h > 3 ? a->h - 2 : 1));
}

void
tui_article_edge(struct tui_pane *p, int end)
{
	struct tui_article	*a = tui_article_data(p);

	a->top = end ? tui_article_max_top(a) : 0;
	tui_article_anchor(a);
	tui_article_follow(p, end ? -1 : 1);
}

void
tui_article_show(struct tui_pane *p, size_t cp, int top)
{
	struct tui_article	*a = tui_article_data(p);
	size_t			 line;

	if (a->layout.nlines == 0)
		return;
	line = tui_layout_find_cp(&a->layout, cp);
	if (top)
		a->top = line;
	else if (line < a->top)
		a->top = line;
	else if (line >= a->top + (size_t)a->h)
		a->top = line - (size_t)a->h + 1;
	tui_article_anchor(a);
}

int
tui_article_percent(struct tui_pane *p)
{
	struct tui_article	*a = tui_article_data(p);
	size_t			 max = tui_article_max_top(a);

	if (max == 0 || a->top >= max)
		return 100;
	return (int)(a->top * 100 / max);
}

size_t
tui_article_cp_at(struct tui_pane *p, int x, int y)
{
	struct tui_article	*a = tui_article_data(p);
	const struct tui_line	*line;
	const struct tui_piece	*pc;
	size_t			 i = a->top + (size_t)y, pos, n;
	int			 col, cw;

	if (y < 0 || i >= a->layout.nlines)
		return (size_t)-1;
	line = &a->layout.lines[i];
	pc = &a->layout.pieces[line->piece];
	if (line->blank || pc->cp == (size_t)-1)
		return (size_t)-1;
	col = a->margin + tui_sanitize_width(pc->prefix, strlen(pc->prefix));
	pos = line->start;
	while (pos < line->end) {
		n = tui_sanitize_next(pc->text + pos, line->end - pos, &cw);
		if (col + cw > x)
			break;
		col += cw;
		pos += n;
	}
	return line->cp + util_utf8_cp_count(pc->text + line->start,
	    pos - line->start);
}

static void
tui_article_note_one(const struct tui_range *r, void *arg)
{
	(void)r;
	*(int *)arg = 1;
}

/* A bar in the margin beside a line with annotated text, so notes show
 * without colour and in a screen dump. */
static void
tui_article_note_bar(struct tui_article *a, struct tui *t, size_t i,
    struct tui_canvas *c, int x, int y)
{
	const struct tui_line	*line = &a->layout.lines[i];
	const struct tui_piece	*pc = &a->layout.pieces[line->piece];
	size_t			 end;
	int			 hit = 0;

	if (a->margin == 0 || line->blank || pc->cp == (size_t)-1 ||
	    t->notes.ranges.n == 0)
		return;
	end = line->cp + util_utf8_cp_count(pc->text + line->start,
	    line->end - line->start);
	tui_ranges_each(&t->notes.ranges, line->cp, end, tui_article_note_one,
	    &hit);
	if (hit)
		tui_canvas_text(c, x, y, 1, "▎", (uint16_t)(TUI_ROLE_TEXT |
		    TUI_MARK_NOTE), 0);
}

static void
tui_article_draw(struct tui_pane *p, struct tui_canvas *c, struct tui_rect r)
{
	struct tui_article	*a = tui_article_data(p);
	struct tui		*t = p->tui;
	struct tui_marks	 m;
	size_t			 i;
	int			 y;

	m.quotes = &t->quotes;
	m.mentions = &t->mentions;
	m.matches = &t->matches;
	m.notes = &t->notes.ranges;
	tui_notes_range(t, &m.cursor_start, &m.cursor_end);
	for (y = 0; y < r.h; y++) {
		i = a->top + (size_t)y;
		if (i >= a->layout.nlines)
			break;
		tui_layout_draw_line(&a->layout, i, &m, c, r.x + a->margin,
		    r.y + y, r.w - a->margin);
		tui_article_note_bar(a, t, i, c, r.x, r.y + y);
	}
}

static void
tui_article_free(struct tui_pane *p)
{
	struct tui_article	*a = tui_article_data(p);

	tui_layout_clear(&a->layout);
	free(a);
}

static const struct tui_pane_ops tui_article_ops = {
	.name = "article",
	.scope = TUI_SCOPE_ARTICLE,
	.draw = tui_article_draw,
	.resize = tui_article_resize,
	.key = NULL,
	.free = tui_article_free,
};

struct tui_pane *
tui_pane_article_create(struct tui *t)
{
	struct tui_pane		*p = xcalloc(1, sizeof *p);
	struct tui_article	*a = xcalloc(1, sizeof *a);

	tui_layout_init(&a->layout, t->doc);
	a->h = 1;
	p->ops = &tui_article_ops;
	p->tui = t;
	p->data = a;
	return p;
}
