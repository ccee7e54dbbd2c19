/*
 * Opening the library: where it lives, the connection's settings and the
 * schema's migrations.
 *
 * The schema version is PRAGMA user_version. Each migration step runs in its
 * own BEGIN IMMEDIATE transaction together with the version bump, so a
 * process killed during an upgrade leaves the old version or the new one,
 * and two processes upgrading at once serialise on the write lock (the
 * second re-reads the version after it got the lock and finds nothing left
 * to do).
 *
 * Settings: WAL (readers never block the writer, a crash never leaves a
 * half-written page), synchronous=FULL (a note reported saved survives a
 * power cut, not only a killed process), foreign keys (annotations die with
 * their document), and a busy timeout (a second reader waits for the
 * first's short write instead of failing).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "util.h"
#include "store-int.h"

/* Version 1: documents and annotations. */
static const char store_schema_v1[] =
	"CREATE TABLE documents ("
	" id INTEGER PRIMARY KEY,"
	" identity TEXT NOT NULL UNIQUE,"
	" source TEXT,"
	" title TEXT, kicker TEXT, authors TEXT, location TEXT,"
	" published TEXT, url TEXT, site TEXT, language TEXT,"
	" text TEXT NOT NULL,"
	" position INTEGER NOT NULL DEFAULT 0,"
	" created TEXT NOT NULL,"
	" opened TEXT NOT NULL);"
	"CREATE INDEX documents_opened ON documents(opened);"
	"CREATE INDEX documents_source ON documents(source);"
	"CREATE INDEX documents_url ON documents(url);"
	"CREATE TABLE annotations ("
	" id INTEGER PRIMARY KEY,"
	" uri TEXT NOT NULL UNIQUE,"
	" document INTEGER NOT NULL"
	"  REFERENCES documents(id) ON DELETE CASCADE,"
	" exact TEXT NOT NULL,"
	" prefix TEXT NOT NULL DEFAULT '',"
	" suffix TEXT NOT NULL DEFAULT '',"
	" pos_start INTEGER NOT NULL,"
	" pos_end INTEGER NOT NULL,"
	" note TEXT NOT NULL DEFAULT '',"
	" tags TEXT NOT NULL DEFAULT '',"
	" colour TEXT,"
	" created TEXT NOT NULL,"
	" modified TEXT NOT NULL,"
	" orphaned INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX annotations_document"
	" ON annotations(document, pos_start);";

/* Version 2: the blocks' kinds and ranges, so a stored document can be
 * shown and exported by section without its source. */
static const char store_schema_v2[] =
	"CREATE TABLE blocks ("
	" document INTEGER NOT NULL"
	"  REFERENCES documents(id) ON DELETE CASCADE,"
	" idx INTEGER NOT NULL,"
	" kind TEXT NOT NULL,"
	" level INTEGER NOT NULL DEFAULT 0,"
	" pos_start INTEGER NOT NULL,"
	" pos_end INTEGER NOT NULL,"
	" credit TEXT,"
	" duration TEXT,"
	" PRIMARY KEY (document, idx)) WITHOUT ROWID;";

/* Version 3: feed subscriptions and the feed items already read, keyed
 * by the feed's URL (or path) and the item's guid. Read marks outlive a
 * subscription: a feed opened without subscribing keeps them too. */
static const char store_schema_v3[] =
	"CREATE TABLE feeds ("
	" url TEXT PRIMARY KEY,"
	" title TEXT,"
	" added TEXT NOT NULL);"
	"CREATE TABLE feed_read ("
	" feed TEXT NOT NULL,"
	" guid TEXT NOT NULL,"
	" read TEXT NOT NULL,"
	" PRIMARY KEY (feed, guid)) WITHOUT ROWID;";

static const char *const store_schema_steps[] = {
	store_schema_v1,
	store_schema_v2,
	store_schema_v3,
};

static const char store_sql_version_get[] = "PRAGMA user_version";

const char *
store_schema_step(int n)
{
	int	 nsteps = (int)(sizeof store_schema_steps /
		    sizeof store_schema_steps[0]);

	if (n < 1 || n > nsteps)
		return NULL;
	return store_schema_steps[n - 1];
}

/* mkdir -p with mode 0700 for what it creates: notes are private. */
static int
store_dir_make(const char *dir, char **cause)
{
	char		*copy = xstrdup(dir);
	struct stat	 st;

	for (char *p = copy + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char	 save = *p;

		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			util_cause_set(cause, "cannot create %s: %s", copy,
			    strerror(errno));
			free(copy);
			return -1;
		}
		*p = save;
		if (save == '\0')
			break;
	}
	free(copy);
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return util_cause_set(cause, "%s is not a directory", dir);
	return 0;
}

