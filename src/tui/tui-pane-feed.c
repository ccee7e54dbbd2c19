/*
 * The feed screen's pane (marginalia feed URL|FILE on a terminal): one row
 * per item through the shared tui_list, a mark for unread ("•") and one
 * for noted ("✎"), the title, and on the right the item's site (its
 * link's host) and date. Marks come from the library: the items read of
 * this feed (store_feed_read_get, by guid) and whether the item's link is
 * a saved article with notes (one pass over the library's rows, not a
 * query per item, so a 500-item feed opens at once).
 *
 * The pane owns the feed; tui-feed.c replaces it on a refresh, and reads
 * the selected item to open it. The screen runs on a bare struct tui (key
 * map, config, size, quit), like the library screen.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "store.h"
#include "util.h"
#include "tui-int.h"

struct tui_feed_pane {
	struct store		*store;		/* not owned; NULL: none */
	char			*key;		/* the feed's name for marks */
	struct import_feed	*feed;
	unsigned char		*read, *noted;
	size_t			 nunread;
	struct tui_list		 list;
};

static struct tui_feed_pane *
tui_feed_data(struct tui_pane *p)
{
	return p->data;
}

static size_t
tui_feed_count(void *arg)
{
	struct tui_feed_pane	*fp = arg;

	return fp->feed != NULL ? fp->feed->nitems : 0;
}

/* The host of an http(s) link ("www.dw.com"), at most size-1 bytes. */
static void
tui_feed_host(const char *link, char *buf, size_t size)
{
	const char	*h = link != NULL ? strstr(link, "://") : NULL;

	buf[0] = '\0';
	if (h == NULL)
		return;
	h += 3;
	snprintf(buf, size, "%.*s", (int)strcspn(h, "/?#"), h);
}

static void
tui_feed_row_draw(void *arg, size_t i, struct tui_canvas *c, int x, int y,
    int w, uint16_t mark)
{
	struct tui_feed_pane		*fp = arg;
	const struct import_feed_item	*it = &fp->feed->items[i];
	char				 host[64], *right;
	int				 rw;

	tui_feed_host(it->link, host, sizeof host);
	right = xasprintf(" %s%s%.10s ", host, *host && it->date ? " · " : "",
	    it->date ? it->date : "");
	rw = tui_sanitize_width(right, strlen(right));
	if (rw > w / 2)
		rw = w / 2;
	tui_canvas_fill(c, x, y, w, (uint16_t)(TUI_ROLE_TEXT | mark));
	if (mark != 0)
		tui_canvas_text(c, x, y, 1, ">", mark, 0);
	if (!fp->read[i])
		tui_canvas_text(c, x + 1, y, 1, "•",
		    (uint16_t)(TUI_ROLE_HEADING | mark), 0);
	if (fp->noted[i])
		tui_canvas_text(c, x + 2, y, 1, "✎",
		    (uint16_t)(TUI_ROLE_COUNT | mark), 0);
	tui_canvas_text(c, x + w - rw, y, rw, right,
	    (uint16_t)(TUI_ROLE_COUNT | mark), 1);
	tui_canvas_text(c, x + 4, y, w - rw - 5, it->title ? it->title :
	    it->link ? it->link : "(untitled)",
	    (uint16_t)((fp->read[i] ? TUI_ROLE_TEXT : TUI_ROLE_TITLE) | mark),
	    1);
	free(right);
}

static const struct tui_list_ops tui_feed_list_ops = {
	tui_feed_count, NULL, tui_feed_row_draw
};

/* Whether link is a saved article with notes, by the library's rows. */
static int
tui_feed_noted(const struct store_document *docs, size_t n,
    const char *link)
{
	if (link == NULL)
		return 0;
	for (size_t k = 0; k < n; k++) {
		const struct store_document	*d = &docs[k];

		if (d->nnotes > 0 && ((d->url && !strcmp(d->url, link)) ||
		    (d->source && !strcmp(d->source, link)) ||
		    !strcmp(d->identity, link)))
			return 1;
	}
	return 0;
}

