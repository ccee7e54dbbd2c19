/* The store's anchoring without a database: a selector made from a span
 * (exact text, context, clamped at the ends), and a note placed again in
 * changed text by position, by exact text with its context deciding, by a
 * fuzzy match, or orphaned. Apart from the library tests because these
 * are pure functions of two texts, where the matcher's edges are pinned. */
#include "test-store.h"

static void
test_annotation_on(const char *text, const char *quote,
    struct store_annotation *a)
{
	size_t	 s = test_cp_offset(text, quote);

	memset(a, 0, sizeof *a);
	store_selector_make(text, s, s + util_utf8_cp_count(quote,
	    strlen(quote)), a);
}

static void
test_selector_make(void **state)
{
	struct doc		*doc = test_doc_base();
	struct store_annotation	 a;

	(void)state;
	test_annotation_on(doc->text, "Stunden \xf0\x9f\x98\x80 und", &a);
	assert_string_equal(a.exact, "Stunden \xf0\x9f\x98\x80 und");
	assert_int_equal(a.end - a.start, 13);
	assert_int_equal(util_utf8_cp_count(a.prefix, strlen(a.prefix)),
	    STORE_CONTEXT_LEN);
	assert_string_equal(a.suffix, " endeten sp\xc3\xa4t.");
	assert_true(strstr(a.prefix, "Gespr\xc3\xa4" "che dauerten ") !=
	    NULL);
	/* Clamped at the ends of the text. */
	store_selector_make(doc->text, 0, 3, &a);
	assert_string_equal(a.prefix, "");
	assert_string_equal(a.exact, "Kim");
	store_selector_make(doc->text, 5, 100000, &a);
	assert_string_equal(a.suffix, "");
	assert_int_equal(a.end, util_utf8_cp_count(doc->text, doc->text_len));
	store_annotation_clear(&a);
	doc_free(doc);
}

static void
test_anchor_position_and_exact(void **state)
{
	struct doc		*doc = test_doc_base(), *moved;
	const char		*p[] = { test_lead,
	    "Ein neuer Absatz \xc3\xbc" "ber Wladiwostok steht davor.",
	    test_quote, test_tail };
	struct store_annotation	 a;
	size_t			 s, e;

	(void)state;
	test_annotation_on(doc->text, test_exact, &a);
	assert_int_equal(store_anchor_find(doc->text, &a, &s, &e),
	    STORE_ANCHOR_POSITION);
	assert_int_equal(s, a.start);
	moved = test_doc_make(p, 4, NULL);
	assert_int_equal(store_anchor_apply(moved->text, &a),
	    STORE_ANCHOR_EXACT);
	assert_int_equal(a.start, test_cp_offset(moved->text, test_exact));
	assert_string_equal(a.exact, test_exact);
	assert_false(a.orphaned);
	store_annotation_clear(&a);
	doc_free(moved);
	doc_free(doc);
}

/* "dass Kim" occurs twice: the context decides, not the first hit. */
static void
test_anchor_exact_context(void **state)
{
	const char	 text[] = "Er sagt, dass Kim kommt. Sie sagt, dass "
	    "Kim geht. Ende.";
	const char	 moved[] = "Neu: Sie sagt, dass Kim geht. Er sagt, "
	    "dass Kim kommt. Ende.";
	struct store_annotation	 a;

	(void)state;
	memset(&a, 0, sizeof a);
	store_selector_make(text, 35, 43, &a);
	assert_string_equal(a.exact, "dass Kim");
	assert_int_equal(store_anchor_apply(moved, &a), STORE_ANCHOR_EXACT);
	assert_int_equal(a.start, 15);
	assert_string_equal(a.suffix, " geht. Er sagt, dass Kim kommt. ");
	store_annotation_clear(&a);
}

static void
test_anchor_fuzzy_word_changed(void **state)
{
	struct doc		*doc = test_doc_base(), *edited;
	const char		*at = strstr(test_quote, "\xc3\xbc" "berr");
	char			*quote;
	const char		*p[3];
	struct store_annotation	 a;

	(void)state;
	test_annotation_on(doc->text, test_exact, &a);
	quote = xasprintf("%.*serstaunlich%s", (int)(at - test_quote),
	    test_quote, at + strlen("\xc3\xbc" "berraschend"));
	p[0] = "Ein ganz neuer erster Absatz.";
	p[1] = quote;
	p[2] = test_tail;
	edited = test_doc_make(p, 3, NULL);
	assert_int_equal(store_anchor_apply(edited->text, &a),
	    STORE_ANCHOR_FUZZY);
	assert_false(a.orphaned);
	assert_string_equal(a.exact, "Es ist deswegen nicht erstaunlich, "
	    "dass Kim Russland als sein erstes Auslandsziel gew\xc3\xa4hlt "
	    "hat");
	store_annotation_clear(&a);
	doc_free(edited);
	doc_free(doc);
	free(quote);
}

static void
test_anchor_orphaned(void **state)
{
	struct doc		*doc = test_doc_base(), *cut;
	const char		*p[] = { test_lead, test_tail };
	struct store_annotation	 a;
	char			*exact;

	(void)state;
	test_annotation_on(doc->text, test_exact, &a);
	exact = xstrdup(a.exact);
	cut = test_doc_make(p, 2, NULL);
	assert_int_equal(store_anchor_apply(cut->text, &a),
	    STORE_ANCHOR_ORPHAN);
	assert_true(a.orphaned);
	assert_string_equal(a.exact, exact);	/* kept as it was */
	assert_string_equal(store_anchor_how_name(STORE_ANCHOR_ORPHAN),
	    "orphaned");
	free(exact);
	store_annotation_clear(&a);
	doc_free(cut);
	doc_free(doc);
}

/* Over STORE_FUZZY_MAX code points: placed by head and tail. */
static void
test_anchor_long_quote(void **state)
{
	struct util_buf		 b, c;
	struct store_annotation	 a;
	char			*text, *edited;

	(void)state;
	util_buf_init(&b);
	util_buf_init(&c);
	util_buf_add_str(&b, "Vorspann.\n\n");
	util_buf_add_str(&c, "Ein anderer, l\xc3\xa4ngerer Vorspann.\n\n");
	for (int i = 0; i < 60; i++) {
		util_buf_printf(&b, "Satz %d sagt etwas \xc3\xbc" "ber Nummer "
		    "%d. ", i, i * 7);
		util_buf_printf(&c, "Satz %d sagt %s \xc3\xbc" "ber Nummer "
		    "%d. ", i, i == 30 ? "nichts" : "etwas", i * 7);
	}
	util_buf_add_str(&b, "\n\nSchluss.");
	util_buf_add_str(&c, "\n\nSchluss.");
	text = util_buf_steal(&b, NULL);
	edited = util_buf_steal(&c, NULL);
	memset(&a, 0, sizeof a);
	store_selector_make(text, 11, util_utf8_cp_count(text, strlen(text)) -
	    10, &a);
	assert_true(a.end - a.start > 1500);
	assert_int_equal(store_anchor_apply(edited, &a), STORE_ANCHOR_FUZZY);
	assert_int_equal(a.start, test_cp_offset(edited, "Satz 0 "));
	assert_true(strstr(a.exact, "sagt nichts") != NULL);
	store_annotation_clear(&a);
	free(text);
	free(edited);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_selector_make),
		cmocka_unit_test(test_anchor_position_and_exact),
		cmocka_unit_test(test_anchor_exact_context),
		cmocka_unit_test(test_anchor_fuzzy_word_changed),
		cmocka_unit_test(test_anchor_orphaned),
		cmocka_unit_test(test_anchor_long_quote),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
