/*
 * analyze-ner-decode.c: the beam-search decoder.
 *
 * The decoder goes left to right keeping the ANALYZE_NER_BEAM best partial
 * sequences that BIO allows (I-X only after B-X or I-X); the previous two
 * tags are features, so each hypothesis is scored with its own history.
 * Static features are scored once per token for the whole beam. The
 * trainer decodes with the same function through a score callback.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

/* One partial tag sequence of the beam: its last two tags, its score and
 * where its tags are in the history table. */
struct analyze_ner_hyp {
	int32_t	score;
	int	prev;
	int	prev2;
	int	back;		/* index of the previous step's hypothesis */
};

/*
 * What one decode keeps besides the beam: the score function, the tags
 * BIO allows after each tag, and the weights of the two-tag history key,
 * which depends on the two tags alone, by tags.
 */
struct analyze_ner_dec {
	analyze_ner_score_fn	 score;
	const void		*arg;
	unsigned		 allowed[ANALYZE_NER_NTAGS];	/* bit per tag */
	unsigned char		 pairdone[ANALYZE_NER_NTAGS][ANALYZE_NER_NTAGS];
	int32_t			 pair[ANALYZE_NER_NTAGS][ANALYZE_NER_NTAGS]
				     [ANALYZE_NER_NTAGS];
};

/* Adds the nine weights w to sc, spelled out (a loop of nine costs the
 * compiler's counter and branch as much again). */
static void
analyze_ner_add(int32_t *sc, const int32_t *w)
{
	sc[0] += w[0];
	sc[1] += w[1];
	sc[2] += w[2];
	sc[3] += w[3];
	sc[4] += w[4];
	sc[5] += w[5];
	sc[6] += w[6];
	sc[7] += w[7];
	sc[8] += w[8];
}

_Static_assert(ANALYZE_NER_NTAGS == 9, "analyze_ner_add adds nine");

/* The tag scores of token i's static features, shared by the beam. */
static void
analyze_ner_static_score(const struct analyze_ner_dec *d,
    enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, size_t i, int32_t *sc)
{
	uint32_t	keys[ANALYZE_NER_MAXFEAT];
	size_t		k, nk;

	memset(sc, 0, ANALYZE_NER_NTAGS * sizeof *sc);
	nk = analyze_ner_features(lang, text, toks, n, i, keys);
	for (k = 0; k < nk; k++)
		d->score(d->arg, keys[k], sc);
}

/* Inserts h into the beam b[0..*nb), kept best first, at most
 * ANALYZE_NER_BEAM long. Two hypotheses with the same last two tags have
 * the same future, so only the better one is kept. A full beam turns away
 * what does not beat its last first: a twin in the beam would beat it too. */
static void
analyze_ner_beam_insert(struct analyze_ner_hyp *b, int *nb,
    const struct analyze_ner_hyp *h)
{
	int	j;

	if (*nb == ANALYZE_NER_BEAM && h->score <= b[*nb - 1].score)
		return;
	for (j = 0; j < *nb; j++)
		if (b[j].prev == h->prev && b[j].prev2 == h->prev2)
			break;
	if (j < *nb) {
		if (b[j].score >= h->score)
			return;
	} else if (*nb < ANALYZE_NER_BEAM)
		j = (*nb)++;
	else
		j = *nb - 1;
	for (; j > 0 && b[j - 1].score < h->score; j--)
		b[j] = b[j - 1];
	b[j] = *h;
}

/* The history scores of token i after tags p2, p: st plus the keys of p
 * alone (summed once per p in byprev, done[p] set) and the two-tag key. */
static void
analyze_ner_hist_score(struct analyze_ner_dec *d, enum analyze_ner_lang lang,
    const struct analyze_ner_tok *toks, size_t i, int p, int p2,
    const int32_t *st, int32_t (*byprev)[ANALYZE_NER_NTAGS], int *done,
    int32_t *sc)
{
	uint32_t	keys[4];
	size_t		k, nk;

	if (!done[p] || !d->pairdone[p][p2]) {
		nk = analyze_ner_features_hist(lang, toks, i, p, p2, keys);
		if (!done[p]) {
			memcpy(byprev[p], st, sizeof byprev[p]);
			for (k = 1; k < nk; k++)
				d->score(d->arg, keys[k], byprev[p]);
			done[p] = 1;
		}
		if (!d->pairdone[p][p2]) {
			memset(d->pair[p][p2], 0, sizeof d->pair[p][p2]);
			d->score(d->arg, keys[0], d->pair[p][p2]);
			d->pairdone[p][p2] = 1;
		}
	}
	memcpy(sc, byprev[p], ANALYZE_NER_NTAGS * sizeof *sc);
	analyze_ner_add(sc, d->pair[p][p2]);
}

