/* The note exporters against hand-written expected output (Markdown with
 * sections, orphans and who-said-what; the notes JSON; W3C JSON-LD), the
 * W3C import and its round trip through a library, and atomic files. */
#include "test-helpers.h"

#include <dirent.h>
#include <unistd.h>

#include "doc.h"
#include "export.h"
#include "store.h"
#include "util.h"

static char test_home[] = "/tmp/marginalia-test-export-XXXXXX";

static struct doc *
test_doc(void)
{
	struct doc		*doc = doc_create();
	struct doc_quote	*q;
	const char		*t[] = { "Lead paragraph here.",
	    "Erste Sektion", "Body with a *star* and Größe." };

	doc_meta_set_title(doc, "Kim in Russland");
	doc_meta_add_author(doc, "Ana Reporterin");
	doc_meta_set_url(doc, "https://example.org/kim");
	doc_block_append(doc, DOC_BLOCK_PARAGRAPH, t[0], strlen(t[0]));
	doc_block_append(doc, DOC_BLOCK_HEADING, t[1], strlen(t[1]));
	doc_block_append(doc, DOC_BLOCK_PARAGRAPH, t[2], strlen(t[2]));
	doc_finish(doc);
	q = doc_quote_add(doc, DOC_QUOTE_DIRECT, "Lead paragraph here", 0, 19);
	doc_quote_set_speaker(q, "Leif-Eric Easley", -1);
	doc_quote_set_role(q, "Professor in Seoul");
	q = doc_quote_add(doc, DOC_QUOTE_DIRECT, "Gr\xc3\xb6\xc3\x9f" "e", 60,
	    65);
	doc_quote_set_speaker(q, "Leif-Eric Easley", -1);
	return doc;
}

/* The library row and notes the exporters get, built at run time since
 * the structs hold writable strings; freed by test_fixture_clear(). */
static struct store_document test_info;
static struct store_annotation test_notes[3];

static void
test_note_set(struct store_annotation *a, const char *n, const char *exact,
    const char *prefix, const char *suffix, size_t start, size_t end)
{
	a->id = start + 1;
	a->uri = xasprintf("urn:uuid:00000000-0000-4000-8000-00000000000%s",
	    n);
	a->exact = xstrdup(exact);
	a->prefix = xstrdup(prefix);
	a->suffix = xstrdup(suffix);
	a->start = start;
	a->end = end;
}

static void
test_fixture(void)
{
	const char		*tags[] = { "a", "b c" };
	struct store_annotation	*a = test_notes;

	memset(&test_info, 0, sizeof test_info);
	memset(test_notes, 0, sizeof test_notes);
	test_info.id = 1;
	test_info.identity = xstrdup("https://example.org/kim");
	test_info.title = xstrdup("Kim in Russland");
	test_info.site = xstrdup("DW");
	test_info.url = xstrdup("https://example.org/kim");
	test_info.published = xstrdup("2023-09-13");
	test_info.opened = xstrdup("2026-11-27T05:00:00Z");
	test_info.position = 7;
	test_info.nnotes = 3;
	test_note_set(&a[0], "1", "Lead paragraph", "",
	    " here.\n\nErste Sektion\n\nBody with", 0, 14);
	a[0].note = xstrdup("Wichtig \xf0\x9f\x98\x80");
	a[0].colour = xstrdup("yellow");
	a[0].created = xstrdup("2026-11-27T05:23:38Z");
	a[0].modified = xstrdup("2026-11-27T05:30:00Z");
	test_note_set(&a[1], "2", "with a *star*",
	    "raph here.\n\nErste Sektion\n\nBody ",
	    " and Gr\xc3\xb6\xc3\x9f" "e.", 42, 55);
	a[1].note = xstrdup("");
	store_annotation_set_tags(&a[1], tags, 2);
	a[1].created = xstrdup("2026-11-27T06:00:00Z");
	a[1].modified = xstrdup("2026-11-27T06:00:00Z");
	test_note_set(&a[2], "3", "Verschwunden", "", "", 70, 82);
	a[2].note = xstrdup("Alt.");
	a[2].created = xstrdup("2026-01-01T00:00:00Z");
	a[2].modified = xstrdup("2026-01-01T00:00:00Z");
	a[2].orphaned = 1;
}

static void
test_fixture_clear(void)
{
	store_document_clear(&test_info);
	for (size_t i = 0; i < 3; i++)
		store_annotation_clear(&test_notes[i]);
}

