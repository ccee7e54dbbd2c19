/*
 * Key bindings: per scope (global, article, sidebar, help) a list of key →
 * command, where a command is an index into tui_commands[] (the one table
 * of name, function and help text, in tui-commands.c). A key a pane's
 * scope does not bind falls back to the global scope, except in help,
 * which takes only its own keys. The defaults below are bound by command
 * name, the way a config file rebinds them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "tui-int.h"

struct tui_keys_default {
	int		 scope;
	const char	*keys;		/* space-separated key names */
	const char	*command;
};

static const struct tui_keys_default tui_keys_defaults[] = {
	{ TUI_SCOPE_GLOBAL, "j Down", "line-down" },
	{ TUI_SCOPE_GLOBAL, "k Up", "line-up" },
	{ TUI_SCOPE_GLOBAL, "Space PgDn C-f", "page-down" },
	{ TUI_SCOPE_GLOBAL, "b PgUp C-b", "page-up" },
	{ TUI_SCOPE_GLOBAL, "g Home", "top" },
	{ TUI_SCOPE_GLOBAL, "G End", "bottom" },
	{ TUI_SCOPE_GLOBAL, ")", "sentence-next" },
	{ TUI_SCOPE_GLOBAL, "(", "sentence-prev" },
	{ TUI_SCOPE_GLOBAL, "}", "paragraph-next" },
	{ TUI_SCOPE_GLOBAL, "{", "paragraph-prev" },
	{ TUI_SCOPE_GLOBAL, "]", "section-next" },
	{ TUI_SCOPE_GLOBAL, "[", "section-prev" },
	{ TUI_SCOPE_GLOBAL, ">", "quote-next" },
	{ TUI_SCOPE_GLOBAL, "<", "quote-prev" },
	{ TUI_SCOPE_GLOBAL, "e", "entity-next" },
	{ TUI_SCOPE_GLOBAL, "E", "entity-prev" },
	{ TUI_SCOPE_GLOBAL, "/", "search" },
	{ TUI_SCOPE_GLOBAL, "n", "search-next" },
	{ TUI_SCOPE_GLOBAL, "N", "search-prev" },
	{ TUI_SCOPE_GLOBAL, "1", "tab-outline" },
	{ TUI_SCOPE_GLOBAL, "2", "tab-quotes" },
	{ TUI_SCOPE_GLOBAL, "3", "tab-entities" },
	{ TUI_SCOPE_GLOBAL, "4", "tab-notes" },
	{ TUI_SCOPE_GLOBAL, "Tab", "focus-toggle" },
	{ TUI_SCOPE_GLOBAL, "s", "sidebar-toggle" },
	{ TUI_SCOPE_GLOBAL, "?", "help" },
	{ TUI_SCOPE_GLOBAL, "C-l", "redraw" },
	{ TUI_SCOPE_GLOBAL, "q", "quit" },
	{ TUI_SCOPE_GLOBAL, "m", "note-next" },
	{ TUI_SCOPE_GLOBAL, "M", "note-prev" },
	{ TUI_SCOPE_GLOBAL, "v", "select-start" },
	{ TUI_SCOPE_GLOBAL, "a", "annotate" },
	{ TUI_SCOPE_GLOBAL, "h", "highlight" },
	{ TUI_SCOPE_GLOBAL, "A", "note-edit" },
	{ TUI_SCOPE_GLOBAL, "x", "note-delete" },
	{ TUI_SCOPE_GLOBAL, "o", "browser-open" },
	{ TUI_SCOPE_ARTICLE, "Esc", "select-clear" },
	{ TUI_SCOPE_SIDEBAR, "j Down", "select-next" },
	{ TUI_SCOPE_SIDEBAR, "k Up", "select-prev" },
	{ TUI_SCOPE_SIDEBAR, "g Home", "select-first" },
	{ TUI_SCOPE_SIDEBAR, "G End", "select-last" },
	{ TUI_SCOPE_SIDEBAR, "Enter", "select-jump" },
	{ TUI_SCOPE_SIDEBAR, "Right", "tab-next" },
	{ TUI_SCOPE_SIDEBAR, "Left", "tab-prev" },
	{ TUI_SCOPE_SIDEBAR, "Esc", "focus-article" },
	{ TUI_SCOPE_HELP, "j Down", "help-down" },
	{ TUI_SCOPE_HELP, "k Up", "help-up" },
	{ TUI_SCOPE_HELP, "Space PgDn", "help-page-down" },
	{ TUI_SCOPE_HELP, "b PgUp", "help-page-up" },
	{ TUI_SCOPE_HELP, "q ? Esc", "help-close" },
	{ TUI_SCOPE_LIBRARY, "j Down", "library-next" },
	{ TUI_SCOPE_LIBRARY, "k Up", "library-prev" },
	{ TUI_SCOPE_LIBRARY, "g Home", "library-first" },
	{ TUI_SCOPE_LIBRARY, "G End", "library-last" },
	{ TUI_SCOPE_LIBRARY, "Enter", "library-open" },
	{ TUI_SCOPE_LIBRARY, "q", "quit" },
	{ TUI_SCOPE_FEED, "j Down", "feed-next" },
	{ TUI_SCOPE_FEED, "k Up", "feed-prev" },
	{ TUI_SCOPE_FEED, "g Home", "feed-first" },
	{ TUI_SCOPE_FEED, "G End", "feed-last" },
	{ TUI_SCOPE_FEED, "Enter", "feed-open" },
	{ TUI_SCOPE_FEED, "r", "feed-refresh" },
	{ TUI_SCOPE_FEED, "o", "browser-open" },
	{ TUI_SCOPE_FEED, "q", "quit" },
};

