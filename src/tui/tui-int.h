/*
 * The reader's private parts, shared by the files of src/tui/ and by the
 * unit tests: keys and commands, configuration, panes, the note prompt,
 * notes, the reader's state and its screens, fetching, and the one file
 * that talks to curses. The drawing layer below them (sanitiser, canvas,
 * layout, list, search), which knows none of this, is in tui-draw.h.
 */
#ifndef MARGINALIA_TUI_INT_H
#define MARGINALIA_TUI_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util.h"
#include "tui-draw.h"

struct doc;
struct store;
struct store_annotation;
struct tui_screen;

/* Keys: Unicode code points as themselves, the rest above U+10FFFF. */
#define TUI_KEY_BASE		0x110000
enum {
	TUI_KEY_UP = TUI_KEY_BASE + 1,
	TUI_KEY_DOWN,
	TUI_KEY_LEFT,
	TUI_KEY_RIGHT,
	TUI_KEY_PGUP,
	TUI_KEY_PGDN,
	TUI_KEY_HOME,
	TUI_KEY_END,
	TUI_KEY_BACKSPACE,
	TUI_KEY_DELETE,
	TUI_KEY_BTAB,
	TUI_KEY_RESIZE,
	TUI_KEY_MOUSE,
};
#define TUI_KEY_ENTER		'\n'
#define TUI_KEY_TAB		'\t'
#define TUI_KEY_ESC		0x1b
#define TUI_KEY_CTRL(c)		((c) & 0x1f)

/* ---- keys and commands ---- */

struct tui;

enum tui_scope {
	TUI_SCOPE_GLOBAL,
	TUI_SCOPE_ARTICLE,
	TUI_SCOPE_SIDEBAR,
	TUI_SCOPE_HELP,
	TUI_SCOPE_LIBRARY,
	TUI_SCOPE_FEED,
	TUI_SCOPE_MAX
};

struct tui_command {
	const char	*name;
	void		(*fn)(struct tui *);
	const char	*help;
};

extern const struct tui_command tui_commands[];
extern const size_t tui_ncommands;

struct tui_binding {
	int	key;
	int	command;	/* index in tui_commands, -1: unbound */
};

struct tui_keymap {
	struct tui_binding	*v[TUI_SCOPE_MAX];
	size_t			 n[TUI_SCOPE_MAX];
};

void	 tui_keymap_init(struct tui_keymap *k);	/* the defaults */
void	 tui_keymap_clear(struct tui_keymap *k);
void	 tui_keymap_bind(struct tui_keymap *k, int scope, int key,
	    int command);
/* The command for key in scope, falling back to the global table (not
 * for the help scope); -1 when none. */
int	 tui_keymap_lookup(const struct tui_keymap *k, int scope, int key);
int	 tui_command_find(const char *name);
/* "j", "Space", "C-l", "PgDn" … ; -1 when not a key name. */
int	 tui_key_parse(const char *name);
/* Writes the key's name into buf (at least 16 bytes). */
const char *tui_key_name(int key, char *buf, size_t size);
/* The keys bound to command in scope (and global), "j, Down". Caller
 * frees. */
char	*tui_keymap_keys(const struct tui_keymap *k, int scope, int command);
const char *tui_scope_name(int scope);
int	 tui_scope_find(const char *name);

/* ---- configuration ---- */

struct tui_colour {
	int	fg, bg;		/* -1: the terminal's default */
	int	set;
};

struct tui_config {
	struct tui_colour	colour[TUI_ROLE_MAX + 8];
	char			*errors;	/* "config:3: …", or NULL */
	int			 nerrors;
};

/* Marks on the colour table after the roles. */
enum {
	TUI_COLOUR_QUOTE = TUI_ROLE_MAX,
	TUI_COLOUR_ENTITY,
	TUI_COLOUR_MATCH,
	TUI_COLOUR_CURSOR,
	TUI_COLOUR_SELECT,
	TUI_COLOUR_NOTE,
	TUI_COLOUR_MAX
};

