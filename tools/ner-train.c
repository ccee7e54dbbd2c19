/*
 * ner-train.c: trains the entity model (data/ner/model.bin) from the
 * GermEval file in ../shared/corpus/ner/train/ and the Debian lexicon.
 *
 *	ner-train TRAIN.tsv OUT [LOCALEDIR [DICTDIR]]
 *
 * An averaged structured perceptron over the features of src/analyze/
 * analyze-ner-feat.c, decoding each sentence with the tagger's own beam
 * search, NER_EPOCHS passes over the sentences in an order shuffled by a
 * fixed-seed xorshift; NER_RUNS such runs in different orders, their
 * averaged weights averaged once more.
 * All arithmetic is integer, so the same inputs give the same bytes on any
 * machine. Two weight sets: "de" on the text as it is, "en" on the same
 * sentences rewritten as English would write them (ner_sent_englishify())
 * and with the word templates left out (analyze-ner.h).
 *
 * The first names of the corpus's persons join the lexicon
 * (tools/ner-names.c), left out of each sentence's own features.
 *
 * GermEval's outer column is used; *deriv and *part tags count as O, as the
 * scorer counts them (except *deriv in "en", which is OTH as in CoNLL).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "analyze-ner.h"
#include "ner-train.h"

#define NER_EPOCHS	20
#define NER_RUNS	4	/* orders averaged (ner_train_set()) */

struct ner_sent {
	char			*text;
	size_t			 len;
	struct analyze_ner_tok	*toks;
	size_t			 n;
	int			*gold;
	unsigned char		*deriv;	/* a *deriv token ("deutsche") */
	uint32_t		*keys;	/* n x ANALYZE_NER_MAXFEAT */
	size_t			*nkeys;
};

/* Mistakes in the current epoch, for NER_TRAIN_VERBOSE. */
static size_t ner_mistakes;


unsigned char *
ner_file_read(const char *path, size_t *len)
{
	FILE		*f = fopen(path, "rb");
	unsigned char	*d = NULL;
	size_t		 cap = 0, n = 0, r;

	if (f == NULL)
		return NULL;
	for (;;) {
		if (n == cap)
			d = xrealloc(d, (cap = cap ? cap * 2 : 65536) + 1);
		if ((r = fread(d + n, 1, cap - n, f)) == 0)
			break;
		n += r;
	}
	fclose(f);
	d[n] = 0;
	*len = n;
	return d;
}

static int
ner_tag_parse(const char *s, int prev)
{
	static const char *const types[] = { "PER", "LOC", "ORG", "OTH" };
	int	 t;

	if ((s[0] != 'B' && s[0] != 'I') || s[1] != '-')
		return ANALYZE_NER_O;
	for (t = 0; t < 4; t++)
		if (strcmp(s + 2, types[t]) == 0)
			break;
	if (t == 4)
		return ANALYZE_NER_O;	/* deriv, part */
	if (s[0] == 'I' && analyze_ner_tag_allowed(prev, ANALYZE_NER_I(t)))
		return ANALYZE_NER_I(t);
	return ANALYZE_NER_B(t);
}

/* Reads GermEval TSV: "#" lines, then index TAB token TAB outer TAB inner
 * per token, a blank line after each sentence. */
static struct ner_sent *
ner_corpus_read(const char *path, size_t *nsent)
{
	struct ner_sent	*ss = NULL, *s;
	struct util_buf	 text;
	unsigned char	*d;
	char		*line, *save = NULL, *f[4];
	size_t		 len, n = 0, k;
	int		 prev = 0;

	if ((d = ner_file_read(path, &len)) == NULL)
		return NULL;
	util_buf_init(&text);
	ss = xcalloc(1, sizeof *ss);
	for (line = strtok_r((char *)d, "\n", &save); ; line =
	    strtok_r(NULL, "\n", &save)) {
		s = &ss[n];
		if (line == NULL || line[0] == '#') {
			if (s->n > 0) {
				s->text = util_buf_steal(&text, &s->len);
				ss = xreallocarray(ss, ++n + 1, sizeof *ss);
				memset(&ss[n], 0, sizeof *ss);
			}
			prev = 0;
			if (line == NULL)
				break;
			continue;
		}
		f[0] = line;
		for (k = 1; k < 4 && (f[k] = strchr(f[k - 1], '\t')) != NULL;
		    k++)
			*f[k]++ = '\0';
		if (k < 4)
			continue;
		if (text.len > 0)
			util_buf_add_char(&text, ' ');
		s->toks = xreallocarray(s->toks, s->n + 1, sizeof *s->toks);
		s->gold = xreallocarray(s->gold, s->n + 1, sizeof *s->gold);
		s->deriv = xreallocarray(s->deriv, s->n + 1,
		    sizeof *s->deriv);
		s->deriv[s->n] = strstr(f[2], "deriv") != NULL;
		memset(&s->toks[s->n], 0, sizeof *s->toks);
		s->toks[s->n].start = text.len;
		util_buf_add_str(&text, f[1]);
		s->toks[s->n].end = text.len;
		s->gold[s->n] = prev = ner_tag_parse(f[2], prev);
		s->n++;
	}
	util_buf_clear(&text);
	free(d);
	*nsent = n;
	return ss;
}

