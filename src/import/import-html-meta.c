/*
 * import-html-meta: title, authors, date, kicker, site, language and URL.
 *
 * One walk over the whole tree (before extraction removes anything) keeps
 * the first value each source offers: <title>, <meta> by name, property or
 * itemprop (OpenGraph, article:, Dublin Core and the common ad-hoc names),
 * <link rel=canonical>, <html lang>, JSON-LD, the first <time datetime>,
 * the first <h1>, and visible byline and kicker elements. Then each field
 * takes the most trustworthy source present: structured data first (it is
 * written for machines), then meta tags, then what the page shows. The
 * site's name is never taken as an author.
 *
 * The title is the visible <h1> when another source confirms it (the
 * headline a reader sees), else JSON-LD's headline, else og:title or
 * <title> with a " | Site" tail cut off.
 */
#include <ctype.h>
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

static const char *import_html_meta_author_names[] = {
	"author", "article:author", "dc.creator", "dcterms.creator",
	"sailthru.author", "parsely-author", "byl", "twitter:creator",
};

static void
import_html_meta_keep(char **field, const char *value)
{
	if (*field == NULL && value != NULL) {
		char *clean = util_text_clean(value, strlen(value));

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
		    sizeof import_html_meta_dates[0])) >= 0 && rank < r->date) {
			free(m->published);
			m->published = NULL;
			import_html_meta_keep(&m->published, content);
			r->date = rank;
		} else if ((rank = import_html_meta_rank(key,
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

/* Short visible text of an element, or NULL when longer than max. */
static char *
import_html_meta_short(xmlNodePtr node, size_t max)
{
	char	*t = import_html_text_get(node);

	if (*t == '\0' || strlen(t) > max) {
		free(t);
		return NULL;
	}
	return t;
}

static void
import_html_meta_visible(struct import_html *h, xmlNodePtr node)
{
	struct import_html_meta	*m = &h->meta;
	char			*v, *t;

	if (import_html_tag_is(node, "time") && m->time_date == NULL) {
		v = import_html_attr_get(node, "datetime");
		import_html_meta_keep(&m->time_date, v);
		xmlFree(v);
	}
	if (import_html_tag_is(node, "h1") && m->h1 == NULL)
		m->h1 = import_html_meta_short(node, 400);
	if (m->byline == NULL) {
		v = import_html_attr_get(node, "rel");
		t = import_html_attr_get(node, "itemprop");
		if ((v != NULL && strcasecmp(v, "author") == 0) ||
		    (t != NULL && strcasecmp(t, "author") == 0) ||
		    import_html_class_has(node, "byline") ||
		    import_html_class_has(node, "author-name") ||
		    import_html_class_has(node, "autor"))
			m->byline = import_html_meta_short(node, 120);
		xmlFree(v);
		xmlFree(t);
	}
	if (m->kicker == NULL && (import_html_class_has(node, "kicker") ||
	    import_html_class_has(node, "eyebrow") ||
	    import_html_class_has(node, "overline")))
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

/* Whether a contains b, ignoring case (ASCII) and around it. */
static int
import_html_meta_contains(const char *a, const char *b)
{
	return a != NULL && b != NULL && *b != '\0' &&
	    import_html_find(a, b) != NULL;
}

static void
import_html_meta_title_choose(struct import_html_meta *m)
{
	const char	*h1 = m->h1;

	if (h1 != NULL && (import_html_meta_contains(m->og_title, h1) ||
	    import_html_meta_contains(m->ld_title, h1) ||
	    import_html_meta_contains(m->doc_title, h1)))
		m->title = xstrdup(h1);
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

static int
import_html_meta_digits(const char *s, int n, int *out)
{
	*out = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		*out = *out * 10 + (s[i] - '0');
	}
	return 1;
}

static int
import_html_meta_month(const char *s)
{
	static const char *months[][2] = {
		{ "jan", "jän" }, { "feb", "feb" }, { "mar", "mär" },
		{ "apr", "apr" }, { "may", "mai" }, { "jun", "jun" },
		{ "jul", "jul" }, { "aug", "aug" }, { "sep", "sep" },
		{ "oct", "okt" }, { "nov", "nov" }, { "dec", "dez" },
	};
	const char	*p;

	for (int i = 0; i < 12; i++) {
		for (int k = 0; k < 2; k++) {
			p = import_html_find(s, months[i][k]);
			if (p != NULL && (p == s || !isalpha((unsigned char)
			    p[-1])))
				return i + 1;
		}
	}
	return 0;
}

/* Day, month name and year in any order ("March 18, 2015", "18. März
 * 2015"), as YYYY-MM-DD, or NULL. */
static char *
import_html_meta_date_words(const char *s)
{
	int	 month = import_html_meta_month(s), year = 0, day = 0, v;

	if (month == 0)
		return NULL;
	for (const char *p = s; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p) || (p > s &&
		    isdigit((unsigned char)p[-1])))
			continue;
		if (import_html_meta_digits(p, 4, &v) &&
		    !isdigit((unsigned char)p[4]) && year == 0)
			year = v;
		else if (import_html_meta_digits(p, 1, &v) && day == 0) {
			if (isdigit((unsigned char)p[1]))
				import_html_meta_digits(p, 2, &v);
			if (!isdigit((unsigned char)p[v >= 10 ? 2 : 1]))
				day = v;
		}
	}
	if (year < 1990 || year > 2100 || day < 1 || day > 31)
		return NULL;
	return xasprintf("%04d-%02d-%02d", year, month, day);
}

/* The time part after a date: "Thh:mm[:ss][zone]", cleaned. */
static void
import_html_meta_date_time(const char *t, struct util_buf *b)
{
	int	 v;

	if ((*t != 'T' && *t != ' ') || !import_html_meta_digits(t + 1, 2,
	    &v) || t[3] != ':' || !import_html_meta_digits(t + 4, 2, &v))
		return;
	util_buf_add_char(b, 'T');
	util_buf_add(b, t + 1, 5);
	t += 6;
	if (*t == ':' && import_html_meta_digits(t + 1, 2, &v)) {
		util_buf_add(b, t, 3);
		t += 3;
	}
	while (*t == '.' || isdigit((unsigned char)*t))
		t++;
	if (*t == 'Z')
		util_buf_add_char(b, 'Z');
	else if ((*t == '+' || *t == '-') &&
	    import_html_meta_digits(t + 1, 2, &v)) {
		util_buf_add(b, t, 3);
		t += 3;
		if (*t == ':')
			t++;
		if (import_html_meta_digits(t, 2, &v))
			util_buf_printf(b, ":%.2s", t);
	}
}

char *
import_html_meta_date_iso(const char *s)
{
	struct util_buf	 b;
	int		 y, mo, d;

	if (s == NULL)
		return NULL;
	while (isspace((unsigned char)*s))
		s++;
	if (import_html_meta_digits(s, 4, &y) && (s[4] == '-' ||
	    s[4] == '/') && import_html_meta_digits(s + 5, 2, &mo) &&
	    s[7] == s[4] && import_html_meta_digits(s + 8, 2, &d)) {
		s += 10;
	} else if (import_html_meta_digits(s, 4, &y) &&
	    import_html_meta_digits(s + 4, 2, &mo) &&
	    import_html_meta_digits(s + 6, 2, &d) &&
	    !isdigit((unsigned char)s[8])) {
		s += 8;
	} else if (import_html_meta_digits(s, 2, &d) && s[2] == '.' &&
	    import_html_meta_digits(s + 3, 2, &mo) && s[5] == '.' &&
	    import_html_meta_digits(s + 6, 4, &y)) {
		s += 10;
	} else
		return import_html_meta_date_words(s);
	if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return NULL;
	util_buf_init(&b);
	util_buf_printf(&b, "%04d-%02d-%02d", y, mo, d);
	import_html_meta_date_time(s, &b);
	return util_buf_steal(&b, NULL);
}

/* "/2015/03/18/" in a URL as a date: the last resort. */
static char *
import_html_meta_date_url(const char *url)
{
	int	 y, mo, d;

	for (const char *p = url; p != NULL && *p != '\0'; p++) {
		if (*p == '/' && import_html_meta_digits(p + 1, 4, &y) &&
		    p[5] == '/' && import_html_meta_digits(p + 6, 2, &mo) &&
		    p[8] == '/' && import_html_meta_digits(p + 9, 2, &d) &&
		    y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 &&
		    d >= 1 && d <= 31)
			return xasprintf("%04d-%02d-%02d", y, mo, d);
	}
	return NULL;
}

static void
import_html_meta_date_apply(struct import_html *h)
{
	const char	*srcs[] = { h->meta.ld_published, h->meta.published,
	    h->meta.time_date };
	char		*iso = NULL;

	for (size_t i = 0; iso == NULL && i < 3; i++)
		iso = import_html_meta_date_iso(srcs[i]);
	if (iso == NULL)
		iso = import_html_meta_date_url(h->meta.url);
	if (iso == NULL)
		iso = import_html_meta_date_url(h->meta.og_url);
	doc_meta_set_published(h->doc, iso);
	free(iso);
}

/* Drops "By", "Von", "Autor:" … in front of a name. */
static const char *
import_html_meta_author_trim(const char *s)
{
	static const char *lead[] = { "written by ", "by ", "von ",
		"autor: ", "autorin: ", "author: ", "text: ", "ein bericht von ",
		"from " };

	while (*s == ' ' || *s == ',' || *s == '|')
		s++;
	for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		if (strncasecmp(s, lead[i], strlen(lead[i])) == 0)
			s += strlen(lead[i]);
	}
	return s;
}

static int
import_html_meta_author_site(const struct import_html_meta *m,
    const char *name)
{
	return (m->site != NULL && strcasecmp(m->site, name) == 0) ||
	    (m->ld_site != NULL && strcasecmp(m->ld_site, name) == 0);
}

/* Adds the names in a list ("A, B and C"; one per line from JSON-LD). */
static void
import_html_meta_authors_add(struct import_html *h, const char *list)
{
	static const char *seps[] = { "\n", " and ", " und ", ", ", " & ",
		" / ", " | " };
	char	*copy = xstrdup(list), *p = copy, *cut;
	size_t	 best = 0;

	while (*p != '\0' && h->doc->meta.nauthors < 8) {
		cut = NULL;
		for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
			char *q = strstr(p, seps[i]);

			if (q != NULL && (cut == NULL || q < cut)) {
				cut = q;
				best = strlen(seps[i]);
			}
		}
		if (cut != NULL)
			*cut = '\0';
		p = (char *)import_html_meta_author_trim(p);
		if (*p != '\0' && strlen(p) <= 60 &&
		    !import_html_meta_author_site(&h->meta, p))
			doc_meta_add_author(h->doc, p);
		if (cut == NULL)
			break;
		p = cut + best;
	}
	free(copy);
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

void
import_html_meta_apply(struct import_html *h)
{
	struct import_html_meta	*m = &h->meta;
	const char		*kicker = m->kicker;

	doc_meta_set_title(h->doc, m->title);
	if (m->ld_authors != NULL)
		import_html_meta_authors_add(h, m->ld_authors);
	if (h->doc->meta.nauthors == 0 && m->meta_authors != NULL)
		import_html_meta_authors_add(h, m->meta_authors);
	if (h->doc->meta.nauthors == 0 && m->byline != NULL)
		import_html_meta_authors_add(h, m->byline);
	import_html_meta_date_apply(h);
	if (kicker == NULL)
		kicker = m->section != NULL ? m->section : m->ld_section;
	doc_meta_add_kicker(h->doc, kicker);
	doc_meta_set_site(h->doc, m->site != NULL ? m->site : m->ld_site);
	doc_meta_set_url(h->doc, m->url != NULL ? m->url : m->og_url);
	import_html_meta_lang_apply(h);
}

void
import_html_meta_clear(struct import_html_meta *m)
{
	char	**fields[] = { &m->title, &m->h1, &m->doc_title, &m->og_title,
	    &m->ld_title, &m->site, &m->ld_site, &m->url, &m->og_url,
	    &m->language, &m->meta_language, &m->published,
	    &m->ld_published, &m->time_date, &m->ld_authors,
	    &m->meta_authors, &m->byline, &m->section, &m->ld_section,
	    &m->kicker };

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		free(*fields[i]);
		*fields[i] = NULL;
	}
}
