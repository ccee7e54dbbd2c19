/*
 * analyze-ner-feat.c: feature keys.
 *
 * A feature is a template number and a value, mixed into one 32-bit key;
 * the model maps keys to nine weights (one per tag). Word-valued features
 * reuse the token hashes computed once in analyze_ner_tokens_describe(), so
 * a token costs a few dozen multiplications and table probes, nothing
 * allocated. The "en" set uses only the templates marked both: shape,
 * lexicon classes, cue classes and tags, which mean the same in English.
 * The decoder that scores them is in analyze-ner-decode.c.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

enum analyze_ner_tpl {
	T_BIAS = 1, T_SHAPE, T_SHAPEC, T_SHM1, T_SHP1, T_LEX, T_LEXS,
	T_LEXM1, T_LEXP1, T_MULTI, T_CUE, T_CUEM1, T_CUEP1, T_CUEM2,
	T_CUEM1SH, T_HYTAIL, T_LEN, T_PREV, T_PREV2, T_PREVSH, T_LEXSH,
	T_HEAD, T_HEADM1, T_HEADP1,
	/* Word templates: the "de" set only. */
	T_WORD = 40, T_LOW, T_SUF2, T_SUF3, T_SUF4, T_PRE3, T_LOWM1, T_LOWP1,
	T_LOWM2, T_LOWP2, T_LOWM1SH, T_HYLAST, T_PREVLOW, T_SHAPEL, T_PRE4,
	T_SUF5, T_BIM1,
};

/* Mixes a template and a value into a key (a multiply-xorshift hash). */
static uint32_t
analyze_ner_key_make(int tpl, uint32_t v)
{
	uint32_t	k = v ^ ((uint32_t)tpl * 0x9E3779B1u);

	k ^= k >> 16;
	k *= 0x85EBCA6Bu;
	k ^= k >> 13;
	k *= 0xC2B2AE35u;
	k ^= k >> 16;
	return k;
}

/* The lower-case hash of the last (or first) ncp code points of a token. */
static uint32_t
analyze_ner_affix_hash(const char *text, const struct analyze_ner_tok *t,
    size_t ncp, int suffix)
{
	size_t	p, k = 0;

	if (suffix) {
		p = t->end;
		while (p > t->start && k < ncp) {
			p--;
			if (((unsigned char)text[p] & 0xC0) != 0x80)
				k++;
		}
		return analyze_ner_hash_lower(text + p, t->end - p);
	}
	p = t->start;
	while (p < t->end && k <= ncp) {
		if (((unsigned char)text[p] & 0xC0) != 0x80)
			k++;
		if (k <= ncp)
			p++;
	}
	return analyze_ner_hash_lower(text + t->start, p - t->start);
}

/* The part after a token's last hyphen, if any: start in *a. */
static int
analyze_ner_hyphen_tail(const char *text, const struct analyze_ner_tok *t,
    size_t *a)
{
	size_t	p;

	for (p = t->end; p > t->start + 1; p--)
		if (text[p - 1] == '-' && p < t->end) {
			*a = p;
			return 1;
		}
	return 0;
}

/* Adds one key per set bit of lex, lowest first, at most six. The loop
 * ends with the last set bit: most tokens have none or a low one. */
static size_t
analyze_ner_lex_keys(int tpl, unsigned lex, uint32_t *keys)
{
	size_t		n = 0;
	unsigned	b;

	lex &= (1u << ANALYZE_NER_LEX_NBITS) - 1;
	for (b = 0; lex != 0 && n < 6; b++, lex >>= 1)
		if (lex & 1)
			keys[n++] = analyze_ner_key_make(tpl, b);
	return n;
}

/* The head-noun class of the token (with its shape, whether it is a
 * common word and whether the head follows a hyphen) and of its
 * neighbours: "Amur-Region", "Universität Tübingen", "Ewha Womans
 * University". */
