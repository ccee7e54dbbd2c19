/*
 * Reading the library back: the list of saved documents for the library
 * screen, one document's row, finding one by a name the user gives, and
 * rebuilding a document from its saved blocks and text.
 *
 * The list reads no canonical text, so it stays fast with thousands of
 * documents; the notes count is a correlated count over the
 * annotations(document, pos_start) index.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "store-int.h"

#define STORE_DOCUMENT_COLUMNS						\
	"SELECT d.id, d.identity, d.source, d.title, d.site, d.url,"	\
	" d.published, d.opened, d.position,"				\
	" (SELECT count(*) FROM annotations a WHERE a.document = d.id)"	\
	" FROM documents d"

static const char store_sql_doc_list[] = STORE_DOCUMENT_COLUMNS
	" ORDER BY d.opened DESC, d.id DESC";
static const char store_sql_doc_get[] = STORE_DOCUMENT_COLUMNS
	" WHERE d.id = ?1";
static const char store_sql_doc_find[] =
	"SELECT id FROM documents WHERE identity = ?1 OR url = ?1"
	" OR source = ?2 ORDER BY opened DESC, id DESC LIMIT 1";
static const char store_sql_doc_load[] =
	"SELECT title, kicker, authors, location, published, url, site,"
	" language, text FROM documents WHERE id = ?1";
static const char store_sql_blocks_load[] =
	"SELECT kind, level, pos_start, pos_end, credit, duration"
	" FROM blocks WHERE document = ?1 ORDER BY idx";
static const char store_sql_doc_text[] =
	"SELECT text FROM documents WHERE id = ?1";

static void
store_library_row(sqlite3_stmt *stmt, struct store_document *d)
{
	d->id = sqlite3_column_int64(stmt, 0);
	d->identity = store_sql_column_text(stmt, 1);
	d->source = store_sql_column_text(stmt, 2);
	d->title = store_sql_column_text(stmt, 3);
	d->site = store_sql_column_text(stmt, 4);
	d->url = store_sql_column_text(stmt, 5);
	d->published = store_sql_column_text(stmt, 6);
	d->opened = store_sql_column_text(stmt, 7);
	d->position = (size_t)sqlite3_column_int64(stmt, 8);
	d->nnotes = (size_t)sqlite3_column_int64(stmt, 9);
}

int
store_document_list(struct store *store, struct store_document **out,
    size_t *n, char **cause)
{
	sqlite3_stmt	*stmt;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (store_sql_prepare(store, store_sql_doc_list, &stmt, cause) != 0)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		store_library_row(stmt, &(*out)[(*n)++]);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		store_document_list_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_sql_fail(store, rc, "listing documents", cause);
	}
	return 0;
}

int
store_document_get(struct store *store, int64_t id,
    struct store_document *out, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc;

	memset(out, 0, sizeof *out);
	if (store_sql_prepare(store, store_sql_doc_get, &stmt, cause) != 0)
		return -1;
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) == SQLITE_OK &&
	    (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		store_library_row(stmt, out);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return util_cause_set(cause, "no document %lld in the library",
		    (long long)id);
	if (rc != SQLITE_ROW)
		return store_sql_fail(store, rc, "reading a document", cause);
	return 0;
}

int
store_document_find(struct store *store, const char *key, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*stmt;
	char		*source = store_document_source(key);
	int		 rc;

	if (store_sql_prepare(store, store_sql_doc_find, &stmt, cause) != 0) {
		free(source);
		return -1;
	}
	if ((rc = store_sql_bind_text(stmt, 1, key)) == SQLITE_OK &&
	    (rc = store_sql_bind_text(stmt, 2, source)) == SQLITE_OK &&
	    (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	free(source);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return store_sql_fail(store, rc, "finding a document", cause);
}

char *
store_document_text(struct store *store, int64_t id, char **cause)
{
	sqlite3_stmt	*stmt;
	char		*text = NULL;
	int		 rc;

	if (store_sql_prepare(store, store_sql_doc_text, &stmt, cause) != 0)
		return NULL;
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) == SQLITE_OK &&
	    (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		text = store_sql_column_text(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		util_cause_set(cause, "no document %lld in the library",
		    (long long)id);
	else if (rc != SQLITE_ROW)
		store_sql_fail(store, rc, "reading a document", cause);
	return text;
}

static void
store_library_meta(sqlite3_stmt *stmt, struct doc *doc)
{
	char	**list;
	size_t	  n;

	doc_meta_set_title(doc, (const char *)sqlite3_column_text(stmt, 0));
	n = store_strings_split((const char *)sqlite3_column_text(stmt, 1),
	    &list);
	for (size_t i = 0; i < n; i++)
		doc_meta_add_kicker(doc, list[i]);
	store_strings_free(list, n);
	n = store_strings_split((const char *)sqlite3_column_text(stmt, 2),
	    &list);
	for (size_t i = 0; i < n; i++)
		doc_meta_add_author(doc, list[i]);
	store_strings_free(list, n);
	doc_meta_set_location(doc, (const char *)sqlite3_column_text(stmt, 3));
	doc_meta_set_published(doc,
	    (const char *)sqlite3_column_text(stmt, 4));
	doc_meta_set_url(doc, (const char *)sqlite3_column_text(stmt, 5));
	doc_meta_set_site(doc, (const char *)sqlite3_column_text(stmt, 6));
	doc_meta_set_language(doc, (const char *)sqlite3_column_text(stmt, 7));
}

static enum doc_block_kind
store_library_kind(const char *name)
{
	for (int k = DOC_BLOCK_HEADING; k <= DOC_BLOCK_PREFORMATTED; k++) {
		if (name != NULL && strcmp(name,
		    doc_block_kind_name((enum doc_block_kind)k)) == 0)
			return (enum doc_block_kind)k;
	}
	return DOC_BLOCK_PARAGRAPH;
}

/* Byte offset of code point cp, walking on from (*at_cp, *at_byte). */
static size_t
store_library_byte(const char *text, size_t len, size_t cp, size_t *at_cp,
    size_t *at_byte)
{
	while (*at_cp < cp && *at_byte < len) {
		int32_t	 c;
		int	 used = util_utf8_decode(text + *at_byte,
		    len - *at_byte, &c);

		*at_byte += used > 0 ? (size_t)used : 1;
		(*at_cp)++;
	}
	return *at_byte;
}

