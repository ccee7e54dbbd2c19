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
 * Parsing only checks the sizes and keeps pointers into the image, which
 * is decoded byte by byte so no alignment is assumed; nothing is copied.
 * Keys are hashes, spread evenly over 32 bits. The lexicon (457,000
 * keys, a few lookups a token) is searched by interpolation, which finds
 * a key in four or five probes (halving takes over when the guesses stop
 * closing in). A weight set (84,000 keys, dozens of lookups a token) gets
 * a bucket index at parse time: where the keys with each value of the top
 * bits start, about four keys a bucket, so a lookup halves a range of a
 * cache line or two. The image is linked into the library by
 * analyze-ner-data.c and stays in the mapped file: a dump pages in what it
 * reads, not the whole 4.6 MB. (An earlier version copied the feature keys
 * into a hash table of 2 MB: 860 page faults, 2.6 ms of every dump.)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

struct analyze_ner_set {
	const unsigned char *keys;	/* nfeat x u32, ascending */
	size_t		 nfeat;
	const unsigned char *w;		/* nfeat x 9 x i16 */
	uint32_t	*start;		/* bucket b: keys from start[b] on */
	unsigned	 shift;		/* key >> shift is its bucket */
};

/* Keys a bucket of a weight set's index holds on average, at most. */
#define ANALYZE_NER_BUCKET_KEYS	16

/* Interpolation steps before analyze_ner_keys_find falls back to halving:
 * even keys need two or three, so more means an uneven stretch. */
#define ANALYZE_NER_INTERP_MAX	6

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

/* The index of key among the n ascending u32 keys at keys, or SIZE_MAX.
 * Guesses where key lies from the keys at both ends of the range, as in
 * a dictionary, then halves once the guesses stop closing in. */
static size_t
analyze_ner_keys_find(const unsigned char *keys, size_t n, uint32_t key)
{
	size_t		lo = 0, hi = n, mid;
	uint32_t	klo, khi, k;
	int		steps = 0;

	while (lo < hi) {
		klo = analyze_ner_u32_read(keys + lo * 4);
		khi = analyze_ner_u32_read(keys + (hi - 1) * 4);
		if (key < klo || key > khi)
			return SIZE_MAX;
		if (steps++ < ANALYZE_NER_INTERP_MAX && khi > klo)
			mid = lo + (size_t)((uint64_t)(key - klo) *
			    (hi - 1 - lo) / (khi - klo));
		else
			mid = lo + (hi - lo) / 2;
		k = analyze_ner_u32_read(keys + mid * 4);
		if (k == key)
			return mid;
		if (k < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return SIZE_MAX;
}

/* The index of key among keys[lo..hi) (ascending u32), or SIZE_MAX. */
static size_t
analyze_ner_keys_halve(const unsigned char *keys, size_t lo, size_t hi,
    uint32_t key)
{
	size_t		mid;
	uint32_t	k;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		k = analyze_ner_u32_read(keys + mid * 4);
		if (k == key)
			return mid;
		if (k < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return SIZE_MAX;
}

/* The bucket index of set: one pass over its keys, which are ascending. */
static void
analyze_ner_set_index(struct analyze_ner_set *set)
{
	unsigned	bits = 1;
	size_t		nb, i, b = 0;

	while (bits < 24 && ((size_t)1 << bits) * ANALYZE_NER_BUCKET_KEYS <
	    set->nfeat)
		bits++;
	nb = (size_t)1 << bits;
	set->shift = 32 - bits;
	set->start = xcalloc(nb + 1, sizeof *set->start);
	for (i = 0; i < set->nfeat; i++) {
		size_t	kb = analyze_ner_u32_read(set->keys + i * 4) >>
			    set->shift;

		while (b <= kb)
			set->start[b++] = (uint32_t)i;
	}
	while (b <= nb)
		set->start[b++] = (uint32_t)set->nfeat;
}

/* Points set at one weight set of the image. Returns the bytes it takes,
 * or 0 when the image is too short. */
static size_t
analyze_ner_set_parse(struct analyze_ner_set *set, const unsigned char *p,
    size_t len)
{
	size_t		nfeat, need;

	if (len < 4)
		return 0;
	nfeat = analyze_ner_u32_read(p);
	need = 4 + nfeat * 4 + nfeat * 18 + ((nfeat * 9) & 1) * 2;
	if (nfeat > len || need > len)
		return 0;
	set->keys = p + 4;
	set->nfeat = nfeat;
	set->w = p + 4 + nfeat * 4;
	analyze_ner_set_index(set);
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
	free(model);
}

unsigned
analyze_ner_model_lex(const struct analyze_ner_model *model, uint32_t key)
{
	size_t	i;

	if (model == NULL ||
	    (i = analyze_ner_keys_find(model->lexkeys, model->nlex, key)) ==
	    SIZE_MAX)
		return 0;
	return (unsigned)(model->lexbits[i * 2] |
	    model->lexbits[i * 2 + 1] << 8);
}

void
analyze_ner_model_score(const struct analyze_ner_model *model,
    enum analyze_ner_lang lang, uint32_t key, int32_t *scores)
{
	const struct analyze_ner_set	*set = &model->sets[lang];
	const unsigned char		*w;
	size_t				 i, b;
	int				 t;

	/* Key 0 was the empty slot of the old table and is never trained. */
	if (set->keys == NULL || key == 0)
		return;
	b = key >> set->shift;
	if ((i = analyze_ner_keys_halve(set->keys, set->start[b],
	    set->start[b + 1], key)) == SIZE_MAX)
		return;
	w = set->w + i * 18;
	for (t = 0; t < ANALYZE_NER_NTAGS; t++)
		scores[t] += analyze_ner_i16_read(w + t * 2);
}
