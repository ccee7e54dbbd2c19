/*
 * The optional config file, $XDG_CONFIG_HOME/marginalia/config (else
 * ~/.config/marginalia/config): one setting a line, "#" starts a comment.
 *
 *	bind [SCOPE] KEY COMMAND	SCOPE: global (default), article,
 *	unbind [SCOPE] KEY		sidebar or help
 *	color SLOT FG [BG]		a role or mark name; colours by name
 *					or 0-255, "default" for the terminal's
 *
 * A bad line is skipped and reported with its number; the rest applies.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "tui-int.h"

#define TUI_CONFIG_WORDS	5

static const char *tui_config_slots[TUI_COLOUR_MAX] = {
	"text", "title", "kicker", "byline", "date", "heading", "blockquote",
	"caption", "credit", "media", "bar", "status", "prompt", "error",
	"tab", "tab-current", "group", "role", "count", "border", "help-key",
	"quote", "entity", "match", "cursor", "select", "note",
};

static const char *tui_config_colours[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

const char *
tui_role_name(int role)
{
	return role >= 0 && role < TUI_ROLE_MAX ? tui_config_slots[role] : "?";
}

int
tui_role_find(const char *name)
{
	int	i = tui_colour_find(name);

	return i < TUI_ROLE_MAX ? i : -1;
}

const char *
tui_colour_name(int slot)
{
	return slot >= 0 && slot < TUI_COLOUR_MAX ? tui_config_slots[slot] :
	    "?";
}

int
tui_colour_find(const char *name)
{
	int	i;

	for (i = 0; i < TUI_COLOUR_MAX; i++) {
		if (strcmp(name, tui_config_slots[i]) == 0)
			return i;
	}
	return -1;
}

void
tui_config_init(struct tui_config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
}

void
tui_config_clear(struct tui_config *cfg)
{
	free(cfg->errors);
	tui_config_init(cfg);
}

static void
tui_config_error(struct tui_config *cfg, const char *name, int line,
    const char *what, const char *word)
{
	char	*msg;

	msg = xasprintf("%s%s%s:%d: %s '%s'", cfg->errors ? cfg->errors : "",
	    cfg->errors ? "; " : "", name, line, what, word);
	free(cfg->errors);
	cfg->errors = msg;
	cfg->nerrors++;
}

/* A colour: a name, 0-255, or "default" (-1); -2 when none of these. */
static int
tui_config_colour(const char *s)
{
	char	*end;
	long	 n;
	size_t	 i;

	if (strcmp(s, "default") == 0)
		return -1;
	for (i = 0; i < 8; i++) {
		if (strcmp(s, tui_config_colours[i]) == 0)
			return (int)i;
	}
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || n < 0 || n > 255)
		return -2;
	return (int)n;
}

/* Applies one line's words; NULL when fine, else what was wrong. */
static const char *
tui_config_words(struct tui_config *cfg, struct tui_keymap *keys, char **w,
    int n, const char **bad)
{
	int	scope = TUI_SCOPE_GLOBAL, key, cmd, slot, fg, bg = -1;
	int	unbind = strcmp(w[0], "unbind") == 0;

	*bad = w[0];
	if (strcmp(w[0], "bind") == 0 || unbind) {
		if (n >= 3 + !unbind && (scope = tui_scope_find(w[1])) >= 0) {
			w++;
			n--;
		} else if (scope < 0)
			scope = TUI_SCOPE_GLOBAL;
		if (n != 3 - unbind)
			return "expected: bind [scope] KEY COMMAND, near";
		*bad = w[1];
		if ((key = tui_key_parse(w[1])) < 0)
			return "unknown key";
		*bad = unbind ? w[1] : w[2];
		if (!unbind && (cmd = tui_command_find(w[2])) < 0)
			return "unknown command";
		tui_keymap_bind(keys, scope, key, unbind ? -1 : cmd);
		return NULL;
	}
	if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0) {
		if (n < 3 || n > 4)
			return "expected: color SLOT FG [BG], near";
		*bad = w[1];
		if ((slot = tui_colour_find(w[1])) < 0)
			return "unknown colour slot";
		*bad = w[2];
		if ((fg = tui_config_colour(w[2])) == -2)
			return "bad colour";
		*bad = w[n - 1];
		if (n == 4 && (bg = tui_config_colour(w[3])) == -2)
			return "bad colour";
		cfg->colour[slot].fg = fg;
		cfg->colour[slot].bg = bg;
		cfg->colour[slot].set = 1;
		return NULL;
	}
	return "unknown setting";
}

static void
tui_config_line(struct tui_config *cfg, struct tui_keymap *keys, char *line,
    const char *name, int number)
{
	char		*w[TUI_CONFIG_WORDS + 1], *save = NULL, *hash;
	const char	*what, *bad = "";
	int		 n = 0;

	if ((hash = strchr(line, '#')) != NULL && (hash == line ||
	    hash[-1] == ' ' || hash[-1] == '\t'))
		*hash = '\0';
	for (w[n] = strtok_r(line, " \t\r", &save); w[n] != NULL;
	    w[n] = strtok_r(NULL, " \t\r", &save)) {
		if (++n > TUI_CONFIG_WORDS) {
			tui_config_error(cfg, name, number, "too many words",
			    w[0]);
			return;
		}
	}
	if (n == 0)
		return;
	if ((what = tui_config_words(cfg, keys, w, n, &bad)) != NULL)
		tui_config_error(cfg, name, number, what, bad);
}

void
tui_config_apply(struct tui_config *cfg, struct tui_keymap *keys,
    const char *text, const char *name)
{
	char	*copy = xstrdup(text), *line = copy, *nl;
	int	 number = 1;

	for (; line != NULL; line = nl, number++) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		tui_config_line(cfg, keys, line, name, number);
	}
	free(copy);
}

void
tui_config_load(struct tui_config *cfg, struct tui_keymap *keys)
{
	const char	*dir = getenv("XDG_CONFIG_HOME"), *home;
	char		*path, *text;
	struct util_buf	 b;
	FILE		*f;
	char		 chunk[4096];
	size_t		 n;

	if (dir != NULL && *dir != '\0')
		path = xasprintf("%s/marginalia/config", dir);
	else if ((home = getenv("HOME")) != NULL && *home != '\0')
		path = xasprintf("%s/.config/marginalia/config", home);
	else
		return;
	if ((f = fopen(path, "r")) == NULL) {
		free(path);
		return;
	}
	util_buf_init(&b);
	util_buf_add(&b, "", 0);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < 65536)
		util_buf_add(&b, chunk, n);
	fclose(f);
	text = util_buf_steal(&b, NULL);
	tui_config_apply(cfg, keys, text, "config");
	free(text);
	free(path);
}
