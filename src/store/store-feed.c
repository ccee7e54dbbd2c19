/*
 * Feeds in the library: the subscriptions (table feeds, one row per feed
 * URL, in the order added) and the items read (table feed_read, one row
 * per feed and guid). Both are keyed by text as the caller gives it, so
 * the caller normalises: a URL as fetched, a file as an absolute path.
 *
 * Every write is one statement, hence its own transaction; a read-only
 * library refuses them with the usual cause before SQLite is asked.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "util.h"
#include "store-int.h"

static const char store_sql_feed_add[] =
	"INSERT INTO feeds (url, title, added) VALUES (?1, ?2, ?3)"
	" ON CONFLICT (url) DO UPDATE SET title = coalesce(?2, title)";
static const char store_sql_feed_known[] =
	"SELECT 1 FROM feeds WHERE url = ?1";
static const char store_sql_feed_remove[] =
	"DELETE FROM feeds WHERE url = ?1";
static const char store_sql_feed_list[] =
	"SELECT url, title, added FROM feeds ORDER BY added, rowid";
static const char store_sql_feed_read_set[] =
	"INSERT OR IGNORE INTO feed_read (feed, guid, read)"
	" VALUES (?1, ?2, ?3)";
static const char store_sql_feed_read_get[] =
	"SELECT 1 FROM feed_read WHERE feed = ?1 AND guid = ?2";

/* Runs sql with text parameters args[0..nargs) (NULL binds SQL NULL);
 * 1 when it returned a row (only existence is asked), 0 when not, -1. */
static int
store_feed_run(struct store *store, const char *sql,
    const char *const *args, int nargs, const char *what, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc = SQLITE_OK;

	if (store_sql_prepare(store, sql, &stmt, cause) != 0)
		return -1;
	for (int i = 0; i < nargs && rc == SQLITE_OK; i++)
		rc = store_sql_bind_text(stmt, i + 1, args[i]);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return store_sql_fail(store, rc, what, cause);
}

int
store_feed_add(struct store *store, const char *url, const char *title,
    char **cause)
{
	char	*now;
	int	 known, rc;

	if (store->readonly)
		return store_sql_fail(store, SQLITE_READONLY, "", cause);
	known = store_feed_run(store, store_sql_feed_known,
	    (const char *[]){ url }, 1, "finding a feed", cause);
	if (known < 0)
		return -1;
	now = store_time_now();
	rc = store_feed_run(store, store_sql_feed_add,
	    (const char *[]){ url, title, now }, 3, "saving a feed", cause);
	free(now);
	if (rc < 0)
		return -1;
	return known ? 0 : 1;
}

int
store_feed_remove(struct store *store, const char *url, char **cause)
{
	if (store->readonly)
		return store_sql_fail(store, SQLITE_READONLY, "", cause);
	if (store_feed_run(store, store_sql_feed_remove,
	    (const char *[]){ url }, 1, "removing a feed", cause) < 0)
		return -1;
	return sqlite3_changes(store->db) > 0 ? 1 : 0;
}

int
store_feed_list(struct store *store, struct store_feed **out, size_t *n,
    char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (store_sql_prepare(store, store_sql_feed_list, &stmt, cause) != 0)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_feed	*f;

		*out = xreallocarray(*out, *n + 1, sizeof **out);
		f = &(*out)[(*n)++];
		f->url = store_sql_column_text(stmt, 0);
		f->title = store_sql_column_text(stmt, 1);
		f->added = store_sql_column_text(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return 0;
	store_feed_list_free(*out, *n);
	*out = NULL;
	*n = 0;
	return store_sql_fail(store, rc, "listing feeds", cause);
}

void
store_feed_list_free(struct store_feed *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(list[i].url);
		free(list[i].title);
		free(list[i].added);
	}
	free(list);
}

int
store_feed_read_set(struct store *store, const char *feed,
    const char *guid, char **cause)
{
	char	*now;
	int	 rc;

	if (store->readonly)
		return store_sql_fail(store, SQLITE_READONLY, "", cause);
	now = store_time_now();
	rc = store_feed_run(store, store_sql_feed_read_set,
	    (const char *[]){ feed, guid, now }, 3, "marking an item read",
	    cause);
	free(now);
	return rc < 0 ? -1 : 0;
}

int
store_feed_read_get(struct store *store, const char *feed,
    const char *guid, char **cause)
{
	return store_feed_run(store, store_sql_feed_read_get,
	    (const char *[]){ feed, guid }, 2, "reading the items read",
	    cause);
}
