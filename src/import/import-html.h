/*
 * import-html: what the HTML importer's files share. One parsed page is one
 * struct import_html; every element gets a struct import_html_node hung on
 * its _private field (libxml2 leaves that field to the application), so the
 * passes can score and mark elements without changing the tree.
 *
 * The files, in the order they run:
 *   import-html.c         entry point, parsing and the limits on input;
 *   import-html-attr.c    tag names, class and id as the passes test them;
 *   import-html-meta.c    <head> and visible metadata (title, kicker, …);
 *   import-html-byline.c  byline, dateline and source line as shown;
 *   import-html-jsonld.c  schema.org JSON-LD;
 *   import-html-date.c    the published date from whichever source;
 *   import-html-author.c  names out of bylines and author fields;
 *   import-html-hint.c    what tags, classes and ids say about an element;
 *   import-html-score.c   which elements are boilerplate, which the article;
 *   import-html-clean.c   boilerplate inside the article, by its make-up;
 *   import-html-blocks.c  the article's elements to document blocks;
 *   import-html-figure.c  captions with credits, and media embeds.
 */
#ifndef MARGINALIA_IMPORT_HTML_H
#define MARGINALIA_IMPORT_HTML_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "doc.h"

/* Deeper elements are not looked at (their text is lost, nothing else). */
#define IMPORT_HTML_MAX_DEPTH	256

/* Element flags. */
#define IMPORT_HTML_SKIP	0x01	/* never text: script, hidden … */
#define IMPORT_HTML_UNLIKELY	0x02	/* class/id says boilerplate */
#define IMPORT_HTML_SCORED	0x04	/* score initialised */
#define IMPORT_HTML_DROP	0x08	/* removed from the article */
#define IMPORT_HTML_MEDIA	0x10	/* video or audio embed */
#define IMPORT_HTML_BLOCKY	0x20	/* block-level children */
#define IMPORT_HTML_PROTECT	0x40	/* holds the best text */

/*
 * An element's class and id (NULL when absent), looked up once: the tree
 * does not change after parsing. The pair sets rule searches out
 * (import-html-attr.c); hints caches import-html-hint.c's word lists.
 */
struct import_html_attrs {
	const char	*cls;
	const char	*id;
	uint64_t	 cls_pairs;
	uint64_t	 id_pairs;
	unsigned	 hints;		/* lists that matched */
	unsigned	 hints_known;	/* lists searched */
};

struct import_html_node {
	double		 score;
	unsigned	 flags;
	int		 weight;	/* class/id hints, -50..50 */
	size_t		 text;		/* visible chars below */
	size_t		 links;		/* of which inside links */
	size_t		 commas;
	size_t		 paras;		/* <p> below */
	size_t		 imgs;
	size_t		 lis;
	size_t		 inputs;
	size_t		 embeds;
	size_t		 heads;		/* chars in headings */
	size_t		 direct;	/* text not in blocks */
	/* Last: a scoring attempt resets what is above, not this. */
	struct import_html_attrs attrs;
};

struct import_html_meta {
	char	*title;		/* chosen title */
	char	*h1;		/* the first visible <h1>, no logo */
	xmlNodePtr h1_node;
	char	*item_title;	/* first itemprop=headline, not an <h1> */
	char	*doc_title;	/* <title> */
	char	*og_title;
	char	*ld_title;
	char	*site;
	char	*ld_site;
	char	*url;	/* <link rel=canonical> */
	char	*og_url;
	char	*language;	/* <html lang>, else JSON-LD */
	char	*meta_language;
	char	*published;	/* best meta date */
	int	 published_weak;	/* from a generic name ("date") */
	char	*meta_dates;	/* every date meta tag, ISO, "\n" after each */
	char	*dateline;	/* "Stand: …", "Published …" shown */
	char	*item_published;	/* itemprop=datePublished */
	char	*ld_any_published;	/* JSON-LD, any type */
	char	*ld_published;
	char	*time_date;	/* first <time datetime> */
	char	*ld_authors;	/* "\n"-separated */
	char	*meta_authors;
	char	*byline;	/* visible byline text */
	char	*agency;	/* a visible source credit: "dpa" */
	char	*section;	/* article:section */
	char	*ld_section;
	char	*kicker;	/* a visible kicker element */
};

struct import_html {
	htmlDocPtr			 xdoc;
	xmlNodePtr			 body;
	struct doc			*doc;
	struct import_html_node		*nodes;
	size_t				 nnodes;
	size_t				 nnodes_cap;
	xmlNodePtr			 top;	/* the article */
	xmlNodePtr			*keep;	/* top and siblings */
	size_t				 nkeep;
	int				 strip_unlikely;
	int				 weight_classes;
	int				 clean_conditionally;
	struct import_html_meta		 meta;
};

/* The node data of an element (NULL for other node types). */
struct import_html_node *import_html_node_get(xmlNodePtr node);
/* Clears what a scoring attempt computes; keeps the attributes. */
void	 import_html_node_reset(struct import_html_node *n);
/* Looks up an element's class and id for its node data. */
void	 import_html_attrs_init(struct import_html_attrs *a,
	    xmlNodePtr node);
