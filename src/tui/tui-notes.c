/*
 * Notes in the reader: the article's annotations as the library holds
 * them (t->notes.v, by position, orphans last), their placed ranges for
 * the article's marks and for m/M, the selection (v and the sentence
 * motions), and the note prompt with its save.
 *
 * The library may be missing (no store), read-only, or fail on a save.
 * Reading goes on in every case: the reason is shown at start and again on
 * every attempt to save, and a note whose save failed stays in the prompt
 * with the error above it until it is saved or the reader drops it with
 * Esc, so nothing typed is lost without the reader seeing it.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "tui-int.h"

#define TUI_NOTES_NONE	((size_t)-1)

void
tui_notes_init(struct tui_notes *n)
{
	memset(n, 0, sizeof *n);
	tui_ranges_init(&n->ranges);
	tui_prompt_init(&n->prompt);
	n->edit = TUI_NOTES_NONE;
}

void
tui_notes_clear(struct tui_notes *n)
{
	store_annotation_list_free(n->v, n->n);
	tui_ranges_clear(&n->ranges);
	tui_prompt_clear(&n->prompt);
	free(n->unavailable);
	free(n->error);
	memset(n, 0, sizeof *n);
}

/* Replaces the notes with v[0..count): marks, Notes tab, counts. */
static void
tui_notes_set(struct tui *t, struct store_annotation *v, size_t count)
{
	struct tui_notes	*n = &t->notes;
	size_t			 i;

	store_annotation_list_free(n->v, n->n);
	n->v = v;
	n->n = count;
	n->ranges.n = 0;
	for (i = 0; i < count; i++) {
		if (!v[i].orphaned && v[i].end > v[i].start)
			tui_ranges_add(&n->ranges, v[i].start, v[i].end, i);
	}
	tui_ranges_sort(&n->ranges);
	tui_sidebar_notes(t->sidebar, n->v, n->n);
}

/* Reads the article's notes again; in memory is placed what a read-only
 * library could not re-anchor itself. */
static void
tui_notes_reload(struct tui *t, int place)
{
	struct store_annotation	*v = NULL;
	size_t			 count = 0, i;
	char			*cause = NULL;

	if (store_annotation_list(t->notes.store, t->notes.doc, &v, &count,
	    &cause) != 0) {
		tui_message(t, 1, "Notes not read: %s", cause);
		free(cause);
		return;
	}
	for (i = 0; place && i < count; i++)
		store_anchor_apply(t->doc->text, &v[i]);
	tui_notes_set(t, v, count);
}

void
tui_notes_attach(struct tui *t, struct store *store, const char *source,
    const char *unavailable)
{
	struct tui_notes	*n = &t->notes;
	struct store_open_info	 info;
	char			*cause = NULL;

	n->store = store;
	if (store == NULL) {
		n->unavailable = xstrdup(unavailable != NULL ? unavailable :
		    "no library");
		tui_message(t, 1, "Library unavailable, notes cannot be "
		    "saved: %s", n->unavailable);
		return;
	}
	if (store_document_open(store, t->doc, source, 0, &info,
	    &cause) != 0) {
		n->unavailable = cause;
		tui_message(t, 1, "Notes cannot be saved: %s", cause);
		return;
	}
	n->doc = info.id;
	n->resume = info.position;
	if (store_readonly(store)) {
		n->unavailable = xasprintf("the library is read-only (%s)",
		    store_path(store));
		tui_message(t, 1, "Notes cannot be saved: %s",
		    n->unavailable);
	}
	tui_notes_reload(t, store_readonly(store) && info.text_changed);
	if (info.text_changed && (info.moved > 0 || info.orphaned > 0))
		tui_message(t, info.orphaned > 0, "The article changed: %zu "
		    "note%s re-anchored, %zu orphaned (see the Notes tab)",
		    info.moved, info.moved == 1 ? "" : "s", info.orphaned);
}

