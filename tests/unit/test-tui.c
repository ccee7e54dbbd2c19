/*
 * Unit tests of the reader without a terminal: wrapping by display width
 * (German, CJK, combining marks, emoji), the sanitiser, the canvas, the
 * layout, search, the key table and config, whole frames rendered onto
 * a canvas after keys, and notes written, marked, jumped to and deleted
 * through the keys in a library under a temporary directory.
 */
#include "test-helpers.h"

#include <locale.h>

#include <unistd.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "../../src/tui/tui-int.h"

/* The lines of one wrap, as byte ranges. */
struct wrapped {
	size_t	start[64], end[64];
	size_t	n;
};

static void
wrapped_add(size_t start, size_t end, void *arg)
{
	struct wrapped	*w = arg;

	if (w->n < 64) {
		w->start[w->n] = start;
		w->end[w->n] = end;
		w->n++;
	}
}

/* Wraps s to width; asserts every line fits and no cluster is split. */
static struct wrapped
wrap_check(const char *s, int width)
{
	struct wrapped	w = { { 0 }, { 0 }, 0 };
	size_t		i, len = strlen(s), pos;
	int		cw;

	tui_layout_wrap_text(s, len, width, wrapped_add, &w);
	for (i = 0; i < w.n; i++) {
		/* Only a single cluster wider than the line may overflow. */
		pos = w.start[i] + tui_sanitize_next(s + w.start[i],
		    w.end[i] - w.start[i], &cw);
		assert_true(tui_sanitize_width(s + w.start[i],
		    w.end[i] - w.start[i]) <= width || pos == w.end[i]);
		/* Each line starts and ends on a cluster boundary. */
		for (pos = w.start[i]; pos < w.end[i]; )
			pos += tui_sanitize_next(s + pos, w.end[i] - pos, &cw);
		assert_int_equal(pos, w.end[i]);
		for (pos = 0; pos < w.start[i]; )
			pos += tui_sanitize_next(s + pos, len - pos, &cw);
		assert_int_equal(pos, w.start[i]);
	}
	return w;
}

static void
test_wrap_german(void **state)
{
	const char	*s = "Die Lagerbestände gibt es schon seit langer "
	    "Zeit, sagt der russischstämmige Politologe Zinberg.";
	struct wrapped	 w;

	(void)state;
	w = wrap_check(s, 20);
	assert_true(w.n >= 4);
	/* "Lagerbestände" is 13 columns though 14 bytes. */
	assert_int_equal(tui_sanitize_width("Lagerbestände", 14), 13);
	assert_memory_equal(s + w.start[0], "Die Lagerbestände", 18);
	assert_int_equal(w.end[0] - w.start[0], 18);
	/* A hyphenated word may break after its hyphen. */
	w = wrap_check("militärisch-technischen Zusammenarbeit", 14);
	assert_memory_equal("militärisch-", "militärisch-", 13);
	assert_int_equal(w.end[0], strlen("militärisch-"));
}

static void
test_wrap_cjk(void **state)
{
	const char	*s = "日本語のテキストを表示します";
	struct wrapped	 w;
	size_t		 i;

	(void)state;
	assert_int_equal(tui_sanitize_width(s, strlen(s)), 28);
	w = wrap_check(s, 7);
	assert_int_equal(w.n, 5);
	for (i = 0; i < w.n; i++)
		assert_int_equal(tui_sanitize_width(s + w.start[i],
		    w.end[i] - w.start[i]), i + 1 < w.n ? 6 : 4);
	/* Width 1 still places one wide character a line, never loops. */
	w = wrap_check("日本", 1);
	assert_int_equal(w.n, 2);
}

static void
test_wrap_combining(void **state)
{
	/* e + U+0301 and a + U+0308 + U+0304: one column each. */
	const char	*s = "cafe\xcc\x81 cafe\xcc\x81 a\xcc\x88\xcc\x84x";
	struct wrapped	 w;

	(void)state;
	assert_int_equal(tui_sanitize_width(s, strlen(s)), 12);
	w = wrap_check(s, 4);
	assert_int_equal(w.n, 3);
	assert_int_equal(w.end[0] - w.start[0], 6);
	w = wrap_check("e\xcc\x81\xcc\x81\xcc\x81\xcc\x81" "e\xcc\x81", 1);
	assert_int_equal(w.n, 2);
}

