/*
 * tui: the interactive reader (DESIGN.md, "The view"). Panes, layout,
 * drawing, the key map, prompts and help live in src/tui/; this header is
 * all the rest of the program sees of them.
 */
#ifndef MARGINALIA_TUI_H
#define MARGINALIA_TUI_H

struct doc;

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

#endif
