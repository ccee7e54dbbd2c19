/*
 * What the analysis tests share: an analysed document made from a few
 * paragraphs and a check of one quote's kind, text, speaker, role and cue.
 * Included by test-analyze.c and test-analyze-speaker.c, so that the
 * finding and the attribution cases build their documents the same way.
 */
#ifndef MARGINALIA_TEST_ANALYZE_H
#define MARGINALIA_TEST_ANALYZE_H

#include "test-helpers.h"

#include "analyze.h"
#include "doc.h"

/* A finished, analysed document from NULL-terminated paragraphs, marked
 * as language lang unless that is NULL (then the analysis guesses). */
static inline struct doc *
test_doc_lang(const char *const *paras, const char *lang)
{
	struct doc	*doc = doc_create();

	if (lang != NULL)
		doc_meta_set_language(doc, lang);
	for (; *paras != NULL; paras++)
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, *paras,
		    strlen(*paras));
	doc_finish(doc);
	analyze_document(doc);
	return doc;
}

static inline struct doc *
test_doc(const char *const *paras)
{
	return test_doc_lang(paras, NULL);
}

static inline void
test_quote_expect(const struct doc_quote *q, enum doc_quote_kind kind,
    const char *text, const char *speaker, const char *role,
    const char *cue)
{
	assert_int_equal(q->kind, kind);
	assert_string_equal(q->text, text);
	if (speaker == NULL)
		assert_null(q->speaker);
	else
		assert_string_equal(q->speaker, speaker);
	if (role == NULL)
		assert_null(q->role);
	else
		assert_string_equal(q->role, role);
	if (cue == NULL)
		assert_null(q->cue);
	else
		assert_string_equal(q->cue, cue);
}

#endif