static size_t
analyze_ner_head_keys(const struct analyze_ner_tok *toks, size_t n,
    size_t i, uint32_t *keys)
{
	const struct analyze_ner_tok	*t = &toks[i];
	uint32_t	v;
	size_t		k = 0;

	if (t->head != 0) {
		v = (uint32_t)t->head | (uint32_t)t->shape << 8 |
		    !!(t->lex & ANALYZE_NER_LEX_COMMON) << 12 | t->hyphen << 13;
		keys[k++] = analyze_ner_key_make(T_HEAD, v);
	}
	if (i > 0 && toks[i - 1].head != 0)
		keys[k++] = analyze_ner_key_make(T_HEADM1, (uint32_t)
		    toks[i - 1].head << 4 | (uint32_t)t->shape);
	if (i + 1 < n && toks[i + 1].head != 0)
		keys[k++] = analyze_ner_key_make(T_HEADP1, (uint32_t)
		    toks[i + 1].head << 4 | (uint32_t)t->shape);
	return k;
}

/* The templates that every set has. */
static size_t
analyze_ner_features_shared(const struct analyze_ner_tok *toks, size_t n,
    size_t i, unsigned lexmask, uint32_t *keys)
{
	const struct analyze_ner_tok	*t = &toks[i];
	int	 shm1 = i > 0 ? toks[i - 1].shape : 9;
	int	 shp1 = i + 1 < n ? toks[i + 1].shape : 9;
	size_t	 k = 0, len = t->end - t->start;

	keys[k++] = analyze_ner_key_make(T_BIAS, 0);
	keys[k++] = analyze_ner_key_make(T_SHAPE, t->hshape);
	keys[k++] = analyze_ner_key_make(T_SHAPEC, (uint32_t)(t->shape * 2 +
	    t->first));
	keys[k++] = analyze_ner_key_make(T_SHM1, (uint32_t)(shm1 * 16 +
	    t->shape));
	keys[k++] = analyze_ner_key_make(T_SHP1, (uint32_t)(shp1 * 16 +
	    t->shape));
	k += analyze_ner_lex_keys(T_LEX, t->lex & lexmask, keys + k);
	k += analyze_ner_lex_keys(T_LEXS, t->lexs, keys + k);
	keys[k++] = analyze_ner_key_make(T_LEXSH, (t->lex & 0x3FF) * 32 +
	    (unsigned)t->shape * 2 + (unsigned)t->first);
	if (i > 0)
		k += analyze_ner_lex_keys(T_LEXM1, toks[i - 1].lex &
		    (0x30F | ANALYZE_NER_LEX_FIRST) & lexmask, keys + k);
	if (i + 1 < n)
		k += analyze_ner_lex_keys(T_LEXP1, toks[i + 1].lex & 0x30F,
		    keys + k);
	keys[k++] = analyze_ner_key_make(T_MULTI, t->multi);
	keys[k++] = analyze_ner_key_make(T_CUE, (uint32_t)t->cue);
	keys[k++] = analyze_ner_key_make(T_CUEM1, i > 0 ?
	    (uint32_t)toks[i - 1].cue : 99);
	keys[k++] = analyze_ner_key_make(T_CUEP1, i + 1 < n ?
	    (uint32_t)toks[i + 1].cue : 99);
	keys[k++] = analyze_ner_key_make(T_CUEM2, i > 1 ?
	    (uint32_t)toks[i - 2].cue : 99);
	keys[k++] = analyze_ner_key_make(T_CUEM1SH, (i > 0 ?
	    (uint32_t)toks[i - 1].cue : 99) * 16 + (uint32_t)t->shape);
	keys[k++] = analyze_ner_key_make(T_LEN, len > 12 ? 12 : (uint32_t)len);
	k += analyze_ner_head_keys(toks, n, i, keys + k);
	return k;
}

