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
 * closing in). A weight set ("de" 84,000 keys, "en" 736; dozens of
 * lookups a token) gets a bucket index on its first lookup: where the
 * keys with each value of the top bits start, about ten keys a bucket.
 * The low bits of a key then say about where in its bucket it lies, and
 * a lookup steps from there, a key or two. Filling the index at parse
 * time cost every dump 0.8M instructions even when the document, being
 * English, never used the "de" set. Keys looked up before are answered
 * from a small cache: most lookups are of a few thousand keys. The image is linked into the library
 * by analyze-ner-data.c and stays in the mapped file: a dump pages in what
 * it reads, not the whole 4.6 MB. (An earlier version copied the feature
 * keys into a hash table of 2 MB: 860 page faults, 2.6 ms of every dump.)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

/* A key looked up before and its index in the set, UINT32_MAX when the
 * set lacks it. Key 0 is never looked up, so it marks an empty slot. */
struct analyze_ner_slot {
	uint32_t	 key;
	uint32_t	 at;
};

/* Slots of a weight set's cache, a power of two. A document looks up a
 * few thousand keys (its words' and the shapes, classes and tags shared by
 * all) tens of thousands of times; a slot is picked by a key's low bits. */
#define ANALYZE_NER_CACHE_SLOTS	4096

/* Where the keys of each bucket of a weight set start, and the cache. */
struct analyze_ner_index {
	uint32_t	*start;		/* bucket b: keys from start[b] on;
					 * NULL until the first lookup */
	unsigned	 shift;		/* key >> shift is its bucket */
	struct analyze_ner_slot *cache;	/* with start */
};

struct analyze_ner_set {
	const unsigned char *keys;	/* nfeat x u32, ascending */
	size_t		 nfeat;
	const unsigned char *w;		/* nfeat x 9 x i16 */
	struct analyze_ner_index *index;	/* filled on first use */
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

/* The key at index i of the ascending u32 keys at keys. */
static uint32_t
analyze_ner_key_at(const unsigned char *keys, size_t i)
{
	return analyze_ner_u32_read(keys + i * 4);
}

/* Fills the bucket index of set. The start of each bucket is guessed from
 * the average bucket size and found by stepping from there: a few keys a
 * bucket are read, not every key of the set. */
static void
analyze_ner_index_fill(const struct analyze_ner_set *set)
{
	struct analyze_ner_index	*ix = set->index;
	size_t		 nb = (size_t)1 << (32 - ix->shift), b, i = 0, prev;
	size_t		 avg = set->nfeat / nb;
	uint64_t	 bound;

	ix->start = xreallocarray(NULL, nb + 1, sizeof *ix->start);
	ix->cache = xcalloc(ANALYZE_NER_CACHE_SLOTS, sizeof *ix->cache);
	ix->start[0] = 0;
	for (b = 1; b <= nb; b++) {
		bound = (uint64_t)b << ix->shift;
		prev = i;
		i = i + avg < set->nfeat ? i + avg : set->nfeat;
		while (i > prev && analyze_ner_key_at(set->keys, i - 1) >= bound)
			i--;
		while (i < set->nfeat && analyze_ner_key_at(set->keys, i) < bound)
			i++;
		ix->start[b] = (uint32_t)i;
	}
}

/* The index of key in set, or SIZE_MAX. Keys are spread evenly, so the
 * low bits of the key say about where in its bucket it is; the search
 * steps from there, a key or two. */
static size_t
analyze_ner_set_find(const struct analyze_ner_set *set, uint32_t key)
{
	const struct analyze_ner_index	*ix = set->index;
	size_t		 b, lo, hi, i;
	uint32_t	 low, k;

	b = key >> ix->shift;
	lo = ix->start[b];
	hi = ix->start[b + 1];
	if (lo == hi)
		return SIZE_MAX;
	low = key & (((uint32_t)1 << ix->shift) - 1);
	i = lo + (size_t)(((uint64_t)low * (hi - lo)) >> ix->shift);
	k = analyze_ner_key_at(set->keys, i);
	if (k < key) {
		while (k < key && ++i < hi)
			k = analyze_ner_key_at(set->keys, i);
	} else {
		while (k > key && i > lo)
			k = analyze_ner_key_at(set->keys, --i);
	}
	return k == key ? i : SIZE_MAX;
}

/* The index of key (not 0) in set, or SIZE_MAX, searched for and kept in
 * the cache. Out of line, so that the cached path is a few instructions
 * that need no saved registers. */
static UTIL_NOINLINE size_t
analyze_ner_set_miss(const struct analyze_ner_set *set, uint32_t key)
{
	struct analyze_ner_slot	*sl;
	size_t			 i;

	if (set->index->start == NULL)
		analyze_ner_index_fill(set);
	i = analyze_ner_set_find(set, key);
	sl = &set->index->cache[key & (ANALYZE_NER_CACHE_SLOTS - 1)];
	sl->key = key;
	sl->at = i == SIZE_MAX ? UINT32_MAX : (uint32_t)i;
	return i;
}

/* The index of key (not 0) in set, or SIZE_MAX. */
static size_t
analyze_ner_set_lookup(const struct analyze_ner_set *set, uint32_t key)
{
	const struct analyze_ner_slot	*sl;

	if (set->index->cache != NULL) {
		sl = &set->index->cache[key & (ANALYZE_NER_CACHE_SLOTS - 1)];
		if (sl->key == key)
			return sl->at == UINT32_MAX ? SIZE_MAX : sl->at;
	}
	return analyze_ner_set_miss(set, key);
}

/* Sizes the bucket index of set; analyze_ner_index_fill fills it when the
 * set is first used. */
static void
analyze_ner_set_index(struct analyze_ner_set *set)
{
	unsigned	bits = 1;

	while (bits < 24 && ((size_t)1 << bits) * ANALYZE_NER_BUCKET_KEYS <
	    set->nfeat)
		bits++;
	set->index = xcalloc(1, sizeof *set->index);
	set->index->shift = 32 - bits;
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
	size_t	i;

	if (model == NULL)
		return;
	for (i = 0; i < 2; i++)
		if (model->sets[i].index != NULL) {
			free(model->sets[i].index->start);
			free(model->sets[i].index->cache);
			free(model->sets[i].index);
		}
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

/* Adds the nine weights at w to scores, spelled out: as a loop the
 * compiler keeps the counter and the branch, twice the instructions. */
static void
analyze_ner_weights_add(const unsigned char *w, int32_t *scores)
{
	scores[0] += analyze_ner_i16_read(w);
	scores[1] += analyze_ner_i16_read(w + 2);
	scores[2] += analyze_ner_i16_read(w + 4);
	scores[3] += analyze_ner_i16_read(w + 6);
	scores[4] += analyze_ner_i16_read(w + 8);
	scores[5] += analyze_ner_i16_read(w + 10);
	scores[6] += analyze_ner_i16_read(w + 12);
	scores[7] += analyze_ner_i16_read(w + 14);
	scores[8] += analyze_ner_i16_read(w + 16);
}

_Static_assert(ANALYZE_NER_NTAGS == 9, "analyze_ner_weights_add adds nine");

void
analyze_ner_model_score(const struct analyze_ner_model *model,
    enum analyze_ner_lang lang, uint32_t key, int32_t *scores)
{
	const struct analyze_ner_set	*set = &model->sets[lang];
	size_t				 i;

	/* Key 0 was the empty slot of the old table and is never trained. */
	if (set->keys == NULL || key == 0)
		return;
	if ((i = analyze_ner_set_lookup(set, key)) != SIZE_MAX)
		analyze_ner_weights_add(set->w + i * 18, scores);
}
