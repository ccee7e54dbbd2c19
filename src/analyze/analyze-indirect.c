/*
 * analyze-indirect.c: finds the messages — direct quotes (chosen among the
 * mark pairs by analyze-mark.c) and indirect speech — sentence by
 * sentence, and notes where each one's frame (cue verb and speaker phrase)
 * is. Attribution proper is in analyze-speaker.c.
 *
 * Method, per sentence, on the tokens outside quotation marks:
 *  - a frame at the end (", sagte X." / ", so X." / ", X said.") makes
 *    what comes before it the message;
 *  - a frame at the start ("X sagte, dass …", "X erklärte, <Konjunktiv>",
 *    "X forderte … auf, … zu …", "X said (that) …") makes the clause after
 *    the comma the message;
 *  - a source marker ("laut X", "X zufolge", "nach Angaben X", "nach
 *    Ansicht X", "according to X") makes the whole sentence a message
 *    from X;
 *  - Konjunktiv I without a frame is indirect speech of the speaker in
 *    context; Konjunktiv II only right after a message or a cue.
 * A frameless indirect sentence right after an indirect message continues
 * it (one message may cover several sentences and paragraphs). The facts
 * each decision reads (cue, Konjunktiv, source marker) are gathered by
 * analyze-source.c.
 * Each sentence is looked at once, with constant look-around: linear.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"
#include "util.h"

/* Tokens from a cue to the sentence end in a frame without Konjunktiv. */
#define ANALYZE_FRAME_SHORT	10

struct analyze_msg *
analyze_msg_new(struct analyze_ctx *ctx, int indirect, size_t start,
    size_t end, size_t si)
{
	struct analyze_msg	*m;

	ctx->msgs = xreallocarray(ctx->msgs, ctx->nmsgs + 1,
	    sizeof *ctx->msgs);
	m = &ctx->msgs[ctx->nmsgs++];
	memset(m, 0, sizeof *m);
	m->indirect = indirect;
	m->start = start;
	m->end = end;
	m->sent = m->sent_last = si;
	m->spk0 = m->spk1 = m->cue = m->role0 = m->role1 = -1;
	m->pron = -1;
	m->qid = -1;
	return m;
}

/* Is token t the verb of an impersonal frame, "heißt es" / "hieß es"
 * outside quotes? Such a sentence names its own source (or none). */
int
analyze_tok_impersonal(const struct analyze_ctx *ctx, long t)
{
	return !(ctx->toks[t].flags & ANALYZE_TOK_INQ) &&
	    (analyze_tok_is(ctx, t, "heißt") ||
	    analyze_tok_is(ctx, t, "hieß")) &&
	    analyze_tok_is(ctx, t + 1, "es");
}

static int
analyze_sent_impersonal(const struct analyze_ctx *ctx,
    const struct analyze_sfacts *f)
{
	long	t;

	for (t = (long)f->t0; t < (long)f->t1; t++)
		if (analyze_tok_impersonal(ctx, t))
			return 1;
	return 0;
}

/* Byte end of a sentence without its final period (kept when quoted). */
static size_t
analyze_sent_body_end(const struct analyze_ctx *ctx, size_t t0, size_t t1)
{
	while (t1 > t0 && ctx->toks[t1 - 1].kind == ANALYZE_TOK_PUNCT &&
	    (ctx->toks[t1 - 1].cp == '.' || ctx->toks[t1 - 1].cp == ';' ||
	    ctx->toks[t1 - 1].cp == ':'))
		t1--;
	return t1 > t0 ? ctx->toks[t1 - 1].end : ctx->toks[t0].start;
}

/*
 * A frame at the end: the last comma (outside quotes) followed by a cue
 * verb or "so", and then a speaker phrase up to the end. Returns the comma
 * token, or -1.
 */
static long
analyze_frame_trailing(const struct analyze_ctx *ctx,
    const struct analyze_sfacts *f, long *cue)
{
	long	i, c = -1;

	for (i = (long)f->t1 - 1; i > (long)f->t0; i--) {
		const struct analyze_tok *t = &ctx->toks[i];

		if (!analyze_sfacts_out(t))
			break;
		if (t->kind == ANALYZE_TOK_PUNCT && t->cp == ',') {
			c = i;
			break;
		}
	}
	if (c < 0 || c + 2 >= (long)f->t1)
		return -1;
	/* "X, Sprecherin der Y, sagte dazu:" introduces what follows. */
	if (analyze_tok_punct(ctx, (long)f->t1 - 1, ':'))
		return -1;
	i = c + 1;
	if (analyze_tok_is(ctx, i, "so") || analyze_tok_is(ctx, i, "meint") ||
	    analyze_word_speech_verb(ctx->toks[i].lower)) {
		*cue = i;
		return c;
	}
	/* English: "…, X said." with a short subject before the verb. */
	for (i = c + 1; i < (long)f->t1 && i <= c + 6; i++)
		if (analyze_word_speech_verb(ctx->toks[i].lower) &&
		    !(ctx->toks[i].flags & ANALYZE_TOK_CAP) &&
		    i + 2 >= (long)f->t1 - 1) {
			*cue = i;
			return c;
		}
	return -1;
}

