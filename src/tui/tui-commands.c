/*
 * The command table: every action the reader can take, by name, with its
 * function and a line of help. Keys are bound to these names (tui-keys.c,
 * a config file), and the help screen and docs/keys.md list them. Jumps
 * move the cursor (a canonical cp) and scroll its line to the top.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "import.h"
#include "load.h"
#include "util.h"
#include "tui-int.h"

#define TUI_CMD_NONE	((size_t)-1)

static void
tui_cmd_line_down(struct tui *t)
{
	tui_article_scroll(t->article, 1);
}
static void
tui_cmd_line_up(struct tui *t)
{
	tui_article_scroll(t->article, -1);
}
static void
tui_cmd_page_down(struct tui *t)
{
	tui_article_page(t->article, 1);
}
static void
tui_cmd_page_up(struct tui *t)
{
	tui_article_page(t->article, -1);
}
static void
tui_cmd_top(struct tui *t)
{
	tui_article_edge(t->article, 0);
}
static void
tui_cmd_bottom(struct tui *t)
{
	tui_article_edge(t->article, 1);
}

/* The sentence after (dir 1) or before (dir -1) the cursor's. */
static void
tui_cmd_sentence(struct tui *t, int dir)
{
	const struct tui_range	*s;
	size_t			 b = tui_block_at(t, t->cur), n, i, start, end;

	if (t->doc->nblocks == 0)
		return;
	tui_cursor_sentence(t, &start, &end);
	if (dir < 0 && t->cur > start) {
		tui_cursor_set(t, start, 0);
		return;
	}
	s = tui_block_sentences(t, b, &n);
	for (i = 0; i < n && s[i].start != start; i++)
		;
	if (dir > 0 && i + 1 < n)
		tui_cursor_set(t, s[i + 1].start, 0);
	else if (dir < 0 && i > 0 && i < n)
		tui_cursor_set(t, s[i - 1].start, 0);
	else if (dir > 0 && b + 1 < t->doc->nblocks)
		tui_cursor_set(t, t->doc->blocks[b + 1].start, 0);
	else if (dir < 0 && b > 0) {
		s = tui_block_sentences(t, b - 1, &n);
		tui_cursor_set(t, s[n - 1].start, 0);
	}
}

static void
tui_cmd_sentence_next(struct tui *t)
{
	tui_cmd_sentence(t, 1);
}
static void
tui_cmd_sentence_prev(struct tui *t)
{
	tui_cmd_sentence(t, -1);
}

static void
tui_cmd_paragraph(struct tui *t, int dir)
{
	const struct doc	*d = t->doc;
	size_t			 b = tui_block_at(t, t->cur);

	if (d->nblocks == 0)
		return;
	if (dir > 0 && b + 1 < d->nblocks)
		tui_cursor_set(t, d->blocks[b + 1].start, 0);
	else if (dir < 0 && t->cur > d->blocks[b].start)
		tui_cursor_set(t, d->blocks[b].start, 0);
	else if (dir < 0 && b > 0)
		tui_cursor_set(t, d->blocks[b - 1].start, 0);
}

static void
tui_cmd_paragraph_next(struct tui *t)
{
	tui_cmd_paragraph(t, 1);
}
static void
tui_cmd_paragraph_prev(struct tui *t)
{
	tui_cmd_paragraph(t, -1);
}

static void
tui_cmd_section(struct tui *t, int dir)
{
	const struct doc	*d = t->doc;
	size_t			 s, first;

	if (d->nblocks == 0 || d->nsections == 0)
		return;
	s = d->blocks[tui_block_at(t, t->cur)].section;
	first = d->blocks[d->sections[s].first_block].start;
	if (dir > 0 && s + 1 < d->nsections)
		s++;
	else if (dir < 0 && t->cur <= first && s > 0)
		s--;
	else if (dir > 0 || t->cur <= first) {
		tui_message(t, 0, dir > 0 ? "Last section" : "First section");
		return;
	}
	tui_cursor_set(t, d->blocks[d->sections[s].first_block].start, 1);
}