/* Extends every hypothesis of cur by every allowed tag of token i. */
static int
analyze_ner_beam_step(struct analyze_ner_dec *d, enum analyze_ner_lang lang,
    const struct analyze_ner_tok *toks, size_t i, const int32_t *st,
    const struct analyze_ner_hyp *cur, int ncur, struct analyze_ner_hyp *next)
{
	struct analyze_ner_hyp	h;
	int32_t			byprev[ANALYZE_NER_NTAGS][ANALYZE_NER_NTAGS];
	int32_t			sc[ANALYZE_NER_NTAGS];
	int			done[ANALYZE_NER_NTAGS] = { 0 };
	int			j, t, p, nnext = 0;

	for (j = 0; j < ncur; j++) {
		p = cur[j].prev;
		analyze_ner_hist_score(d, lang, toks, i, p, cur[j].prev2, st,
		    byprev, done, sc);
		for (t = 0; t < ANALYZE_NER_NTAGS; t++) {
			if ((d->allowed[p] & 1u << t) == 0)
				continue;
			h.score = cur[j].score + sc[t];
			h.prev = t;
			h.prev2 = p;
			h.back = j;
			analyze_ner_beam_insert(next, &nnext, &h);
		}
	}
	return nnext;
}

/* Sets up d for a decode with score. */
static void
analyze_ner_dec_init(struct analyze_ner_dec *d, analyze_ner_score_fn score,
    const void *arg)
{
	int	p, t;

	d->score = score;
	d->arg = arg;
	for (p = 0; p < ANALYZE_NER_NTAGS; p++) {
		d->allowed[p] = 0;
		for (t = 0; t < ANALYZE_NER_NTAGS; t++)
			if (analyze_ner_tag_allowed(p, t))
				d->allowed[p] |= 1u << t;
	}
	memset(d->pairdone, 0, sizeof d->pairdone);
}

void
analyze_ner_decode(analyze_ner_score_fn score, const void *arg,
    enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, int *tags)
{
	struct analyze_ner_hyp	*hist, start = { 0, 0, 0, -1 };
	struct analyze_ner_dec	*d;
	int32_t			 st[ANALYZE_NER_NTAGS];
	int			*nb;
	size_t			 i;
	int			 j;

	if (n == 0)
		return;
	d = xreallocarray(NULL, 1, sizeof *d);
	analyze_ner_dec_init(d, score, arg);
	hist = xreallocarray(NULL, n * ANALYZE_NER_BEAM, sizeof *hist);
	nb = xreallocarray(NULL, n, sizeof *nb);
	for (i = 0; i < n; i++) {
		analyze_ner_static_score(d, lang, text, toks, n, i, st);
		nb[i] = analyze_ner_beam_step(d, lang, toks, i, st,
		    i > 0 ? hist + (i - 1) * ANALYZE_NER_BEAM : &start,
		    i > 0 ? nb[i - 1] : 1, hist + i * ANALYZE_NER_BEAM);
	}
	/* Follow the best final hypothesis back. */
	for (j = 0, i = n; i-- > 0;) {
		tags[i] = hist[i * ANALYZE_NER_BEAM + (size_t)j].prev;
		j = hist[i * ANALYZE_NER_BEAM + (size_t)j].back;
	}
	free(hist);
	free(nb);
	free(d);
}

/* The model's weights as a score callback. */
struct analyze_ner_model_arg {
	const struct analyze_ner_model	*model;
	enum analyze_ner_lang		 lang;
};

static void
analyze_ner_model_cb(const void *arg, uint32_t key, int32_t *sc)
{
	const struct analyze_ner_model_arg	*a = arg;

	analyze_ner_model_score(a->model, a->lang, key, sc);
}

void
analyze_ner_tag(const struct analyze_ner_model *model,
    enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, int *tags)
{
	struct analyze_ner_model_arg	a = { model, lang };
	size_t				i;

	for (i = 0; i < n; i++)
		tags[i] = ANALYZE_NER_O;
	if (model != NULL)
		analyze_ner_decode(analyze_ner_model_cb, &a, lang, text, toks,
		    n, tags);
}