void	 tui_config_init(struct tui_config *cfg);
void	 tui_config_clear(struct tui_config *cfg);
/* Applies text (a config file's contents) line by line; a bad line is
 * recorded in cfg->errors with its number and skipped. */
void	 tui_config_apply(struct tui_config *cfg, struct tui_keymap *keys,
	    const char *text, const char *name);
/* Reads $XDG_CONFIG_HOME/marginalia/config (or ~/.config/…) if there. */
void	 tui_config_load(struct tui_config *cfg, struct tui_keymap *keys);
const char *tui_colour_name(int slot);
int	 tui_colour_find(const char *name);

/* ---- panes ---- */

struct tui_rect {
	int	x, y, w, h;
};

struct tui_pane;

struct tui_pane_ops {
	const char	*name;
	int		 scope;
	void		(*draw)(struct tui_pane *, struct tui_canvas *,
			    struct tui_rect);
	void		(*resize)(struct tui_pane *, int w, int h);
	/* Raw keys before the key map (a prompt); 1 when taken. */
	int		(*key)(struct tui_pane *, int key);
	void		(*free)(struct tui_pane *);
};

struct tui_pane {
	const struct tui_pane_ops	*ops;
	struct tui			*tui;
	struct tui_rect			 rect;	/* of the last draw */
	void				*data;
};

struct tui_pane	*tui_pane_article_create(struct tui *t);
struct tui_pane	*tui_pane_sidebar_create(struct tui *t);
struct tui_pane	*tui_pane_help_create(struct tui *t);
struct tui_pane	*tui_pane_library_create(struct tui *t, struct store *store);
void		 tui_pane_free(struct tui_pane *p);

/* ---- the note prompt's line editor (tui-prompt.c) ---- */

/* UTF-8 text and a cursor (bytes) on a grapheme cluster boundary. */
struct tui_prompt {
	struct util_buf	text;
	size_t		cur;
};

enum tui_prompt_result {
	TUI_PROMPT_EDIT,	/* the text or the cursor changed */
	TUI_PROMPT_IGNORED,	/* not an editing key */
	TUI_PROMPT_DONE,	/* Enter */
	TUI_PROMPT_CANCEL,	/* Esc, C-g */
	TUI_PROMPT_EXTERNAL,	/* C-e: the caller runs $EDITOR */
};

void	 tui_prompt_init(struct tui_prompt *p);
void	 tui_prompt_clear(struct tui_prompt *p);
/* Replaces the text with s (NULL: empty), cursor at the end. */
void	 tui_prompt_set(struct tui_prompt *p, const char *s);
const char *tui_prompt_text(const struct tui_prompt *p);
void	 tui_prompt_insert(struct tui_prompt *p, int32_t cp);
void	 tui_prompt_left(struct tui_prompt *p);
void	 tui_prompt_right(struct tui_prompt *p);
void	 tui_prompt_home(struct tui_prompt *p);
void	 tui_prompt_end(struct tui_prompt *p);
void	 tui_prompt_backspace(struct tui_prompt *p);
void	 tui_prompt_delete(struct tui_prompt *p);
enum tui_prompt_result tui_prompt_key(struct tui_prompt *p, int key);
void	 tui_prompt_draw(const struct tui_prompt *p, struct tui_canvas *c,
	    int x, int y, int w, uint16_t style);

/*
 * Runs $VISUAL, else $EDITOR, else vi on a private temporary file holding
 * text, with the terminal handed over meanwhile. 0 and *out (caller frees,
 * trailing newlines removed) when the editor exited with status 0; -1 and
 * *cause otherwise, the text unchanged (tui-editor.c).
 */
int	 tui_editor_edit(const char *text, char **out, char **cause);
/* Runs argv (execvp, no shell) in the foreground with default signals;
 * its wait status, or -1 when it could not be started. */
int	 tui_editor_spawn(char *argv[]);

/* ---- notes: the reader's side of the library (tui-notes.c) ---- */

enum tui_notes_mode {
	TUI_NOTES_IDLE,
	TUI_NOTES_PROMPT,	/* typing a note */
	TUI_NOTES_CONFIRM,	/* "delete? y/n" */
};

