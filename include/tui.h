/*
 * tui: the interactive reader (DESIGN.md, "The view"). Panes, layout,
 * drawing, the key map, prompts and help live in src/tui/; this header is
 * all the rest of the program sees of them.
 */
#ifndef MARGINALIA_TUI_H
#define MARGINALIA_TUI_H

struct doc;
struct load_net_options;

/*
 * Shows doc (finished and analysed) in the terminal on stdin/stdout until
 * the reader quits. source is the path or URL as given, for the status
 * line. The document is opened in the library (its notes shown, the
 * reading position resumed and saved on the way out); without a library
 * it is still shown, the reason on the status line. The document stays
 * the caller's. Returns 0 on a normal quit (and on
 * SIGINT/SIGTERM, after restoring the terminal); -1 with *cause (caller
 * frees) when the terminal cannot be used. The terminal is restored on
 * every way out, fatal() included.
 */
int	tui_run(struct doc *doc, const char *source, char **cause);

/*
 * The library screen (no FILE given): the saved articles, newest first;
 * Enter reads one from its stored text, q quits. Returns 0 on a quit or a
 * signal; -1 with *cause (caller frees) when the library or the terminal
 * cannot be used.
 */
int	tui_library_run(char **cause);

/*
 * Reads the article at url (http or https): from the library when it has
 * it and refresh is 0 (no network needed), else fetched with net (may be
 * NULL) while the status line shows the bytes and a spinner; q or C-c
 * cancels. The fetched article is saved in the library like any other,
 * its notes re-anchored when its text changed. Returns 0 after reading
 * (and after a signal); -1 with *cause (caller frees; one line) when the
 * fetch failed or was cancelled, or the terminal cannot be used, the
 * terminal restored first.
 */
int	tui_url_run(const char *url, const struct load_net_options *net,
	    int refresh, char **cause);

/*
 * The feed screen for source (an http(s) URL, fetched like tui_url_run,
 * or a file): the items with title, date, source and marks for read and
 * noted; Enter reads one, r fetches the feed again, o opens an item in
 * $BROWSER, q quits. Items read are remembered in the library. Returns 0
 * on a quit or a signal; -1 with *cause when the feed cannot be read.
 */
int	tui_feed_run(const char *source, const struct load_net_options *net,
	    char **cause);

#endif