static void
test_wrap_emoji(void **state)
{
	/* A ZWJ family, a flag and a thumbs up with a skin tone. */
	const char	*s = "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"
	    "\xe2\x80\x8d\xf0\x9f\x91\xa7 \xf0\x9f\x87\xa9\xf0\x9f\x87\xaa "
	    "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd ok";
	struct tui_glyph g[TUI_GLYPHS_MAX];
	struct wrapped	 w;
	int		 cols = 0, n;

	(void)state;
	assert_int_equal(tui_sanitize_width(s, strlen(s)), 11);
	w = wrap_check(s, 3);
	assert_int_equal(w.n, 4);
	/* The family is drawn as its first person, two columns. */
	n = tui_sanitize_grapheme(s, 18, 2, g, &cols);
	assert_int_equal(cols, 2);
	assert_int_equal(n, 1);
	assert_int_equal(g[0].cp[0], 0x1f468);
	assert_int_equal(g[0].width, 2);
	w = wrap_check(s, 1);
	assert_true(w.n >= 4);
}

static void
test_wrap_long_word(void **state)
{
	struct wrapped	w;

	(void)state;
	w = wrap_check("Donaudampfschifffahrtsgesellschaft ist lang", 10);
	assert_int_equal(w.end[0] - w.start[0], 10);
	w = wrap_check("", 10);
	assert_int_equal(w.n, 1);
	w = wrap_check("   leading   and   trailing   ", 8);
	assert_memory_equal("leading", "leading", 7);
	assert_int_equal(w.start[0], 3);
}

static void
test_sanitize(void **state)
{
	static const struct {
		const char	*in, *out;
	} cases[] = {
		{ "plain", "plain" },
		{ "a\x1b]0;pwned\x07z", "a^[]0;pwned^Gz" },
		{ "\x1b[2Jx", "^[[2Jx" },
		{ "\xc2\x9b" "31m", "\xef\xbf\xbd" "31m" },
		{ "\xe2\x80\xae" "evil\xe2\x80\xac", "\xef\xbf\xbd" "evil"
		    "\xef\xbf\xbd" },
		{ "\xe2\x81\xa6x\xe2\x81\xa9", "\xef\xbf\xbdx\xef\xbf\xbd" },
		{ "del\x7f", "del^?" },
		{ "tab\there", "tab here" },
		{ "bad\xff" "byte", "bad\xef\xbf\xbd" "byte" },
		{ "Stra\xc3\x9f" "e", "Stra\xc3\x9f" "e" },
	};
	size_t	i;
	char	*out;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		out = tui_sanitize_string(cases[i].in, strlen(cases[i].in));
		assert_string_equal(out, cases[i].out);
		/* What is drawn is exactly as wide as measured. */
		assert_int_equal(tui_sanitize_width(cases[i].in,
		    strlen(cases[i].in)), tui_sanitize_width(out,
		    strlen(out)));
		for (char *p = out; *p != '\0'; p++)
			assert_true(*p != '\x1b' && *p != '\x07');
		free(out);
	}
}

static void
test_canvas(void **state)
{
	struct tui_canvas	 c;
	char			*row;
	int			 used;

	(void)state;
	tui_canvas_init(&c);
	tui_canvas_resize(&c, 10, 2);
	used = tui_canvas_text(&c, 0, 0, 10, "Schulterschluss", 0, 1);
	assert_int_equal(used, 10);
	row = tui_canvas_row(&c, 0);
	assert_string_equal(row, "Schulters\xe2\x80\xa6");
	free(row);
	/* A wide character that does not fit leaves a space. */
	used = tui_canvas_text(&c, 0, 1, 10, "abcdefghi日", 0, 0);
	assert_int_equal(used, 9);
	tui_canvas_text(&c, 8, 1, 2, "日", 0, 0);
	tui_canvas_text(&c, 9, 1, 1, "x", 0, 0);
	row = tui_canvas_row(&c, 1);
	assert_string_equal(row, "abcdefgh x");
	free(row);
	used = tui_canvas_text(&c, 0, 1, 10, "\x1b[31mred", 0, 0);
	row = tui_canvas_row(&c, 1);
	assert_memory_equal(row, "^[[31mred", 9);
	free(row);
	tui_canvas_clear(&c);
}

