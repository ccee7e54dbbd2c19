/*
 * tui_feed_run(): the feed screen's loop. The feed is read (fetched with
 * progress on the screen for a URL, loaded for a file) before the list
 * shows; Enter reads an item on the same screen and comes back to the
 * list with its marks updated; r reads the feed again. A failure after
 * the first read (an item's link, a refresh) is a message on the screen,
 * which stays; only a first read that fails ends the screen with a cause.
 *
 * An item opens from the library when its link is saved there (offline),
 * from its content:encoded when that carries the whole article (no link,
 * or at least TUI_FEED_FULL bytes of HTML), else from its link.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "doc.h"
#include "import.h"
#include "load.h"
#include "store.h"
#include "util.h"
#include "tui.h"
#include "tui-int.h"

#define TUI_FEED_FULL	2000

struct tui_feed_run {
	struct tui			*t;	/* the bare screen state */
	struct tui_screen		*s;
	struct store			*store;	/* NULL: none */
	const char			*why;	/* why there is none */
	const char			*source;
	const struct load_net_options	*net;
};

static void
tui_feed_behind(void *arg, struct tui_canvas *c)
{
	struct tui	*t = arg;

	if (t->feed != NULL)
		tui_feed_render(t, c);
}

static struct tui_fetch
tui_feed_fetcher(struct tui_feed_run *r)
{
	return (struct tui_fetch){ r->s, &r->t->config, r->net,
	    tui_feed_behind, r->t };
}

/* The feed at r->source; NULL with *cause. */
static struct import_feed *
tui_feed_read(struct tui_feed_run *r, char **cause)
{
	struct load_result	 in;
	struct import_feed	*feed;
	struct tui_fetch	 f = tui_feed_fetcher(r);
	char			*why;
	int			 rc;

	if (load_url_is(r->source))
		rc = tui_fetch_load(&f, r->source, &in, cause);
	else
		rc = load_source(r->source, IMPORT_FEED_MAX_SIZE, &in, cause);
	if (rc != 0)
		return NULL;
	feed = import_feed(in.data, in.len, in.url, cause);
	load_result_clear(&in);
	if (feed == NULL) {
		why = *cause;
		*cause = xasprintf("%s: %s", r->source, why);
		free(why);
	}
	return feed;
}

/* The item's content:encoded as the article; NULL when it is not one. */
static struct doc *
tui_feed_content(const struct import_feed_item *it)
{
	struct doc	*doc;

	if (it->content == NULL || (it->link != NULL &&
	    strlen(it->content) < TUI_FEED_FULL))
		return NULL;
	if ((doc = import_html(it->content, strlen(it->content), NULL)) ==
	    NULL)
		return NULL;
	if (doc->meta.title == NULL && it->title != NULL)
		doc_meta_set_title(doc, it->title);
	if (doc->meta.published == NULL && it->date != NULL)
		doc_meta_set_published(doc, it->date);
	/* The link is the identity: notes follow the article, however it
	 * was opened. */
	if (it->link != NULL)
		doc_meta_set_url(doc, it->link);
	analyze_document(doc);
	return doc;
}

static struct doc *
tui_feed_item_doc(struct tui_feed_run *r, const struct import_feed_item *it,
    char **cause)
{
	struct tui_fetch	 f = tui_feed_fetcher(r);
	struct doc		*doc;

	if ((doc = tui_run_saved(r->store, it->link)) != NULL ||
	    (doc = tui_feed_content(it)) != NULL)
		return doc;
	if (it->link == NULL) {
		util_cause_set(cause, "%s", "this item has no link and no "
		    "article of its own");
		return NULL;
	}
	return tui_fetch_doc(&f, it->link, cause);
}

