/*
 * import-html-score: finds the article in a page, the way Readability
 * taught the field, with the hints a news page gives on top.
 *
 * 1. Stats (bottom-up, one pass): every element's visible characters, the
 *    part inside links, commas, and counts of paragraphs, images, list
 *    items, inputs, embeds and heading text. Elements that can never be
 *    article text are marked SKIP and contribute nothing (what counts as
 *    such is in import-html-hint.c).
 * 2. Scores: each paragraph-like element of 25+ characters scores
 *    1 + commas + one per 100 characters (at most 3); its parent gets the
 *    score, the grandparent half, older ancestors less. An element starts
 *    from its tag's prior and its class/id weight (schema.org articleBody
 *    and <article> count for it). The final score is discounted by link
 *    density; the best is the article, moved up to an ancestor that
 *    scores as well, or to one whose twin siblings (same tag and class)
 *    are prose too: an article cut into chunks.
 * 3. Siblings of the winner join when they score well enough, are twins
 *    of it holding prose, or are plain prose paragraphs.
 * 4. Inside, containers that look like boilerplate by their make-up are
 *    dropped (import-html-clean.c).
 * A short result is retried with fewer rules; the longest attempt wins.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"
#include "util.h"

/* Below this much text an attempt is retried with fewer rules. */
#define IMPORT_HTML_SCORE_ENOUGH	500

#define IMPORT_HTML_MIN(a, b)	((a) < (b) ? (a) : (b))
#define IMPORT_HTML_MAX(a, b)	((a) > (b) ? (a) : (b))
#define IMPORT_HTML_NWORDS(a)	(sizeof (a) / sizeof (a)[0])

/* Visible characters (a white-space run counts one) and commas of text. */
static void
import_html_score_text(const char *s, size_t *chars, size_t *commas)
{
	int	 space = 1;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
		    c == '\f') {
			if (!space)
				(*chars)++;
			space = 1;
			continue;
		}
		space = 0;
		if ((c & 0xc0) != 0x80)
			(*chars)++;
		if (c == ',')
			(*commas)++;
	}
}

/* A link a reader can follow: an anchor with a target (a named anchor
 * is a bookmark in the text, not a link away from it). */
static int
import_html_score_link_is(xmlNodePtr node)
{
	return import_html_tag_is(node, "a") &&
	    xmlHasProp(node, (const xmlChar *)"href") != NULL;
}

static void
import_html_score_add(struct import_html_node *to,
    const struct import_html_node *from)
{
	to->text += from->text;
	to->links += from->links;
	to->commas += from->commas;
	to->paras += from->paras;
	to->imgs += from->imgs;
	to->lis += from->lis;
	to->inputs += from->inputs;
	to->embeds += from->embeds;
	to->heads += from->heads;
}

/* Counts an element child that is itself skipped or an empty element. */
static void
import_html_score_count(struct import_html_node *n, xmlNodePtr c,
    const struct import_html_node *cn)
{
	if (import_html_tag_is(c, "p"))
		n->paras++;
	else if (import_html_tag_is(c, "img"))
		n->imgs++;
	else if (import_html_tag_is(c, "li"))
		n->lis++;
	else if (import_html_tag_is(c, "input") ||
	    import_html_tag_is(c, "select") ||
	    import_html_tag_is(c, "textarea"))
		n->inputs++;
	else if ((import_html_tag_is(c, "iframe") ||
	    import_html_tag_is(c, "object") ||
	    import_html_tag_is(c, "embed")) &&
	    !(cn->flags & IMPORT_HTML_MEDIA))
		n->embeds++;
	if (import_html_heading_level(c) > 0 && !(cn->flags &
	    IMPORT_HTML_SKIP))
		n->heads += cn->text;
}

