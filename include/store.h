/*
 * store: the annotation library (DESIGN.md, "The annotation model"). One
 * SQLite database, library.db, in $MARGINALIA_HOME, else
 * $XDG_DATA_HOME/marginalia, else ~/.local/share/marginalia. It keeps every
 * opened document (identity, metadata, blocks, canonical text, reading
 * position, when it was opened) and its annotations.
 *
 * Offsets are Unicode code points into a document's canonical text, end
 * exclusive, like everywhere else in marginalia. Every change is one
 * transaction, so a killed process leaves either the whole change or none.
 *
 * Errors: every function that touches the database returns -1 (or NULL) and
 * fills an optional *cause (caller frees) with a sentence a reader can act
 * on — read-only, locked, disk full, damaged — never a crash; the store
 * stays usable after a failed call.
 */
#ifndef MARGINALIA_STORE_H
#define MARGINALIA_STORE_H

#include <stddef.h>
#include <stdint.h>

struct doc;
struct store;

#define STORE_SCHEMA_VERSION	3
#define STORE_DB_NAME		"library.db"
/* Characters of context on each side in a TextQuoteSelector. */
#define STORE_CONTEXT_LEN	32
/* How long a write waits for another process's lock, in milliseconds. */
#define STORE_BUSY_TIMEOUT	5000

/*
 * One annotation. The store owns nothing of a struct the caller fills; the
 * lists below hand out arrays whose strings the caller frees with
 * store_annotation_list_free(). A plain highlight has note "".
 */
struct store_annotation {
	int64_t	  id;		/* row id, 0 before it is saved */
	char	 *uri;		/* "urn:uuid:…", kept by export/import */
	int64_t	  document;
	char	 *exact;	/* TextQuoteSelector */
	char	 *prefix;
	char	 *suffix;
	size_t	  start;	/* TextPositionSelector */
	size_t	  end;
	char	 *note;		/* UTF-8, "" for a highlight */
	char	**tags;
	size_t	  ntags;
	char	 *colour;	/* a name such as "yellow", or NULL */
	char	 *created;	/* ISO 8601 UTC: 2026-11-27T05:23:38Z */
	char	 *modified;
	int	  orphaned;	/* re-anchoring could not place it */
};

/* A document as the library screen and the exporters see it. */
struct store_document {
	int64_t	  id;
	char	 *identity;	/* the URL, or urn:marginalia:fnv1a64:… */
	char	 *source;	/* absolute path or URL, or NULL */
	char	 *title;
	char	 *site;
	char	 *url;
	char	 *published;
	char	 *opened;	/* ISO 8601 UTC */
	size_t	  position;	/* reading position, code points */
	size_t	  nnotes;	/* annotations, orphaned ones included */
};

/* What store_document_open() found. */
struct store_open_info {
	int64_t	 id;
	size_t	 position;	/* where the reader left; 0 when new */
	int	 created;	/* first time this document is seen */
	int	 text_changed;	/* stored text differed: re-anchored */
	size_t	 moved;		/* notes placed somewhere new */
	size_t	 orphaned;	/* notes that could not be placed */
};

/* store_document_open() flags. */
#define STORE_OPEN_KEEP_TIME	0x1	/* do not move it to the top */

/*
 * The directory of the library (see above), created with mode 0700 when
 * missing. Caller frees; NULL with *cause when it cannot be made.
 */
char	*store_dir_resolve(char **cause);

/*
 * Opens (creating and migrating as needed) the library in dir, or in
 * store_dir_resolve() when dir is NULL. A read-only database opens for
 * reading; writes then fail with a clear cause. NULL with *cause on
 * failure.
 */
struct store *store_open(const char *dir, char **cause);
void	 store_close(struct store *store);	/* NULL does nothing */
/* The database file's path; owned by the store. */
const char *store_path(const struct store *store);
/* True when changes cannot be saved (file or directory read-only). */
int	 store_readonly(const struct store *store);
/* How long a write waits for a lock held by another process. */
void	 store_busy_timeout_set(struct store *store, int ms);

/*
 * Records that doc (finished, from source: a path, URL or NULL) is open:
 * saves or refreshes its identity, metadata, blocks and canonical text and
 * its opened time. When the stored text differs, re-anchors every
 * annotation in the same transaction. Fills *info.
 *
 * In a read-only library nothing is written: a saved document is found
 * (when info->text_changed, place the listed annotations in memory with
 * store_anchor_apply), an unknown one fails with the read-only cause.
 */
int	 store_document_open(struct store *store, const struct doc *doc,
	    const char *source, int flags, struct store_open_info *info,
	    char **cause);
/* The document with this identity, created without text (an import of
 * notes on an article not read here yet) when missing. */
int	 store_document_pending(struct store *store, const char *identity,
	    int64_t *id, char **cause);
/* Saves the reading position (code points) of document id. */
int	 store_position_save(struct store *store, int64_t id,
	    size_t position, char **cause);
/*
 * The document with this identity, URL or source (a path is made
 * absolute first). 1 and *id when found, 0 when not, -1 on error.
 */
int	 store_document_find(struct store *store, const char *key,
	    int64_t *id, char **cause);
