/*
 * Annotations: saving, changing, deleting and listing them.
 *
 * Each change is one BEGIN IMMEDIATE transaction, so when a function
 * returns 0 the note is on disk (synchronous=FULL) and a kill -9 one
 * instant later keeps it; when it returns -1 nothing changed and the
 * caller still holds everything it passed in (the reader keeps the note in
 * its prompt). Tags are saved joined by newlines, so a tag never contains
 * one: control characters in tags become spaces.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "util.h"
#include "store-int.h"

#define STORE_ANNOTATION_COLUMNS					\
	"SELECT id, uri, document, exact, prefix, suffix, pos_start,"	\
	" pos_end, note, tags, colour, created, modified, orphaned"	\
	" FROM annotations"

static const char store_sql_ann_list[] = STORE_ANNOTATION_COLUMNS
	" WHERE document = ?1 ORDER BY orphaned, pos_start, pos_end, id";
/* The import form: a second import of the same export changes nothing. */
static const char store_sql_ann_upsert[] =
	"INSERT INTO annotations (uri, document, exact, prefix, suffix,"
	" pos_start, pos_end, note, tags, colour, created, modified, orphaned)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
	" ON CONFLICT (uri) DO UPDATE SET document = excluded.document,"
	" exact = excluded.exact, prefix = excluded.prefix,"
	" suffix = excluded.suffix, pos_start = excluded.pos_start,"
	" pos_end = excluded.pos_end, note = excluded.note,"
	" tags = excluded.tags, colour = excluded.colour,"
	" created = excluded.created, modified = excluded.modified,"
	" orphaned = excluded.orphaned";
static const char store_sql_ann_update[] =
	"UPDATE annotations SET note = ?2, tags = ?3, colour = ?4,"
	" modified = ?5 WHERE id = ?1";
static const char store_sql_ann_relocate[] =
	"UPDATE annotations SET exact = ?2, prefix = ?3, suffix = ?4,"
	" pos_start = ?5, pos_end = ?6, orphaned = ?7 WHERE id = ?1";
static const char store_sql_ann_delete[] =
	"DELETE FROM annotations WHERE id = ?1";
static const char store_sql_ann_find[] =
	"SELECT id FROM annotations WHERE uri = ?1";

/* Tags joined by newlines, each with its control characters as spaces. */
static char *
store_annotation_tags_join(const struct store_annotation *a)
{
	char	*joined = store_strings_join(a->tags, a->ntags);
	size_t	 at = 0;

	for (size_t i = 0; i < a->ntags; i++) {
		for (size_t k = 0; a->tags[i][k] != '\0'; k++, at++) {
			if ((unsigned char)joined[at] < 0x20)
				joined[at] = ' ';
		}
		at++;	/* the '\n' between two tags */
	}
	return joined;
}

static int
store_annotation_bind_all(sqlite3_stmt *stmt, const struct store_annotation *a)
{
	char	*tags = store_annotation_tags_join(a);
	int	 rc;

	if ((rc = store_sql_bind_text(stmt, 1, a->uri)) == SQLITE_OK &&
	    (rc = sqlite3_bind_int64(stmt, 2, a->document)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 3, a->exact)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 4, a->prefix != NULL ?
	    a->prefix : "")) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 5, a->suffix != NULL ?
	    a->suffix : "")) == SQLITE_OK &&
	    (rc = sqlite3_bind_int64(stmt, 6, (sqlite3_int64)a->start)) ==
	    SQLITE_OK &&
	    (rc = sqlite3_bind_int64(stmt, 7, (sqlite3_int64)a->end)) ==
	    SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 8, a->note != NULL ? a->note :
	    "")) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 9, tags)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 10, a->colour)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 11, a->created)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 12, a->modified)) == SQLITE_OK)
		rc = sqlite3_bind_int(stmt, 13, a->orphaned != 0);
	free(tags);
	return rc;
}

/* Runs one statement of a's fields inside a transaction of its own. */
static int
store_annotation_write(struct store *store, const char *sql,
    const struct store_annotation *a, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_sql_prepare(store, sql, &stmt, cause) != 0)
		return -1;
	if ((rc = store_annotation_bind_all(stmt, a)) != SQLITE_OK)
		rc = store_sql_fail(store, rc, "saving a note", cause);
	else
		rc = store_sql_done(store, stmt, "saving a note", cause);
	sqlite3_finalize(stmt);
	return rc;
}

