/*
 * import-html-attr: attributes and names as the importer's passes test
 * them. Tag names are compared and class, id and style values searched
 * many thousand times a page (every hint word against every element, on
 * every scoring attempt), so the costly parts are done once:
 *
 * - An element's class and id are looked up when its node data is
 *   attached (the tree does not change after parsing) and kept with a
 *   set of the letter pairs in each, 64 bits. A word with a pair that the
 *   value lacks cannot occur in it, which settles most searches without
 *   reading the value.
 * - Tag names are compared by an inline ASCII fold.
 *
 * Every answer is the one the plain search gives; the pair set only ever
 * rules a search out.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "import-html.h"

/*
 * Class lists, styles and the like are searched in their first bytes only:
 * a longer attribute is not one a page means for styling, and searching
 * all of a megabyte-long one for every hint would be quadratic.
 */
#define IMPORT_HTML_FIND_MAX	1024

/*
 * A value up to this long gets the set of all its pairs; a longer one the
 * full set, which rules nothing out, so that a megabyte-long value is not
 * read whole.
 */
#define IMPORT_HTML_PAIRS_MAX	(IMPORT_HTML_FIND_MAX + 64)

#define IMPORT_HTML_FOLD(c)	((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))

const char *
import_html_find(const char *haystack, const char *needle)
{
	size_t	 n = strlen(needle);
	int	 first;

	if (n == 0)
		return haystack;
	/* Most positions fail on the first byte: test it before the call. */
	first = IMPORT_HTML_FOLD(needle[0]);
	for (size_t i = 0; *haystack != '\0' && i < IMPORT_HTML_FIND_MAX;
	    haystack++, i++) {
		int c = IMPORT_HTML_FOLD(*haystack);

		if (c == first && strncasecmp(haystack, needle, n) == 0)
			return haystack;
	}
	return NULL;
}

/*
 * Whether two names are equal but for ASCII case, as strcasecmp in the C
 * locale. Tags are compared thousands of times a page, nearly always
 * failing on the first byte: a loop here costs a fraction of the call.
 */
int
import_html_name_eq(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = IMPORT_HTML_FOLD(*a);
		int cb = IMPORT_HTML_FOLD(*b);

		if (ca != cb)
			return 0;
		if (ca == '\0')
			return 1;
	}
}

int
import_html_tag_is(xmlNodePtr node, const char *name)
{
	return node != NULL && node->type == XML_ELEMENT_NODE &&
	    node->name != NULL &&
	    import_html_name_eq((const char *)node->name, name);
}

int
import_html_tag_block(xmlNodePtr node)
{
	static const char *blocks[] = {
		"p", "div", "section", "article", "main", "table", "tr",
		"td", "th", "ul", "ol", "li", "dl", "dt", "dd",
		"blockquote", "pre", "figure", "figcaption", "header",
		"footer", "aside", "nav", "form", "fieldset", "address",
		"hr", "h1", "h2", "h3", "h4", "h5", "h6", "center",
		"details", "summary", "caption", "tbody", "thead", "tfoot",
		"video", "audio", "iframe", "picture", "hgroup", "body",
	};

	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return 0;
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++) {
		if (import_html_name_eq((const char *)node->name, blocks[i]))
			return 1;
	}
	return 0;
}

/* The bit of a pair of bytes. Or-ing 0x20 folds ASCII case (and merges
 * a few other bytes, which only makes the set less sharp). */
static uint64_t
import_html_pair_bit(int a, int b)
{
	unsigned	 h;

	h = ((unsigned char)a | 0x20) * 7u + ((unsigned char)b | 0x20);
	return (uint64_t)1 << (h & 63);
}

uint64_t
import_html_pairs(const char *s)
{
	uint64_t	 set = 0;

	if (s == NULL || s[0] == '\0')
		return 0;
	for (size_t i = 1; s[i] != '\0'; i++) {
		if (i >= IMPORT_HTML_PAIRS_MAX)
			return UINT64_MAX;
		set |= import_html_pair_bit(s[i - 1], s[i]);
	}
	return set;
}

/* Whether a word may occur in a string of the pair set: no when one of its
 * pairs is missing, which the first pair or two usually show. */
int
import_html_pairs_may(uint64_t pairs, const char *word)
{
	for (size_t i = 1; word[0] != '\0' && word[i] != '\0'; i++) {
		if ((pairs & import_html_pair_bit(word[i - 1], word[i])) == 0)
			return 0;
	}
	return 1;
}

/* import_html_find, ruled out first by the value's pairs. */
static int
import_html_attrs_find(const char *value, uint64_t pairs, const char *word)
{
	return value != NULL && import_html_pairs_may(pairs, word) &&
	    import_html_find(value, word) != NULL;
}

void
import_html_attrs_init(struct import_html_attrs *a, xmlNodePtr node)
{
	a->cls = import_html_attr_peek(node, "class");
	a->id = import_html_attr_peek(node, "id");
	a->cls_pairs = import_html_pairs(a->cls);
	a->id_pairs = import_html_pairs(a->id);
	a->hints = 0;
	a->hints_known = 0;
}

int
import_html_attrs_has(const struct import_html_attrs *a, const char *word)
{
	return import_html_attrs_find(a->cls, a->cls_pairs, word) ||
	    import_html_attrs_find(a->id, a->id_pairs, word);
}

int
import_html_class_has(xmlNodePtr node, const char *word)
{
	struct import_html_node	*n = import_html_node_get(node);
	const char		*cls, *id;

	if (n != NULL)
		return import_html_attrs_has(&n->attrs, word);
	/* Past the depth limit: no node data. */
	cls = import_html_attr_peek(node, "class");
	id = import_html_attr_peek(node, "id");
	return (cls != NULL && import_html_find(cls, word) != NULL) ||
	    (id != NULL && import_html_find(id, word) != NULL);
}

const char *
import_html_attr_peek(xmlNodePtr node, const char *name)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttrPtr a = node->properties; a != NULL; a = a->next) {
		if (a->ns != NULL || strcmp((const char *)a->name, name) != 0)
			continue;
		/* The HTML parser stores a value as one text node. */
		if (a->children != NULL && a->children->next == NULL &&
		    a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
		return NULL;
	}
	return NULL;
}
