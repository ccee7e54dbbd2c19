/*
 * analyze-source.c: what one sentence offers the message finder — its first
 * cue verb, its Konjunktiv counts and its source marker ("laut X", "X
 * zufolge", "nach Angaben X", "according to X") — and where the source
 * phrase after a marker runs.
 *
 * Kept apart from analyze-indirect.c, which decides from these facts what
 * is a message and where its frame is: the marker rules are word lists and
 * phrase edges ("nach" of time or of a source, a date after the source, a
 * name in marks) that grow on their own, and none of them needs to know
 * about frames or the messages already found.
 */
#include <string.h>

#include "analyze-int.h"

int
analyze_sfacts_out(const struct analyze_tok *t)
{
	return !(t->flags & ANALYZE_TOK_INQ) && t->kind != ANALYZE_TOK_QUOTE;
}

static int
analyze_sfacts_isword(const struct analyze_tok *t)
{
	return t->kind == ANALYZE_TOK_WORD || t->kind == ANALYZE_TOK_NUM;
}

/* Words that join a genitive or "von" phrase to a source noun ("Angaben
 * der Polizei", "Sprecher des Ministeriums", "Ansicht von Beobachtern");
 * "die"/"das" after a noun start the clause's object instead. */
static int
analyze_marker_joins(const struct analyze_ctx *ctx, long i)
{
	const char	*w = ctx->toks[i].lower;

	return strcmp(w, "der") == 0 || strcmp(w, "des") == 0 ||
	    strcmp(w, "einer") == 0 || strcmp(w, "eines") == 0 ||
	    strcmp(w, "von") == 0 || strcmp(w, "vom") == 0 ||
	    strcmp(w, "of") == 0 || strcmp(w, "the") == 0;
}

/*
 * "nach" and a source noun: "nach Angaben der Polizei" (the source is the
 * genitive after the noun), "nach Polizeiangaben" (the noun itself),
 * "nach seiner Meinung" / "seiner Meinung nach" (the subject in context,
 * *np = -1). Up to two articles or adjectives may stand between. A "nach"
 * of time or place ("nach dem Unfall") has no source noun and is no
 * marker.
 */
static int
analyze_sfacts_nach(const struct analyze_ctx *ctx, size_t i, size_t t1,
    long *np)
{
	size_t	j = i + 1;
	int	poss = 0;

	if (i > 1 && (ctx->toks[i - 1].words & ANALYZE_W_SOURCE) &&
	    ctx->toks[i - 1].sent == ctx->toks[i].sent &&
	    ((ctx->toks[i - 2].words & ANALYZE_W_POSSESSIVE) ||
	    analyze_tok_is(ctx, (long)i - 2, "dem"))) {
		*np = -1;
		return 1;
	}
	while (j < t1 && j < i + 3 && ctx->toks[j].kind == ANALYZE_TOK_WORD &&
	    !(ctx->toks[j].flags & ANALYZE_TOK_CAP)) {
		if (ctx->toks[j].words & ANALYZE_W_POSSESSIVE)
			poss = 1;
		j++;
	}
	if (j >= t1 || ctx->toks[j].kind != ANALYZE_TOK_WORD ||
	    !(ctx->toks[j].flags & ANALYZE_TOK_CAP) ||
	    !analyze_word_source(ctx->toks[j].lower))
		return 0;
	if (poss)
		*np = -1;
	else if (j + 1 < t1 && ctx->toks[j + 1].kind == ANALYZE_TOK_WORD &&
	    (analyze_marker_joins(ctx, (long)j + 1) ||
	    (ctx->toks[j + 1].flags & ANALYZE_TOK_CAP)))
		*np = (long)j + 1;
	else
		*np = (long)j;
	return 1;
}

/* The source markers; sets *np to the first token of the source phrase. */
static int
analyze_sfacts_marker(const struct analyze_ctx *ctx, size_t i, size_t t1,
    long *np)
{
	const char	*w = ctx->toks[i].lower;

	if (strcmp(w, "nach") == 0)
		return analyze_sfacts_nach(ctx, i, t1, np);

	if (strcmp(w, "laut") == 0 || strcmp(w, "gemäß") == 0) {
		*np = (long)i + 1;
		return 1;
	}
	if ((strcmp(w, "angaben") == 0 || strcmp(w, "aussagen") == 0 ||
	    strcmp(w, "informationen") == 0 || strcmp(w, "aussage") == 0 ||
	    strcmp(w, "berichten") == 0 || strcmp(w, "schätzungen") == 0) &&
	    i > 0 && analyze_tok_is(ctx, (long)i - 1, "nach")) {
		*np = (long)i + 1;
		return 1;
	}
	/* "nach eigenen Angaben": the subject speaks; found in context. */
	if (strcmp(w, "angaben") == 0 && i > 1 &&
	    analyze_tok_is(ctx, (long)i - 1, "eigenen")) {
		*np = -1;
		return 1;
	}
	if (strcmp(w, "zufolge") == 0 && i > 0) {
		long j = (long)i - 1;

		while (j > 0 && ctx->toks[j].sent == ctx->toks[i].sent &&
		    analyze_sfacts_isword(&ctx->toks[j]) &&
		    (long)i - j < 6)
			j--;
		*np = j + (analyze_sfacts_isword(&ctx->toks[j]) ? 0 : 1);
		return 1;
	}
	if (strcmp(w, "according") == 0 && i + 1 < t1 &&
	    analyze_tok_is(ctx, (long)i + 1, "to")) {
		*np = (long)i + 2;
		return 1;
	}
	if (strcmp(w, "demnach") == 0) {
		*np = -1;
		return 1;
	}
	return 0;
}