static const struct {
	const char	*name;
	int		 key;
} tui_keys_names[] = {
	{ "Space", ' ' }, { "Tab", TUI_KEY_TAB }, { "Enter", TUI_KEY_ENTER },
	{ "Esc", TUI_KEY_ESC }, { "Up", TUI_KEY_UP }, { "Down", TUI_KEY_DOWN },
	{ "Left", TUI_KEY_LEFT }, { "Right", TUI_KEY_RIGHT },
	{ "PgUp", TUI_KEY_PGUP }, { "PgDn", TUI_KEY_PGDN },
	{ "Home", TUI_KEY_HOME }, { "End", TUI_KEY_END },
	{ "Backspace", TUI_KEY_BACKSPACE }, { "Delete", TUI_KEY_DELETE },
	{ "BTab", TUI_KEY_BTAB },
};
#define TUI_KEYS_NNAMES (sizeof tui_keys_names / sizeof tui_keys_names[0])

static const char *tui_keys_scopes[TUI_SCOPE_MAX] = {
	"global", "article", "sidebar", "help", "library", "feed"
};

const char *
tui_scope_name(int scope)
{
	return scope >= 0 && scope < TUI_SCOPE_MAX ? tui_keys_scopes[scope] :
	    "?";
}

int
tui_scope_find(const char *name)
{
	int	i;

	for (i = 0; i < TUI_SCOPE_MAX; i++) {
		if (strcmp(name, tui_keys_scopes[i]) == 0)
			return i;
	}
	return -1;
}

int
tui_command_find(const char *name)
{
	size_t	i;

	for (i = 0; i < tui_ncommands; i++) {
		if (strcmp(name, tui_commands[i].name) == 0)
			return (int)i;
	}
	return -1;
}

int
tui_key_parse(const char *name)
{
	size_t	i, len = strlen(name);
	int32_t	cp;

	for (i = 0; i < TUI_KEYS_NNAMES; i++) {
		if (strcmp(name, tui_keys_names[i].name) == 0)
			return tui_keys_names[i].key;
	}
	if (len == 3 && name[0] == 'C' && name[1] == '-' &&
	    name[2] >= 'a' && name[2] <= 'z')
		return TUI_KEY_CTRL(name[2]);
	if (len > 0 && util_utf8_decode(name, len, &cp) == (int)len &&
	    cp > 0x20 && cp != 0x7f)
		return cp;
	return -1;
}