/* Is the token a complementiser that opens reported content? */
static int
analyze_word_complementiser(const char *w)
{
	return strcmp(w, "dass") == 0 || strcmp(w, "daß") == 0 ||
	    strcmp(w, "ob") == 0 || strcmp(w, "that") == 0;
}

/*
 * A frame at the start: a cue verb, then (after a comma, a colon or
 * "that") the message. Returns the first token of the message, or -1.
 */
static long
analyze_frame_leading(const struct analyze_ctx *ctx,
    const struct analyze_sfacts *f)
{
	long	i, limit;

	if (f->cue < 0)
		return -1;
	limit = (long)f->t1;
	for (i = f->cue + 1; i < limit; i++) {
		const struct analyze_tok *t = &ctx->toks[i];

		if (!analyze_sfacts_out(t))
			return -1;
		if (analyze_word_complementiser(t->lower))
			return i;
		if (t->kind == ANALYZE_TOK_PUNCT && (t->cp == ',' ||
		    t->cp == ':')) {
			if (i + 1 < limit && analyze_word_complementiser(
			    ctx->toks[i + 1].lower))
				return i + 1;
			return i + 1;
		}
	}
	/* English "X said the plan …": the clause right after the verb. */
	if (f->cue + 2 < limit && !(ctx->toks[f->cue].flags & ANALYZE_TOK_CAP)
	    && ctx->toks[f->cue].lower[0] != '\0' &&
	    strcmp(ctx->toks[f->cue].lower, "said") == 0)
		return f->cue + 1;
	return -1;
}

/* Konjunktiv or zu-infinitive from token a to the end of the sentence. */
static int
analyze_clause_reported(const struct analyze_ctx *ctx, long a, long b)
{
	long	i;

	for (i = a; i < b; i++) {
		const char *w = ctx->toks[i].lower;

		if (analyze_word_konj1(w) || analyze_word_konj2(w) ||
		    strcmp(w, "zu") == 0 || analyze_word_complementiser(w))
			return 1;
	}
	return 0;
}

static int
analyze_cue_colon_english(const struct analyze_ctx *ctx, long cue)
{
	return ctx->toks[cue].lower[0] != '\0' &&
	    (strcmp(ctx->toks[cue].lower, "said") == 0 ||
	    strcmp(ctx->toks[cue].lower, "says") == 0);
}

/*
 * Is the trailing frame at comma c real? With Konjunktiv before it, yes
 * ("Die Lage sei ernst, sagte X"). Without, only when the frame is short:
 * "Die Hamas, die Regierungspartei, bezeichnete die Anschläge als …" has
 * a comma closing an apposition before its verb, and what follows is the
 * rest of a long clause, not a speaker phrase.
 */
static int
analyze_frame_trailing_ok(const struct analyze_ctx *ctx,
    const struct analyze_sfacts *f, long c, long cue)
{
	long	i;

	for (i = (long)f->t0; i < c; i++)
		if (ctx->toks[i].words & (ANALYZE_W_KONJ1 | ANALYZE_W_KONJ2))
			return 1;
	if (c - (long)f->t0 < 4 || (long)f->t1 - cue > ANALYZE_FRAME_SHORT)
		return 0;
	/* "NP, apposition, verb": a short first piece before a comma. */
	for (i = (long)f->t0; i < c && i < (long)f->t0 + 5; i++)
		if (analyze_tok_punct(ctx, i, ','))
			return 0;
	return 1;
}