static void
store_annotation_defaults(struct store_annotation *a, int64_t doc_id)
{
	a->document = doc_id;
	if (a->uri == NULL)
		a->uri = store_uuid_create();
	if (a->created == NULL)
		a->created = store_time_now();
	if (a->modified == NULL)
		a->modified = xstrdup(a->created);
	if (a->note == NULL)
		a->note = xstrdup("");
}

/* Inside the transaction: selectors from the saved text, then the row. */
static int
store_annotation_insert(struct store *store, int64_t doc_id,
    struct store_annotation *a, char **cause)
{
	char	*text;

	if (a->exact == NULL) {
		if ((text = store_document_text(store, doc_id, cause)) == NULL)
			return -1;
		store_selector_make(text, a->start, a->end, a);
		free(text);
		if (a->start == a->end)
			return util_cause_set(cause, "%s", "nothing selected "
			    "to annotate");
	}
	store_annotation_defaults(a, doc_id);
	if (store_annotation_write(store, store_sql_ann_upsert, a, cause) != 0)
		return -1;
	return store_annotation_find(store, a->uri, &a->id, cause) == 1 ?
	    0 : -1;
}

int
store_annotation_add(struct store *store, int64_t doc_id,
    struct store_annotation *a, char **cause)
{
	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_annotation_insert(store, doc_id, a, cause) != 0) {
		store_tx_rollback(store);
		a->id = 0;
		return -1;
	}
	return store_tx_commit(store, cause);
}

/* Inside the transaction: a placed against the saved text, then saved. */
static int
store_annotation_upsert(struct store *store, int64_t doc_id,
    struct store_annotation *a, char **cause)
{
	char	*text;
	int	 found;

	if ((text = store_document_text(store, doc_id, cause)) == NULL)
		return -1;
	/* A document known only by its notes has no text to place them
	 * in yet: they wait, orphaned, until it is opened. */
	if (*text == '\0')
		a->orphaned = 1;
	else
		store_anchor_apply(text, a);
	free(text);
	store_annotation_defaults(a, doc_id);
	if (store_annotation_write(store, store_sql_ann_upsert, a, cause) != 0)
		return -1;
	found = store_annotation_find(store, a->uri, &a->id, cause);
	return found == 1 ? 0 : -1;
}

int
store_annotation_import(struct store *store, int64_t doc_id,
    struct store_annotation *a, char **cause)
{
	if (a->exact == NULL)
		return util_cause_set(cause, "%s", "a note without a quote");
	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_annotation_upsert(store, doc_id, a, cause) != 0) {
		store_tx_rollback(store);
		return -1;
	}
	return store_tx_commit(store, cause);
}

/* Runs sql with ?1 = id in a transaction; -1 when no row changed. */
static int
store_annotation_change(struct store *store, sqlite3_stmt *stmt,
    const char *what, char **cause)
{
	int	 rc = store_sql_done(store, stmt, what, cause);

	if (rc == 0 && sqlite3_changes(store->db) != 1)
		rc = util_cause_set(cause, "%s", "that note is gone (deleted "
		    "by another marginalia?)");
	sqlite3_finalize(stmt);
	if (rc != 0) {
		store_tx_rollback(store);
		return -1;
	}
	return store_tx_commit(store, cause);
}

int
store_annotation_update(struct store *store, struct store_annotation *a,
    char **cause)
{
	sqlite3_stmt	*stmt;
	char		*tags, *now;
	int		 rc;

	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_sql_prepare(store, store_sql_ann_update, &stmt, cause) != 0) {
		store_tx_rollback(store);
		return -1;
	}
	tags = store_annotation_tags_join(a);
	now = store_time_now();
	if ((rc = sqlite3_bind_int64(stmt, 1, a->id)) != SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 2, a->note != NULL ? a->note :
	    "")) != SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 3, tags)) != SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 4, a->colour)) != SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 5, now)) != SQLITE_OK) {
		sqlite3_finalize(stmt);
		store_tx_rollback(store);
		free(tags);
		free(now);
		return store_sql_fail(store, rc, "saving a note", cause);
	}
	free(tags);
	if (store_annotation_change(store, stmt, "saving a note", cause) != 0) {
		free(now);
		return -1;
	}
	free(a->modified);
	a->modified = now;
	return 0;
}

