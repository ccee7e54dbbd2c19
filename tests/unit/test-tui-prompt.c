/*
 * Unit tests of the note prompt's line editor (src/tui/tui-prompt.c):
 * every motion and deletion steps by grapheme cluster, on German (both
 * precomposed and with combining marks), CJK, emoji with skin tones, ZWJ
 * families and flags; the keys' results; drawing with the cursor in view.
 */
#include "test-helpers.h"

#include <locale.h>

#include "util.h"
#include "../../src/tui/tui-int.h"

/* Types s key by key, as get_wch would hand it over. */
static void
type(struct tui_prompt *p, const char *s)
{
	size_t	len = strlen(s);
	int32_t	cp;
	int	n;

	while (len > 0) {
		n = util_utf8_decode(s, len, &cp);
		assert_true(n > 0);
		assert_int_equal(tui_prompt_key(p, cp), TUI_PROMPT_EDIT);
		s += n;
		len -= (size_t)n;
	}
}

static void
key(struct tui_prompt *p, int k, int times)
{
	while (times-- > 0)
		tui_prompt_key(p, k);
}

static void
test_prompt_german(void **state)
{
	struct tui_prompt	p;

	(void)state;
	tui_prompt_init(&p);
	assert_string_equal(tui_prompt_text(&p), "");
	type(&p, "Größe");
	assert_string_equal(tui_prompt_text(&p), "Größe");
	assert_int_equal(p.cur, strlen("Größe"));
	key(&p, TUI_KEY_LEFT, 1);
	key(&p, TUI_KEY_BACKSPACE, 1);		/* ß, both bytes */
	assert_string_equal(tui_prompt_text(&p), "Gröe");
	assert_int_equal(p.cur, strlen("Grö"));
	type(&p, "ß");
	assert_string_equal(tui_prompt_text(&p), "Größe");
	key(&p, TUI_KEY_HOME, 1);
	assert_int_equal(p.cur, 0);
	key(&p, TUI_KEY_RIGHT, 2);
	assert_int_equal(p.cur, 2);
	key(&p, TUI_KEY_DELETE, 1);		/* ö */
	assert_string_equal(tui_prompt_text(&p), "Grße");
	key(&p, TUI_KEY_END, 1);
	assert_int_equal(p.cur, strlen("Grße"));
	key(&p, TUI_KEY_RIGHT, 3);		/* stays at the end */
	assert_int_equal(p.cur, strlen("Grße"));
	key(&p, TUI_KEY_BACKSPACE, 9);		/* more than there is */
	assert_string_equal(tui_prompt_text(&p), "");
	assert_int_equal(p.cur, 0);
	key(&p, TUI_KEY_LEFT, 1);
	key(&p, TUI_KEY_DELETE, 1);
	assert_int_equal(p.cur, 0);
	tui_prompt_clear(&p);
}

/* "a" + U+0308 and "e" + U+0301 are one character each to the reader. */
static void
test_prompt_combining(void **state)
{
	struct tui_prompt	p;

	(void)state;
	tui_prompt_init(&p);
	tui_prompt_set(&p, "a\xcc\x88" "bc");
	key(&p, TUI_KEY_HOME, 1);
	key(&p, TUI_KEY_RIGHT, 1);
	assert_int_equal(p.cur, 3);
	key(&p, TUI_KEY_LEFT, 1);
	key(&p, TUI_KEY_DELETE, 1);
	assert_string_equal(tui_prompt_text(&p), "bc");
	/* A mark typed after its base joins it; the cursor stays after. */
	key(&p, TUI_KEY_END, 1);
	type(&p, "e");
	tui_prompt_insert(&p, 0x301);
	assert_string_equal(tui_prompt_text(&p), "bce\xcc\x81");
	assert_int_equal(p.cur, strlen("bce\xcc\x81"));
	key(&p, TUI_KEY_LEFT, 1);
	assert_int_equal(p.cur, 2);
	key(&p, TUI_KEY_END, 1);
	key(&p, TUI_KEY_BACKSPACE, 1);
	assert_string_equal(tui_prompt_text(&p), "bc");
	/* A mark typed before a base, in the middle, goes on the left one. */
	key(&p, TUI_KEY_HOME, 1);
	key(&p, TUI_KEY_RIGHT, 1);
	tui_prompt_insert(&p, 0x308);
	assert_string_equal(tui_prompt_text(&p), "b\xcc\x88" "c");
	assert_int_equal(p.cur, 3);
	tui_prompt_clear(&p);
}

static void
test_prompt_cjk(void **state)
{
	struct tui_prompt	p;

	(void)state;
	tui_prompt_init(&p);
	type(&p, "日本語のメモ");
	key(&p, TUI_KEY_LEFT, 2);
	assert_int_equal(p.cur, strlen("日本語の"));
	key(&p, TUI_KEY_BACKSPACE, 1);
	assert_string_equal(tui_prompt_text(&p), "日本語メモ");
	key(&p, TUI_KEY_HOME, 1);
	key(&p, TUI_KEY_DELETE, 1);
	assert_string_equal(tui_prompt_text(&p), "本語メモ");
	key(&p, TUI_KEY_END, 1);
	key(&p, TUI_KEY_LEFT, 1);
	key(&p, TUI_KEY_CTRL('u'), 1);		/* all before the cursor */
	assert_string_equal(tui_prompt_text(&p), "モ");
	assert_int_equal(p.cur, 0);
	tui_prompt_clear(&p);
}

