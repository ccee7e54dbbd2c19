/*
 * The screen: the one file that includes curses. It opens the terminal
 * (newterm, so the bench can use a pseudo-terminal), turns canvas cells
 * into wide curses characters with attributes and colours, reads keys with
 * get_wch and mouse events, and always gives the terminal back: on a quit,
 * on SIGINT/SIGTERM/SIGHUP (the loop sees a flag), and at exit() through
 * an atexit() hook, which covers fatal().
 *
 * NO_COLOR (set and not empty) means attributes only, never a colour.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <curses.h>

#include "util.h"
#include "tui-int.h"

#define TUI_SCREEN_PAIRS	128

struct tui_screen {
	SCREEN		*sp;
	int		 colour;
	attr_t		 italic;	/* A_ITALIC, or A_BOLD without it */
	int		 pairs[TUI_SCREEN_PAIRS][2];
	int		 npairs;
};

/* What a role or a mark looks like by default: attributes, colours. */
struct tui_screen_look {
	attr_t	attr;
	int	fg, bg;
};

static struct tui_screen	*tui_screen_current;
static volatile sig_atomic_t	 tui_screen_signal;

static void
tui_screen_on_signal(int sig)
{
	tui_screen_signal = sig;
}

void
tui_screen_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = tui_screen_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal ends get_wch's wait at once. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int
tui_screen_signalled(void)
{
	return tui_screen_signal != 0;
}

static void
tui_screen_atexit(void)
{
	if (tui_screen_current != NULL)
		endwin();
}

static void
tui_screen_colours(struct tui_screen *s)
{
	const char	*no = getenv("NO_COLOR");

	s->colour = (no == NULL || *no == '\0') && has_colors();
	if (!s->colour)
		return;
	start_color();
	use_default_colors();
}

