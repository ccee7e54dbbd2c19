/*
 * OPML subscription lists, as other feed readers export them: <opml> with
 * a <body> of <outline> elements, nested in folders at any depth. Only an
 * outline's xmlUrl and its title matter here. The XML is read through the
 * feed importer's safe parse (no network, no DTD, no entities), so an
 * OPML file is no more dangerous than a feed.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "import.h"
#include "util.h"
#include "import-feed.h"

struct import_opml_list {
	struct import_opml_feed	*v;
	size_t			 n;
	size_t			 skipped;
};

/* One outline: a feed when it has an http(s) xmlUrl. */
static void
import_opml_outline(struct import_opml_list *l, xmlNodePtr node)
{
	char	*url = import_feed_node_attr(node, "xmlUrl");
	char	*title;

	if (url == NULL) {
		/* A folder: its children count, not itself. */
		if (node->children == NULL)
			l->skipped++;
		return;
	}
	if (!import_feed_link_ok(url)) {
		l->skipped++;
		free(url);
		return;
	}
	if ((title = import_feed_node_attr(node, "title")) == NULL)
		title = import_feed_node_attr(node, "text");
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n].url = url;
	l->v[l->n].title = title;
	l->n++;
}

static void
import_opml_walk(struct import_opml_list *l, xmlNodePtr parent)
{
	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)c->name, "outline") != 0)
			continue;
		import_opml_outline(l, c);
		import_opml_walk(l, c);
	}
}

struct import_opml_feed *
import_opml(const char *xml, size_t len, size_t *n, size_t *skipped,
    char **cause)
{
	struct import_opml_list	 l = { NULL, 0, 0 };
	xmlDocPtr		 doc;
	xmlNodePtr		 root, body;

	*n = 0;
	*skipped = 0;
	if (len > IMPORT_FEED_MAX_SIZE) {
		util_cause_set(cause, "OPML file larger than %zu bytes",
		    IMPORT_FEED_MAX_SIZE);
		return NULL;
	}
	if ((doc = import_feed_parse(xml, len, NULL, cause)) == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	if (root == NULL || !import_feed_node_is(root, NULL, "opml") ||
	    (body = import_feed_node_child(root, NULL, "body")) == NULL) {
		util_cause_set(cause, "%s", "not an OPML file (no <opml> "
		    "with a <body>)");
		xmlFreeDoc(doc);
		return NULL;
	}
	import_opml_walk(&l, body);
	xmlFreeDoc(doc);
	*n = l.n;
	*skipped = l.skipped;
	/* An empty list is a list: the caller says there was nothing. */
	return l.v != NULL ? l.v : xcalloc(1, sizeof *l.v);
}

void
import_opml_free(struct import_opml_feed *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].url);
		free(v[i].title);
	}
	free(v);
}
