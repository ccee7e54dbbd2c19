/* The store: selectors, the position/exact/fuzzy matcher and orphans,
 * documents and annotations in a real database under a mkdtemp
 * MARGINALIA_HOME, migrations, and the causes for a read-only, locked,
 * full, damaged or too new library. */
#include "test-helpers.h"

#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "../../src/store/store-int.h"

static const char test_lead[] = "Kim Jong Un reist nach Russland.";
static const char test_quote[] = "\"Nordkorea will die Gunst der Stunde "
    "nutzen, dass ein neuer 'Kalter Krieg' zu beginnen droht. Es ist "
    "deswegen nicht \xc3\xbc" "berraschend, dass Kim Russland als sein "
    "erstes Auslandsziel gew\xc3\xa4hlt hat\", sagt Leif-Eric Easley.";
static const char test_tail[] = "Die Gespr\xc3\xa4" "che dauerten "
    "Stunden \xf0\x9f\x98\x80 und endeten sp\xc3\xa4t.";
static const char test_exact[] = "Es ist deswegen nicht \xc3\xbc"
    "berraschend, dass Kim Russland als sein erstes Auslandsziel "
    "gew\xc3\xa4hlt hat";

static char test_home[] = "/tmp/marginalia-test-store-XXXXXX";

static struct doc *
test_doc_make(const char *const *paras, size_t n, const char *url)
{
	struct doc	*doc = doc_create();

	doc_meta_set_title(doc, "Kim in Russland");
	doc_meta_add_author(doc, "Ana Reporterin");
	doc_meta_set_url(doc, url);
	for (size_t i = 0; i < n; i++)
		doc_block_append(doc, i == 1 && n > 3 ? DOC_BLOCK_HEADING :
		    DOC_BLOCK_PARAGRAPH, paras[i], strlen(paras[i]));
	doc_finish(doc);
	return doc;
}

static struct doc *
test_doc_base(void)
{
	const char	*p[] = { test_lead, test_quote, test_tail };

	return test_doc_make(p, 3, "https://example.org/kim");
}

/* Code-point offset of needle in text. */
static size_t
test_cp_offset(const char *text, const char *needle)
{
	const char	*at = strstr(text, needle);

	assert_non_null(at);
	return util_utf8_cp_count(text, (size_t)(at - text));
}

static void
test_annotation_on(const char *text, const char *quote,
    struct store_annotation *a)
{
	size_t	 s = test_cp_offset(text, quote);

	memset(a, 0, sizeof *a);
	store_selector_make(text, s, s + util_utf8_cp_count(quote,
	    strlen(quote)), a);
}

static int
test_setup(void **state)
{
	(void)state;
	if (mkdtemp(test_home) == NULL)
		return -1;
	setenv("MARGINALIA_HOME", test_home, 1);
	return 0;
}

static int
test_teardown(void **state)
{
	char	*cmd = xasprintf("rm -rf '%s'", test_home);
	int	 rc = system(cmd);

	(void)state;
	free(cmd);
	return rc == 0 ? 0 : -1;
}

