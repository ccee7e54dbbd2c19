/*
 * import-html-blocks: the article's elements (h->keep, less what scoring
 * marked SKIP or DROP) to document blocks, in document order.
 *
 * Inline content accumulates in one buffer, already cleaned the way
 * doc_block_append cleans (white space runs, U+00A0 included, become one
 * space; no leading or trailing space; soft hyphens dropped), so the byte
 * offsets of link spans recorded while writing stay true in the block. A
 * block-level element, two <br> in a row, or the end flushes the buffer as
 * one block of the kind the context gives (heading, list item, block
 * quote, preformatted, else paragraph). Should cleaning still change the
 * text (NFC, exotic spaces), offsets are mapped through the cleaner.
 *
 * Figures and caption elements become caption blocks, embeds media blocks
 * (import-html-figure.c); a caption beside an embed belongs to the video
 * and is not repeated as a photo caption.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"
#include "util.h"

struct import_html_link {
	size_t	 start;
	size_t	 end;
	char	*href;
};

/* A heading waiting for the text it heads (see import_html_blocks_flush). */
struct import_html_heading {
	char	*text;
	int	 level;
};

struct import_html_emit {
	struct import_html		*h;
	struct util_buf			 buf;
	int				 space;	/* ends in a space */
	int				 brs;	/* <br> in a row */
	size_t				 link_chars;
	struct import_html_link		*links;
	size_t				 nlinks;
	size_t				 links_cap;
	enum doc_block_kind		 kind;
	int				 level;
	struct import_html_heading	 pending[8];
	size_t				 npending;
};

static void import_html_blocks_walk(struct import_html_emit *,
	    xmlNodePtr, int);

/* Appends text, collapsing white space the way util_text_clean does. */
static void
import_html_blocks_text(struct import_html_emit *e, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
		    c == '\f' || c == '\v' || (c == 0xc2 &&
		    (unsigned char)s[1] == 0xa0)) {
			if (c == 0xc2)
				s++;
			if (!e->space && e->buf.len > 0)
				util_buf_add_char(&e->buf, ' ');
			e->space = 1;
			continue;
		}
		if (c == 0xc2 && (unsigned char)s[1] == 0xad) {
			s++;	/* a soft hyphen: invisible to a reader */
			continue;
		}
		util_buf_add_char(&e->buf, (char)c);
		e->space = 0;
		e->brs = 0;
	}
}

/* A byte offset of the buffer mapped into the cleaned block text. */
static size_t
import_html_blocks_map(const char *raw, size_t off, size_t block_len)
{
	char	*clean = util_text_clean(raw, off);
	size_t	 n = strlen(clean);

	if (n > 0 && off > 0 && raw[off - 1] == ' ')
		n++;
	free(clean);
	return n > block_len ? block_len : n;
}

static void
import_html_blocks_spans(struct import_html_emit *e, struct doc_block *b)
{
	int	 same = b->text_len == e->buf.len &&
	    memcmp(b->text, e->buf.data, e->buf.len) == 0;

	for (size_t i = 0; i < e->nlinks; i++) {
		struct import_html_link *l = &e->links[i];
		size_t s = l->start, t = l->end;

		if (t > e->buf.len)
			t = e->buf.len;
		if (!same) {
			s = import_html_blocks_map(e->buf.data, s, b->text_len);
			t = import_html_blocks_map(e->buf.data, t, b->text_len);
		}
		if (s < t && t <= b->text_len)
			doc_block_add_span(b, DOC_SPAN_LINK, s, t, l->href, -1);
	}
}

static void
import_html_blocks_reset(struct import_html_emit *e)
{
	for (size_t i = 0; i < e->nlinks; i++)
		xmlFree(e->links[i].href);
	e->nlinks = 0;
	e->link_chars = 0;
	e->buf.len = 0;
	if (e->buf.data != NULL)
		e->buf.data[0] = '\0';
	e->space = 1;
	e->brs = 0;
}

/* Same text, ignoring case and the space/punctuation around it. */
static int
import_html_blocks_same(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcasecmp(a, b) == 0;
}

/*
 * Short text that is all links (a menu or a "read more" left over), the
 * byline again, or a line that labels page furniture ("Tags: …").
 */
