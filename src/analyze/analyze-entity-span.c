/*
 * analyze-entity-span.c: repairs of one block's tags before they become
 * mentions, for name shapes that the training data (GermEval, 2,200
 * sentences) shows too seldom for the tagger to learn:
 *
 *  - a hyphenated word whose last part is a head noun and whose first part
 *    looks like a name is a name of the head's class ("Amur-Region",
 *    "Kokushikan-Universität", "UN-Sicherheitsrat"); "UN-Resolutionen" has
 *    no such head and stays a compound;
 *  - a capitalised adjective mid-sentence before a head noun is a name
 *    ("auf das Japanische Meer", "der Evangelischen Kirche"): German
 *    writes adjectives in lower case unless they belong to a name;
 *  - an unknown capitalised word just before a name that ends in an
 *    organisation or place head belongs to it ("Ewha Womans University");
 *  - a country name that a person's name runs into is a place of its own
 *    ("dass Kim Deutschland ... gewählt hat");
 *  - a one-word city right before a person's name is a first name
 *    ("Präsident Wladimir Putin");
 *  - in English, "of" or "for" between a capitalised common word that ends
 *    a name and a capitalised word continues the name ("Battle of
 *    Hastings", "University of Texas"), which title case otherwise cuts;
 *    so does "on" after an organisation's head ("Committee on Ways and
 *    Means", "Council on Foreign Relations"): a place after "on" is no
 *    part of a name ("Stratford on Avon" aside), a committee's topic is.
 *
 * Tags are BIO as in analyze-ner.h; every repair keeps them BIO-valid.
 */
#include <string.h>

#include "doc.h"
#include "analyze-ner.h"
#include "analyze-entity.h"

#define WORDBITS	(ANALYZE_NER_LEX_DEWORD | ANALYZE_NER_LEX_ENLOW | \
	ANALYZE_NER_LEX_DELOW | ANALYZE_NER_LEX_COMMON)

static int
analyze_entity_span_type(int cue)
{
	return cue == ANALYZE_NER_CUE_ORG ? DOC_ENTITY_ORGANISATION :
	    DOC_ENTITY_PLACE;
}

static int
analyze_entity_span_cap(const struct analyze_ner_tok *t)
{
	return t->shape == ANALYZE_NER_SHAPE_CAP ||
	    t->shape == ANALYZE_NER_SHAPE_UPPER ||
	    t->shape == ANALYZE_NER_SHAPE_MIXED;
}

/* Whether the part of a hyphenated token before its first hyphen looks
 * like a name: an acronym, or a capitalised word no word list has. */
static int
analyze_entity_span_first_named(const struct analyze_ner_model *model,
    const char *text, const struct analyze_ner_tok *t)
{
	const char	*s = text + t->start, *h;
	size_t		 len;
	unsigned	 lex;

	if ((h = memchr(s, '-', t->end - t->start)) == NULL || h == s)
		return 0;
	len = (size_t)(h - s);
	if (len >= 2 && analyze_ner_cp_is_upper((unsigned char)s[1]))
		return 1;
	lex = analyze_ner_model_lex(model, analyze_ner_hash_add(
	    ANALYZE_NER_HASH_INIT, s, len));
	return len >= 3 && (lex & (ANALYZE_NER_LEX_DEWORD |
	    ANALYZE_NER_LEX_DELOW)) == 0;
}

static void
analyze_entity_span_hyphen(const struct analyze_ner_model *model,
    const char *text, const struct analyze_ner_tok *toks, size_t n,
    int *tags)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (tags[i] == ANALYZE_NER_O && toks[i].hyphen &&
		    toks[i].head != 0 && analyze_entity_span_cap(&toks[i]) &&
		    (i + 1 == n || tags[i + 1] == ANALYZE_NER_O ||
		    ANALYZE_NER_IS_B(tags[i + 1])) &&
		    analyze_entity_span_first_named(model, text, &toks[i]))
			tags[i] = ANALYZE_NER_B(analyze_entity_span_type(
			    toks[i].head));
}

/* "Japanische Meer": a capitalised German adjective, not sentence-first,
 * then an untagged head noun. */
static void
analyze_entity_span_adjective(const struct analyze_ner_tok *toks, size_t n,
    int *tags)
{
	size_t	i;
	int	type;

	for (i = 0; i + 1 < n; i++) {
		const struct analyze_ner_tok	*a = &toks[i], *h = &toks[i + 1];

		if (tags[i] != ANALYZE_NER_O || a->first ||
		    a->shape != ANALYZE_NER_SHAPE_CAP ||
		    !(a->lex & ANALYZE_NER_LEX_DELOW) ||
		    (a->lex & ANALYZE_NER_LEX_DEWORD) || h->head == 0 ||
		    h->hyphen || h->shape != ANALYZE_NER_SHAPE_CAP)
			continue;
		if (tags[i + 1] != ANALYZE_NER_O &&
		    !ANALYZE_NER_IS_B(tags[i + 1]))
			continue;
		if (i + 2 < n && tags[i + 2] != ANALYZE_NER_O &&
		    !ANALYZE_NER_IS_B(tags[i + 2]))
			continue;
		type = analyze_entity_span_type(h->head);
		tags[i] = ANALYZE_NER_B(type);
		tags[i + 1] = ANALYZE_NER_I(type);
	}
}

/* Retypes the name that ends at token e - 1 and begins at b. */
static void
analyze_entity_span_retag(int *tags, size_t b, size_t e, int type)
{
	size_t	i;

	tags[b] = ANALYZE_NER_B(type);
	for (i = b + 1; i < e; i++)
		tags[i] = ANALYZE_NER_I(type);
}

