/*
 * import-html-meta: title, authors, date, kicker, site, language and URL.
 *
 * One walk over the whole tree (before extraction removes anything) keeps
 * the first value each source offers: <title>, <meta> by name, property or
 * itemprop (OpenGraph, article:, Dublin Core and the common ad-hoc names),
 * <link rel=canonical>, <html lang>, JSON-LD, the first <time datetime>,
 * the first <h1>, visible kicker elements, and (import-html-byline.c) the
 * byline, dateline and source line shown. Then each field
 * takes the most trustworthy source present: structured data first (it is
 * written for machines), then meta tags, then what the page shows. The
 * site's name is never taken as an author.
 *
 * The title is the visible <h1> when another source confirms it (the
 * headline a reader sees), else JSON-LD's headline, else og:title or
 * <title> with a " | Site" tail cut off.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"
#include "util.h"

/* Meta names for the published date, best first. */
static const char *import_html_meta_dates[] = {
	"article:published_time", "og:article:published_time",
	"datepublished", "article.published", "og:published_time",
	"published_time", "publish-date", "publishdate", "pubdate",
	"parsely-pub-date", "sailthru.date", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.date", "date",
	"dcterms.created", "dc.date.created", "last-modified",
};

/* From here on the names are generic: pages put the time the page was
 * built or changed there as often as the time it was published. */
#define IMPORT_HTML_META_DATE_WEAK	13

static const char *import_html_meta_author_names[] = {
	"author", "article:author", "dc.creator", "dcterms.creator",
	"sailthru.author", "parsely-author", "byl", "twitter:creator",
};

static void
import_html_meta_keep(char **field, const char *value)
{
	if (*field == NULL && value != NULL) {
		char *dec = import_html_entities_decode(value);
		char *clean = util_text_clean(dec, strlen(dec));

		free(dec);
		if (*clean != '\0')
			*field = clean;
		else
			free(clean);
	}
}

static int
import_html_meta_rank(const char *name, const char **names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strcasecmp(name, names[i]) == 0)
			return (int)i;
	}
	return -1;
}

/* Dates and authors from meta tags are ranked; these hold the best rank
 * seen so far while collecting. */
struct import_html_meta_ranks {
	int	 date;
	int	 author;
};

/* A date meta tag: the best-ranked one is kept, and every one is noted so
 * a date shown on the page can be checked against them all. */
static void
import_html_meta_date(struct import_html_meta *m, const char *content,
    int rank, struct import_html_meta_ranks *r)
{
	char	*iso = import_html_date_iso(content);
	char	*all;

	if (iso != NULL) {
		all = xasprintf("%s%s\n", m->meta_dates != NULL ?
		    m->meta_dates : "", iso);
		free(m->meta_dates);
		m->meta_dates = all;
		free(iso);
	}
	if (rank >= r->date)
		return;
	free(m->published);
	m->published = NULL;
	import_html_meta_keep(&m->published, content);
	m->published_weak = rank >= IMPORT_HTML_META_DATE_WEAK;
	r->date = rank;
}

static void
import_html_meta_tag(struct import_html *h, xmlNodePtr node,
    struct import_html_meta_ranks *r)
{
	struct import_html_meta	*m = &h->meta;
	const char		*keys[] = { "property", "name", "itemprop" };
	char			*content, *key;
	int			 rank;

	content = import_html_attr_get(node, "content");
	if (content == NULL)
		return;
	for (size_t i = 0; i < 3; i++) {
		if ((key = import_html_attr_get(node, keys[i])) == NULL)
			continue;
		if (strcasecmp(key, "og:title") == 0 ||
		    strcasecmp(key, "twitter:title") == 0)
			import_html_meta_keep(&m->og_title, content);
		else if (strcasecmp(key, "og:site_name") == 0)
			import_html_meta_keep(&m->site, content);
		else if (strcasecmp(key, "og:url") == 0)
			import_html_meta_keep(&m->og_url, content);
		else if (strcasecmp(key, "article:section") == 0)
			import_html_meta_keep(&m->section, content);
		else if (strcasecmp(key, "og:locale") == 0 ||
		    strcasecmp(key, "content-language") == 0 ||
		    strcasecmp(key, "language") == 0)
			import_html_meta_keep(&m->meta_language, content);
		else if ((rank = import_html_meta_rank(key,
		    import_html_meta_dates, sizeof import_html_meta_dates /
		    sizeof import_html_meta_dates[0])) >= 0)
			import_html_meta_date(m, content, rank, r);
		else if ((rank = import_html_meta_rank(key,
		    import_html_meta_author_names,
		    sizeof import_html_meta_author_names /
		    sizeof import_html_meta_author_names[0])) >= 0 &&
		    rank < r->author && strstr(content, "://") == NULL &&
		    content[0] != '@') {
			free(m->meta_authors);
			m->meta_authors = NULL;
			import_html_meta_keep(&m->meta_authors, content);
			r->author = rank;
		}
		xmlFree(key);
	}
	xmlFree(content);
}