static int
import_html_blocks_furniture(const struct import_html_emit *e)
{
	static const char *labels[] = { "Tags", "Schlagw", "Themen:",
		"Mehr zum Thema", "Lesen Sie auch", "Read more", "Related:",
		"Advertisement", "Anzeige", "Werbung", "Share this",
		"Teilen:" };
	const char	*t = e->buf.data, *by = e->h->meta.byline;

	if (e->kind == DOC_BLOCK_HEADING)
		return 0;
	if (e->buf.len < 120 && e->link_chars * 10 >= e->buf.len * 9)
		return 1;
	if (by != NULL && e->buf.len < strlen(by) + 40 &&
	    strstr(t, by) != NULL)
		return 1;
	for (size_t i = 0; e->buf.len < 200 &&
	    i < sizeof labels / sizeof labels[0]; i++) {
		if (strncmp(t, labels[i], strlen(labels[i])) == 0)
			return 1;
	}
	return 0;
}

/* Appends the headings that wait, now that something follows them. */
static void
import_html_blocks_release(struct import_html_emit *e)
{
	struct doc_block	*b;

	for (size_t i = 0; i < e->npending; i++) {
		b = doc_block_append(e->h->doc, DOC_BLOCK_HEADING,
		    e->pending[i].text, strlen(e->pending[i].text));
		if (b != NULL)
			b->level = e->pending[i].level;
		free(e->pending[i].text);
	}
	e->npending = 0;
}

/* Headings that head nothing are dropped at the end. */
static void
import_html_blocks_pending_clear(struct import_html_emit *e)
{
	for (size_t i = 0; i < e->npending; i++)
		free(e->pending[i].text);
	e->npending = 0;
}

/*
 * A heading is held back until a block follows it: a heading at the end
 * of the article, or over a list that cleaning dropped ("Related", "More
 * on this"), heads nothing a reader gets and is left out.
 */
static void
import_html_blocks_hold(struct import_html_emit *e)
{
	if (e->npending == sizeof e->pending / sizeof e->pending[0]) {
		free(e->pending[0].text);
		memmove(e->pending, e->pending + 1, (e->npending - 1) *
		    sizeof e->pending[0]);
		e->npending--;
	}
	e->pending[e->npending].text = xstrdup(e->buf.data);
	e->pending[e->npending++].level = e->level;
}

static void
import_html_blocks_caption(struct import_html_emit *e, xmlNodePtr cap,
    const char *fallback)
{
	import_html_blocks_release(e);
	import_html_figure_caption(e->h->doc, cap, fallback);
}

static void
import_html_blocks_flush(struct import_html_emit *e)
{
	struct doc_block	*b;

	while (e->buf.len > 0 && e->buf.data[e->buf.len - 1] == ' ')
		e->buf.data[--e->buf.len] = '\0';
	if (e->buf.len == 0 || import_html_blocks_furniture(e) ||
	    (e->kind == DOC_BLOCK_HEADING &&
	    import_html_blocks_same(e->buf.data, e->h->meta.title))) {
		import_html_blocks_reset(e);
		return;
	}
	if (e->kind == DOC_BLOCK_HEADING) {
		import_html_blocks_hold(e);
		import_html_blocks_reset(e);
		return;
	}
	import_html_blocks_release(e);
	b = doc_block_append(e->h->doc, e->kind, e->buf.data, e->buf.len);
	if (b != NULL)
		import_html_blocks_spans(e, b);
	import_html_blocks_reset(e);
}

static void
import_html_blocks_figure(struct import_html_emit *e, xmlNodePtr fig)
{
	xmlNodePtr		 cap, img;
	struct import_html_node	*n;
	char			*alt;

	cap = import_html_figure_find(fig, "figcaption", 0);
	if (import_html_figure_has_media(fig, 0)) {
		import_html_blocks_walk(e, fig, 0);
		return;
	}
	if (cap != NULL) {
		import_html_blocks_caption(e, cap, NULL);
		return;
	}
	n = import_html_node_get(fig);
	if (n != NULL && n->text > 0) {
		/* Words beside the picture are its caption. */
		import_html_blocks_caption(e, fig, NULL);
		return;
	}
	img = import_html_figure_find(fig, "img", 0);
	alt = import_html_attr_get(img, "alt");
	if (alt != NULL)
		import_html_blocks_caption(e, NULL, alt);
	xmlFree(alt);
}

/*
 * A figure without <figure>: a block holding a picture and a few words
 * and nothing else (no paragraph, no heading, no embed), the words being
 * the caption and its credit.
 */
