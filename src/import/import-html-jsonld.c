/*
 * import-html-jsonld: the article's metadata from schema.org JSON-LD. A
 * page may hold several scripts, each an object, an array, or an @graph of
 * objects; the first object typed as an article (NewsArticle, Article,
 * BlogPosting, ReportageNewsArticle, …) fills the ld_ fields that are
 * still empty. Authors typed Organization are dropped: a publisher's name
 * is not a byline. Nesting is followed to a fixed depth only.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "import-html.h"
#include "util.h"

#define IMPORT_HTML_JSONLD_DEPTH	8

static int
import_html_jsonld_type_article(const char *type)
{
	size_t	 n = strlen(type);

	/* Article, NewsArticle, BlogPosting, LiveBlogPosting, Report… */
	return (n >= 7 && strcasecmp(type + n - 7, "Article") == 0) ||
	    strcasecmp(type, "BlogPosting") == 0 ||
	    strcasecmp(type, "LiveBlogPosting") == 0 ||
	    strcasecmp(type, "SocialMediaPosting") == 0 ||
	    strcasecmp(type, "Report") == 0;
}

static int
import_html_jsonld_type_is(json_t *obj, int (*test)(const char *))
{
	json_t	*t = json_object_get(obj, "@type"), *v;
	size_t	 i;

	if (json_is_string(t))
		return test(json_string_value(t));
	json_array_foreach(t, i, v) {
		if (json_is_string(v) && test(json_string_value(v)))
			return 1;
	}
	return 0;
}

static int
import_html_jsonld_type_org(const char *type)
{
	return strcasecmp(type, "Organization") == 0 ||
	    strcasecmp(type, "NewsMediaOrganization") == 0 ||
	    strcasecmp(type, "Corporation") == 0;
}

/* A string field, or the "name" of an object field. */
static const char *
import_html_jsonld_str(json_t *obj, const char *key)
{
	json_t	*v = json_object_get(obj, key);

	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_object(v))
		v = json_object_get(v, "name");
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void
import_html_jsonld_set(char **field, const char *value)
{
	char	*dec;

	if (*field != NULL || value == NULL || *value == '\0')
		return;
	/* Some sites escape their JSON-LD strings as HTML once more. */
	dec = import_html_entities_decode(value);
	*field = util_text_clean(dec, strlen(dec));
	free(dec);
}

static void
import_html_jsonld_author(struct util_buf *b, json_t *a)
{
	const char	*name = NULL;

	if (json_is_string(a))
		name = json_string_value(a);
	else if (json_is_object(a) && !import_html_jsonld_type_is(a,
	    import_html_jsonld_type_org)) {
		json_t *n = json_object_get(a, "name");

		if (json_is_string(n))
			name = json_string_value(n);
	}
	if (name == NULL || *name == '\0' || strncmp(name, "http", 4) == 0)
		return;
	if (b->len > 0)
		util_buf_add_char(b, '\n');
	util_buf_add_str(b, name);
}

static void
import_html_jsonld_authors(struct import_html_meta *m, json_t *obj)
{
	json_t		*a = json_object_get(obj, "author"), *v;
	struct util_buf	 b;
	size_t		 i;

	if (m->ld_authors != NULL)
		return;
	util_buf_init(&b);
	if (json_is_array(a)) {
		json_array_foreach(a, i, v)
			import_html_jsonld_author(&b, v);
	} else
		import_html_jsonld_author(&b, a);
	if (b.len > 0)
		m->ld_authors = util_buf_steal(&b, NULL);
	util_buf_clear(&b);
}

static void
import_html_jsonld_article(struct import_html_meta *m, json_t *obj)
{
	json_t	*lang = json_object_get(obj, "inLanguage");

	import_html_jsonld_set(&m->ld_title,
	    import_html_jsonld_str(obj, "headline"));
	import_html_jsonld_set(&m->ld_published,
	    import_html_jsonld_str(obj, "datePublished"));
	if (m->ld_published == NULL)
		import_html_jsonld_set(&m->ld_published,
		    import_html_jsonld_str(obj, "dateCreated"));
	import_html_jsonld_set(&m->ld_section,
	    import_html_jsonld_str(obj, "articleSection"));
	import_html_jsonld_set(&m->ld_site,
	    import_html_jsonld_str(obj, "publisher"));
	if (json_is_string(lang) && m->language == NULL)
		import_html_jsonld_set(&m->language, json_string_value(lang));
	import_html_jsonld_authors(m, obj);
}

static void
import_html_jsonld_walk(struct import_html_meta *m, json_t *v, int depth)
{
	json_t		*item;
	size_t		 i;

	if (depth > IMPORT_HTML_JSONLD_DEPTH)
		return;
	if (json_is_array(v)) {
		json_array_foreach(v, i, item)
			import_html_jsonld_walk(m, item, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	if (import_html_jsonld_type_is(v, import_html_jsonld_type_article))
		import_html_jsonld_article(m, v);
	/* A WebPage's date is the article's when no article says it. */
	import_html_jsonld_set(&m->ld_any_published,
	    import_html_jsonld_str(v, "datePublished"));
	import_html_jsonld_walk(m, json_object_get(v, "@graph"), depth + 1);
	import_html_jsonld_walk(m, json_object_get(v, "mainEntity"),
	    depth + 1);
}

void
import_html_jsonld_read(struct import_html_meta *m, const char *json,
    size_t len)
{
	json_error_t	 err;
	json_t		*root;

	root = json_loadb(json, len, JSON_DECODE_ANY, &err);
	if (root == NULL)
		return;
	import_html_jsonld_walk(m, root, 0);
	json_decref(root);
}
