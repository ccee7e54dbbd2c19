/*
 * Fetching inside the reader: load_url with a progress hook that puts the
 * bytes so far and a spinner on the status line and looks for q, Esc or
 * C-c between two reads, and the import of what came (HTML or text) into
 * an analysed document whose identity is the page's canonical URL, else
 * the final URL.
 *
 * The hook runs inside libcurl, at least once a second even when the
 * server sends nothing, so a stalled fetch can always be cancelled. It
 * redraws at most every TUI_FETCH_FRAME_MS: curl calls it far more often
 * on a fast transfer than a terminal needs.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyze.h"
#include "doc.h"
#include "import.h"
#include "load.h"
#include "util.h"
#include "tui-int.h"

#define TUI_FETCH_FRAME_MS	100

struct tui_fetch_state {
	const struct tui_fetch	*f;
	const char		*url;
	struct tui_canvas	 canvas;
	long			 last_ms;
	unsigned		 frame;
	int			 cancelled;
};

static long
tui_fetch_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* "12.3 KB" and friends into buf. */
static void
tui_fetch_size(size_t n, char *buf, size_t size)
{
	if (n < 1024)
		snprintf(buf, size, "%zu bytes", n);
	else if (n < 1024 * 1024)
		snprintf(buf, size, "%.1f KB", n / 1024.0);
	else
		snprintf(buf, size, "%.1f MB", n / (1024.0 * 1024.0));
}

/* The screen behind (the caller's, or a title) and the status line. */
static void
tui_fetch_draw(struct tui_fetch_state *st, size_t bytes, size_t total)
{
	static const char *const spin[] = { "|", "/", "-", "\\" };
	const struct tui_fetch	*f = st->f;
	struct tui_canvas	*c = &st->canvas;
	char			 got[32], all[32], *line;
	int			 w, h;

	tui_screen_size(f->screen, &w, &h);
	tui_canvas_resize(c, w, h);
	tui_canvas_erase(c);
	if (f->render != NULL)
		f->render(f->arg, c);
	else
		tui_canvas_text(c, 1, 0, w - 1, "marginalia", TUI_ROLE_TITLE,
		    1);
	tui_fetch_size(bytes, got, sizeof got);
	if (total > 0)
		tui_fetch_size(total, all, sizeof all);
	line = xasprintf("%s Fetching %s · %s%s%s", spin[st->frame++ % 4],
	    st->url, got, total > 0 ? " of " : "", total > 0 ? all : "");
	tui_canvas_fill(c, 0, h - 2, w, TUI_ROLE_STATUS);
	tui_canvas_text(c, 1, h - 2, w - 2, line, TUI_ROLE_STATUS, 1);
	tui_canvas_fill(c, 0, h - 1, w, TUI_ROLE_TEXT);
	tui_canvas_text(c, 0, h - 1, w, "q, Esc or C-c cancels",
	    TUI_ROLE_CREDIT, 1);
	free(line);
	tui_screen_draw(f->screen, c, f->config);
}

/* The hook: redraws now and then; non-zero cancels. */
static int
tui_fetch_progress(size_t bytes, size_t total, void *arg)
{
	struct tui_fetch_state	*st = arg;
	struct tui_mouse	 mouse;
	long			 now = tui_fetch_now_ms();
	int			 key;

	while ((key = tui_screen_key(st->f->screen, 0, &mouse)) >= 0) {
		if (key == 'q' || key == TUI_KEY_ESC ||
		    key == TUI_KEY_CTRL('c'))
			st->cancelled = 1;
	}
	if (tui_screen_signalled())
		st->cancelled = 1;
	if (st->cancelled)
		return 1;
	if (now - st->last_ms >= TUI_FETCH_FRAME_MS) {
		st->last_ms = now;
		tui_fetch_draw(st, bytes, total);
	}
	return 0;
}

int
tui_fetch_load(const struct tui_fetch *f, const char *url,
    struct load_result *out, char **cause)
{
	struct load_net_options	 net;
	struct tui_fetch_state	 st;
	int			 rc;

	memset(&st, 0, sizeof st);
	st.f = f;
	st.url = url;
	tui_canvas_init(&st.canvas);
	if (f->net != NULL)
		net = *f->net;
	else
		memset(&net, 0, sizeof net);
	net.progress = tui_fetch_progress;
	net.progress_arg = &st;
	tui_fetch_draw(&st, 0, 0);
	rc = load_url(url, &net, out, cause);
	tui_canvas_clear(&st.canvas);
	return rc;
}

struct doc *
tui_fetch_import(struct load_result *in, const char *url, char **cause)
{
	struct doc	*doc;

	if (in->kind == LOAD_KIND_HTML)
		doc = import_html(in->data, in->len, cause);
	else
		doc = import_text(in->data, in->len, cause);
	/* The page's canonical URL is the identity; else the final one. */
	if (doc != NULL && doc->meta.url == NULL)
		doc_meta_set_url(doc, in->url != NULL ? in->url : url);
	if (doc == NULL) {
		char	*why = *cause;

		*cause = xasprintf("%s: %s", url, why);
		free(why);
	} else
		analyze_document(doc);
	return doc;
}

struct doc *
tui_fetch_doc(const struct tui_fetch *f, const char *url, char **cause)
{
	struct load_result	 in;
	struct doc		*doc;

	if (tui_fetch_load(f, url, &in, cause) != 0)
		return NULL;
	doc = tui_fetch_import(&in, url, cause);
	load_result_clear(&in);
	return doc;
}
