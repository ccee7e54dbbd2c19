/*
 * analyze-entity-repeat.c: step 4 of the article-level pass — every untagged
 * token sequence that repeats a name the tagger found joins that name, and
 * so does a repeat of a full person name's surname.
 *
 * Done naively this is names × tokens (a long article has thousands of
 * each), so three indexes make it near-linear: the tokens sorted by their
 * first two bytes (a repeat begins at a token with the name's first two
 * bytes; the tokenizer may cut the name itself anywhere, so its first
 * token is no key), a map of which bytes of each block mentions already
 * cover, and the distinct names found by sorting instead of comparing
 * each mention with every earlier one. One-byte names, rare, are looked
 * for in every token.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "analyze-entity.h"

#define ANALYZE_REPEAT_KEYLEN 2

/* Where the n-th token of the document is. */
struct analyze_repeat_loc {
	size_t	 block;
	size_t	 i;
};

/* The tokens by key (values are token ordinals, so equal keys keep
 * document order), where each ordinal is, and per block which bytes
 * mentions already cover. */
struct analyze_repeat_index {
	struct analyze_entity_index	 keys;
	struct analyze_repeat_loc	*loc;
	unsigned char			**covered;
};

static void
analyze_repeat_cover(struct analyze_repeat_index *ix, size_t block,
    size_t a, size_t b)
{
	memset(ix->covered[block] + a, 1, b - a);
}

/* The key of the text at s with len bytes left: its first two bytes. */
static uint32_t
analyze_repeat_key(const char *s, size_t len)
{
	if (len < ANALYZE_REPEAT_KEYLEN)
		return len == 0 ? 0 : (unsigned char)s[0];
	return (uint32_t)(unsigned char)s[0] << 8 | (unsigned char)s[1];
}

static void
analyze_repeat_index_build(struct analyze_repeat_index *ix,
    const struct analyze_entity_set *set)
{
	const struct doc	*doc = set->doc;
	size_t			 b, i, n = 0;

	memset(ix, 0, sizeof *ix);
	for (b = 0; b < doc->nblocks; b++)
		n += set->bntoks[b];
	ix->loc = xreallocarray(NULL, n > 0 ? n : 1, sizeof *ix->loc);
	ix->covered = xcalloc(doc->nblocks > 0 ? doc->nblocks : 1,
	    sizeof *ix->covered);
	for (n = 0, b = 0; b < doc->nblocks; b++) {
		ix->covered[b] = xcalloc(doc->blocks[b].text_len + 1, 1);
		for (i = 0; i < set->bntoks[b]; i++, n++) {
			size_t at = set->btoks[b][i].start;

			ix->loc[n].block = b;
			ix->loc[n].i = i;
			analyze_entity_index_add_hash(&ix->keys,
			    analyze_repeat_key(doc->blocks[b].text + at,
			    doc->blocks[b].text_len - at), n);
		}
	}
	analyze_entity_index_sort(&ix->keys);
	for (i = 0; i < set->n; i++)
		analyze_repeat_cover(ix, set->m[i].block, set->m[i].start,
		    set->m[i].end);
}

static void
analyze_repeat_index_clear(struct analyze_repeat_index *ix, size_t nblocks)
{
	for (size_t b = 0; b < nblocks; b++)
		free(ix->covered[b]);
	free(ix->covered);
	free(ix->loc);
	analyze_entity_index_clear(&ix->keys);
}

static int
analyze_repeat_is_covered(const struct analyze_repeat_index *ix,
    size_t block, size_t a, size_t b)
{
	return memchr(ix->covered[block] + a, 1, b - a) != NULL;
}

/* The token index just past a repeat of len bytes starting at token i of
 * block b, or 0 when the text differs or ends inside a token. */
static size_t
analyze_repeat_match(const struct analyze_entity_set *set, size_t b,
    size_t i, const char *name, size_t len)
{
	const struct analyze_ner_tok	*t = set->btoks[b];
	const struct doc_block		*block = &set->doc->blocks[b];
	size_t				 j;

	if (t[i].shape == ANALYZE_NER_SHAPE_LOWER ||
	    t[i].start + len > block->text_len ||
	    memcmp(block->text + t[i].start, name, len) != 0)
		return 0;
	for (j = i; j < set->bntoks[b] && t[j].end < t[i].start + len; j++)
		;
	if (j == set->bntoks[b] || t[j].end != t[i].start + len)
		return 0;
	return j + 1;
}

static void
analyze_repeat_push(struct analyze_entity_set *set,
    struct analyze_repeat_index *ix, struct analyze_entity_mention m)
{
	if (set->n == set->cap) {
		set->cap = set->cap > 0 ? set->cap * 2 : 16;
		set->m = xreallocarray(set->m, set->cap, sizeof *set->m);
	}
	m.name = NULL;
	set->m[set->n++] = m;
	analyze_repeat_cover(ix, m.block, m.start, m.end);
}