void
tui_notes_leave(struct tui *t)
{
	struct tui_notes	*n = &t->notes;

	if (n->store != NULL && n->doc != 0 && !store_readonly(n->store))
		(void)store_position_save(n->store, n->doc, t->cur, NULL);
}

void
tui_notes_resume(struct tui *t)
{
	size_t	resume = t->notes.resume;

	t->notes.resume = 0;
	if (resume > 0 && t->doc->nblocks > 0 &&
	    resume < t->doc->blocks[t->doc->nblocks - 1].end)
		tui_cursor_set(t, resume, 1);
}

void
tui_notes_range(struct tui *t, size_t *start, size_t *end)
{
	struct tui_notes	*n = &t->notes;

	tui_cursor_sentence(t, start, end);
	if (!n->selecting)
		return;
	if (n->sel_start < *start)
		*start = n->sel_start;
	if (n->sel_end > *end)
		*end = n->sel_end;
}

/* Can a note be saved at all? Says why not. */
static int
tui_notes_writable(struct tui *t)
{
	struct tui_notes	*n = &t->notes;

	if (t->doc->nblocks == 0) {
		tui_message(t, 1, "Nothing to annotate");
		return 0;
	}
	if (n->store != NULL && n->doc != 0 && !store_readonly(n->store))
		return 1;
	tui_message(t, 1, "Notes cannot be saved: %s", n->unavailable ?
	    n->unavailable : "no library");
	return 0;
}

void
tui_notes_cmd_select(struct tui *t)
{
	struct tui_notes	*n = &t->notes;

	if (n->selecting) {
		n->selecting = 0;
		return;
	}
	n->selecting = 1;
	tui_cursor_sentence(t, &n->sel_start, &n->sel_end);
	tui_message(t, 0, "Selecting: ) ( } { extend, a annotates, "
	    "h highlights, Esc stops");
}

void
tui_notes_cmd_select_clear(struct tui *t)
{
	t->notes.selecting = 0;
}

static void
tui_notes_prompt_open(struct tui *t, size_t edit, const char *text)
{
	struct tui_notes	*n = &t->notes;

	n->mode = TUI_NOTES_PROMPT;
	n->edit = edit;
	tui_prompt_set(&n->prompt, text);
	free(n->error);
	n->error = NULL;
}

void
tui_notes_cmd_annotate(struct tui *t)
{
	struct tui_notes	*n = &t->notes;

	if (!tui_notes_writable(t))
		return;
	tui_notes_range(t, &n->start, &n->end);
	tui_notes_prompt_open(t, TUI_NOTES_NONE, "");
}

/* Saves a new annotation over [start, end); 0 or -1 with *cause. */
static int
tui_notes_add(struct tui *t, const char *note, char **cause)
{
	struct tui_notes	*n = &t->notes;
	struct store_annotation	 a;
	int			 rc;

	memset(&a, 0, sizeof a);
	a.start = n->start;
	a.end = n->end;
	a.note = xstrdup(note);
	rc = store_annotation_add(n->store, n->doc, &a, cause);
	store_annotation_clear(&a);
	return rc;
}

void
tui_notes_cmd_highlight(struct tui *t)
{
	struct tui_notes	*n = &t->notes;
	char			*cause = NULL;

	if (!tui_notes_writable(t))
		return;
	tui_notes_range(t, &n->start, &n->end);
	if (tui_notes_add(t, "", &cause) != 0) {
		tui_message(t, 1, "Highlight not saved: %s", cause);
		free(cause);
		return;
	}
	n->selecting = 0;
	tui_notes_reload(t, 0);
	tui_message(t, 0, "Highlighted");
}

/* The first placed note meeting [a, b), preferring one holding cp. */
struct tui_notes_pick {
	size_t	cp, best;
	int	holds;
};

static void
tui_notes_pick_one(const struct tui_range *r, void *arg)
{
	struct tui_notes_pick	*p = arg;
	int			 holds = p->cp >= r->start && p->cp < r->end;

	if (p->best == TUI_NOTES_NONE || (holds && !p->holds) ||
	    (holds == p->holds && r->ref < p->best)) {
		p->best = r->ref;
		p->holds = holds;
	}
}

