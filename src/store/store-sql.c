/*
 * The store's plumbing: SQLite results turned into sentences a reader can
 * act on, transactions, statement helpers, and the small values the schema
 * needs (times, ids, tag lists).
 *
 * Causes name the library's path and what to do: a read-only or full disk,
 * a lock another marginalia holds, a damaged file. SQLite's own message is
 * added only for the rest.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "util.h"
#include "store-int.h"

int
store_sql_fail(struct store *store, int rc, const char *what, char **cause)
{
	const char	*path = store->path;

	/* A read-only WAL library whose directory is read-only too cannot
	 * even be read: SQLite must create its -shm file. */
	if (store->readonly && (rc & 0xff) == SQLITE_CANTOPEN)
		rc = SQLITE_READONLY;
	switch (rc & 0xff) {
	case SQLITE_READONLY:
		return util_cause_set(cause, "the library %s is read-only: "
		    "nothing can be saved", path);
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return util_cause_set(cause, "the library %s is locked by "
		    "another program (waited %d ms); try again", path,
		    store->busy_ms);
	case SQLITE_FULL:
		return util_cause_set(cause, "the disk holding the library %s "
		    "is full: nothing was saved", path);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return util_cause_set(cause, "the library %s is damaged or "
		    "not a marginalia database; move it aside to start a new "
		    "one", path);
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return util_cause_set(cause, "cannot open the library %s "
		    "(check its permissions and those of its directory)",
		    path);
	case SQLITE_IOERR:
		return util_cause_set(cause, "the library %s: input/output "
		    "error while %s", path, what);
	}
	return util_cause_set(cause, "the library %s: %s while %s", path,
	    store->db != NULL ? sqlite3_errmsg(store->db) :
	    sqlite3_errstr(rc), what);
}

int
store_sql_prepare(struct store *store, const char *sql, sqlite3_stmt **stmt,
    char **cause)
{
	int	 rc;

	rc = sqlite3_prepare_v2(store->db, sql, -1, stmt, NULL);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(*stmt);
		*stmt = NULL;
		return store_sql_fail(store, rc, "preparing a query", cause);
	}
	return 0;
}

int
store_sql_exec(struct store *store, const char *sql, char **cause)
{
	int	 rc;

	rc = sqlite3_exec(store->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_sql_fail(store, rc, "updating", cause);
	return 0;
}

int
store_sql_done(struct store *store, sqlite3_stmt *stmt, const char *what,
    char **cause)
{
	int	 rc = sqlite3_step(stmt);

	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_sql_fail(store, rc, what, cause);
	return 0;
}

int
store_sql_bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(stmt, i);
	return sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

char *
store_sql_column_text(sqlite3_stmt *stmt, int i)
{
	const unsigned char	*s = sqlite3_column_text(stmt, i);

	return s != NULL ? xstrdup((const char *)s) : NULL;
}

int
store_tx_begin(struct store *store, char **cause)
{
	int	 rc;

	if (store->readonly)
		return store_sql_fail(store, SQLITE_READONLY, "", cause);
	rc = sqlite3_exec(store->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_sql_fail(store, rc, "starting a change", cause);
	return 0;
}

int
store_tx_commit(struct store *store, char **cause)
{
	int	 rc;

	rc = sqlite3_exec(store->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		store_sql_fail(store, rc, "saving", cause);
		store_tx_rollback(store);
		return -1;
	}
	return 0;
}

void
store_tx_rollback(struct store *store)
{
	/* Fails only when no transaction is open (SQLite already rolled
	 * back after a full disk or I/O error), which is what we want. */
	if (sqlite3_get_autocommit(store->db) == 0)
		(void)sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
}

char *
store_strings_join(char *const *strings, size_t n)
{
	struct util_buf	 b;

	util_buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			util_buf_add_char(&b, '\n');
		util_buf_add_str(&b, strings[i]);
	}
	return util_buf_steal(&b, NULL);
}

size_t
store_strings_split(const char *joined, char ***out)
{
	size_t	 n = 0;

	*out = NULL;
	if (joined == NULL || *joined == '\0')
		return 0;
	for (const char *p = joined; ; ) {
		size_t	 len = strcspn(p, "\n");

		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = xstrndup(p, len);
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	return n;
}

void
store_strings_free(char **strings, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(strings[i]);
	free(strings);
}

/* Random bytes from the kernel, or (no /dev/urandom: a chroot) the clock
 * and pid mixed in, which is still unique enough for one person's notes. */
static void
store_uuid_random(unsigned char *bytes, size_t n)
{
	static uint64_t	 counter;
	uint64_t	 x;
	struct timespec	 ts;
	int		 fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

	if (fd >= 0) {
		ssize_t	 got = read(fd, bytes, n);

		close(fd);
		if (got == (ssize_t)n)
			return;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	x = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec ^
	    (uint64_t)getpid() << 32 ^ ++counter;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		bytes[i] = (unsigned char)x;
	}
}

char *
store_uuid_create(void)
{
	unsigned char	 b[16];

	store_uuid_random(b, sizeof b);
	b[6] = (b[6] & 0x0f) | 0x40;	/* version 4 */
	b[8] = (b[8] & 0x3f) | 0x80;	/* RFC 4122 variant */
	return xasprintf("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4],
	    b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
	    b[15]);
}

char *
store_time_now(void)
{
	time_t		 now = time(NULL);
	struct tm	 tm;
	char		 buf[32];

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return xstrdup("1970-01-01T00:00:00Z");
	return xstrdup(buf);
}