/* Enter: reads the item and marks it read; back to the list after. */
static void
tui_feed_open(struct tui_feed_run *r)
{
	const struct import_feed_item	*it = tui_feed_item(r->t->feed);
	struct doc			*doc;
	char				*cause = NULL;

	r->t->feed_open = 0;
	if (it == NULL)
		return;
	if ((doc = tui_feed_item_doc(r, it, &cause)) == NULL) {
		tui_message(r->t, 1, "%s", cause);
		free(cause);
		return;
	}
	/* Read once it opened: an item that failed stays unread. */
	if (tui_feed_mark_read(r->t->feed, &cause) != 0) {
		tui_message(r->t, 1, "%s", cause);
		free(cause);
	}
	tui_run_reader(r->s, r->store, r->why, doc, it->link != NULL ?
	    it->link : r->source);
	doc_free(doc);
	tui_feed_reload(r->t->feed);
}

static void
tui_feed_refresh(struct tui_feed_run *r)
{
	struct import_feed	*feed;
	char			*cause = NULL;

	r->t->feed_refresh = 0;
	if ((feed = tui_feed_read(r, &cause)) == NULL) {
		tui_message(r->t, 1, "%s", cause);
		free(cause);
		return;
	}
	tui_feed_set(r->t->feed, feed);
	tui_message(r->t, 0, "%zu items", feed->nitems);
}

static void
tui_feed_loop(struct tui_feed_run *r)
{
	struct tui		*t = r->t;
	struct tui_canvas	 c;
	int			 w, h, key;

	tui_canvas_init(&c);
	while (!t->quit && !tui_screen_signalled()) {
		tui_screen_size(r->s, &w, &h);
		t->w = w;
		t->h = h;
		tui_feed_render(t, &c);
		tui_screen_draw(r->s, &c, &t->config);
		key = tui_screen_key(r->s, 250, &t->mouse);
		if (key >= 0 && key != TUI_KEY_RESIZE)
			tui_feed_key(t, key);
		if (t->feed_open)
			tui_feed_open(r);
		if (t->feed_refresh)
			tui_feed_refresh(r);
	}
	tui_canvas_clear(&c);
}

/* Read marks are kept by URL, or by a file's absolute path. */
static char *
tui_feed_key_make(const char *source)
{
	char	 path[PATH_MAX];

	if (load_url_is(source) || realpath(source, path) == NULL)
		return xstrdup(source);
	return xstrdup(path);
}

static void
tui_feed_state_free(struct tui *t)
{
	tui_pane_free(t->feed);
	tui_keymap_clear(&t->keys);
	tui_config_clear(&t->config);
	free(t->message);
	free(t);
}

int
tui_feed_run(const char *source, const struct load_net_options *net,
    char **cause)
{
	struct tui_feed_run	 r = { .source = source, .net = net };
	struct import_feed	*feed;
	char			*why = NULL, *key;
	int			 rc = -1;

	tui_run_locale();
	r.store = store_open(NULL, &why);
	r.why = why;
	tui_screen_signals();
	if ((r.s = tui_screen_open(stdin, stdout, NULL, cause)) == NULL)
		goto out;
	r.t = xcalloc(1, sizeof *r.t);
	tui_keymap_init(&r.t->keys);
	tui_config_init(&r.t->config);
	tui_config_load(&r.t->config, &r.t->keys);
	if ((feed = tui_feed_read(&r, cause)) != NULL) {
		key = tui_feed_key_make(source);
		r.t->feed = tui_pane_feed_create(r.t, r.store, key, feed);
		free(key);
		if (why != NULL)
			tui_message(r.t, 1, "Read marks are not kept: %s",
			    why);
		tui_feed_loop(&r);
		rc = 0;
	}
	tui_feed_state_free(r.t);
out:
	tui_screen_close(r.s);
	store_close(r.store);
	free(why);
	return rc;
}

/* The whole screen: the list, a status line and the keys. */
void
tui_feed_render(struct tui *t, struct tui_canvas *c)
{
	tui_render_list_screen(t, c, t->feed, "marginalia · feed · "
	    "• unread  ✎ noted", "Enter read  r refresh  o browser  j k move  "
	    "q quit");
}

void
tui_feed_key(struct tui *t, int key)
{
	tui_render_list_key(t, TUI_SCOPE_FEED, key);
}