static void
import_html_score_stats(struct import_html *h, xmlNodePtr node, int in_link,
    int depth)
{
	struct import_html_node	*n = import_html_node_get(node), *cn;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL) {
			size_t chars = 0, commas = 0;

			import_html_score_text((const char *)c->content,
			    &chars, &commas);
			n->text += chars;
			n->direct += chars;
			n->commas += commas;
			if (in_link)
				n->links += chars;
			continue;
		}
		if ((cn = import_html_node_get(c)) == NULL)
			continue;
		import_html_node_reset(cn);
		if (import_html_hint_media(c))
			cn->flags |= IMPORT_HTML_MEDIA;
		if (import_html_hint_skip(h, c))
			cn->flags |= IMPORT_HTML_SKIP;
		import_html_score_count(n, c, cn);
		if (cn->flags & IMPORT_HTML_SKIP)
			continue;
		if (import_html_tag_block(c))
			n->flags |= IMPORT_HTML_BLOCKY;
		if (depth < IMPORT_HTML_MAX_DEPTH)
			import_html_score_stats(h, c, in_link ||
			    import_html_score_link_is(c), depth + 1);
		if (!import_html_tag_block(c))
			n->direct += cn->text;
		import_html_score_add(n, cn);
	}
}

double
import_html_score_link_density(const struct import_html_node *n)
{
	return n->text == 0 ? 0.0 : (double)n->links / (double)n->text;
}

/* Readability's prior for an element by its tag and class/id. */
static void
import_html_score_init(struct import_html *h, xmlNodePtr node)
{
	struct import_html_node	*n = import_html_node_get(node);
	static const char *minus3[] = {
		"address", "ol", "ul", "dl", "dd", "dt", "li", "form",
	};
	static const char *minus5[] = {
		"h1", "h2", "h3", "h4", "h5", "h6", "th",
	};

	if (n->flags & IMPORT_HTML_SCORED)
		return;
	n->flags |= IMPORT_HTML_SCORED;
	if (import_html_tag_is(node, "div"))
		n->score = 5;
	else if (import_html_tag_is(node, "pre") ||
	    import_html_tag_is(node, "td") ||
	    import_html_tag_is(node, "blockquote"))
		n->score = 3;
	for (size_t i = 0; i < IMPORT_HTML_NWORDS(minus3); i++) {
		if (import_html_tag_is(node, minus3[i]))
			n->score = -3;
	}
	for (size_t i = 0; i < IMPORT_HTML_NWORDS(minus5); i++) {
		if (import_html_tag_is(node, minus5[i]))
			n->score = -5;
	}
	if (h->weight_classes) {
		n->weight = import_html_hint_weight(node);
		if (import_html_hint_attr_has(node, "itemprop",
		    "articleBody"))
			n->weight += 25;
		if (import_html_tag_is(node, "article"))
			n->weight += 10;
	}
	n->score += n->weight;
}

/* Adds a paragraph's score to its container and that one's ancestors. */
static void
import_html_score_propagate(struct import_html *h, xmlNodePtr first,
    double score)
{
	xmlNodePtr	 a = first;

	for (int level = 0; level < 5 && a != NULL &&
	    a->type == XML_ELEMENT_NODE; level++, a = a->parent) {
		struct import_html_node *an = import_html_node_get(a);
		double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;

		if (an == NULL)
			break;
		import_html_score_init(h, a);
		an->score += score / div;
	}
}

static int
import_html_score_paragraph(xmlNodePtr node)
{
	static const char *tags[] = { "p", "pre", "td", "h2", "h3", "h4",
		"h5", "h6" };
	struct import_html_node	*n = import_html_node_get(node);

	for (size_t i = 0; i < IMPORT_HTML_NWORDS(tags); i++) {
		if (import_html_tag_is(node, tags[i]))
			return 1;
	}
	return import_html_tag_is(node, "div") &&
	    !(n->flags & IMPORT_HTML_BLOCKY);
}

/* Scores every paragraph-like element below node. */
static void
import_html_score_walk(struct import_html *h, xmlNodePtr node, int depth)
{
	struct import_html_node	*n;
	double			 s;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if ((n = import_html_node_get(c)) == NULL ||
		    (n->flags & IMPORT_HTML_SKIP))
			continue;
		if (import_html_score_paragraph(c) && n->text >= 25) {
			s = 1 + (double)n->commas +
			    IMPORT_HTML_MIN((double)(n->text / 100), 3);
			import_html_score_propagate(h, c->parent, s);
			/* A table cell may hold paragraphs of its own. */
			if (!import_html_tag_is(c, "td"))
				continue;
		}
		if ((n->flags & IMPORT_HTML_BLOCKY) && n->direct >= 25) {
			/* Loose text in a container is a paragraph of it. */
			s = 1 + IMPORT_HTML_MIN((double)(n->direct / 100), 3);
			import_html_score_propagate(h, c, s);
		}
		if (depth < IMPORT_HTML_MAX_DEPTH)
			import_html_score_walk(h, c, depth + 1);
	}
}

