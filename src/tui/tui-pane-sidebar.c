/*
 * The sidebar: four tabs (Outline, Quotes, Entities, Notes), each a table
 * of rows built once from the document and shown through the shared
 * tui_list. Group rows (a speaker, an entity type) and role rows cannot be
 * selected; an item row carries the canonical cp to jump to, for
 * entities the entity's index, for notes the note's index in t->notes.v.
 * The Notes tab alone is rebuilt, whenever the notes change.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "tui-int.h"

enum tui_row_kind { TUI_ROW_GROUP, TUI_ROW_ROLE, TUI_ROW_ITEM,
    TUI_ROW_EMPTY };

struct tui_row {
	int	 kind;
	char	*text;
	size_t	 ref;
	size_t	 count;		/* entities: mentions; else 0 */
};

struct tui_tab_rows {
	struct tui_row	*v;
	size_t		 n;
};

struct tui_sidebar {
	struct tui		*t;
	struct tui_tab_rows	 rows[TUI_TAB_MAX];
	struct tui_list		 list[TUI_TAB_MAX];
};

static const char *tui_sidebar_tabs[TUI_TAB_MAX] = {
	"Outline", "Quotes", "Entities", "Notes"
};

static void
tui_sidebar_row_add(struct tui_tab_rows *r, int kind, char *text,
    size_t ref, size_t count)
{
	r->v = xreallocarray(r->v, r->n + 1, sizeof *r->v);
	r->v[r->n].kind = kind;
	r->v[r->n].text = text;
	r->v[r->n].ref = ref;
	r->v[r->n].count = count;
	r->n++;
}

static void
tui_sidebar_outline(struct tui_tab_rows *r, const struct doc *d)
{
	size_t	i;

	for (i = 0; i < d->nsections; i++) {
		const struct doc_section	*s = &d->sections[i];
		const char			*title = s->title;

		if (title == NULL)
			title = d->meta.title != NULL ? d->meta.title :
			    "(beginning)";
		tui_sidebar_row_add(r, TUI_ROW_ITEM, xstrdup(title),
		    d->blocks[s->first_block].start, 0);
	}
}

static int
tui_sidebar_same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* A quote on one line: direct ones in quotation marks. */
static char *
tui_sidebar_quote_text(const struct doc_quote *q)
{
	if (q->kind == DOC_QUOTE_DIRECT)
		return xasprintf("“%s”", q->text);
	return xasprintf("~ %s", q->text);
}

/* Speakers in order of first quote, each with its role and quotes. */
static void
tui_sidebar_quotes(struct tui_tab_rows *r, const struct tui *t)
{
	const struct doc	*d = t->doc;
	size_t			 i, k, j, n = t->quotes.n;
	char			*done = xcalloc(n + 1, 1);

	for (i = 0; i < n; i++) {
		const struct doc_quote	*q = &d->quotes[t->quotes.v[i].ref];
		const char		*role = NULL;

		if (done[i])
			continue;
		tui_sidebar_row_add(r, TUI_ROW_GROUP, xstrdup(q->speaker ?
		    q->speaker : "(unattributed)"), 0, 0);
		for (k = i; k < n; k++) {
			const struct doc_quote	*o =
			    &d->quotes[t->quotes.v[k].ref];

			if (!done[k] && tui_sidebar_same(o->speaker,
			    q->speaker) && role == NULL)
				role = o->role;
		}
		if (role != NULL)
			tui_sidebar_row_add(r, TUI_ROW_ROLE, xstrdup(role), 0,
			    0);
		for (k = i; k < n; k++) {
			const struct doc_quote	*o;

			j = t->quotes.v[k].ref;
			o = &d->quotes[j];
			if (done[k] || !tui_sidebar_same(o->speaker,
			    q->speaker))
				continue;
			done[k] = 1;
			tui_sidebar_row_add(r, TUI_ROW_ITEM,
			    tui_sidebar_quote_text(o), o->start, 0);
		}
	}
	free(done);
	if (n == 0)
		tui_sidebar_row_add(r, TUI_ROW_EMPTY, xstrdup("No quotes"),
		    0, 0);
}