struct tui_notes {
	struct store		*store;		/* not owned; NULL: none */
	char			*unavailable;	/* why notes cannot be saved */
	int64_t			 doc;		/* 0: not in the library */
	struct store_annotation	*v;		/* by position, orphans last */
	size_t			 n;
	struct tui_ranges	 ranges;	/* placed notes, ref: index */
	int			 selecting;	/* v pressed */
	size_t			 sel_start, sel_end;	/* its sentence */
	int			 mode;
	struct tui_prompt	 prompt;
	size_t			 start, end;	/* what a new note covers */
	size_t			 edit;		/* note edited/deleted, or -1 */
	char			*error;		/* the last save that failed */
	size_t			 resume;	/* where the reader left */
};

void	 tui_notes_init(struct tui_notes *n);
void	 tui_notes_clear(struct tui_notes *n);
/* Opens the document in the library (store not owned); store may be NULL,
 * then unavailable says why (shown, and on every attempt to save). */
void	 tui_notes_attach(struct tui *t, struct store *store,
	    const char *source, const char *unavailable);
void	 tui_notes_leave(struct tui *t);	/* saves the position */
/* After the first layout: back to where the reader left. */
void	 tui_notes_resume(struct tui *t);
/* A key while the note prompt or a confirmation is open: 1 if taken. */
int	 tui_notes_key(struct tui *t, int key);
/* What the article highlights as the cursor: the selection, if any, else
 * the cursor's sentence. */
void	 tui_notes_range(struct tui *t, size_t *start, size_t *end);
/* Draws the prompt line (and an error on the status line) when a note
 * prompt or a confirmation is open; 0 when there is none. */
int	 tui_notes_render(struct tui *t, struct tui_canvas *c, int y);
/* Moves the cursor to note i (the Notes tab's Enter). */
void	 tui_notes_jump(struct tui *t, size_t i);
/* The note under the cursor (or selected in a focused Notes tab), or -1. */
size_t	 tui_notes_at_cursor(struct tui *t);
/* The commands of the table (v, Esc, a, h, A, x, m, M). */
void	 tui_notes_cmd_select(struct tui *t);
void	 tui_notes_cmd_select_clear(struct tui *t);
void	 tui_notes_cmd_annotate(struct tui *t);
void	 tui_notes_cmd_highlight(struct tui *t);
void	 tui_notes_cmd_edit(struct tui *t);
void	 tui_notes_cmd_delete(struct tui *t);
void	 tui_notes_cmd_next(struct tui *t);
void	 tui_notes_cmd_prev(struct tui *t);

/* ---- the reader's state ---- */

enum tui_tab {
	TUI_TAB_OUTLINE,
	TUI_TAB_QUOTES,
	TUI_TAB_ENTITIES,
	TUI_TAB_NOTES,
	TUI_TAB_MAX
};

struct tui_mouse {
	int	x, y;
	int	kind;		/* TUI_MOUSE_* */
};
enum { TUI_MOUSE_CLICK, TUI_MOUSE_WHEEL_UP, TUI_MOUSE_WHEEL_DOWN };

struct tui {
	struct doc		*doc;
	const char		*source;
	struct tui_keymap	 keys;
	struct tui_config	 config;
	struct tui_pane		*article, *sidebar, *help;
	int			 focus_sidebar;
	int			 help_open;
	int			 sidebar_user;	/* 0 auto, 1 shown, -1 hidden */
	int			 tab;
	int			 w, h;
	int			 quit;
	int			 too_small;

	struct tui_ranges	 quotes, mentions, blocks, matches;
	struct tui_range	**sentences;	/* per block, lazily */
	size_t			*nsentences;

	size_t			 cur;		/* cursor, canonical cp */
	int			 entity;	/* e/E follows it; -1 */
	char			*query;
	int			 prompt;	/* typing a search */
	struct util_buf		 input;
	char			*message;
	int			 message_error;
	struct tui_mouse	 mouse;
	struct tui_notes	 notes;
	struct tui_pane		*library;	/* the library screen's loop */
	int			 library_open;	/* Enter pressed there */
	struct tui_pane		*feed;		/* the feed screen's loop */
	int			 feed_open;	/* Enter pressed there */
	int			 feed_refresh;	/* r pressed there */
};

