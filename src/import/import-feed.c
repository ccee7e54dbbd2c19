/*
 * import-feed: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 into struct import_feed.
 *
 * The XML parser runs in its safe mode. It never touches the network
 * (XML_PARSE_NONET), never loads a DTD and never substitutes entities (no
 * XML_PARSE_DTDLOAD, no XML_PARSE_NOENT), and keeps libxml2's default
 * limits (no XML_PARSE_HUGE). On top of that a feed that declares any
 * entity is refused outright: the SAX entity callbacks stop the parser at
 * the first declaration, before any reference to it is read. No honest
 * feed needs its own entities, and refusing them closes both billion
 * laughs (entities nested to expand without bound) and XXE (an entity
 * that reads a local file or a URL) without relying on later checks.
 *
 * Raw control bytes (an ESC in a title) make XML ill-formed, but feeds
 * carry them; they are stripped, whole escape sequences at once, before
 * parsing, so such a feed is read and nothing of the sequence survives.
 *
 * Items keep document order; a later item whose guid was already seen is
 * dropped (feeds repeat items when they are stitched from several pages).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "import-feed.h"
#include "util.h"

/* What the SAX entity hooks saw (ctxt->_private). */
struct import_feed_guard {
	int	 declared;
	int	 external;
	char	 name[48];
	int	 error_line;	/* the first error: the cause, not a symptom */
	char	 error[160];
};

/* Stops the parse at an entity declaration and remembers which. */
static void
import_feed_guard_stop(void *ctx, const xmlChar *name, const xmlChar *pub,
    const xmlChar *sys)
{
	xmlParserCtxtPtr		 ctxt = ctx;
	struct import_feed_guard	*g = ctxt->_private;
	size_t				 n = 0;

	if (!g->declared) {
		g->declared = 1;
		g->external = pub != NULL || sys != NULL;
		for (; name != NULL && name[n] != '\0' &&
		    n + 1 < sizeof g->name; n++)
			g->name[n] = name[n] > ' ' && name[n] < 0x7f ?
			    (char)name[n] : '?';
		g->name[n] = '\0';
	}
	xmlStopParser(ctxt);
}

static void
import_feed_guard_entity(void *ctx, const xmlChar *name, int type,
    const xmlChar *pub, const xmlChar *sys, xmlChar *content)
{
	(void)type;
	(void)content;
	import_feed_guard_stop(ctx, name, pub, sys);
}

static void
import_feed_guard_unparsed(void *ctx, const xmlChar *name,
    const xmlChar *pub, const xmlChar *sys, const xmlChar *notation)
{
	(void)notation;
	import_feed_guard_stop(ctx, name, pub, sys);
}

/* A second guard: whatever slipped past the hooks, a DTD with entities. */
static int
import_feed_guard_dtd(xmlDocPtr doc)
{
	xmlDtdPtr	 dtd = doc->intSubset;

	return dtd != NULL && ((dtd->entities != NULL &&
	    xmlHashSize(dtd->entities) > 0) || (dtd->pentities != NULL &&
	    xmlHashSize(dtd->pentities) > 0));
}

/* Keeps the parser's first error, on one printable line. */
static void
import_feed_guard_error(void *ctx, xmlErrorPtr e)
{
	xmlParserCtxtPtr		 ctxt = ctx;
	struct import_feed_guard	*g = ctxt->_private;
	size_t				 n = 0;

	if (g->error[0] != '\0' || e->level < XML_ERR_ERROR)
		return;
	for (const char *m = e->message; m != NULL && *m != '\0' &&
	    n + 1 < sizeof g->error; m++)
		g->error[n++] = *m >= ' ' && *m < 0x7f ? *m : ' ';
	while (n > 0 && g->error[n - 1] == ' ')
		n--;
	g->error[n] = '\0';
	g->error_line = e->line;
}

/* Whether valid UTF-8 xml holds a C0 or C1 control or DEL (not a tab or
 * a line end): most feeds do not, and copying them whole is faster. */
