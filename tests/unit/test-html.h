/*
 * What the HTML importer's tests share: a page given as a string turned
 * into a document the way main does it (through load, so the charset
 * rules apply), two looks into the result, and a plain two-paragraph
 * article body. Included by test-import-html.c and
 * test-import-html-meta.c, whose pages wrap that body in the markup each
 * rule is about.
 */
#ifndef MARGINALIA_TEST_HTML_H
#define MARGINALIA_TEST_HTML_H

#include "test-helpers.h"

#include "doc.h"
#include "import.h"
#include "load.h"

/* The document of a page given as a string (through load, as main does). */
static inline struct doc *
test_html_doc(const char *html)
{
	struct load_result	 r;
	struct doc		*doc;
	char			*cause = NULL;

	assert_int_equal(load_bytes("test", html, strlen(html), NULL, &r,
	    NULL), 0);
	doc = import_html(r.data, r.len, &cause);
	if (doc == NULL)
		print_message("import_html: %s\n", cause);
	free(cause);
	load_result_clear(&r);
	return doc;
}

/* The canonical text contains needle. */
static inline int
test_html_has(const struct doc *doc, const char *needle)
{
	return strstr(doc->text, needle) != NULL;
}

/* The first block of a kind, or NULL. */
static inline const struct doc_block *
test_html_block(const struct doc *doc, enum doc_block_kind kind)
{
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (doc->blocks[i].kind == kind)
			return &doc->blocks[i];
	}
	return NULL;
}

static const char test_html_body[] =
    "<p>The council met on Tuesday, and after a long debate, it voted to "
    "keep the old bridge open for another year, at least.</p>"
    "<p>Residents, who had gathered outside, cheered the decision, which "
    "followed months of protest, letters and petitions.</p>";

#endif
