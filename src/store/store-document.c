/*
 * Documents in the library: identity, what is saved when one is opened,
 * the library list, and rebuilding a document from what was saved.
 *
 * Identity (DESIGN.md): the canonical URL when the document has one (its
 * metadata, or the URL it was fetched from), otherwise a hash of the
 * canonical text. A hashed document also remembers the absolute path it
 * was read from: when that file is edited its hash changes, and finding it
 * again by path is what lets its notes be re-anchored instead of starting
 * a new, empty document.
 *
 * The hash is 64-bit FNV-1a, written here because none of our libraries
 * offers one (SQLite has no hash function, jansson's is internal). It names
 * a document, it guards nothing, so a cryptographic hash would buy nothing.
 *
 * Blocks are saved as kind, level and code-point range into the saved
 * canonical text, so the text is stored once.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "store-int.h"

static const char store_sql_doc_by_identity[] =
	"SELECT id, text, position FROM documents WHERE identity = ?1";
/* A hashed document whose file was edited: same path, new hash. */
static const char store_sql_doc_by_source[] =
	"SELECT id, text, position FROM documents WHERE source = ?1 AND"
	" identity LIKE 'urn:marginalia:%' ORDER BY opened DESC LIMIT 1";
static const char store_sql_doc_insert[] =
	"INSERT INTO documents (identity, source, title, kicker, authors,"
	" location, published, url, site, language, text, created, opened)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)";
static const char store_sql_doc_update[] =
	"UPDATE documents SET identity = ?1, source = coalesce(?2, source),"
	" title = ?3, kicker = ?4, authors = ?5, location = ?6,"
	" published = ?7, url = ?8, site = ?9, language = ?10, text = ?11,"
	" opened = CASE WHEN ?13 THEN opened ELSE ?12 END,"
	" position = min(position, ?15) WHERE id = ?14";
static const char store_sql_blocks_delete[] =
	"DELETE FROM blocks WHERE document = ?1";
static const char store_sql_block_insert[] =
	"INSERT INTO blocks (document, idx, kind, level, pos_start, pos_end,"
	" credit, duration) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char store_sql_doc_pending[] =
	"INSERT INTO documents (identity, url, text, created, opened)"
	" VALUES (?1, ?2, '', ?3, ?3)";
static const char store_sql_position_save[] =
	"UPDATE documents SET position = ?2 WHERE id = ?1";

/* 64-bit FNV-1a (Fowler, Noll, Vo): see the comment atop the file. */
uint64_t
store_document_hash(const char *s)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h;
}

static int
store_document_is_url(const char *s)
{
	return s != NULL && (strncmp(s, "http://", 7) == 0 ||
	    strncmp(s, "https://", 8) == 0);
}

char *
store_document_identity(const struct doc *doc, const char *source)
{
	if (doc->meta.url != NULL && *doc->meta.url != '\0')
		return xstrdup(doc->meta.url);
	if (store_document_is_url(source))
		return xstrdup(source);
	return xasprintf("urn:marginalia:fnv1a64:%016" PRIx64,
	    store_document_hash(doc->text != NULL ? doc->text : ""));
}

char *
store_document_source(const char *source)
{
	char	*abs;

	if (source == NULL || *source == '\0' || strcmp(source, "-") == 0)
		return NULL;
	if (store_document_is_url(source))
		return xstrdup(source);
	if ((abs = realpath(source, NULL)) == NULL)
		return xstrdup(source);
	/* realpath() memory is malloc()'s, like ours. */
	return abs;
}

/* Finds the saved row; 1 found (*id, *text, *position), 0 not, -1 error. */
static int
store_document_lookup(struct store *store, const char *sql, const char *key,
    int64_t *id, char **text, size_t *position, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_sql_prepare(store, sql, &stmt, cause) != 0)
		return -1;
	if ((rc = store_sql_bind_text(stmt, 1, key)) != SQLITE_OK)
		goto fail;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(stmt);
		return 0;
	}
	if (rc != SQLITE_ROW)
		goto fail;
	*id = sqlite3_column_int64(stmt, 0);
	*text = store_sql_column_text(stmt, 1);
	*position = (size_t)sqlite3_column_int64(stmt, 2);
	sqlite3_finalize(stmt);
	return 1;
fail:
	sqlite3_finalize(stmt);
	return store_sql_fail(store, rc, "looking up a document", cause);
}

