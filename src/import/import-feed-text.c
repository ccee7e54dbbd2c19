/*
 * import-feed-text: the strings of a feed as marginalia keeps them. Text
 * comes out of the XML tree cleaned like block text; summaries, which
 * feeds fill with escaped HTML, lose their markup; dates become ISO 8601;
 * links are resolved against the feed and kept only when they are plain
 * http(s) URLs, since a link is something the reader may later open.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/uri.h>

#include "import-feed.h"
#include "util.h"

int
import_feed_node_is(xmlNodePtr node, const char *ns, const char *name)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE ||
	    strcmp((const char *)node->name, name) != 0)
		return 0;
	if (ns == NULL)
		return node->ns == NULL;
	return node->ns != NULL && node->ns->href != NULL &&
	    strcmp((const char *)node->ns->href, ns) == 0;
}

xmlNodePtr
import_feed_node_child(xmlNodePtr parent, const char *ns, const char *name)
{
	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		if (import_feed_node_is(c, ns, name))
			return c;
	}
	return NULL;
}

/* Cleans s and frees it; NULL for NULL or for what cleans to "". */
static char *
import_feed_text_clean(char *s)
{
	char	*clean;

	if (s == NULL)
		return NULL;
	if (!util_utf8_valid(s, strlen(s))) {
		free(s);
		return NULL;
	}
	clean = util_text_clean(s, strlen(s));
	free(s);
	if (*clean == '\0') {
		free(clean);
		return NULL;
	}
	return clean;
}

/* Copies what libxml2 allocated into our own allocation. */
static char *
import_feed_text_own(xmlChar *s)
{
	char	*copy;

	if (s == NULL)
		return NULL;
	copy = xstrdup((const char *)s);
	xmlFree(s);
	return copy;
}

char *
import_feed_node_text(xmlNodePtr node)
{
	if (node == NULL)
		return NULL;
	return import_feed_text_clean(import_feed_text_own(
	    xmlNodeGetContent(node)));
}

char *
import_feed_node_attr(xmlNodePtr node, const char *name)
{
	return import_feed_text_clean(import_feed_text_own(
	    xmlGetProp(node, (const xmlChar *)name)));
}

/* Elements after which a reader expects a break between words. */
static int
import_feed_html_breaks(xmlNodePtr n)
{
	static const char *tags[] = { "p", "br", "div", "li", "h1", "h2",
	    "h3", "h4", "h5", "h6", "tr", "td", "blockquote", "figcaption" };

	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		if (strcasecmp((const char *)n->name, tags[i]) == 0)
			return 1;
	}
	return 0;
}

static void
import_feed_html_walk(xmlNodePtr n, struct util_buf *out)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content != NULL)
			util_buf_add_str(out, (const char *)n->content);
		if (n->type != XML_ELEMENT_NODE ||
		    strcasecmp((const char *)n->name, "script") == 0 ||
		    strcasecmp((const char *)n->name, "style") == 0)
			continue;
		import_feed_html_walk(n->children, out);
		if (import_feed_html_breaks(n))
			util_buf_add_char(out, ' ');
	}
}

char *
import_feed_html_text(const char *html)
{
	struct util_buf	 out;
	htmlDocPtr	 hdoc;

	if (html == NULL)
		return NULL;
	/* Most summaries are plain text; spare them the parser. */
	if (strchr(html, '<') == NULL && strchr(html, '&') == NULL)
		return import_feed_text_clean(xstrdup(html));
	hdoc = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING);
	if (hdoc == NULL)
		return NULL;
	util_buf_init(&out);
	import_feed_html_walk(hdoc->children, &out);
	xmlFreeDoc(hdoc);
	return import_feed_text_clean(util_buf_steal(&out, NULL));
}

int
import_feed_link_ok(const char *url)
{
	const char	*p;

	if (url == NULL)
		return 0;
	if (strncasecmp(url, "http://", 7) == 0)
		p = url + 7;
	else if (strncasecmp(url, "https://", 8) == 0)
		p = url + 8;
	else
		return 0;
	if (*p == '\0' || *p == '/')
		return 0;
	for (p = url; *p != '\0'; p++) {
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			return 0;
	}
	return 1;
}

char *
import_feed_link_resolve(const char *href, const char *base)
{
	char	*clean, *abs = NULL;

	clean = import_feed_text_clean(href != NULL ? xstrdup(href) : NULL);
	if (clean == NULL)
		return NULL;
	if (base != NULL && !import_feed_link_ok(clean))
		abs = import_feed_text_own(xmlBuildURI(
		    (const xmlChar *)clean, (const xmlChar *)base));
	if (abs != NULL) {
		free(clean);
		clean = abs;
	}
	if (!import_feed_link_ok(clean)) {
		free(clean);
		return NULL;
	}
	return clean;
}

