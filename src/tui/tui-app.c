/*
 * The reader's state and what happens on a key, a resize or a mouse event,
 * without curses: tui-screen.c feeds events in and puts what tui_render()
 * draws on the terminal. The cursor is one canonical code point; its
 * sentence (from analyze_sentences(), computed per block on first use) is
 * what the article highlights and where every jump starts.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "doc.h"
#include "util.h"
#include "tui-int.h"

#define TUI_APP_NONE	((size_t)-1)

static void
tui_app_ranges(struct tui *t)
{
	const struct doc	*d = t->doc;
	size_t			 i, k;

	for (i = 0; i < d->nquotes; i++)
		tui_ranges_add(&t->quotes, d->quotes[i].start,
		    d->quotes[i].end, i);
	for (i = 0; i < d->nentities; i++) {
		for (k = 0; k < d->entities[i].nmentions; k++)
			tui_ranges_add(&t->mentions,
			    d->entities[i].mentions[k].start,
			    d->entities[i].mentions[k].end, i);
	}
	for (i = 0; i < d->nblocks; i++)
		tui_ranges_add(&t->blocks, d->blocks[i].start,
		    d->blocks[i].end, i);
	tui_ranges_sort(&t->quotes);
	tui_ranges_sort(&t->mentions);
	tui_ranges_sort(&t->blocks);
	tui_ranges_sort(&t->matches);
}

struct tui *
tui_create(struct doc *doc, const char *source)
{
	struct tui	*t = xcalloc(1, sizeof *t);

	t->doc = doc;
	t->source = source;
	t->entity = -1;
	tui_keymap_init(&t->keys);
	tui_config_init(&t->config);
	util_buf_init(&t->input);
	tui_notes_init(&t->notes);
	tui_app_ranges(t);
	t->sentences = xcalloc(doc->nblocks + 1, sizeof *t->sentences);
	t->nsentences = xcalloc(doc->nblocks + 1, sizeof *t->nsentences);
	t->cur = doc->nblocks > 0 ? doc->blocks[0].start : 0;
	t->article = tui_pane_article_create(t);
	t->sidebar = tui_pane_sidebar_create(t);
	t->help = tui_pane_help_create(t);
	return t;
}

void
tui_free(struct tui *t)
{
	size_t	i;

	if (t == NULL)
		return;
	tui_pane_free(t->article);
	tui_pane_free(t->sidebar);
	tui_pane_free(t->help);
	for (i = 0; i < t->doc->nblocks; i++)
		free(t->sentences[i]);
	free(t->sentences);
	free(t->nsentences);
	tui_ranges_clear(&t->quotes);
	tui_ranges_clear(&t->mentions);
	tui_ranges_clear(&t->blocks);
	tui_ranges_clear(&t->matches);
	tui_keymap_clear(&t->keys);
	tui_config_clear(&t->config);
	util_buf_clear(&t->input);
	tui_notes_clear(&t->notes);
	free(t->query);
	free(t->message);
	free(t);
}

void
tui_message(struct tui *t, int error, const char *fmt, ...)
{
	va_list	ap;

	free(t->message);
	va_start(ap, fmt);
	t->message = xvasprintf(fmt, ap);
	va_end(ap);
	t->message_error = error;
}

size_t
tui_block_at(const struct tui *t, size_t cp)
{
	size_t	i = tui_ranges_before(&t->blocks, cp + 1);

	return i == TUI_APP_NONE ? 0 : t->blocks.v[i].ref;
}

/* Code points of s[0..byte). */
static size_t
tui_app_cps(const char *s, size_t byte)
{
	return util_utf8_cp_count(s, byte);
}

const struct tui_range *
tui_block_sentences(struct tui *t, size_t b, size_t *n)
{
	const struct doc_block	*blk;
	struct analyze_sentence	*v = NULL;
	size_t			 k, m;

	*n = 0;
	if (b >= t->doc->nblocks)
		return NULL;
	if (t->sentences[b] != NULL) {
		*n = t->nsentences[b];
		return t->sentences[b];
	}
	blk = &t->doc->blocks[b];
	m = analyze_sentences(blk->text, blk->text_len, &v);
	t->sentences[b] = xcalloc(m + 1, sizeof **t->sentences);
	for (k = 0; k < m; k++) {
		t->sentences[b][k].start = blk->start +
		    tui_app_cps(blk->text, v[k].start);
		t->sentences[b][k].end = blk->start +
		    tui_app_cps(blk->text, v[k].end);
		t->sentences[b][k].ref = b;
	}
	if (m == 0) {
		/* No sentence found: the block is one. */
		t->sentences[b][0].start = blk->start;
		t->sentences[b][0].end = blk->end;
		t->sentences[b][0].ref = b;
		m = 1;
	}
	free(v);
	t->nsentences[b] = m;
	*n = m;
	return t->sentences[b];
}

void
tui_cursor_sentence(struct tui *t, size_t *start, size_t *end)
{
	const struct tui_range	*s;
	size_t			 n, i, b;

	*start = *end = 0;
	if (t->doc->nblocks == 0)
		return;
	b = tui_block_at(t, t->cur);
	s = tui_block_sentences(t, b, &n);
	for (i = n; i > 1 && s[i - 1].start > t->cur; i--)
		;
	*start = s[i - 1].start;
	*end = s[i - 1].end;
}

int
tui_sidebar_shown(const struct tui *t)
{
	if (t->sidebar_user != 0)
		return t->sidebar_user > 0;
	return t->w >= 80;
}

/* The sidebar covers the article when there is no room for both. */
static int
tui_app_overlay(const struct tui *t)
{
	return tui_sidebar_shown(t) && t->w < 60;
}

static void
tui_app_geometry(const struct tui *t, struct tui_rect *side,
    struct tui_rect *art)
{
	int	h = t->h - 2, sw;

	memset(side, 0, sizeof *side);
	*art = (struct tui_rect){ 0, 0, t->w, h };
	if (!tui_sidebar_shown(t))
		return;
	if (tui_app_overlay(t)) {
		*side = (struct tui_rect){ 0, 0, t->w, h };
		art->w = 0;
		return;
	}
	sw = t->w * 3 / 10;
	sw = sw < 24 ? 24 : sw > 40 ? 40 : sw;
	*side = (struct tui_rect){ 0, 0, sw, h };
	*art = (struct tui_rect){ sw + 1, 0, t->w - sw - 1, h };
}

/* Tells the panes their sizes after a resize or a sidebar toggle. */
void
tui_resize(struct tui *t, int w, int h)
{
	struct tui_rect	side, art;

	t->w = w;
	t->h = h;
	t->too_small = w < 20 || h < 6;
	if (t->too_small)
		return;
	tui_app_geometry(t, &side, &art);
	t->article->rect = art;
	t->sidebar->rect = side;
	if (art.w > 0)
		t->article->ops->resize(t->article, art.w, art.h);
	if (side.w > 0)
		t->sidebar->ops->resize(t->sidebar, side.w, side.h);
	t->help->ops->resize(t->help, w, h - 2);
	if (!tui_sidebar_shown(t))
		t->focus_sidebar = 0;
	if (tui_app_overlay(t))
		t->focus_sidebar = 1;
}

void
tui_cursor_set(struct tui *t, size_t cp, int top)
{
	t->cur = cp;
	if (top && tui_app_overlay(t)) {
		/* A jump from the full-width sidebar shows where it went. */
		t->sidebar_user = 0;
		t->focus_sidebar = 0;
		tui_resize(t, t->w, t->h);
	}
	tui_article_show(t->article, cp, top);
}