const char *
tui_key_name(int key, char *buf, size_t size)
{
	size_t	i;

	for (i = 0; i < TUI_KEYS_NNAMES; i++) {
		if (key == tui_keys_names[i].key) {
			snprintf(buf, size, "%s", tui_keys_names[i].name);
			return buf;
		}
	}
	if (key > 0 && key < 0x20)
		snprintf(buf, size, "C-%c", key + 'a' - 1);
	else if (key > 0x20 && key < TUI_KEY_BASE) {
		struct util_buf	b;
		char		*s;

		util_buf_init(&b);
		util_buf_add_cp(&b, key);
		s = util_buf_steal(&b, NULL);
		snprintf(buf, size, "%s", s);
		free(s);
	} else
		snprintf(buf, size, "?");
	return buf;
}

void
tui_keymap_bind(struct tui_keymap *k, int scope, int key, int command)
{
	size_t	i;

	for (i = 0; i < k->n[scope]; i++) {
		if (k->v[scope][i].key == key) {
			k->v[scope][i].command = command;
			return;
		}
	}
	k->v[scope] = xreallocarray(k->v[scope], k->n[scope] + 1,
	    sizeof *k->v[scope]);
	k->v[scope][k->n[scope]].key = key;
	k->v[scope][k->n[scope]].command = command;
	k->n[scope]++;
}

/* Binds each name in the space-separated list keys. */
static void
tui_keymap_default(struct tui_keymap *k, const struct tui_keys_default *d)
{
	char	*list = xstrdup(d->keys), *name, *save = NULL;
	int	 command = tui_command_find(d->command), key;

	if (command < 0)
		fatal("tui_keymap_default: no command %s", d->command);
	for (name = strtok_r(list, " ", &save); name != NULL;
	    name = strtok_r(NULL, " ", &save)) {
		if ((key = tui_key_parse(name)) < 0)
			fatal("tui_keymap_default: no key %s", name);
		tui_keymap_bind(k, d->scope, key, command);
	}
	free(list);
}

void
tui_keymap_init(struct tui_keymap *k)
{
	size_t	i;

	memset(k, 0, sizeof *k);
	for (i = 0; i < sizeof tui_keys_defaults / sizeof
	    tui_keys_defaults[0]; i++)
		tui_keymap_default(k, &tui_keys_defaults[i]);
}

void
tui_keymap_clear(struct tui_keymap *k)
{
	int	s;

	for (s = 0; s < TUI_SCOPE_MAX; s++)
		free(k->v[s]);
	memset(k, 0, sizeof *k);
}

/* The binding of key in scope alone: a command, -1 unbound, -2 none. */
static int
tui_keymap_own(const struct tui_keymap *k, int scope, int key)
{
	size_t	i;

	for (i = 0; i < k->n[scope]; i++) {
		if (k->v[scope][i].key == key)
			return k->v[scope][i].command;
	}
	return -2;
}

int
tui_keymap_lookup(const struct tui_keymap *k, int scope, int key)
{
	int	c = tui_keymap_own(k, scope, key);

	/* Help, the library and the feed screen take only their own keys. */
	if (c == -2 && scope != TUI_SCOPE_HELP && scope != TUI_SCOPE_GLOBAL &&
	    scope != TUI_SCOPE_LIBRARY && scope != TUI_SCOPE_FEED)
		c = tui_keymap_own(k, TUI_SCOPE_GLOBAL, key);
	return c < 0 ? -1 : c;
}

char *
tui_keymap_keys(const struct tui_keymap *k, int scope, int command)
{
	struct util_buf	b;
	size_t		i;
	char		name[32];

	util_buf_init(&b);
	util_buf_add(&b, "", 0);
	for (i = 0; i < k->n[scope]; i++) {
		if (k->v[scope][i].command != command)
			continue;
		if (b.len > 0)
			util_buf_add_str(&b, ", ");
		util_buf_add_str(&b, tui_key_name(k->v[scope][i].key, name,
		    sizeof name));
	}
	return util_buf_steal(&b, NULL);
}