static int
import_html_blocks_imagebox(xmlNodePtr node, const struct import_html_node *n)
{
	return n->imgs > 0 && n->paras == 0 && n->heads == 0 &&
	    n->text > 0 && n->text <= 300 && import_html_tag_block(node) &&
	    !import_html_tag_is(node, "li") &&
	    import_html_score_link_density(n) <= 0.5 &&
	    !import_html_figure_has_media(node, 0);
}

static int
import_html_blocks_caption_is(xmlNodePtr node)
{
	return (import_html_class_has(node, "caption") ||
	    import_html_tag_is(node, "figcaption")) &&
	    !import_html_tag_is(node, "figure");
}

/* An element that starts its own block, and of which kind. */
static void
import_html_blocks_element(struct import_html_emit *e, xmlNodePtr c,
    int depth)
{
	enum doc_block_kind	 kind = e->kind;
	int			 level = e->level, h;

	h = import_html_heading_level(c);
	import_html_blocks_flush(e);
	if (h > 0) {
		e->kind = DOC_BLOCK_HEADING;
		e->level = h;
	} else if (import_html_tag_is(c, "blockquote"))
		e->kind = DOC_BLOCK_BLOCKQUOTE;
	else if (import_html_tag_is(c, "li") || import_html_tag_is(c, "dd"))
		e->kind = e->kind == DOC_BLOCK_BLOCKQUOTE ? e->kind :
		    DOC_BLOCK_LIST_ITEM;
	else if (import_html_tag_is(c, "pre"))
		e->kind = DOC_BLOCK_PREFORMATTED;
	if (depth < IMPORT_HTML_MAX_DEPTH)
		import_html_blocks_walk(e, c, depth + 1);
	import_html_blocks_flush(e);
	e->kind = kind;
	e->level = level;
}

static void
import_html_blocks_link(struct import_html_emit *e, xmlNodePtr a, int depth)
{
	size_t	 start, at = e->buf.len;
	char	*href;

	if (depth < IMPORT_HTML_MAX_DEPTH)
		import_html_blocks_walk(e, a, depth + 1);
	if (e->buf.len <= at)
		return;
	start = at;
	if (start < e->buf.len && e->buf.data[start] == ' ')
		start++;
	e->link_chars += e->buf.len - start;
	href = import_html_attr_get(a, "href");
	if (href == NULL || *href == '\0' || e->buf.len <= start) {
		xmlFree(href);
		return;
	}
	if (e->nlinks == e->links_cap) {
		e->links_cap = e->links_cap ? e->links_cap * 2 : 8;
		e->links = xreallocarray(e->links, e->links_cap,
		    sizeof *e->links);
	}
	e->links[e->nlinks].start = start;
	e->links[e->nlinks].end = e->buf.len;
	e->links[e->nlinks++].href = href;
}

static void
import_html_blocks_child(struct import_html_emit *e, xmlNodePtr c, int depth)
{
	struct import_html_node	*n = import_html_node_get(c);

	if (n == NULL)
		return;
	if (n->flags & IMPORT_HTML_MEDIA) {
		import_html_blocks_flush(e);
		import_html_blocks_release(e);
		import_html_figure_media(e->h->doc, c);
	} else if (n->flags & (IMPORT_HTML_SKIP | IMPORT_HTML_DROP))
		return;
	else if (import_html_tag_is(c, "br")) {
		if (++e->brs >= 2)
			import_html_blocks_flush(e);
		else
			import_html_blocks_text(e, " ");
		e->brs = e->buf.len == 0 ? 0 : e->brs;
	} else if (import_html_tag_is(c, "figure") ||
	    (depth > 0 && import_html_blocks_imagebox(c, n))) {
		import_html_blocks_flush(e);
		import_html_blocks_figure(e, c);
	} else if (import_html_blocks_caption_is(c)) {
		import_html_blocks_flush(e);
		if (!import_html_figure_has_media(c->parent, 0))
			import_html_blocks_caption(e, c, NULL);
	} else if (import_html_tag_is(c, "a") &&
	    xmlHasProp(c, (const xmlChar *)"href") != NULL)
		import_html_blocks_link(e, c, depth);
	else if (import_html_tag_block(c))
		import_html_blocks_element(e, c, depth);
	else if (depth < IMPORT_HTML_MAX_DEPTH)
		import_html_blocks_walk(e, c, depth + 1);
}