static const struct tui *tui_sidebar_sorting;

/* Most mentioned first, then by name. */
static int
tui_sidebar_entity_cmp(const void *a, const void *b)
{
	const struct doc	*d = tui_sidebar_sorting->doc;
	const struct doc_entity	*x = &d->entities[*(const size_t *)a];
	const struct doc_entity	*y = &d->entities[*(const size_t *)b];

	if (x->nmentions != y->nmentions)
		return x->nmentions > y->nmentions ? -1 : 1;
	return strcmp(x->name, y->name);
}

static void
tui_sidebar_entities(struct tui_tab_rows *r, const struct tui *t)
{
	static const int	 order[] = { DOC_ENTITY_PERSON,
	    DOC_ENTITY_ORGANISATION, DOC_ENTITY_PLACE, DOC_ENTITY_OTHER };
	static const char	*names[] = { "People", "Organisations",
	    "Places", "Other" };
	const struct doc	*d = t->doc;
	size_t			*idx = xcalloc(d->nentities + 1, sizeof *idx);
	size_t			 i, k, n;

	tui_sidebar_sorting = t;
	for (k = 0; k < 4; k++) {
		for (i = n = 0; i < d->nentities; i++) {
			if ((int)d->entities[i].type == order[k])
				idx[n++] = i;
		}
		if (n == 0)
			continue;
		qsort(idx, n, sizeof *idx, tui_sidebar_entity_cmp);
		tui_sidebar_row_add(r, TUI_ROW_GROUP, xstrdup(names[k]), 0, 0);
		for (i = 0; i < n; i++)
			tui_sidebar_row_add(r, TUI_ROW_ITEM,
			    xstrdup(d->entities[idx[i]].name), idx[i],
			    d->entities[idx[i]].nmentions);
	}
	free(idx);
	if (d->nentities == 0)
		tui_sidebar_row_add(r, TUI_ROW_EMPTY, xstrdup("No entities"),
		    0, 0);
}

static void
tui_sidebar_rows_free(struct tui_tab_rows *r)
{
	size_t	k;

	for (k = 0; k < r->n; k++)
		free(r->v[k].text);
	free(r->v);
	r->v = NULL;
	r->n = 0;
}

/* Each note: its quote (selectable), then its text and date beneath. */
static void
tui_sidebar_notes_rows(struct tui_tab_rows *r,
    const struct store_annotation *v, size_t n)
{
	const char	*note, *date;
	size_t		 i;

	for (i = 0; i < n; i++) {
		note = v[i].note != NULL && *v[i].note != '\0' ? v[i].note :
		    "(highlight)";
		date = v[i].created != NULL ? v[i].created : "";
		tui_sidebar_row_add(r, TUI_ROW_ITEM, xasprintf("%s“%s”",
		    v[i].orphaned ? "orphaned: " : "", v[i].exact ?
		    v[i].exact : ""), i, 0);
		tui_sidebar_row_add(r, TUI_ROW_ROLE, xasprintf("%s · %.10s",
		    note, date), 0, 0);
	}
	if (n == 0)
		tui_sidebar_row_add(r, TUI_ROW_EMPTY, xstrdup("No notes yet"),
		    0, 0);
}

/* The list callbacks; arg is the tab's rows. */
static size_t
tui_sidebar_count(void *arg)
{
	return ((struct tui_tab_rows *)arg)->n;
}

static int
tui_sidebar_selectable(void *arg, size_t row)
{
	return ((struct tui_tab_rows *)arg)->v[row].kind == TUI_ROW_ITEM;
}