/* Indirect speech of sentence si; returns 1 when a message was made. */
static int
analyze_sent_indirect(struct analyze_ctx *ctx, size_t si, int after_msg)
{
	struct analyze_sfacts	 f;
	struct analyze_msg	*m;
	long			 cue = -1, c, a;

	analyze_sfacts_get(ctx, si, &f);
	if (f.outside < 3 || f.inside > f.outside)
		return 0;
	if ((c = analyze_frame_trailing(ctx, &f, &cue)) >= 0 &&
	    analyze_frame_trailing_ok(ctx, &f, c, cue)) {
		m = analyze_msg_new(ctx, 1, ctx->toks[f.t0].start,
		    ctx->toks[c].start, si);
		m->cue = cue;
		m->spk0 = cue + 1;
		m->spk1 = (long)f.t1;
		return 1;
	}
	if (f.marker >= 0 && f.outside >= 4 && (f.cue < 0 ||
	    f.marker < f.cue)) {
		m = analyze_msg_new(ctx, 1, ctx->toks[f.t0].start,
		    analyze_sent_body_end(ctx, f.t0, f.t1), si);
		m->cue = f.marker;
		if (f.marker_np >= 0)
			analyze_marker_np(ctx, &f, m);
		return 1;
	}
	if ((a = analyze_frame_leading(ctx, &f)) >= 0 && a < (long)f.t1 - 2 &&
	    (analyze_clause_reported(ctx, a, (long)f.t1) ||
	    (analyze_cue_colon_english(ctx, f.cue) && (a == f.cue + 1 ||
	    analyze_tok_punct(ctx, a - 1, ':'))))) {
		m = analyze_msg_new(ctx, 1, ctx->toks[a].start,
		    analyze_sent_body_end(ctx, f.t0, f.t1), si);
		m->cue = f.cue;
		return 1;
	}
	if (f.marker >= 0 && f.outside >= 4) {
		m = analyze_msg_new(ctx, 1, ctx->toks[f.t0].start,
		    analyze_sent_body_end(ctx, f.t0, f.t1), si);
		m->cue = f.marker;
		if (f.marker_np >= 0)
			analyze_marker_np(ctx, &f, m);
		return 1;
	}
	if (f.konj1 > 0 || (f.konj2 > 0 && after_msg)) {
		if (f.cue >= 0 && f.konj1 == 0)
			return 0;
		m = analyze_msg_new(ctx, 1, ctx->toks[f.t0].start,
		    analyze_sent_body_end(ctx, f.t0, f.t1), si);
		/* "…, heißt es": a source of its own, no continuation. */
		m->context = !analyze_sent_impersonal(ctx, &f);
		return 1;
	}
	return 0;
}

/* Indirect messages, merging frameless continuations. */
static void
analyze_msgs_indirect(struct analyze_ctx *ctx)
{
	size_t	si, last_msg_sent = (size_t)-1, n;
	int	prev_indirect = 0;

	for (si = 0; si < ctx->nsents; si++) {
		int after = last_msg_sent != (size_t)-1 &&
		    last_msg_sent + 1 == si;

		n = ctx->nmsgs;
		if (!analyze_sent_indirect(ctx, si, after)) {
			struct analyze_sfacts f;

			analyze_sfacts_get(ctx, si, &f);
			if (f.inside > 0 || f.cue >= 0)
				last_msg_sent = si;
			/* A cue without a message still names who speaks
			 * next ("Kim sicherte … zu. Beide würden …"). */
			if (f.cue >= 0 && f.inside == 0) {
				struct analyze_msg *m = analyze_msg_new(ctx, 1,
				    ctx->sents[si].start, ctx->sents[si].start,
				    si);

				m->cue = f.cue;
				m->dropped = 2;
			}
			prev_indirect = 0;
			continue;
		}
		/* A frameless sentence continues the indirect message
		 * before it. */
		if (ctx->msgs[n].context && after && prev_indirect && n > 0 &&
		    ctx->msgs[n - 1].indirect && !ctx->msgs[n - 1].dropped &&
		    ctx->msgs[n - 1].sent_last + 1 == si) {
			ctx->msgs[n - 1].end = ctx->msgs[n].end;
			ctx->msgs[n - 1].sent_last = si;
			ctx->nmsgs = n;
		}
		last_msg_sent = si;
		prev_indirect = 1;
	}
}

static int
analyze_msg_cmp(const void *a, const void *b)
{
	const struct analyze_msg *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* A direct quote inside an indirect message is part of it. */
static void
analyze_msgs_overlap(struct analyze_ctx *ctx)
{
	size_t	i, j = 0;

	if (ctx->nmsgs > 1)
		qsort(ctx->msgs, ctx->nmsgs, sizeof *ctx->msgs,
		    analyze_msg_cmp);
	for (i = 1; i < ctx->nmsgs; i++) {
		struct analyze_msg *a = &ctx->msgs[j], *b = &ctx->msgs[i];

		/* Speaker-only records take no room. */
		if (b->dropped == 2)
			continue;
		if (a->dropped == 2)
			j = i;
		else if (b->start < a->end) {
			if (a->indirect && !b->indirect &&
			    b->end - b->start > (a->end - a->start) / 2)
				a->dropped = 1, j = i;
			else if (!a->indirect && b->indirect &&
			    a->end - a->start < (b->end - b->start) / 2)
				a->dropped = 1, j = i;
			else
				b->dropped = 1;
		} else
			j = i;
	}
}

void
analyze_msgs_find(struct analyze_ctx *ctx)
{
	analyze_marks_select(ctx);
	analyze_msgs_indirect(ctx);
	analyze_msgs_overlap(ctx);
}
