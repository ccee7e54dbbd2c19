/*
 * Re-anchoring, step 3 (see store-anchor.c): a quote that was edited.
 *
 * Candidate places are the old position, where the prefix ends or the
 * suffix begins, and the occurrences of the quote's rarest words (each
 * shifted back by the word's offset in the quote). Around each, a window
 * a quarter of the quote wider on both sides is searched with Sellers'
 * semi-global edit distance (the quote must match whole, the window's
 * text may start and end anywhere); overlapping windows merge. The best
 * window by quote similarity (0.75), context agreement (0.2) and closeness
 * to the old place (0.05) wins if at most a quarter of the quote changed
 * and, for a short quote, its context still agrees; then its two ends are
 * moved to where quote and context together fit best. Quotes longer than
 * STORE_FUZZY_MAX are placed by their head and tail instead, which keeps
 * the cost near-linear in the text.
 */
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "util.h"
#include "store-anchor.h"

/* Is cp part of a word? Letters and digits; for non-ASCII, everything but
 * the common punctuation and space blocks, which is close enough to pick
 * rare words. */
static int
store_anchor_wordchar(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z');
	if (cp <= 0xbf || (cp >= 0x2000 && cp <= 0x206f) ||
	    (cp >= 0x3000 && cp <= 0x303f))
		return 0;
	return 1;
}

struct store_word {
	size_t	 offset;	/* in the quote */
	size_t	 len;
	size_t	 count;		/* in the text, capped */
};

static int
store_anchor_word_cmp(const void *a, const void *b)
{
	const struct store_word	*x = a, *y = b;

	if (x->count != y->count)
		return x->count < y->count ? -1 : 1;
	return x->len > y->len ? -1 : x->len < y->len;
}

static size_t
store_anchor_word_count(const struct store_cps *t, struct store_cps *w)
{
	size_t	 count = 0, i = 0;

	while (count <= STORE_RARE_MAX &&
	    (i = store_anchor_search(t, w, i)) != (size_t)-1) {
		count++;
		i++;
	}
	return count;
}

/* The quote's words of four or more characters, rarest in t first. */
static size_t
store_anchor_words(const struct store_cps *t, const struct store_cps *q,
    struct store_word *words, size_t max)
{
	size_t	 n = 0, i = 0;

	while (i < q->n && n < max) {
		size_t	 s;

		while (i < q->n && !store_anchor_wordchar(q->cp[i]))
			i++;
		for (s = i; i < q->n && store_anchor_wordchar(q->cp[i]); i++)
			;
		if (i - s >= 4) {
			struct store_cps w = { q->cp + s, i - s };

			words[n].offset = s;
			words[n].len = i - s;
			words[n].count = store_anchor_word_count(t, &w);
			if (words[n].count > 0)
				n++;
		}
	}
	qsort(words, n, sizeof *words, store_anchor_word_cmp);
	return n;
}

struct store_cands {
	size_t	 at[STORE_CANDIDATES_MAX];
	size_t	 n;
};

static void
store_cands_add(struct store_cands *c, long long at, size_t limit)
{
	if (c->n == STORE_CANDIDATES_MAX)
		return;
	if (at < 0)
		at = 0;
	if ((size_t)at > limit)
		at = (long long)limit;
	c->at[c->n++] = (size_t)at;
}

/* Adds a candidate start for each occurrence of p, shifted by delta. */
static void
store_cands_add_all(struct store_cands *c, const struct store_cps *t,
    const struct store_cps *p, long long delta, size_t max)
{
	size_t	 i = 0, k = 0;

	while (k++ < max && (i = store_anchor_search(t, p, i)) != (size_t)-1) {
		store_cands_add(c, (long long)i + delta, t->n);
		i++;
	}
}

static void
store_cands_collect(const struct store_cps *t, const struct store_target *g,
    struct store_cands *c)
{
	struct store_word	 words[64];
	size_t			 nw;

	c->n = 0;
	store_cands_add(c, (long long)g->start, t->n);
	if (g->prefix.n >= 8)
		store_cands_add_all(c, t, &g->prefix, (long long)g->prefix.n,
		    4);
	if (g->suffix.n >= 8)
		store_cands_add_all(c, t, &g->suffix, -(long long)g->exact.n,
		    4);
	nw = store_anchor_words(t, &g->exact, words, 64);
	for (size_t k = 0; k < nw && k < STORE_RARE_WORDS; k++) {
		struct store_cps w = { g->exact.cp + words[k].offset,
		    words[k].len };

		if (words[k].count > STORE_RARE_MAX)
			break;
		store_cands_add_all(c, t, &w, -(long long)words[k].offset,
		    STORE_RARE_MAX);
	}
}

static int
store_cands_cmp(const void *a, const void *b)
{
	const size_t	*x = a, *y = b;

	return *x < *y ? -1 : *x > *y;
}

/*
 * Sellers' algorithm over t[w0, w1): the least edit distance of the whole
 * quote against any substring, and where that substring starts and ends.
 * Columns run over the text; start[] carries each cell's alignment start.
 */