struct tui	*tui_create(struct doc *doc, const char *source);
void		 tui_free(struct tui *t);
/* One key (or TUI_KEY_RESIZE / TUI_KEY_MOUSE with t->mouse set). */
void		 tui_key(struct tui *t, int key);
void		 tui_resize(struct tui *t, int w, int h);
void		 tui_render(struct tui *t, struct tui_canvas *c);
void		 tui_message(struct tui *t, int error, const char *fmt, ...)
		    UTIL_PRINTF(3, 4);
int		 tui_sidebar_shown(const struct tui *t);

/* The cursor's sentence as canonical [start, end); the block it is in. */
void		 tui_cursor_sentence(struct tui *t, size_t *start,
		    size_t *end);
size_t		 tui_block_at(const struct tui *t, size_t cp);
/* The sentences of block b, computed once. */
const struct tui_range *tui_block_sentences(struct tui *t, size_t b,
		    size_t *n);
/* Moves the cursor to cp; the article scrolls cp's line to the top when
 * top is set, else just far enough to show it. */
void		 tui_cursor_set(struct tui *t, size_t cp, int top);

/* The article pane's scrolling, for commands. */
void		 tui_article_scroll(struct tui_pane *p, long lines);
void		 tui_article_page(struct tui_pane *p, int dir);
void		 tui_article_edge(struct tui_pane *p, int end);
void		 tui_article_show(struct tui_pane *p, size_t cp, int top);
int		 tui_article_percent(struct tui_pane *p);
/* The canonical cp shown at pane row y (mouse), or -1. */
size_t		 tui_article_cp_at(struct tui_pane *p, int x, int y);

/* The sidebar, for commands. */
void		 tui_sidebar_move(struct tui_pane *p, long delta);
void		 tui_sidebar_edge(struct tui_pane *p, int end);
void		 tui_sidebar_jump(struct tui_pane *p);
/* The entity selected in the Entities tab, or -1. */
int		 tui_sidebar_entity(struct tui_pane *p);
void		 tui_sidebar_click(struct tui_pane *p, int x, int y);
void		 tui_sidebar_follow(struct tui_pane *p);
/* Rebuilds the Notes tab from v[0..n) (kept by the caller). */
void		 tui_sidebar_notes(struct tui_pane *p,
		    const struct store_annotation *v, size_t n);
/* The note selected in the Notes tab (an index into v), or -1. */
size_t		 tui_sidebar_note(struct tui_pane *p);

/* The library screen, for its commands (tui-pane-library.c). */
void		 tui_library_move(struct tui_pane *p, long delta);
void		 tui_library_edge(struct tui_pane *p, int end);
/* The document selected, or 0 when the library is empty; its source
 * (a path or URL, or NULL; owned by the pane). */
int64_t		 tui_library_selected(struct tui_pane *p);
const char	*tui_library_source(struct tui_pane *p);
/* Reads the list again after an article was read. */
void		 tui_library_reload(struct tui_pane *p);
/* A screen that is one list pane (tui-render.c): its frame with a status
 * and a hint, and its keys looked up in scope. */
void		 tui_render_list_screen(struct tui *t, struct tui_canvas *c,
		    struct tui_pane *pane, const char *status, const char *hint);
void		 tui_render_list_key(struct tui *t, int scope, int key);
/* The library screen's frame and keys, for the loop in tui-run.c. */
void		 tui_library_render(struct tui *t, struct tui_canvas *c);
void		 tui_library_key(struct tui *t, int key);

/* The feed screen (tui-pane-feed.c, its loop in tui-feed.c). The pane
 * takes ownership of feed; key names the feed for read marks. */
struct import_feed;
struct import_feed_item;
struct tui_pane	*tui_pane_feed_create(struct tui *t, struct store *store,
		    const char *key, struct import_feed *feed);
