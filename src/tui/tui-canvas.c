/*
 * The canvas: the whole screen as a grid of cells (a glyph and a style),
 * filled by the panes each frame and put on the terminal by tui-screen.c.
 * It knows nothing of curses, so the unit tests and the bench can read
 * what the reader would show. A wide glyph owns its cell and the one to
 * its right, which holds a glyph of width 0 that drawing skips.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "tui-int.h"

void
tui_canvas_init(struct tui_canvas *c)
{
	memset(c, 0, sizeof *c);
}

void
tui_canvas_clear(struct tui_canvas *c)
{
	free(c->cells);
	tui_canvas_init(c);
}

void
tui_canvas_resize(struct tui_canvas *c, int w, int h)
{
	if (w < 0)
		w = 0;
	if (h < 0)
		h = 0;
	if (w != c->w || h != c->h) {
		free(c->cells);
		c->cells = xcalloc((size_t)w * h + 1, sizeof *c->cells);
		c->w = w;
		c->h = h;
	}
	tui_canvas_erase(c);
}

/* A blank cell: one space of the plain style. */
static void
tui_canvas_cell_blank(struct tui_cell *cell, uint16_t style)
{
	memset(cell, 0, sizeof *cell);
	cell->g.cp[0] = ' ';
	cell->g.ncp = 1;
	cell->g.width = 1;
	cell->style = style;
}

void
tui_canvas_erase(struct tui_canvas *c)
{
	size_t	i, n = (size_t)c->w * c->h;

	for (i = 0; i < n; i++)
		tui_canvas_cell_blank(&c->cells[i], TUI_ROLE_TEXT);
}

void
tui_canvas_fill(struct tui_canvas *c, int x, int y, int w, uint16_t style)
{
	int	i;

	if (y < 0 || y >= c->h)
		return;
	for (i = x < 0 ? 0 : x; i < x + w && i < c->w; i++)
		tui_canvas_cell_blank(&c->cells[(size_t)y * c->w + i], style);
}

void
tui_canvas_glyph(struct tui_canvas *c, int x, int y,
    const struct tui_glyph *g, uint16_t style)
{
	struct tui_cell	*cell;

	if (x < 0 || y < 0 || x >= c->w || y >= c->h || g->width == 0)
		return;
	cell = &c->cells[(size_t)y * c->w + x];
	/* Never leave half of a wide glyph behind. */
	if (cell->g.width == 0 && x > 0)
		tui_canvas_cell_blank(cell - 1, cell[-1].style);
	if (cell->g.width == 2 && x + 1 < c->w)
		tui_canvas_cell_blank(cell + 1, cell[1].style);
	if (g->width == 2 && x + 1 >= c->w) {
		tui_canvas_cell_blank(cell, style);
		return;
	}
	cell->g = *g;
	cell->style = style;
	if (g->width == 2) {
		if (cell[1].g.width == 2 && x + 2 < c->w)
			tui_canvas_cell_blank(cell + 2, cell[2].style);
		memset(&cell[1], 0, sizeof cell[1]);
		cell[1].style = style;
	}
}

int
tui_canvas_text(struct tui_canvas *c, int x, int y, int w, const char *text,
    uint16_t style, int ellipsis)
{
	return tui_canvas_text_n(c, x, y, w, text, strlen(text), style,
	    ellipsis);
}

int
tui_canvas_text_n(struct tui_canvas *c, int x, int y, int w,
    const char *text, size_t len, uint16_t style, int ellipsis)
{
	static const struct tui_glyph	 dots = { { 0x2026 }, 1, 1 };
	struct tui_glyph		 g[TUI_GLYPHS_MAX];
	size_t				 i = 0, n;
	int				 used = 0, cw, k, j, width;

	while (i < len && used < w) {
		n = util_utf8_grapheme_next(text + i, len - i, &width);
		cw = 0;
		k = tui_sanitize_grapheme(text + i, n, width, g, &cw);
		if (used + cw > w || (ellipsis && used + cw == w &&
		    i + n < len)) {
			if (ellipsis && used < w)
				tui_canvas_glyph(c, x + used++, y, &dots,
				    style);
			break;
		}
		for (j = 0; j < k; j++) {
			tui_canvas_glyph(c, x + used, y, &g[j], style);
			used += g[j].width;
		}
		i += n;
	}
	return used;
}

char *
tui_canvas_row(const struct tui_canvas *c, int y)
{
	struct util_buf	b;
	int		x, k;

	util_buf_init(&b);
	util_buf_add(&b, "", 0);
	for (x = 0; y >= 0 && y < c->h && x < c->w; x++) {
		const struct tui_cell	*cell = &c->cells[(size_t)y * c->w + x];

		for (k = 0; k < cell->g.ncp; k++)
			util_buf_add_cp(&b, (int32_t)cell->g.cp[k]);
	}
	return util_buf_steal(&b, NULL);
}