/* The "first" flag as analyze_ner_tokenize() sets it. */
static void
ner_sent_first(struct ner_sent *s)
{
	size_t	i;
	int	first = 1;
	char	c;

	for (i = 0; i < s->n; i++) {
		s->toks[i].first = first;
		c = s->text[s->toks[i].start];
		if (s->toks[i].end - s->toks[i].start == 1 && (c == '.' ||
		    c == '!' || c == '?' || c == ':'))
			first = 1;
		else if (s->toks[i].shape != ANALYZE_NER_SHAPE_PUNCT)
			first = 0;
	}
}

/* Upper-cases the first letter of token i in place (ASCII and Latin-1,
 * whose UTF-8 length stays the same). */
static void
ner_tok_upper(struct ner_sent *s, size_t i)
{
	unsigned char	*p = (unsigned char *)s->text + s->toks[i].start;

	if (p[0] >= 'a' && p[0] <= 'z')
		p[0] = (unsigned char)(p[0] - 32);
	else if (p[0] == 0xC3 && p[1] >= 0xA0 && p[1] <= 0xBE && p[1] != 0xB7)
		p[1] = (unsigned char)(p[1] - 32);
}

/* Lower-cases token i in place (code points whose UTF-8 length stays the
 * same). */
static void
ner_tok_lower(struct ner_sent *s, size_t i)
{
	size_t	p;
	int32_t	cp, lo;
	int	k;

	for (p = s->toks[i].start; p < s->toks[i].end; p += (size_t)k) {
		k = util_utf8_decode(s->text + p, s->toks[i].end - p, &cp);
		if (k < 1)
			break;
		lo = analyze_ner_cp_lower(cp);
		if (k == 1 && lo < 0x80)
			s->text[p] = (char)lo;
		else if (k == 2 && lo >= 0x80 && lo < 0x800 && lo != cp) {
			s->text[p] = (char)(0xC0 | (lo >> 6));
			s->text[p + 1] = (char)(0x80 | (lo & 0x3F));
		}
	}
}

/*
 * Rewrites a German sentence the way English would write and CoNLL would
 * tag it: non-entity words after the first lower-cased, except months and
 * days (English capitalises them, and they must not look like names);
 * *deriv words ("deutschen", "Schweizer") capitalised and tagged OTH, the
 * MISC of CoNLL ("German", "Swiss"). Changes the text and gold in place.
 */
static void
ner_sent_englishify(struct ner_sent *s)
{
	size_t	i;

	for (i = 0; i < s->n; i++) {
		if (s->deriv[i]) {
			ner_tok_upper(s, i);
			s->gold[i] = i > 0 && s->deriv[i - 1] ?
			    ANALYZE_NER_I(DOC_ENTITY_OTHER) :
			    ANALYZE_NER_B(DOC_ENTITY_OTHER);
			continue;
		}
		if (s->gold[i] != ANALYZE_NER_O || s->toks[i].first ||
		    s->toks[i].cue == ANALYZE_NER_CUE_TIME)
			continue;
		ner_tok_lower(s, i);
	}
}

/* Describes sentence sent for set lang and caches its static keys. A first
 * name only this sentence has is no known first name here. */
