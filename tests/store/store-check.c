/*
 * store-check: what the durability tests ask of a library after the
 * writers were killed, through SQLite alone (no sqlite3 CLI needed):
 *
 *	store-check LIBRARY.db [SAVED]
 *
 * runs PRAGMA integrity_check and foreign_key_check, counts the notes,
 * and checks that every annotation id listed in SAVED (lines "saved URI
 * …", as `marginalia note add` and store-writer print them once a note is
 * on disk) is in the library. Prints "notes saved N, notes found N, in
 * library N" and exits 0 when all is well, 1 otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

static int
check_integrity(sqlite3 *db)
{
	sqlite3_stmt	*st;
	int		 ok = 0, rc;

	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st,
	    NULL) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char	*line;

		line = (const char *)sqlite3_column_text(st, 0);

		if (line != NULL && strcmp(line, "ok") == 0)
			ok = 1;
		else
			printf("integrity: %s\n", line != NULL ? line : "?");
	}
	sqlite3_finalize(st);
	return ok && rc == SQLITE_DONE;
}

static int
check_foreign_keys(sqlite3 *db)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st,
	    NULL) != SQLITE_OK)
		return 0;
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

static long
check_count(sqlite3 *db)
{
	sqlite3_stmt	*st;
	long		 n = -1;

	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM annotations", -1,
	    &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Counts the saved notes and those of them the library has. */
static int
check_saved(sqlite3 *db, const char *path, long *saved, long *found)
{
	sqlite3_stmt	*st;
	FILE		*f = fopen(path, "r");
	char		 line[512], uri[256];

	if (f == NULL || sqlite3_prepare_v2(db, "SELECT 1 FROM annotations "
	    "WHERE uri = ?1", -1, &st, NULL) != SQLITE_OK) {
		if (f != NULL)
			fclose(f);
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "saved %255s", uri) != 1)
			continue;
		(*saved)++;
		if (sqlite3_reset(st) != SQLITE_OK ||
		    sqlite3_bind_text(st, 1, uri, -1, SQLITE_TRANSIENT) !=
		    SQLITE_OK)
			break;
		if (sqlite3_step(st) == SQLITE_ROW)
			(*found)++;
		else
			printf("lost: %s\n", uri);
	}
	sqlite3_finalize(st);
	fclose(f);
	return 0;
}

int
main(int argc, char **argv)
{
	sqlite3	*db;
	long	 saved = 0, found = 0, total;
	int	 ok;

	if (argc < 2) {
		fprintf(stderr, "usage: store-check LIBRARY.db [SAVED]\n");
		return 2;
	}
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK) {
		printf("cannot open %s: %s\n", argv[1], sqlite3_errmsg(db));
		sqlite3_close(db);
		return 1;
	}
	ok = check_integrity(db);
	printf("integrity_check: %s\n", ok ? "ok" : "FAILED");
	if (!check_foreign_keys(db)) {
		printf("foreign_key_check: FAILED\n");
		ok = 0;
	}
	total = check_count(db);
	if (argc > 2 && check_saved(db, argv[2], &saved, &found) != 0)
		ok = 0;
	printf("notes saved %ld, notes found %ld, in library %ld\n", saved,
	    found, total);
	sqlite3_close(db);
	return ok && found == saved && total >= saved ? 0 : 1;
}