static void
tui_sidebar_row_draw(void *arg, size_t i, struct tui_canvas *c, int x,
    int y, int w, uint16_t mark)
{
	const struct tui_row	*row = &((struct tui_tab_rows *)arg)->v[i];
	char			 count[24];
	int			 cw = 0, role = TUI_ROLE_TEXT;

	if (row->kind == TUI_ROW_GROUP)
		role = TUI_ROLE_GROUP;
	else if (row->kind == TUI_ROW_ROLE || row->kind == TUI_ROW_EMPTY)
		role = TUI_ROLE_ROLE;
	tui_canvas_fill(c, x, y, w, (uint16_t)(role | mark));
	if (row->kind == TUI_ROW_GROUP) {
		tui_canvas_text(c, x + 1, y, w - 1, row->text,
		    (uint16_t)role, 1);
		return;
	}
	if (mark != 0)
		tui_canvas_text(c, x, y, 1, ">", (uint16_t)(role | mark), 0);
	if (row->count > 0) {
		snprintf(count, sizeof count, " %zu ", row->count);
		cw = (int)strlen(count);
		tui_canvas_text(c, x + w - cw, y, cw, count,
		    (uint16_t)(TUI_ROLE_COUNT | mark), 0);
	}
	tui_canvas_text(c, x + 2, y, w - 2 - cw, row->text,
	    (uint16_t)(role | mark), 1);
}

static const struct tui_list_ops tui_sidebar_list_ops = {
	tui_sidebar_count, tui_sidebar_selectable, tui_sidebar_row_draw
};

static struct tui_sidebar *
tui_sidebar_data(struct tui_pane *p)
{
	return p->data;
}

static void
tui_sidebar_draw(struct tui_pane *p, struct tui_canvas *c, struct tui_rect r)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	struct tui		*t = p->tui;
	int			 i, x = r.x + 1, role;
	char			 label[32];

	if (r.h < 2)
		return;
	for (i = 0; i < TUI_TAB_MAX && x < r.x + r.w; i++) {
		role = i == t->tab ? TUI_ROLE_TAB_CURRENT : TUI_ROLE_TAB;
		snprintf(label, sizeof label, i == t->tab ? "[%s]" : " %s ",
		    tui_sidebar_tabs[i]);
		x += tui_canvas_text(c, x, r.y, r.x + r.w - x, label,
		    (uint16_t)role, 0);
	}
	tui_list_draw(&s->list[t->tab], c, r.x, r.y + 2, r.w, r.h - 2,
	    t->focus_sidebar);
}

static void
tui_sidebar_resize(struct tui_pane *p, int w, int h)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	int			 i;

	(void)w;
	for (i = 0; i < TUI_TAB_MAX; i++)
		s->list[i].height = h > 2 ? h - 2 : 1;
}

static void
tui_sidebar_free(struct tui_pane *p)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	size_t			 i;

	for (i = 0; i < TUI_TAB_MAX; i++)
		tui_sidebar_rows_free(&s->rows[i]);
	free(s);
}

static const struct tui_pane_ops tui_sidebar_ops = {
	.name = "sidebar",
	.scope = TUI_SCOPE_SIDEBAR,
	.draw = tui_sidebar_draw,
	.resize = tui_sidebar_resize,
	.key = NULL,
	.free = tui_sidebar_free,
};

struct tui_pane *
tui_pane_sidebar_create(struct tui *t)
{
	struct tui_pane		*p = xcalloc(1, sizeof *p);
	struct tui_sidebar	*s = xcalloc(1, sizeof *s);
	int			 i;

	s->t = t;
	tui_sidebar_outline(&s->rows[TUI_TAB_OUTLINE], t->doc);
	tui_sidebar_quotes(&s->rows[TUI_TAB_QUOTES], t);
	tui_sidebar_entities(&s->rows[TUI_TAB_ENTITIES], t);
	tui_sidebar_notes_rows(&s->rows[TUI_TAB_NOTES], NULL, 0);
	for (i = 0; i < TUI_TAB_MAX; i++)
		tui_list_init(&s->list[i], &tui_sidebar_list_ops, &s->rows[i]);
	p->ops = &tui_sidebar_ops;
	p->tui = t;
	p->data = s;
	return p;
}

void
tui_sidebar_move(struct tui_pane *p, long delta)
{
	tui_list_move(&tui_sidebar_data(p)->list[p->tui->tab], delta);
}

void
tui_sidebar_edge(struct tui_pane *p, int end)
{
	struct tui_list	*l = &tui_sidebar_data(p)->list[p->tui->tab];

	if (end)
		tui_list_last(l);
	else
		tui_list_first(l);
}