static void
tui_cmd_section_next(struct tui *t)
{
	tui_cmd_section(t, 1);
}
static void
tui_cmd_section_prev(struct tui *t)
{
	tui_cmd_section(t, -1);
}

static void
tui_cmd_quote(struct tui *t, int dir)
{
	const struct doc_quote	*q;
	size_t			 i;

	i = dir > 0 ? tui_ranges_after(&t->quotes, t->cur) :
	    tui_ranges_before(&t->quotes, t->cur);
	if (i == TUI_CMD_NONE || i >= t->quotes.n) {
		tui_message(t, 0, t->quotes.n == 0 ? "No quotes" :
		    dir > 0 ? "No more quotes" : "No earlier quotes");
		return;
	}
	q = &t->doc->quotes[t->quotes.v[i].ref];
	tui_message(t, 0, "quote %zu/%zu: %s", i + 1, t->quotes.n,
	    q->speaker != NULL ? q->speaker : "(unattributed)");
	tui_cursor_set(t, q->start, 1);
}

static void
tui_cmd_quote_next(struct tui *t)
{
	tui_cmd_quote(t, 1);
}
static void
tui_cmd_quote_prev(struct tui *t)
{
	tui_cmd_quote(t, -1);
}

/* Finds an entity mentioned in the cursor's sentence. */
struct tui_cmd_pick {
	int	want, found, first;
};

static void
tui_cmd_pick_one(const struct tui_range *r, void *arg)
{
	struct tui_cmd_pick	*p = arg;

	if ((int)r->ref == p->want)
		p->found = 1;
	if (p->first < 0 || (int)r->ref < p->first)
		p->first = (int)r->ref;
}

/* The entity e/E follow: the one selected in a focused Entities tab,
 * else the one they followed last if the cursor is on it, else one under
 * the cursor, else the Entities tab's selection. */
static int
tui_cmd_entity_pick(struct tui *t)
{
	struct tui_cmd_pick	p = { t->entity, 0, -1 };
	size_t			s, e;
	int			sel = tui_sidebar_entity(t->sidebar);

	if (t->focus_sidebar && sel >= 0)
		return sel;
	tui_cursor_sentence(t, &s, &e);
	if (t->mentions.n > 0)
		tui_ranges_each(&t->mentions, s, e, tui_cmd_pick_one, &p);
	if (p.found)
		return t->entity;
	if (p.first >= 0)
		return p.first;
	return sel >= 0 ? sel : t->entity;
}

static void
tui_cmd_entity(struct tui *t, int dir)
{
	const struct doc_entity	*e;
	size_t			 i, best = TUI_CMD_NONE;
	int			 id = tui_cmd_entity_pick(t), wrapped = 0;

	if (id < 0 || (size_t)id >= t->doc->nentities) {
		tui_message(t, 0, "No entity under the cursor");
		return;
	}
	e = &t->doc->entities[id];
	for (i = 0; i < e->nmentions; i++) {
		size_t	m = e->mentions[i].start;

		if (dir > 0 ? m > t->cur && (best == TUI_CMD_NONE ||
		    m < e->mentions[best].start) : m < t->cur &&
		    (best == TUI_CMD_NONE || m > e->mentions[best].start))
			best = i;
	}
	if (best == TUI_CMD_NONE && e->nmentions > 0) {
		wrapped = 1;
		for (i = 0, best = 0; i < e->nmentions; i++) {
			if ((dir > 0) == (e->mentions[i].start <
			    e->mentions[best].start))
				best = i;
		}
	}
	if (best == TUI_CMD_NONE)
		return;
	t->entity = id;
	tui_message(t, 0, "%s: mention %zu/%zu%s", e->name, best + 1,
	    e->nmentions, wrapped ? " (wrapped)" : "");
	tui_cursor_set(t, e->mentions[best].start, 1);
}

