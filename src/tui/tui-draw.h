/*
 * The reader's drawing layer, private to src/tui/ and the unit tests: the
 * sanitiser, styles, the canvas, ranges of canonical code points, the
 * article's layout, the scroll-and-select list and search.
 *
 * Nothing here knows the reader's state (struct tui), its panes or its
 * key map, and nothing includes curses: the model is turned into lines
 * (layout), lines into cells on a canvas, and only tui-screen.c puts the
 * canvas on the terminal. Every string that reaches the canvas goes through
 * tui_sanitize_grapheme(), so the screen only ever sees inert glyphs.
 * A header of its own because the tests and the benches drive these
 * pieces on their own, and they read best without the reader around them.
 */
#ifndef MARGINALIA_TUI_DRAW_H
#define MARGINALIA_TUI_DRAW_H

#include <stddef.h>
#include <stdint.h>

struct doc;

/* ---- sanitiser: one grapheme cluster to at most a few inert glyphs ---- */

#define TUI_GLYPH_CPS		4
struct tui_glyph {
	uint32_t	cp[TUI_GLYPH_CPS];	/* a spacing cp, then marks */
	uint8_t		ncp;
	uint8_t		width;			/* 1 or 2; 0: covered */
};
#define TUI_GLYPHS_MAX		3

/*
 * Turns the grapheme cluster s[0..len) (as util_utf8_grapheme_next() cut
 * it; width is its width) into glyphs the terminal draws exactly as wide
 * as the layout expects: controls become caret notation ("^["), C1
 * controls, bidi overrides and invalid bytes U+FFFD, emoji sequences a
 * terminal would draw wider are cut to their first part. Returns the
 * number of glyphs (0 for a cluster that shows nothing) and adds their
 * widths to *cols.
 */
int	tui_sanitize_grapheme(const char *s, size_t len, int width,
	    struct tui_glyph out[TUI_GLYPHS_MAX], int *cols);
/* The next cluster of s[0..len) and its width once sanitised. */
size_t	tui_sanitize_next(const char *s, size_t len, int *cols);
/* Display width of s[0..len) once sanitised. */
int	tui_sanitize_width(const char *s, size_t len);
/* s[0..len) sanitised as UTF-8 text, for tests and messages. Caller
 * frees. */
char	*tui_sanitize_string(const char *s, size_t len);

/* ---- styles: a role in the low bits, marks above ---- */

enum tui_role {
	TUI_ROLE_TEXT,
	TUI_ROLE_TITLE,
	TUI_ROLE_KICKER,
	TUI_ROLE_BYLINE,
	TUI_ROLE_DATE,
	TUI_ROLE_HEADING,
	TUI_ROLE_BLOCKQUOTE,
	TUI_ROLE_CAPTION,
	TUI_ROLE_CREDIT,
	TUI_ROLE_MEDIA,
	TUI_ROLE_BAR,
	TUI_ROLE_STATUS,
	TUI_ROLE_PROMPT,
	TUI_ROLE_ERROR,
	TUI_ROLE_TAB,
	TUI_ROLE_TAB_CURRENT,
	TUI_ROLE_GROUP,
	TUI_ROLE_ROLE,
	TUI_ROLE_COUNT,
	TUI_ROLE_BORDER,
	TUI_ROLE_HELP_KEY,
	TUI_ROLE_MAX
};
#define TUI_STYLE_ROLE		0x001f
#define TUI_MARK_QUOTE		0x0020
#define TUI_MARK_ENTITY		0x0040
#define TUI_MARK_MATCH		0x0080
#define TUI_MARK_CURSOR		0x0100
#define TUI_MARK_SELECT		0x0200
#define TUI_MARK_FOCUS		0x0400	/* selection in the focused pane */
#define TUI_MARK_NOTE		0x0800	/* annotated text */

const char *tui_role_name(int role);
int	 tui_role_find(const char *name);	/* -1 when unknown */

/* ---- canvas: the whole screen as cells, no curses ---- */

struct tui_cell {
	struct tui_glyph	g;
	uint16_t		style;
};

struct tui_canvas {
	int		 w, h;
	struct tui_cell	*cells;
};

void	 tui_canvas_init(struct tui_canvas *c);
void	 tui_canvas_clear(struct tui_canvas *c);	/* frees */
void	 tui_canvas_resize(struct tui_canvas *c, int w, int h);
void	 tui_canvas_erase(struct tui_canvas *c);
void	 tui_canvas_fill(struct tui_canvas *c, int x, int y, int w,
	    uint16_t style);
/* Puts one glyph; a wide glyph that does not fit becomes a space. */
void	 tui_canvas_glyph(struct tui_canvas *c, int x, int y,
	    const struct tui_glyph *g, uint16_t style);
/* Draws text (any bytes: sanitised here) from x, at most w columns, and
 * returns the columns used; with ellipsis a cut shows as "…". */
int	 tui_canvas_text(struct tui_canvas *c, int x, int y, int w,
	    const char *text, uint16_t style, int ellipsis);
