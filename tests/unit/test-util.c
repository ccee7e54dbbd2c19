/*
 * Unit tests for util: buffers, allocation helpers, UTF-8 repair and
 * normalisation, grapheme widths, and control stripping. Every expectation
 * is written out by hand, byte for byte where bytes matter.
 */

#include "test-helpers.h"

#include <utf8proc.h>

#include "util.h"

static void
test_util_buf_growth(void **state)
{
	struct util_buf	 b;
	char		*s;
	size_t		 len, i;

	(void)state;
	util_buf_init(&b);
	assert_null(b.data);
	for (i = 0; i < 1000; i++)
		util_buf_add_char(&b, 'a' + i % 26);
	assert_int_equal(b.len, 1000);
	assert_true(b.cap > 1000);
	assert_int_equal(b.data[1000], '\0');
	assert_int_equal(b.data[27], 'b');
	util_buf_add_str(&b, "xyz");
	util_buf_printf(&b, "-%d-%s", 42, "q");
	util_buf_add_cp(&b, 0xe9);
	util_buf_add_cp(&b, 0x1f600);
	s = util_buf_steal(&b, &len);
	assert_int_equal(len, 1000 + 3 + 5 + 2 + 4);
	assert_string_equal(s + 1000, "xyz-42-q\xc3\xa9\xf0\x9f\x98\x80");
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	free(s);
}

static void
test_util_buf_steal_empty(void **state)
{
	struct util_buf	 b;
	char		*s;
	size_t		 len = 99;

	(void)state;
	util_buf_init(&b);
	s = util_buf_steal(&b, &len);
	assert_string_equal(s, "");
	assert_int_equal(len, 0);
	free(s);

	util_buf_add(&b, "ab", 2);
	util_buf_clear(&b);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	util_buf_clear(&b);
}

/* One byte at a time up to the last free byte and past it: the NUL is
 * always there and nothing is lost when the buffer grows. */
static void
test_util_buf_char_edge(void **state)
{
	struct util_buf	 b;
	size_t		 cap;

	(void)state;
	util_buf_init(&b);
	util_buf_add_cp(&b, 'x');
	cap = b.cap;
	assert_true(cap >= 2);
	while (b.len + 1 < cap) {
		util_buf_add_char(&b, 'y');
		assert_int_equal(b.data[b.len], '\0');
	}
	assert_int_equal(b.cap, cap);
	util_buf_add_cp(&b, 'z');
	assert_true(b.cap > cap);
	assert_int_equal(b.len, cap);
	assert_int_equal(b.data[0], 'x');
	assert_int_equal(b.data[cap - 2], 'y');
	assert_int_equal(b.data[cap - 1], 'z');
	assert_int_equal(b.data[cap], '\0');
	util_buf_clear(&b);
}

static void
test_util_buf_add_cp_invalid(void **state)
{
	struct util_buf	b;

	(void)state;
	util_buf_init(&b);
	util_buf_add_cp(&b, 0xd800);
	util_buf_add_cp(&b, 0x110000);
	assert_string_equal(b.data, "\xef\xbf\xbd\xef\xbf\xbd");
	util_buf_clear(&b);
}

static void
test_util_memory(void **state)
{
	char	*s, *cause = NULL;

	(void)state;
	s = xasprintf("%s=%d", "n", 7);
	assert_string_equal(s, "n=7");
	free(s);
	s = xstrndup("abcdef", 3);
	assert_string_equal(s, "abc");
	free(s);
	s = xstrndup("ab\0cd", 5);
	assert_string_equal(s, "ab");
	free(s);
	assert_int_equal(util_cause_set(&cause, "bad %s", "feed"), -1);
	assert_string_equal(cause, "bad feed");
	free(cause);
	assert_int_equal(util_cause_set(NULL, "ignored"), -1);
}

