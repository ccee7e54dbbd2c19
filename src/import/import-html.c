/*
 * import-html: an HTML page to a Document. The page arrives as UTF-8 (load
 * converted it from its charset), so libxml2 is told "UTF-8" and any
 * <meta charset> in the page is ignored. The parser runs with recovery, no
 * network and no error output; it never loads external entities or DTDs.
 *
 * Then, in order: metadata is collected from the whole tree (it lives in
 * <head>, JSON-LD and bylines that extraction removes), the article's
 * container is found by scoring (import-html-score.c), its elements become
 * blocks (import-html-blocks.c), and the metadata is settled and applied.
 *
 * Limits: input larger than IMPORT_HTML_MAX_SIZE is refused; elements
 * deeper than IMPORT_HTML_MAX_DEPTH are ignored by every pass, so no
 * recursion here goes deeper than that whatever the nesting of the page.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "import-html.h"
#include "import.h"
#include "util.h"

/* As dump's own cap (LOAD_DEFAULT_MAX_SIZE) — a page is never larger. */
#define IMPORT_HTML_MAX_SIZE	((size_t)64 * 1024 * 1024)

struct import_html_node *
import_html_node_get(xmlNodePtr node)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return NULL;
	return node->_private;
}

void
import_html_node_reset(struct import_html_node *n)
{
	memset(n, 0, offsetof(struct import_html_node, attrs));
}

char *
import_html_attr_get(xmlNodePtr node, const char *name)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return NULL;
	return (char *)xmlGetNoNsProp(node, (const xmlChar *)name);
}

int
import_html_heading_level(xmlNodePtr node)
{
	const char	*n;

	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return 0;
	n = (const char *)node->name;
	if ((n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' &&
	    n[2] == '\0')
		return n[1] - '0';
	return 0;
}

/* The value of a numeric or common named entity at s ('&' included),
 * with its length in *n; -1 when s starts no entity. */
static int32_t
import_html_entity(const char *s, size_t *n)
{
	static const struct { const char *name; int32_t cp; } names[] = {
		{ "&amp;", '&' }, { "&quot;", '"' }, { "&apos;", '\'' },
		{ "&lt;", '<' }, { "&gt;", '>' }, { "&nbsp;", 0xa0 },
		{ "&ndash;", 0x2013 }, { "&mdash;", 0x2014 },
	};
	const char	*p = s + 2;
	long		 v = 0;
	int		 hex = 0;

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		*n = strlen(names[i].name);
		if (strncmp(s, names[i].name, *n) == 0)
			return names[i].cp;
	}
	if (s[1] != '#')
		return -1;
	if (*p == 'x' || *p == 'X') {
		hex = 1;
		p++;
	}
	for (; *p != ';' && v <= 0x10ffff; p++) {
		if (*p >= '0' && *p <= '9')
			v = v * (hex ? 16 : 10) + (*p - '0');
		else if (hex && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f'))
			v = v * 16 + ((*p | 0x20) - 'a' + 10);
		else
			return -1;
	}
	if (v <= 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return -1;
	*n = (size_t)(p + 1 - s);
	return (int32_t)v;
}

char *
import_html_entities_decode(const char *s)
{
	struct util_buf	 b;
	int32_t		 cp;
	size_t		 n;

	util_buf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s == '&' && (cp = import_html_entity(s, &n)) >= 0) {
			util_buf_add_cp(&b, cp);
			s += n - 1;
		} else
			util_buf_add_char(&b, *s);
	}
	return util_buf_steal(&b, NULL);
}

/* Appends node's text below it to b, skipping SKIP elements. */
static void
import_html_text_collect(xmlNodePtr node, struct util_buf *b, int depth)
{
	struct import_html_node	*n;

	if (depth > IMPORT_HTML_MAX_DEPTH)
		return;
	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			if (c->content != NULL)
				util_buf_add_str(b, (const char *)c->content);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		n = import_html_node_get(c);
		if (n != NULL && (n->flags & IMPORT_HTML_SKIP))
			continue;
		if (import_html_tag_is(c, "br") || import_html_tag_block(c))
			util_buf_add_char(b, ' ');
		import_html_text_collect(c, b, depth + 1);
		if (import_html_tag_block(c))
			util_buf_add_char(b, ' ');
	}
}