/* Binds ?1..?12 shared by insert and update. */
static int
store_document_bind_meta(sqlite3_stmt *stmt, const struct doc *doc,
    const char *identity, const char *source, const char *now)
{
	const struct doc_meta	*m = &doc->meta;
	char			*kicker, *authors;
	int			 rc = SQLITE_OK;

	kicker = store_strings_join(m->kicker, m->nkicker);
	authors = store_strings_join(m->authors, m->nauthors);
	const char *values[] = { identity, source, m->title, kicker, authors,
	    m->location, m->published, m->url, m->site, m->language,
	    doc->text != NULL ? doc->text : "", now };
	for (int i = 0; i < 12 && rc == SQLITE_OK; i++)
		rc = store_sql_bind_text(stmt, i + 1, values[i]);
	free(kicker);
	free(authors);
	return rc;
}

static int
store_document_write(struct store *store, const char *sql,
    const struct doc *doc, const char *identity, const char *source,
    const char *now, int64_t id, int keep_time, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;
	size_t		 n = util_utf8_cp_count(doc->text != NULL ?
	    doc->text : "", doc->text_len);

	if (store_sql_prepare(store, sql, &stmt, cause) != 0)
		return -1;
	rc = store_document_bind_meta(stmt, doc, identity, source, now);
	if (rc == SQLITE_OK && id != 0) {
		if ((rc = sqlite3_bind_int(stmt, 13, keep_time)) == SQLITE_OK &&
		    (rc = sqlite3_bind_int64(stmt, 14, id)) == SQLITE_OK)
			rc = sqlite3_bind_int64(stmt, 15, (sqlite3_int64)n);
	}
	if (rc != SQLITE_OK) {
		sqlite3_finalize(stmt);
		return store_sql_fail(store, rc, "saving a document", cause);
	}
	rc = store_sql_done(store, stmt, "saving a document", cause);
	sqlite3_finalize(stmt);
	return rc;
}

static int
store_document_block_write(struct store *store, sqlite3_stmt *stmt,
    int64_t id, size_t i, const struct doc_block *b, char **cause)
{
	int	 rc;

	if ((rc = sqlite3_reset(stmt)) != SQLITE_OK ||
	    (rc = sqlite3_bind_int64(stmt, 1, id)) != SQLITE_OK ||
	    (rc = sqlite3_bind_int64(stmt, 2, (sqlite3_int64)i)) != SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 3,
	    doc_block_kind_name(b->kind))) != SQLITE_OK ||
	    (rc = sqlite3_bind_int(stmt, 4, b->level)) != SQLITE_OK ||
	    (rc = sqlite3_bind_int64(stmt, 5, (sqlite3_int64)b->start)) !=
	    SQLITE_OK ||
	    (rc = sqlite3_bind_int64(stmt, 6, (sqlite3_int64)b->end)) !=
	    SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 7, b->credit)) != SQLITE_OK ||
	    (rc = store_sql_bind_text(stmt, 8, b->duration)) != SQLITE_OK)
		return store_sql_fail(store, rc, "saving blocks", cause);
	return store_sql_done(store, stmt, "saving blocks", cause);
}

static int
store_document_blocks_write(struct store *store, int64_t id,
    const struct doc *doc, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_sql_prepare(store, store_sql_blocks_delete, &stmt,
	    cause) != 0)
		return -1;
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) != SQLITE_OK) {
		sqlite3_finalize(stmt);
		return store_sql_fail(store, rc, "saving blocks", cause);
	}
	rc = store_sql_done(store, stmt, "saving blocks", cause);
	sqlite3_finalize(stmt);
	if (rc != 0 || store_sql_prepare(store, store_sql_block_insert, &stmt,
	    cause) != 0)
		return -1;
	for (size_t i = 0; i < doc->nblocks && rc == 0; i++)
		rc = store_document_block_write(store, stmt, id, i,
		    &doc->blocks[i], cause);
	sqlite3_finalize(stmt);
	return rc;
}

/* Re-anchors every annotation of id in text, inside the caller's
 * transaction, and counts what moved. */
static int
store_document_reanchor(struct store *store, int64_t id, const char *text,
    struct store_open_info *info, char **cause)
{
	struct store_annotation	*list;
	size_t			 n;
	int			 rc = 0;

	if (store_annotation_list(store, id, &list, &n, cause) != 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct store_annotation	*a = &list[i];
		size_t			 start = a->start, end = a->end;
		enum store_anchor_how	 how = store_anchor_apply(text, a);

		if (how == STORE_ANCHOR_ORPHAN)
			info->orphaned++;
		else if (a->start != start || a->end != end)
			info->moved++;
		rc = store_annotation_relocate(store, a, cause);
	}
	store_annotation_list_free(list, n);
	return rc;
}

/* The saved row of doc: 1 (info->id, position, text_changed), 0 when
 * there is none, -1 on error. */
