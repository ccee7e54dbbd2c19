/*
 * ner-names.c: first names from the training corpus's own persons.
 *
 * The first word of a person's name of two or more words in train/ is a
 * first name ("Angela" Merkel); the model's lexicon marks it with
 * ANALYZE_NER_LEX_FIRST, so that the word after it reads as a surname even
 * when no list knows the surname. Training on a class that the gold tags
 * made would teach the tagger to trust it blindly (every training person
 * would carry it), so while training a token keeps the class only when
 * another sentence has the same first name: leave one out, as the class
 * behaves on unseen text.
 *
 * The table is (hash as written, sentence number) pairs sorted by both.
 */
#include <stdlib.h>

#include "util.h"
#include "doc.h"
#include "analyze-ner.h"
#include "ner-train.h"

static int
ner_names_cmp(const void *a, const void *b)
{
	const struct ner_lexent	*x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->bits < y->bits ? -1 : x->bits > y->bits;
}

/* Whether the token is a capitalised word of two or more letters. */
static int
ner_names_word(const char *text, const struct analyze_ner_tok *t)
{
	int32_t	cp;

	return t->end - t->start >= 2 && util_utf8_decode(text + t->start,
	    t->end - t->start, &cp) > 0 && analyze_ner_cp_is_upper(cp);
}

void
ner_names_collect(struct ner_lexicon *names, const char *text,
    const struct analyze_ner_tok *toks, const int *gold, size_t n,
    unsigned sent)
{
	const int	b = ANALYZE_NER_B(DOC_ENTITY_PERSON);
	size_t		i;

	for (i = 0; i + 1 < n; i++) {
		if (gold[i] != b || gold[i + 1] != b + 1 ||
		    !ner_names_word(text, &toks[i]))
			continue;
		if (names->n == names->cap) {
			names->cap = names->cap ? names->cap * 2 : 256;
			names->e = xreallocarray(names->e, names->cap,
			    sizeof *names->e);
		}
		names->e[names->n].key = analyze_ner_hash_add(
		    ANALYZE_NER_HASH_INIT, text + toks[i].start,
		    toks[i].end - toks[i].start);
		names->e[names->n++].bits = sent;
	}
}

void
ner_names_finish(struct ner_lexicon *names, struct ner_lexicon *lx)
{
	size_t	i;

	if (names->n > 0)
		qsort(names->e, names->n, sizeof *names->e, ner_names_cmp);
	for (i = 0; i < names->n; i++) {
		if (i > 0 && names->e[i - 1].key == names->e[i].key)
			continue;
		if (lx->n == lx->cap) {
			lx->cap = lx->cap ? lx->cap * 2 : 4096;
			lx->e = xreallocarray(lx->e, lx->cap, sizeof *lx->e);
		}
		lx->e[lx->n].key = names->e[i].key;
		lx->e[lx->n++].bits = ANALYZE_NER_LEX_FIRST;
	}
}

int
ner_names_elsewhere(const struct ner_lexicon *names, uint32_t key,
    unsigned sent)
{
	size_t	lo = 0, hi = names->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (names->e[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < names->n && names->e[lo].key == key; lo++)
		if (names->e[lo].bits != sent)
			return 1;
	return 0;
}