static void
ner_sent_prepare(const struct analyze_ner_model *lex, struct ner_sent *s,
    enum analyze_ner_lang lang, const struct ner_lexicon *names,
    unsigned sent)
{
	size_t	i;

	analyze_ner_tokens_describe(lex, ANALYZE_NER_DE, s->text, s->toks,
	    s->n);
	for (i = 0; i < s->n; i++)
		if ((s->toks[i].lex & ANALYZE_NER_LEX_FIRST) &&
		    !ner_names_elsewhere(names, s->toks[i].hword, sent))
			s->toks[i].lex &= ~(unsigned)ANALYZE_NER_LEX_FIRST;
	ner_sent_first(s);
	if (lang == ANALYZE_NER_EN) {
		struct analyze_ner_tok	*orig;

		orig = xreallocarray(NULL, s->n, sizeof *orig);
		memcpy(orig, s->toks, s->n * sizeof *orig);
		ner_sent_englishify(s);
		analyze_ner_tokens_describe(lex, ANALYZE_NER_DE, s->text,
		    s->toks, s->n);
		for (i = 0; i < s->n; i++) {
			s->toks[i].lex = orig[i].lex | (s->deriv[i] ?
			    ANALYZE_NER_LEX_DEMONYM : 0);
			s->toks[i].lexs = orig[i].lexs;
			s->toks[i].multi = orig[i].multi;
			s->toks[i].first = orig[i].first;
		}
		free(orig);
	}
	free(s->keys);
	free(s->nkeys);
	s->keys = xreallocarray(NULL, s->n * ANALYZE_NER_MAXFEAT,
	    sizeof *s->keys);
	s->nkeys = xreallocarray(NULL, s->n, sizeof *s->nkeys);
	for (i = 0; i < s->n; i++)
		s->nkeys[i] = analyze_ner_features(lang, s->text, s->toks,
		    s->n, i, s->keys + i * ANALYZE_NER_MAXFEAT);
}

/* The feature number of key; a new one when add, else -1 if unknown. */
static long
ner_weights_find(struct ner_weights *wt, uint32_t key, int add)
{
	size_t	s, i, cap;

	if (wt->slot != NULL) {
		for (s = key & wt->mask; wt->slot[s] != 0;
		    s = (s + 1) & wt->mask)
			if (wt->slot[s] == key)
				return (long)wt->slotidx[s];
	}
	if (!add || key == 0)
		return -1;
	if (wt->slot == NULL || (wt->n + 1) * 2 > wt->mask + 1) {
		cap = wt->slot ? (wt->mask + 1) * 2 : 1 << 16;
		free(wt->slot);
		free(wt->slotidx);
		wt->slot = xcalloc(cap, sizeof *wt->slot);
		wt->slotidx = xcalloc(cap, sizeof *wt->slotidx);
		wt->mask = cap - 1;
		wt->w = xreallocarray(wt->w, cap * 9, sizeof *wt->w);
		wt->tot = xreallocarray(wt->tot, cap * 9, sizeof *wt->tot);
		wt->ts = xreallocarray(wt->ts, cap * 9, sizeof *wt->ts);
		wt->keyof = xreallocarray(wt->keyof, cap, sizeof *wt->keyof);
		for (i = 0; i < wt->n; i++) {
			for (s = wt->keyof[i] & wt->mask; wt->slot[s] != 0;
			    s = (s + 1) & wt->mask)
				;
			wt->slot[s] = wt->keyof[i];
			wt->slotidx[s] = (uint32_t)i;
		}
	}
	for (s = key & wt->mask; wt->slot[s] != 0; s = (s + 1) & wt->mask)
		;
	i = wt->n++;
	wt->slot[s] = key;
	wt->slotidx[s] = (uint32_t)i;
	wt->keyof[i] = key;
	memset(wt->w + i * 9, 0, 9 * sizeof *wt->w);
	memset(wt->tot + i * 9, 0, 9 * sizeof *wt->tot);
	memset(wt->ts + i * 9, 0, 9 * sizeof *wt->ts);
	return (long)i;
}

static void
ner_weights_update(struct ner_weights *wt, uint32_t key, int tag, int d,
    int64_t now)
{
	long	f = ner_weights_find(wt, key, 1);
	size_t	j;

	if (f < 0)
		return;
	j = (size_t)f * 9 + (size_t)tag;
	wt->tot[j] += (now - wt->ts[j]) * wt->w[j];
	wt->ts[j] = now;
	wt->w[j] += d;
}