/* The best-scoring element after the link-density discount. */
static xmlNodePtr
import_html_score_best(struct import_html *h, xmlNodePtr node, int depth,
    xmlNodePtr best)
{
	struct import_html_node	*n, *bn;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if ((n = import_html_node_get(c)) == NULL ||
		    (n->flags & IMPORT_HTML_SKIP))
			continue;
		if (n->flags & IMPORT_HTML_SCORED) {
			n->score *= 1 - import_html_score_link_density(n);
			bn = import_html_node_get(best);
			if (best == NULL || n->score > bn->score)
				best = c;
		}
		if (depth < IMPORT_HTML_MAX_DEPTH)
			best = import_html_score_best(h, c, depth + 1, best);
	}
	return best;
}

/* The best container and its ancestors are never dropped as junk. */
static void
import_html_score_protect(xmlNodePtr node)
{
	struct import_html_node	*n;

	for (; (n = import_html_node_get(node)) != NULL; node = node->parent)
		n->flags |= IMPORT_HTML_PROTECT;
}

/* Moves the winner up while its ancestors score as well or better. */
static xmlNodePtr
import_html_score_climb(struct import_html *h, xmlNodePtr top)
{
	struct import_html_node	*tn = import_html_node_get(top), *pn;
	double			 last = tn->score, threshold = last / 3;
	xmlNodePtr		 p;

	for (p = top->parent; p != NULL && p != h->body &&
	    (pn = import_html_node_get(p)) != NULL; p = p->parent) {
		if (!(pn->flags & IMPORT_HTML_SCORED))
			continue;
		if (pn->score < threshold)
			break;
		if (pn->score > last) {
			top = p;
			break;
		}
		last = pn->score;
	}
	while (top->parent != NULL && top->parent != h->body &&
	    import_html_node_get(top->parent) != NULL &&
	    xmlChildElementCount(top->parent) == 1)
		top = top->parent;
	return top;
}

/* Same tag and the same non-empty class. */
static int
import_html_score_twins(xmlNodePtr a, xmlNodePtr b)
{
	char	*ca, *cb;
	int	 yes;

	if (a->type != XML_ELEMENT_NODE || b->type != XML_ELEMENT_NODE ||
	    !xmlStrEqual(a->name, b->name))
		return 0;
	ca = import_html_attr_get(a, "class");
	cb = import_html_attr_get(b, "class");
	yes = ca != NULL && cb != NULL && *ca != '\0' && strcmp(ca, cb) == 0;
	xmlFree(ca);
	xmlFree(cb);
	return yes;
}

/*
 * An article cut into chunks: some pages repeat one wrapper per stretch of
 * text, with pictures or asides between them, so the winner holds only
 * its own stretch. When an ancestor a few levels up has a twin sibling
 * (same tag and class) that is prose too, the ancestor is the article and
 * the twins join as its siblings.
 */
static xmlNodePtr
import_html_score_chunks(struct import_html *h, xmlNodePtr top)
{
	struct import_html_node	*n;
	xmlNodePtr		 a = top;

	for (int level = 0; level < 4; level++) {
		xmlNodePtr p = a->parent;

		if (p == NULL || p == h->body || p->type != XML_ELEMENT_NODE ||
		    p->parent == NULL || p->parent->type != XML_ELEMENT_NODE)
			break;
		a = p;
		for (xmlNodePtr c = a->parent->children; c != NULL;
		    c = c->next) {
			if (c == a || !import_html_score_twins(a, c) ||
			    (n = import_html_node_get(c)) == NULL ||
			    (n->flags & IMPORT_HTML_SKIP))
				continue;
			if (n->text >= 200 &&
			    import_html_score_link_density(n) < 0.25)
				return a;
		}
	}
	return top;
}

