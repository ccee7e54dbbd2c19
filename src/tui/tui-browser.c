/*
 * `o`: a link handed to the reader's web browser. The URL comes from a
 * page or a feed, so it never meets a shell: $BROWSER is split on spaces
 * (like $EDITOR) and run with execvp, the URL one more argument, and only
 * an absolute http(s) URL without white space or controls is passed at
 * all (import_feed_link_ok), so it cannot be taken for an option or a
 * file either. The terminal is handed over while the browser runs: a text
 * browser needs it, a graphical one returns at once.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "import.h"
#include "util.h"
#include "tui-int.h"

#define TUI_BROWSER_ARGS	16

int
tui_browser_open(const char *url, char **cause)
{
	const char	*b = getenv("BROWSER");
	char		*argv[TUI_BROWSER_ARGS], *words, *w, *save = NULL;
	int		 n = 0, status;

	if (url == NULL)
		return util_cause_set(cause, "%s", "no link to open");
	if (!import_feed_link_ok(url))
		return util_cause_set(cause, "%s", "only http and https links "
		    "are opened");
	if (b == NULL || strspn(b, " ") == strlen(b))
		return util_cause_set(cause, "%s", "set BROWSER to open links "
		    "(e.g. BROWSER=firefox)");
	words = xstrdup(b);
	for (w = strtok_r(words, " ", &save); w != NULL &&
	    n < TUI_BROWSER_ARGS - 2; w = strtok_r(NULL, " ", &save))
		argv[n++] = w;
	argv[n++] = (char *)url;
	argv[n] = NULL;
	tui_screen_suspend();
	status = tui_editor_spawn(argv);
	tui_screen_resume();
	free(words);
	if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) == 127)
		return util_cause_set(cause, "%s", "the browser ($BROWSER) "
		    "could not be run");
	if (WEXITSTATUS(status) != 0)
		return util_cause_set(cause, "the browser exited with status "
		    "%d", WEXITSTATUS(status));
	return 0;
}
