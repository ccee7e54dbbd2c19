/*
 * Input: a key goes to the search prompt while one is open, else through
 * the key map of the focused pane's scope (falling back to the global
 * table) to a command. Mouse events arrive as TUI_KEY_MOUSE with
 * t->mouse filled in by the screen.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "tui-int.h"

/* Runs the search typed at the prompt. */
static void
tui_input_search(struct tui *t)
{
	char	*q = util_buf_steal(&t->input, NULL);
	int	 cmd;

	t->prompt = 0;
	if (*q == '\0') {
		free(q);
		if (t->query == NULL)
			return;
	} else {
		free(t->query);
		t->query = q;
	}
	t->matches.n = 0;
	tui_search_run(t->doc, t->query, &t->matches);
	if (t->matches.n == 0) {
		tui_message(t, 1, "Not found: %s", t->query);
		return;
	}
	/* The first match at or after the cursor. */
	if (t->cur > 0)
		t->cur--;
	cmd = tui_command_find("search-next");
	tui_commands[cmd].fn(t);
}

/* Deletes the last character of the prompt's input. */
static void
tui_input_erase(struct tui *t)
{
	while (t->input.len > 0) {
		t->input.len--;
		if (((unsigned char)t->input.data[t->input.len] & 0xc0) !=
		    0x80)
			break;
	}
	if (t->input.data != NULL)
		t->input.data[t->input.len] = '\0';
}

static void
tui_input_prompt(struct tui *t, int key)
{
	if (key == TUI_KEY_ENTER || key == '\r')
		tui_input_search(t);
	else if (key == TUI_KEY_ESC || key == TUI_KEY_CTRL('g') ||
	    key == TUI_KEY_CTRL('c')) {
		t->prompt = 0;
		util_buf_clear(&t->input);
	} else if (key == TUI_KEY_BACKSPACE || key == 0x7f || key == 8) {
		if (t->input.len == 0)
			t->prompt = 0;
		tui_input_erase(t);
	} else if (key == TUI_KEY_CTRL('u'))
		util_buf_clear(&t->input);
	else if (key >= 0x20 && key < TUI_KEY_BASE && key != 0x7f &&
	    !(key >= 0x80 && key < 0xa0) && t->input.len < 256)
		util_buf_add_cp(&t->input, key);
}

static int
tui_input_in(const struct tui_rect *r, int x, int y)
{
	return x >= r->x && x < r->x + r->w && y >= r->y && y < r->y + r->h;
}

static void
tui_input_mouse(struct tui *t)
{
	const struct tui_mouse	*m = &t->mouse;
	int			 dir = m->kind == TUI_MOUSE_WHEEL_UP ? -1 : 1;
	size_t			 cp;

	if (t->help_open) {
		if (m->kind != TUI_MOUSE_CLICK)
			tui_help_scroll(t->help, dir * 3);
		return;
	}
	if (tui_sidebar_shown(t) && tui_input_in(&t->sidebar->rect, m->x,
	    m->y)) {
		if (m->kind == TUI_MOUSE_CLICK)
			tui_sidebar_click(t->sidebar, m->x - t->sidebar->rect.x,
			    m->y - t->sidebar->rect.y);
		else
			tui_sidebar_move(t->sidebar, dir);
		return;
	}
	if (!tui_input_in(&t->article->rect, m->x, m->y))
		return;
	if (m->kind != TUI_MOUSE_CLICK) {
		tui_article_scroll(t->article, dir * 3);
		return;
	}
	cp = tui_article_cp_at(t->article, m->x - t->article->rect.x,
	    m->y - t->article->rect.y);
	if (cp != (size_t)-1)
		tui_cursor_set(t, cp, 0);
	t->focus_sidebar = 0;
}

static int
tui_input_scope(const struct tui *t)
{
	if (t->help_open)
		return TUI_SCOPE_HELP;
	if (t->focus_sidebar && tui_sidebar_shown(t))
		return TUI_SCOPE_SIDEBAR;
	return TUI_SCOPE_ARTICLE;
}

void
tui_key(struct tui *t, int key)
{
	int	cmd;
	char	name[32];

	if (t->too_small && key != 'q' && key != TUI_KEY_RESIZE)
		return;
	if (t->prompt) {
		tui_input_prompt(t, key);
		return;
	}
	if (tui_notes_key(t, key))
		return;
	free(t->message);
	t->message = NULL;
	if (key == TUI_KEY_MOUSE) {
		tui_input_mouse(t);
		return;
	}
	cmd = tui_keymap_lookup(&t->keys, tui_input_scope(t), key);
	if (cmd >= 0)
		tui_commands[cmd].fn(t);
	else if (!t->help_open && key != TUI_KEY_RESIZE)
		tui_message(t, 0, "%s is not bound (? for help)",
		    tui_key_name(key, name, sizeof name));
}
