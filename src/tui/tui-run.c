/*
 * tui_run(): the reader's loop. Opens the library (reading goes on without
 * it), builds the state, reads the config, opens the screen, then draws,
 * waits for a key and hands it on until a quit or a signal, and saves the
 * reading position. tui_library_run(): the library screen's loop, which
 * reads a chosen article the same way on the same screen. tui_url_run():
 * a URL read from the library when it is there (offline), else fetched
 * with progress on the screen first. The terminal is given back before
 * returning on every path.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "doc.h"
#include "load.h"
#include "store.h"
#include "tui.h"
#include "util.h"
#include "tui-int.h"

void
tui_run_locale(void)
{
	const char	*set = setlocale(LC_CTYPE, "");

	if (set != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
}

/* Draws, waits for a key and hands it on until a quit or a signal. */
static void
tui_run_loop(struct tui *t, struct tui_screen *s)
{
	struct tui_canvas	c;
	int			w, h, key;

	tui_canvas_init(&c);
	tui_screen_size(s, &w, &h);
	tui_resize(t, w, h);
	tui_notes_resume(t);
	while (!t->quit && !tui_screen_signalled()) {
		tui_sidebar_follow(t->sidebar);
		tui_render(t, &c);
		tui_screen_draw(s, &c, &t->config);
		key = tui_screen_key(s, 250, &t->mouse);
		if (key == TUI_KEY_RESIZE) {
			tui_screen_size(s, &w, &h);
			tui_resize(t, w, h);
		} else if (key >= 0)
			tui_key(t, key);
	}
	tui_canvas_clear(&c);
}

void
tui_run_reader(struct tui_screen *s, struct store *store,
    const char *unavailable, struct doc *doc, const char *source)
{
	struct tui	*t;

	t = tui_create(doc, source != NULL ? source : "(saved article)");
	tui_config_load(&t->config, &t->keys);
	if (t->config.errors != NULL)
		tui_message(t, 1, "%s", t->config.errors);
	tui_notes_attach(t, store, source, unavailable);
	tui_run_loop(t, s);
	tui_notes_leave(t);
	tui_free(t);
}

int
tui_run(struct doc *doc, const char *source, char **cause)
{
	struct tui_screen	*s;
	struct store		*store;
	char			*why = NULL;

	tui_run_locale();
	/* Without a library the reader still reads; it says why. */
	store = store_open(NULL, &why);
	tui_screen_signals();
	if ((s = tui_screen_open(stdin, stdout, NULL, cause)) == NULL) {
		store_close(store);
		free(why);
		return -1;
	}
	tui_run_reader(s, store, why, doc, source);
	tui_screen_close(s);
	store_close(store);
	free(why);
	return 0;
}

/* Rebuilds the chosen article from the library and reads it. */
static void
tui_run_open(struct tui *lib, struct tui_screen *s, struct store *store)
{
	struct doc	*doc;
	char		*cause = NULL, *source;
	const char	*src = tui_library_source(lib->library);

	lib->library_open = 0;
	doc = store_document_load(store, tui_library_selected(lib->library),
	    &cause);
	if (doc == NULL) {
		tui_message(lib, 1, "Cannot open it: %s", cause);
		free(cause);
		return;
	}
	analyze_document(doc);
	source = src != NULL ? xstrdup(src) : NULL;
	tui_run_reader(s, store, NULL, doc, source);
	free(source);
	doc_free(doc);
	tui_library_reload(lib->library);
}

static void
tui_run_library_loop(struct tui *lib, struct tui_screen *s,
    struct store *store)
{
	struct tui_canvas	c;
	int			w, h, key;

	tui_canvas_init(&c);
	while (!lib->quit && !tui_screen_signalled()) {
		tui_screen_size(s, &w, &h);
		lib->w = w;
		lib->h = h;
		tui_library_render(lib, &c);
		tui_screen_draw(s, &c, &lib->config);
		key = tui_screen_key(s, 250, &lib->mouse);
		if (key >= 0 && key != TUI_KEY_RESIZE)
			tui_library_key(lib, key);
		if (lib->library_open)
			tui_run_open(lib, s, store);
	}
	tui_canvas_clear(&c);
}

int
tui_library_run(char **cause)
{
	struct tui_screen	*s;
	struct store		*store;
	struct tui		*lib;

	tui_run_locale();
	if ((store = store_open(NULL, cause)) == NULL)
		return -1;
	tui_screen_signals();
	if ((s = tui_screen_open(stdin, stdout, NULL, cause)) == NULL) {
		store_close(store);
		return -1;
	}
	/* A bare reader state: keys, config, size and the library pane. */
	lib = xcalloc(1, sizeof *lib);
	tui_keymap_init(&lib->keys);
	tui_config_init(&lib->config);
	tui_config_load(&lib->config, &lib->keys);
	lib->library = tui_pane_library_create(lib, store);
	tui_run_library_loop(lib, s, store);
	tui_screen_close(s);
	tui_pane_free(lib->library);
	tui_keymap_clear(&lib->keys);
	tui_config_clear(&lib->config);
	free(lib->message);
	free(lib);
	store_close(store);
	return 0;
}

struct doc *
tui_run_saved(struct store *store, const char *url)
{
	struct doc	*doc;
	int64_t		 id;

	if (store == NULL || url == NULL ||
	    store_document_find(store, url, &id, NULL) != 1)
		return NULL;
	/* A pending document (notes imported, never read) has no text: fetch
	 * it. */
	if ((doc = store_document_load(store, id, NULL)) == NULL ||
	    doc->nblocks == 0) {
		doc_free(doc);
		return NULL;
	}
	analyze_document(doc);
	return doc;
}

int
tui_url_run(const char *url, const struct load_net_options *net,
    int refresh, char **cause)
{
	struct tui_screen	*s;
	struct tui_config	 cfg;
	struct tui_fetch	 f;
	struct store		*store;
	struct doc		*doc;
	char			*why = NULL;

	tui_run_locale();
	store = store_open(NULL, &why);
	doc = refresh ? NULL : tui_run_saved(store, url);
	tui_screen_signals();
	if ((s = tui_screen_open(stdin, stdout, NULL, cause)) == NULL)
		goto fail;
	if (doc == NULL) {
		tui_config_init(&cfg);
		f = (struct tui_fetch){ s, &cfg, net, NULL, NULL };
		doc = tui_fetch_doc(&f, url, cause);
		tui_config_clear(&cfg);
		if (doc == NULL)
			goto fail;
	}
	tui_run_reader(s, store, why, doc, url);
	tui_screen_close(s);
	doc_free(doc);
	store_close(store);
	free(why);
	return 0;
fail:
	tui_screen_close(s);
	doc_free(doc);
	store_close(store);
	free(why);
	return -1;
}