/* "Ewha Womans University": unknown capitalised words before a name that
 * ends in a head noun join it. */
static void
analyze_entity_span_extend(const struct analyze_ner_tok *toks, size_t n,
    int *tags)
{
	size_t	i, b, e;

	for (e = 1; e <= n; e++) {
		if (tags[e - 1] == ANALYZE_NER_O || toks[e - 1].head == 0 ||
		    (e < n && tags[e] != ANALYZE_NER_O &&
		    !ANALYZE_NER_IS_B(tags[e])))
			continue;
		for (b = e - 1; b > 0 && !ANALYZE_NER_IS_B(tags[b]); b--)
			;
		if (b == e - 1 && toks[b].head == 0)
			continue;
		for (i = b; i > 0 && tags[i - 1] == ANALYZE_NER_O &&
		    toks[i - 1].shape == ANALYZE_NER_SHAPE_CAP &&
		    !toks[i - 1].first && !(toks[i - 1].lex & (WORDBITS |
		    ANALYZE_NER_LEX_NAME)) && toks[i - 1].cue == 0; i--)
			;
		if (i < b || e - b > 1)
			analyze_entity_span_retag(tags, i, e,
			    analyze_entity_span_type(toks[e - 1].head));
	}
}

/* English "X of Y" where X ends in a capitalised common word or head;
 * "X on Y" where X is an organisation's head. */
static void
analyze_entity_span_of(const char *text, const struct analyze_ner_tok *toks,
    size_t n, int *tags)
{
	size_t	i, b, e;
	int	type;

	for (i = 1; i + 1 < n; i++) {
		const struct analyze_ner_tok	*l = &toks[i - 1];
		const char			*w = text + toks[i].start;
		size_t				 wl = toks[i].end - toks[i].start;

		if (tags[i] != ANALYZE_NER_O || tags[i - 1] == ANALYZE_NER_O ||
		    !((wl == 2 && memcmp(w, "of", 2) == 0) ||
		    (wl == 3 && memcmp(w, "for", 3) == 0) ||
		    (wl == 2 && memcmp(w, "on", 2) == 0 &&
		    l->head == ANALYZE_NER_CUE_ORG)) ||
		    !(l->head != 0 || (l->lex & ANALYZE_NER_LEX_COMMON)) ||
		    !analyze_entity_span_cap(l) ||
		    !analyze_entity_span_cap(&toks[i + 1]) ||
		    (tags[i + 1] != ANALYZE_NER_O &&
		    !ANALYZE_NER_IS_B(tags[i + 1])))
			continue;
		for (b = i - 1; b > 0 && !ANALYZE_NER_IS_B(tags[b]); b--)
			;
		type = ANALYZE_NER_TYPE(tags[b]);
		if (l->head != 0)
			type = analyze_entity_span_type(l->head);
		for (e = i + 2; e < n && (tags[e] == ANALYZE_NER_I(
		    ANALYZE_NER_TYPE(tags[i + 1])) && tags[i + 1] !=
		    ANALYZE_NER_O); e++)
			;
		if (tags[i + 1] == ANALYZE_NER_O)
			for (; e < n && tags[e] == ANALYZE_NER_O &&
			    analyze_entity_span_cap(&toks[e]); e++)
				;
		analyze_entity_span_retag(tags, b, e, type);
	}
}

/* "dass Kim Deutschland gewählt hat": a country name is never a
 * surname, so a person's name ends before it and the country is a place
 * of its own. */
static void
analyze_entity_span_country(const struct analyze_ner_tok *toks, size_t n,
    int *tags)
{
	size_t	i;

	for (i = 1; i < n; i++)
		if (tags[i] == ANALYZE_NER_I(DOC_ENTITY_PERSON) &&
		    (toks[i].lex & ANALYZE_NER_LEX_COUNTRY) &&
		    (i + 1 == n || tags[i + 1] != tags[i]))
			tags[i] = ANALYZE_NER_B(DOC_ENTITY_PLACE);
}

/* "Präsident Wladimir Putin" tagged place + person: a one-word city
 * right before a person's name, with nothing between, is a first name
 * (Wladimir, Victoria, Austin are cities too). Countries and regions
 * are not. */
static void
analyze_entity_span_firstname(const struct analyze_ner_tok *toks, size_t n,
    int *tags)
{
	size_t	i;

	for (i = 0; i + 1 < n; i++)
		if (tags[i] == ANALYZE_NER_B(DOC_ENTITY_PLACE) &&
		    tags[i + 1] == ANALYZE_NER_B(DOC_ENTITY_PERSON) &&
		    (toks[i].lex & ANALYZE_NER_LEX_CITY) &&
		    !(toks[i].lex & (ANALYZE_NER_LEX_COUNTRY |
		    ANALYZE_NER_LEX_REGION)) && !toks[i].hyphen) {
			tags[i] = ANALYZE_NER_B(DOC_ENTITY_PERSON);
			tags[i + 1] = ANALYZE_NER_I(DOC_ENTITY_PERSON);
		}
}

void
analyze_entity_spans_fix(const struct analyze_ner_model *model,
    enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, int *tags)
{
	if (lang == ANALYZE_NER_DE) {
		analyze_entity_span_hyphen(model, text, toks, n, tags);
		analyze_entity_span_adjective(toks, n, tags);
	} else
		analyze_entity_span_of(text, toks, n, tags);
	analyze_entity_span_extend(toks, n, tags);
	analyze_entity_span_country(toks, n, tags);
	analyze_entity_span_firstname(toks, n, tags);
}