static const char test_expected_md[] =
	"# Kim in Russland\n"
	"\n"
	"Ana Reporterin \xc2\xb7 DW \xc2\xb7 2023-09-13\n"
	"\n"
	"Source: <https://example.org/kim>\n"
	"\n"
	"> Lead paragraph\n"
	"\n"
	"Wichtig \xf0\x9f\x98\x80\n"
	"\n"
	"2026-11-27 05:23 UTC\n"
	"\n"
	"## Erste Sektion\n"
	"\n"
	"> with a \\*star\\*\n"
	"\n"
	"#a #b-c \xc2\xb7 2026-11-27 06:00 UTC\n"
	"\n"
	"## Orphaned notes\n"
	"\n"
	"*The passages below are no longer in the article.*\n"
	"\n"
	"> Verschwunden\n"
	"\n"
	"Alt.\n"
	"\n"
	"2026-01-01 00:00 UTC\n";

static const char test_expected_quotes[] =
	"## Who said what\n"
	"\n"
	"**Leif-Eric Easley**, Professor in Seoul\n"
	"\n"
	"- \xe2\x80\x9cLead paragraph here\xe2\x80\x9d ([\xe2\x86\x97]"
	"(https://example.org/kim#:~:text=Lead%20paragraph%20here))\n"
	"- \xe2\x80\x9cGr\xc3\xb6\xc3\x9f" "e\xe2\x80\x9d ([\xe2\x86\x97]"
	"(https://example.org/kim#:~:text=Gr%C3%B6%C3%9Fe))\n";

static const char test_expected_w3c[] =
	"[\n"
	"  {\n"
	"    \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
	"    \"id\": \"urn:uuid:00000000-0000-4000-8000-000000000001\",\n"
	"    \"type\": \"Annotation\",\n"
	"    \"motivation\": \"commenting\",\n"
	"    \"created\": \"2026-11-27T05:23:38Z\",\n"
	"    \"modified\": \"2026-11-27T05:30:00Z\",\n"
	"    \"body\": [\n"
	"      {\n"
	"        \"type\": \"TextualBody\",\n"
	"        \"value\": \"Wichtig \xf0\x9f\x98\x80\",\n"
	"        \"format\": \"text/plain\",\n"
	"        \"purpose\": \"commenting\"\n"
	"      }\n"
	"    ],\n"
	"    \"target\": {\n"
	"      \"source\": \"https://example.org/kim\",\n"
	"      \"styleClass\": \"yellow\",\n"
	"      \"selector\": [\n"
	"        {\n"
	"          \"type\": \"TextQuoteSelector\",\n"
	"          \"exact\": \"Lead paragraph\",\n"
	"          \"prefix\": \"\",\n"
	"          \"suffix\": \" here.\\n\\nErste Sektion\\n\\nBody with\"\n"
	"        },\n"
	"        {\n"
	"          \"type\": \"TextPositionSelector\",\n"
	"          \"start\": 0,\n"
	"          \"end\": 14\n"
	"        }\n"
	"      ]\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
	"    \"id\": \"urn:uuid:00000000-0000-4000-8000-000000000002\",\n"
	"    \"type\": \"Annotation\",\n"
	"    \"motivation\": \"highlighting\",\n"
	"    \"created\": \"2026-11-27T06:00:00Z\",\n"
	"    \"modified\": \"2026-11-27T06:00:00Z\",\n"
	"    \"body\": [\n"
	"      {\n"
	"        \"type\": \"TextualBody\",\n"
	"        \"value\": \"a\",\n"
	"        \"format\": \"text/plain\",\n"
	"        \"purpose\": \"tagging\"\n"
	"      },\n"
	"      {\n"
	"        \"type\": \"TextualBody\",\n"
	"        \"value\": \"b c\",\n"
	"        \"format\": \"text/plain\",\n"
	"        \"purpose\": \"tagging\"\n"
	"      }\n"
	"    ],\n"
	"    \"target\": {\n"
	"      \"source\": \"https://example.org/kim\",\n"
	"      \"selector\": [\n"
	"        {\n"
	"          \"type\": \"TextQuoteSelector\",\n"
	"          \"exact\": \"with a *star*\",\n"
	"          \"prefix\": \"raph here.\\n\\nErste Sektion\\n\\nBody \",\n"
	"          \"suffix\": \" and Gr\xc3\xb6\xc3\x9f" "e.\"\n"
	"        },\n"
	"        {\n"
	"          \"type\": \"TextPositionSelector\",\n"
	"          \"start\": 42,\n"
	"          \"end\": 55\n"
	"        }\n"
	"      ]\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
	"    \"id\": \"urn:uuid:00000000-0000-4000-8000-000000000003\",\n"
	"    \"type\": \"Annotation\",\n"
	"    \"motivation\": \"commenting\",\n"
	"    \"created\": \"2026-01-01T00:00:00Z\",\n"
	"    \"modified\": \"2026-01-01T00:00:00Z\",\n"
	"    \"body\": [\n"
	"      {\n"
	"        \"type\": \"TextualBody\",\n"
	"        \"value\": \"Alt.\",\n"
	"        \"format\": \"text/plain\",\n"
	"        \"purpose\": \"commenting\"\n"
	"      }\n"
	"    ],\n"
	"    \"target\": {\n"
	"      \"source\": \"https://example.org/kim\",\n"
	"      \"selector\": [\n"
	"        {\n"
	"          \"type\": \"TextQuoteSelector\",\n"
	"          \"exact\": \"Verschwunden\",\n"
	"          \"prefix\": \"\",\n"
	"          \"suffix\": \"\"\n"
	"        },\n"
	"        {\n"
	"          \"type\": \"TextPositionSelector\",\n"
	"          \"start\": 70,\n"
	"          \"end\": 82\n"
	"        }\n"
	"      ]\n"
	"    }\n"
	"  }\n"
	"]\n";