/* A fresh directory under test_home for one test's library. */
static char *
test_dir(const char *name)
{
	char	*dir = xasprintf("%s/%s", test_home, name);
	char	*cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	return dir;
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

static void
test_store_migrations(void **state)
{
	struct store	*store;
	struct doc	*back;
	sqlite3		*db;
	sqlite3_stmt	*st;
	char		*dir = test_dir("v1"), *cause = NULL, *path;

	(void)state;
	store_close(store_open(dir, &cause));	/* makes the directory */
	path = xasprintf("%s/library.db", dir);
	unlink(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, store_schema_step(1), NULL, NULL,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 1;"
	    "INSERT INTO documents (identity, text, created, opened) VALUES"
	    " ('urn:x', 'Alt.', 'c', 'o')", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(sqlite3_prepare_v2(store->db, "SELECT"
	    " (SELECT user_version FROM pragma_user_version),"
	    " (SELECT count(*) FROM blocks), (SELECT text FROM documents)",
	    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), STORE_SCHEMA_VERSION);
	assert_int_equal(sqlite3_column_int(st, 1), 0);
	assert_string_equal(sqlite3_column_text(st, 2), "Alt.");
	sqlite3_finalize(st);
	/* No saved blocks: rebuilt as paragraphs. */
	back = store_document_load(store, 1, &cause);
	assert_non_null(back);
	assert_string_equal(back->text, "Alt.");
	assert_int_equal(back->nblocks, 1);
	doc_free(back);
	assert_null(store_schema_step(STORE_SCHEMA_VERSION + 1));
	assert_int_equal(store_sql_exec(store, "PRAGMA user_version = 99",
	    &cause), 0);
	store_close(store);
	assert_null(store_open(dir, &cause));
	assert_non_null(strstr(cause, "newer marginalia"));
	free(cause);
	free(path);
	free(dir);
}

static void
test_store_damaged(void **state)
{
	char	*dir = test_dir("damaged"), *cause = NULL, *path;
	FILE	*f;

	(void)state;
	store_close(store_open(dir, &cause));
	path = xasprintf("%s/library.db", dir);
	unlink(path);
	f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 0; i < 200; i++)
		fputs("not a database at all, just words. ", f);
	fclose(f);
	assert_null(store_open(dir, &cause));
	assert_non_null(strstr(cause, "damaged"));
	free(cause);
	free(path);
	free(dir);
}

/* A write lock held elsewhere, and a disk that fills up. */
static void
test_store_locked_and_full(void **state)
{
	struct store		*store;
	struct doc		*doc = test_doc_base();
	struct store_open_info	 info;
	struct store_annotation	 a;
	sqlite3			*other;
	char			*dir = test_dir("locked"), *cause = NULL;

	(void)state;
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_document_open(store, doc, NULL, 0, &info,
	    &cause), 0);
	assert_int_equal(sqlite3_open(store_path(store), &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL), SQLITE_OK);
	store_busy_timeout_set(store, 50);
	memset(&a, 0, sizeof a);
	a.start = 0;
	a.end = 3;
	assert_int_equal(store_annotation_add(store, info.id, &a, &cause), -1);
	assert_non_null(strstr(cause, "locked"));
	assert_int_equal(a.id, 0);
	free(cause);
	cause = NULL;
	assert_int_equal(sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(other);
	/* Retrying the same struct saves it once. */
	assert_int_equal(store_annotation_add(store, info.id, &a, &cause), 0);
	assert_int_equal(store_sql_exec(store, "PRAGMA max_page_count = 1",
	    &cause), 0);
	free(a.note);
	a.note = xmalloc(1 << 16);
	memset(a.note, 'x', (1 << 16) - 1);
	a.note[(1 << 16) - 1] = '\0';
	assert_int_equal(store_annotation_update(store, &a, &cause), -1);
	assert_non_null(strstr(cause, "full"));
	free(cause);
	store_annotation_clear(&a);
	store_close(store);
	doc_free(doc);
	free(dir);
}

/* As a user who cannot write: run as nobody when we are root (root
 * writes through any permission bits). */
static int
test_readonly_child(const char *dir_ro, const char *dir_file_ro)
{
	struct store		*store;
	struct store_annotation	 a;
	struct store_open_info	 info;
	struct doc		*doc;
	char			*cause = NULL;
	int			 ok;

	if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
		return 10;
	if (store_open(dir_ro, &cause) != NULL || cause == NULL ||
	    strstr(cause, "read-only") == NULL)
		return 11;
	free(cause);
	cause = NULL;
	if ((store = store_open(dir_file_ro, &cause)) == NULL)
		return 12;
	memset(&a, 0, sizeof a);
	a.end = 3;
	ok = store_readonly(store) && store_annotation_add(store, 1, &a,
	    &cause) == -1 && strstr(cause, "read-only") != NULL;
	free(cause);
	cause = NULL;
	/* A saved document is still found, an unknown one is refused. */
	doc = test_doc_base();
	ok = ok && store_document_open(store, doc, NULL, 0, &info,
	    &cause) == 0 && info.id == 1 && !info.text_changed;
	doc_meta_set_url(doc, "https://example.org/other");
	ok = ok && store_document_open(store, doc, NULL, 0, &info,
	    &cause) == -1 && strstr(cause, "read-only") != NULL;
	doc_free(doc);
	free(cause);
	store_annotation_clear(&a);
	store_close(store);
	return ok ? 0 : 13;
}

static void
test_store_readonly(void **state)
{
	struct store		*store;
	struct doc		*doc = test_doc_base();
	struct store_open_info	 info;
	char			*a = test_dir("ro-dir");
	char			*b = test_dir("ro-file");
	char			*cause = NULL, *cmd;
	int			 status;
	pid_t			 pid;

	(void)state;
	for (int i = 0; i < 2; i++) {
		store = store_open(i == 0 ? a : b, &cause);
		assert_non_null(store);
		assert_int_equal(store_document_open(store, doc, NULL, 0,
		    &info, &cause), 0);
		store_close(store);
	}
	cmd = xasprintf("chmod 755 '%s' && chmod 444 '%s/library.db' "
	    "'%s/library.db' && chmod 555 '%s' && chmod 777 '%s'", test_home,
	    a, b, a, b);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		status = test_readonly_child(a, b);
		free(a);
		free(b);
		doc_free(doc);
		_exit(status);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	cmd = xasprintf("chmod 700 '%s' '%s' '%s'", test_home, a, b);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	doc_free(doc);
	free(a);
	free(b);
}

/* A schema-2 library with a document and a note upgrades to 3 keeping
 * both, and the feed tables work after it. */
static void
test_store_migration_feeds(void **state)
{
	struct store	*store;
	sqlite3		*db;
	sqlite3_stmt	*st;
	char		*dir = test_dir("v2"), *cause = NULL, *path;

	(void)state;
	store_close(store_open(dir, &cause));
	path = xasprintf("%s/library.db", dir);
	unlink(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, store_schema_step(1), NULL, NULL,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, store_schema_step(2), NULL, NULL,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 2;"
	    "INSERT INTO documents (identity, text, created, opened) VALUES"
	    " ('urn:x', 'Alt.', 'c', 'o');"
	    "INSERT INTO annotations (uri, document, exact, pos_start,"
	    " pos_end, created, modified) VALUES ('urn:a', 1, 'Alt', 0, 3,"
	    " 'c', 'm')", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(sqlite3_prepare_v2(store->db, "SELECT"
	    " (SELECT user_version FROM pragma_user_version),"
	    " (SELECT count(*) FROM annotations), (SELECT count(*) FROM feeds)",
	    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 3);
	assert_int_equal(sqlite3_column_int(st, 1), 1);
	assert_int_equal(sqlite3_column_int(st, 2), 0);
	sqlite3_finalize(st);
	assert_int_equal(store_feed_read_set(store, "f", "g", &cause), 0);
	assert_int_equal(store_feed_read_get(store, "f", "g", &cause), 1);
	store_close(store);
	/* Opening again runs no step twice. */
	store = store_open(dir, &cause);
	assert_non_null(store);
	assert_int_equal(store_feed_read_get(store, "f", "g", &cause), 1);
	store_close(store);
	free(path);
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
		cmocka_unit_test(test_selector_make),
		cmocka_unit_test(test_anchor_position_and_exact),
		cmocka_unit_test(test_anchor_exact_context),
		cmocka_unit_test(test_anchor_fuzzy_word_changed),
		cmocka_unit_test(test_anchor_orphaned),
		cmocka_unit_test(test_anchor_long_quote),
		cmocka_unit_test(test_store_open_creates),
		cmocka_unit_test(test_store_document_roundtrip),
		cmocka_unit_test(test_store_annotations),
		cmocka_unit_test(test_store_reanchor_on_open),
		cmocka_unit_test(test_store_migrations),
		cmocka_unit_test(test_store_migration_feeds),
		cmocka_unit_test(test_store_feeds),
		cmocka_unit_test(test_store_damaged),
		cmocka_unit_test(test_store_locked_and_full),
		cmocka_unit_test(test_store_readonly),
	};

	return cmocka_run_group_tests(tests, test_setup, test_teardown);
}
