/* export: the dump JSON's shape (parsed back with jansson and checked key
 * by key), and the text and Markdown dumps of a small hand-built article. */
#include <jansson.h>

#include "test-helpers.h"

#include "doc.h"
#include "export.h"
#include "store.h"

static struct doc *
test_export_article(void)
{
	struct doc		*doc = doc_create();
	struct doc_block	*b;
	struct doc_quote	*q;

	doc_meta_set_title(doc, "Große *Pläne*");
	doc_meta_add_kicker(doc, "Politik");
	doc_meta_add_kicker(doc, "Asien");
	doc_meta_add_author(doc, "Julian Ryall");
	doc_meta_set_location(doc, "Tokio");
	doc_meta_set_published(doc, "2023-09-13");
	doc_block_append(doc, DOC_BLOCK_PARAGRAPH, "Der Lead.", 9);
	b = doc_block_append(doc, DOC_BLOCK_CAPTION, "Kim und Putin", 13);
	doc_block_set_credit(b, "Sputnik/REUTERS");
	doc_block_append(doc, DOC_BLOCK_HEADING, "Waffen?", 7);
	b = doc_block_append(doc, DOC_BLOCK_MEDIA, "Kim in Russland", 15);
	doc_block_set_duration(b, "01:51");
	doc_block_append(doc, DOC_BLOCK_BLOCKQUOTE, "Zitat", 5);
	doc_block_append(doc, DOC_BLOCK_LIST_ITEM, "# Punkt", 7);
	doc_finish(doc);
	q = doc_quote_add(doc, DOC_QUOTE_DIRECT, "Zitat", 57, 62);
	doc_quote_set_speaker(q, "Yakov Zinberg", -1);
	doc_quote_set_role(q, "Politologe");
	doc_quote_set_cue(q, "sagt");
	return doc;
}

static void
test_export_json_shape(void **state)
{
	struct doc	*doc = test_export_article();
	char		*out = export_dump_json(doc, "in.txt");
	json_error_t	 err;
	json_t		*root = json_loads(out, 0, &err), *meta, *blocks, *b;
	json_t		*q;

	(void)state;
	assert_non_null(root);
	assert_int_equal(json_integer_value(json_object_get(root,
	    "marginalia")), 1);
	assert_string_equal(json_string_value(json_object_get(root,
	    "source")), "in.txt");
	meta = json_object_get(root, "meta");
	assert_string_equal(json_string_value(json_object_get(meta, "title")),
	    "Große *Pläne*");
	assert_int_equal(json_array_size(json_object_get(meta, "kicker")), 2);
	assert_true(json_is_null(json_object_get(meta, "url")));
	assert_true(json_is_null(json_object_get(meta, "language")));
	blocks = json_object_get(root, "blocks");
	assert_int_equal(json_array_size(blocks), 6);
	b = json_array_get(blocks, 1);
	assert_string_equal(json_string_value(json_object_get(b, "kind")),
	    "caption");
	assert_string_equal(json_string_value(json_object_get(b, "credit")),
	    "Sputnik/REUTERS");
	assert_null(json_object_get(b, "level"));
	b = json_array_get(blocks, 2);
	assert_int_equal(json_integer_value(json_object_get(b, "level")), 2);
	assert_int_equal(json_integer_value(json_object_get(b, "section")), 1);
	/* "Der Lead." 9, "\n\n", "Kim und Putin" 13, "\n\n": 26. */
	assert_int_equal(json_integer_value(json_object_get(b, "start")), 26);
	b = json_array_get(blocks, 3);
	assert_string_equal(json_string_value(json_object_get(b, "duration")),
	    "01:51");
	assert_int_equal(json_array_size(json_object_get(root, "sections")),
	    2);
	assert_int_equal(json_array_size(json_object_get(root, "entities")),
	    0);
	q = json_array_get(json_object_get(root, "quotes"), 0);
	assert_string_equal(json_string_value(json_object_get(q, "speaker")),
	    "Yakov Zinberg");
	assert_true(json_is_null(json_object_get(q, "speaker_entity")));
	assert_string_equal(json_string_value(json_object_get(q, "cue")),
	    "sagt");
	json_decref(root);
	free(out);
	doc_free(doc);
}

static void
test_export_json_source_repaired(void **state)
{
	struct doc	*doc = test_export_article();
	char		*out = export_dump_json(doc, "bad\xff.txt");

	(void)state;
	assert_non_null(strstr(out, "\"source\": \"bad\xef\xbf\xbd.txt\""));
	free(out);
	doc_free(doc);
}

static void
test_export_text(void **state)
{
	struct doc	*doc = test_export_article();
	char		*out = export_dump_text(doc);

	(void)state;
	assert_non_null(strstr(out, "Politik · Asien\nGroße *Pläne*\n"
	    "=============\nJulian Ryall, Tokio · 2023-09-13\n\nDer Lead.\n"));
	assert_non_null(strstr(out, "[Image: Kim und Putin "
	    "(Sputnik/REUTERS)]"));
	assert_non_null(strstr(out, "Waffen?\n-------\n"));
	assert_non_null(strstr(out, "[Media: Kim in Russland, 01:51]"));
	assert_non_null(strstr(out, "- Yakov Zinberg (Politologe), direct: "
	    "\"Zitat\""));
	free(out);
	doc_free(doc);
}

static void
test_export_md(void **state)
{
	struct doc	*doc = test_export_article();
	char		*out = export_dump_md(doc);

	(void)state;
	assert_int_equal(strncmp(out, "# Große \\*Pläne\\*\n\n", 21), 0);
	assert_non_null(strstr(out, "*Politik · Asien*\n"));
	assert_non_null(strstr(out, "By Julian Ryall, Tokio · 2023-09-13\n"));
	assert_non_null(strstr(out, "\n## Waffen?\n"));
	assert_non_null(strstr(out, "\n> Zitat\n"));
	assert_non_null(strstr(out, "\n- \\# Punkt\n"));
	assert_non_null(strstr(out, "*Kim und Putin (Sputnik/REUTERS)*"));
	assert_non_null(strstr(out, "*Video: Kim in Russland, 01:51*"));
	assert_non_null(strstr(out, "- **Yakov Zinberg** (Politologe): "
	    "“Zitat”"));
	free(out);
	doc_free(doc);
}

/* OPML out: titles and URLs escaped for XML, escape sequences dropped. */
static void
test_export_opml(void **state)
{
	struct store_feed	 v[2] = {
		{ (char *)"https://a.example/?a=1&b=\"2\"",
		    (char *)"<A> \x1b[31m& B", (char *)"t" },
		{ (char *)"https://c.example/", NULL, (char *)"t" },
	};
	char			*out = export_opml(v, 2);

	(void)state;
	assert_non_null(strstr(out, "<opml version=\"2.0\">"));
	assert_non_null(strstr(out, "xmlUrl=\"https://a.example/?a=1&amp;"
	    "b=&quot;2&quot;\""));
	assert_non_null(strstr(out, "title=\"&lt;A&gt; &amp; B\""));
	assert_null(strchr(out, 0x1b));
	assert_non_null(strstr(out, "text=\"https://c.example/\""));
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_export_json_shape),
		cmocka_unit_test(test_export_json_source_repaired),
		cmocka_unit_test(test_export_text),
		cmocka_unit_test(test_export_md),
		cmocka_unit_test(test_export_opml),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
