/*
 * One frame: the panes in their rectangles, the status line (title,
 * section n/N, position, counts) and the prompt line (the search being
 * typed, a message, or a hint), all drawn onto the canvas. A terminal
 * below 20×6 gets one line saying so instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "tui-int.h"

/* Sections that have a heading; the lead before the first is not one. */
static size_t
tui_render_sections(const struct doc *d)
{
	size_t	i, n = 0;

	for (i = 0; i < d->nsections; i++)
		n += d->sections[i].title != NULL;
	return n;
}

static void
tui_render_status(struct tui *t, struct tui_canvas *c, int y)
{
	const struct doc	*d = t->doc;
	char			 right[160];
	const char		*title = d->meta.title ? d->meta.title :
				    t->source;
	size_t			 sec = 0;
	int			 rw, n;

	if (d->nblocks > 0)
		sec = d->blocks[tui_block_at(t, t->cur)].section;
	if (d->nsections > 0 && d->sections[0].title != NULL)
		sec++;
	n = snprintf(right, sizeof right, " §%zu/%zu  %d%% ", sec,
	    tui_render_sections(d), tui_article_percent(t->article));
	rw = tui_sanitize_width(right, (size_t)n);
	if (t->w - rw > 60)
		snprintf(right + n, sizeof right - (size_t)n,
		    " %zu quotes · %zu entities · %zu note%s ", d->nquotes,
		    d->nentities, t->notes.n, t->notes.n == 1 ? "" : "s");
	rw = tui_sanitize_width(right, strlen(right));
	tui_canvas_fill(c, 0, y, t->w, TUI_ROLE_STATUS);
	if (rw > t->w)
		rw = 0;
	tui_canvas_text(c, 1, y, t->w - rw - 2, title, TUI_ROLE_STATUS, 1);
	if (rw > 0)
		tui_canvas_text(c, t->w - rw, y, rw, right, TUI_ROLE_STATUS, 0);
}

static void
tui_render_prompt(struct tui *t, struct tui_canvas *c, int y)
{
	const char	*in;
	int		 w;

	if (tui_notes_render(t, c, y))
		return;
	if (t->prompt) {
		in = t->input.data != NULL ? t->input.data : "";
		tui_canvas_text(c, 0, y, 1, "/", TUI_ROLE_PROMPT, 0);
		/* Keep the end of a long query, where the typing is. */
		while (*in != '\0' && tui_sanitize_width(in, strlen(in)) >
		    t->w - 2)
			in++;
		w = tui_canvas_text(c, 1, y, t->w - 2, in, TUI_ROLE_PROMPT, 0);
		tui_canvas_text(c, 1 + w, y, 1, "█", TUI_ROLE_PROMPT, 0);
	} else if (t->message != NULL)
		tui_canvas_text(c, 0, y, t->w, t->message, t->message_error ?
		    TUI_ROLE_ERROR : TUI_ROLE_PROMPT, 1);
	else
		tui_canvas_text(c, 0, y, t->w, "? help  / search  q quit",
		    TUI_ROLE_CREDIT, 1);
}

void
tui_render(struct tui *t, struct tui_canvas *c)
{
	struct tui_rect	full = { 0, 0, t->w, t->h - 2 };
	int		y;

	tui_canvas_resize(c, t->w, t->h);
	if (t->too_small) {
		tui_canvas_text(c, 0, 0, t->w, "terminal too small",
		    TUI_ROLE_ERROR, 1);
		return;
	}
	if (t->help_open)
		t->help->ops->draw(t->help, c, full);
	else {
		if (tui_sidebar_shown(t)) {
			t->sidebar->ops->draw(t->sidebar, c, t->sidebar->rect);
			if (t->article->rect.w > 0)
				for (y = 0; y < t->h - 2; y++)
					tui_canvas_text(c,
					    t->sidebar->rect.w, y, 1, "│",
					    TUI_ROLE_BORDER, 0);
		}
		if (t->article->rect.w > 0)
			t->article->ops->draw(t->article, c,
			    t->article->rect);
	}
	tui_render_status(t, c, t->h - 2);
	tui_render_prompt(t, c, t->h - 1);
}

void
tui_pane_free(struct tui_pane *p)
{
	if (p == NULL)
		return;
	if (p->ops->free != NULL)
		p->ops->free(p);
	free(p);
}

/*
 * A screen that is one list (the library, a feed): the pane above a status
 * line and a prompt line that shows the message, else the screen's hint.
 */
void
tui_render_list_screen(struct tui *t, struct tui_canvas *c,
    struct tui_pane *pane, const char *status, const char *hint)
{
	struct tui_rect	r = { 0, 0, t->w, t->h - 2 };

	tui_canvas_resize(c, t->w, t->h);
	tui_canvas_erase(c);
	if (t->w < 20 || t->h < 6) {
		tui_canvas_text(c, 0, 0, t->w, "terminal too small",
		    TUI_ROLE_ERROR, 1);
		return;
	}
	pane->ops->resize(pane, r.w, r.h);
	pane->ops->draw(pane, c, r);
	tui_canvas_fill(c, 0, t->h - 2, t->w, TUI_ROLE_STATUS);
	tui_canvas_text(c, 1, t->h - 2, t->w - 2, status, TUI_ROLE_STATUS, 1);
	if (t->message != NULL)
		tui_canvas_text(c, 0, t->h - 1, t->w, t->message,
		    t->message_error ? TUI_ROLE_ERROR : TUI_ROLE_PROMPT, 1);
	else
		tui_canvas_text(c, 0, t->h - 1, t->w, hint, TUI_ROLE_CREDIT, 1);
}

/* A key on a one-list screen: the command its scope binds, or a message
 * that none is bound (resizes and mouse events are no commands). */
void
tui_render_list_key(struct tui *t, int scope, int key)
{
	int	cmd = tui_keymap_lookup(&t->keys, scope, key);
	char	name[32];

	free(t->message);
	t->message = NULL;
	if (cmd >= 0)
		tui_commands[cmd].fn(t);
	else if (key != TUI_KEY_RESIZE && key != TUI_KEY_MOUSE)
		tui_message(t, 0, "%s is not bound here",
		    tui_key_name(key, name, sizeof name));
}
