/*
 * A layout line turned into styled cells on the canvas: the piece's role
 * gives the base style, and the canonical ranges that meet the line
 * (quotes, entity mentions, search matches, notes, the cursor's sentence
 * or the selection) add
 * their marks cluster by cluster. Only lines on screen come here.
 */
#include <string.h>

#include "util.h"
#include "tui-int.h"

#define TUI_CELLS_MAX	64

/* The ranges of one kind that meet a line. */
struct tui_cells_set {
	struct tui_range	v[TUI_CELLS_MAX];
	size_t			n;
};

static void
tui_cells_collect(const struct tui_range *r, void *arg)
{
	struct tui_cells_set	*set = arg;

	if (set->n < TUI_CELLS_MAX)
		set->v[set->n++] = *r;
}

static int
tui_cells_in(const struct tui_cells_set *set, size_t cp)
{
	size_t	i;

	for (i = 0; i < set->n; i++) {
		if (cp >= set->v[i].start && cp < set->v[i].end)
			return 1;
	}
	return 0;
}

static void
tui_cells_gather(const struct tui_ranges *r, size_t a, size_t b,
    struct tui_cells_set *set)
{
	set->n = 0;
	if (r != NULL && r->n > 0)
		tui_ranges_each(r, a, b, tui_cells_collect, set);
}

/* The marks a cluster at canonical cp gets. */
static uint16_t
tui_cells_mark(const struct tui_cells_set sets[4],
    const struct tui_marks *m, size_t cp)
{
	uint16_t	mark = 0;

	if (tui_cells_in(&sets[0], cp))
		mark |= TUI_MARK_QUOTE;
	if (tui_cells_in(&sets[1], cp))
		mark |= TUI_MARK_ENTITY;
	if (tui_cells_in(&sets[2], cp))
		mark |= TUI_MARK_MATCH;
	if (tui_cells_in(&sets[3], cp))
		mark |= TUI_MARK_NOTE;
	if (cp >= m->cursor_start && cp < m->cursor_end)
		mark |= TUI_MARK_CURSOR;
	return mark;
}

void
tui_layout_draw_line(const struct tui_layout *l, size_t i,
    const struct tui_marks *m, struct tui_canvas *c, int x, int y, int w)
{
	const struct tui_line	*line = &l->lines[i];
	const struct tui_piece	*p = &l->pieces[line->piece];
	struct tui_cells_set	 sets[4];
	struct tui_glyph	 g[TUI_GLYPHS_MAX];
	size_t			 pos = line->start, cp = line->cp, n, k;
	int			 used, cw, width, canon, j;
	uint16_t		 style;

	if (line->blank || i >= l->nlines)
		return;
	canon = p->cp != (size_t)-1 && m != NULL;
	used = tui_canvas_text(c, x, y, w, line->first ? p->prefix : p->cont,
	    p->role == TUI_ROLE_BLOCKQUOTE ? TUI_ROLE_BAR : p->role, 0);
	if (canon) {
		size_t	end = cp + util_utf8_cp_count(p->text + pos,
		    line->end - pos) + 1;

		tui_cells_gather(m->quotes, cp, end, &sets[0]);
		tui_cells_gather(m->mentions, cp, end, &sets[1]);
		tui_cells_gather(m->matches, cp, end, &sets[2]);
		tui_cells_gather(m->notes, cp, end, &sets[3]);
	}
	while (pos < line->end) {
		n = util_utf8_grapheme_next(p->text + pos, line->end - pos,
		    &width);
		cw = 0;
		k = (size_t)tui_sanitize_grapheme(p->text + pos, n, width, g,
		    &cw);
		if (used + cw > w)
			break;
		style = (uint16_t)p->role;
		if (canon)
			style |= tui_cells_mark(sets, m, cp);
		for (j = 0; j < (int)k; j++) {
			tui_canvas_glyph(c, x + used, y, &g[j], style);
			used += g[j].width;
		}
		cp += util_utf8_cp_count(p->text + pos, n);
		pos += n;
	}
}