/* A small article built the way an importer would. */
static struct doc *
tiny_doc(void)
{
	struct doc		*d = doc_create();
	struct doc_entity	*e;
	struct doc_quote	*q;

	doc_meta_set_title(d, "Tiny title");
	doc_meta_add_author(d, "A. Writer");
	doc_block_append(d, DOC_BLOCK_PARAGRAPH, "Putin spoke. Kim "
	    "listened to Putin.", 35);
	doc_block_append(d, DOC_BLOCK_HEADING, "Second part", 11);
	doc_block_append(d, DOC_BLOCK_PARAGRAPH, "\"We talk\", said Putin. "
	    "Zinberg disagrees.", 41);
	doc_finish(d);
	e = doc_entity_add(d, "Wladimir Putin", DOC_ENTITY_PERSON);
	doc_entity_add_mention(e, 0, 5, "Putin");
	doc_entity_add_mention(e, 29, 34, "Putin");
	doc_entity_add_mention(e, 66, 71, "Putin");
	q = doc_quote_add(d, DOC_QUOTE_DIRECT, "We talk", 51, 58);
	doc_quote_set_speaker(q, "Wladimir Putin", 0);
	doc_quote_set_role(q, "President");
	return d;
}

static void
test_layout(void **state)
{
	struct doc		*d = tiny_doc();
	struct tui_layout	 l;
	size_t			 i;

	(void)state;
	tui_layout_init(&l, d);
	tui_layout_wrap(&l, 12);
	assert_true(l.nlines > 6);
	assert_string_equal(l.pieces[0].text, "Tiny title");
	for (i = 0; i < l.nlines; i++) {
		const struct tui_line	*ln = &l.lines[i];
		const struct tui_piece	*p = &l.pieces[ln->piece];

		if (ln->blank || p->cp == (size_t)-1)
			continue;
		/* A line's cp is its piece's plus the code points before. */
		assert_int_equal(ln->cp, p->cp + util_utf8_cp_count(p->text,
		    ln->start));
		assert_int_equal(tui_layout_find_cp(&l, ln->cp), i);
	}
	i = tui_layout_find_cp(&l, d->blocks[1].start);
	assert_memory_equal(l.pieces[l.lines[i].piece].text, "Second part",
	    11);
	tui_layout_clear(&l);
	doc_free(d);
}

static void
test_search(void **state)
{
	struct doc		*d = doc_create();
	struct tui_ranges	 r;

	(void)state;
	doc_block_append(d, DOC_BLOCK_PARAGRAPH, "Die Straße nach "
	    "Pjöngjang, sagt ZINBERG.", 42);
	doc_finish(d);
	tui_ranges_init(&r);
	assert_int_equal(tui_search_run(d, "strasse", &r), 1);
	assert_int_equal(r.v[0].start, 4);
	assert_int_equal(r.v[0].end, 10);
	r.n = 0;
	assert_int_equal(tui_search_run(d, "Pjongjang", &r), 1);
	assert_int_equal(r.v[0].start, 16);
	r.n = 0;
	assert_int_equal(tui_search_run(d, "zinberg", &r), 1);
	r.n = 0;
	assert_int_equal(tui_search_run(d, "nothing", &r), 0);
	tui_ranges_clear(&r);
	doc_free(d);
}