/* Rebuilds a stored document (metadata, blocks, canonical text; no
 * analysis) to read or export it without its source. Caller frees. */
struct doc *store_document_load(struct store *store, int64_t id,
	    char **cause);
/* One document's library row; free with store_document_clear(). */
int	 store_document_get(struct store *store, int64_t id,
	    struct store_document *out, char **cause);
/* Every document, most recently opened first, with its notes count.
 * Caller frees with store_document_list_free(). */
int	 store_document_list(struct store *store,
	    struct store_document **out, size_t *n, char **cause);
void	 store_document_clear(struct store_document *d);
void	 store_document_list_free(struct store_document *list, size_t n);
/* The identity DESIGN.md gives doc: its URL, a URL source, or a hash of
 * its canonical text. Caller frees. */
char	*store_document_identity(const struct doc *doc, const char *source);

/*
 * Saves a new annotation on document doc_id. The caller sets start, end,
 * note (NULL for ""), tags, colour; when exact is NULL the selectors are
 * taken from the stored canonical text. Fills a->id, uri (unless set),
 * document, selectors, created and modified (unless set), so the caller
 * can show it at once; a->* strings the store filled are the caller's to
 * free with store_annotation_clear().
 */
int	 store_annotation_add(struct store *store, int64_t doc_id,
	    struct store_annotation *a, char **cause);
/* Saves a->note, tags and colour of annotation a->id; modified = now. */
int	 store_annotation_update(struct store *store,
	    struct store_annotation *a, char **cause);
int	 store_annotation_delete(struct store *store, int64_t id,
	    char **cause);
/* Annotations of doc_id by position, orphaned ones last. Caller frees
 * with store_annotation_list_free(). */
int	 store_annotation_list(struct store *store, int64_t doc_id,
	    struct store_annotation **out, size_t *n, char **cause);
/* The annotation with this uri: 1 and *id, 0 when none, -1 on error. */
int	 store_annotation_find(struct store *store, const char *uri,
	    int64_t *id, char **cause);
/*
 * Saves an annotation as given (import): every field is taken from a,
 * created/modified included; an annotation with the same uri is replaced.
 * The document must exist. Its anchor is checked against the stored text.
 */
int	 store_annotation_import(struct store *store, int64_t doc_id,
	    struct store_annotation *a, char **cause);
void	 store_annotation_clear(struct store_annotation *a);
void	 store_annotation_list_free(struct store_annotation *list,
	    size_t n);
/* Sets a's tags to a copy of tags[0..n). */
void	 store_annotation_set_tags(struct store_annotation *a,
	    const char *const *tags, size_t n);

/*
 * Selectors and anchoring (store-anchor.c), pure functions on text.
 * store_selector_make fills a->exact, prefix and suffix (freeing old ones)
 * and start/end from text[start..end) in code points, clamped to the text.
 */
void	 store_selector_make(const char *text, size_t start, size_t end,
	    struct store_annotation *a);

enum store_anchor_how {
	STORE_ANCHOR_POSITION,	/* the old position still holds exact */
	STORE_ANCHOR_EXACT,	/* exact found elsewhere (best context) */
	STORE_ANCHOR_FUZZY,	/* a close match (small edits) */
	STORE_ANCHOR_ORPHAN,	/* nowhere: keep it, marked orphaned */
};

/* Where a's selectors fall in text: sets *start and *end unless ORPHAN. */
enum store_anchor_how store_anchor_find(const char *text,
	    const struct store_annotation *a, size_t *start, size_t *end);
/* Re-anchors a in text: updates position and selectors, or marks it
 * orphaned (keeping its selectors). */
enum store_anchor_how store_anchor_apply(const char *text,
	    struct store_annotation *a);
/* The name of a (for messages and tests): "position", "exact", … */
const char *store_anchor_how_name(enum store_anchor_how how);

/*
 * Feeds (store-feed.c): subscriptions, and which items of a feed were
 * read. A feed is named by its URL (or a file's absolute path), an item
 * by its guid (the feed importer's, which falls back to the link).
 */
struct store_feed {
	char	*url;
	char	*title;		/* NULL until known */
	char	*added;		/* ISO 8601 UTC */
};

/* Subscribes to url (title may be NULL; a known feed gets the title when
 * one is given). 1 when added, 0 when it was there, -1 on error. */
int	 store_feed_add(struct store *store, const char *url,
	    const char *title, char **cause);
/* 1 when removed, 0 when it was not subscribed, -1 on error. */
int	 store_feed_remove(struct store *store, const char *url,
	    char **cause);
/* Every subscription in the order added. Caller frees with
 * store_feed_list_free(). */
int	 store_feed_list(struct store *store, struct store_feed **out,
	    size_t *n, char **cause);
void	 store_feed_list_free(struct store_feed *list, size_t n);
/* Marks item guid of feed as read (again: no change). */
int	 store_feed_read_set(struct store *store, const char *feed,
	    const char *guid, char **cause);
/* 1 when item guid of feed was read, 0 when not, -1 on error. */
int	 store_feed_read_get(struct store *store, const char *feed,
	    const char *guid, char **cause);

/* The current time as ISO 8601 UTC. Caller frees. */
char	*store_time_now(void);

#endif