static void
test_prompt_emoji(void **state)
{
	static const char	*thumb = "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd";
	static const char	*family = "\xf0\x9f\x91\xa8\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
	static const char	*flag = "\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa";
	struct tui_prompt	p;
	char			*all;

	(void)state;
	all = xasprintf("%s%s%sx", thumb, family, flag);
	tui_prompt_init(&p);
	type(&p, all);
	assert_string_equal(tui_prompt_text(&p), all);
	key(&p, TUI_KEY_LEFT, 2);		/* over x, then the flag */
	assert_int_equal(p.cur, strlen(thumb) + strlen(family));
	key(&p, TUI_KEY_BACKSPACE, 1);		/* the whole family */
	assert_int_equal(p.cur, strlen(thumb));
	key(&p, TUI_KEY_DELETE, 1);		/* the whole flag */
	assert_string_equal(tui_prompt_text(&p), "\xf0\x9f\x91\x8d"
	    "\xf0\x9f\x8f\xbdx");
	key(&p, TUI_KEY_HOME, 1);
	key(&p, TUI_KEY_RIGHT, 1);		/* thumb and its tone */
	assert_int_equal(p.cur, strlen(thumb));
	key(&p, TUI_KEY_BACKSPACE, 1);
	assert_string_equal(tui_prompt_text(&p), "x");
	tui_prompt_clear(&p);
	free(all);
}

static void
test_prompt_keys(void **state)
{
	struct tui_prompt	p;

	(void)state;
	tui_prompt_init(&p);
	assert_int_equal(tui_prompt_key(&p, TUI_KEY_ENTER), TUI_PROMPT_DONE);
	assert_int_equal(tui_prompt_key(&p, '\r'), TUI_PROMPT_DONE);
	assert_int_equal(tui_prompt_key(&p, TUI_KEY_ESC), TUI_PROMPT_CANCEL);
	assert_int_equal(tui_prompt_key(&p, TUI_KEY_CTRL('g')),
	    TUI_PROMPT_CANCEL);
	assert_int_equal(tui_prompt_key(&p, TUI_KEY_CTRL('e')),
	    TUI_PROMPT_EXTERNAL);
	/* Controls, C1, surrogates and function keys never become text. */
	assert_int_equal(tui_prompt_key(&p, TUI_KEY_CTRL('x')),
	    TUI_PROMPT_IGNORED);
	assert_int_equal(tui_prompt_key(&p, 0x9b), TUI_PROMPT_IGNORED);
	assert_int_equal(tui_prompt_key(&p, 0xd800), TUI_PROMPT_IGNORED);
	assert_int_equal(tui_prompt_key(&p, TUI_KEY_PGDN), TUI_PROMPT_IGNORED);
	assert_string_equal(tui_prompt_text(&p), "");
	assert_int_equal(tui_prompt_key(&p, 0x7f), TUI_PROMPT_EDIT);
	tui_prompt_set(&p, "Notiz");
	assert_int_equal(p.cur, 5);
	tui_prompt_set(&p, NULL);
	assert_string_equal(tui_prompt_text(&p), "");
	tui_prompt_clear(&p);
}

/* The row as text and the column the reversed cursor cell is at. */
static char *
drawn(const struct tui_prompt *p, int w, int *cursor)
{
	struct tui_canvas	c;
	char			*row;
	int			 x;

	tui_canvas_init(&c);
	tui_canvas_resize(&c, w, 1);
	tui_prompt_draw(p, &c, 0, 0, w, TUI_ROLE_PROMPT);
	*cursor = -1;
	for (x = 0; x < w; x++) {
		if (c.cells[x].style & TUI_MARK_FOCUS) {
			*cursor = x;
			break;
		}
	}
	row = tui_canvas_row(&c, 0);
	tui_canvas_clear(&c);
	return row;
}

static void
test_prompt_draw(void **state)
{
	struct tui_prompt	p;
	char			*row;
	int			 cur;

	(void)state;
	tui_prompt_init(&p);
	tui_prompt_set(&p, "日本ä");
	tui_prompt_left(&p);
	row = drawn(&p, 20, &cur);
	assert_non_null(strstr(row, "日本ä"));
	assert_int_equal(cur, 4);		/* two wide characters */
	free(row);
	tui_prompt_end(&p);
	row = drawn(&p, 20, &cur);
	assert_int_equal(cur, 5);	/* a reversed space at the end */
	free(row);
	/* Too long for the width: the cursor stays in view. */
	tui_prompt_set(&p, "Größe zählt, Ärger wächst, und Kim reist nach "
	    "Russland – ein sehr langer Satz");
	row = drawn(&p, 16, &cur);
	assert_true(cur >= 0 && cur < 16);
	assert_non_null(strstr(row, "Satz"));
	free(row);
	tui_prompt_home(&p);
	row = drawn(&p, 16, &cur);
	assert_int_equal(cur, 0);
	assert_non_null(strstr(row, "Größe"));
	free(row);
	tui_prompt_clear(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prompt_german),
		cmocka_unit_test(test_prompt_combining),
		cmocka_unit_test(test_prompt_cjk),
		cmocka_unit_test(test_prompt_emoji),
		cmocka_unit_test(test_prompt_keys),
		cmocka_unit_test(test_prompt_draw),
	};

	/* The sanitiser asks the C library for widths, as curses does. */
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
	return cmocka_run_group_tests_name("tui-prompt", tests, NULL, NULL);
}