static void
test_keys(void **state)
{
	struct tui_keymap	 k;
	char			 buf[32], *keys;
	size_t			 i, j;

	(void)state;
	tui_keymap_init(&k);
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_ARTICLE, 'j'),
	    tui_command_find("line-down"));
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_SIDEBAR, 'j'),
	    tui_command_find("select-next"));
	/* The sidebar falls back to the global table; help does not. */
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_SIDEBAR, ']'),
	    tui_command_find("section-next"));
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_HELP, ']'), -1);
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_GLOBAL, 'q'),
	    tui_command_find("quit"));
	for (i = 0; i < tui_ncommands; i++) {
		assert_true(strlen(tui_commands[i].help) > 0);
		for (j = i + 1; j < tui_ncommands; j++)
			assert_string_not_equal(tui_commands[i].name,
			    tui_commands[j].name);
	}
	assert_int_equal(tui_key_parse("Space"), ' ');
	assert_int_equal(tui_key_parse("C-l"), 12);
	assert_int_equal(tui_key_parse("PgDn"), TUI_KEY_PGDN);
	assert_int_equal(tui_key_parse("ö"), 0xf6);
	assert_int_equal(tui_key_parse("zz"), -1);
	assert_string_equal(tui_key_name(TUI_KEY_END, buf, sizeof buf), "End");
	assert_string_equal(tui_key_name(0xf6, buf, sizeof buf), "ö");
	keys = tui_keymap_keys(&k, TUI_SCOPE_GLOBAL,
	    tui_command_find("page-down"));
	assert_string_equal(keys, "Space, PgDn, C-f");
	free(keys);
	tui_keymap_clear(&k);
}

static void
test_config(void **state)
{
	struct tui_keymap	k;
	struct tui_config	cfg;

	(void)state;
	tui_keymap_init(&k);
	tui_config_init(&cfg);
	tui_config_apply(&cfg, &k, "# comment\nbind x quit\nbind zz quit\n"
	    "bind sidebar J select-next\nfrobnicate\ncolor quote red blue\n"
	    "color nothing red\nunbind q\n", "config");
	assert_int_equal(cfg.nerrors, 3);
	assert_non_null(strstr(cfg.errors, "config:3: unknown key 'zz'"));
	assert_non_null(strstr(cfg.errors, "config:5: unknown setting"));
	assert_non_null(strstr(cfg.errors, "config:7: unknown colour slot"));
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_ARTICLE, 'x'),
	    tui_command_find("quit"));
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_SIDEBAR, 'J'),
	    tui_command_find("select-next"));
	assert_int_equal(tui_keymap_lookup(&k, TUI_SCOPE_ARTICLE, 'q'), -1);
	assert_int_equal(cfg.colour[TUI_COLOUR_QUOTE].fg, 1);
	assert_int_equal(cfg.colour[TUI_COLOUR_QUOTE].bg, 4);
	tui_config_clear(&cfg);
	tui_keymap_clear(&k);
}

/* docs/keys.md (the man page's key list) names every command. */
static void
test_keys_doc(void **state)
{
	char	*doc = test_read_file("docs/keys.md", NULL), *name;
	size_t	 i;

	(void)state;
	assert_non_null(doc);
	for (i = 0; i < tui_ncommands; i++) {
		name = xasprintf("`%s`", tui_commands[i].name);
		if (strstr(doc, name) == NULL)
			fail_msg("docs/keys.md lacks %s", name);
		free(name);
	}
	free(doc);
}

/* Does any row of the canvas contain s? */
static int
canvas_has(const struct tui_canvas *c, const char *s)
{
	int	y, found = 0;
	char	*row;

	for (y = 0; y < c->h && !found; y++) {
		row = tui_canvas_row(c, y);
		found = strstr(row, s) != NULL;
		free(row);
	}
	return found;
}

static void
test_frames(void **state)
{
	struct doc		*d = tiny_doc();
	struct tui		*t = tui_create(d, "tiny.txt");
	struct tui_canvas	 c;
	char			*row;

	(void)state;
	tui_canvas_init(&c);
	tui_resize(t, 100, 20);
	tui_render(t, &c);
	assert_true(canvas_has(&c, "[Outline]"));
	assert_true(canvas_has(&c, "Tiny title"));
	assert_true(canvas_has(&c, "Second part"));
	tui_key(t, ']');
	tui_render(t, &c);
	row = tui_canvas_row(&c, 0);
	assert_non_null(strstr(row, "Second part"));
	free(row);
	tui_key(t, '2');
	tui_render(t, &c);
	assert_true(canvas_has(&c, "President"));
	tui_key(t, '3');
	tui_key(t, 'e');
	tui_render(t, &c);
	assert_true(canvas_has(&c, "Wladimir Putin: mention"));
	tui_resize(t, 19, 6);
	tui_render(t, &c);
	assert_true(canvas_has(&c, "terminal too"));
	tui_resize(t, 20, 6);
	tui_render(t, &c);
	assert_false(canvas_has(&c, "terminal too"));
	tui_key(t, 'q');
	assert_true(t->quit);
	tui_canvas_clear(&c);
	tui_free(t);
	doc_free(d);
}

