/*
 * import-html-clean: inside the article scoring found, containers that
 * look like boilerplate by their make-up are marked DROP (Readability's
 * "clean conditionally"): a negative class/id weight, more images than
 * paragraphs, more list items than paragraphs outside a list, input
 * forms, little text without images, link-heavy blocks, lone embeds, and
 * short share bars. Prose with ten commas or more is never junk.
 *
 * Invariant: the best-scoring container and its ancestors (PROTECT), and
 * any container holding half or more of the article's text at a low link
 * density, are never dropped, whatever their class says; a page whose
 * every wrapper is called "widget" keeps its text.
 */
#include <string.h>

#include "import-html.h"

/* Readability's "clean conditionally": boilerplate by its make-up. */
int
import_html_clean_junk(const struct import_html_node *n, xmlNodePtr node,
    int in_figure)
{
	int	 list = import_html_tag_is(node, "ul") ||
	    import_html_tag_is(node, "ol");
	double	 ld = import_html_score_link_density(n);
	double	 hd = n->text ? (double)n->heads / (double)n->text : 0;
	long	 lis = (long)n->lis - 100;

	if (n->weight < 0)
		return 1;
	if (n->commas >= 10)
		return 0;
	if (n->imgs > 1 && (double)n->paras / (double)n->imgs < 0.5 &&
	    !in_figure)
		return 1;
	if (!list && lis > (long)n->paras)
		return 1;
	if (n->inputs > n->paras / 3)
		return 1;
	if (!list && hd < 0.9 && n->text < 25 && (n->imgs == 0 ||
	    n->imgs > 2) && !in_figure && !(n->flags & IMPORT_HTML_MEDIA))
		return 1;
	if (!list && n->weight < 25 && ld > 0.2)
		return 1;
	if (n->weight >= 25 && ld > 0.5)
		return 1;
	return (n->embeds == 1 && n->text < 75) || n->embeds > 1;
}

int
import_html_clean_able(xmlNodePtr node)
{
	static const char *tags[] = { "div", "section", "table", "ul",
		"ol", "form", "fieldset", "dl", "span" };

	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		if (import_html_tag_is(node, tags[i]))
			return 1;
	}
	return 0;
}

/* Marks DROP on boilerplate containers inside the article. */
/*
 * A card inside running text: an inline element holding a picture and
 * nothing but links (a hover card on a name, drawn by script and styles;
 * its text would run into the sentence).
 */
static int
import_html_clean_card(xmlNodePtr node, const struct import_html_node *n)
{
	return import_html_tag_is(node, "span") && n->imgs > 0 &&
	    n->text > 0 && n->links * 10 >= n->text * 9;
}

void
import_html_clean_run(struct import_html *h, xmlNodePtr node,
    int in_figure, int depth, size_t whole)
{
	struct import_html_node	*n;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if ((n = import_html_node_get(c)) == NULL ||
		    (n->flags & IMPORT_HTML_SKIP))
			continue;
		if (n->flags & IMPORT_HTML_MEDIA)
			continue;
		/* Most of the article's prose is not junk, whatever its
		 * class says. */
		if ((n->flags & IMPORT_HTML_PROTECT) || (n->text * 2 >= whole &&
		    import_html_score_link_density(n) < 0.25)) {
			if (depth < IMPORT_HTML_MAX_DEPTH)
				import_html_clean_run(h, c, in_figure,
				    depth + 1, whole);
			continue;
		}
		if (!(n->flags & IMPORT_HTML_SCORED) && h->weight_classes)
			n->weight = import_html_hint_weight(c);
		if (h->clean_conditionally && import_html_clean_able(c) &&
		    !import_html_tag_is(c, "span") &&
		    import_html_clean_junk(n, c, in_figure)) {
			n->flags |= IMPORT_HTML_DROP;
			continue;
		}
		if ((import_html_hint_attr_has(c, "class", "share") &&
		    n->text < 500) || import_html_clean_card(c, n)) {
			n->flags |= IMPORT_HTML_DROP;
			continue;
		}
		if (depth < IMPORT_HTML_MAX_DEPTH)
			import_html_clean_run(h, c, in_figure ||
			    import_html_tag_is(c, "figure"), depth + 1, whole);
	}
}