static size_t
store_anchor_sellers(const struct store_cps *t, size_t w0, size_t w1,
    const struct store_cps *q, size_t *ms, size_t *me)
{
	size_t	 m = q->n, best = (size_t)-1;
	size_t	*d = xreallocarray(NULL, 2 * (m + 1), sizeof *d);
	size_t	*st = xreallocarray(NULL, 2 * (m + 1), sizeof *st);
	size_t	*dp = d, *dc = d + m + 1, *sp = st, *sc = st + m + 1;

	for (size_t j = 0; j <= m; j++) {
		dp[j] = j;
		sp[j] = w0;
	}
	for (size_t i = w0; i < w1; i++) {
		dc[0] = 0;
		sc[0] = i + 1;
		for (size_t j = 1; j <= m; j++) {
			size_t	 up = dp[j] + 1, left = dc[j - 1] + 1;
			size_t	 diag = dp[j - 1] +
			    (t->cp[i] != q->cp[j - 1]);

			if (diag <= up && diag <= left) {
				dc[j] = diag;
				sc[j] = sp[j - 1];
			} else if (up <= left) {
				dc[j] = up;
				sc[j] = sp[j];
			} else {
				dc[j] = left;
				sc[j] = sc[j - 1];
			}
		}
		if (dc[m] < best) {
			best = dc[m];
			*ms = sc[m];
			*me = i + 1;
		}
		size_t	*tmp = dp;

		dp = dc;
		dc = tmp;
		tmp = sp;
		sp = sc;
		sc = tmp;
	}
	free(d);
	free(st);
	return best;
}

/* Levenshtein distance of a[0..na) and b[0..nb) (context strings, a few
 * dozen code points). */
static size_t
store_anchor_distance(const int32_t *a, size_t na, const int32_t *b,
    size_t nb)
{
	size_t	*row = xreallocarray(NULL, nb + 1, sizeof *row), d;

	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t	 diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t	 up = row[j];

			row[j] = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < row[j])
				row[j] = up + 1;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			diag = up;
		}
	}
	d = row[nb];
	free(row);
	return d;
}

/* How well prefix and suffix agree with the text around [s, e), 0..1, by
 * edit distance: unlike store_anchor_context it forgives an edit near
 * the quote and a fuzzy match's boundary off by a character. */
static double
store_anchor_context_fuzzy(const struct store_cps *t,
    const struct store_target *g, size_t s, size_t e)
{
	size_t	 total = g->prefix.n + g->suffix.n, d;
	size_t	 pn = g->prefix.n < s ? g->prefix.n : s;
	size_t	 sn = g->suffix.n < t->n - e ? g->suffix.n : t->n - e;

	if (total == 0)
		return 1.0;
	d = store_anchor_distance(g->prefix.cp, g->prefix.n, t->cp + s - pn,
	    pn) + store_anchor_distance(g->suffix.cp, g->suffix.n,
	    t->cp + e, sn);
	return d >= total ? 0.0 : 1.0 - (double)d / (double)total;
}

/* Scores the best match of the quote in one window; 0 when none. */
static int
store_anchor_window(const struct store_cps *t, const struct store_target *g,
    size_t w0, size_t w1, struct store_match *m)
{
	size_t	 s = 0, e = 0, dist;

	dist = store_anchor_sellers(t, w0, w1, &g->exact, &s, &e);
	if (dist == (size_t)-1 || e <= s)
		return 0;
	m->start = s;
	m->end = e;
	m->similarity = 1.0 - (double)dist / (double)g->exact.n;
	m->context = store_anchor_context_fuzzy(t, g, s, e);
	m->score = 0.75 * m->similarity + 0.2 * m->context +
	    0.05 * store_anchor_closeness(t, g->start, s);
	return 1;
}

/*
 * A quarter of the quote may be edited. A long quote is its own evidence;
 * a short one must also sit in something like its old surroundings, or
 * any similar phrase anywhere would do once its passage is deleted.
 */
static int
store_anchor_acceptable(const struct store_match *m, size_t len)
{
	if (m->similarity >= 0.75 &&
	    (len >= STORE_FUZZY_SELF || m->context >= 0.5))
		return 1;
	return m->similarity >= 0.6 && m->context >= 0.75;
}

/*
 * Edit distance of the quote q against t[x, e) for every start x in
 * [lim, e] (into out[e - x]), or against t[s, y) for every end y in
 * [s, lim] (into out[y - s]) when forward: one column per text position,
 * the pattern consumed whole, neither text end free.
 */
static void
store_anchor_sweep(const struct store_cps *t, size_t from, size_t lim,
    const struct store_cps *q, int forward, size_t *out)
{
	size_t	 m = q->n, steps = forward ? lim - from : from - lim;
	size_t	*col = xreallocarray(NULL, m + 1, sizeof *col);

	for (size_t j = 0; j <= m; j++)
		col[j] = j;
	out[0] = col[m];
	for (size_t k = 1; k <= steps; k++) {
		int32_t	 c = forward ? t->cp[from + k - 1] : t->cp[from - k];
		size_t	 diag = col[0];

		col[0] = k;
		for (size_t j = 1; j <= m; j++) {
			int32_t	 qc = forward ? q->cp[j - 1] : q->cp[m - j];
			size_t	 up = col[j];

			col[j] = diag + (c != qc);
			if (up + 1 < col[j])
				col[j] = up + 1;
			if (col[j - 1] + 1 < col[j])
				col[j] = col[j - 1] + 1;
			diag = up;
		}
		out[k] = col[m];
	}
	free(col);
}