/* Adds the saved blocks; 0 when they do not fit the text (then the caller
 * falls back to paragraphs), -1 when reading them failed (*rc). */
static int
store_library_blocks(sqlite3_stmt *stmt, const char *text, struct doc *doc,
    int *rc)
{
	size_t	 len = strlen(text), at_cp = 0, at_byte = 0, last = 0;

	while ((*rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		size_t	 s = (size_t)sqlite3_column_int64(stmt, 2);
		size_t	 e = (size_t)sqlite3_column_int64(stmt, 3);
		size_t	 bs, be;
		struct doc_block *b;

		if (s < last || e < s)
			return 0;
		last = e;
		bs = store_library_byte(text, len, s, &at_cp, &at_byte);
		be = store_library_byte(text, len, e, &at_cp, &at_byte);
		b = doc_block_append(doc, store_library_kind((const char *)
		    sqlite3_column_text(stmt, 0)), text + bs, be - bs);
		if (b == NULL)
			continue;
		b->level = sqlite3_column_int(stmt, 1);
		doc_block_set_credit(b, (const char *)
		    sqlite3_column_text(stmt, 4));
		doc_block_set_duration(b, (const char *)
		    sqlite3_column_text(stmt, 5));
	}
	doc_finish(doc);
	return doc->text != NULL && strcmp(doc->text, text) == 0;
}

/* Without usable blocks: one paragraph per blank-line-separated part,
 * which gives back the same canonical text. */
static void
store_library_paragraphs(struct doc *doc, const char *text)
{
	const char	*p = text;

	while (*p != '\0') {
		const char	*end = strstr(p, "\n\n");
		size_t		 len = end != NULL ? (size_t)(end - p) :
		    strlen(p);

		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, p, len);
		p += len;
		while (*p == '\n')
			p++;
	}
	doc_finish(doc);
}

/* A document with the saved metadata and no blocks yet; *text gets the
 * saved canonical text. */
static struct doc *
store_library_doc(struct store *store, int64_t id, char **text, char **cause)
{
	sqlite3_stmt	*stmt;
	struct doc	*doc;
	int		 rc;

	if (store_sql_prepare(store, store_sql_doc_load, &stmt, cause) != 0)
		return NULL;
	doc = doc_create();
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) == SQLITE_OK &&
	    (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		store_library_meta(stmt, doc);
		*text = store_sql_column_text(stmt, 8);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return doc;
	doc_free(doc);
	if (rc == SQLITE_DONE)
		util_cause_set(cause, "no document %lld in the library",
		    (long long)id);
	else
		store_sql_fail(store, rc, "reading a document", cause);
	return NULL;
}

/* Adds the saved blocks to doc: 1 when they rebuild the saved text, 0 when
 * not, -1 on error. */
static int
store_library_rebuild(struct store *store, int64_t id, struct doc *doc,
    const char *text, char **cause)
{
	sqlite3_stmt	*stmt;
	int		 rc, fits;

	if (store_sql_prepare(store, store_sql_blocks_load, &stmt, cause) != 0)
		return -1;
	if ((rc = sqlite3_bind_int64(stmt, 1, id)) != SQLITE_OK) {
		sqlite3_finalize(stmt);
		return store_sql_fail(store, rc, "reading blocks", cause);
	}
	fits = store_library_blocks(stmt, text, doc, &rc);
	sqlite3_finalize(stmt);
	if (fits < 0)
		return store_sql_fail(store, rc, "reading blocks", cause);
	return fits;
}

struct doc *
store_document_load(struct store *store, int64_t id, char **cause)
{
	struct doc	*doc;
	char		*text = NULL;
	int		 fits;

	if ((doc = store_library_doc(store, id, &text, cause)) == NULL)
		return NULL;
	if (text == NULL)
		text = xstrdup("");
	fits = store_library_rebuild(store, id, doc, text, cause);
	if (fits == 0) {
		doc_free(doc);
		free(text);
		text = NULL;
		if ((doc = store_library_doc(store, id, &text, cause)) != NULL)
			store_library_paragraphs(doc, text != NULL ? text :
			    "");
	} else if (fits < 0) {
		doc_free(doc);
		doc = NULL;
	}
	free(text);
	return doc;
}

void
store_document_clear(struct store_document *d)
{
	if (d == NULL)
		return;
	free(d->identity);
	free(d->source);
	free(d->title);
	free(d->site);
	free(d->url);
	free(d->published);
	free(d->opened);
	memset(d, 0, sizeof *d);
}

void
store_document_list_free(struct store_document *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_document_clear(&list[i]);
	free(list);
}