static void
tui_cmd_entity_next(struct tui *t)
{
	tui_cmd_entity(t, 1);
}
static void
tui_cmd_entity_prev(struct tui *t)
{
	tui_cmd_entity(t, -1);
}

static void
tui_cmd_search(struct tui *t)
{
	t->prompt = 1;
	util_buf_clear(&t->input);
}

static void
tui_cmd_search_go(struct tui *t, int dir)
{
	size_t	i;
	int	wrapped = 0;

	if (t->matches.n == 0) {
		tui_message(t, 1, t->query ? "Not found: %s" :
		    "No search yet (/ searches)", t->query);
		return;
	}
	i = dir > 0 ? tui_ranges_after(&t->matches, t->cur) :
	    tui_ranges_before(&t->matches, t->cur);
	if (i == TUI_CMD_NONE || i >= t->matches.n) {
		i = dir > 0 ? 0 : t->matches.n - 1;
		wrapped = 1;
	}
	tui_message(t, 0, "match %zu/%zu: %s%s", i + 1, t->matches.n,
	    t->query, wrapped ? " (wrapped)" : "");
	tui_cursor_set(t, t->matches.v[i].start, 1);
}

static void
tui_cmd_search_next(struct tui *t)
{
	tui_cmd_search_go(t, 1);
}
static void
tui_cmd_search_prev(struct tui *t)
{
	tui_cmd_search_go(t, -1);
}

static void
tui_cmd_tab(struct tui *t, int tab)
{
	t->tab = (tab + TUI_TAB_MAX) % TUI_TAB_MAX;
	if (!tui_sidebar_shown(t)) {
		t->sidebar_user = 1;
		tui_resize(t, t->w, t->h);
	}
	t->focus_sidebar = 1;
}

static void
tui_cmd_tab_outline(struct tui *t)
{
	tui_cmd_tab(t, TUI_TAB_OUTLINE);
}
static void
tui_cmd_tab_quotes(struct tui *t)
{
	tui_cmd_tab(t, TUI_TAB_QUOTES);
}
static void
tui_cmd_tab_entities(struct tui *t)
{
	tui_cmd_tab(t, TUI_TAB_ENTITIES);
}
static void
tui_cmd_tab_notes(struct tui *t)
{
	tui_cmd_tab(t, TUI_TAB_NOTES);
}
static void
tui_cmd_tab_next(struct tui *t)
{
	tui_cmd_tab(t, t->tab + 1);
}
static void
tui_cmd_tab_prev(struct tui *t)
{
	tui_cmd_tab(t, t->tab - 1);
}

static void
tui_cmd_focus_toggle(struct tui *t)
{
	if (!tui_sidebar_shown(t)) {
		tui_cmd_tab(t, t->tab);
		return;
	}
	t->focus_sidebar = !t->focus_sidebar;
	if (!t->focus_sidebar && t->article->rect.w == 0) {
		t->sidebar_user = 0;
		tui_resize(t, t->w, t->h);
	}
}

static void
tui_cmd_focus_article(struct tui *t)
{
	if (t->focus_sidebar)
		tui_cmd_focus_toggle(t);
}

static void
tui_cmd_sidebar_toggle(struct tui *t)
{
	t->sidebar_user = tui_sidebar_shown(t) ? -1 : 1;
	if (t->sidebar_user > 0 && t->w < 60)
		t->focus_sidebar = 1;
	tui_resize(t, t->w, t->h);
}

