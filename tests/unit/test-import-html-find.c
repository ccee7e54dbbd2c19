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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_find_name_eq),
		cmocka_unit_test(test_find_case),
		cmocka_unit_test(test_find_bound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