/* A sibling of the winner that belongs to the article. */
static int
import_html_score_sibling(xmlNodePtr top, xmlNodePtr sib)
{
	struct import_html_node	*tn = import_html_node_get(top);
	struct import_html_node	*sn = import_html_node_get(sib);
	double			 threshold;
	double			 bonus = 0, ld;
	char			*tc, *sc;

	if (sn == NULL || (sn->flags & IMPORT_HTML_SKIP))
		return 0;
	threshold = IMPORT_HTML_MAX(10, tn->score * 0.2);
	tc = import_html_attr_get(top, "class");
	sc = import_html_attr_get(sib, "class");
	if (tc != NULL && sc != NULL && *tc != '\0' && strcmp(tc, sc) == 0)
		bonus = tn->score * 0.2;
	xmlFree(tc);
	xmlFree(sc);
	/* A twin of an article chunk is another chunk. */
	if (bonus > 0 && sn->text >= 200 &&
	    import_html_score_link_density(sn) < 0.25)
		return 1;
	if ((sn->flags & IMPORT_HTML_SCORED) && sn->score + bonus >= threshold)
		return 1;
	if (!import_html_tag_is(sib, "p"))
		return 0;
	ld = import_html_score_link_density(sn);
	if (sn->text > 80 && ld < 0.25)
		return 1;
	return sn->text > 0 && sn->text <= 80 && ld == 0;
}

static void
import_html_score_siblings(struct import_html *h)
{
	xmlNodePtr	 parent = h->top->parent;

	h->nkeep = 0;
	if (parent == NULL || parent->type != XML_ELEMENT_NODE ||
	    h->top == h->body) {
		h->keep = xreallocarray(h->keep, 1, sizeof *h->keep);
		h->keep[h->nkeep++] = h->top;
		return;
	}
	h->keep = xreallocarray(h->keep, xmlChildElementCount(parent) + 1,
	    sizeof *h->keep);
	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (c == h->top || import_html_score_sibling(h->top, c))
			h->keep[h->nkeep++] = c;
	}
}

/* One attempt with the current rules; returns the article's length. */
static size_t
import_html_score_attempt(struct import_html *h)
{
	struct import_html_node	*bn = import_html_node_get(h->body);
	size_t			 total = 0;

	if (bn == NULL)
		return 0;
	import_html_node_reset(bn);
	import_html_score_stats(h, h->body, 0, 0);
	import_html_score_walk(h, h->body, 0);
	h->top = import_html_score_best(h, h->body, 0, NULL);
	if (h->top == NULL)
		h->top = h->body;
	else {
		import_html_score_protect(h->top);
		h->top = import_html_score_climb(h, h->top);
	}
	h->top = import_html_score_chunks(h, h->top);
	import_html_score_siblings(h);
	for (size_t i = 0; i < h->nkeep; i++) {
		struct import_html_node *kn = import_html_node_get(h->keep[i]);

		if (import_html_clean_able(h->keep[i]) &&
		    h->keep[i] != h->top && h->clean_conditionally &&
		    import_html_clean_junk(kn, h->keep[i], 0))
			kn->flags |= IMPORT_HTML_DROP;
		else {
			import_html_clean_run(h, h->keep[i], 0, 0,
			    kn->text);
			total += kn->text;
		}
	}
	return total;
}

void
import_html_score_run(struct import_html *h)
{
	static const int rules[][3] = {
		{ 1, 1, 1 }, { 0, 1, 1 }, { 0, 0, 1 }, { 0, 0, 0 },
	};
	size_t	 best_len = 0, len;
	int	 best = 0, i;

	for (i = 0; i < 4; i++) {
		h->strip_unlikely = rules[i][0];
		h->weight_classes = rules[i][1];
		h->clean_conditionally = rules[i][2];
		len = import_html_score_attempt(h);
		if (len >= IMPORT_HTML_SCORE_ENOUGH)
			return;
		if (len > best_len) {
			best_len = len;
			best = i;
		}
	}
	h->strip_unlikely = rules[best][0];
	h->weight_classes = rules[best][1];
	h->clean_conditionally = rules[best][2];
	import_html_score_attempt(h);
}
