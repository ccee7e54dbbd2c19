/* The store's everyday library in a real database under a mkdtemp
 * MARGINALIA_HOME: creating it, documents saved and found again,
 * annotations added, listed, edited and deleted, notes re-anchored when a
 * document's text changed, and feed subscriptions with read marks. What a
 * library that is old, damaged, locked, full or read-only does is in
 * test-store-faults.c. */
#include "test-store.h"

#include "../../src/store/store-int.h"

static void
test_store_open_creates(void **state)
{
	struct store	*store;
	struct stat	 st;
	char		*cause = NULL, *dir, *path;

	(void)state;
	dir = test_dir("fresh/nested");
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	path = xasprintf("%s/library.db", dir);
	assert_string_equal(store_path(store), path);
	assert_false(store_readonly(store));
	store_close(store);
	/* NULL means MARGINALIA_HOME. */
	store = store_open(NULL, &cause);
	assert_non_null(store);
	assert_true(strncmp(store_path(store), test_home,
	    strlen(test_home)) == 0);
	store_close(store);
	store_close(NULL);
	free(path);
	free(dir);
}

static void
test_store_document_roundtrip(void **state)
{
	struct store		*store;
	struct doc		*doc = test_doc_base(), *back;
	struct store_open_info	 info;
	struct store_document	*list, row;
	size_t			 n;
	int64_t			 id;
	char			*dir = test_dir("docs"), *cause = NULL;

	(void)state;
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_document_open(store, doc, "-", 0, &info,
	    &cause), 0);
	assert_true(info.created);
	assert_int_equal(info.position, 0);
	assert_int_equal(store_position_save(store, info.id, 42, &cause), 0);
	id = info.id;
	assert_int_equal(store_document_open(store, doc, NULL, 0, &info,
	    &cause), 0);
	assert_false(info.created);
	assert_false(info.text_changed);
	assert_int_equal(info.id, id);
	assert_int_equal(info.position, 42);
	assert_int_equal(store_document_list(store, &list, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(list[0].title, "Kim in Russland");
	assert_string_equal(list[0].identity, "https://example.org/kim");
	assert_int_equal(list[0].nnotes, 0);
	store_document_list_free(list, n);
	assert_int_equal(store_document_find(store, "https://example.org/kim",
	    &id, &cause), 1);
	assert_int_equal(store_document_find(store, "nope", &id, &cause), 0);
	assert_int_equal(store_document_get(store, id, &row, &cause), 0);
	assert_int_equal(row.position, 42);
	store_document_clear(&row);
	back = store_document_load(store, id, &cause);
	assert_non_null(back);
	assert_string_equal(back->text, doc->text);
	assert_int_equal(back->nblocks, doc->nblocks);
	assert_string_equal(back->meta.authors[0], "Ana Reporterin");
	doc_free(back);
	store_close(store);
	doc_free(doc);
	free(dir);
}

static void
test_store_annotations(void **state)
{
	struct store		*store;
	struct doc		*doc = test_doc_base();
	struct store_open_info	 info;
	struct store_annotation	 a, b, *list;
	const char		*tags[] = { "nordkorea", "zit\nat" };
	size_t			 n;
	char			*dir = test_dir("notes"), *cause = NULL;

	(void)state;
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_document_open(store, doc, NULL, 0, &info,
	    &cause), 0);
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	b.start = test_cp_offset(doc->text, "Stunden");
	b.end = b.start + 7;
	assert_int_equal(store_annotation_add(store, info.id, &b, &cause), 0);
	a.start = test_cp_offset(doc->text, test_exact);
	a.end = a.start + util_utf8_cp_count(test_exact, strlen(test_exact));
	a.note = xstrdup("Gr\xc3\xb6\xc3\x9f" "e \xf0\x9f\x98\x80");
	store_annotation_set_tags(&a, tags, 2);
	assert_int_equal(store_annotation_add(store, info.id, &a, &cause), 0);
	assert_true(a.id > 0);
	assert_string_equal(a.exact, test_exact);
	assert_true(strncmp(a.uri, "urn:uuid:", 9) == 0);
	assert_int_equal(strlen(a.created), 20);
	assert_int_equal(store_annotation_list(store, info.id, &list, &n,
	    &cause), 0);
	assert_int_equal(n, 2);
	assert_int_equal(list[0].id, a.id);	/* sorted by position */
	assert_string_equal(list[0].note, a.note);
	assert_int_equal(list[0].ntags, 2);
	assert_string_equal(list[0].tags[1], "zit at");
	assert_string_equal(list[1].note, "");
	store_annotation_list_free(list, n);
	free(a.note);
	a.note = xstrdup("neu");
	assert_int_equal(store_annotation_update(store, &a, &cause), 0);
	assert_int_equal(store_annotation_delete(store, b.id, &cause), 0);
	assert_int_equal(store_annotation_delete(store, b.id, &cause), -1);
	assert_non_null(strstr(cause, "gone"));
	free(cause);
	cause = NULL;
	assert_int_equal(store_annotation_list(store, info.id, &list, &n,
	    &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(list[0].note, "neu");
	store_annotation_list_free(list, n);
	store_annotation_clear(&a);
	store_annotation_clear(&b);
	store_close(store);
	doc_free(doc);
	free(dir);
}

/* Edited text: one note moves, one is orphaned and kept; a hashed
 * document is found again by its path. */
static void
test_store_reanchor_on_open(void **state)
{
	struct store		*store;
	const char		*p1[] = { test_lead, test_quote, test_tail };
	const char		*p2[] = { "Neuer Absatz.", test_lead,
	    test_quote };
	struct doc		*d1 = test_doc_make(p1, 3, NULL);
	struct doc		*d2 = test_doc_make(p2, 3, NULL);
	struct store_open_info	 info;
	struct store_annotation	 a, b, *list;
	size_t			 n;
	int64_t			 id;
	char			*dir = test_dir("reanchor"), *cause = NULL;
	char			*src = xasprintf("%s/a.txt", test_home);
	FILE			*f = fopen(src, "w");

	(void)state;
	assert_non_null(f);
	fclose(f);
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_document_open(store, d1, src, 0, &info,
	    &cause), 0);
	id = info.id;
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.start = test_cp_offset(d1->text, test_exact);
	a.end = a.start + 20;
	b.start = test_cp_offset(d1->text, "endeten");
	b.end = b.start + 7;
	assert_int_equal(store_annotation_add(store, id, &a, &cause), 0);
	assert_int_equal(store_annotation_add(store, id, &b, &cause), 0);
	assert_int_equal(store_document_open(store, d2, src, 0, &info,
	    &cause), 0);
	assert_int_equal(info.id, id);
	assert_true(info.text_changed);
	assert_int_equal(info.moved, 1);
	assert_int_equal(info.orphaned, 1);
	assert_int_equal(store_annotation_list(store, id, &list, &n, &cause),
	    0);
	assert_int_equal(n, 2);
	assert_false(list[0].orphaned);
	assert_int_equal(list[0].start, test_cp_offset(d2->text, test_exact));
	assert_true(list[1].orphaned);
	assert_string_equal(list[1].exact, "endeten");
	store_annotation_list_free(list, n);
	store_annotation_clear(&a);
	store_annotation_clear(&b);
	store_close(store);
	doc_free(d1);
	doc_free(d2);
	free(src);
	free(dir);
}

/* Subscriptions: add (twice), titles, order, remove; read marks per feed
 * and guid; a read-only library refuses changes with a cause. */
static void
test_store_feeds(void **state)
{
	struct store		*store;
	struct store_feed	*v;
	char			*dir = test_dir("feeds"), *cause = NULL;
	size_t			 n;

	(void)state;
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_feed_add(store, "https://a.example/rss", NULL,
	    &cause), 1);
	assert_int_equal(store_feed_add(store, "https://b.example/atom",
	    "B", &cause), 1);
	assert_int_equal(store_feed_add(store, "https://a.example/rss", "A",
	    &cause), 0);
	assert_int_equal(store_feed_add(store, "https://b.example/atom",
	    NULL, &cause), 0);
	assert_int_equal(store_feed_list(store, &v, &n, &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].url, "https://a.example/rss");
	assert_string_equal(v[0].title, "A");
	assert_string_equal(v[1].title, "B");	/* NULL kept the title */
	store_feed_list_free(v, n);
	assert_int_equal(store_feed_remove(store, "https://a.example/rss",
	    &cause), 1);
	assert_int_equal(store_feed_remove(store, "https://a.example/rss",
	    &cause), 0);
	assert_int_equal(store_feed_list(store, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	store_feed_list_free(v, n);

	assert_int_equal(store_feed_read_get(store, "F", "1", &cause), 0);
	assert_int_equal(store_feed_read_set(store, "F", "1", &cause), 0);
	assert_int_equal(store_feed_read_set(store, "F", "1", &cause), 0);
	assert_int_equal(store_feed_read_get(store, "F", "1", &cause), 1);
	assert_int_equal(store_feed_read_get(store, "F", "2", &cause), 0);
	assert_int_equal(store_feed_read_get(store, "G", "1", &cause), 0);
	store->readonly = 1;
	assert_int_equal(store_feed_read_set(store, "F", "2", &cause), -1);
	assert_non_null(strstr(cause, "read-only"));
	free(cause);
	cause = NULL;
	assert_int_equal(store_feed_add(store, "https://c.example/", NULL,
	    &cause), -1);
	free(cause);
	store_close(store);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store_open_creates),
		cmocka_unit_test(test_store_document_roundtrip),
		cmocka_unit_test(test_store_annotations),
		cmocka_unit_test(test_store_reanchor_on_open),
		cmocka_unit_test(test_store_feeds),
	};

	return cmocka_run_group_tests(tests, test_setup, test_teardown);
}