static void
tui_cmd_select_next(struct tui *t)
{
	tui_sidebar_move(t->sidebar, 1);
}
static void
tui_cmd_select_prev(struct tui *t)
{
	tui_sidebar_move(t->sidebar, -1);
}
static void
tui_cmd_select_first(struct tui *t)
{
	tui_sidebar_edge(t->sidebar, 0);
}
static void
tui_cmd_select_last(struct tui *t)
{
	tui_sidebar_edge(t->sidebar, 1);
}
static void
tui_cmd_select_jump(struct tui *t)
{
	tui_sidebar_jump(t->sidebar);
}
static void
tui_cmd_help(struct tui *t)
{
	t->help_open = 1;
}
static void
tui_cmd_help_close(struct tui *t)
{
	t->help_open = 0;
}
static void
tui_cmd_help_down(struct tui *t)
{
	tui_help_scroll(t->help, 1);
}
static void
tui_cmd_help_up(struct tui *t)
{
	tui_help_scroll(t->help, -1);
}
static void
tui_cmd_help_page_down(struct tui *t)
{
	tui_help_scroll(t->help, t->h - 4);
}
static void
tui_cmd_help_page_up(struct tui *t)
{
	tui_help_scroll(t->help, -(t->h - 4));
}
static void
tui_cmd_redraw(struct tui *t)
{
	(void)t;
}
static void
tui_cmd_quit(struct tui *t)
{
	t->quit = 1;
}
static void
tui_cmd_library_next(struct tui *t)
{
	tui_library_move(t->library, 1);
}
static void
tui_cmd_library_prev(struct tui *t)
{
	tui_library_move(t->library, -1);
}
static void
tui_cmd_library_first(struct tui *t)
{
	tui_library_edge(t->library, 0);
}
static void
tui_cmd_library_last(struct tui *t)
{
	tui_library_edge(t->library, 1);
}
static void
tui_cmd_library_open(struct tui *t)
{
	t->library_open = tui_library_selected(t->library) != 0;
}
static void
tui_cmd_feed_next(struct tui *t)
{
	tui_feed_move(t->feed, 1);
}
static void
tui_cmd_feed_prev(struct tui *t)
{
	tui_feed_move(t->feed, -1);
}
static void
tui_cmd_feed_first(struct tui *t)
{
	tui_feed_edge(t->feed, 0);
}
static void
tui_cmd_feed_last(struct tui *t)
{
	tui_feed_edge(t->feed, 1);
}
static void
tui_cmd_feed_open(struct tui *t)
{
	t->feed_open = tui_feed_item(t->feed) != NULL;
}
static void
tui_cmd_feed_refresh(struct tui *t)
{
	t->feed_refresh = 1;
}

/* The feed screen's item, else the article's canonical URL, else the
 * URL it was fetched from. */
static const char *
tui_cmd_link(struct tui *t)
{
	const struct import_feed_item	*it;

	if (t->feed != NULL)
		return (it = tui_feed_item(t->feed)) != NULL ? it->link : NULL;
	if (t->doc->meta.url != NULL)
		return t->doc->meta.url;
	return t->source != NULL && load_url_is(t->source) ? t->source :
	    NULL;
}

static void
tui_cmd_browser_open(struct tui *t)
{
	const char	*url = tui_cmd_link(t);
	char		*cause = NULL;

	if (tui_browser_open(url, &cause) != 0) {
		tui_message(t, 1, "%s", cause);
		free(cause);
	} else
		tui_message(t, 0, "Opened %s", url);
}

