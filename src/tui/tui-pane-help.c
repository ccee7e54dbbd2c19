/*
 * The help screen, generated from the command table and the key map as
 * they are (a config file's bindings included): one row per command with
 * its keys, its name and its help text, grouped by scope. The man page's
 * key list is checked against the same table (docs/keys.md).
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "tui-int.h"

struct tui_help {
	char	**rows;
	size_t	  n;
	size_t	  top;
	int	  h;
};

static void
tui_help_add(struct tui_help *hp, char *row)
{
	hp->rows = xreallocarray(hp->rows, hp->n + 1, sizeof *hp->rows);
	hp->rows[hp->n++] = row;
}

static void
tui_help_rows_clear(struct tui_help *hp)
{
	size_t	i;

	for (i = 0; i < hp->n; i++)
		free(hp->rows[i]);
	free(hp->rows);
	hp->rows = NULL;
	hp->n = 0;
}

/* The commands bound in one scope, "keys  name  help". */
static void
tui_help_scope(struct tui_help *hp, const struct tui_keymap *k, int scope,
    const char *title)
{
	size_t	i;
	char	*keys;
	int	 any = 0;

	for (i = 0; i < tui_ncommands; i++) {
		keys = tui_keymap_keys(k, scope, (int)i);
		if (*keys != '\0') {
			if (!any++)
				tui_help_add(hp, xasprintf("\001%s", title));
			tui_help_add(hp, xasprintf("  %-16s %-16s %s", keys,
			    tui_commands[i].name, tui_commands[i].help));
		}
		free(keys);
	}
	if (any)
		tui_help_add(hp, xstrdup(""));
}

static void
tui_help_build(struct tui_help *hp, const struct tui_keymap *k)
{
	tui_help_rows_clear(hp);
	tui_help_add(hp, xstrdup("\001marginalia — keys (q or ? closes)"));
	tui_help_add(hp, xstrdup(""));
	tui_help_scope(hp, k, TUI_SCOPE_GLOBAL, "Reading");
	tui_help_scope(hp, k, TUI_SCOPE_ARTICLE, "Article");
	tui_help_scope(hp, k, TUI_SCOPE_SIDEBAR, "Sidebar (after Tab)");
	tui_help_scope(hp, k, TUI_SCOPE_HELP, "This screen");
	/* The library screen's own keys show on its hint line instead. */
}

static void
tui_help_draw(struct tui_pane *p, struct tui_canvas *c, struct tui_rect r)
{
	struct tui_help	*hp = p->data;
	size_t		 i;
	int		 y;

	if (hp->n == 0)
		tui_help_build(hp, &p->tui->keys);
	for (y = 0; y < r.h; y++) {
		i = hp->top + (size_t)y;
		if (i >= hp->n)
			break;
		if (hp->rows[i][0] == '\001')
			tui_canvas_text(c, r.x + 1, r.y + y, r.w - 1,
			    hp->rows[i] + 1, TUI_ROLE_GROUP, 1);
		else
			tui_canvas_text(c, r.x + 1, r.y + y, r.w - 1,
			    hp->rows[i], TUI_ROLE_TEXT, 1);
	}
}

static void
tui_help_resize(struct tui_pane *p, int w, int h)
{
	struct tui_help	*hp = p->data;

	(void)w;
	hp->h = h;
}

static void
tui_help_free(struct tui_pane *p)
{
	struct tui_help	*hp = p->data;

	tui_help_rows_clear(hp);
	free(hp);
}

void
tui_help_scroll(struct tui_pane *p, long lines)
{
	struct tui_help	*hp = p->data;
	size_t		 max = 0;

	if (hp->n > (size_t)hp->h)
		max = hp->n - (size_t)hp->h;

	if (lines < 0)
		hp->top = (size_t)-lines > hp->top ? 0 : hp->top -
		    (size_t)-lines;
	else
		hp->top = hp->top + (size_t)lines > max ? max : hp->top +
		    (size_t)lines;
}

static const struct tui_pane_ops tui_help_ops = {
	.name = "help",
	.scope = TUI_SCOPE_HELP,
	.draw = tui_help_draw,
	.resize = tui_help_resize,
	.key = NULL,
	.free = tui_help_free,
};

struct tui_pane *
tui_pane_help_create(struct tui *t)
{
	struct tui_pane	*p = xcalloc(1, sizeof *p);

	p->ops = &tui_help_ops;
	p->tui = t;
	p->data = xcalloc(1, sizeof(struct tui_help));
	return p;
}