/* The JSON's first document up to its first annotation's note. */
static const char test_expected_json_head[] =
	"{\n"
	"  \"marginalia_notes\": 1,\n"
	"  \"documents\": [\n"
	"    {\n"
	"      \"identity\": \"https://example.org/kim\",\n"
	"      \"source\": null,\n"
	"      \"title\": \"Kim in Russland\",\n"
	"      \"site\": \"DW\",\n"
	"      \"url\": \"https://example.org/kim\",\n"
	"      \"published\": \"2023-09-13\",\n"
	"      \"opened\": \"2026-11-27T05:00:00Z\",\n"
	"      \"position\": 7,\n"
	"      \"annotations\": [\n"
	"        {\n"
	"          \"id\": \"urn:uuid:00000000-0000-4000-8000-000000000001\",\n"
	"          \"exact\": \"Lead paragraph\",\n"
	"          \"prefix\": \"\",\n"
	"          \"suffix\": \" here.\\n\\nErste Sektion\\n\\nBody with\",\n"
	"          \"start\": 0,\n"
	"          \"end\": 14,\n"
	"          \"note\": \"Wichtig \xf0\x9f\x98\x80\",\n"
	"          \"tags\": [],\n"
	"          \"colour\": \"yellow\",\n"
	"          \"created\": \"2026-11-27T05:23:38Z\",\n"
	"          \"modified\": \"2026-11-27T05:30:00Z\",\n"
	"          \"orphaned\": false\n"
	"        },\n";

static struct export_notes_doc
test_set(const struct doc *doc)
{
	struct export_notes_doc	 d = { doc, &test_info, test_notes, 3 };

	return d;
}

static void
test_export_md(void **state)
{
	struct doc		*doc = test_doc();
	struct export_notes_doc	 d = test_set(doc);
	char			*out, *with;

	(void)state;
	out = export_notes_md(&d, 1, 0);
	assert_string_equal(out, test_expected_md);
	with = export_notes_md(&d, 1, EXPORT_NOTES_QUOTES);
	assert_int_equal(strncmp(with, test_expected_md, strlen(out)), 0);
	assert_int_equal(with[strlen(out)], '\n');
	assert_string_equal(with + strlen(out) + 1, test_expected_quotes);
	free(out);
	free(with);
	doc_free(doc);
}

static void
test_export_json(void **state)
{
	struct doc		*doc = test_doc();
	struct export_notes_doc	 d = test_set(doc);
	char			*out = export_notes_json(&d, 1);

	(void)state;
	assert_int_equal(strncmp(out, test_expected_json_head,
	    strlen(test_expected_json_head)), 0);
	assert_non_null(strstr(out, "\"tags\": [\n            \"a\",\n"
	    "            \"b c\"\n          ],"));
	assert_non_null(strstr(out, "\"orphaned\": true"));
	free(out);
	doc_free(doc);
}

static void
test_export_w3c(void **state)
{
	struct doc		*doc = test_doc();
	struct export_notes_doc	 d = test_set(doc);
	char			*out = export_notes_w3c(&d, 1);

	(void)state;
	assert_string_equal(out, test_expected_w3c);
	free(out);
	doc_free(doc);
}

