/*
 * test-ner-lookup.c: the tagger's table lookups, which are tuned for speed
 * and must answer exactly as the plain searches they replaced: cue words,
 * and keys of the model image (present, absent, at the ends of the key
 * range and of a bucket).
 */
#include "test-helpers.h"

#include "../../src/analyze/analyze-ner.h"

static int
cue(enum analyze_ner_lang lang, const char *s)
{
	return analyze_ner_cue_find(lang, s, strlen(s));
}

static void
test_cue_find(void **state)
{
	(void)state;
	assert_int_equal(cue(ANALYZE_NER_DE, "der"), ANALYZE_NER_CUE_ART);
	assert_int_equal(cue(ANALYZE_NER_DE, "sonntag"), ANALYZE_NER_CUE_TIME);
	assert_int_equal(cue(ANALYZE_NER_DE, "dr."), ANALYZE_NER_CUE_TITLE);
	assert_int_equal(cue(ANALYZE_NER_EN, "the"), ANALYZE_NER_CUE_ART);
	assert_int_equal(cue(ANALYZE_NER_EN, "an"), ANALYZE_NER_CUE_ART);
	assert_int_equal(cue(ANALYZE_NER_DE, "an"), ANALYZE_NER_CUE_IN);
	assert_int_equal(cue(ANALYZE_NER_EN, "sunday"), ANALYZE_NER_CUE_TIME);
	/* Whole words only: no prefix, no extension, no other language. */
	assert_int_equal(cue(ANALYZE_NER_DE, "de"), 0);
	assert_int_equal(cue(ANALYZE_NER_DE, "derb"), 0);
	assert_int_equal(cue(ANALYZE_NER_DE, "the"), 0);
	assert_int_equal(cue(ANALYZE_NER_EN, "der"), 0);
	assert_int_equal(cue(ANALYZE_NER_EN, ""), 0);
	assert_int_equal(cue(ANALYZE_NER_EN, "universityuniversity"), 0);
	/* The caller passes a length, not a string. */
	assert_int_equal(analyze_ner_cue_find(ANALYZE_NER_EN, "thermal", 3),
	    ANALYZE_NER_CUE_ART);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cue_find),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
