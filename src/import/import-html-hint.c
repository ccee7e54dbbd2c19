/*
 * import-html-hint: what markup says about an element before its text is
 * weighed. Never text: scripts, styles, controls, iframes, hidden elements.
 * Probably boilerplate (stripped on the first attempt only): page
 * furniture tags and roles, and class or id words such as comment, share,
 * related, sidebar, newsletter, cookie — unless the same attribute also
 * says article, body, content or main. Class/id weight: ±25 per attribute
 * for words that go with boilerplate or with articles. Media: <video>,
 * <audio>, player iframes and script players that carry data-duration and
 * a title. These are conventions of markup; no rule names a site.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"

#define IMPORT_HTML_NWORDS(a)	(sizeof (a) / sizeof (a)[0])

static const char *import_html_hint_skip_tags[] = {
	"script", "style", "noscript", "template", "head", "svg", "math",
	"iframe", "object", "embed", "canvas", "map", "button",
	"input", "select", "textarea", "option", "label", "dialog", "menu",
	"link", "meta", "title",
};

/* Page furniture by tag: stripped like unlikely classes, not always (a
 * page whose markup is broken can end up inside its own <header>). */
static const char *import_html_hint_furniture[] = {
	"aside", "footer", "header", "nav",
};

/* Substrings of class or id that mark boilerplate (first attempt). */
static const char *import_html_hint_unlikely[] = {
	"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
	"community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
	"header", "legends", "menu", "related", "remark", "replies", "rss",
	"shoutbox", "sidebar", "skyscraper", "social", "sponsor",
	"supplemental", "ad-break", "agegate", "pagination", "pager",
	"popup", "yom-remote", "share", "newsletter", "cookie", "consent",
	"subscribe", "outbrain", "taboola", "recommend", "signup",
};

static const char *import_html_hint_maybe[] = {
	"and", "article", "body", "column", "content", "main", "shadow",
};

static const char *import_html_hint_negative[] = {
	"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
	"footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo",
	"related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
	"sponsor", "shopping", "tags", "widget", "teaser", "newsletter",
};

static const char *import_html_hint_positive[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page", "pagination", "post", "text", "blog", "story",
};

static int
import_html_hint_any(const char *s, const char **words, size_t n)
{
	if (s == NULL || *s == '\0')
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (import_html_find(s, words[i]) != NULL)
			return 1;
	}
	return 0;
}

/* The lists searched in class and id, each the same on every attempt. */
enum import_html_hint_list {
	IMPORT_HTML_HINT_UNLIKELY,
	IMPORT_HTML_HINT_MAYBE,
	IMPORT_HTML_HINT_NEGATIVE,
	IMPORT_HTML_HINT_POSITIVE,
};

static const struct {
	const char	**words;
	size_t		  n;
} import_html_hint_lists[] = {
	{ import_html_hint_unlikely,
	    IMPORT_HTML_NWORDS(import_html_hint_unlikely) },
	{ import_html_hint_maybe, IMPORT_HTML_NWORDS(import_html_hint_maybe) },
	{ import_html_hint_negative,
	    IMPORT_HTML_NWORDS(import_html_hint_negative) },
	{ import_html_hint_positive,
	    IMPORT_HTML_NWORDS(import_html_hint_positive) },
};

/* import_html_hint_any on a value with its pair set (which rules out most
 * words without a search). */
static int
import_html_hint_any_pairs(const char *s, uint64_t pairs,
    enum import_html_hint_list list)
{
	const char	**words = import_html_hint_lists[list].words;