static int
import_feed_parse_controls(const char *xml, size_t len)
{
	const unsigned char	*p = (const unsigned char *)xml;

	for (size_t i = 0; i < len; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r') || p[i] == 0x7f || (p[i] == 0xc2 &&
		    i + 1 < len && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f))
			return 1;
	}
	return 0;
}

/* The bytes the parser gets: valid UTF-8 without control characters. */
static char *
import_feed_parse_input(const char *xml, size_t len)
{
	char	*repaired, *clean;

	if (util_utf8_valid(xml, len))
		return import_feed_parse_controls(xml, len) ?
		    util_text_strip_controls(xml, len, 1) :
		    xstrndup(xml, len);
	repaired = util_utf8_repair(xml, len, &len, NULL);
	clean = util_text_strip_controls(repaired, len, 1);
	free(repaired);
	return clean;
}

xmlDocPtr
import_feed_parse(const char *xml, size_t len, const char *base,
    char **cause)
{
	struct import_feed_guard	 g;
	xmlParserCtxtPtr		 ctxt;
	xmlDocPtr			 doc;
	char				*clean;

	memset(&g, 0, sizeof g);
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		fatal("out of memory");
	ctxt->_private = &g;
	ctxt->sax->entityDecl = import_feed_guard_entity;
	ctxt->sax->unparsedEntityDecl = import_feed_guard_unparsed;
	ctxt->sax->serror = import_feed_guard_error;
	clean = import_feed_parse_input(xml, len);
	doc = xmlCtxtReadMemory(ctxt, clean, (int)strlen(clean), base,
	    "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	free(clean);
	if (g.declared || (doc != NULL && import_feed_guard_dtd(doc))) {
		util_cause_set(cause, "refused: the feed declares %s entity "
		    "'%s' (entities could expand without bound or read "
		    "local files)", g.external ? "an external" : "an",
		    g.name[0] != '\0' ? g.name : "?");
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc == NULL)
		util_cause_set(cause, "not well-formed XML (line %d: %s)",
		    g.error_line, g.error[0] != '\0' ? g.error :
		    "no document");
	xmlFreeParserCtxt(ctxt);
	return doc;
}

/* Appends an item unless its guid was seen (seen: a set of guids). */
static void
import_feed_item_add(struct import_feed *feed, struct import_feed_item *it,
    xmlHashTablePtr seen, size_t *cap)
{
	if (it->guid != NULL) {
		if (xmlHashLookup(seen, (const xmlChar *)it->guid) != NULL) {
			import_feed_item_clear(it);
			feed->nduplicates++;
			return;
		}
		xmlHashAddEntry(seen, (const xmlChar *)it->guid, feed);
	}
	if (feed->nitems == *cap) {
		*cap = *cap == 0 ? 32 : *cap * 2;
		feed->items = xreallocarray(feed->items, *cap,
		    sizeof *feed->items);
	}
	feed->items[feed->nitems++] = *it;
}

/* A feed read from a file has no URL of its own; its site's address is
 * the best base for the relative links of its items. */
static void
import_feed_base_default(xmlDocPtr doc, const char *link)
{
	if (doc->URL == NULL && link != NULL)
		doc->URL = xmlStrdup((const xmlChar *)link);
}

/* Every item element under parent: RSS and RDF items, Atom entries. */
static void
import_feed_items_read(struct import_feed *feed, xmlNodePtr parent,
    const char *ns)
{
	struct import_feed_item	 it;
	xmlHashTablePtr		 seen = xmlHashCreate(64);
	size_t			 cap = feed->nitems;
	const char		*name;

	name = feed->kind == IMPORT_FEED_ATOM ? "entry" : "item";
	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		if (!import_feed_node_is(c, ns, name))
			continue;
		if (feed->kind == IMPORT_FEED_ATOM)
			import_feed_item_atom(c, &it);
		else
			import_feed_item_rss(c, ns, &it);
		import_feed_item_add(feed, &it, seen, &cap);
	}
	xmlHashFree(seen, NULL);
}

/* RSS 0.9x/2.0 (<rss><channel>) and RDF (<rdf:RDF> with a channel and
 * items beside it, in the namespace of RSS 1.0 or 0.90). */
