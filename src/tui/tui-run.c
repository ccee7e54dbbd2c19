/*
 * tui_run(): the reader's loop. Builds the state, reads the config, opens
 * the screen, then draws, waits for a key and hands it on until a quit or
 * a signal. The terminal is given back before returning on every path.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui.h"
#include "util.h"
#include "tui-int.h"

/* Wide characters need a UTF-8 locale; take the user's if it is one. */
static void
tui_run_locale(void)
{
	const char	*set = setlocale(LC_CTYPE, "");

	if (set != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
}

static void
tui_run_loop(struct tui *t, struct tui_screen *s)
{
	struct tui_canvas	c;
	int			w, h, key;

	tui_canvas_init(&c);
	tui_screen_size(s, &w, &h);
	tui_resize(t, w, h);
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

int
tui_run(struct doc *doc, const char *source, char **cause)
{
	struct tui		*t;
	struct tui_screen	*s;

	tui_run_locale();
	t = tui_create(doc, source);
	tui_config_load(&t->config, &t->keys);
	if (t->config.errors != NULL)
		tui_message(t, 1, "%s", t->config.errors);
	tui_screen_signals();
	if ((s = tui_screen_open(stdin, stdout, NULL, cause)) == NULL) {
		tui_free(t);
		return -1;
	}
	tui_run_loop(t, s);
	tui_screen_close(s);
	tui_free(t);
	return 0;
}
