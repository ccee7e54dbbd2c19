/*
 * What the feed importer's files share (import-feed*.c); not for other
 * modules.
 */
#ifndef MARGINALIA_IMPORT_FEED_H
#define MARGINALIA_IMPORT_FEED_H

#include <libxml/tree.h>

#include "import.h"

#define IMPORT_FEED_NS_ATOM	"http://www.w3.org/2005/Atom"
#define IMPORT_FEED_NS_RDF	"http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define IMPORT_FEED_NS_RSS1	"http://purl.org/rss/1.0/"
#define IMPORT_FEED_NS_DC	"http://purl.org/dc/elements/1.1/"
#define IMPORT_FEED_NS_CONTENT	"http://purl.org/rss/1.0/modules/content/"

/* Parses xml in the safe mode (import-feed.c's top comment: no network,
 * no DTD, no entities, a document declaring any refused); NULL with
 * *cause set. Shared with the OPML reader. */
xmlDocPtr import_feed_parse(const char *xml, size_t len, const char *base,
	    char **cause);

/* An element named name in namespace ns (NULL: in no namespace). */
int	 import_feed_node_is(xmlNodePtr node, const char *ns,
	    const char *name);
/* The first such child element of parent, or NULL. */
xmlNodePtr import_feed_node_child(xmlNodePtr parent, const char *ns,
	    const char *name);
/* The text inside node, cleaned; NULL when there is none. Caller frees. */
char	*import_feed_node_text(xmlNodePtr node);
/* An attribute's value, cleaned; NULL when absent or blank. */
char	*import_feed_node_attr(xmlNodePtr node, const char *name);

/* The text of an HTML fragment, tags dropped, cleaned; NULL when blank. */
char	*import_feed_html_text(const char *html);
/* An RFC 822 or ISO 8601 date as ISO 8601; NULL when it is neither. */
char	*import_feed_date_iso(const char *date);
/* href resolved against base (may be NULL), cleaned; NULL unless the
 * result passes import_feed_link_ok. Caller frees. */
char	*import_feed_link_resolve(const char *href, const char *base);

/* Reads one RSS or RDF item (its elements in namespace ns), or one Atom
 * entry; the caller frees it with import_feed_item_clear. Relative links
 * resolve against the node's base (xml:base, else the document's URL). */
void	 import_feed_item_rss(xmlNodePtr item, const char *ns,
	    struct import_feed_item *out);
void	 import_feed_item_atom(xmlNodePtr entry,
	    struct import_feed_item *out);
void	 import_feed_item_clear(struct import_feed_item *item);
/* An Atom text construct (title, summary) as plain text. */
char	*import_feed_atom_text(xmlNodePtr node);
/* The link an Atom element (feed or entry) points readers to. */
char	*import_feed_atom_link(xmlNodePtr parent);
/* href resolved against node's base; NULL unless http(s). */
char	*import_feed_node_link(xmlNodePtr node, const char *href);

#endif
