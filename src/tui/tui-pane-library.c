/*
 * The library screen (marginalia with no argument): every saved article,
 * most recently opened first, one row each (title; site, date and notes
 * count on the right), through the shared tui_list. It reads only the
 * library's rows, never an article's text; Enter sets t->library_open and
 * the loop in tui-run.c rebuilds the article from the store and reads it,
 * coming back here (with fresh rows) when the reader quits it.
 *
 * The screen runs on a bare struct tui: its key map, config, size and
 * quit flag, and this pane in t->library. Its keys are the library scope
 * of the command table, which falls back to nothing else.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "util.h"
#include "tui-int.h"

struct tui_library {
	struct store		*store;		/* not owned */
	struct store_document	*docs;
	size_t			 n;
	struct tui_list		 list;
	char			*error;		/* the list could not be read */
};

static struct tui_library *
tui_library_data(struct tui_pane *p)
{
	return p->data;
}

static size_t
tui_library_count(void *arg)
{
	return ((struct tui_library *)arg)->n;
}

/* "site · date · N notes": the published date, else when it was read. */
static char *
tui_library_right(const struct store_document *d)
{
	const char	*date = d->published ? d->published : d->opened;

	return xasprintf(" %s%s%.10s · %zu note%s ", d->site ? d->site : "",
	    d->site ? " · " : "", date ? date : "", d->nnotes,
	    d->nnotes == 1 ? "" : "s");
}

static void
tui_library_row_draw(void *arg, size_t i, struct tui_canvas *c, int x,
    int y, int w, uint16_t mark)
{
	const struct store_document	*d = &((struct tui_library *)arg)->
					    docs[i];
	char				*right = tui_library_right(d);
	const char			*title = d->title ? d->title :
					    d->source ? d->source : d->identity;
	int				 rw = tui_sanitize_width(right,
					    strlen(right));

	tui_canvas_fill(c, x, y, w, (uint16_t)(TUI_ROLE_TEXT | mark));
	if (mark != 0)
		tui_canvas_text(c, x, y, 1, ">", (uint16_t)mark, 0);
	if (rw > w / 2)
		rw = w / 2;
	tui_canvas_text(c, x + w - rw, y, rw, right,
	    (uint16_t)(TUI_ROLE_COUNT | mark), 1);
	tui_canvas_text(c, x + 2, y, w - rw - 3, title,
	    (uint16_t)(TUI_ROLE_TEXT | mark), 1);
	free(right);
}

static const struct tui_list_ops tui_library_list_ops = {
	tui_library_count, NULL, tui_library_row_draw
};

/* Reads the rows again (after an article was read: new counts, order). */
static void
tui_library_load(struct tui_library *lib)
{
	int	h = lib->list.height;

	store_document_list_free(lib->docs, lib->n);
	lib->docs = NULL;
	lib->n = 0;
	free(lib->error);
	lib->error = NULL;
	if (store_document_list(lib->store, &lib->docs, &lib->n,
	    &lib->error) != 0) {
		lib->docs = NULL;
		lib->n = 0;
	}
	tui_list_init(&lib->list, &tui_library_list_ops, lib);
	lib->list.height = h;
}

static void
tui_library_draw(struct tui_pane *p, struct tui_canvas *c, struct tui_rect r)
{
	struct tui_library	*lib = tui_library_data(p);
	char			*head;

	head = xasprintf("Library · %zu article%s", lib->n,
	    lib->n == 1 ? "" : "s");
	tui_canvas_text(c, r.x + 1, r.y, r.w - 1, head, TUI_ROLE_TITLE, 1);
	free(head);
	if (lib->error != NULL)
		tui_canvas_text(c, r.x + 1, r.y + 2, r.w - 1, lib->error,
		    TUI_ROLE_ERROR, 1);
	else if (lib->n == 0)
		tui_canvas_text(c, r.x + 1, r.y + 2, r.w - 1, "No saved "
		    "articles yet: marginalia FILE opens and saves one",
		    TUI_ROLE_ROLE, 1);
	else
		tui_list_draw(&lib->list, c, r.x, r.y + 2, r.w, r.h - 2, 1);
}

static void
tui_library_resize(struct tui_pane *p, int w, int h)
{
	(void)w;
	tui_library_data(p)->list.height = h > 2 ? h - 2 : 1;
}

static void
tui_library_free(struct tui_pane *p)
{
	struct tui_library	*lib = tui_library_data(p);

	store_document_list_free(lib->docs, lib->n);
	free(lib->error);
	free(lib);
}

static const struct tui_pane_ops tui_library_ops = {
	.name = "library",
	.scope = TUI_SCOPE_LIBRARY,
	.draw = tui_library_draw,
	.resize = tui_library_resize,
	.key = NULL,
	.free = tui_library_free,
};

struct tui_pane *
tui_pane_library_create(struct tui *t, struct store *store)
{
	struct tui_pane		*p = xcalloc(1, sizeof *p);
	struct tui_library	*lib = xcalloc(1, sizeof *lib);

	lib->store = store;
	lib->list.height = 1;
	tui_library_load(lib);
	p->ops = &tui_library_ops;
	p->tui = t;
	p->data = lib;
	return p;
}

void
tui_library_reload(struct tui_pane *p)
{
	/* The article just read is at the top now, selected again. */
	tui_library_load(tui_library_data(p));
}

void
tui_library_move(struct tui_pane *p, long delta)
{
	tui_list_move(&tui_library_data(p)->list, delta);
}

void
tui_library_edge(struct tui_pane *p, int end)
{
	struct tui_list	*l = &tui_library_data(p)->list;

	if (end)
		tui_list_last(l);
	else
		tui_list_first(l);
}

int64_t
tui_library_selected(struct tui_pane *p)
{
	struct tui_library	*lib = tui_library_data(p);

	return lib->list.sel < lib->n ? lib->docs[lib->list.sel].id : 0;
}

const char *
tui_library_source(struct tui_pane *p)
{
	struct tui_library	*lib = tui_library_data(p);

	return lib->list.sel < lib->n ? lib->docs[lib->list.sel].source :
	    NULL;
}

/* The whole screen: the list, a status line and the keys. */
void
tui_library_render(struct tui *t, struct tui_canvas *c)
{
	tui_render_list_screen(t, c, t->library, "marginalia · saved "
	    "articles, most recently read first", "Enter read  j k move  q quit");
}

void
tui_library_key(struct tui *t, int key)
{
	tui_render_list_key(t, TUI_SCOPE_LIBRARY, key);
}