static void
test_util_utf8_decode(void **state)
{
	int32_t	cp = 0;

	(void)state;
	assert_int_equal(util_utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(util_utf8_decode("\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xe9);
	assert_int_equal(util_utf8_decode("\xe6\x97\xa5", 3, &cp), 3);
	assert_int_equal(cp, 0x65e5);
	assert_int_equal(util_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	assert_int_equal(util_utf8_decode("\xc0\xaf", 2, &cp), -1);
	assert_int_equal(util_utf8_decode("\xed\xa0\x80", 3, &cp), -1);
	assert_int_equal(util_utf8_decode("\xf4\x90\x80\x80", 4, &cp), -1);
	assert_int_equal(util_utf8_decode("\xe6\x97\xa5", 2, &cp), -1);
	assert_int_equal(util_utf8_decode("", 0, &cp), 0);
}

/* Each maximal invalid subpart becomes exactly one U+FFFD. */
static void
test_util_utf8_repair(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*out;
		size_t		 bad;
	} cases[] = {
		{ "ok", 2, "ok", 0 },
		/* Overlong "/": C0 is never a lead byte, AF stands alone. */
		{ "a\xc0\xafz", 4, "a\xef\xbf\xbd\xef\xbf\xbdz", 2 },
		/* Surrogate U+D800: ED A0 is not a valid prefix. */
		{ "\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd",
		  3 },
		/* 日 cut short at the end: one replacement. */
		{ "x\xe6\x97", 3, "x\xef\xbf\xbd", 1 },
		{ "\x80q", 2, "\xef\xbf\xbdq", 1 },
		{ "a\0b", 3, "a\xef\xbf\xbd" "b", 1 },
		{ "\xc3\xa9\xff", 3, "\xc3\xa9\xef\xbf\xbd", 1 },
	};
	size_t	 i, out_len, bad;
	char	*s;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = util_utf8_repair(cases[i].in, cases[i].len, &out_len,
		    &bad);
		assert_string_equal(s, cases[i].out);
		assert_int_equal(out_len, strlen(cases[i].out));
		assert_int_equal(bad, cases[i].bad);
		assert_true(util_utf8_valid(s, out_len));
		free(s);
	}
}

static void
test_util_utf8_valid_count(void **state)
{
	(void)state;
	assert_true(util_utf8_valid("Stra\xc3\x9f" "e", 7));
	assert_false(util_utf8_valid("a\0b", 3));
	assert_false(util_utf8_valid("\xe6\x97", 2));
	assert_false(util_utf8_valid("\xc0\xaf", 2));
	assert_int_equal(util_utf8_cp_count("Stra\xc3\x9f" "e", 7), 6);
	assert_int_equal(util_utf8_cp_count("\xf0\x9f\x98\x80!", 5), 2);
}

static void
test_util_utf8_nfc(void **state)
{
	char	*s;

	(void)state;
	s = util_utf8_nfc("caf" "e\xcc\x81");
	assert_string_equal(s, "caf\xc3\xa9");
	free(s);
	s = util_utf8_nfc("plain");
	assert_string_equal(s, "plain");
	free(s);
}

/* The code points util_utf8_nfc_inert lets through. */
static int
test_util_inert_cp(int32_t cp)
{
	return (cp >= 1 && cp < 0x300) || (cp >= 0x2010 && cp <= 0x20bf);
}

/* Whether utf8proc's NFC leaves s as it is. */
static int
test_util_nfc_same(const char *s)
{
	utf8proc_uint8_t	*out;
	int			 same;

	assert_true(utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
	    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE) >= 0);
	same = strcmp((const char *)out, s) == 0;
	free(out);
	return same;
}

/*
 * The quick test skips utf8proc, so it must be right for every string it
 * passes: each code point it allows is stable and has combining class 0,
 * and no pair of them composes (then no longer string can change).
 */
static void
test_util_utf8_nfc_inert(void **state)
{
	char	 s[16];
	size_t	 n;

	(void)state;
	for (int32_t x = 1; x < 0x2100; x++) {
		n = utf8proc_encode_char(x, (utf8proc_uint8_t *)s);
		s[n] = '\0';
		assert_int_equal(util_utf8_nfc_inert(s), test_util_inert_cp(x));
		if (!test_util_inert_cp(x))
			continue;
		assert_int_equal(utf8proc_get_property(x)->combining_class, 0);
		assert_true(test_util_nfc_same(s));
		for (int32_t y = 1; y <= 0x20bf; y++) {
			if (!test_util_inert_cp(y))
				continue;
			n = utf8proc_encode_char(x, (utf8proc_uint8_t *)s);
			n += utf8proc_encode_char(y, (utf8proc_uint8_t *)s + n);
			s[n] = '\0';
			if (!test_util_nfc_same(s))
				fail_msg("U+%04X U+%04X composes", (unsigned)x,
				    (unsigned)y);
		}
	}
	assert_true(util_utf8_nfc_inert(""));
	assert_true(util_utf8_nfc_inert("Stra\xc3\x9f" "e \xe2\x80\x9eja\xe2\x80\x9c "
	    "\xe2\x80\x93 5 \xe2\x82\xac"));
	assert_false(util_utf8_nfc_inert("e\xcc\x81"));
	assert_false(util_utf8_nfc_inert("\xe2\x80\x80"));	/* U+2000 */
	assert_false(util_utf8_nfc_inert("\xe2\x84\xa6"));	/* Ohm */
	/* Invalid UTF-8 is left to utf8proc (and repair). */
	assert_false(util_utf8_nfc_inert("\xc3"));
	assert_false(util_utf8_nfc_inert("a\x80"));
	assert_false(util_utf8_nfc_inert("\xc3(x"));
	assert_false(util_utf8_nfc_inert("\xe2\x80"));
	assert_false(util_utf8_nfc_inert("\xe2\x80\xc0"));
	assert_false(util_utf8_nfc_inert("\xc0\xaf"));
}

static void
test_util_utf8_fold(void **state)
{
	char	*a, *b;

	(void)state;
	a = util_utf8_fold("Stra\xc3\x9f" "e", 0);
	b = util_utf8_fold("STRASSE", 0);
	assert_string_equal(a, "strasse");
	assert_string_equal(b, "strasse");
	free(a);
	free(b);
	a = util_utf8_fold("\xc3\x89t\xc3\xa9", 1);
	assert_string_equal(a, "ete");
	free(a);
	a = util_utf8_fold("\xc3\x89t\xc3\xa9", 0);
	assert_string_equal(a, "\xc3\xa9t\xc3\xa9");
	free(a);
	/* Compatibility forms fold too: the "fi" ligature. */
	a = util_utf8_fold("\xef\xac\x81n", 0);
	assert_string_equal(a, "fin");
	free(a);
}

/* One cluster: expects its whole length back and the given width. */
static void
test_util_cluster(const char *s, size_t want_len, int want_width)
{
	size_t	n;
	int	w = -1;

	n = util_utf8_grapheme_next(s, strlen(s), &w);
	assert_int_equal(n, want_len);
	assert_int_equal(w, want_width);
}

static void
test_util_utf8_grapheme(void **state)
{
	size_t	n;
	int	w = -1;

	(void)state;
	test_util_cluster("a", 1, 1);
	test_util_cluster("\xe6\x97\xa5", 3, 2);
	test_util_cluster("e\xcc\x81", 3, 1);
	/* Man ZWJ woman ZWJ girl. */
	test_util_cluster("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"
	    "\xe2\x80\x8d\xf0\x9f\x91\xa7", 18, 2);
	/* The flag of Germany: regional indicators D and E. */
	test_util_cluster("\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa", 8, 2);
	/* Heart with VS16 is drawn as an emoji. */
	test_util_cluster("\xe2\x9d\xa4\xef\xb8\x8f", 6, 2);
	test_util_cluster("\x07", 1, 0);
	test_util_cluster("\xcc\x81", 2, 0);

	/* A cluster ends where the next one starts. */
	n = util_utf8_grapheme_next("e\xcc\x81x", 4, &w);
	assert_int_equal(n, 3);
	assert_int_equal(w, 1);
	n = util_utf8_grapheme_next("\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa"
	    "\xf0\x9f\x87\xa9", 12, &w);
	assert_int_equal(n, 8);
	n = util_utf8_grapheme_next("", 0, &w);
	assert_int_equal(n, 0);
	assert_int_equal(w, 0);
}

static void
test_util_utf8_width(void **state)
{
	static const char	mixed[] = "a\xe6\x97\xa5" "e\xcc\x81"
	    "\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa!";
	static const char	family[] = "\xf0\x9f\x91\xa8\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 ok";

	(void)state;
	assert_int_equal(util_utf8_width("", 0), 0);
	assert_int_equal(util_utf8_width("hello", 5), 5);
	/* 1 + 2 + 1 + 2 + 1 */
	assert_int_equal(util_utf8_width(mixed, sizeof mixed - 1), 7);
	assert_int_equal(util_utf8_width(family, sizeof family - 1), 5);
	/* 日本語 */
	assert_int_equal(util_utf8_width("\xe6\x97\xa5\xe6\x9c\xac"
	    "\xe8\xaa\x9e", 9), 6);
}

static void
test_util_text_strip(const char *in, int keep, const char *want)
{
	char	*s;

	s = util_text_strip_controls(in, strlen(in), keep);
	assert_string_equal(s, want);
	free(s);
}

static void
test_util_text_strip_controls(void **state)
{
	(void)state;
	test_util_text_strip("\x1b[31mred\x1b[0m text", 1, "red text");
	test_util_text_strip("\x1b]0;evil\x07title", 1, "title");
	test_util_text_strip("\x1b]8;;http://x\x1b\\link", 1, "link");
	test_util_text_strip("a\xc2\x9b" "2Jb", 1, "ab");
	test_util_text_strip("a\xc2\x85" "b\xc2\x9f" "c", 1, "abc");
	test_util_text_strip("\x1bPq#0;1\x1b\\after", 1, "after");
	test_util_text_strip("\x1b(Bplain\x1b" "7", 1, "plain");
	test_util_text_strip("a\x01\x7f" "b\0c", 1, "ab");
	test_util_text_strip("l1\nl2\tx\r\ny\rz", 1, "l1\nl2\tx\ny\nz");
	test_util_text_strip("l1\nl2\tx", 0, "l1 l2 x");
	test_util_text_strip("caf\xc3\xa9 \xe6\x97\xa5", 0,
	    "caf\xc3\xa9 \xe6\x97\xa5");
	test_util_text_strip("\x1b]0;never ends", 1, "");
}

static void
test_util_text_clean(void **state)
{
	static const char	in[] = "  a\t\n b\xc2\xa0" "c  ";
	static const char	marks[] = "\xef\xbb\xbf" "co\xc2\xad" "op"
	    "\xe2\x80\x83" "e\xcc\x81\x1b[1m!\xe2\x80\xa8";
	char			*s;

	(void)state;
	s = util_text_clean(in, sizeof in - 1);
	assert_string_equal(s, "a b c");
	free(s);
	/* BOM, soft hyphen, em space, combining accent, escape, LS. */
	s = util_text_clean(marks, sizeof marks - 1);
	assert_string_equal(s, "coop \xc3\xa9!");
	free(s);
	s = util_text_clean(" \t\n ", 4);
	assert_string_equal(s, "");
	free(s);
}

/* Expected NULL means the text is left as it is. */
static void
test_util_text_quotes_de_one(const char *in, const char *want)
{
	char	*got = util_text_quotes_de(in);

	if (want == NULL)
		assert_null(got);
	else
		assert_string_equal(got, want);
	free(got);
}

static void
test_util_text_quotes_de(void **state)
{
	(void)state;
	test_util_text_quotes_de_one("\"Wir dekorieren um\"",
	    "„Wir dekorieren um“");
	test_util_text_quotes_de_one("Merz: \"Nein\", sagt er (\"nie\")",
	    "Merz: „Nein“, sagt er („nie“)");
	test_util_text_quotes_de_one("Sie sagt \"Ja\" und \"Nein\".",
	    "Sie sagt „Ja“ und „Nein“.");
	/* Inches, seconds, an odd count, no quotes, a lone pair. */
	test_util_text_quotes_de_one("Ein 27\" und ein 32\" Monitor", NULL);
	test_util_text_quotes_de_one("Ein 27\" Monitor", NULL);
	test_util_text_quotes_de_one("\"Ja\" und \"Nein", NULL);
	test_util_text_quotes_de_one("Ohne Zeichen", NULL);
	test_util_text_quotes_de_one("Leer \"\" hier", NULL);
	test_util_text_quotes_de_one("\" lose \"", NULL);
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_util_buf_growth),
		cmocka_unit_test(test_util_buf_steal_empty),
		cmocka_unit_test(test_util_buf_char_edge),
		cmocka_unit_test(test_util_buf_add_cp_invalid),
		cmocka_unit_test(test_util_memory),
		cmocka_unit_test(test_util_utf8_decode),
		cmocka_unit_test(test_util_utf8_repair),
		cmocka_unit_test(test_util_utf8_valid_count),
		cmocka_unit_test(test_util_utf8_nfc),
		cmocka_unit_test(test_util_utf8_nfc_inert),
		cmocka_unit_test(test_util_utf8_fold),
		cmocka_unit_test(test_util_utf8_grapheme),
		cmocka_unit_test(test_util_utf8_width),
		cmocka_unit_test(test_util_text_strip_controls),
		cmocka_unit_test(test_util_text_clean),
		cmocka_unit_test(test_util_text_quotes_de),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