/* Context distance of prefix before x (side 0) or suffix from x (1). */
static size_t
store_anchor_side(const struct store_cps *t, const struct store_target *g,
    size_t x, int side)
{
	size_t	 n;

	if (side == 0) {
		n = g->prefix.n < x ? g->prefix.n : x;
		return store_anchor_distance(g->prefix.cp, g->prefix.n,
		    t->cp + x - n, n);
	}
	n = g->suffix.n < t->n - x ? g->suffix.n : t->n - x;
	return store_anchor_distance(g->suffix.cp, g->suffix.n, t->cp + x, n);
}

/*
 * Semi-global alignment leaves the ends loose: a word changed at the
 * quote's edge is cheaper to drop than to match. So each end is moved
 * (up to STORE_CONTEXT_LEN / 2) to where quote and context together cost
 * least: the prefix says where the quote starts, the suffix where it ends.
 */
static void
store_anchor_refine(const struct store_cps *t, const struct store_target *g,
    struct store_match *m)
{
	size_t	 k = STORE_CONTEXT_LEN / 2, best = (size_t)-1;
	size_t	 lo = m->start > k ? m->start - k : 0;
	size_t	 hi = m->end + k < t->n ? m->end + k : t->n;
	size_t	*cost = xreallocarray(NULL, hi - lo + 1, sizeof *cost);
	size_t	 s = m->start, e = m->end;

	store_anchor_sweep(t, e, lo, &g->exact, 0, cost);
	for (size_t x = lo; x < e && x <= m->start + k; x++) {
		size_t	 c = cost[e - x] + store_anchor_side(t, g, x, 0);

		/* Ties go to the start the alignment found. */
		if (c < best || (c == best && x == m->start)) {
			best = c;
			s = x;
		}
	}
	store_anchor_sweep(t, s, hi, &g->exact, 1, cost);
	best = (size_t)-1;
	for (size_t y = e > k && e - k > s ? e - k : s + 1; y <= hi; y++) {
		size_t	 c = cost[y - s] + store_anchor_side(t, g, y, 1);

		if (c < best || (c == best && y == m->end)) {
			best = c;
			e = y;
		}
	}
	free(cost);
	m->start = s;
	m->end = e;
}

/* Step 3 for a quote of at most STORE_FUZZY_MAX code points. */
static int
store_anchor_fuzzy_short(const struct store_cps *t,
    const struct store_target *g, struct store_match *best)
{
	struct store_cands	 c;
	size_t			 m = g->exact.n, slack = m / 4 + 8;
	size_t			 i = 0;
	int			 found = 0;

	store_cands_collect(t, g, &c);
	qsort(c.at, c.n, sizeof *c.at, store_cands_cmp);
	while (i < c.n) {
		size_t			 w0, w1 = c.at[i] + m + slack;
		struct store_match	 cur;

		w0 = c.at[i] > slack ? c.at[i] - slack : 0;
		/* Overlapping windows merge, so no text is searched twice. */
		while (++i < c.n && c.at[i] - (c.at[i] > slack ? slack : 0) <=
		    w1)
			w1 = c.at[i] + m + slack;
		if (w1 > t->n)
			w1 = t->n;
		if (store_anchor_window(t, g, w0, w1, &cur) &&
		    store_anchor_acceptable(&cur, m) &&
		    (!found || cur.score > best->score)) {
			*best = cur;
			found = 1;
		}
	}
	if (found)
		store_anchor_refine(t, g, best);
	return found;
}

/* A long quote: its head and its tail, each fuzzily, must land in order at
 * about the old distance. */
static int
store_anchor_fuzzy_long(const struct store_cps *t,
    const struct store_target *g, struct store_match *best)
{
	size_t			 m = g->exact.n, k = STORE_FUZZY_PART;
	struct store_target	 head = *g, tail = *g;
	struct store_match	 h, l;
	size_t			 span;

	head.exact.n = k;
	head.suffix.n = 0;
	tail.exact.cp = g->exact.cp + m - k;
	tail.exact.n = k;
	tail.prefix.n = 0;
	tail.start = g->start + m - k;
	if (!store_anchor_fuzzy_short(t, &head, &h) ||
	    !store_anchor_fuzzy_short(t, &tail, &l) || l.end <= h.start)
		return 0;
	span = l.end - h.start;
	if (span < m - m / 4 || span > m + m / 4)
		return 0;
	best->start = h.start;
	best->end = l.end;
	return 1;
}

int
store_anchor_fuzzy(const struct store_cps *t, const struct store_target *g,
    struct store_match *m)
{
	if (g->exact.n <= STORE_FUZZY_MAX)
		return store_anchor_fuzzy_short(t, g, m);
	return store_anchor_fuzzy_long(t, g, m);
}