/* Reads the marks of every item from the library. */
static void
tui_feed_marks(struct tui_feed_pane *fp)
{
	struct store_document	*docs = NULL;
	size_t			 ndocs = 0, n = tui_feed_count(fp);

	free(fp->read);
	free(fp->noted);
	fp->read = xcalloc(n + 1, 1);
	fp->noted = xcalloc(n + 1, 1);
	if (fp->store != NULL &&
	    store_document_list(fp->store, &docs, &ndocs, NULL) != 0)
		ndocs = 0;
	fp->nunread = 0;
	for (size_t i = 0; i < n; i++) {
		const struct import_feed_item	*it = &fp->feed->items[i];

		fp->read[i] = fp->store != NULL && it->guid != NULL &&
		    store_feed_read_get(fp->store, fp->key, it->guid,
		    NULL) == 1;
		fp->nunread += !fp->read[i];
		fp->noted[i] = tui_feed_noted(docs, ndocs, it->link);
	}
	store_document_list_free(docs, ndocs);
}

static void
tui_feed_draw(struct tui_pane *p, struct tui_canvas *c, struct tui_rect r)
{
	struct tui_feed_pane	*fp = tui_feed_data(p);
	const struct import_feed *f = fp->feed;
	char			*head;

	head = xasprintf("%s · %zu item%s, %zu unread", f->title ? f->title :
	    fp->key, f->nitems, f->nitems == 1 ? "" : "s", fp->nunread);
	tui_canvas_text(c, r.x + 1, r.y, r.w - 1, head, TUI_ROLE_TITLE, 1);
	free(head);
	if (f->nitems == 0)
		tui_canvas_text(c, r.x + 1, r.y + 2, r.w - 1, "The feed has "
		    "no items", TUI_ROLE_ROLE, 1);
	else
		tui_list_draw(&fp->list, c, r.x, r.y + 2, r.w, r.h - 2, 1);
}

static void
tui_feed_resize(struct tui_pane *p, int w, int h)
{
	(void)w;
	tui_feed_data(p)->list.height = h > 2 ? h - 2 : 1;
}

static void
tui_feed_free(struct tui_pane *p)
{
	struct tui_feed_pane	*fp = tui_feed_data(p);

	import_feed_free(fp->feed);
	free(fp->read);
	free(fp->noted);
	free(fp->key);
	free(fp);
}

static const struct tui_pane_ops tui_feed_ops = {
	.name = "feed",
	.scope = TUI_SCOPE_FEED,
	.draw = tui_feed_draw,
	.resize = tui_feed_resize,
	.key = NULL,
	.free = tui_feed_free,
};

struct tui_pane *
tui_pane_feed_create(struct tui *t, struct store *store, const char *key,
    struct import_feed *feed)
{
	struct tui_pane		*p = xcalloc(1, sizeof *p);
	struct tui_feed_pane	*fp = xcalloc(1, sizeof *fp);

	fp->store = store;
	fp->key = xstrdup(key);
	fp->list.height = 1;
	p->ops = &tui_feed_ops;
	p->tui = t;
	p->data = fp;
	tui_feed_set(p, feed);
	return p;
}

void
tui_feed_set(struct tui_pane *p, struct import_feed *feed)
{
	struct tui_feed_pane	*fp = tui_feed_data(p);
	size_t			 sel = fp->list.sel;
	int			 h = fp->list.height;

	import_feed_free(fp->feed);
	fp->feed = feed;
	tui_feed_marks(fp);
	tui_list_init(&fp->list, &tui_feed_list_ops, fp);
	fp->list.height = h;
	/* A refresh keeps the reader's place as far as it still exists. */
	if (feed->nitems > 0)
		tui_list_select(&fp->list, sel < feed->nitems ? sel :
		    feed->nitems - 1);
}

void
tui_feed_reload(struct tui_pane *p)
{
	tui_feed_marks(tui_feed_data(p));
}

void
tui_feed_move(struct tui_pane *p, long delta)
{
	tui_list_move(&tui_feed_data(p)->list, delta);
}

void
tui_feed_edge(struct tui_pane *p, int end)
{
	struct tui_list	*l = &tui_feed_data(p)->list;

	if (end)
		tui_list_last(l);
	else
		tui_list_first(l);
}

const struct import_feed_item *
tui_feed_item(struct tui_pane *p)
{
	struct tui_feed_pane	*fp = tui_feed_data(p);

	if (fp->list.sel >= tui_feed_count(fp))
		return NULL;
	return &fp->feed->items[fp->list.sel];
}

int
tui_feed_mark_read(struct tui_pane *p, char **cause)
{
	struct tui_feed_pane		*fp = tui_feed_data(p);
	const struct import_feed_item	*it = tui_feed_item(p);

	if (it == NULL || fp->read[fp->list.sel])
		return 0;
	fp->read[fp->list.sel] = 1;
	fp->nunread--;
	if (fp->store == NULL || it->guid == NULL)
		return 0;
	return store_feed_read_set(fp->store, fp->key, it->guid, cause);
}
