/*
 * import-feed-item: one item of a feed, read from its XML element. RSS 2.0
 * and RSS 1.0 (RDF) items share their element names (in no namespace and
 * in the RSS 1.0 namespace respectively) and both borrow Dublin Core and
 * content:encoded; Atom entries have their own text constructs (text, html,
 * xhtml) and links with relations.
 *
 * Fallbacks follow what feeds in the wild do: an item without a guid is
 * known by its link (RDF: rdf:about), one without a link by a guid that is
 * a URL, one without a date by dc:date or Atom's updated.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "import-feed.h"
#include "util.h"

char *
import_feed_node_link(xmlNodePtr node, const char *href)
{
	xmlChar	*base;
	char	*link;

	if (href == NULL)
		return NULL;
	base = xmlNodeGetBase(node->doc, node);
	link = import_feed_link_resolve(href, (const char *)base);
	xmlFree(base);
	return link;
}

/* The raw text inside node (HTML for content:encoded); NULL if blank. */
static char *
import_feed_item_raw(xmlNodePtr node)
{
	xmlChar	*s;
	char	*copy = NULL;

	if (node == NULL || (s = xmlNodeGetContent(node)) == NULL)
		return NULL;
	if (s[strspn((const char *)s, " \t\r\n")] != '\0')
		copy = xstrdup((const char *)s);
	xmlFree(s);
	return copy;
}

/* The first text among children (ns, name) then (ns2, name2). */
static char *
import_feed_item_text2(xmlNodePtr item, const char *ns, const char *name,
    const char *ns2, const char *name2)
{
	char	*s;

	s = import_feed_node_text(import_feed_node_child(item, ns, name));
	if (s == NULL)
		s = import_feed_node_text(import_feed_node_child(item, ns2,
		    name2));
	return s;
}

/* An RDF item's rdf:about, its identity. */
static char *
import_feed_item_about(xmlNodePtr item)
{
	xmlChar	*about;
	char	*s;

	about = xmlGetNsProp(item, (const xmlChar *)"about",
	    (const xmlChar *)IMPORT_FEED_NS_RDF);
	if (about == NULL)
		return NULL;
	s = util_text_clean((const char *)about, strlen((const char *)about));
	xmlFree(about);
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

/* An RSS 2.0 guid that says it is not the item's address. */
static int
import_feed_item_not_link(xmlNodePtr guid)
{
	xmlChar	*perma;
	int	 no;

	if (guid == NULL)
		return 0;
	perma = xmlGetProp(guid, (const xmlChar *)"isPermaLink");
	no = perma != NULL && strcmp((const char *)perma, "false") == 0;
	xmlFree(perma);
	return no;
}

void
import_feed_item_rss(xmlNodePtr item, const char *ns,
    struct import_feed_item *out)
{
	xmlNodePtr	 guid;
	char		*s;

	memset(out, 0, sizeof *out);
	out->title = import_feed_node_text(import_feed_node_child(item, ns,
	    "title"));
	s = import_feed_node_text(import_feed_node_child(item, ns, "link"));
	out->link = import_feed_node_link(item, s);
	free(s);
	guid = import_feed_node_child(item, ns, "guid");
	out->guid = import_feed_node_text(guid);
	if (out->guid == NULL)
		out->guid = import_feed_item_about(item);
	if (out->link == NULL && !import_feed_item_not_link(guid))
		out->link = import_feed_node_link(item, out->guid);
	if (out->guid == NULL && out->link != NULL)
		out->guid = xstrdup(out->link);
	s = import_feed_item_text2(item, ns, "pubDate", IMPORT_FEED_NS_DC,
	    "date");
	out->date = import_feed_date_iso(s);
	free(s);
	out->author = import_feed_item_text2(item, IMPORT_FEED_NS_DC,
	    "creator", ns, "author");
	s = import_feed_item_raw(import_feed_node_child(item, ns,
	    "description"));
	out->summary = import_feed_html_text(s);
	free(s);
	out->content = import_feed_item_raw(import_feed_node_child(item,
	    IMPORT_FEED_NS_CONTENT, "encoded"));
}

char *
import_feed_atom_text(xmlNodePtr node)
{
	xmlChar	*type;
	char	*raw, *text;

	if (node == NULL)
		return NULL;
	type = xmlGetProp(node, (const xmlChar *)"type");
	if (type == NULL || strcmp((const char *)type, "html") != 0) {
		xmlFree(type);
		return import_feed_node_text(node);
	}
	xmlFree(type);
	raw = import_feed_item_raw(node);
	text = import_feed_html_text(raw);
	free(raw);
	return text;
}

/* Of an Atom element's links, the alternate (rel absent or "alternate")
 * one, an HTML one first. */
char *
import_feed_atom_link(xmlNodePtr parent)
{
	xmlNodePtr	 best = NULL;
	char		*rel, *type, *href, *link;

	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		if (!import_feed_node_is(c, IMPORT_FEED_NS_ATOM, "link"))
			continue;
		rel = import_feed_node_attr(c, "rel");
		type = import_feed_node_attr(c, "type");
		if (rel == NULL || strcmp(rel, "alternate") == 0) {
			if (best == NULL || (type != NULL &&
			    strcmp(type, "text/html") == 0))
				best = c;
		}
		free(rel);
		free(type);
	}
	if (best == NULL)
		return NULL;
	href = import_feed_node_attr(best, "href");
	link = import_feed_node_link(best, href);
	free(href);
	return link;
}