/* The trainer's current (not averaged) weights as a score callback. */
static void
ner_weights_score(const void *arg, uint32_t key, int32_t *sc)
{
	struct ner_weights	*wt = (struct ner_weights *)arg;
	long			 f = ner_weights_find(wt, key, 0);
	int			 t;

	if (f >= 0)
		for (t = 0; t < ANALYZE_NER_NTAGS; t++)
			sc[t] += wt->w[(size_t)f * 9 + (size_t)t];
}

/* Adds d to the weight of tag for token i's keys under the history
 * tags[i - 1], tags[i - 2]. */
static void
ner_sent_update(struct ner_weights *wt, const struct ner_sent *s,
    enum analyze_ner_lang lang, size_t i, const int *tags, int d,
    int64_t now)
{
	uint32_t	keys[4];
	size_t		k, nk = s->nkeys[i], nh;

	nh = analyze_ner_features_hist(lang, s->toks, i, i > 0 ?
	    tags[i - 1] : 0, i > 1 ? tags[i - 2] : 0, keys);
	for (k = 0; k < nk; k++)
		ner_weights_update(wt, s->keys[i * ANALYZE_NER_MAXFEAT + k],
		    tags[i], d, now);
	for (k = 0; k < nh; k++)
		ner_weights_update(wt, keys[k], tags[i], d, now);
}

/* Decodes a sentence with the beam the tagger uses and, where the best
 * sequence differs from the gold one, moves the weights from the one
 * towards the other (a structured perceptron). */
static void
ner_sent_learn(struct ner_weights *wt, const struct ner_sent *s,
    enum analyze_ner_lang lang, int64_t *now)
{
	int	*pred = xreallocarray(NULL, s->n + 1, sizeof *pred);
	size_t	 i;

	analyze_ner_decode(ner_weights_score, wt, lang, s->text, s->toks,
	    s->n, pred);
	for (i = 0; i < s->n; i++, (*now)++) {
		if (pred[i] == s->gold[i] && (i == 0 || pred[i - 1] ==
		    s->gold[i - 1]) && (i < 2 || pred[i - 2] ==
		    s->gold[i - 2]))
			continue;
		ner_mistakes += pred[i] != s->gold[i];
		ner_sent_update(wt, s, lang, i, s->gold, 1, *now);
		ner_sent_update(wt, s, lang, i, pred, -1, *now);
	}
	free(pred);
}