size_t
analyze_ner_features(enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, size_t i, uint32_t *keys)
{
	const struct analyze_ner_tok	*t = &toks[i];
	size_t	 k, a, len = t->end - t->start;

	/* Compound productivity and German lower case are German: the
	 * English set leaves them. The German set has the words themselves,
	 * which say more than "a first name of train/" does. */
	k = analyze_ner_features_shared(toks, n, i, lang == ANALYZE_NER_DE ?
	    ~(unsigned)ANALYZE_NER_LEX_FIRST :
	    ~(unsigned)(ANALYZE_NER_LEX_PROD1 | ANALYZE_NER_LEX_PROD2 |
	    ANALYZE_NER_LEX_DELOW), keys);
	if (analyze_ner_hyphen_tail(text, t, &a)) {
		int32_t	cp;

		if (util_utf8_decode(text + a, t->end - a, &cp) < 1)
			cp = 0;
		keys[k++] = analyze_ner_key_make(T_HYTAIL,
		    (uint32_t)analyze_ner_cp_is_upper(cp));
		if (lang == ANALYZE_NER_DE)
			keys[k++] = analyze_ner_key_make(T_HYLAST,
			    analyze_ner_hash_lower(text + a, t->end - a));
	}
	if (lang != ANALYZE_NER_DE)
		return k;
	keys[k++] = analyze_ner_key_make(T_WORD, t->hword);
	keys[k++] = analyze_ner_key_make(T_LOW, t->hlow);
	keys[k++] = analyze_ner_key_make(T_SHAPEL, t->hlow * 7 +
	    (uint32_t)t->first);
	if (len >= 3) {
		keys[k++] = analyze_ner_key_make(T_SUF2,
		    analyze_ner_affix_hash(text, t, 2, 1));
		keys[k++] = analyze_ner_key_make(T_SUF3,
		    analyze_ner_affix_hash(text, t, 3, 1));
		keys[k++] = analyze_ner_key_make(T_PRE3,
		    analyze_ner_affix_hash(text, t, 3, 0));
	}
	if (len >= 5) {
		keys[k++] = analyze_ner_key_make(T_SUF4,
		    analyze_ner_affix_hash(text, t, 4, 1));
		keys[k++] = analyze_ner_key_make(T_PRE4,
		    analyze_ner_affix_hash(text, t, 4, 0));
	}
	if (len >= 7)
		keys[k++] = analyze_ner_key_make(T_SUF5,
		    analyze_ner_affix_hash(text, t, 5, 1));
	keys[k++] = analyze_ner_key_make(T_BIM1, (i > 0 ? toks[i - 1].hlow :
	    1) * 0x2545F491u ^ t->hlow);
	keys[k++] = analyze_ner_key_make(T_LOWM1, i > 0 ? toks[i - 1].hlow : 1);
	keys[k++] = analyze_ner_key_make(T_LOWP1, i + 1 < n ?
	    toks[i + 1].hlow : 1);
	keys[k++] = analyze_ner_key_make(T_LOWM2, i > 1 ? toks[i - 2].hlow : 1);
	keys[k++] = analyze_ner_key_make(T_LOWP2, i + 2 < n ?
	    toks[i + 2].hlow : 1);
	keys[k++] = analyze_ner_key_make(T_LOWM1SH, (i > 0 ?
	    toks[i - 1].hlow : 1) * 31 + (uint32_t)t->shape);
	return k;
}

size_t
analyze_ner_features_hist(enum analyze_ner_lang lang,
    const struct analyze_ner_tok *toks, size_t i, int prev, int prev2,
    uint32_t *keys)
{
	size_t	k = 0;

	/* The one key of both tags first, of nothing else: the decoder
	 * relies on it (analyze-ner.h). */
	keys[k++] = analyze_ner_key_make(T_PREV2, (uint32_t)(prev * 16 +
	    prev2));
	keys[k++] = analyze_ner_key_make(T_PREV, (uint32_t)prev);
	keys[k++] = analyze_ner_key_make(T_PREVSH, (uint32_t)(prev * 16 +
	    toks[i].shape));
	if (lang == ANALYZE_NER_DE)
		keys[k++] = analyze_ner_key_make(T_PREVLOW, toks[i].hlow * 13 +
		    (uint32_t)prev);
	return k;
}

int
analyze_ner_tag_allowed(int prev, int tag)
{
	if (tag == ANALYZE_NER_O || ANALYZE_NER_IS_B(tag))
		return 1;
	return prev == tag || prev == tag - 1;
}