static void
import_html_meta_link(struct import_html *h, xmlNodePtr node)
{
	char	*rel = import_html_attr_get(node, "rel");
	char	*href = import_html_attr_get(node, "href");

	if (rel != NULL && href != NULL && strcasecmp(rel, "canonical") == 0)
		import_html_meta_keep(&h->meta.url, href);
	xmlFree(rel);
	xmlFree(href);
}

static void
import_html_meta_script(struct import_html *h, xmlNodePtr node)
{
	char	*type = import_html_attr_get(node, "type");
	char	*text;

	if (type != NULL && strcasecmp(type, "application/ld+json") == 0) {
		text = (char *)xmlNodeGetContent(node);
		if (text != NULL)
			import_html_jsonld_read(&h->meta, text, strlen(text));
		xmlFree(text);
	}
	xmlFree(type);
}

char *
import_html_meta_short(xmlNodePtr node, size_t max)
{
	char	*t = import_html_text_get(node);

	if (*t == '\0' || strlen(t) > max) {
		free(t);
		return NULL;
	}
	return t;
}

/* Hidden from sight but not from parsers: "visually-hidden", "sr-only". */
static int
import_html_meta_hidden(xmlNodePtr node)
{
	return xmlHasProp(node, (const xmlChar *)"hidden") != NULL ||
	    import_html_class_has(node, "visually-hidden") ||
	    import_html_class_has(node, "sr-only") ||
	    import_html_class_has(node, "screen-reader");
}

static int
import_html_meta_kicker_is(xmlNodePtr node)
{
	return import_html_class_has(node, "kicker") ||
	    import_html_class_has(node, "eyebrow") ||
	    import_html_class_has(node, "overline") ||
	    import_html_class_has(node, "dachzeile") ||
	    import_html_class_has(node, "topline");
}

/* A link to the home page: a logo put in an <h1>, not a headline. */
static int
import_html_meta_logo(xmlNodePtr h1)
{
	xmlNodePtr	 a = NULL;
	char		*href;
	const char	*p;
	int		 yes, slashes = 0;

	for (xmlNodePtr c = h1->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE && a == NULL &&
		    import_html_tag_is(c, "a"))
			a = c;
		else if (c->type == XML_ELEMENT_NODE || (c->type ==
		    XML_TEXT_NODE && c->content != NULL &&
		    strspn((const char *)c->content, " \t\r\n") !=
		    strlen((const char *)c->content)))
			return 0;
	}
	if ((href = import_html_attr_get(a, "href")) == NULL)
		return 0;
	for (p = href; *p != '\0'; p++)
		slashes += *p == '/';
	yes = strcmp(href, "/") == 0 || strcmp(href, "./") == 0 ||
	    (strstr(href, "://") != NULL && slashes <= 3 &&
	    (slashes < 3 || href[strlen(href) - 1] == '/'));
	xmlFree(href);
	return yes;
}

/* The headline: an <h1>'s text less hidden parts and a kicker inside it
 * (which becomes the kicker: it is the one next to the headline). */
static void
import_html_meta_h1(struct import_html_meta *m, xmlNodePtr h1)
{
	struct util_buf	 b;
	char		*t, *raw;
	size_t		 len;

	if (import_html_meta_hidden(h1) || import_html_meta_logo(h1))
		return;
	util_buf_init(&b);
	for (xmlNodePtr c = h1->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL)
			util_buf_add_str(&b, (const char *)c->content);
		if (c->type != XML_ELEMENT_NODE || import_html_meta_hidden(c))
			continue;
		t = import_html_text_get(c);
		if (import_html_meta_kicker_is(c) && *t != '\0') {
			free(m->kicker);
			m->kicker = t;
			continue;
		}
		util_buf_printf(&b, " %s ", t);
		free(t);
	}
	raw = util_buf_steal(&b, &len);
	t = raw + strspn(raw, " \t\r\n:|-");	/* what joined a kicker */
	m->h1 = util_text_clean(t, strlen(t));
	free(raw);
	if (*m->h1 == '\0' || len > 600) {
		free(m->h1);
		m->h1 = NULL;
	} else
		m->h1_node = h1;
}

