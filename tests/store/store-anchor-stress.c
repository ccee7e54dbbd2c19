/*
 * store-anchor-stress: the re-anchoring matcher against many random
 * edits, with a fixed seed so a failure can be replayed:
 *
 *	store-anchor-stress [TRIALS [SEED]]
 *
 * Each trial picks a quote of 20 to 160 code points in a fresh article of
 * random words and then, eight times in ten, makes one to three
 * single-character edits anywhere (insert, delete, replace; the quote
 * included); once in ten it replaces a word inside a quote of 80 or more
 * code points; once in ten it deletes the passage. The quote must be
 * found where it now starts, and a deleted one orphaned. Prints how many
 * trials ended by position, exact, fuzzy and orphaned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "util.h"

#define STRESS_SENTENCES	40

/* Code points of the article, edited in place. */
struct stress_text {
	int32_t	*cp;
	size_t	 n;
};

static unsigned long stress_state;

static size_t
stress_rand(size_t n)
{
	stress_state = stress_state * 6364136223846793005UL + 1442695040888963407UL;
	return n == 0 ? 0 : (size_t)(stress_state >> 33) % n;
}

static char *
stress_encode(const struct stress_text *t, size_t start, size_t end)
{
	struct util_buf	 b;

	util_buf_init(&b);
	for (size_t i = start; i < end; i++)
		util_buf_add_cp(&b, t->cp[i]);
	return util_buf_steal(&b, NULL);
}

static const char *const stress_words[] = {
	"Kim", "Putin", "Russland", "Nordkorea", "Zug", "Gespr\xc3\xa4" "che",
	"dauerten", "Stunden", "und", "endeten", "sp\xc3\xa4t", "Waffen",
	"Munition", "Satelliten", "Kosmodrom", "Allianz", "Sanktionen",
	"\xc3\xbc" "berraschend", "Professor", "Seoul", "Tokio", "sagt",
	"der", "die", "das", "mit", "nach", "vor", "Krieg", "Ukraine",
	"Legitimit\xc3\xa4t", "Regime", "Publikum", "Erfolge",
	"\xf0\x9f\x98\x80", "Technologie", "Vertrauen", "China", "gering",
	"B\xc3\xbcndnis", "glaubw\xc3\xbcrdig", "nachhaltig", "Moskau",
	"Pj\xc3\xb6ngjang", "Truppen", "Lager", "Rivalen", "Spekulationen",
};

/* Sentences of random words: varied enough that a deleted passage does
 * not come back as a near copy elsewhere, as in real prose. */
static void
stress_article(struct stress_text *t)
{
	struct util_buf	 b;
	char		*s;
	size_t		 len, i = 0;
	size_t		 nwords = sizeof stress_words / sizeof stress_words[0];

	util_buf_init(&b);
	for (int k = 0; k < STRESS_SENTENCES; k++) {
		size_t	 n = 6 + stress_rand(10);

		for (size_t w = 0; w < n; w++)
			util_buf_printf(&b, "%s%s", w > 0 ? " " : "",
			    stress_words[stress_rand(nwords)]);
		util_buf_add_str(&b, k % 5 == 4 ? ".\n\n" : ". ");
	}
	s = util_buf_steal(&b, &len);
	t->cp = xreallocarray(NULL, len + 1, sizeof *t->cp);
	t->n = 0;
	while (i < len) {
		int	 used = util_utf8_decode(s + i, len - i, &t->cp[t->n]);

		i += (size_t)used;
		t->n++;
	}
	free(s);
}

/* One random edit at pos: 0 insert, 1 delete, 2 replace. Moves *qs and
 * *qe (the quote's range) along. */
static void
stress_edit(struct stress_text *t, size_t pos, size_t *qs, size_t *qe)
{
	int	 kind = (int)stress_rand(3);

	if (kind == 0) {
		t->cp = xreallocarray(t->cp, t->n + 1, sizeof *t->cp);
		memmove(t->cp + pos + 1, t->cp + pos, (t->n - pos) *
		    sizeof *t->cp);
		t->cp[pos] = 'x';
		t->n++;
		*qs += pos < *qs;
		*qe += pos < *qe;
	} else if (kind == 1 && pos < t->n) {
		memmove(t->cp + pos, t->cp + pos + 1, (t->n - pos - 1) *
		    sizeof *t->cp);
		t->n--;
		*qs -= pos < *qs;
		*qe -= pos < *qe;
	} else if (pos < t->n)
		t->cp[pos] = t->cp[pos] == 'q' ? 'z' : 'q';
}