struct tui_screen *
tui_screen_open(FILE *in, FILE *out, const char *term, char **cause)
{
	static int		 hooked;
	struct tui_screen	*s;
	SCREEN			*sp;

	if ((sp = newterm(term, out, in)) == NULL) {
		util_cause_set(cause, "cannot use the terminal '%s'",
		    term ? term : getenv("TERM") ? getenv("TERM") : "");
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->sp = sp;
	set_term(sp);
	tui_screen_current = s;
	if (!hooked++)
		atexit(tui_screen_atexit);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	s->italic = (term_attrs() & A_ITALIC) ? A_ITALIC : A_BOLD;
	tui_screen_colours(s);
	return s;
}

void
tui_screen_close(struct tui_screen *s)
{
	if (s == NULL)
		return;
	endwin();
	delscreen(s->sp);
	if (tui_screen_current == s)
		tui_screen_current = NULL;
	free(s);
}

void
tui_screen_suspend(void)
{
	if (tui_screen_current != NULL)
		endwin();
}

void
tui_screen_resume(void)
{
	if (tui_screen_current == NULL)
		return;
	/* The other program drew over everything: repaint it all. */
	clearok(curscr, TRUE);
	wrefresh(stdscr);
}

void
tui_screen_size(struct tui_screen *s, int *w, int *h)
{
	(void)s;
	getmaxyx(stdscr, *h, *w);
}

/* The colour pair for fg on bg, made on first use; 0 when out of pairs. */
static short
tui_screen_pair(struct tui_screen *s, int fg, int bg)
{
	int	i;

	if (fg < 0 && bg < 0)
		return 0;
	if (fg >= COLORS)
		fg = fg % 8;
	if (bg >= COLORS)
		bg = COLORS >= 256 ? bg : 4;
	for (i = 0; i < s->npairs; i++) {
		if (s->pairs[i][0] == fg && s->pairs[i][1] == bg)
			return (short)(i + 1);
	}
	if (s->npairs >= TUI_SCREEN_PAIRS || s->npairs + 1 >= COLOR_PAIRS)
		return 0;
	s->pairs[s->npairs][0] = fg;
	s->pairs[s->npairs][1] = bg;
	init_pair((short)(s->npairs + 1), (short)fg, (short)bg);
	return (short)++s->npairs;
}

/* The defaults; A_ITALIC becomes A_BOLD where the terminal has none. */
static const struct tui_screen_look tui_screen_looks[TUI_COLOUR_MAX] = {
	[TUI_ROLE_TEXT] = { 0, -1, -1 },
	[TUI_ROLE_TITLE] = { A_BOLD, -1, -1 },
	[TUI_ROLE_KICKER] = { A_BOLD, 6, -1 },
	[TUI_ROLE_BYLINE] = { A_ITALIC, -1, -1 },
	[TUI_ROLE_DATE] = { A_DIM, -1, -1 },
	[TUI_ROLE_HEADING] = { A_BOLD, 4, -1 },
	[TUI_ROLE_BLOCKQUOTE] = { A_ITALIC, -1, -1 },
	[TUI_ROLE_CAPTION] = { A_ITALIC, 8, -1 },
	[TUI_ROLE_CREDIT] = { A_DIM, -1, -1 },
	[TUI_ROLE_MEDIA] = { A_BOLD, 5, -1 },
	[TUI_ROLE_BAR] = { A_DIM, -1, -1 },
	[TUI_ROLE_STATUS] = { A_REVERSE, -1, -1 },
	[TUI_ROLE_PROMPT] = { 0, -1, -1 },
	[TUI_ROLE_ERROR] = { A_BOLD, 1, -1 },
	[TUI_ROLE_TAB] = { A_DIM, -1, -1 },
	[TUI_ROLE_TAB_CURRENT] = { A_BOLD, -1, -1 },
	[TUI_ROLE_GROUP] = { A_BOLD, 3, -1 },
	[TUI_ROLE_ROLE] = { A_ITALIC | A_DIM, -1, -1 },
	[TUI_ROLE_COUNT] = { A_DIM, -1, -1 },
	[TUI_ROLE_BORDER] = { A_DIM, -1, -1 },
	[TUI_ROLE_HELP_KEY] = { A_BOLD, -1, -1 },
	[TUI_COLOUR_QUOTE] = { A_ITALIC, 2, -1 },
	[TUI_COLOUR_ENTITY] = { A_UNDERLINE, 6, -1 },
	[TUI_COLOUR_MATCH] = { A_REVERSE, 3, -1 },
	[TUI_COLOUR_CURSOR] = { 0, -1, 236 },
	[TUI_COLOUR_SELECT] = { A_BOLD, -1, -1 },
	/* Black on yellow, a highlighter pen; without colour, bold and
	 * underlined (an entity is underlined only), with the margin bar the
	 * article pane draws beside every annotated line. */
	[TUI_COLOUR_NOTE] = { A_UNDERLINE | A_BOLD, 0, 3 },
};

static struct tui_screen_look
tui_screen_default(const struct tui_screen *s, int slot)
{
	struct tui_screen_look	l = tui_screen_looks[slot];

	if ((l.attr & A_ITALIC) && s->italic != A_ITALIC)
		l.attr = (l.attr & ~A_ITALIC) | s->italic;
	return l;
}

/* A slot's look with the config's colours over the defaults. */
static struct tui_screen_look
tui_screen_look(const struct tui_screen *s, const struct tui_config *cfg,
    int slot)
{
	struct tui_screen_look	l = tui_screen_default(s, slot);

	if (cfg != NULL && cfg->colour[slot].set) {
		l.fg = cfg->colour[slot].fg;
		l.bg = cfg->colour[slot].bg;
	}
	return l;
}

/* Layers a mark's look over the look so far. */
static void
tui_screen_layer(struct tui_screen_look *l, struct tui_screen_look m)
{
	l->attr |= m.attr;
	if (m.fg >= 0)
		l->fg = m.fg;
	if (m.bg >= 0)
		l->bg = m.bg;
}

static void
tui_screen_style(struct tui_screen *s, const struct tui_config *cfg,
    uint16_t style, attr_t *attr, short *pair)
{
	struct tui_screen_look	l = tui_screen_look(s, cfg, style &
	    TUI_STYLE_ROLE);

	if (style & TUI_MARK_QUOTE)
		tui_screen_layer(&l, tui_screen_look(s, cfg, TUI_COLOUR_QUOTE));
	if (style & TUI_MARK_ENTITY)
		tui_screen_layer(&l, tui_screen_look(s, cfg,
		    TUI_COLOUR_ENTITY));
	if (style & TUI_MARK_NOTE)
		tui_screen_layer(&l, tui_screen_look(s, cfg, TUI_COLOUR_NOTE));
	if (style & TUI_MARK_CURSOR) {
		if (s->colour)
			tui_screen_layer(&l, tui_screen_look(s, cfg,
			    TUI_COLOUR_CURSOR));
		else
			l.attr |= A_BOLD;
		/* Black would vanish on the cursor's grey: keep the pen's
		 * yellow as the letters' colour instead. */
		if ((style & TUI_MARK_NOTE) && s->colour)
			l.fg = tui_screen_look(s, cfg, TUI_COLOUR_NOTE).bg;
	}
	if (style & TUI_MARK_MATCH)
		tui_screen_layer(&l, tui_screen_look(s, cfg, TUI_COLOUR_MATCH));
	if (style & TUI_MARK_SELECT)
		tui_screen_layer(&l, tui_screen_look(s, cfg,
		    TUI_COLOUR_SELECT));
	if (style & TUI_MARK_FOCUS)
		l.attr |= A_REVERSE;
	*attr = l.attr;
	*pair = s->colour ? tui_screen_pair(s, l.fg, l.bg) : 0;
}

static void
tui_screen_cell(struct tui_screen *s, const struct tui_config *cfg, int x,
    int y, const struct tui_cell *cell)
{
	wchar_t		wc[TUI_GLYPH_CPS + 1];
	cchar_t		cc;
	attr_t		attr;
	short		pair;
	int		k;

	for (k = 0; k < cell->g.ncp; k++)
		wc[k] = (wchar_t)cell->g.cp[k];
	wc[k] = L'\0';
	tui_screen_style(s, cfg, cell->style, &attr, &pair);
	setcchar(&cc, wc, attr, pair, NULL);
	mvadd_wch(y, x, &cc);
}

void
tui_screen_draw(struct tui_screen *s, const struct tui_canvas *c,
    const struct tui_config *cfg)
{
	int	x, y;

	for (y = 0; y < c->h; y++) {
		for (x = 0; x < c->w; x++) {
			const struct tui_cell	*cell =
			    &c->cells[(size_t)y * c->w + x];

			if (cell->g.width > 0)
				tui_screen_cell(s, cfg, x, y, cell);
		}
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/* curses' function keys in the reader's terms. */
static const int tui_screen_keys[][2] = {
	{ KEY_UP, TUI_KEY_UP }, { KEY_DOWN, TUI_KEY_DOWN },
	{ KEY_LEFT, TUI_KEY_LEFT }, { KEY_RIGHT, TUI_KEY_RIGHT },
	{ KEY_PPAGE, TUI_KEY_PGUP }, { KEY_NPAGE, TUI_KEY_PGDN },
	{ KEY_HOME, TUI_KEY_HOME }, { KEY_END, TUI_KEY_END },
	{ KEY_BACKSPACE, TUI_KEY_BACKSPACE }, { KEY_DC, TUI_KEY_DELETE },
	{ KEY_BTAB, TUI_KEY_BTAB }, { KEY_ENTER, TUI_KEY_ENTER },
	{ KEY_RESIZE, TUI_KEY_RESIZE },
};

static int
tui_screen_special(int k)
{
	size_t	i;

	for (i = 0; i < sizeof tui_screen_keys / sizeof tui_screen_keys[0];
	    i++) {
		if (tui_screen_keys[i][0] == k)
			return tui_screen_keys[i][1];
	}
	return -1;
}

static int
tui_screen_mouse(struct tui_mouse *m)
{
	MEVENT	ev;

	if (getmouse(&ev) != OK)
		return -1;
	m->x = ev.x;
	m->y = ev.y;
	if (ev.bstate & BUTTON4_PRESSED)
		m->kind = TUI_MOUSE_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		m->kind = TUI_MOUSE_WHEEL_DOWN;
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
		m->kind = TUI_MOUSE_CLICK;
	else
		return -1;
	return TUI_KEY_MOUSE;
}

int
tui_screen_key(struct tui_screen *s, int ms, struct tui_mouse *mouse)
{
	wint_t	wc;
	int	rc;

	(void)s;
	timeout(ms);
	rc = get_wch(&wc);
	if (rc == ERR)
		return -1;
	if (rc == KEY_CODE_YES) {
		if (wc == KEY_MOUSE)
			return tui_screen_mouse(mouse);
		return tui_screen_special((int)wc);
	}
	if (wc == '\r')
		return TUI_KEY_ENTER;
	if (wc == 0x7f || wc == 8)
		return TUI_KEY_BACKSPACE;
	return (int)wc;
}