size_t
tui_notes_at_cursor(struct tui *t)
{
	struct tui_notes_pick	p = { t->cur, TUI_NOTES_NONE, 0 };
	size_t			s, e;

	if (t->focus_sidebar && tui_sidebar_shown(t) &&
	    t->tab == TUI_TAB_NOTES)
		return tui_sidebar_note(t->sidebar);
	if (t->notes.ranges.n == 0)
		return TUI_NOTES_NONE;
	tui_cursor_sentence(t, &s, &e);
	tui_ranges_each(&t->notes.ranges, s, e, tui_notes_pick_one, &p);
	return p.best;
}

/* The note the command works on, or NONE after saying so. */
static size_t
tui_notes_target(struct tui *t)
{
	size_t	i = tui_notes_at_cursor(t);

	if (i == TUI_NOTES_NONE || i >= t->notes.n) {
		tui_message(t, 0, "No note here (m and M go to one)");
		return TUI_NOTES_NONE;
	}
	return tui_notes_writable(t) ? i : TUI_NOTES_NONE;
}

void
tui_notes_cmd_edit(struct tui *t)
{
	size_t	i = tui_notes_target(t);

	if (i != TUI_NOTES_NONE)
		tui_notes_prompt_open(t, i, t->notes.v[i].note);
}

void
tui_notes_cmd_delete(struct tui *t)
{
	size_t	i = tui_notes_target(t);

	if (i == TUI_NOTES_NONE)
		return;
	t->notes.mode = TUI_NOTES_CONFIRM;
	t->notes.edit = i;
}

static void
tui_notes_go(struct tui *t, int dir)
{
	const struct tui_ranges	*r = &t->notes.ranges;
	const char		*note;
	size_t			 i;
	int			 wrapped = 0;

	if (r->n == 0) {
		tui_message(t, 0, "No notes placed in this article");
		return;
	}
	i = dir > 0 ? tui_ranges_after(r, t->cur) :
	    tui_ranges_before(r, t->cur);
	if (i == TUI_NOTES_NONE || i >= r->n) {
		i = dir > 0 ? 0 : r->n - 1;
		wrapped = 1;
	}
	note = t->notes.v[r->v[i].ref].note;
	tui_message(t, 0, "note %zu/%zu%s: %s", i + 1, r->n,
	    wrapped ? " (wrapped)" : "", note != NULL && *note != '\0' ?
	    note : "(highlight)");
	tui_cursor_set(t, r->v[i].start, 1);
}

void
tui_notes_cmd_next(struct tui *t)
{
	tui_notes_go(t, 1);
}

void
tui_notes_cmd_prev(struct tui *t)
{
	tui_notes_go(t, -1);
}

void
tui_notes_jump(struct tui *t, size_t i)
{
	if (i >= t->notes.n)
		return;
	if (t->notes.v[i].orphaned) {
		tui_message(t, 1, "Orphaned: its text is no longer in the "
		    "article");
		return;
	}
	tui_cursor_set(t, t->notes.v[i].start, 1);
}

/* Saves what the prompt holds; on failure it stays open with why. */
static void
tui_notes_save(struct tui *t)
{
	struct tui_notes	*n = &t->notes;
	struct store_annotation	*a;
	char			*text = util_utf8_nfc(tui_prompt_text(
				    &n->prompt)), *cause = NULL, *old;
	int			 rc;

	if (n->edit == TUI_NOTES_NONE)
		rc = tui_notes_add(t, text, &cause);
	else {
		a = &n->v[n->edit];
		old = a->note;
		a->note = text;
		text = old;
		if ((rc = store_annotation_update(n->store, a, &cause)) != 0) {
			text = a->note;
			a->note = old;
		}
	}
	free(text);
	if (rc != 0) {
		free(n->error);
		n->error = cause;
		return;
	}
	n->mode = TUI_NOTES_IDLE;
	n->selecting = 0;
	tui_notes_reload(t, 0);
	tui_message(t, 0, "Note saved");
}

