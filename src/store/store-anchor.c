/*
 * Selectors and re-anchoring (DESIGN.md, "Anchoring").
 *
 * Everything here works on arrays of code points, since positions are code
 * points and an edit distance over bytes would count one "ü" as two edits.
 * Finding an annotation in a changed text goes from cheap and certain to
 * costly and approximate:
 *
 * 1. position: the old [start, end) still holds exact;
 * 2. exact: every occurrence of exact, the one whose surroundings agree
 *    best with prefix/suffix (then the one nearest the old place) wins;
 * 3. fuzzy: a close match tolerating small edits, scored by quote
 *    similarity, context and closeness to the old place, with a threshold
 *    (store-anchor-fuzzy.c);
 * 4. otherwise orphaned: kept with its selectors, never dropped.
 */
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "util.h"
#include "store-anchor.h"

static void
store_cps_decode(const char *s, struct store_cps *out)
{
	size_t	 len = s != NULL ? strlen(s) : 0, i = 0;

	out->cp = xreallocarray(NULL, len + 1, sizeof *out->cp);
	out->n = 0;
	while (i < len) {
		int32_t	 cp;
		int	 used = util_utf8_decode(s + i, len - i, &cp);

		if (used < 0) {
			cp = 0xfffd;
			used = 1;
		}
		out->cp[out->n++] = cp;
		i += (size_t)used;
	}
}

static char *
store_cps_encode(const struct store_cps *t, size_t start, size_t end)
{
	struct util_buf	 b;

	util_buf_init(&b);
	for (size_t i = start; i < end; i++)
		util_buf_add_cp(&b, t->cp[i]);
	return util_buf_steal(&b, NULL);
}

void
store_selector_make(const char *text, size_t start, size_t end,
    struct store_annotation *a)
{
	struct store_cps	 t;

	store_cps_decode(text, &t);
	if (end > t.n)
		end = t.n;
	if (start > end)
		start = end;
	free(a->exact);
	free(a->prefix);
	free(a->suffix);
	a->exact = store_cps_encode(&t, start, end);
	a->prefix = store_cps_encode(&t, start > STORE_CONTEXT_LEN ?
	    start - STORE_CONTEXT_LEN : 0, start);
	a->suffix = store_cps_encode(&t, end, end + STORE_CONTEXT_LEN < t.n ?
	    end + STORE_CONTEXT_LEN : t.n);
	a->start = start;
	a->end = end;
	free(t.cp);
}

int
store_anchor_equal_at(const struct store_cps *t, size_t at,
    const struct store_cps *p)
{
	if (at > t->n || p->n > t->n - at)
		return 0;
	return memcmp(t->cp + at, p->cp, p->n * sizeof *p->cp) == 0;
}

/* Next occurrence of p in t at or after from, or (size_t)-1. */
size_t
store_anchor_search(const struct store_cps *t, const struct store_cps *p,
    size_t from)
{
	if (p->n == 0 || p->n > t->n)
		return (size_t)-1;
	for (size_t i = from; i + p->n <= t->n; i++) {
		if (t->cp[i] == p->cp[0] && store_anchor_equal_at(t, i, p))
			return i;
	}
	return (size_t)-1;
}

/* How much of prefix and suffix agree with the text around [s, e), 0..1:
 * characters matched going outwards from the quote. */
static double
store_anchor_context(const struct store_cps *t, const struct store_target *g,
    size_t s, size_t e)
{
	size_t	 before = 0, after = 0, total = g->prefix.n + g->suffix.n;

	if (total == 0)
		return 1.0;
	while (before < g->prefix.n && before < s &&
	    t->cp[s - 1 - before] == g->prefix.cp[g->prefix.n - 1 - before])
		before++;
	while (after < g->suffix.n && e + after < t->n &&
	    t->cp[e + after] == g->suffix.cp[after])
		after++;
	return (double)(before + after) / (double)total;
}

double
store_anchor_closeness(const struct store_cps *t, size_t old, size_t s)
{
	size_t	 d = old > s ? old - s : s - old;

	return 1.0 - (double)d / (double)(t->n + 1);
}

/* Step 2: the occurrence of exact with the best context, then nearest. */
static int
store_anchor_exact(const struct store_cps *t, const struct store_target *g,
    struct store_match *best)
{
	size_t	 i = 0;
	int	 found = 0;

	while ((i = store_anchor_search(t, &g->exact, i)) != (size_t)-1) {
		size_t	 e = i + g->exact.n;
		double	 score = store_anchor_context(t, g, i, e) * 1000 +
		    store_anchor_closeness(t, g->start, i);

		if (!found || score > best->score) {
			best->start = i;
			best->end = i + g->exact.n;
			best->score = score;
			found = 1;
		}
		i++;
	}
	return found;
}

static void
store_target_init(struct store_target *g, const struct store_annotation *a)
{
	store_cps_decode(a->exact, &g->exact);
	store_cps_decode(a->prefix, &g->prefix);
	store_cps_decode(a->suffix, &g->suffix);
	g->start = a->start;
}

static void
store_target_clear(struct store_target *g)
{
	free(g->exact.cp);
	free(g->prefix.cp);
	free(g->suffix.cp);
}

static enum store_anchor_how
store_anchor_locate(const struct store_cps *t, const struct store_target *g,
    struct store_match *m)
{
	if (g->exact.n == 0) {
		m->start = m->end = g->start;
		return g->start <= t->n ? STORE_ANCHOR_POSITION :
		    STORE_ANCHOR_ORPHAN;
	}
	if (store_anchor_equal_at(t, g->start, &g->exact)) {
		m->start = g->start;
		m->end = g->start + g->exact.n;
		return STORE_ANCHOR_POSITION;
	}
	if (store_anchor_exact(t, g, m))
		return STORE_ANCHOR_EXACT;
	if (store_anchor_fuzzy(t, g, m))
		return STORE_ANCHOR_FUZZY;
	return STORE_ANCHOR_ORPHAN;
}

enum store_anchor_how
store_anchor_find(const char *text, const struct store_annotation *a,
    size_t *start, size_t *end)
{
	struct store_cps	 t;
	struct store_target	 g;
	struct store_match	 m = { 0 };
	enum store_anchor_how	 how;

	store_cps_decode(text, &t);
	store_target_init(&g, a);
	how = store_anchor_locate(&t, &g, &m);
	if (how != STORE_ANCHOR_ORPHAN) {
		*start = m.start;
		*end = m.end;
	}
	store_target_clear(&g);
	free(t.cp);
	return how;
}

enum store_anchor_how
store_anchor_apply(const char *text, struct store_annotation *a)
{
	size_t			 start = 0, end = 0;
	enum store_anchor_how	 how;

	how = store_anchor_find(text, a, &start, &end);
	if (how == STORE_ANCHOR_ORPHAN) {
		a->orphaned = 1;
		return how;
	}
	store_selector_make(text, start, end, a);
	a->orphaned = 0;
	return how;
}

const char *
store_anchor_how_name(enum store_anchor_how how)
{
	switch (how) {
	case STORE_ANCHOR_POSITION:
		return "position";
	case STORE_ANCHOR_EXACT:
		return "exact";
	case STORE_ANCHOR_FUZZY:
		return "fuzzy";
	case STORE_ANCHOR_ORPHAN:
		break;
	}
	return "orphaned";
}