char *
store_dir_resolve(char **cause)
{
	const char	*home = getenv("MARGINALIA_HOME");
	const char	*data = getenv("XDG_DATA_HOME");
	char		*dir;

	if (home != NULL && *home != '\0')
		dir = xstrdup(home);
	else if (data != NULL && data[0] == '/')
		dir = xasprintf("%s/marginalia", data);
	else if ((home = getenv("HOME")) != NULL && *home != '\0')
		dir = xasprintf("%s/.local/share/marginalia", home);
	else {
		util_cause_set(cause, "%s", "neither MARGINALIA_HOME nor "
		    "HOME is set: no place for the library");
		return NULL;
	}
	if (store_dir_make(dir, cause) != 0) {
		free(dir);
		return NULL;
	}
	return dir;
}

static int
store_version_get(struct store *store, int *version, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_sql_prepare(store, store_sql_version_get, &stmt, cause) != 0)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		return store_sql_fail(store, rc, "reading the schema version",
		    cause);
	}
	*version = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return 0;
}

/* Runs step n and sets the version to n, all or nothing. */
static int
store_migrate_step(struct store *store, int n, char **cause)
{
	char	*bump;
	int	 version;

	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_version_get(store, &version, cause) != 0)
		goto fail;
	if (version >= n)
		return store_tx_commit(store, cause);
	bump = xasprintf("PRAGMA user_version = %d", n);
	if (store_sql_exec(store, store_schema_step(n), cause) != 0 ||
	    store_sql_exec(store, bump, cause) != 0) {
		free(bump);
		goto fail;
	}
	free(bump);
	return store_tx_commit(store, cause);
fail:
	store_tx_rollback(store);
	return -1;
}

static int
store_migrate(struct store *store, char **cause)
{
	int	 version;

	if (store_version_get(store, &version, cause) != 0)
		return -1;
	if (version > STORE_SCHEMA_VERSION)
		return util_cause_set(cause, "the library %s was written by a "
		    "newer marginalia (schema %d, this one knows %d)",
		    store->path, version, STORE_SCHEMA_VERSION);
	if (version < STORE_SCHEMA_VERSION && store->readonly)
		return util_cause_set(cause, "the library %s is read-only "
		    "and needs an upgrade", store->path);
	for (int n = version + 1; n <= STORE_SCHEMA_VERSION; n++) {
		if (store_migrate_step(store, n, cause) != 0)
			return -1;
	}
	return 0;
}

/* WAL cannot be switched on in a read-only file; reading works anyway. */
static int
store_settings(struct store *store, char **cause)
{
	if (sqlite3_busy_timeout(store->db, store->busy_ms) != SQLITE_OK)
		return store_sql_fail(store, sqlite3_errcode(store->db),
		    "setting the busy timeout", cause);
	if (store_sql_exec(store, "PRAGMA foreign_keys = ON", cause) != 0)
		return -1;
	if (store->readonly)
		return 0;
	if (store_sql_exec(store, "PRAGMA journal_mode = WAL", cause) != 0 ||
	    store_sql_exec(store, "PRAGMA synchronous = FULL", cause) != 0)
		return -1;
	return 0;
}

struct store *
store_open(const char *dir, char **cause)
{
	struct store	*store = xcalloc(1, sizeof *store);
	int		 rc;

	store->busy_ms = STORE_BUSY_TIMEOUT;
	store->dir = dir != NULL ? xstrdup(dir) :
	    store_dir_resolve(cause);
	if (store->dir == NULL)
		goto fail;
	if (dir != NULL && store_dir_make(dir, cause) != 0)
		goto fail;
	store->path = xasprintf("%s/%s", store->dir, STORE_DB_NAME);
	rc = sqlite3_open_v2(store->path, &store->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		store_sql_fail(store, rc, "opening", cause);
		goto fail;
	}
	/* Only fails on a NULL connection. */
	(void)sqlite3_extended_result_codes(store->db, 1);
	store->readonly = sqlite3_db_readonly(store->db, "main") == 1 ||
	    access(store->dir, W_OK) != 0;
	if (store_settings(store, cause) != 0 ||
	    store_migrate(store, cause) != 0)
		goto fail;
	return store;
fail:
	store_close(store);
	return NULL;
}

void
store_close(struct store *store)
{
	if (store == NULL)
		return;
	/* sqlite3_close_v2 never fails on a connection whose statements are
	 * all finalized, which every function here guarantees. */
	if (store->db != NULL)
		sqlite3_close_v2(store->db);
	free(store->dir);
	free(store->path);
	free(store);
}

const char *
store_path(const struct store *store)
{
	return store->path;
}

int
store_readonly(const struct store *store)
{
	return store->readonly;
}

void
store_busy_timeout_set(struct store *store, int ms)
{
	store->busy_ms = ms;
	/* Only fails for a closed connection, which a store never holds. */
	(void)sqlite3_busy_timeout(store->db, ms);
}
