/*
 * import: turns loaded text into a finished Document (doc_finish() already
 * called). Input is valid UTF-8 from load; the caller frees the document.
 */
#ifndef MARGINALIA_IMPORT_H
#define MARGINALIA_IMPORT_H

#include <stddef.h>

#include "doc.h"

/*
 * A plain-text dump of a web page (w3m -dump, a browser's "save as text",
 * copy and paste): finds the article among the page's boilerplate, its
 * title, kicker, byline, date, captions with credits, media and headings.
 * Returns NULL with *cause set when no article text is found.
 */
struct doc	*import_text(const char *text, size_t len, char **cause);

/* Every blank-line-separated paragraph as it is: nothing dropped. */
struct doc	*import_plain(const char *text, size_t len, char **cause);

/* Not built yet: returns NULL with "HTML is not supported yet". */
struct doc	*import_html(const char *html, size_t len, char **cause);

/*
 * Feeds (import-feed*.c): RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 read with
 * libxml2 in its safe mode: no network, no DTD loading, no entity
 * expansion, and a feed that declares entities at all (billion laughs,
 * external entities) is refused. Every string is valid UTF-8, cleaned
 * like block text (util_text_clean); NULL when absent.
 */
#define IMPORT_FEED_MAX_SIZE	((size_t)32 * 1024 * 1024)

enum import_feed_kind {
	IMPORT_FEED_RSS,	/* RSS 0.9x and 2.0 */
	IMPORT_FEED_RDF,	/* RSS 1.0 */
	IMPORT_FEED_ATOM,
};

struct import_feed_item {
	char	*title;
	char	*link;		/* an absolute http(s) URL, else NULL */
	char	*date;		/* ISO 8601, YYYY-MM-DD[Thh:mm[:ss]][zone] */
	char	*author;
	char	*summary;	/* plain text (markup removed) */
	char	*guid;		/* the id as given, else the link */
	char	*content;	/* full article as HTML (content:encoded,
				   Atom content), not cleaned: import it */
};

struct import_feed {
	enum import_feed_kind	 kind;
	char			*title;
	char			*link;		/* the site, http(s) only */
	char			*description;
	struct import_feed_item	*items;		/* in document order */
	size_t			 nitems;
	size_t			 nduplicates;	/* items dropped: same guid */
};

/*
 * Reads a feed from xml[0..len) (valid UTF-8, as load hands it on).
 * base_url (may be NULL) resolves relative links, e.g. the feed's URL.
 * Items with a guid seen before are dropped. Returns NULL with *cause set
 * for a document over IMPORT_FEED_MAX_SIZE, XML that is not well-formed,
 * one declaring entities, or one that is not RSS, RDF or Atom. The caller
 * frees the feed with import_feed_free (NULL does nothing).
 */
struct import_feed *import_feed(const char *xml, size_t len,
	    const char *base_url, char **cause);
void	 import_feed_free(struct import_feed *feed);

/* True for an absolute http:// or https:// URL without white space or
 * control characters: the only links marginalia opens. */
int	 import_feed_link_ok(const char *url);

/*
 * An OPML subscription list (import-opml.c), parsed in the feeds' safe
 * mode: every <outline> with an http(s) xmlUrl, at any depth, in document
 * order, its title from title= else text= (cleaned, NULL when blank).
 * Outlines with another or no URL are counted in *skipped. NULL with
 * *cause for XML that is not well-formed, declares entities or is not
 * OPML. Free with import_opml_free.
 */
struct import_opml_feed {
	char	*url;
	char	*title;
};

struct import_opml_feed *import_opml(const char *xml, size_t len,
	    size_t *n, size_t *skipped, char **cause);
void	 import_opml_free(struct import_opml_feed *v, size_t n);

/* The feed as JSON (docs/feeds.md; source as given) or as a numbered list
 * of items for people. Caller frees. */
char	*import_feed_json(const struct import_feed *feed, const char *source);
char	*import_feed_text(const struct import_feed *feed);

#endif
