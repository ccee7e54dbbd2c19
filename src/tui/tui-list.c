/*
 * The scroll-and-select object every list pane shares (outline, quotes,
 * entities, notes). It owns no rows: it asks its owner through callbacks
 * how many rows there are, which can be selected (group headers cannot)
 * and how to draw one, and keeps only the first row shown and the
 * selection, so it stays valid whatever the rows are.
 */
#include <string.h>

#include "tui-int.h"

#define TUI_LIST_NONE	((size_t)-1)

void
tui_list_init(struct tui_list *l, const struct tui_list_ops *ops, void *arg)
{
	memset(l, 0, sizeof *l);
	l->ops = ops;
	l->arg = arg;
	l->height = 1;
	tui_list_first(l);
}

static int
tui_list_can(const struct tui_list *l, size_t row)
{
	return l->ops->selectable == NULL || l->ops->selectable(l->arg, row);
}

/* From row, the nearest selectable row in direction dir (±1). */
static size_t
tui_list_seek(const struct tui_list *l, size_t row, int dir)
{
	size_t	n = l->ops->count(l->arg);

	while (row < n) {
		if (tui_list_can(l, row))
			return row;
		if (dir < 0 && row == 0)
			break;
		row += (size_t)(long)dir;
	}
	return TUI_LIST_NONE;
}

/* Scrolls so that the selection (and its group header) shows. */
static void
tui_list_reveal(struct tui_list *l)
{
	size_t	h = l->height > 0 ? (size_t)l->height : 1;

	if (l->sel < l->top)
		l->top = l->sel > 0 && !tui_list_can(l, l->sel - 1) ?
		    l->sel - 1 : l->sel;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
}

void
tui_list_select(struct tui_list *l, size_t row)
{
	size_t	s = tui_list_seek(l, row, 1);

	if (s == TUI_LIST_NONE)
		s = tui_list_seek(l, row, -1);
	if (s == TUI_LIST_NONE)
		return;
	l->sel = s;
	tui_list_reveal(l);
}

void
tui_list_move(struct tui_list *l, long delta)
{
	int	dir = delta < 0 ? -1 : 1;
	size_t	row = l->sel, s;

	while (delta != 0) {
		if (dir < 0 && row == 0)
			break;
		s = tui_list_seek(l, row + (size_t)(long)dir, dir);
		if (s == TUI_LIST_NONE)
			break;
		row = s;
		delta -= dir;
	}
	l->sel = row;
	tui_list_reveal(l);
}

void
tui_list_first(struct tui_list *l)
{
	l->top = 0;
	l->sel = 0;
	tui_list_select(l, 0);
	l->top = 0;
}

void
tui_list_last(struct tui_list *l)
{
	size_t	n = l->ops->count(l->arg), s;

	if (n == 0)
		return;
	if ((s = tui_list_seek(l, n - 1, -1)) != TUI_LIST_NONE)
		l->sel = s;
	tui_list_reveal(l);
}

void
tui_list_draw(struct tui_list *l, struct tui_canvas *c, int x, int y, int w,
    int h, int focused)
{
	size_t	n = l->ops->count(l->arg), row;
	int	i;

	l->height = h;
	if (l->sel < n)
		tui_list_reveal(l);
	if (l->top >= n)
		l->top = 0;
	for (i = 0; i < h && l->top + (size_t)i < n; i++) {
		uint16_t	mark = 0;

		row = l->top + (size_t)i;
		if (row == l->sel && tui_list_can(l, row))
			mark = TUI_MARK_SELECT | (focused ? TUI_MARK_FOCUS : 0);
		l->ops->draw(l->arg, row, c, x, y + i, w, mark);
	}
}

size_t
tui_list_row_at(const struct tui_list *l, int y)
{
	size_t	row;

	if (y < 0 || y >= l->height)
		return TUI_LIST_NONE;
	row = l->top + (size_t)y;
	return row < l->ops->count(l->arg) ? row : TUI_LIST_NONE;
}