static void
import_html_blocks_walk(struct import_html_emit *e, xmlNodePtr node,
    int depth)
{
	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			if (c->content != NULL)
				import_html_blocks_text(e,
				    (const char *)c->content);
		} else if (c->type == XML_ELEMENT_NODE)
			import_html_blocks_child(e, c, depth);
	}
}

/* The element after node in document order, not entering node when
 * skip is set; NULL at the end. */
static xmlNodePtr
import_html_blocks_next(xmlNodePtr node, int skip)
{
	if (!skip && node->children != NULL)
		return node->children;
	while (node != NULL && node->next == NULL)
		node = node->parent;
	return node != NULL ? node->next : NULL;
}

static int
import_html_blocks_ancestor(xmlNodePtr a, xmlNodePtr node)
{
	for (; node != NULL; node = node->parent) {
		if (node == a)
			return 1;
	}
	return 0;
}

/* A standfirst between headline and body: "lead", "intro", "summary" … */
static int
import_html_blocks_standfirst(xmlNodePtr node)
{
	static const char *words[] = { "lead", "intro", "standfirst",
		"summary", "excerpt", "abstract", "subtitle", "teaser-text",
		"article-description", "kurztext" };
	struct import_html_node	*n = import_html_node_get(node);

	if (n == NULL || n->text < 60 || (n->flags & IMPORT_HTML_SKIP) ||
	    import_html_score_link_density(n) > 0.3 ||
	    import_html_heading_level(node) > 0)
		return 0;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (import_html_class_has(node, words[i]))
			return 1;
	}
	return 0;
}

/*
 * The lead picture and the standfirst: pages put them between the headline
 * and the text, out of the container scoring finds. The first caption
 * there (a figure, or a caption element beside an image) and the first
 * standfirst are taken, in document order, nothing else.
 */
static void
import_html_blocks_lead(struct import_html_emit *e)
{
	xmlNodePtr	 n = e->h->meta.h1_node, top = e->h->keep[0];
	size_t		 steps = 0;
	int		 skip = 1, caption = 0, lead = 0;

	if (n == NULL || import_html_blocks_ancestor(top, n) ||
	    import_html_blocks_ancestor(n, top))
		return;
	while ((n = import_html_blocks_next(n, skip)) != NULL &&
	    n != top && steps++ < 4000 && (!caption || !lead)) {
		skip = 0;
		if (n->type != XML_ELEMENT_NODE ||
		    import_html_blocks_ancestor(n, top))
			continue;	/* descend towards the article */
		/* Below a skipped element the counts are not this attempt's. */
		skip = import_html_node_get(n) == NULL ||
		    (import_html_node_get(n)->flags & IMPORT_HTML_SKIP);
		if (skip)
			continue;
		if (!caption && import_html_tag_is(n, "figure") &&
		    import_html_figure_find(n, "figcaption", 0) != NULL) {
			import_html_blocks_figure(e, n);
			caption = skip = 1;
		} else if (!caption && import_html_blocks_caption_is(n) &&
		    n->parent != NULL &&
		    import_html_figure_find(n->parent, "img", 0) != NULL &&
		    !import_html_figure_has_media(n->parent, 0)) {
			import_html_blocks_caption(e, n, NULL);
			caption = skip = 1;
		} else if (!lead && import_html_blocks_standfirst(n)) {
			import_html_blocks_child(e, n, 0);
			import_html_blocks_flush(e);
			lead = skip = 1;
		}
	}
}

void
import_html_blocks_emit(struct import_html *h)
{
	struct import_html_emit	 e;

	memset(&e, 0, sizeof e);
	e.h = h;
	e.kind = DOC_BLOCK_PARAGRAPH;
	e.space = 1;
	util_buf_init(&e.buf);
	if (h->nkeep > 0)
		import_html_blocks_lead(&e);
	for (size_t i = 0; i < h->nkeep; i++) {
		struct import_html_node *n = import_html_node_get(h->keep[i]);

		if (n == NULL || (n->flags & IMPORT_HTML_DROP))
			continue;
		/* A kept sibling is walked as if it were a child. */
		import_html_blocks_child(&e, h->keep[i], 0);
		import_html_blocks_flush(&e);
	}
	import_html_blocks_pending_clear(&e);
	import_html_blocks_reset(&e);
	util_buf_clear(&e.buf);
	free(e.links);
}