/* Exports what the library holds for doc id as W3C. */
static char *
test_library_w3c(struct store *store, int64_t id)
{
	struct store_document	 info;
	struct store_annotation	*notes;
	struct export_notes_doc	 d;
	char			*cause = NULL, *out;

	assert_int_equal(store_document_get(store, id, &info, &cause), 0);
	assert_int_equal(store_annotation_list(store, id, &notes, &d.nnotes,
	    &cause), 0);
	d.doc = NULL;
	d.info = &info;
	d.notes = notes;
	out = export_notes_w3c(&d, 1);
	store_annotation_list_free(notes, d.nnotes);
	store_document_clear(&info);
	return out;
}

/* Into a library holding the article, and into an empty one: the same
 * W3C comes back out, and a second import adds nothing. */
static void
test_import_round_trip(void **state)
{
	struct doc		*doc = test_doc();
	struct store		*store, *empty;
	struct store_open_info	 info;
	size_t			 imported, skipped;
	char			*cause = NULL, *out, *dir;
	int64_t			 id;
	const char		 bad[] = "[{\"type\": \"Annotation\"}, 1]";

	(void)state;
	dir = xasprintf("%s/full", test_home);
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_document_open(store, doc, NULL, 0, &info,
	    &cause), 0);
	for (int round = 0; round < 2; round++) {
		assert_int_equal(export_notes_import(store, test_expected_w3c,
		    strlen(test_expected_w3c), &imported, &skipped, &cause),
		    0);
		assert_int_equal(imported, 3);
	}
	out = test_library_w3c(store, info.id);
	assert_string_equal(out, test_expected_w3c);
	free(out);
	assert_int_equal(export_notes_import(store, bad, strlen(bad),
	    &imported, &skipped, &cause), 0);
	assert_int_equal(skipped, 2);
	assert_int_equal(export_notes_import(store, "{", 1, &imported,
	    &skipped, &cause), -1);
	assert_non_null(strstr(cause, "not JSON"));
	free(cause);
	cause = NULL;
	store_close(store);
	free(dir);
	dir = xasprintf("%s/empty", test_home);
	empty = store_open(dir, &cause);
	assert_non_null(empty);
	assert_int_equal(export_notes_import(empty, test_expected_w3c,
	    strlen(test_expected_w3c), &imported, &skipped, &cause), 0);
	assert_int_equal(store_document_find(empty, "https://example.org/kim",
	    &id, &cause), 1);
	out = test_library_w3c(empty, id);
	assert_string_equal(out, test_expected_w3c);
	free(out);
	store_close(empty);
	free(dir);
	doc_free(doc);
}

static size_t
test_dir_entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	size_t		 n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.' || strncmp(e->d_name, ".marg", 5) == 0;
	closedir(d);
	return n;
}

static void
test_file_write(void **state)
{
	char	*dir = xasprintf("%s/out", test_home), *path, *cause = NULL;
	char	*back;

	(void)state;
	assert_int_equal(mkdir(dir, 0700), 0);
	path = xasprintf("%s/notes.md", dir);
	assert_int_equal(export_notes_file_write(path, "eins\n", 5, 0,
	    &cause), 0);
	assert_int_equal(export_notes_file_write(path, "zwei\n", 5, 0,
	    &cause), -1);
	assert_non_null(strstr(cause, "--force"));
	free(cause);
	cause = NULL;
	back = test_read_file(path, NULL);
	assert_string_equal(back, "eins\n");
	free(back);
	assert_int_equal(export_notes_file_write(path, "zwei\n", 5, 1,
	    &cause), 0);
	back = test_read_file(path, NULL);
	assert_string_equal(back, "zwei\n");
	free(back);
	assert_int_equal(test_dir_entries(dir), 1);	/* no temp left */
	free(path);
	path = xasprintf("%s/missing/notes.md", dir);
	assert_int_equal(export_notes_file_write(path, "x", 1, 0, &cause), -1);
	assert_non_null(cause);
	free(cause);
	free(path);
	free(dir);
}

static int
test_setup(void **state)
{
	(void)state;
	if (mkdtemp(test_home) == NULL)
		return -1;
	setenv("MARGINALIA_HOME", test_home, 1);
	test_fixture();
	return 0;
}

static int
test_teardown(void **state)
{
	char	*cmd = xasprintf("rm -rf '%s'", test_home);
	int	 rc = system(cmd);

	(void)state;
	free(cmd);
	test_fixture_clear();
	return rc == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_export_md),
		cmocka_unit_test(test_export_json),
		cmocka_unit_test(test_export_w3c),
		cmocka_unit_test(test_import_round_trip),
		cmocka_unit_test(test_file_write),
	};

	return cmocka_run_group_tests(tests, test_setup, test_teardown);
}