static void
keys_type(struct tui *t, const char *keys)
{
	size_t	len = strlen(keys);
	int32_t	cp;
	int	n;

	while (len > 0 && (n = util_utf8_decode(keys, len, &cp)) > 0) {
		tui_key(t, cp);
		keys += n;
		len -= (size_t)n;
	}
}

static void
test_notes(void **state)
{
	char			 dir[] = "/tmp/marginalia-tui-XXXXXX", *cmd;
	struct doc		*d = tiny_doc();
	struct tui		*t = tui_create(d, "tiny.txt");
	struct store		*st;
	struct tui_canvas	 c;

	(void)state;
	assert_non_null(mkdtemp(dir));
	st = store_open(dir, NULL);
	assert_non_null(st);
	tui_canvas_init(&c);
	tui_resize(t, 100, 20);
	tui_notes_attach(t, st, NULL, NULL);
	/* v ) a: both sentences of the first paragraph. */
	keys_type(t, "v)a");
	assert_int_equal(t->notes.mode, TUI_NOTES_PROMPT);
	keys_type(t, "Notiz: schön 😀");
	tui_key(t, TUI_KEY_ENTER);
	assert_int_equal(t->notes.mode, TUI_NOTES_IDLE);
	assert_int_equal(t->notes.n, 1);
	assert_string_equal(t->notes.v[0].note, "Notiz: schön 😀");
	assert_int_equal(t->notes.v[0].start, 0);
	assert_int_equal(t->notes.v[0].end, 35);
	tui_render(t, &c);
	assert_true(canvas_has(&c, "▎"));
	assert_true(canvas_has(&c, "1 note"));
	keys_type(t, "4");
	tui_render(t, &c);
	assert_true(canvas_has(&c, "Notiz: schön"));
	tui_key(t, TUI_KEY_ESC);
	keys_type(t, "Gm");
	assert_non_null(strstr(t->message, "note 1/1"));
	keys_type(t, "An");
	assert_string_equal(tui_prompt_text(&t->notes.prompt),
	    "Notiz: schön 😀n");
	tui_key(t, TUI_KEY_ESC);
	assert_string_equal(t->notes.v[0].note, "Notiz: schön 😀");
	keys_type(t, "xn");
	assert_int_equal(t->notes.n, 1);
	keys_type(t, "xy");
	assert_int_equal(t->notes.n, 0);
	tui_canvas_clear(&c);
	tui_free(t);
	store_close(st);
	cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	doc_free(d);
}

/* Without a library: reading goes on, and a note says why it cannot be. */
static void
test_notes_no_library(void **state)
{
	struct doc	*d = tiny_doc();
	struct tui	*t = tui_create(d, "tiny.txt");

	(void)state;
	tui_resize(t, 100, 20);
	tui_notes_attach(t, NULL, NULL, "cannot create /nowhere");
	assert_non_null(strstr(t->message, "cannot create /nowhere"));
	keys_type(t, "a");
	assert_int_equal(t->notes.mode, TUI_NOTES_IDLE);
	assert_non_null(strstr(t->message, "Notes cannot be saved: "
	    "cannot create /nowhere"));
	tui_free(t);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_german),
		cmocka_unit_test(test_wrap_cjk),
		cmocka_unit_test(test_wrap_combining),
		cmocka_unit_test(test_wrap_emoji),
		cmocka_unit_test(test_wrap_long_word),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_canvas),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_keys_doc),
		cmocka_unit_test(test_config),
		cmocka_unit_test(test_frames),
		cmocka_unit_test(test_notes),
		cmocka_unit_test(test_notes_no_library),
	};

	/* The sanitiser asks the C library for widths, as curses does. */
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
	return cmocka_run_group_tests_name("tui", tests, NULL, NULL);
}