/* The same for text[0..len), which need not end in a NUL. */
int	 tui_canvas_text_n(struct tui_canvas *c, int x, int y, int w,
	    const char *text, size_t len, uint16_t style, int ellipsis);
/* The row as UTF-8 (for tests and the bench). Caller frees. */
char	*tui_canvas_row(const struct tui_canvas *c, int y);

/* ---- ranges in canonical code points ---- */

struct tui_range {
	size_t	start, end;	/* end exclusive */
	size_t	ref;		/* entity, quote or block index */
};

struct tui_ranges {
	struct tui_range	*v;
	size_t			 n, cap;
	size_t			*maxend;	/* max end of v[0..i] */
};

void	 tui_ranges_init(struct tui_ranges *r);
void	 tui_ranges_clear(struct tui_ranges *r);
void	 tui_ranges_add(struct tui_ranges *r, size_t start, size_t end,
	    size_t ref);
void	 tui_ranges_sort(struct tui_ranges *r);	/* before any query */
/* First range starting after cp (or at/after with inclusive), or n. */
size_t	 tui_ranges_after(const struct tui_ranges *r, size_t cp);
/* Last range starting before cp, or (size_t)-1. */
size_t	 tui_ranges_before(const struct tui_ranges *r, size_t cp);
/* Calls fn for each range meeting [a, b). */
void	 tui_ranges_each(const struct tui_ranges *r, size_t a, size_t b,
	    void (*fn)(const struct tui_range *, void *), void *arg);

/* ---- layout: the article as wrapped lines ---- */

/* A piece is one thing the article pane shows: meta lines and blocks. */
struct tui_piece {
	const char	*text;
	size_t		 len;
	int		 role;
	size_t		 block;		/* (size_t)-1 for meta pieces */
	size_t		 cp;		/* canonical cp of text[0], or -1 */
	const char	*prefix;	/* first line */
	const char	*cont;		/* following lines */
	int		 gap;		/* blank lines before */
};

struct tui_line {
	uint32_t	piece;
	uint32_t	start, end;	/* bytes of the piece's text */
	uint32_t	cp;		/* canonical cp at start */
	uint8_t		blank;
	uint8_t		first;		/* the piece's first line */
};

struct tui_layout {
	struct tui_piece	*pieces;
	size_t			 npieces;
	char			**owned;	/* strings made for pieces */
	size_t			 nowned;
	int			 width;		/* of the lines below */
	struct tui_line		*lines;
	size_t			 nlines, cap;
};

/* Builds the pieces of doc (which must outlive the layout). */
void	 tui_layout_init(struct tui_layout *l, const struct doc *doc);
void	 tui_layout_clear(struct tui_layout *l);
/* Wraps every piece to width columns; does nothing when already so. */
void	 tui_layout_wrap(struct tui_layout *l, int width);
/* Wraps s[0..len) to width, calling fn(start, end, arg) per line. */
void	 tui_layout_wrap_text(const char *s, size_t len, int width,
	    void (*fn)(size_t, size_t, void *), void *arg);
/* The line showing byte `byte` of piece p. */
size_t	 tui_layout_find(const struct tui_layout *l, size_t piece,
	    size_t byte);
/* The line showing canonical cp, or the nearest one before. */
size_t	 tui_layout_find_cp(const struct tui_layout *l, size_t cp);

/* What a line's cells are marked with: canonical ranges. */
struct tui_marks {
	const struct tui_ranges	*quotes;
	const struct tui_ranges	*mentions;
	const struct tui_ranges	*matches;
	const struct tui_ranges	*notes;
	size_t			 cursor_start, cursor_end;
};

/* Draws line i at (x, y) on the canvas, at most w columns. */
void	 tui_layout_draw_line(const struct tui_layout *l, size_t i,
	    const struct tui_marks *m, struct tui_canvas *c, int x, int y,
	    int w);

/* ---- the shared scroll-and-select list ---- */

struct tui_list_ops {
	size_t	(*count)(void *arg);
	int	(*selectable)(void *arg, size_t row);
	void	(*draw)(void *arg, size_t row, struct tui_canvas *c,
		    int x, int y, int w, uint16_t mark);
};

struct tui_list {
	const struct tui_list_ops	*ops;
	void				*arg;
	size_t				 top, sel;
	int				 height;
};

void	 tui_list_init(struct tui_list *l, const struct tui_list_ops *ops,
	    void *arg);
void	 tui_list_move(struct tui_list *l, long delta);
void	 tui_list_first(struct tui_list *l);
void	 tui_list_last(struct tui_list *l);
void	 tui_list_select(struct tui_list *l, size_t row);
void	 tui_list_draw(struct tui_list *l, struct tui_canvas *c, int x,
	    int y, int w, int h, int focused);
/* The row at screen row y of the last draw, or (size_t)-1. */
size_t	 tui_list_row_at(const struct tui_list *l, int y);

/* ---- search: case- and accent-insensitive ---- */

/* Adds to out the canonical ranges of every match of query in doc's
 * blocks; returns their number. */
size_t	 tui_search_run(const struct doc *doc, const char *query,
	    struct tui_ranges *out);

#endif