/* Adds every untagged repeat of mention k's text, or of its last len bytes
 * when len is not 0 (a person's surname). */
static void
analyze_repeat_add(struct analyze_entity_set *set,
    struct analyze_repeat_index *ix, size_t k, size_t len)
{
	struct analyze_entity_mention	 m = set->m[k];
	const char			*name;
	size_t				 x, j;
	uint32_t			 key;

	if (len == 0)
		len = m.end - m.start;
	else
		m.ntok = 1;
	name = set->doc->blocks[m.block].text + m.end - len;
	key = analyze_repeat_key(name, len);
	x = len < ANALYZE_REPEAT_KEYLEN ? 0 :
	    analyze_entity_index_lower(&ix->keys, key);
	for (; x < ix->keys.n && (len < ANALYZE_REPEAT_KEYLEN ||
	    ix->keys.e[x].hash == key); x++) {
		const struct analyze_repeat_loc *c =
		    &ix->loc[ix->keys.e[x].value];
		const struct analyze_ner_tok *t = set->btoks[c->block];

		j = analyze_repeat_match(set, c->block, c->i, name, len);
		if (j == 0 || analyze_repeat_is_covered(ix, c->block,
		    t[c->i].start, t[j - 1].end))
			continue;
		/* "in Japanese" found "Japanese delegations" too. */
		if (set->lang == ANALYZE_NER_EN &&
		    analyze_entity_en_adjective(analyze_ner_model_builtin(),
		    set->doc->blocks[c->block].text, t,
		    set->bntoks[c->block], c->i, j))
			continue;
		m.block = c->block;
		m.start = t[c->i].start;
		m.end = t[j - 1].end;
		analyze_repeat_push(set, ix, m);
	}
}

/* Orders mention indexes by (length, name, group), then by index, so the
 * first of each run is the first mention of a distinct name. */
static const struct analyze_entity_set *analyze_repeat_sort_set;

static int
analyze_repeat_mention_cmp(const void *a, const void *b)
{
	const struct analyze_entity_mention *m = analyze_repeat_sort_set->m;
	size_t	i = *(const size_t *)a, j = *(const size_t *)b;
	size_t	li = m[i].end - m[i].start, lj = m[j].end - m[j].start;
	int	c;

	if (li != lj)
		return li < lj ? -1 : 1;
	if ((c = strcmp(m[i].name, m[j].name)) != 0)
		return c;
	if (m[i].group != m[j].group)
		return m[i].group < m[j].group ? -1 : 1;
	return i < j ? -1 : i > j;
}

static int
analyze_repeat_same_name(const struct analyze_entity_set *set, size_t i,
    size_t j)
{
	const struct analyze_entity_mention *m = set->m;

	return m[i].end - m[i].start == m[j].end - m[j].start &&
	    m[i].group == m[j].group && strcmp(m[i].name, m[j].name) == 0;
}

/* Marks in first[k] whether mention k is the first of its name. */
static unsigned char *
analyze_repeat_firsts(const struct analyze_entity_set *set, size_t n)
{
	unsigned char	*first = xcalloc(n > 0 ? n : 1, 1);
	size_t		*order = xreallocarray(NULL, n > 0 ? n : 1,
			    sizeof *order);

	for (size_t k = 0; k < n; k++)
		order[k] = k;
	analyze_repeat_sort_set = set;
	if (n > 0)
		qsort(order, n, sizeof *order, analyze_repeat_mention_cmp);
	analyze_repeat_sort_set = NULL;
	for (size_t k = 0; k < n; k++)
		first[order[k]] = k == 0 ||
		    !analyze_repeat_same_name(set, order[k - 1], order[k]);
	free(order);
	return first;
}

void
analyze_entity_repeats_find(struct analyze_entity_set *set)
{
	struct analyze_repeat_index	 ix;
	size_t				 k, n = set->n;
	unsigned char			*first;

	analyze_repeat_index_build(&ix, set);
	first = analyze_repeat_firsts(set, n);
	for (k = 0; k < n; k++) {
		if (!first[k] || (set->m[k].ntok == 1 &&
		    (set->m[k].lex & ANALYZE_NER_LEX_COMMON)))
			continue;
		analyze_repeat_add(set, &ix, k, 0);
		if (set->m[k].type == DOC_ENTITY_PERSON &&
		    set->m[k].ntok > 1 && !(set->m[k].lex &
		    ANALYZE_NER_LEX_COMMON))
			analyze_repeat_add(set, &ix, k,
			    set->m[k].end - analyze_entity_surname_from(set,
			    &set->m[k]));
	}
	free(first);
	analyze_repeat_index_clear(&ix, set->doc->nblocks);
}