/* The selected row of the current tab, or NULL. */
static const struct tui_row *
tui_sidebar_selected(struct tui_pane *p)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	int			 tab = p->tui->tab;
	size_t			 sel = s->list[tab].sel;

	if (sel >= s->rows[tab].n || s->rows[tab].v[sel].kind != TUI_ROW_ITEM)
		return NULL;
	return &s->rows[tab].v[sel];
}

int
tui_sidebar_entity(struct tui_pane *p)
{
	const struct tui_row	*row = tui_sidebar_selected(p);

	if (row == NULL || p->tui->tab != TUI_TAB_ENTITIES)
		return -1;
	return (int)row->ref;
}

void
tui_sidebar_jump(struct tui_pane *p)
{
	struct tui		*t = p->tui;
	const struct tui_row	*row = tui_sidebar_selected(p);
	const struct doc_entity	*e;

	if (row == NULL)
		return;
	if (t->tab == TUI_TAB_NOTES) {
		tui_notes_jump(t, row->ref);
		return;
	}
	if (t->tab != TUI_TAB_ENTITIES) {
		tui_cursor_set(t, row->ref, 1);
		return;
	}
	e = &t->doc->entities[row->ref];
	t->entity = (int)row->ref;
	if (e->nmentions > 0) {
		tui_message(t, 0, "%s: mention 1/%zu", e->name, e->nmentions);
		tui_cursor_set(t, e->mentions[0].start, 1);
	}
}

void
tui_sidebar_click(struct tui_pane *p, int x, int y)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	struct tui		*t = p->tui;
	size_t			 row;
	int			 i, tx = 1;

	t->focus_sidebar = 1;
	if (y == 0) {
		for (i = 0; i < TUI_TAB_MAX; i++) {
			tx += (int)strlen(tui_sidebar_tabs[i]) + 2;
			if (x < tx) {
				t->tab = i;
				return;
			}
		}
		return;
	}
	row = tui_list_row_at(&s->list[t->tab], y - 2);
	if (row == (size_t)-1 || s->rows[t->tab].v[row].kind != TUI_ROW_ITEM)
		return;
	s->list[t->tab].sel = row;
	tui_sidebar_jump(p);
}

/* Outside the sidebar, its outline keeps to the section being read. */
void
tui_sidebar_follow(struct tui_pane *p)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	struct tui		*t = p->tui;
	size_t			 i, sec;

	if (t->focus_sidebar || t->doc->nblocks == 0)
		return;
	sec = t->doc->blocks[tui_block_at(t, t->cur)].section;
	for (i = 0; i < s->rows[TUI_TAB_OUTLINE].n; i++) {
		if (t->doc->blocks[t->doc->sections[sec].first_block].start ==
		    s->rows[TUI_TAB_OUTLINE].v[i].ref)
			tui_list_select(&s->list[TUI_TAB_OUTLINE], i);
	}
}

void
tui_sidebar_notes(struct tui_pane *p, const struct store_annotation *v,
    size_t n)
{
	struct tui_sidebar	*s = tui_sidebar_data(p);
	struct tui_list		*l = &s->list[TUI_TAB_NOTES];
	size_t			 sel = l->sel;
	int			 h = l->height;

	tui_sidebar_rows_free(&s->rows[TUI_TAB_NOTES]);
	tui_sidebar_notes_rows(&s->rows[TUI_TAB_NOTES], v, n);
	tui_list_init(l, &tui_sidebar_list_ops, &s->rows[TUI_TAB_NOTES]);
	l->height = h;
	/* Stay on the same row, or the last one when it went away. */
	if (n > 0)
		tui_list_select(l, sel < 2 * n ? sel - sel % 2 : 2 * n - 2);
}

size_t
tui_sidebar_note(struct tui_pane *p)
{
	const struct tui_row	*row = tui_sidebar_selected(p);

	if (row == NULL || p->tui->tab != TUI_TAB_NOTES)
		return (size_t)-1;
	return row->ref;
}
