/*
 * Sorted ranges of canonical code points: quotes, entity mentions, search
 * matches, sentences. Queries are binary searches; maxend[i], the largest
 * end among the first i+1 ranges, lets tui_ranges_each() stop early even
 * when ranges nest or overlap (a quote holding mentions).
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "tui-int.h"

void
tui_ranges_init(struct tui_ranges *r)
{
	memset(r, 0, sizeof *r);
}

void
tui_ranges_clear(struct tui_ranges *r)
{
	free(r->v);
	free(r->maxend);
	tui_ranges_init(r);
}

void
tui_ranges_add(struct tui_ranges *r, size_t start, size_t end, size_t ref)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xreallocarray(r->v, r->cap, sizeof *r->v);
	}
	r->v[r->n].start = start;
	r->v[r->n].end = end;
	r->v[r->n].ref = ref;
	r->n++;
}

static int
tui_ranges_cmp(const void *a, const void *b)
{
	const struct tui_range	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->ref < y->ref ? -1 : x->ref > y->ref;
}

void
tui_ranges_sort(struct tui_ranges *r)
{
	size_t	i, m = 0;

	if (r->n > 1)
		qsort(r->v, r->n, sizeof *r->v, tui_ranges_cmp);
	free(r->maxend);
	r->maxend = xreallocarray(NULL, r->n + 1, sizeof *r->maxend);
	for (i = 0; i < r->n; i++) {
		if (r->v[i].end > m)
			m = r->v[i].end;
		r->maxend[i] = m;
	}
}

/* The first range with start >= cp. */
static size_t
tui_ranges_lower(const struct tui_ranges *r, size_t cp)
{
	size_t	lo = 0, hi = r->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->v[mid].start < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
tui_ranges_after(const struct tui_ranges *r, size_t cp)
{
	return tui_ranges_lower(r, cp + 1);
}

size_t
tui_ranges_before(const struct tui_ranges *r, size_t cp)
{
	return tui_ranges_lower(r, cp) - 1;
}

void
tui_ranges_each(const struct tui_ranges *r, size_t a, size_t b,
    void (*fn)(const struct tui_range *, void *), void *arg)
{
	size_t	i = tui_ranges_lower(r, b);

	while (i > 0 && r->maxend[i - 1] > a) {
		i--;
		if (r->v[i].end > a && r->v[i].start < b)
			fn(&r->v[i], arg);
	}
}
