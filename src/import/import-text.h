/*
 * The text-dump importer's private parts, shared by src/import/import-text*.c:
 * a page is the dump cut into blocks (blank-line-separated runs of lines,
 * wrapped lines joined, every list item a block of its own); each block is
 * measured and scored, the best contiguous run of blocks is the article,
 * and metadata comes from the blocks just before it.
 */
#ifndef MARGINALIA_IMPORT_TEXT_H
#define MARGINALIA_IMPORT_TEXT_H

#include <stddef.h>

#include "doc.h"

/* What a block turned out to be. */
enum import_role {
	IMPORT_ROLE_NONE,	/* outside the article, or boilerplate */
	IMPORT_ROLE_PARAGRAPH,
	IMPORT_ROLE_HEADING,
	IMPORT_ROLE_ITEM,
	IMPORT_ROLE_CAPTION,
	IMPORT_ROLE_MEDIA,
	IMPORT_ROLE_META,	/* byline, date, title or kicker: in meta */
};

/* Shapes a block can have; more than one may hold. */
#define IMPORT_SHAPE_BOILER	0x01	/* share, cookie, skip link, … */
#define IMPORT_SHAPE_STOP	0x02	/* "Related", "Comments", … */
#define IMPORT_SHAPE_BRACKET	0x04	/* "[image]", form fields */
#define IMPORT_SHAPE_ELLIPSIS	0x08	/* a teaser cut short */
#define IMPORT_SHAPE_SENTENCE	0x10	/* ends like a sentence */
#define IMPORT_SHAPE_ITEM	0x20	/* a list item, marker removed */
#define IMPORT_SHAPE_DURATION	0x40	/* "01:51" and nothing else */
#define IMPORT_SHAPE_CREDIT	0x80	/* starts with "Bild:", "Photo:", … */
#define IMPORT_SHAPE_END	0x100	/* "Comments", "Leave a reply", … */

struct import_block {
	char		*text;		/* lines joined by spaces; owned */
	size_t		 len;
	size_t		 mark;		/* bytes of the list marker */
	int		 indent;	/* columns before the first line */
	int		 glued;		/* no blank line before it */
	int		 shape;		/* IMPORT_SHAPE_* */
	int		 words;		/* CJK characters count half a word */
	int		 lower;		/* words starting with a small letter */
	double		 score;
	enum import_role role;
	size_t		 cut;		/* captions: bytes of caption text */
	const char	*extra;		/* caption credit or media duration,
					   in this block's or the next's text */
};

struct import_page {
	struct import_block	*blocks;
	size_t			 n;
	size_t			 cap;
	size_t			 first;		/* the article: blocks first.. */
	size_t			 last;		/* ..last, inclusive */
	int			 found;		/* a region with content exists */
};

/* import-text-lines.c: cutting the dump into blocks. */
void	 import_page_segment(struct import_page *page, const char *text,
	    size_t len);
void	 import_page_clear(struct import_page *page);

/* import-text-classify.c: shapes, scores and the article's region. */
void	 import_page_classify(struct import_page *page);
void	 import_page_region(struct import_page *page);
int	 import_phrase_is_boiler(const char *text, size_t len);

/* import-text-meta.c: dates, bylines, credits, durations, kickers. */
int	 import_date_find(const char *text, size_t len, char iso[11]);
int	 import_byline_parse(const char *text, size_t len, struct doc *doc);
int	 import_credit_find(const char *text, size_t len, size_t *cut,
	    size_t *credit);
int	 import_duration_is(const char *text, size_t len);
void	 import_kicker_add(struct doc *doc, const char *text, size_t len);

#endif
