/* Unit tests for the HTML importer's string helpers: the tag name test and
 * the bounded case-insensitive search that class, id and style hints use.
 * The importer's output depends on their exact edges (case, the kilobyte
 * bound), so those edges are pinned here. */
#include "test-helpers.h"

#include "../../src/import/import-html.h"

static void
test_find_name_eq(void **state)
{
	(void)state;
	assert_true(import_html_name_eq("div", "div"));
	assert_true(import_html_name_eq("DiV", "div"));
	assert_true(import_html_name_eq("h1", "H1"));
	assert_true(import_html_name_eq("", ""));
	assert_false(import_html_name_eq("div", "dive"));
	assert_false(import_html_name_eq("dive", "div"));
	assert_false(import_html_name_eq("p", ""));
	assert_false(import_html_name_eq("", "p"));
	/* Only ASCII letters fold: '@' and '`' are 0x20 apart too. */
	assert_false(import_html_name_eq("@", "`"));
	assert_false(import_html_name_eq("[", "{"));
	assert_false(import_html_name_eq("\xc3\x84", "\xc3\xa4"));
	assert_true(import_html_name_eq("\xc3\x84", "\xc3\x84"));
}

static void
test_find_case(void **state)
{
	const char	*s = "Main-Content ARTICLE__body";

	(void)state;
	assert_ptr_equal(import_html_find(s, "content"), s + 5);
	assert_ptr_equal(import_html_find(s, "Article"), s + 13);
	assert_ptr_equal(import_html_find(s, "BODY"), s + 22);
	assert_ptr_equal(import_html_find(s, "main"), s);
	assert_ptr_equal(import_html_find(s, ""), s);
	assert_null(import_html_find(s, "sidebar"));
	assert_null(import_html_find(s, "body-"));
	assert_null(import_html_find("", "a"));
	/* A partial match before the real one. */
	assert_ptr_equal(import_html_find("comcomMENT", "comment"),
	    "comcomMENT" + 3);
}

/* A match must start in the first 1024 bytes but may run past them. */
static void
test_find_bound(void **state)
{
	char	 s[1200];

	(void)state;
	memset(s, 'x', sizeof s);
	s[sizeof s - 1] = '\0';
	memcpy(s + 1020, "SHARE", 5);
	assert_ptr_equal(import_html_find(s, "share"), s + 1020);
	memset(s + 1020, 'x', 5);
	memcpy(s + 1023, "Share", 5);
	assert_ptr_equal(import_html_find(s, "share"), s + 1023);
	memset(s + 1023, 'x', 5);
	memcpy(s + 1024, "share", 5);
	assert_null(import_html_find(s, "share"));
	assert_null(import_html_find(s + 1100, "share"));
	assert_ptr_equal(import_html_find(s + 1, "share"), s + 1024);
}

/* The pair set only ever rules a word out: every word in a string may be
 * in it, whatever the case. */
static void
test_find_pairs(void **state)
{
	const char	*s = "Story-Body__TEXT";
	uint64_t	 p = import_html_pairs(s);

	(void)state;
	assert_int_equal(import_html_pairs(NULL), 0);
	assert_int_equal(import_html_pairs(""), 0);
	assert_int_equal(import_html_pairs("x"), 0);
	assert_true(import_html_pairs_may(p, "story"));
	assert_true(import_html_pairs_may(p, "BODY"));
	assert_true(import_html_pairs_may(p, "y-b"));
	assert_true(import_html_pairs_may(p, "__text"));
	assert_true(import_html_pairs_may(p, ""));
	assert_true(import_html_pairs_may(p, "q"));
	assert_false(import_html_pairs_may(p, "sidebar"));
	assert_false(import_html_pairs_may(0, "ab"));
	assert_true(import_html_pairs_may(UINT64_MAX, "anything"));
}

/* An element's class and id, searched through its kept attributes. */
static void
test_find_attrs(void **state)
{
	struct import_html_attrs a;
	xmlNodePtr	 node = xmlNewNode(NULL, (const xmlChar *)"div");
	char		 big[1200];

	(void)state;
	xmlNewProp(node, (const xmlChar *)"class",
	    (const xmlChar *)"Article-Body js-Share");
	xmlNewProp(node, (const xmlChar *)"id", (const xmlChar *)"MAIN");
	import_html_attrs_init(&a, node);
	assert_string_equal(a.cls, "Article-Body js-Share");
	assert_true(import_html_attrs_has(&a, "article"));
	assert_true(import_html_attrs_has(&a, "share"));
	assert_true(import_html_attrs_has(&a, "main"));
	assert_true(import_html_attrs_has(&a, "body js"));
	assert_true(import_html_attrs_has(&a, ""));
	assert_false(import_html_attrs_has(&a, "sidebar"));
	assert_false(import_html_attrs_has(&a, "mainly"));
	assert_false(import_html_attrs_has(&a, "share-"));

	/* Longer than the pair set covers: the kilobyte bound decides. */
	memset(big, 'a', sizeof big);
	big[sizeof big - 1] = '\0';
	memcpy(big + 1023, "Comment", 7);
	memcpy(big + 1100, "sidebar", 7);
	xmlSetProp(node, (const xmlChar *)"class", (const xmlChar *)big);
	import_html_attrs_init(&a, node);
	assert_int_equal(a.cls_pairs, UINT64_MAX);
	assert_true(import_html_attrs_has(&a, "comment"));
	assert_false(import_html_attrs_has(&a, "sidebar"));

	/* Within it, but matching across the bound. */
	big[1080] = '\0';
	xmlSetProp(node, (const xmlChar *)"class", (const xmlChar *)big);
	import_html_attrs_init(&a, node);
	assert_true(a.cls_pairs != UINT64_MAX);
	assert_true(import_html_attrs_has(&a, "aaComMENT"));
	assert_false(import_html_attrs_has(&a, "sidebar"));

	xmlUnsetProp(node, (const xmlChar *)"class");
	xmlUnsetProp(node, (const xmlChar *)"id");
	import_html_attrs_init(&a, node);
	assert_null(a.cls);
	assert_null(a.id);
	assert_false(import_html_attrs_has(&a, ""));
	xmlFreeNode(node);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_find_name_eq),
		cmocka_unit_test(test_find_case),
		cmocka_unit_test(test_find_bound),
		cmocka_unit_test(test_find_pairs),
		cmocka_unit_test(test_find_attrs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
