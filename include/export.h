/*
 * export: the document model written out for people and programs. The dump
 * formats are those of DESIGN.md ("The dump JSON", version 1). Every
 * function returns a NUL-terminated string the caller frees.
 */
#ifndef MARGINALIA_EXPORT_H
#define MARGINALIA_EXPORT_H

#include "doc.h"

#define EXPORT_DUMP_VERSION 1

/* The dump JSON; source is printed as given. */
char	*export_dump_json(const struct doc *doc, const char *source);
/* The readable article as plain text, then who said what. */
char	*export_dump_text(const struct doc *doc);
/* Markdown: title, byline, ## headings, > quotes, captions in italics. */
char	*export_dump_md(const struct doc *doc);

/*
 * Notes (export-notes*.c, docs/notes.md). One article's notes as the note
 * exporters read them: the library row, its annotations (as listed by
 * store_annotation_list: by position, orphaned last) and, for sections and
 * who-said-what, the document (analysed for quotes; may be NULL).
 */
struct store;
struct store_document;
struct store_annotation;
struct store_feed;

struct export_notes_doc {
	const struct doc		*doc;
	const struct store_document	*info;
	const struct store_annotation	*notes;
	size_t				 nnotes;
};

#define EXPORT_NOTES_VERSION	1
#define EXPORT_NOTES_QUOTES	0x1	/* Markdown: add who said what */

/* Markdown by article and section: title, byline, source, then each quote
 * as a > block with its note, tags and date beneath. */
char	*export_notes_md(const struct export_notes_doc *docs, size_t n,
	    int flags);
/* The notes model as JSON ({"marginalia_notes": 1, "documents": […]}). */
char	*export_notes_json(const struct export_notes_doc *docs, size_t n);
/* W3C Web Annotation JSON-LD: an array, one Annotation per note. */
char	*export_notes_w3c(const struct export_notes_doc *docs, size_t n);
/*
 * Takes a W3C export (an array, one Annotation, or an AnnotationCollection
 * or AnnotationPage with items) back into store: documents are found by
 * target source (or created, without text, until opened), annotations by
 * id (so importing twice changes nothing). *imported and *skipped (no
 * TextQuoteSelector) are counted. -1 with *cause on bad JSON or store
 * errors.
 */
int	 export_notes_import(struct store *store, const char *json, size_t len,
	    size_t *imported, size_t *skipped, char **cause);
/*
 * Writes data to path atomically: a temporary file in the same directory,
 * fsync, then rename. Refuses an existing path unless force. -1 with
 * *cause on failure, the old file (if any) untouched.
 */
int	 export_notes_file_write(const char *path, const char *data,
	    size_t len, int force, char **cause);

/* The commands (export-cli.c). argv[0] is the command's name; each
 * returns the exit status: 0, or 2 after one "marginalia: …" line. */
int	 export_cli_notes(int argc, char **argv);
int	 export_cli_export(int argc, char **argv);
int	 export_cli_import(int argc, char **argv);
int	 export_cli_note(int argc, char **argv);
/* marginalia feeds [import FILE | export [-o FILE]] and marginalia feed
 * add|remove URL (export-feeds-cli.c); argv[0] is "feeds" or "feed". */
int	 export_cli_feeds(int argc, char **argv);
int	 export_cli_feed(int argc, char **argv);

/* Subscriptions as OPML 2.0, every title and URL cleaned and escaped
 * (export-opml.c). Caller frees. */
char	*export_opml(const struct store_feed *feeds, size_t n);

#endif
