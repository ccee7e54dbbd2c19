/*
 * analyze.c: the entry point. One run builds a context over the finished
 * document's canonical text (the blocks joined by a blank line, so a
 * quote can run over paragraphs), then:
 *   sentences (per block) -> quotation-mark pairs -> tokens -> full names
 *   -> messages (direct and indirect) -> speakers, roles, cues
 * and adds each message to the document with code-point offsets.
 *
 * Invariant: doc_finish() has run, so doc->text is the blocks' texts
 * joined by "\n\n" and doc_block_cp_offset() maps block bytes to canonical
 * offsets. Every stage is one pass or a sort; nothing is quadratic.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-entity.h"
#include "analyze-int.h"
#include "doc.h"
#include "util.h"

/* Byte offsets of the blocks in the canonical text. */
static size_t *
analyze_doc_block_starts(const struct doc *doc)
{
	size_t	*bs = xcalloc(doc->nblocks + 1, sizeof *bs), i, pos = 0;

	for (i = 0; i < doc->nblocks; i++) {
		bs[i] = pos;
		pos += doc->blocks[i].text_len + 2;
	}
	return bs;
}

static void
analyze_doc_sentences(struct analyze_ctx *ctx, const struct doc *doc,
    const size_t *bs)
{
	struct analyze_sentence	*v;
	size_t			 i, j, n, cap = 0;

	for (i = 0; i < doc->nblocks; i++) {
		n = analyze_sentences(doc->blocks[i].text,
		    doc->blocks[i].text_len, &v);
		for (j = 0; j < n; j++) {
			if (ctx->nsents == cap) {
				cap = cap ? cap * 2 : 64;
				ctx->sents = xreallocarray(ctx->sents, cap,
				    sizeof *ctx->sents);
			}
			ctx->sents[ctx->nsents].start = bs[i] + v[j].start;
			ctx->sents[ctx->nsents].end = bs[i] + v[j].end;
			ctx->sents[ctx->nsents].block = i;
			ctx->nsents++;
		}
		free(v);
	}
}

/* Canonical code-point offset of byte pos of the text. */
static size_t
analyze_doc_cp(const struct doc *doc, const size_t *bs, size_t pos)
{
	size_t	lo = 0, hi = doc->nblocks;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (bs[mid] <= pos)
			lo = mid;
		else
			hi = mid;
	}
	if (pos - bs[lo] > doc->blocks[lo].text_len)
		pos = bs[lo] + doc->blocks[lo].text_len;
	return doc_block_cp_offset(doc, lo, pos - bs[lo]);
}

static void
analyze_doc_add(struct doc *doc, struct analyze_ctx *ctx, const size_t *bs)
{
	size_t	i, s, e;

	for (i = 0; i < ctx->nmsgs; i++) {
		struct analyze_msg *m = &ctx->msgs[i];
		struct doc_quote *q;
		char *t;

		s = m->start;
		e = m->end;
		while (s < e && (ctx->text[s] == ' ' || ctx->text[s] == '\n'))
			s++;
		while (e > s && (ctx->text[e - 1] == ' ' ||
		    ctx->text[e - 1] == '\n' || ctx->text[e - 1] == ','))
			e--;
		if (m->dropped || e <= s)
			continue;
		t = xstrndup(ctx->text + s, e - s);
		q = doc_quote_add(doc, m->indirect ? DOC_QUOTE_INDIRECT :
		    DOC_QUOTE_DIRECT, t, analyze_doc_cp(doc, bs, s),
		    analyze_doc_cp(doc, bs, e));
		free(t);
		if (q == NULL)
			continue;
		m->qid = q->id;
		if (m->speaker != NULL && *m->speaker != '\0')
			doc_quote_set_speaker(q, m->speaker, -1);
		if (m->role != NULL && *m->role != '\0')
			doc_quote_set_role(q, m->role);
		if (m->cuetext != NULL)
			doc_quote_set_cue(q, m->cuetext);
	}
}

/*
 * "sagte er": once speakers are linked, the pronoun that stood for one
 * becomes a mention of its entity, so a reader can jump to it.
 */
static void
analyze_doc_pronouns_add(struct doc *doc, const struct analyze_ctx *ctx,
    const size_t *bs)
{
	size_t	i;

	for (i = 0; i < ctx->nmsgs; i++) {
		const struct analyze_msg	*m = &ctx->msgs[i];
		const struct analyze_tok	*t;
		char				*w;

		if (m->pron < 0 || m->qid < 0)
			continue;
		t = &ctx->toks[m->pron];
		w = xstrndup(ctx->text + t->start, t->end - t->start);
		analyze_entities_pronoun_add(doc, m->qid,
		    analyze_doc_cp(doc, bs, t->start),
		    analyze_doc_cp(doc, bs, t->end), w, !m->pron_far);
		free(w);
	}
}

static void
analyze_ctx_clear(struct analyze_ctx *ctx)
{
	size_t	i;

	for (i = 0; i < ctx->nmsgs; i++) {
		free(ctx->msgs[i].speaker);
		free(ctx->msgs[i].role);
		free(ctx->msgs[i].cuetext);
	}
	free(ctx->msgs);
	free(ctx->toks);
	free(ctx->sents);
	free(ctx->marks);
	free(ctx->arena);
	analyze_names_free(ctx->names);
}

void
analyze_document(struct doc *doc)
{
	struct analyze_ctx	 ctx;
	size_t			*bs;
	enum analyze_ner_lang	 lang;

	if (doc == NULL || doc->nblocks == 0 || doc->text == NULL)
		return;
	lang = analyze_entity_lang_pick(doc);
	analyze_entities_lang(doc, lang);
	memset(&ctx, 0, sizeof ctx);
	ctx.text = doc->text;
	ctx.len = doc->text_len;
	ctx.english = lang == ANALYZE_NER_EN;
	bs = analyze_doc_block_starts(doc);
	analyze_doc_sentences(&ctx, doc, bs);
	analyze_marks_find(&ctx, bs, doc->nblocks);
	analyze_ctx_tokenize(&ctx);
	analyze_names_collect(&ctx);
	analyze_msgs_find(&ctx);
	analyze_msgs_attribute(&ctx);
	analyze_doc_add(doc, &ctx, bs);
	analyze_entities_link_speakers(doc);
	analyze_doc_pronouns_add(doc, &ctx, bs);
	analyze_ctx_clear(&ctx);
	free(bs);
}