/* Replaces the feed (a refresh), keeping the selected row. */
void		 tui_feed_set(struct tui_pane *p, struct import_feed *feed);
/* Reads the marks again (after an item was read). */
void		 tui_feed_reload(struct tui_pane *p);
void		 tui_feed_move(struct tui_pane *p, long delta);
void		 tui_feed_edge(struct tui_pane *p, int end);
/* The selected item (owned by the pane), or NULL. */
const struct import_feed_item *tui_feed_item(struct tui_pane *p);
/* Marks the selected item read, in the library too. */
int		 tui_feed_mark_read(struct tui_pane *p, char **cause);
void		 tui_feed_render(struct tui *t, struct tui_canvas *c);
void		 tui_feed_key(struct tui *t, int key);

void		 tui_help_scroll(struct tui_pane *p, long lines);

/* Wide characters need a UTF-8 locale; takes the user's if it is one. */
void	 tui_run_locale(void);
/* The library's copy of url (NULL: none), analysed; NULL when it has no
 * text of it. */
struct doc *tui_run_saved(struct store *store, const char *url);
/* Reads doc on an open screen until q (tui-run.c); the position is saved
 * on every way out of the loop, a signal included. store may be NULL,
 * then unavailable says why. */
void	 tui_run_reader(struct tui_screen *s, struct store *store,
	    const char *unavailable, struct doc *doc, const char *source);

/* ---- fetching with progress on the status line (tui-fetch.c) ---- */

struct load_net_options;
struct load_result;
struct tui_screen;

struct tui_fetch {
	struct tui_screen		*screen;
	const struct tui_config		*config;
	const struct load_net_options	*net;	/* may be NULL */
	/* Draws what stays behind the status line (may be NULL). */
	void				(*render)(void *arg,
					    struct tui_canvas *c);
	void				*arg;
};

/* load_url with progress drawn and q, Esc, C-c or a signal cancelling;
 * 0, or -1 with *cause (one line naming url). */
int	 tui_fetch_load(const struct tui_fetch *f, const char *url,
	    struct load_result *out, char **cause);
/* in (fetched from url) imported and analysed, meta.url the canonical or
 * final URL; NULL with *cause. in stays the caller's. */
struct doc *tui_fetch_import(struct load_result *in, const char *url,
	    char **cause);
/* Both: the analysed document at url; NULL with *cause. */
struct doc *tui_fetch_doc(const struct tui_fetch *f, const char *url,
	    char **cause);

/* Opens url (http or https only) in $BROWSER: the command split on
 * spaces, the URL one more argument, no shell; the terminal handed over
 * meanwhile (tui-browser.c). 0, or -1 with *cause. */
int	 tui_browser_open(const char *url, char **cause);

/* ---- the screen: the only code that talks to curses ---- */

struct tui_screen;

/* Opens curses on the terminal behind in/out (stdin/stdout for the
 * reader, a pseudo-terminal for the bench). NULL with *cause on failure.
 * Until closed, any exit (fatal() included) restores the terminal. */
struct tui_screen *tui_screen_open(FILE *in, FILE *out, const char *term,
		    char **cause);
void		 tui_screen_close(struct tui_screen *s);	/* NULL ok */
void		 tui_screen_size(struct tui_screen *s, int *w, int *h);
/* Puts the canvas on the terminal (only what changed is sent). */
void		 tui_screen_draw(struct tui_screen *s,
		    const struct tui_canvas *c, const struct tui_config *cfg);
/* Waits up to ms for a key: returns it (TUI_KEY_MOUSE with *mouse set,
 * TUI_KEY_RESIZE), or -1 on a timeout or a signal. */
int		 tui_screen_key(struct tui_screen *s, int ms,
		    struct tui_mouse *mouse);
/* Set by SIGINT, SIGTERM and SIGHUP once the reader runs. */
int		 tui_screen_signalled(void);
void		 tui_screen_signals(void);
/* Hands the terminal to another program (endwin) and takes it back,
 * repainting everything; nothing when no screen is open. */
void		 tui_screen_suspend(void);
void		 tui_screen_resume(void);

#endif