	if (s == NULL || *s == '\0')
		return 0;
	for (size_t i = 0; i < import_html_hint_lists[list].n; i++) {
		if (import_html_pairs_may(pairs, words[i]) &&
		    import_html_find(s, words[i]) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Whether a word of a list is in an element's class (id == 0) or id. The
 * answer is kept with the element: every scoring attempt asks again, and
 * the lists are long.
 */
static int
import_html_hint_in(xmlNodePtr node, int id, enum import_html_hint_list list)
{
	struct import_html_node	*n = import_html_node_get(node);
	struct import_html_attrs *a;
	unsigned		 bit = 1u << (list * 2 + id);

	if (n == NULL)
		return import_html_hint_any(import_html_attr_peek(node,
		    id ? "id" : "class"), import_html_hint_lists[list].words,
		    import_html_hint_lists[list].n);
	a = &n->attrs;
	if (!(a->hints_known & bit)) {
		a->hints_known |= bit;
		if (import_html_hint_any_pairs(id ? a->id : a->cls,
		    id ? a->id_pairs : a->cls_pairs, list))
			a->hints |= bit;
	}
	return (a->hints & bit) != 0;
}

/* Readability's class weight: ±25 for each of class and id. */
int
import_html_hint_weight(xmlNodePtr node)
{
	int	 w = 0;

	for (int id = 0; id < 2; id++) {
		if (import_html_hint_in(node, id, IMPORT_HTML_HINT_NEGATIVE))
			w -= 25;
		if (import_html_hint_in(node, id, IMPORT_HTML_HINT_POSITIVE))
			w += 25;
	}
	return w;
}

static int
import_html_hint_attr_is(xmlNodePtr node, const char *name,
    const char *value)
{
	const char	*v = import_html_attr_peek(node, name);

	return v != NULL && strcasecmp(v, value) == 0;
}

int
import_html_hint_attr_has(xmlNodePtr node, const char *name,
    const char *word)
{
	const char	*v = import_html_attr_peek(node, name);

	return v != NULL && import_html_find(v, word) != NULL;
}

/* A video or audio embed: <video>, <audio>, a player iframe, or a script
 * player announced by data attributes. */
int
import_html_hint_media(xmlNodePtr node)
{
	static const char *players[] = {
		"youtube", "youtu.be", "vimeo", "dailymotion", "soundcloud",
		"spotify", "podcast", "/player", "video", "audio",
	};
	if (import_html_tag_is(node, "video") ||
	    import_html_tag_is(node, "audio"))
		return 1;
	if (import_html_tag_is(node, "iframe"))
		return import_html_hint_any(import_html_attr_peek(node, "src"),
		    players, IMPORT_HTML_NWORDS(players));
	if (xmlHasProp(node, (const xmlChar *)"data-duration") == NULL)
		return 0;
	return xmlHasProp(node, (const xmlChar *)"data-headline") != NULL ||
	    xmlHasProp(node, (const xmlChar *)"data-title") != NULL;
}

static int
import_html_hint_hidden(xmlNodePtr node)
{
	const char	*style;

	if (xmlHasProp(node, (const xmlChar *)"hidden") != NULL ||
	    import_html_hint_attr_is(node, "aria-hidden", "true"))
		return 1;
	style = import_html_attr_peek(node, "style");
	return style != NULL &&
	    (import_html_find(style, "display:none") != NULL ||
	    import_html_find(style, "display: none") != NULL ||
	    import_html_find(style, "visibility:hidden") != NULL ||
	    import_html_find(style, "visibility: hidden") != NULL);
}

static int
import_html_hint_unlikely_is(xmlNodePtr node)
{
	const char	*role;
	int		 yes = 0;

	if (import_html_tag_is(node, "body") ||
	    import_html_tag_is(node, "html") ||
	    import_html_tag_is(node, "article") ||
	    import_html_tag_is(node, "main") ||
	    import_html_tag_is(node, "a") ||
	    import_html_hint_attr_has(node, "itemprop", "articleBody"))
		return 0;
	for (size_t i = 0; i < IMPORT_HTML_NWORDS(import_html_hint_furniture);
	    i++) {
		if (import_html_tag_is(node, import_html_hint_furniture[i]))
			return 1;
	}
	role = import_html_attr_peek(node, "role");
	if (role != NULL && (strcasecmp(role, "navigation") == 0 ||
	    strcasecmp(role, "banner") == 0 ||
	    strcasecmp(role, "contentinfo") == 0 ||
	    strcasecmp(role, "complementary") == 0 ||
	    strcasecmp(role, "dialog") == 0 ||
	    strcasecmp(role, "menu") == 0))
		yes = 1;
	for (int id = 0; !yes && id < 2; id++) {
		if (import_html_hint_in(node, id, IMPORT_HTML_HINT_UNLIKELY) &&
		    !import_html_hint_in(node, id, IMPORT_HTML_HINT_MAYBE))
			yes = 1;
	}
	return yes;
}

/* Whether an element is never article text (see the top of the file). */
int
import_html_hint_skip(struct import_html *h, xmlNodePtr node)
{
	for (size_t i = 0; i < IMPORT_HTML_NWORDS(import_html_hint_skip_tags);
	    i++) {
		if (import_html_tag_is(node, import_html_hint_skip_tags[i]))
			return 1;
	}
	if (import_html_hint_hidden(node))
		return 1;
	return h->strip_unlikely && import_html_hint_unlikely_is(node);
}

