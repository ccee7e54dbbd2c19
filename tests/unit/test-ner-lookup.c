/*
 * test-ner-lookup.c: the tagger's table lookups, which are tuned for speed
 * and must answer exactly as the plain searches they replaced: cue words,
 * and keys of the model image (present, absent, at the ends of the key
 * range and of a bucket, in a dense run and an empty bucket, and again
 * through the cache of keys looked up before).
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

/* A model image of one lexicon key and, in the "de" set, the keys of
 * want (ascending) with weights from their index; the "en" set is empty. */
static unsigned char *
image_make(const uint32_t *want, size_t n, size_t *len)
{
	unsigned char	*img, *p;
	size_t		 i, t;

	*len = 8 + 8 + 4 + 2 + 2 + 4 + n * 4 + n * 18 + ((n * 9) & 1) * 2 + 4;
	p = img = calloc(1, *len);
	assert_non_null(img);
	memcpy(p, "MNERMOD1", 8);
	p[8] = 1;			/* nlex */
	p[12] = 2;			/* nsets */
	p += 16;
	p[0] = 7;			/* lexicon key 7 */
	p[4] = ANALYZE_NER_LEX_CITY;	/* its bits, then a u16 pad */
	p += 8;
	for (i = 0; i < 4; i++)
		p[i] = (unsigned char)(n >> (8 * i));
	p += 4;
	for (i = 0; i < n; i++, p += 4) {
		p[0] = (unsigned char)want[i];
		p[1] = (unsigned char)(want[i] >> 8);
		p[2] = (unsigned char)(want[i] >> 16);
		p[3] = (unsigned char)(want[i] >> 24);
	}
	for (i = 0; i < n; i++)
		for (t = 0; t < ANALYZE_NER_NTAGS; t++, p += 2) {
			int16_t	v = (int16_t)((int)(i * 9 + t) - 300);

			p[0] = (unsigned char)((uint16_t)v & 0xFF);
			p[1] = (unsigned char)((uint16_t)v >> 8);
		}
	return img;
}

/* Scores key with the "de" set and checks the weights are those of index
 * want (SIZE_MAX: none). */
static void
check_score(const struct analyze_ner_model *m, uint32_t key, size_t want)
{
	int32_t	sc[ANALYZE_NER_NTAGS] = { 0 };
	int	t;

	analyze_ner_model_score(m, ANALYZE_NER_DE, key, sc);
	for (t = 0; t < ANALYZE_NER_NTAGS; t++)
		assert_int_equal(sc[t], want == SIZE_MAX ? 0 :
		    (int)(want * 9 + (size_t)t) - 300);
}

static int
key_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* Keys at and beside the edges of buckets (the top six bits of a set of
 * about a thousand keys), at both ends of the key range, a dense run
 * where an even spread is a poor guess, and a stretch with no key. */
static size_t
keys_make(uint32_t *keys)
{
	uint32_t	x = 12345;
	size_t		n = 0, i, j;

	for (i = 1; i < 64; i += 3) {
		keys[n++] = (uint32_t)i << 26;
		keys[n++] = ((uint32_t)i << 26) - 1;
	}
	keys[n++] = 1;
	keys[n++] = UINT32_MAX;
	for (i = 0; i < 200; i++)
		keys[n++] = (uint32_t)(40u << 26) + 1000 + (uint32_t)i * 3;
	for (i = 0; i < 700; i++) {
		x = x * 1103515245u + 12345u;
		if ((x >> 26) != 20)
			keys[n++] = x;
	}
	qsort(keys, n, sizeof *keys, key_cmp);
	for (i = j = 0; i < n; i++)
		if (j == 0 || keys[i] != keys[j - 1])
			keys[j++] = keys[i];
	return j;
}

static void
test_model_score(void **state)
{
	struct analyze_ner_model	*m;
	uint32_t	 keys[1100];
	unsigned char	*img;
	size_t		 n, len, i;
	int		 pass;

	(void)state;
	n = keys_make(keys);
	img = image_make(keys, n, &len);
	m = analyze_ner_model_parse(img, len);
	assert_non_null(m);
	/* Twice: the second time most answers come from the cache, whose
	 * slots the keys at bucket edges (equal low bits) share. */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < n; i++) {
			check_score(m, keys[i], i);
			if (keys[i] + 1 != 0 && (i + 1 == n ||
			    keys[i + 1] != keys[i] + 1))
				check_score(m, keys[i] + 1, SIZE_MAX);
			if (keys[i] > 1 && (i == 0 ||
			    keys[i - 1] != keys[i] - 1))
				check_score(m, keys[i] - 1, SIZE_MAX);
		}
	/* Key 0 is never trained; bucket 20 is empty. */
	check_score(m, 0, SIZE_MAX);
	check_score(m, (uint32_t)(20u << 26) + 99, SIZE_MAX);
	assert_int_equal(analyze_ner_model_lex(m, 7), ANALYZE_NER_LEX_CITY);
	assert_int_equal(analyze_ner_model_lex(m, 8), 0);
	analyze_ner_model_free(m);
	/* A short image is no model. */
	assert_null(analyze_ner_model_parse(img, len - 6));
	free(img);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cue_find),
		cmocka_unit_test(test_model_score),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