static uint32_t
ner_rand_next(uint32_t *state)
{
	uint32_t	x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

static void	ner_weights_clear(struct ner_weights *);

/* One perceptron run: NER_EPOCHS passes in the order seed shuffles. */
static void
ner_train_run(struct ner_weights *wt, struct ner_sent *ss, size_t nsent,
    enum analyze_ner_lang lang, uint32_t seed)
{
	size_t		*order = xreallocarray(NULL, nsent, sizeof *order);
	size_t		 i, j, tmp;
	int64_t		 now = 1;
	int		 e;

	for (i = 0; i < nsent; i++)
		order[i] = i;
	for (e = 0; e < NER_EPOCHS; e++) {
		for (i = nsent; i > 1; i--) {
			j = ner_rand_next(&seed) % i;
			tmp = order[i - 1], order[i - 1] = order[j],
			    order[j] = tmp;
		}
		ner_mistakes = 0;
		for (i = 0; i < nsent; i++)
			ner_sent_learn(wt, &ss[order[i]], lang, &now);
		if (getenv("NER_TRAIN_VERBOSE") != NULL)
			fprintf(stderr, "epoch %d: %zu mistakes\n", e,
			    ner_mistakes);
	}
	/* Close every lazy sum at the last step. */
	for (i = 0; i < wt->n * 9; i++)
		wt->tot[i] += (now - wt->ts[i]) * wt->w[i];
	wt->steps = now;
	free(order);
}

/* NER_RUNS runs in different sentence orders, their averaged weights
 * averaged in turn (parameter mixing): one run's weights depend on the
 * order it saw the sentences in by about as much as a feature is worth
 * (±0.01 F1 between seeds); the mean of several is steadier and better.
 * Every run has the same number of steps, so summing the runs' sums and
 * dividing by all their steps is that mean. */
static void
ner_train_set(struct ner_weights *wt, struct ner_sent *ss, size_t nsent,
    enum analyze_ner_lang lang)
{
	struct ner_weights	run;
	uint32_t		seed = 0x2545F491u;
	size_t			i, t;
	long			f;
	int			r;

	for (r = 0; r < NER_RUNS; r++) {
		memset(&run, 0, sizeof run);
		ner_train_run(&run, ss, nsent, lang, ner_rand_next(&seed));
		for (i = 0; i < run.n; i++) {
			f = ner_weights_find(wt, run.keyof[i], 1);
			for (t = 0; t < 9; t++)
				wt->tot[(size_t)f * 9 + t] +=
				    run.tot[i * 9 + t];
		}
		wt->steps += run.steps;
		ner_weights_clear(&run);
	}
}

static void
ner_weights_clear(struct ner_weights *wt)
{
	free(wt->slot);
	free(wt->slotidx);
	free(wt->w);
	free(wt->tot);
	free(wt->ts);
	free(wt->keyof);
	memset(wt, 0, sizeof *wt);
}

int
main(int argc, char **argv)
{
	struct ner_lexicon		 lx = { NULL, 0, 0 };
	struct ner_lexicon		 names = { NULL, 0, 0 };
	struct ner_weights		 wt[2];
	struct ner_sent			*ss;
	struct analyze_ner_model	*lexm;
	struct util_buf			 b, img;
	size_t				 nsent, i, nf[2];
	int				 set;
	FILE				*f;

	if (argc < 3 || argc > 5) {
		fprintf(stderr, "usage: ner-train TRAIN.tsv OUT "
		    "[LOCALEDIR [DICTDIR]]\n");
		return 2;
	}
	if ((ss = ner_corpus_read(argv[1], &nsent)) == NULL)
		fatal("%s: cannot read", argv[1]);
	if (ner_lexicon_build(&lx, argc > 3 ? argv[3] : "/usr/share/locale",
	    argc > 4 ? argv[4] : "/usr/share/dict") != 0)
		fatal("lexicon files missing: run scripts/deps.sh");
	for (i = 0; i < nsent; i++)
		ner_names_collect(&names, ss[i].text, ss[i].toks, ss[i].gold,
		    ss[i].n, (unsigned)i);
	ner_names_finish(&names, &lx);
	ner_lexicon_finish(&lx);
	util_buf_init(&b);
	ner_out_lexicon(&b, &lx);
	img = b;
	util_buf_init(&b);
	util_buf_add(&b, img.data, img.len);
	ner_out_u32(&b, 0);
	ner_out_u32(&b, 0);
	if ((lexm = analyze_ner_model_parse((unsigned char *)b.data,
	    b.len)) == NULL)
		fatal("internal: lexicon image does not parse");
	memset(wt, 0, sizeof wt);
	for (set = 0; set < 2; set++) {
		for (i = 0; i < nsent; i++)
			ner_sent_prepare(lexm, &ss[i],
			    (enum analyze_ner_lang)set, &names, (unsigned)i);
		ner_train_set(&wt[set], ss, nsent, (enum analyze_ner_lang)set);
		nf[set] = ner_out_set(&img, &wt[set]);
		ner_weights_clear(&wt[set]);
	}
	if ((f = fopen(argv[2], "wb")) == NULL ||
	    fwrite(img.data, 1, img.len, f) != img.len || fclose(f) != 0)
		fatal("%s: cannot write", argv[2]);
	fprintf(stderr, "ner-train: %zu sentences, %zu lexicon entries, "
	    "%zu + %zu features, %zu bytes\n", nsent, lx.n, nf[0], nf[1],
	    img.len);
	analyze_ner_model_free(lexm);
	util_buf_clear(&b);
	util_buf_clear(&img);
	for (i = 0; i < nsent; i++) {
		free(ss[i].text);
		free(ss[i].toks);
		free(ss[i].gold);
		free(ss[i].deriv);
		free(ss[i].keys);
		free(ss[i].nkeys);
	}
	free(ss);
	free(lx.e);
	free(names.e);
	return 0;
}
