/* A library not as this build would leave it: migrations from schema 1
 * and 2, a too-new schema, and the causes for a damaged, locked, full or
 * read-only library. Apart from test-store.c because these tests build
 * their broken states by hand — raw SQL, chmod, a second connection
 * holding a lock, a child running as nobody. */
#include "test-store.h"

#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "../../src/store/store-int.h"

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store_migrations),
		cmocka_unit_test(test_store_migration_feeds),
		cmocka_unit_test(test_store_damaged),
		cmocka_unit_test(test_store_locked_and_full),
		cmocka_unit_test(test_store_readonly),
	};

	return cmocka_run_group_tests(tests, test_setup, test_teardown);
}