void
analyze_sfacts_get(const struct analyze_ctx *ctx, size_t si,
    struct analyze_sfacts *f)
{
	const struct analyze_sent	*st = &ctx->sents[si];
	size_t				 i;

	memset(f, 0, sizeof *f);
	f->t0 = st->tok0;
	f->t1 = st->tok1;
	f->cue = f->marker = f->marker_np = -1;
	for (i = st->tok0; i < st->tok1; i++) {
		const struct analyze_tok *t = &ctx->toks[i];

		if (!analyze_sfacts_isword(t))
			continue;
		if (!analyze_sfacts_out(t)) {
			f->inside++;
			continue;
		}
		f->outside++;
		if (f->cue < 0 && ANALYZE_W_IS_SPEECH(t->words))
			f->cue = (long)i;
		if (t->words & ANALYZE_W_KONJ1)
			f->konj1++;
		if (t->words & ANALYZE_W_KONJ2)
			f->konj2++;
		if (f->marker < 0 && (t->words & ANALYZE_W_MARKER) &&
		    analyze_sfacts_marker(ctx, i, st->tok1, &f->marker_np))
			f->marker = (long)i;
	}
}

/* A lower-case first word that is no article or adjective is a name as
 * written ("laut faz.net", "laut el-Baradei"): it stands alone. */
static int
analyze_marker_lone(const struct analyze_ctx *ctx, long i)
{
	const char	*w = ctx->toks[i].lower;
	size_t		 n = strlen(w);

	if ((ctx->toks[i].flags & ANALYZE_TOK_CAP) || analyze_word_det(w) ||
	    (ctx->toks[i].words & ANALYZE_W_POSSESSIVE))
		return 0;
	return strchr(w, '.') != NULL || strchr(w, '-') != NULL ||
	    n < 2 || (w[n - 1] != 'e' && w[n - 1] != 'n' && w[n - 1] != 'm' &&
	    w[n - 1] != 'r' && w[n - 1] != 's');
}

/*
 * The source after "laut"/"nach Angaben": words up to the first noun, then
 * genitives ("laut nationalem statistischen Institut", "nach Angaben der
 * Polizei"); a name in quotation marks ("laut „Reuters“") is the quoted
 * words; before "zufolge", the words before it.
 */
void
analyze_marker_np(const struct analyze_ctx *ctx,
    const struct analyze_sfacts *f, struct analyze_msg *m)
{
	long	i = f->marker_np, lim = (long)f->t1;
	int	noun = 0;

	m->spk0 = i;
	if (strcmp(ctx->toks[f->marker].lower, "zufolge") == 0) {
		m->spk1 = f->marker;
		return;
	}
	if (i < lim && ctx->toks[i].kind == ANALYZE_TOK_QUOTE) {
		m->spk0 = ++i;
		while (i < lim && ctx->toks[i].kind != ANALYZE_TOK_QUOTE &&
		    i - m->spk0 < 8)
			i++;
		m->spk1 = i;
		return;
	}
	if (i < lim && ctx->toks[i].kind == ANALYZE_TOK_WORD &&
	    analyze_marker_lone(ctx, i)) {
		m->spk1 = i + 1;
		return;
	}
	while (i < lim && (ctx->toks[i].kind == ANALYZE_TOK_WORD ||
	    (ctx->toks[i].flags & ANALYZE_TOK_NAMEQ)) &&
	    i - f->marker_np < 8) {
		int cap = ctx->toks[i].flags & ANALYZE_TOK_CAP;

		/* A name in marks ("der „Frankfurter Allgemeine“"): whole. */
		if (ctx->toks[i].flags & ANALYZE_TOK_NAMEQ) {
			long k = i + 1;

			while (k < lim && k < i + 10 &&
			    !(ctx->toks[k].flags & ANALYZE_TOK_NAMEQ))
				k++;
			if (k >= lim || k >= i + 10)
				break;
			i = k + 1;
			noun = 1;
			continue;
		}
		if (noun && !cap && !(i + 1 < lim &&
		    (ctx->toks[i + 1].flags & ANALYZE_TOK_CAP) &&
		    analyze_marker_joins(ctx, i)))
			break;
		/* "der Polizei vom Dienstag": a date is no source. */
		if (noun && analyze_tok_is(ctx, i, "vom") && i + 1 < lim &&
		    (ctx->toks[i + 1].flags & ANALYZE_TOK_NOTNAME))
			break;
		/* "laut Polizeisprecher das Gepäckstück": no article
		 * after the noun without a genitive word first. */
		if (noun && cap && i > f->marker_np &&
		    !(ctx->toks[i - 1].flags & ANALYZE_TOK_CAP) &&
		    !analyze_marker_joins(ctx, i - 1))
			break;
		if (cap)
			noun = 1;
		i++;
	}
	m->spk1 = i;
}
