/*
 * import-html-figure: captions with their credits, and media embeds.
 *
 * A caption's credit is split off by markup first (a child marked credit,
 * copyright, source, photographer, or <small>/<cite>), else by how credits
 * are written: a trailing "(…)" of at most 90 bytes, else a "Photo:",
 * "Foto:", "Bild:", "©" … tail of at most 100 bytes, the marker kept in
 * the credit. A media block is titled from the embed's attributes; its
 * duration is read as seconds, milliseconds (ten hours or more in seconds
 * cannot be a news clip) or ISO 8601, and written "01:16".
 */
#include <stdlib.h>
#include <string.h>

#include "import-html.h"
#include "util.h"

/* Splits a caption's text into text and credit (see the file's top). */
static void
import_html_figure_split(char *text, char **credit)
{
	static const char *marks[] = {
		"Photo:", "Photos:", "Foto:", "Fotos:", "Bild:", "Credit:",
		"Image:", "Photograph:", "Quelle:", "Source:", "©",
		"Photo by", "Picture:", "Grafik:", "Illustration:",
	};
	size_t	 len = strlen(text);
	char	*p, *open;

	*credit = NULL;
	if (len > 2 && text[len - 1] == ')' &&
	    (open = strrchr(text, '(')) != NULL && len - (size_t)(open -
	    text) <= 90 && open > text) {
		*credit = xstrndup(open + 1, len - (size_t)(open - text) - 2);
		*open = '\0';
		return;
	}
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		p = strstr(text, marks[i]);
		if (p != NULL && strlen(p) <= 100 && (p == text ||
		    p[-1] == ' ' || p[-1] == '|' || p[-1] == '.')) {
			*credit = xstrdup(p);
			*p = '\0';
			return;
		}
	}
}

/* Whether node is a credit inside a caption (by markup). */
static int
import_html_figure_credit_is(xmlNodePtr node)
{
	static const char *words[] = { "credit", "copy", "source",
		"photographer", "author", "byline", "rights" };

	if (import_html_tag_is(node, "small") ||
	    import_html_tag_is(node, "cite"))
		return 1;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (import_html_class_has(node, words[i]))
			return 1;
	}
	return 0;
}

/* A caption block from an element's text with its credit split off. */
void
import_html_figure_caption(struct doc *doc, xmlNodePtr cap,
    const char *fallback)
{
	struct util_buf		 rest;
	struct doc_block	*b;
	char			*text, *credit = NULL, *raw, *t;
	size_t			 len;

	util_buf_init(&rest);
	for (xmlNodePtr c = cap != NULL ? cap->children : NULL; c != NULL;
	    c = c->next) {
		if (c->type == XML_ELEMENT_NODE &&
		    import_html_figure_credit_is(c) && credit == NULL) {
			credit = import_html_text_get(c);
			continue;
		}
		if (c->type == XML_TEXT_NODE && c->content != NULL)
			util_buf_add_str(&rest, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE) {
			t = import_html_text_get(c);
			util_buf_printf(&rest, " %s ", t);
			free(t);
		}
	}
	if (cap == NULL && fallback != NULL)
		util_buf_add_str(&rest, fallback);
	raw = util_buf_steal(&rest, &len);
	text = util_text_clean(raw, len);
	free(raw);
	if (credit == NULL || *credit == '\0') {
		free(credit);
		import_html_figure_split(text, &credit);
	}
	b = doc_block_append(doc, DOC_BLOCK_CAPTION, text, strlen(text));
	if (b != NULL && credit != NULL)
		doc_block_set_credit(b, credit);
	free(text);
	free(credit);
}

/* Longer than ten days is no video's duration. */
#define IMPORT_HTML_DURATION_MAX	(86400L * 10)

/* "01:16" from a duration in seconds, milliseconds or ISO 8601 (PT1M16S). */
static char *
import_html_figure_duration(const char *v)
{
	long	 secs = 0, n = 0;
	char	*end;

	if (v == NULL || *v == '\0')
		return NULL;
	if (v[0] == 'P' || v[0] == 'p') {
		/* Each number and product is checked before it could pass
		 * ten days: "PT4444444444444444444S" must not overflow. */
		for (const char *p = v; *p != '\0'; p++) {
			if (*p >= '0' && *p <= '9') {
				if (n > IMPORT_HTML_DURATION_MAX)
					return NULL;
				n = n * 10 + (*p - '0');
			} else if (*p == 'H' || *p == 'M' || *p == 'S') {
				long unit = *p == 'H' ? 3600 : *p == 'M' ? 60 : 1;

				if (n > IMPORT_HTML_DURATION_MAX / unit)
					return NULL;
				secs += n * unit;
				n = 0;
			}
			if (secs > IMPORT_HTML_DURATION_MAX)
				return NULL;
		}
	} else {
		secs = strtol(v, &end, 10);
		if (end == v || secs <= 0 || secs > 86400L * 1000 * 10)
			return NULL;
		if (secs >= 36000)	/* ten hours: milliseconds, surely */
			secs /= 1000;
	}
	if (secs <= 0)
		return NULL;
	if (secs >= 3600)
		return xasprintf("%ld:%02ld:%02ld", secs / 3600,
		    secs / 60 % 60, secs % 60);
	return xasprintf("%02ld:%02ld", secs / 60, secs % 60);
}

void
import_html_figure_media(struct doc *doc, xmlNodePtr node)
{
	static const char *names[] = { "data-headline", "data-title",
		"title", "aria-label" };
	struct doc_block	*b;
	char			*title = NULL, *dur;

	for (size_t i = 0; title == NULL && i < 4; i++) {
		title = import_html_attr_get(node, names[i]);
		if (title != NULL && *title == '\0') {
			xmlFree(title);
			title = NULL;
		}
	}
	if (title == NULL)
		title = (char *)xmlStrdup((const xmlChar *)
		    (import_html_tag_is(node, "audio") ? "Audio" : "Video"));
	b = doc_block_append(doc, DOC_BLOCK_MEDIA, title, strlen(title));
	xmlFree(title);
	if (b == NULL)
		return;
	title = import_html_attr_get(node, "data-duration");
	dur = import_html_figure_duration(title);
	if (dur != NULL)
		doc_block_set_duration(b, dur);
	xmlFree(title);
	free(dur);
}

/* Whether a subtree holds a media embed (a few levels down). */
int
import_html_figure_has_media(xmlNodePtr node, int depth)
{
	struct import_html_node	*n;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if ((n = import_html_node_get(c)) == NULL)
			continue;
		if (n->flags & IMPORT_HTML_MEDIA)
			return 1;
		if (depth < 3 && import_html_figure_has_media(c, depth + 1))
			return 1;
	}
	return 0;
}

xmlNodePtr
import_html_figure_find(xmlNodePtr node, const char *tag, int depth)
{
	xmlNodePtr	 f;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if (import_html_tag_is(c, tag))
			return c;
		if (depth < 8 && c->type == XML_ELEMENT_NODE &&
		    (f = import_html_figure_find(c, tag, depth + 1)) != NULL)
			return f;
	}
	return NULL;
}

