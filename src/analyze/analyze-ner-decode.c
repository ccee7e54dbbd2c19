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

/* The tag scores of token i's static features, shared by the beam. */
static void
analyze_ner_static_score(analyze_ner_score_fn score, const void *arg,
    enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, size_t i, int32_t *sc)
{
	uint32_t	keys[ANALYZE_NER_MAXFEAT];
	size_t		k, nk;

	memset(sc, 0, ANALYZE_NER_NTAGS * sizeof *sc);
	nk = analyze_ner_features(lang, text, toks, n, i, keys);
	for (k = 0; k < nk; k++)
		score(arg, keys[k], sc);
}

/* Inserts h into the beam b[0..*nb), kept best first, at most
 * ANALYZE_NER_BEAM long. Two hypotheses with the same last two tags have
 * the same future, so only the better one is kept. */
static void
analyze_ner_beam_insert(struct analyze_ner_hyp *b, int *nb,
    const struct analyze_ner_hyp *h)
{
	int	j;

	for (j = 0; j < *nb; j++)
		if (b[j].prev == h->prev && b[j].prev2 == h->prev2)
			break;
	if (j < *nb) {
		if (b[j].score >= h->score)
			return;
	} else if (*nb < ANALYZE_NER_BEAM)
		j = (*nb)++;
	else if (h->score <= b[*nb - 1].score)
		return;
	else
		j = *nb - 1;
	for (; j > 0 && b[j - 1].score < h->score; j--)
		b[j] = b[j - 1];
	b[j] = *h;
}

/* Extends every hypothesis of cur by every allowed tag of token i. The
 * history keys are mostly of the previous tag alone, so their scores are
 * summed once per previous tag (in byprev) and only the two-tag key is
 * looked up per hypothesis. */
static int
analyze_ner_beam_step(analyze_ner_score_fn score, const void *arg,
    enum analyze_ner_lang lang, const struct analyze_ner_tok *toks,
    size_t i, const int32_t *st, const struct analyze_ner_hyp *cur,
    int ncur, struct analyze_ner_hyp *next)
{
	struct analyze_ner_hyp	h;
	uint32_t		keys[4];
	int32_t			byprev[ANALYZE_NER_NTAGS][ANALYZE_NER_NTAGS];
	int32_t			sc[ANALYZE_NER_NTAGS];
	int			done[ANALYZE_NER_NTAGS] = { 0 };
	size_t			k, nk;
	int			j, t, p, nnext = 0;

	for (j = 0; j < ncur; j++) {
		p = cur[j].prev;
		nk = analyze_ner_features_hist(lang, toks, i, p,
		    cur[j].prev2, keys);
		if (!done[p]) {
			memcpy(byprev[p], st, sizeof byprev[p]);
			for (k = 1; k < nk; k++)
				score(arg, keys[k], byprev[p]);
			done[p] = 1;
		}
		memcpy(sc, byprev[p], sizeof sc);
		score(arg, keys[0], sc);
		for (t = 0; t < ANALYZE_NER_NTAGS; t++) {
			if (!analyze_ner_tag_allowed(p, t))
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

void
analyze_ner_decode(analyze_ner_score_fn score, const void *arg,
    enum analyze_ner_lang lang, const char *text,
    const struct analyze_ner_tok *toks, size_t n, int *tags)
{
	struct analyze_ner_hyp	*hist, start = { 0, 0, 0, -1 };
	int32_t			 st[ANALYZE_NER_NTAGS];
	int			*nb;
	size_t			 i;
	int			 j;

	if (n == 0)
		return;
	hist = xreallocarray(NULL, n * ANALYZE_NER_BEAM, sizeof *hist);
	nb = xreallocarray(NULL, n, sizeof *nb);
	for (i = 0; i < n; i++) {
		analyze_ner_static_score(score, arg, lang, text, toks, n, i,
		    st);
		nb[i] = analyze_ner_beam_step(score, arg, lang, toks, i, st,
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