char *
import_html_text_get(xmlNodePtr node)
{
	struct util_buf	 b;
	char		*raw, *clean;
	size_t		 len;

	util_buf_init(&b);
	if (node != NULL)
		import_html_text_collect(node, &b, 0);
	raw = util_buf_steal(&b, &len);
	clean = util_text_clean(raw, len);
	free(raw);
	return clean;
}

/* Gives every element (to the depth limit) its node data. */
static void
import_html_nodes_attach(struct import_html *h, xmlNodePtr node, int depth)
{
	for (xmlNodePtr c = node; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (h->nnodes == h->nnodes_cap)
			return;
		c->_private = &h->nodes[h->nnodes];
		import_html_attrs_init(&h->nodes[h->nnodes++].attrs, c);
		if (depth < IMPORT_HTML_MAX_DEPTH)
			import_html_nodes_attach(h, c->children, depth + 1);
	}
}

/* Counts elements to the depth limit, for one allocation of node data. */
static size_t
import_html_nodes_count(xmlNodePtr node, int depth)
{
	size_t	 n = 0;

	for (xmlNodePtr c = node; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		n++;
		if (depth < IMPORT_HTML_MAX_DEPTH)
			n += import_html_nodes_count(c->children, depth + 1);
	}
	return n;
}

static htmlDocPtr
import_html_parse(const char *html, size_t len)
{
	htmlParserCtxtPtr	 ctxt;
	htmlDocPtr		 xdoc;

	ctxt = htmlNewParserCtxt();
	if (ctxt == NULL)
		fatal("out of memory");
	xdoc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING);
	htmlFreeParserCtxt(ctxt);
	return xdoc;
}

/* The <body>, or the root when the parser made none. */
static xmlNodePtr
import_html_body_find(htmlDocPtr xdoc)
{
	xmlNodePtr	 root = xmlDocGetRootElement(xdoc);

	if (root == NULL)
		return NULL;
	for (xmlNodePtr c = root->children; c != NULL; c = c->next) {
		if (import_html_tag_is(c, "body"))
			return c;
	}
	return root;
}

static void
import_html_clear(struct import_html *h)
{
	import_html_meta_clear(&h->meta);
	if (h->xdoc != NULL)
		xmlFreeDoc(h->xdoc);
	free(h->nodes);
	free(h->keep);
	doc_free(h->doc);
}

struct doc *
import_html(const char *html, size_t len, char **cause)
{
	struct import_html	 h;
	struct doc		*doc;

	memset(&h, 0, sizeof h);
	if (len == 0)
		return util_cause_set(cause, "empty HTML page"), NULL;
	if (len > IMPORT_HTML_MAX_SIZE || len > (size_t)0x7fffffff)
		return util_cause_set(cause, "HTML page too large"), NULL;
	h.xdoc = import_html_parse(html, len);
	if (h.xdoc == NULL || (h.body = import_html_body_find(h.xdoc)) ==
	    NULL) {
		import_html_clear(&h);
		return util_cause_set(cause, "not an HTML page"), NULL;
	}
	h.nnodes_cap = import_html_nodes_count(
	    xmlDocGetRootElement(h.xdoc), 0);
	h.nodes = xcalloc(h.nnodes_cap + 1, sizeof *h.nodes);
	import_html_nodes_attach(&h, xmlDocGetRootElement(h.xdoc), 0);
	h.doc = doc_create();
	import_html_meta_collect(&h);
	import_html_score_run(&h);
	import_html_blocks_emit(&h);
	import_html_meta_apply(&h);
	if (h.doc->nblocks == 0) {
		import_html_clear(&h);
		return util_cause_set(cause, "no article text found"), NULL;
	}
	doc_finish(h.doc);
	doc = h.doc;
	h.doc = NULL;
	import_html_clear(&h);
	return doc;
}
