/*
 * import-html-byline: what a page shows about its article outside the
 * <head>: the byline (class byline/author, rel or itemprop author, an
 * "Autor:" paragraph, a bare "Von Eva Muster"), the dateline ("Stand:
 * 28.04.2020 18:00 Uhr", "Published …") and the source line under agency
 * copy ("Quelle: dpa"). The first of each is kept. A byline inside a link
 * is a teaser's and one inside a figure a photographer's, so neither
 * counts; nor do elements a style hides.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"
#include "util.h"

/* A paragraph naming its author: "Autor: …", "Auteur : …". */
static int
import_html_byline_para(xmlNodePtr node)
{
	static const char *marks[] = { "Autor", "Autorin", "Auteur",
		"Author", "Text" };
	xmlNodePtr	 c = node->children;
	const char	*s;
	size_t		 n;

	if (!import_html_tag_is(node, "p") || c == NULL ||
	    c->type != XML_TEXT_NODE || c->content == NULL)
		return 0;
	s = (const char *)c->content;
	while (*s == ' ' || *s == '\n' || *s == '\t')
		s++;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		n = strlen(marks[i]);
		if (strncmp(s, marks[i], n) == 0 && (s[n] == ':' ||
		    (s[n] == ' ' && s[n + 1] == ':')))
			return 1;
	}
	return 0;
}

/* Whether one of an element's classes is word: "author" is a byline's
 * class, "comment-author" and "author-info" are not. */
static int
import_html_byline_class_word(xmlNodePtr node, const char *word)
{
	const char	*c = import_html_attr_peek(node, "class");
	size_t		 n = strlen(word), len;

	while (c != NULL && *c != '\0') {
		c += strspn(c, " \t\r\n");
		len = strcspn(c, " \t\r\n");
		if (len == n && strncasecmp(c, word, n) == 0)
			return 1;
		c += len;
	}
	return 0;
}

/* Whether a short text is a visible byline: "Von" or "By" and then only
 * capitalised words and the words that join names ("Von Eva Muster und
 * Jan Beispiel"), so a sentence that starts with "Von" is not one. */
static int
import_html_byline_von_names(const char *t)
{
	static const char *joins[] = { "und", "and", "&", "," };
	const char	*w;
	size_t		 n;
	int		 names = 0, ok;

	if (strncmp(t, "Von ", 4) != 0 && strncmp(t, "By ", 3) != 0)
		return 0;
	for (w = strchr(t, ' ') + 1; *w != '\0'; w += n + (w[n] == ' ')) {
		n = strcspn(w, " ");
		ok = isupper((unsigned char)*w) || (unsigned char)*w >= 0xc0;
		for (size_t i = 0; !ok && i < sizeof joins / sizeof joins[0];
		    i++)
			ok = strlen(joins[i]) == n &&
			    strncmp(w, joins[i], n) == 0;
		if (!ok || strcspn(w, "0123456789") < n)
			return 0;
		names++;
	}
	return names >= 2 && names <= 8;
}

/* An element whose text begins "Von …" or "By …" and is nothing but the
 * names: the byline of pages that mark it with no class. */
static int
import_html_byline_von(xmlNodePtr node)
{
	xmlNodePtr	 c = node->children;
	const char	*s;
	char		*t;
	int		 yes;

	if (c == NULL || c->type != XML_TEXT_NODE || c->content == NULL)
		return 0;
	s = (const char *)c->content;
	s += strspn(s, " \t\r\n");
	if (strncmp(s, "Von", 3) != 0 && strncmp(s, "By", 2) != 0)
		return 0;
	if ((t = import_html_meta_short(node, 80)) == NULL)
		return 0;
	yes = import_html_byline_von_names(t);
	free(t);
	return yes;
}

/* Whether an element sits inside a link (a teaser for another article,
 * whose byline is not this page's) or a figure (whose "author" is the
 * photographer). */
static int
import_html_byline_elsewhere(xmlNodePtr node)
{
	for (xmlNodePtr p = node->parent; p != NULL &&
	    p->type == XML_ELEMENT_NODE; p = p->parent) {
		if ((import_html_tag_is(p, "a") &&
		    xmlHasProp(p, (const xmlChar *)"href") != NULL) ||
		    import_html_tag_is(p, "figure") ||
		    import_html_tag_is(p, "figcaption"))
			return 1;
	}
	return 0;
}

