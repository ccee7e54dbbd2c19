/*
 * What the store's files share: the handle, error translation, transactions
 * and small statement helpers. Not part of the public API.
 */
#ifndef MARGINALIA_STORE_INT_H
#define MARGINALIA_STORE_INT_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

struct store_annotation;

struct store {
	sqlite3	*db;
	char	*dir;
	char	*path;
	int	 readonly;
	int	 busy_ms;
};

/* Turns SQLite's rc (from doing `what`) into a cause a reader can act on;
 * returns -1. */
int	 store_sql_fail(struct store *store, int rc, const char *what,
	    char **cause);
int	 store_sql_prepare(struct store *store, const char *sql,
	    sqlite3_stmt **stmt, char **cause);
/* Runs statements without results (migrations, pragmas). */
int	 store_sql_exec(struct store *store, const char *sql, char **cause);
/* Steps a statement that returns no row: 0, or -1 with *cause. */
int	 store_sql_done(struct store *store, sqlite3_stmt *stmt,
	    const char *what, char **cause);
/* Binds a string, NULL as SQL NULL; returns the sqlite3 rc. */
int	 store_sql_bind_text(sqlite3_stmt *stmt, int i, const char *s);
/* A copy of a text column, NULL for SQL NULL. */
char	*store_sql_column_text(sqlite3_stmt *stmt, int i);

/* BEGIN IMMEDIATE: the write lock up front, so a transaction never fails
 * half-way on a lock another process took after it started reading. */
int	 store_tx_begin(struct store *store, char **cause);
int	 store_tx_commit(struct store *store, char **cause);
void	 store_tx_rollback(struct store *store);

/* Strings joined by '\n' (tags, authors) and back. */
char	*store_strings_join(char *const *strings, size_t n);
size_t	 store_strings_split(const char *joined, char ***out);
void	 store_strings_free(char **strings, size_t n);

/* A fresh "urn:uuid:…" (version 4). Caller frees. */
char	*store_uuid_create(void);

/* The canonical text of a stored document (NULL with *cause on error). */
char	*store_document_text(struct store *store, int64_t id, char **cause);

/* 64-bit FNV-1a of s (document identity). */
uint64_t store_document_hash(const char *s);
/* The source as saved: URLs as given, paths made absolute, stdin none.
 * Caller frees; NULL for none. */
char	*store_document_source(const char *source);
/* Saves a's anchor (selectors, position, orphaned) only. */
int	 store_annotation_relocate(struct store *store,
	    const struct store_annotation *a, char **cause);

/* Migration step n (1-based) of the schema, or NULL past the last. */
const char *store_schema_step(int n);

#endif