/* Atom content as HTML: html as it is, xhtml serialised, text escaped. */
static char *
import_feed_atom_content(xmlNodePtr node)
{
	struct util_buf	 out;
	char		*type, *text;
	xmlBufferPtr	 xbuf;

	if (node == NULL || xmlHasProp(node, (const xmlChar *)"src") != NULL)
		return NULL;
	type = import_feed_node_attr(node, "type");
	if (type != NULL && strcmp(type, "xhtml") == 0) {
		free(type);
		xbuf = xmlBufferCreate();
		for (xmlNodePtr c = node->children; c != NULL; c = c->next)
			xmlNodeDump(xbuf, node->doc, c, 0, 0);
		text = xstrdup((const char *)xmlBufferContent(xbuf));
		xmlBufferFree(xbuf);
		return text;
	}
	if (type != NULL && strcmp(type, "html") == 0) {
		free(type);
		return import_feed_item_raw(node);
	}
	if (type != NULL && strcmp(type, "text") != 0) {
		free(type);
		return NULL;
	}
	free(type);
	if ((text = import_feed_item_raw(node)) == NULL)
		return NULL;
	util_buf_init(&out);
	util_buf_add_str(&out, "<p>");
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '<')
			util_buf_add_str(&out, "&lt;");
		else if (*p == '&')
			util_buf_add_str(&out, "&amp;");
		else
			util_buf_add_char(&out, *p);
	}
	util_buf_add_str(&out, "</p>");
	free(text);
	return util_buf_steal(&out, NULL);
}

void
import_feed_item_atom(xmlNodePtr entry, struct import_feed_item *out)
{
	const char	*atom = IMPORT_FEED_NS_ATOM;
	xmlNodePtr	 author;
	char		*s;

	memset(out, 0, sizeof *out);
	out->title = import_feed_atom_text(import_feed_node_child(entry,
	    atom, "title"));
	out->link = import_feed_atom_link(entry);
	out->guid = import_feed_node_text(import_feed_node_child(entry, atom,
	    "id"));
	if (out->guid == NULL && out->link != NULL)
		out->guid = xstrdup(out->link);
	s = import_feed_item_text2(entry, atom, "published", atom,
	    "updated");
	out->date = import_feed_date_iso(s);
	free(s);
	if ((author = import_feed_node_child(entry, atom, "author")) != NULL)
		out->author = import_feed_node_text(import_feed_node_child(
		    author, atom, "name"));
	out->summary = import_feed_atom_text(import_feed_node_child(entry,
	    atom, "summary"));
	out->content = import_feed_atom_content(import_feed_node_child(entry,
	    atom, "content"));
}

void
import_feed_item_clear(struct import_feed_item *item)
{
	free(item->title);
	free(item->link);
	free(item->date);
	free(item->author);
	free(item->summary);
	free(item->guid);
	free(item->content);
	memset(item, 0, sizeof *item);
}