const struct tui_command tui_commands[] = {
	{ "line-down", tui_cmd_line_down, "scroll down a line" },
	{ "line-up", tui_cmd_line_up, "scroll up a line" },
	{ "page-down", tui_cmd_page_down, "scroll down a page" },
	{ "page-up", tui_cmd_page_up, "scroll up a page" },
	{ "top", tui_cmd_top, "go to the beginning" },
	{ "bottom", tui_cmd_bottom, "go to the end" },
	{ "sentence-next", tui_cmd_sentence_next, "next sentence" },
	{ "sentence-prev", tui_cmd_sentence_prev, "previous sentence" },
	{ "paragraph-next", tui_cmd_paragraph_next, "next paragraph" },
	{ "paragraph-prev", tui_cmd_paragraph_prev, "previous paragraph" },
	{ "section-next", tui_cmd_section_next, "next section" },
	{ "section-prev", tui_cmd_section_prev, "previous section" },
	{ "quote-next", tui_cmd_quote_next, "next quote" },
	{ "quote-prev", tui_cmd_quote_prev, "previous quote" },
	{ "entity-next", tui_cmd_entity_next,
	    "next mention of the entity under the cursor or selected" },
	{ "entity-prev", tui_cmd_entity_prev,
	    "previous mention of that entity" },
	{ "search", tui_cmd_search, "search (ignores case and accents)" },
	{ "search-next", tui_cmd_search_next, "next match" },
	{ "search-prev", tui_cmd_search_prev, "previous match" },
	{ "tab-outline", tui_cmd_tab_outline, "sidebar: outline" },
	{ "tab-quotes", tui_cmd_tab_quotes, "sidebar: quotes by speaker" },
	{ "tab-entities", tui_cmd_tab_entities, "sidebar: entities by type" },
	{ "tab-notes", tui_cmd_tab_notes, "sidebar: notes" },
	{ "tab-next", tui_cmd_tab_next, "next sidebar tab" },
	{ "tab-prev", tui_cmd_tab_prev, "previous sidebar tab" },
	{ "focus-toggle", tui_cmd_focus_toggle,
	    "move focus between sidebar and article" },
	{ "focus-article", tui_cmd_focus_article, "back to the article" },
	{ "sidebar-toggle", tui_cmd_sidebar_toggle,
	    "show or hide the sidebar" },
	{ "select-next", tui_cmd_select_next, "next row" },
	{ "select-prev", tui_cmd_select_prev, "previous row" },
	{ "select-first", tui_cmd_select_first, "first row" },
	{ "select-last", tui_cmd_select_last, "last row" },
	{ "select-jump", tui_cmd_select_jump,
	    "jump to the row in the article" },
	{ "help", tui_cmd_help, "this help" },
	{ "help-close", tui_cmd_help_close, "close the help" },
	{ "help-down", tui_cmd_help_down, "scroll the help down" },
	{ "help-up", tui_cmd_help_up, "scroll the help up" },
	{ "help-page-down", tui_cmd_help_page_down, "help: a page down" },
	{ "help-page-up", tui_cmd_help_page_up, "help: a page up" },
	{ "select-start", tui_notes_cmd_select,
	    "start a selection at the cursor sentence (v again ends it)" },
	{ "select-clear", tui_notes_cmd_select_clear, "drop the selection" },
	{ "annotate", tui_notes_cmd_annotate,
	    "write a note on the selection or the cursor sentence" },
	{ "highlight", tui_notes_cmd_highlight,
	    "highlight the selection or the sentence, no note" },
	{ "note-edit", tui_notes_cmd_edit, "edit the note under the cursor" },
	{ "note-delete", tui_notes_cmd_delete,
	    "delete the note under the cursor (asks y/n)" },
	{ "note-next", tui_notes_cmd_next, "next note" },
	{ "note-prev", tui_notes_cmd_prev, "previous note" },
	{ "library-next", tui_cmd_library_next, "next article" },
	{ "library-prev", tui_cmd_library_prev, "previous article" },
	{ "library-first", tui_cmd_library_first, "first article" },
	{ "library-last", tui_cmd_library_last, "last article" },
	{ "library-open", tui_cmd_library_open, "read the article" },
	{ "feed-next", tui_cmd_feed_next, "next item" },
	{ "feed-prev", tui_cmd_feed_prev, "previous item" },
	{ "feed-first", tui_cmd_feed_first, "first item" },
	{ "feed-last", tui_cmd_feed_last, "last item" },
	{ "feed-open", tui_cmd_feed_open,
	    "read the item (its link, or the article the feed carries)" },
	{ "feed-refresh", tui_cmd_feed_refresh, "fetch the feed again" },
	{ "browser-open", tui_cmd_browser_open,
	    "open the article's (or the item's) link in $BROWSER" },
	{ "redraw", tui_cmd_redraw, "redraw the screen" },
	{ "quit", tui_cmd_quit, "quit" },
};

const size_t tui_ncommands = sizeof tui_commands / sizeof tui_commands[0];