static void
import_html_byline_find(struct import_html_meta *m, xmlNodePtr node)
{
	const char	*rel = import_html_attr_peek(node, "rel");
	const char	*prop = import_html_attr_peek(node, "itemprop");

	if (((rel != NULL && strcasecmp(rel, "author") == 0) ||
	    (prop != NULL && strcasecmp(prop, "author") == 0) ||
	    import_html_class_has(node, "byline") ||
	    import_html_byline_class_word(node, "author") ||
	    import_html_byline_class_word(node, "authors") ||
	    import_html_class_has(node, "author-name") ||
	    import_html_class_has(node, "autor") ||
	    import_html_byline_para(node) ||
	    import_html_byline_von(node)) &&
	    !import_html_byline_elsewhere(node))
		m->byline = import_html_meta_short(node, 160);
}

/* The first text below an element (two levels down), or NULL. */
static const char *
import_html_byline_first_text(xmlNodePtr node, int depth)
{
	const char	*s;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL) {
			s = (const char *)c->content;
			s += strspn(s, " \t\r\n");
			if (*s != '\0')
				return s;
		} else if (c->type == XML_ELEMENT_NODE && depth > 0)
			return import_html_byline_first_text(c, depth - 1);
	}
	return NULL;
}

/* The length of a date label a text starts with ("Stand:", "Published
 * on", "Veröffentlicht am"), a whole word, or 0. */
static size_t
import_html_byline_date_label(const char *s)
{
	static const char *labels[] = { "Stand", "Veröffentlicht",
		"Erschienen", "Publiziert", "Datum", "Date", "Published",
		"Posted" };
	size_t	 n;

	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		n = strlen(labels[i]);
		if (strncasecmp(s, labels[i], n) == 0 &&
		    !isalpha((unsigned char)s[n]) &&
		    (unsigned char)s[n] < 0x80)
			return n;
	}
	return 0;
}

/* A visible dateline: a short element that starts with a date label and
 * holds a date; the date text after the label is kept. */
static void
import_html_byline_dateline(struct import_html_meta *m, xmlNodePtr node)
{
	const char	*s = import_html_byline_first_text(node, 2);
	char		*t, *iso;
	size_t		 n;

	if (s == NULL || import_html_byline_date_label(s) == 0 ||
	    (t = import_html_meta_short(node, 100)) == NULL)
		return;
	n = import_html_byline_date_label(t);
	n += strspn(t + n, " :");
	if (strncasecmp(t + n, "am ", 3) == 0 ||
	    strncasecmp(t + n, "on ", 3) == 0)
		n += 3;
	if (n > 0 && (iso = import_html_date_iso(t + n)) != NULL) {
		if (!import_html_byline_elsewhere(node))
			m->dateline = xstrdup(t + n);
		free(iso);
	}
	free(t);
}

/* Hidden by its style, or inside something that is. */
static int
import_html_byline_styled_away(xmlNodePtr node)
{
	const char	*st;

	for (; node != NULL && node->type == XML_ELEMENT_NODE;
	    node = node->parent) {
		st = import_html_attr_peek(node, "style");
		if (st != NULL && (import_html_find(st, "display:none") !=
		    NULL || import_html_find(st, "display: none") != NULL))
			return 1;
	}
	return 0;
}

/* A source line under agency copy ("Quelle: dpa", class "source"), not a
 * picture's credit, shown on the page. */
static void
import_html_byline_agency(struct import_html_meta *m, xmlNodePtr node)
{
	char		*t;
	const char	*v;

	if ((!import_html_class_has(node, "source") &&
	    !import_html_class_has(node, "quelle")) ||
	    import_html_byline_elsewhere(node) ||
	    import_html_byline_styled_away(node) ||
	    (t = import_html_meta_short(node, 60)) == NULL)
		return;
	v = t;
	if (strncasecmp(v, "Quelle:", 7) == 0 ||
	    strncasecmp(v, "Source:", 7) == 0)
		v += 7 + strspn(v + 7, " ");
	if (import_html_author_agency(v))
		m->agency = xstrdup(v);
	free(t);
}

void
import_html_byline_visit(struct import_html_meta *m, xmlNodePtr node)
{
	if (m->byline == NULL)
		import_html_byline_find(m, node);
	if (m->agency == NULL)
		import_html_byline_agency(m, node);
	if (m->dateline == NULL)
		import_html_byline_dateline(m, node);
}