/*
 * Is the outcome right? An edited quote is found where it now is (a
 * fuzzy boundary may be off by a few characters); a deleted one is
 * orphaned, unless the very same words also stand elsewhere. An orphan
 * keeps its old selectors, position included.
 */
static int
stress_ok(const struct store_annotation *a, enum store_anchor_how how,
    const char *old, int delete, size_t qs, size_t qe, size_t n)
{
	if (how == STORE_ANCHOR_ORPHAN)
		return delete;
	if (a->end < a->start || a->end > n)
		return 0;
	if (delete)
		return how == STORE_ANCHOR_EXACT && strcmp(a->exact, old) == 0;
	return a->start + 3 >= qs && a->start <= qs + 3 &&
	    a->end + 3 >= qe && a->end <= qe + 3;
}

/* Replaces the first whole word inside [qs, qe) with another word of the
 * vocabulary: the "a word changed inside the quote" edit. */
static void
stress_word(struct stress_text *t, size_t qs, size_t *qe)
{
	const char	*w = stress_words[stress_rand(sizeof stress_words /
	    sizeof stress_words[0])];
	size_t		 s = qs, e, wn = util_utf8_cp_count(w, strlen(w));
	size_t		 used = 0;

	while (s < *qe && t->cp[s] != ' ')
		s++;
	for (e = ++s; e < *qe && t->cp[e] != ' ' && t->cp[e] != '.'; e++)
		;
	if (e >= *qe)
		return;
	t->cp = xreallocarray(t->cp, t->n + wn + 1, sizeof *t->cp);
	memmove(t->cp + s + wn, t->cp + e, (t->n - e) * sizeof *t->cp);
	t->n = t->n - (e - s) + wn;
	*qe = *qe - (e - s) + wn;
	for (size_t k = 0; k < wn; k++) {
		int32_t	 cp;

		used += (size_t)util_utf8_decode(w + used, strlen(w) - used,
		    &cp);
		t->cp[s + k] = cp;
	}
}

struct stress_counts {
	size_t	 how[4];
	size_t	 failed;
};

static void
stress_trial(struct stress_counts *c, int delete, int word)
{
	struct stress_text	 t;
	struct store_annotation	 a;
	size_t			 qs, qe, len, edits = 1 + stress_rand(3);
	char			*text, *after;
	enum store_anchor_how	 how;
	char			*old;

	stress_article(&t);
	len = word ? 80 + stress_rand(80) : 20 + stress_rand(140);
	qs = stress_rand(t.n - len);
	qe = qs + len;
	text = stress_encode(&t, 0, t.n);
	memset(&a, 0, sizeof a);
	store_selector_make(text, qs, qe, &a);
	old = xstrdup(a.exact);
	if (delete) {
		memmove(t.cp + qs, t.cp + qe, (t.n - qe) * sizeof *t.cp);
		t.n -= len;
	} else if (word)
		stress_word(&t, qs, &qe);
	else {
		for (size_t k = 0; k < edits; k++)
			stress_edit(&t, stress_rand(t.n), &qs, &qe);
	}
	after = stress_encode(&t, 0, t.n);
	how = store_anchor_apply(after, &a);
	c->how[how]++;
	if (!stress_ok(&a, how, old, delete, qs, qe, t.n)) {
		char	*now = stress_encode(&t, qs, delete ? qs : qe);

		c->failed++;
		printf("failed: quote now %zu-%zu, anchored %s at %zu-%zu\n"
		    "  was: %s\n  now: %s\n  got: %s\n", qs, qe,
		    store_anchor_how_name(how), a.start, a.end, old, now,
		    a.exact);
		free(now);
	}
	store_annotation_clear(&a);
	free(old);
	free(text);
	free(after);
	free(t.cp);
}

int
main(int argc, char **argv)
{
	struct stress_counts	 c;
	long			 trials = argc > 1 ? atol(argv[1]) : 2000;

	stress_state = argc > 2 ? strtoul(argv[2], NULL, 10) : 6;
	memset(&c, 0, sizeof c);
	for (long i = 0; i < trials; i++)
		stress_trial(&c, i % 10 == 9, i % 10 == 8);
	printf("anchor stress: %ld trials: position %zu, exact %zu, fuzzy "
	    "%zu, orphaned %zu; %zu failed\n", trials,
	    c.how[STORE_ANCHOR_POSITION], c.how[STORE_ANCHOR_EXACT],
	    c.how[STORE_ANCHOR_FUZZY], c.how[STORE_ANCHOR_ORPHAN], c.failed);
	return c.failed == 0 ? 0 : 1;
}