static void
import_html_meta_visible(struct import_html *h, xmlNodePtr node)
{
	struct import_html_meta	*m = &h->meta;
	const char		*v;

	if (import_html_tag_is(node, "time") && m->time_date == NULL)
		import_html_meta_keep(&m->time_date,
		    import_html_attr_peek(node, "datetime"));
	v = import_html_attr_peek(node, "itemprop");
	if (v != NULL && strcasecmp(v, "datePublished") == 0 &&
	    m->item_published == NULL) {
		v = import_html_attr_peek(node, "content");
		if (v == NULL)
			v = import_html_attr_peek(node, "datetime");
		import_html_meta_keep(&m->item_published, v);
	}
	if (import_html_tag_is(node, "h1") && m->h1 == NULL)
		import_html_meta_h1(m, node);
	else if (m->item_title == NULL && !import_html_tag_is(node, "h1") &&
	    (v = import_html_attr_peek(node, "itemprop")) != NULL &&
	    strcasecmp(v, "headline") == 0 && !import_html_meta_hidden(node))
		m->item_title = import_html_meta_short(node, 600);
	import_html_byline_visit(m, node);
	if (m->kicker == NULL && import_html_meta_kicker_is(node))
		m->kicker = import_html_meta_short(node, 80);
}

static void
import_html_meta_walk(struct import_html *h, xmlNodePtr node, int depth,
    struct import_html_meta_ranks *r)
{
	for (xmlNodePtr c = node; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (import_html_tag_is(c, "meta"))
			import_html_meta_tag(h, c, r);
		else if (import_html_tag_is(c, "link"))
			import_html_meta_link(h, c);
		else if (import_html_tag_is(c, "script"))
			import_html_meta_script(h, c);
		else if (import_html_tag_is(c, "title") &&
		    h->meta.doc_title == NULL)
			h->meta.doc_title = import_html_meta_short(c, 600);
		else if (!import_html_tag_is(c, "style"))
			import_html_meta_visible(h, c);
		if (depth < IMPORT_HTML_MAX_DEPTH &&
		    !import_html_tag_is(c, "script") &&
		    !import_html_tag_is(c, "style"))
			import_html_meta_walk(h, c->children, depth + 1, r);
	}
}

/* Cuts a " | Site" or " - Site" tail (or head) off a page title. */
static char *
import_html_meta_title_cut(const char *title, const char *site)
{
	static const char *seps[] = { " | ", " - ", " – ", " — ", " :: ",
		" · ", " « ", " » ", " / " };
	const char	*p, *best = NULL;
	size_t		 seplen = 0;

	for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		if ((p = strstr(title, seps[i])) == NULL)
			continue;
		/* The last separator of this kind. */
		for (const char *q = p; q != NULL; q = strstr(q + 1, seps[i]))
			p = q;
		if (best == NULL || p > best) {
			best = p;
			seplen = strlen(seps[i]);
		}
	}
	if (best == NULL)
		return xstrdup(title);
	if (site != NULL && strncasecmp(title, site, strlen(site)) == 0 &&
	    strncmp(title + strlen(site), best, seplen) == 0)
		return xstrdup(best + seplen);
	if (strlen(best + seplen) > 40)
		return xstrdup(title);
	return xstrndup(title, (size_t)(best - title));
}

/* Letters and digits only, ASCII lowercased: titles compared this way
 * match across quote styles, dashes and spacing. Caller frees. */
static char *
import_html_meta_letters(const char *s)
{
	struct util_buf	 b;
	int32_t		 cp;
	int		 n;

	util_buf_init(&b);
	for (; *s != '\0'; s += n) {
		n = util_utf8_decode(s, strlen(s), &cp);
		if (n < 1) {
			n = 1;
			continue;
		}
		if (cp < 0x80 && isalnum(cp))
			util_buf_add_char(&b, (char)tolower(cp));
		else if (cp >= 0xc0 && !(cp >= 0x2000 && cp <= 0x206f))
			util_buf_add(&b, s, (size_t)n);
	}
	return util_buf_steal(&b, NULL);
}

/* Whether the page's h1 is confirmed by another title source. */
static int
import_html_meta_contains(const char *a, const char *b)
{
	char	*la, *lb;
	int	 yes;

	if (a == NULL || b == NULL)
		return 0;
	la = import_html_meta_letters(a);
	lb = import_html_meta_letters(b);
	yes = *lb != '\0' && strstr(la, lb) != NULL;
	free(la);
	free(lb);
	return yes;
}

/* Whether a headline shown on the page is confirmed by a title source
 * written for machines (JSON-LD, OpenGraph, <title>). */
static int
import_html_meta_confirmed(const struct import_html_meta *m, const char *t)
{
	return t != NULL && (import_html_meta_contains(m->og_title, t) ||
	    import_html_meta_contains(m->ld_title, t) ||
	    import_html_meta_contains(m->doc_title, t));
}