/* The set of letter pairs (ASCII case folded) in a string, 64 bits, and
 * whether a word may occur in a string of that set (no when one of its
 * pairs is missing). */
uint64_t import_html_pairs(const char *s);
int	 import_html_pairs_may(uint64_t pairs, const char *word);
/* Whether class or id contains word, as import_html_find. */
int	 import_html_attrs_has(const struct import_html_attrs *a,
	    const char *word);

/* Case-insensitive (ASCII) substring search, as glibc's strcasestr, in the
 * first kilobyte of haystack. */
const char *import_html_find(const char *haystack, const char *needle);
/* Whether two names are equal but for ASCII case. */
int	 import_html_name_eq(const char *a, const char *b);
/* Case-insensitive tag test: "p", "div", … */
int	 import_html_tag_is(xmlNodePtr node, const char *name);
/* An attribute's value (libxml2 frees it with xmlFree), or NULL. */
char	*import_html_attr_get(xmlNodePtr node, const char *name);
/* An attribute's value without a copy (valid while the tree is), or
 * NULL when absent or not plain text. */
const char *import_html_attr_peek(xmlNodePtr node, const char *name);
/* An element's text, whitespace collapsed and trimmed; caller frees. */
char	*import_html_text_get(xmlNodePtr node);
/* Decodes character references left in a string that was escaped twice
 * ("&amp;#8211;" in the source). Caller frees. */
char	*import_html_entities_decode(const char *s);
/* Heading level 1..6 of h1..h6, else 0. */
int	 import_html_heading_level(xmlNodePtr node);
/* Whether a tag is block-level for paragraph splitting. */
int	 import_html_tag_block(xmlNodePtr node);
/* A case-insensitive substring test on class and id together. */
int	 import_html_class_has(xmlNodePtr node, const char *word);

/* Short visible text of an element, or NULL when empty or longer than
 * max. Caller frees. */
char	*import_html_meta_short(xmlNodePtr node, size_t max);
/* Looks at one element for a byline, a dateline or an agency source line
 * and keeps the first of each in m. */
void	 import_html_byline_visit(struct import_html_meta *m,
	    xmlNodePtr node);
/* Metadata from meta tags, JSON-LD and visible page elements. */
void	 import_html_meta_collect(struct import_html *h);
void	 import_html_meta_apply(struct import_html *h);
void	 import_html_meta_clear(struct import_html_meta *m);
/* One JSON-LD script's text; fills the ld_ fields not yet set. */
void	 import_html_jsonld_read(struct import_html_meta *m,
	    const char *json, size_t len);
/* Adds the authors named in a list (a byline, a meta value, or JSON-LD
 * names one per line). */
void	 import_html_author_add(struct import_html *h, const char *list);
/* With no author found, the agency a dateline credits ("Bonn (dpa) –"). */
void	 import_html_author_dateline(struct import_html *h);
/* Whether a short text credits news agencies only ("dpa", "AFP/dpa/lno",
 * "Reuters, AP"). */
int	 import_html_author_agency(const char *s);
/* A date in any common form as ISO 8601, or NULL. Caller frees. */
char	*import_html_date_iso(const char *s);
/* Sets the document's published date from the best source. */
void	 import_html_date_apply(struct import_html *h);

/* Marks boilerplate and finds the article container (h->top). */
void	 import_html_score_run(struct import_html *h);
/* Link density: the share of an element's text inside links. */
double	 import_html_score_link_density(const struct import_html_node *n);
/* Class/id weight (±25 each), an attribute substring test, whether an
 * element is a media embed, whether it can never be article text (with
 * h->strip_unlikely, also page furniture and boilerplate classes). */
int	 import_html_hint_weight(xmlNodePtr node);
int	 import_html_hint_attr_has(xmlNodePtr node, const char *name,
	    const char *word);
int	 import_html_hint_media(xmlNodePtr node);
int	 import_html_hint_skip(struct import_html *h, xmlNodePtr node);
/* Whether a kept container is boilerplate by its make-up. */
int	 import_html_clean_junk(const struct import_html_node *n,
	    xmlNodePtr node, int in_figure);
int	 import_html_clean_able(xmlNodePtr node);
/* Marks DROP on boilerplate below node; whole is the article's length. */
void	 import_html_clean_run(struct import_html *h, xmlNodePtr node,
	    int in_figure, int depth, size_t whole);

/* A caption block from cap's text (or fallback, an image's alt, when cap
 * is NULL), its credit split off. */
void	 import_html_figure_caption(struct doc *doc, xmlNodePtr cap,
	    const char *fallback);
/* A media block for an embed, titled and timed from its attributes. */
void	 import_html_figure_media(struct doc *doc, xmlNodePtr node);
/* Whether an embed sits within a few levels below node. */
int	 import_html_figure_has_media(xmlNodePtr node, int depth);
/* The first descendant with a tag (to depth 8), or NULL. */
xmlNodePtr import_html_figure_find(xmlNodePtr node, const char *tag,
	    int depth);

/* Appends the article's blocks to h->doc. */
void	 import_html_blocks_emit(struct import_html *h);

#endif