/* Reads n digits at s into *v; 0 when they are not all digits. */
static int
import_feed_date_digits(const char *s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

/* ISO 8601 as feeds write it (Atom, dc:date): kept up to the seconds and
 * the zone, fractions dropped, a space before the time made a 'T'. */
static char *
import_feed_date_from_iso(const char *s)
{
	int	 y, mo, d, h, mi, sec = 0, zh, zm;
	char	 zone[32] = "";

	if (!import_feed_date_digits(s, 4, &y) || s[4] != '-' ||
	    !import_feed_date_digits(s + 5, 2, &mo) || s[7] != '-' ||
	    !import_feed_date_digits(s + 8, 2, &d) || mo < 1 || mo > 12 ||
	    d < 1 || d > 31)
		return NULL;
	s += 10;
	if ((*s != 'T' && *s != 't' && *s != ' ') ||
	    !import_feed_date_digits(s + 1, 2, &h) || s[3] != ':' ||
	    !import_feed_date_digits(s + 4, 2, &mi) || h > 23 || mi > 59)
		return xasprintf("%04d-%02d-%02d", y, mo, d);
	s += 6;
	if (*s == ':' && import_feed_date_digits(s + 1, 2, &sec))
		s += 3;
	if (*s == '.' || *s == ',')
		while (isdigit((unsigned char)*++s))
			;
	if (*s == 'Z' || *s == 'z')
		strcpy(zone, "Z");
	else if ((*s == '+' || *s == '-') &&
	    import_feed_date_digits(s + 1, 2, &zh) &&
	    (import_feed_date_digits(s + 3, 2, &zm) || (s[3] == ':' &&
	    import_feed_date_digits(s + 4, 2, &zm))) && zh < 24 && zm < 60)
		snprintf(zone, sizeof zone, "%c%02d:%02d", *s, zh, zm);
	return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi,
	    sec > 60 ? 0 : sec, zone);
}

/* An RFC 822 zone: "GMT", "EST", "+0200"; "" when unknown. */
static void
import_feed_date_zone(const char *s, char *zone, size_t zonesz)
{
	static const struct { const char *name; const char *offset; } z[] = {
		{ "GMT", "Z" }, { "UT", "Z" }, { "UTC", "Z" }, { "Z", "Z" },
		{ "EST", "-05:00" }, { "EDT", "-04:00" }, { "CST", "-06:00" },
		{ "CDT", "-05:00" }, { "MST", "-07:00" }, { "MDT", "-06:00" },
		{ "PST", "-08:00" }, { "PDT", "-07:00" },
	};
	int	 zh, zm;

	zone[0] = '\0';
	while (*s == ' ')
		s++;
	if ((*s == '+' || *s == '-') && import_feed_date_digits(s + 1, 2,
	    &zh) && import_feed_date_digits(s + 3, 2, &zm) && zh < 24 &&
	    zm < 60) {
		/* The modulo only tells the compiler the digits fit. */
		snprintf(zone, zonesz, "%c%02u:%02u", *s, (unsigned)zh % 100,
		    (unsigned)zm % 100);
		return;
	}
	for (size_t i = 0; i < sizeof z / sizeof z[0]; i++) {
		if (strncasecmp(s, z[i].name, strlen(z[i].name)) == 0 &&
		    !isalpha((unsigned char)s[strlen(z[i].name)])) {
			snprintf(zone, zonesz, "%s", z[i].offset);
			return;
		}
	}
}

/* RFC 822 as RSS writes it: "[Tue, ]02 Jan 2024 15:04[:05] +0100". */
static char *
import_feed_date_from_rfc822(const char *s)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	char		 mon[4], zone[16];
	int		 d, y, h, mi, sec = 0, used = 0, mo;
	const char	*m;

	if ((m = strchr(s, ',')) != NULL)
		s = m + 1;
	if (sscanf(s, " %2d %3s %4d %2d:%2d%n", &d, mon, &y, &h, &mi,
	    &used) != 5 || used == 0)
		return NULL;
	for (int i = 0; i < 3; i++)
		mon[i] = (char)tolower((unsigned char)mon[i]);
	if (strlen(mon) != 3 || (m = strstr(months, mon)) == NULL ||
	    (m - months) % 3 != 0)
		return NULL;
	mo = (int)(m - months) / 3 + 1;
	s += used;
	if (*s == ':' && import_feed_date_digits(s + 1, 2, &sec))
		s += 3;
	if (y < 100)
		y += y < 50 ? 2000 : 1900;
	if (d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 || y < 1000)
		return NULL;
	import_feed_date_zone(s, zone, sizeof zone);
	return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi,
	    sec > 59 ? 59 : sec, zone);
}

char *
import_feed_date_iso(const char *date)
{
	char	*iso;

	if (date == NULL)
		return NULL;
	while (*date == ' ')
		date++;
	if ((iso = import_feed_date_from_iso(date)) != NULL)
		return iso;
	return import_feed_date_from_rfc822(date);
}