static void
tui_notes_external(struct tui *t)
{
	struct tui_notes	*n = &t->notes;
	char			*out = NULL, *cause = NULL;

	if (tui_editor_edit(tui_prompt_text(&n->prompt), &out, &cause) != 0) {
		free(n->error);
		n->error = cause;
		return;
	}
	tui_prompt_set(&n->prompt, out);
	free(out);
}

static void
tui_notes_confirm(struct tui *t, int key)
{
	struct tui_notes	*n = &t->notes;
	char			*cause = NULL;

	n->mode = TUI_NOTES_IDLE;
	if (key != 'y' && key != 'Y') {
		tui_message(t, 0, "Kept");
		return;
	}
	if (store_annotation_delete(n->store, n->v[n->edit].id,
	    &cause) != 0) {
		tui_message(t, 1, "Not deleted: %s", cause);
		free(cause);
		return;
	}
	tui_notes_reload(t, 0);
	tui_message(t, 0, "Note deleted");
}

int
tui_notes_key(struct tui *t, int key)
{
	struct tui_notes	*n = &t->notes;

	if (n->mode == TUI_NOTES_IDLE)
		return 0;
	if (key == TUI_KEY_MOUSE || key == TUI_KEY_RESIZE)
		return 1;
	if (n->mode == TUI_NOTES_CONFIRM) {
		tui_notes_confirm(t, key);
		return 1;
	}
	switch (tui_prompt_key(&n->prompt, key)) {
	case TUI_PROMPT_DONE:
		tui_notes_save(t);
		break;
	case TUI_PROMPT_CANCEL:
		n->mode = TUI_NOTES_IDLE;
		tui_message(t, 0, "Note dropped");
		break;
	case TUI_PROMPT_EXTERNAL:
		tui_notes_external(t);
		break;
	case TUI_PROMPT_EDIT:
	case TUI_PROMPT_IGNORED:
		break;
	}
	return 1;
}

/* The status line while the prompt is open: the error, or the keys. */
static void
tui_notes_render_status(struct tui *t, struct tui_canvas *c, int y)
{
	const char	*err = t->notes.error;
	char		*s;

	if (err == NULL) {
		tui_canvas_fill(c, 0, y, t->w, TUI_ROLE_STATUS);
		tui_canvas_text(c, 1, y, t->w - 2, "Enter saves · Esc drops "
		    "· C-e opens $EDITOR · ← → Home End", TUI_ROLE_STATUS, 1);
		return;
	}
	s = xasprintf("Not saved: %s (Enter retries, Esc drops the note)",
	    err);
	tui_canvas_fill(c, 0, y, t->w, TUI_ROLE_ERROR);
	tui_canvas_text(c, 1, y, t->w - 2, s, TUI_ROLE_ERROR, 1);
	free(s);
}

int
tui_notes_render(struct tui *t, struct tui_canvas *c, int y)
{
	struct tui_notes	*n = &t->notes;
	const char		*label;
	char			*s;
	int			 lw;

	if (n->mode == TUI_NOTES_CONFIRM) {
		s = xasprintf("Delete the note on “%s”? (y/n)",
		    n->v[n->edit].exact != NULL ? n->v[n->edit].exact : "");
		tui_canvas_text(c, 0, y, t->w, s, TUI_ROLE_ERROR, 1);
		free(s);
		return 1;
	}
	if (n->mode != TUI_NOTES_PROMPT)
		return 0;
	tui_notes_render_status(t, c, y - 1);
	label = n->edit == TUI_NOTES_NONE ? "Note: " : "Edit note: ";
	lw = tui_canvas_text(c, 0, y, t->w, label, TUI_ROLE_HELP_KEY, 0);
	tui_prompt_draw(&n->prompt, c, lw, y, t->w - lw, TUI_ROLE_PROMPT);
	return 1;
}