int
store_annotation_delete(struct store *store, int64_t id, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_sql_prepare(store, store_sql_ann_delete, &stmt, cause) != 0) {
		store_tx_rollback(store);
		return -1;
	}
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) != SQLITE_OK) {
		sqlite3_finalize(stmt);
		store_tx_rollback(store);
		return store_sql_fail(store, rc, "deleting a note", cause);
	}
	return store_annotation_change(store, stmt, "deleting a note", cause);
}

int
store_annotation_relocate(struct store *store,
    const struct store_annotation *a, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_sql_prepare(store, store_sql_ann_relocate, &stmt,
	    cause) != 0)
		return -1;
	if ((rc = sqlite3_bind_int64(stmt, 1, a->id)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 2, a->exact)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 3, a->prefix)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 4, a->suffix)) == SQLITE_OK &&
	    (rc = sqlite3_bind_int64(stmt, 5, (sqlite3_int64)a->start)) ==
	    SQLITE_OK &&
	    (rc = sqlite3_bind_int64(stmt, 6, (sqlite3_int64)a->end)) ==
	    SQLITE_OK)
		rc = sqlite3_bind_int(stmt, 7, a->orphaned != 0);
	if (rc != SQLITE_OK)
		rc = store_sql_fail(store, rc, "re-anchoring a note", cause);
	else
		rc = store_sql_done(store, stmt, "re-anchoring a note", cause);
	sqlite3_finalize(stmt);
	return rc;
}

static void
store_annotation_row(sqlite3_stmt *stmt, struct store_annotation *a)
{
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(stmt, 0);
	a->uri = store_sql_column_text(stmt, 1);
	a->document = sqlite3_column_int64(stmt, 2);
	a->exact = store_sql_column_text(stmt, 3);
	a->prefix = store_sql_column_text(stmt, 4);
	a->suffix = store_sql_column_text(stmt, 5);
	a->start = (size_t)sqlite3_column_int64(stmt, 6);
	a->end = (size_t)sqlite3_column_int64(stmt, 7);
	a->note = store_sql_column_text(stmt, 8);
	a->ntags = store_strings_split((const char *)
	    sqlite3_column_text(stmt, 9), &a->tags);
	a->colour = store_sql_column_text(stmt, 10);
	a->created = store_sql_column_text(stmt, 11);
	a->modified = store_sql_column_text(stmt, 12);
	a->orphaned = sqlite3_column_int(stmt, 13);
}

int
store_annotation_list(struct store *store, int64_t doc_id,
    struct store_annotation **out, size_t *n, char **cause)
{
	sqlite3_stmt	*stmt;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (store_sql_prepare(store, store_sql_ann_list, &stmt, cause) != 0)
		return -1;
	if ((rc = sqlite3_bind_int64(stmt, 1, doc_id)) == SQLITE_OK) {
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
			if (*n == cap) {
				cap = cap == 0 ? 16 : cap * 2;
				*out = xreallocarray(*out, cap, sizeof **out);
			}
			store_annotation_row(stmt, &(*out)[(*n)++]);
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		store_annotation_list_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_sql_fail(store, rc, "listing notes", cause);
	}
	return 0;
}

int
store_annotation_find(struct store *store, const char *uri, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_sql_prepare(store, store_sql_ann_find, &stmt, cause) != 0)
		return -1;
	if ((rc = store_sql_bind_text(stmt, 1, uri)) == SQLITE_OK &&
	    (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return store_sql_fail(store, rc, "finding a note", cause);
}

void
store_annotation_set_tags(struct store_annotation *a,
    const char *const *tags, size_t n)
{
	store_strings_free(a->tags, a->ntags);
	a->tags = xreallocarray(NULL, n, sizeof *a->tags);
	for (size_t i = 0; i < n; i++)
		a->tags[i] = xstrdup(tags[i]);
	a->ntags = n;
}

void
store_annotation_clear(struct store_annotation *a)
{
	if (a == NULL)
		return;
	free(a->uri);
	free(a->exact);
	free(a->prefix);
	free(a->suffix);
	free(a->note);
	store_strings_free(a->tags, a->ntags);
	free(a->colour);
	free(a->created);
	free(a->modified);
	memset(a, 0, sizeof *a);
}

void
store_annotation_list_free(struct store_annotation *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_annotation_clear(&list[i]);
	free(list);
}