/* The headline the reader sees, confirmed: the <h1>, else an element
 * marked itemprop=headline (pages that put the site's name or another
 * story in their only <h1>); then the machine-readable titles. */
static void
import_html_meta_title_choose(struct import_html_meta *m)
{
	const char	*h1 = m->h1;

	if (h1 != NULL && import_html_meta_contains(m->site, h1))
		h1 = NULL;	/* a logo in an <h1> */
	if (import_html_meta_confirmed(m, h1))
		m->title = xstrdup(h1);
	else if (import_html_meta_confirmed(m, m->item_title))
		m->title = xstrdup(m->item_title);
	else if (m->ld_title != NULL)
		m->title = xstrdup(m->ld_title);
	else if (m->og_title != NULL)
		m->title = import_html_meta_title_cut(m->og_title, m->site);
	else if (m->doc_title != NULL)
		m->title = import_html_meta_title_cut(m->doc_title, m->site);
	else if (h1 != NULL)
		m->title = xstrdup(h1);
}

void
import_html_meta_collect(struct import_html *h)
{
	struct import_html_meta_ranks	 r = { 1000, 1000 };
	xmlNodePtr			 root = xmlDocGetRootElement(h->xdoc);
	char				*lang;

	lang = import_html_attr_get(root, "lang");
	if (lang == NULL)
		lang = import_html_attr_get(root, "xml:lang");
	import_html_meta_keep(&h->meta.language, lang);
	xmlFree(lang);
	import_html_meta_walk(h, root, 0, &r);
	import_html_meta_title_choose(&h->meta);
}

static void
import_html_meta_lang_apply(struct import_html *h)
{
	const char	*l = h->meta.language;
	char		 code[4];
	size_t		 n = 0;

	if (l == NULL)
		l = h->meta.meta_language;
	if (l == NULL)
		return;
	while (n < 3 && isalpha((unsigned char)l[n])) {
		code[n] = (char)tolower((unsigned char)l[n]);
		n++;
	}
	code[n] = '\0';
	if (n >= 2 && !isalpha((unsigned char)l[n]))
		doc_meta_set_language(h->doc, code);
}

/*
 * A German title's straight double quotes as German typesetting writes
 * them, „…“: "Wir dekorieren …" is a typewriter's stand-in, and the title
 * is set as a headline. The body keeps the page's own characters: notes
 * and quotes are anchored in them.
 */
static void
import_html_meta_quotes_de(struct import_html *h)
{
	const char	*lang = h->doc->meta.language;
	char		*set;

	if (h->doc->meta.title == NULL || lang == NULL ||
	    strcmp(lang, "de") != 0)
		return;
	if ((set = util_text_quotes_de(h->doc->meta.title)) != NULL) {
		doc_meta_set_title(h->doc, set);
		free(set);
	}
}

void
import_html_meta_apply(struct import_html *h)
{
	struct import_html_meta	*m = &h->meta;
	const char		*kicker = m->kicker;

	doc_meta_set_title(h->doc, m->title);
	if (m->ld_authors != NULL)
		import_html_author_add(h, m->ld_authors);
	if (h->doc->meta.nauthors == 0 && m->meta_authors != NULL)
		import_html_author_add(h, m->meta_authors);
	if (h->doc->meta.nauthors == 0 && m->byline != NULL)
		import_html_author_add(h, m->byline);
	if (h->doc->meta.nauthors == 0)
		import_html_author_dateline(h);
	if (h->doc->meta.nauthors == 0 && m->agency != NULL)
		doc_meta_add_author(h->doc, m->agency);
	import_html_date_apply(h);
	if (kicker == NULL)
		kicker = m->section != NULL ? m->section : m->ld_section;
	doc_meta_add_kicker(h->doc, kicker);
	doc_meta_set_site(h->doc, m->site != NULL ? m->site : m->ld_site);
	doc_meta_set_url(h->doc, m->url != NULL ? m->url : m->og_url);
	import_html_meta_lang_apply(h);
	import_html_meta_quotes_de(h);
}

void
import_html_meta_clear(struct import_html_meta *m)
{
	char	**fields[] = { &m->title, &m->h1, &m->item_title,
	    &m->doc_title,
	    &m->og_title,
	    &m->ld_title, &m->site, &m->ld_site, &m->url, &m->og_url,
	    &m->language, &m->meta_language, &m->published,
	    &m->meta_dates, &m->dateline,
	    &m->item_published, &m->ld_any_published,
	    &m->ld_published, &m->time_date, &m->ld_authors,
	    &m->meta_authors, &m->byline, &m->agency, &m->section,
	    &m->ld_section,
	    &m->kicker };

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		free(*fields[i]);
		*fields[i] = NULL;
	}
}
