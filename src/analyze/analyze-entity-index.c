/*
 * analyze-entity-index.c: a multimap from string hashes to indexes, for the
 * article-level entity pass. Built once, sorted, then searched; a hit is
 * only a candidate (hashes collide), so callers compare the real strings.
 * This is what keeps the pass near-linear on long articles, where every
 * "is this name known elsewhere?" question would otherwise walk every
 * mention or every group.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-entity.h"

void
analyze_entity_index_add_hash(struct analyze_entity_index *ix, uint32_t h,
    size_t value)
{
	if (ix->n == ix->cap) {
		ix->cap = ix->cap > 0 ? ix->cap * 2 : 64;
		ix->e = xreallocarray(ix->e, ix->cap, sizeof *ix->e);
	}
	ix->e[ix->n].hash = h;
	ix->e[ix->n++].value = value;
}

void
analyze_entity_index_add(struct analyze_entity_index *ix, const char *s,
    size_t len, size_t value)
{
	analyze_entity_index_add_hash(ix, analyze_ner_hash_add(
	    ANALYZE_NER_HASH_INIT, s, len), value);
}

static int
analyze_entity_index_cmp(const void *a, const void *b)
{
	const struct analyze_entity_index_entry *x = a, *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->value < y->value ? -1 : x->value > y->value;
}

void
analyze_entity_index_sort(struct analyze_entity_index *ix)
{
	if (ix->n > 0)
		qsort(ix->e, ix->n, sizeof *ix->e, analyze_entity_index_cmp);
}

size_t
analyze_entity_index_lower(const struct analyze_entity_index *ix, uint32_t h)
{
	size_t	lo = 0, hi = ix->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ix->e[mid].hash < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
analyze_entity_index_find(const struct analyze_entity_index *ix,
    const char *s, size_t len, size_t *end)
{
	uint32_t	h = analyze_ner_hash_add(ANALYZE_NER_HASH_INIT, s, len);
	size_t		lo = analyze_entity_index_lower(ix, h), first;

	first = lo;
	while (lo < ix->n && ix->e[lo].hash == h)
		lo++;
	*end = lo;
	return first;
}

void
analyze_entity_index_clear(struct analyze_entity_index *ix)
{
	free(ix->e);
	memset(ix, 0, sizeof *ix);
}
