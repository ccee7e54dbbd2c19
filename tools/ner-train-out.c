/*
 * ner-train-out.c: the model image the trainer writes (the format is
 * described in src/analyze/analyze-ner-model.c, which reads it): the
 * lexicon's sorted keys and class bits, then per weight set its sorted
 * feature keys and nine 16-bit weights each.
 *
 * The averaged weights are integer sums divided by the steps, rounded
 * half away from zero, so the image is the same on every machine.
 */
#include <stdlib.h>

#include "util.h"
#include "ner-train.h"

#define NER_SCALE	64	/* weights are stored times this */

void
ner_out_u32(struct util_buf *b, uint32_t v)
{
	char	c[4] = { (char)(v & 0xFF), (char)((v >> 8) & 0xFF),
		    (char)((v >> 16) & 0xFF), (char)(v >> 24) };

	util_buf_add(b, c, 4);
}

static void
ner_out_u16(struct util_buf *b, unsigned v)
{
	char	c[2] = { (char)(v & 0xFF), (char)((v >> 8) & 0xFF) };

	util_buf_add(b, c, 2);
}

void
ner_out_lexicon(struct util_buf *b, const struct ner_lexicon *lx)
{
	size_t	i;

	util_buf_add(b, "MNERMOD1", 8);
	ner_out_u32(b, (uint32_t)lx->n);
	ner_out_u32(b, 2);
	for (i = 0; i < lx->n; i++)
		ner_out_u32(b, lx->e[i].key);
	for (i = 0; i < lx->n; i++)
		ner_out_u16(b, lx->e[i].bits);
	if (lx->n & 1)
		ner_out_u16(b, 0);
}

/* The averaged weight j, times NER_SCALE, rounded half away from zero and
 * clamped to 16 bits. */
static int
ner_weight_avg(const struct ner_weights *wt, size_t j)
{
	int64_t	num = wt->tot[j] * NER_SCALE, den = wt->steps, q;

	q = num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
	return q > 32767 ? 32767 : q < -32767 ? -32767 : (int)q;
}

static int
ner_feat_cmp(const void *a, const void *b)
{
	const uint32_t	*x = a, *y = b;

	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Appends a weight set: features with a non-zero weight, by key. */
size_t
ner_out_set(struct util_buf *b, const struct ner_weights *wt)
{
	uint32_t	(*keep)[2] = xreallocarray(NULL, wt->n + 1,
			    sizeof *keep);
	size_t		 n = 0, i, t;
	int		 nz;

	for (i = 0; i < wt->n; i++) {
		for (nz = 0, t = 0; t < 9; t++)
			nz |= ner_weight_avg(wt, i * 9 + t) != 0;
		if (nz) {
			keep[n][0] = wt->keyof[i];
			keep[n++][1] = (uint32_t)i;
		}
	}
	qsort(keep, n, sizeof *keep, ner_feat_cmp);
	ner_out_u32(b, (uint32_t)n);
	for (i = 0; i < n; i++)
		ner_out_u32(b, keep[i][0]);
	for (i = 0; i < n; i++)
		for (t = 0; t < 9; t++)
			ner_out_u16(b, (unsigned)(uint16_t)(int16_t)
			    ner_weight_avg(wt, (size_t)keep[i][1] * 9 + t));
	if ((n * 9) & 1)
		ner_out_u16(b, 0);
	free(keep);
	return n;
}
