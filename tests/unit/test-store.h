/*
 * What the store tests share: the sample article (a lead, a quote with an
 * umlaut and a straight quote inside, a tail with an emoji), documents made
 * from its paragraphs, code-point offsets, and a throwaway MARGINALIA_HOME
 * with one fresh directory per test. Included by test-store.c,
 * test-store-anchor.c and test-store-faults.c so that all three place notes
 * on the same text.
 */
#ifndef MARGINALIA_TEST_STORE_H
#define MARGINALIA_TEST_STORE_H

#include "test-helpers.h"

#include "doc.h"
#include "store.h"
#include "util.h"

static const char test_lead[] = "Kim Jong Un reist nach Russland.";
static const char test_quote[] = "\"Nordkorea will die Gunst der Stunde "
    "nutzen, dass ein neuer 'Kalter Krieg' zu beginnen droht. Es ist "
    "deswegen nicht \xc3\xbc" "berraschend, dass Kim Russland als sein "
    "erstes Auslandsziel gew\xc3\xa4hlt hat\", sagt Leif-Eric Easley.";
static const char test_tail[] = "Die Gespr\xc3\xa4" "che dauerten "
    "Stunden \xf0\x9f\x98\x80 und endeten sp\xc3\xa4t.";
static const char test_exact[] = "Es ist deswegen nicht \xc3\xbc"
    "berraschend, dass Kim Russland als sein erstes Auslandsziel "
    "gew\xc3\xa4hlt hat";

static char test_home[] = "/tmp/marginalia-test-store-XXXXXX";

static inline struct doc *
test_doc_make(const char *const *paras, size_t n, const char *url)
{
	struct doc	*doc = doc_create();

	doc_meta_set_title(doc, "Kim in Russland");
	doc_meta_add_author(doc, "Ana Reporterin");
	doc_meta_set_url(doc, url);
	for (size_t i = 0; i < n; i++)
		doc_block_append(doc, i == 1 && n > 3 ? DOC_BLOCK_HEADING :
		    DOC_BLOCK_PARAGRAPH, paras[i], strlen(paras[i]));
	doc_finish(doc);
	return doc;
}

static inline struct doc *
test_doc_base(void)
{
	const char	*p[] = { test_lead, test_quote, test_tail };

	return test_doc_make(p, 3, "https://example.org/kim");
}

/* Code-point offset of needle in text. */
static inline size_t
test_cp_offset(const char *text, const char *needle)
{
	const char	*at = strstr(text, needle);

	assert_non_null(at);
	return util_utf8_cp_count(text, (size_t)(at - text));
}

static inline int
test_setup(void **state)
{
	(void)state;
	if (mkdtemp(test_home) == NULL)
		return -1;
	setenv("MARGINALIA_HOME", test_home, 1);
	return 0;
}

static inline int
test_teardown(void **state)
{
	char	*cmd = xasprintf("rm -rf '%s'", test_home);
	int	 rc = system(cmd);

	(void)state;
	free(cmd);
	return rc == 0 ? 0 : -1;
}

/* A fresh directory under test_home for one test's library. */
static inline char *
test_dir(const char *name)
{
	char	*dir = xasprintf("%s/%s", test_home, name);
	char	*cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	return dir;
}

#endif
