/*
 * doc: the document model every other module reads (DESIGN.md, "The
 * document model"). Importers build it with the functions below and call
 * doc_finish(); from then on sections, the canonical text and the blocks'
 * code-point offsets are valid. Analysis adds spans, entities and quotes.
 *
 * Structs are public because every stage walks them; only doc functions
 * change them. The document owns every string and array it points to.
 */
#ifndef MARGINALIA_DOC_H
#define MARGINALIA_DOC_H

#include <stddef.h>

enum doc_block_kind {
	DOC_BLOCK_HEADING,
	DOC_BLOCK_PARAGRAPH,
	DOC_BLOCK_BLOCKQUOTE,
	DOC_BLOCK_CAPTION,
	DOC_BLOCK_MEDIA,
	DOC_BLOCK_LIST_ITEM,
	DOC_BLOCK_PREFORMATTED,
};

enum doc_span_kind {
	DOC_SPAN_ENTITY,
	DOC_SPAN_QUOTE,
	DOC_SPAN_LINK,
	DOC_SPAN_EMPHASIS,
};

/* A range of a block's text, in bytes, end exclusive. */
struct doc_span {
	enum doc_span_kind	 kind;
	size_t			 start;
	size_t			 end;
	char			*target;	/* DOC_SPAN_LINK: the URL */
	int			 ref;		/* entity or quote id, else -1 */
};

struct doc_block {
	enum doc_block_kind	 kind;
	int			 level;		/* headings: 1..6 */
	char			*text;		/* clean UTF-8, NFC, never NULL */
	size_t			 text_len;
	char			*credit;	/* captions: "Bild: …" split off */
	char			*duration;	/* media: "01:51" */
	size_t			 section;	/* valid after doc_finish() */
	size_t			 start;		/* code points into the canonical */
	size_t			 end;		/* text, valid after doc_finish() */
	struct doc_span		*spans;
	size_t			 nspans;
};

struct doc_section {
	char	*title;		/* NULL for the lead, section 0 */
	size_t	 first_block;
	size_t	 last_block;	/* inclusive */
};

enum doc_entity_type {
	DOC_ENTITY_PERSON,
	DOC_ENTITY_PLACE,
	DOC_ENTITY_ORGANISATION,
	DOC_ENTITY_OTHER,
};

/* A mention in canonical-text code points, end exclusive. */
struct doc_mention {
	size_t	 start;
	size_t	 end;
	char	*text;
};

struct doc_entity {
	int			 id;
	char			*name;
	enum doc_entity_type	 type;
	struct doc_mention	*mentions;
	size_t			 nmentions;
};

enum doc_quote_kind {
	DOC_QUOTE_DIRECT,
	DOC_QUOTE_INDIRECT,
};

struct doc_quote {
	int			 id;
	enum doc_quote_kind	 kind;
	char			*text;
	size_t			 start;		/* canonical-text code points */
	size_t			 end;
	char			*speaker;	/* as written, or NULL */
	int			 speaker_entity; /* entity id, or -1 */
	char			*role;
	char			*cue;
};

struct doc_meta {
	char	 *title;
	char	**kicker;
	size_t	  nkicker;
	char	**authors;
	size_t	  nauthors;
	char	 *location;
	char	 *published;	/* ISO 8601: YYYY-MM-DD[Thh:mm…] */
	char	 *url;
	char	 *site;
	char	 *language;	/* "de", "en", … */
};

struct doc {
	struct doc_meta		 meta;
	struct doc_block	*blocks;
	size_t			 nblocks;
	struct doc_section	*sections;
	size_t			 nsections;
	struct doc_entity	*entities;
	size_t			 nentities;
	struct doc_quote	*quotes;
	size_t			 nquotes;
	char			*text;		/* canonical text, after finish */
	size_t			 text_len;	/* in bytes */
	size_t			 blocks_cap, entities_cap, quotes_cap;
};

struct doc	*doc_create(void);
void		 doc_free(struct doc *doc);	/* NULL does nothing */

/*
 * Metadata setters copy their argument after util_text_clean(); NULL or a
 * string that cleans to "" clears the field (the adders then add nothing).
 */
void	 doc_meta_set_title(struct doc *doc, const char *title);
void	 doc_meta_add_kicker(struct doc *doc, const char *kicker);
void	 doc_meta_add_author(struct doc *doc, const char *author);
void	 doc_meta_set_location(struct doc *doc, const char *location);
void	 doc_meta_set_published(struct doc *doc, const char *iso_date);
void	 doc_meta_set_url(struct doc *doc, const char *url);
void	 doc_meta_set_site(struct doc *doc, const char *site);
void	 doc_meta_set_language(struct doc *doc, const char *language);

/*
 * Appends a block whose text is text[0..len) after util_text_clean() (input
 * must be valid UTF-8). Returns the new block, or NULL (nothing appended)
 * when the text cleans to "". The pointer is valid until the next append.
 */
struct doc_block *doc_block_append(struct doc *doc, enum doc_block_kind kind,
	    const char *text, size_t len);
void	 doc_block_set_credit(struct doc_block *block, const char *credit);
void	 doc_block_set_duration(struct doc_block *block, const char *duration);
/* Adds a span (byte offsets into block->text); target is copied. */
void	 doc_block_add_span(struct doc_block *block, enum doc_span_kind kind,
	    size_t start, size_t end, const char *target, int ref);

/*
 * Derives sections from the headings, joins the blocks' texts with a blank
 * line into the canonical text and sets every block's start/end. Call it
 * once the blocks are complete; calling it again recomputes.
 */
void	 doc_finish(struct doc *doc);

/* Code-point offset in the canonical text of byte `byte` of block i. */
size_t	 doc_block_cp_offset(const struct doc *doc, size_t i, size_t byte);

/* Entities and quotes get ids 0, 1, … in order of adding. Strings are
 * copied; role, cue and speaker may be NULL. */
struct doc_entity *doc_entity_add(struct doc *doc, const char *name,
	    enum doc_entity_type type);
void	 doc_entity_add_mention(struct doc_entity *entity, size_t start,
	    size_t end, const char *text);
struct doc_quote *doc_quote_add(struct doc *doc, enum doc_quote_kind kind,
	    const char *text, size_t start, size_t end);
void	 doc_quote_set_speaker(struct doc_quote *quote, const char *speaker,
	    int speaker_entity);
void	 doc_quote_set_role(struct doc_quote *quote, const char *role);
void	 doc_quote_set_cue(struct doc_quote *quote, const char *cue);

const char *doc_block_kind_name(enum doc_block_kind kind);
const char *doc_entity_type_name(enum doc_entity_type type);
const char *doc_quote_kind_name(enum doc_quote_kind kind);

#endif