static int
import_feed_read_rss(struct import_feed *feed, xmlNodePtr root, char **cause)
{
	xmlNodePtr	 channel = NULL;
	const char	*ns = NULL;
	char		*s;

	for (xmlNodePtr c = root->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, "channel") == 0) {
			channel = c;
			break;
		}
	}
	if (channel == NULL)
		return util_cause_set(cause, "not a feed: no <channel>");
	if (feed->kind == IMPORT_FEED_RDF && channel->ns != NULL)
		ns = (const char *)channel->ns->href;
	else if (channel->ns != NULL)
		return util_cause_set(cause, "not a feed: <channel> in an "
		    "unknown namespace");
	feed->title = import_feed_node_text(import_feed_node_child(channel,
	    ns, "title"));
	s = import_feed_node_text(import_feed_node_child(channel, ns, "link"));
	feed->link = import_feed_node_link(channel, s);
	free(s);
	s = import_feed_node_text(import_feed_node_child(channel, ns,
	    "description"));
	feed->description = import_feed_html_text(s);
	free(s);
	import_feed_base_default(root->doc, feed->link);
	import_feed_items_read(feed, feed->kind == IMPORT_FEED_RDF ? root :
	    channel, ns);
	return 0;
}

static int
import_feed_read_atom(struct import_feed *feed, xmlNodePtr root)
{
	const char	*atom = IMPORT_FEED_NS_ATOM;

	feed->title = import_feed_atom_text(import_feed_node_child(root, atom,
	    "title"));
	feed->link = import_feed_atom_link(root);
	feed->description = import_feed_atom_text(import_feed_node_child(root,
	    atom, "subtitle"));
	import_feed_base_default(root->doc, feed->link);
	import_feed_items_read(feed, root, atom);
	return 0;
}

/* Which format the root element says; -1 with *cause when none. */
static int
import_feed_kind_find(xmlNodePtr root, enum import_feed_kind *kind,
    char **cause)
{
	if (root == NULL)
		return util_cause_set(cause, "not a feed: empty document");
	if (import_feed_node_is(root, NULL, "rss"))
		*kind = IMPORT_FEED_RSS;
	else if (import_feed_node_is(root, IMPORT_FEED_NS_RDF, "RDF"))
		*kind = IMPORT_FEED_RDF;
	else if (import_feed_node_is(root, IMPORT_FEED_NS_ATOM, "feed"))
		*kind = IMPORT_FEED_ATOM;
	else {
		char	*name = util_text_clean((const char *)root->name,
		    strlen((const char *)root->name));

		util_cause_set(cause, "not an RSS, RDF or Atom feed (the "
		    "document is <%s>)", name);
		free(name);
		return -1;
	}
	return 0;
}

struct import_feed *
import_feed(const char *xml, size_t len, const char *base_url, char **cause)
{
	struct import_feed	*feed;
	xmlDocPtr		 doc;
	xmlNodePtr		 root;
	int			 rc;

	if (len > IMPORT_FEED_MAX_SIZE || len > INT32_MAX) {
		util_cause_set(cause, "feed larger than %zu bytes",
		    IMPORT_FEED_MAX_SIZE);
		return NULL;
	}
	if ((doc = import_feed_parse(xml, len, base_url, cause)) == NULL)
		return NULL;
	feed = xcalloc(1, sizeof *feed);
	root = xmlDocGetRootElement(doc);
	rc = import_feed_kind_find(root, &feed->kind, cause);
	if (rc == 0 && feed->kind == IMPORT_FEED_ATOM)
		rc = import_feed_read_atom(feed, root);
	else if (rc == 0)
		rc = import_feed_read_rss(feed, root, cause);
	xmlFreeDoc(doc);
	if (rc != 0) {
		import_feed_free(feed);
		return NULL;
	}
	return feed;
}

void
import_feed_free(struct import_feed *feed)
{
	if (feed == NULL)
		return;
	for (size_t i = 0; i < feed->nitems; i++)
		import_feed_item_clear(&feed->items[i]);
	free(feed->items);
	free(feed->title);
	free(feed->link);
	free(feed->description);
	free(feed);
}
