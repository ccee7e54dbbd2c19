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
 * 3. fuzzy: candidate places are the old position, where prefix ends or
 *    suffix begins, and the occurrences of the quote's rarest words (each
 *    shifted back by the word's offset in the quote). Around each, a window
 *    a quarter of the quote wider on both sides is searched with Sellers'
 *    semi-global edit distance (the quote must match whole, the window's
 *    text may start and end anywhere). The best window by quote similarity,
 *    context and closeness wins if the quote is at most a quarter edited.
 *    Quotes longer than STORE_FUZZY_MAX are placed by their head and tail
 *    instead, which keeps the cost near-linear.
 * 4. otherwise orphaned: kept with its selectors, never dropped.
 */
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "util.h"

#define STORE_FUZZY_MAX	1500	/* longest quote matched whole */
#define STORE_FUZZY_PART	200	/* head/tail of a longer one */
#define STORE_CANDIDATES_MAX	32
#define STORE_RARE_WORDS	3
#define STORE_RARE_MAX		8	/* more often is not rare */

struct store_cps {
	int32_t	*cp;
	size_t	 n;
};

/* What is looked for: the quote, its context and where it was. */
struct store_target {
	struct store_cps	 exact;
	struct store_cps	 prefix;
	struct store_cps	 suffix;
	size_t			 start;
};

struct store_match {
	size_t	 start;
	size_t	 end;
	double	 score;
	double	 similarity;
	double	 context;
};

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

static int
store_anchor_equal_at(const struct store_cps *t, size_t at,
    const struct store_cps *p)
{
	if (at > t->n || p->n > t->n - at)
		return 0;
	return memcmp(t->cp + at, p->cp, p->n * sizeof *p->cp) == 0;
}

/* Next occurrence of p in t at or after from, or (size_t)-1. */
static size_t
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

static double
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
	m->context = store_anchor_context(t, g, s, e);
	m->score = 0.75 * m->similarity + 0.2 * m->context +
	    0.05 * store_anchor_closeness(t, g->start, s);
	return 1;
}

static int
store_anchor_acceptable(const struct store_match *m)
{
	return m->similarity >= 0.75 ||
	    (m->similarity >= 0.6 && m->context >= 0.5);
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
		    store_anchor_acceptable(&cur) &&
		    (!found || cur.score > best->score)) {
			*best = cur;
			found = 1;
		}
	}
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
	if (g->exact.n <= STORE_FUZZY_MAX ? store_anchor_fuzzy_short(t, g, m) :
	    store_anchor_fuzzy_long(t, g, m))
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
