/*
 * analyze-ner-model.c: the model image and lookups into it.
 *
 * The image (data/ner/model.bin, written by tools/ner-train.c) is, all
 * integers little-endian:
 *
 *	"MNERMOD1"
 *	u32 nlex, u32 nsets
 *	nlex x u32	lexicon keys (hashes of words), ascending
 *	nlex x u16	their ANALYZE_NER_LEX_* bits
 *	(u16 0 when nlex is odd, so what follows is 4-aligned)
 *	nsets times:
 *	  u32 nfeat
 *	  nfeat x u32	feature keys, ascending
 *	  nfeat x 9 x i16  averaged weights times 64, one per tag
 *	  (u16 0 when nfeat*9 is odd)
 *
 * Parsing copies the feature keys into an open-addressing table (a probe
 * per feature is what makes the tagger fast) and keeps pointers into the
 * image for the rest, which is decoded byte by byte so no alignment is
 * assumed. The image is linked into the library by analyze-ner-data.c.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

struct analyze_ner_set {
	uint32_t	*keys;		/* slot table, 0 = empty */
	uint32_t	*idx;		/* slot -> feature number */
	size_t		 mask;
	const unsigned char *w;		/* nfeat x 9 x i16 */
};

struct analyze_ner_model {
	const unsigned char	*lexkeys;
	const unsigned char	*lexbits;
	size_t			 nlex;
	struct analyze_ner_set	 sets[2];
};

static uint32_t
analyze_ner_u32_read(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static int32_t
analyze_ner_i16_read(const unsigned char *p)
{
	return (int16_t)(uint16_t)(p[0] | p[1] << 8);
}

/* Builds the slot table of one weight set. Returns the bytes it used, or
 * 0 when the image is too short. */
static size_t
analyze_ner_set_parse(struct analyze_ner_set *set, const unsigned char *p,
    size_t len)
{
	size_t		nfeat, cap, i, s, need;
	uint32_t	key;

	if (len < 4)
		return 0;
	nfeat = analyze_ner_u32_read(p);
	need = 4 + nfeat * 4 + nfeat * 18 + ((nfeat * 9) & 1) * 2;
	if (nfeat > len || need > len)
		return 0;
	for (cap = 16; cap < nfeat * 2; cap *= 2)
		;
	set->keys = xcalloc(cap, sizeof *set->keys);
	set->idx = xcalloc(cap, sizeof *set->idx);
	set->mask = cap - 1;
	set->w = p + 4 + nfeat * 4;
	for (i = 0; i < nfeat; i++) {
		key = analyze_ner_u32_read(p + 4 + i * 4);
		if (key == 0)
			continue;	/* the empty marker; never written */
		for (s = key & set->mask; set->keys[s] != 0;
		    s = (s + 1) & set->mask)
			;
		set->keys[s] = key;
		set->idx[s] = (uint32_t)i;
	}
	return need;
}

struct analyze_ner_model *
analyze_ner_model_parse(const unsigned char *data, size_t len)
{
	struct analyze_ner_model	*m;
	size_t				 off, nsets, used, i, lexlen;

	if (data == NULL || len < 16 || memcmp(data, "MNERMOD1", 8) != 0)
		return NULL;
	m = xcalloc(1, sizeof *m);
	m->nlex = analyze_ner_u32_read(data + 8);
	nsets = analyze_ner_u32_read(data + 12);
	lexlen = m->nlex * 6 + (m->nlex & 1) * 2;
	if (nsets != 2 || m->nlex > len || 16 + lexlen > len) {
		free(m);
		return NULL;
	}
	m->lexkeys = data + 16;
	m->lexbits = data + 16 + m->nlex * 4;
	off = 16 + lexlen;
	for (i = 0; i < nsets; i++) {
		used = analyze_ner_set_parse(&m->sets[i], data + off,
		    len - off);
		if (used == 0) {
			analyze_ner_model_free(m);
			return NULL;
		}
		off += used;
	}
	return m;
}

void
analyze_ner_model_free(struct analyze_ner_model *model)
{
	size_t	i;

	if (model == NULL)
		return;
	for (i = 0; i < 2; i++) {
		free(model->sets[i].keys);
		free(model->sets[i].idx);
	}
	free(model);
}

unsigned
analyze_ner_model_lex(const struct analyze_ner_model *model, uint32_t key)
{
	size_t		lo = 0, hi, mid;
	uint32_t	k;

	if (model == NULL)
		return 0;
	hi = model->nlex;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		k = analyze_ner_u32_read(model->lexkeys + mid * 4);
		if (k == key)
			return (unsigned)(model->lexbits[mid * 2] |
			    model->lexbits[mid * 2 + 1] << 8);
		if (k < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

void
analyze_ner_model_score(const struct analyze_ner_model *model,
    enum analyze_ner_lang lang, uint32_t key, int32_t *scores)
{
	const struct analyze_ner_set	*set = &model->sets[lang];
	const unsigned char		*w;
	size_t				 s;
	int				 t;

	if (set->keys == NULL || key == 0)
		return;
	for (s = key & set->mask; set->keys[s] != 0; s = (s + 1) & set->mask)
		if (set->keys[s] == key) {
			w = set->w + (size_t)set->idx[s] * 18;
			for (t = 0; t < ANALYZE_NER_NTAGS; t++)
				scores[t] += analyze_ner_i16_read(w + t * 2);
			return;
		}
}