static int
store_document_find_saved(struct store *store, const struct doc *doc,
    const char *identity, const char *source, struct store_open_info *info,
    char **cause)
{
	char	*old = NULL;
	int	 found;

	found = store_document_lookup(store, store_sql_doc_by_identity,
	    identity, &info->id, &old, &info->position, cause);
	if (found == 0 && source != NULL && strncmp(identity,
	    "urn:marginalia:", 15) == 0)
		found = store_document_lookup(store, store_sql_doc_by_source,
		    source, &info->id, &old, &info->position, cause);
	if (found == 1)
		info->text_changed = strcmp(old != NULL ? old : "",
		    doc->text != NULL ? doc->text : "") != 0;
	free(old);
	return found;
}

static int
store_document_save(struct store *store, const struct doc *doc,
    const char *identity, const char *source, int flags,
    struct store_open_info *info, char **cause)
{
	char	*now = store_time_now();
	int	 found, rc = -1;

	found = store_document_find_saved(store, doc, identity, source,
	    info, cause);
	if (found < 0)
		goto out;
	if (found) {
		if (info->text_changed && store_document_reanchor(store,
		    info->id, doc->text != NULL ? doc->text : "", info,
		    cause) != 0)
			goto out;
		rc = store_document_write(store, store_sql_doc_update, doc,
		    identity, source, now, info->id,
		    (flags & STORE_OPEN_KEEP_TIME) != 0, cause);
	} else {
		info->created = 1;
		info->position = 0;
		rc = store_document_write(store, store_sql_doc_insert, doc,
		    identity, source, now, 0, 0, cause);
		info->id = sqlite3_last_insert_rowid(store->db);
	}
	if (rc == 0)
		rc = store_document_blocks_write(store, info->id, doc, cause);
out:
	free(now);
	return rc;
}

int
store_document_open(struct store *store, const struct doc *doc,
    const char *source, int flags, struct store_open_info *info,
    char **cause)
{
	char	*identity = store_document_identity(doc, source);
	char	*src = store_document_source(source);
	int	 rc;

	memset(info, 0, sizeof *info);
	if (store->readonly) {
		/* Nothing can be saved: find what there is, and let the
		 * caller place the notes in memory if the text changed. */
		rc = store_document_find_saved(store, doc, identity, src,
		    info, cause);
		if (rc == 0)
			rc = store_sql_fail(store, SQLITE_READONLY, "", cause);
		rc = rc == 1 ? 0 : -1;
	} else if ((rc = store_tx_begin(store, cause)) == 0) {
		rc = store_document_save(store, doc, identity, src, flags,
		    info, cause);
		if (rc == 0)
			rc = store_tx_commit(store, cause);
		else
			store_tx_rollback(store);
	}
	if (rc == 0 && info->text_changed) {
		size_t	 n = util_utf8_cp_count(doc->text, doc->text_len);

		if (info->position > n)
			info->position = n;
	}
	free(identity);
	free(src);
	return rc;
}

int
store_position_save(struct store *store, int64_t id, size_t position,
    char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_sql_prepare(store, store_sql_position_save, &stmt,
	    cause) != 0) {
		store_tx_rollback(store);
		return -1;
	}
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) != SQLITE_OK ||
	    (rc = sqlite3_bind_int64(stmt, 2, (sqlite3_int64)position)) !=
	    SQLITE_OK)
		rc = store_sql_fail(store, rc, "saving the position", cause);
	else
		rc = store_sql_done(store, stmt, "saving the position", cause);
	sqlite3_finalize(stmt);
	if (rc != 0) {
		store_tx_rollback(store);
		return -1;
	}
	return store_tx_commit(store, cause);
}

static int
store_document_pending_insert(struct store *store, const char *identity,
    int64_t *id, char **cause)
{
	sqlite3_stmt	*stmt;
	char		*now = store_time_now(), *old = NULL;
	size_t		 position;
	int		 rc;

	rc = store_document_lookup(store, store_sql_doc_by_identity, identity,
	    id, &old, &position, cause);
	free(old);
	if (rc != 0 || store_sql_prepare(store, store_sql_doc_pending, &stmt,
	    cause) != 0) {
		free(now);
		return rc > 0 ? 0 : -1;
	}
	if ((rc = store_sql_bind_text(stmt, 1, identity)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 2, store_document_is_url(identity) ?
	    identity : NULL)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 3, now)) == SQLITE_OK)
		rc = store_sql_done(store, stmt, "saving a document", cause);
	else
		rc = store_sql_fail(store, rc, "saving a document", cause);
	sqlite3_finalize(stmt);
	free(now);
	*id = sqlite3_last_insert_rowid(store->db);
	return rc;
}

int
store_document_pending(struct store *store, const char *identity, int64_t *id,
    char **cause)
{
	if (store_tx_begin(store, cause) != 0)
		return -1;
	if (store_document_pending_insert(store, identity, id, cause) != 0) {
		store_tx_rollback(store);
		return -1;
	}
	return store_tx_commit(store, cause);
}
