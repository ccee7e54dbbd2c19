/*
 * analyze-phrase.c: reading one speaker phrase out of the tokens.
 *
 * Kept apart from attribution (analyze-speaker.c) because it answers a
 * narrower question — where, around one cue verb, is the phrase, and which
 * of its tokens are the name and which the role — that the direct-quote
 * frames (analyze-mark.c), the English rules (analyze-role-en.c) and the
 * subject checks (analyze-subject.c) ask too, without the state that
 * carries a speaker from message to message.
 *
 * A speaker phrase is read around the cue verb: after it ("…, sagt der
 * russischstämmige Politologe Zinberg", "sagte Putin am Mittwoch"), or
 * before it when the sentence starts with its subject ("Die Sprecherin der
 * Stiftung Warentest, Heike van Laak, sagte:"). German verb-second order
 * is recognised by a sentence that opens with an adverbial ("Am Mittwoch
 * sagte …"). In the phrase, the last run of name words is the name, the
 * role nouns and their adjectives before it the role, and an apposition
 * after it (", Professor für … in Seoul") the role too. Without a name the
 * phrase itself speaks ("die USA", "Experten", "ein Sprecher der Polizei").
 */
#include <string.h>

#include "analyze-int.h"

/* A word of a phrase; the marks around a name in it count as words. */
int
analyze_np_word(const struct analyze_ctx *ctx, long i, long lim)
{
	if (i < 0 || i >= lim)
		return 0;
	/* "der 85-jährige Ratzinger": a number-adjective is a word here. */
	if (ctx->toks[i].kind == ANALYZE_TOK_NUM)
		return strchr(ctx->toks[i].lower, '-') != NULL;
	return ctx->toks[i].kind == ANALYZE_TOK_WORD ||
	    (ctx->toks[i].flags & ANALYZE_TOK_NAMEQ);
}

static int
analyze_np_genitive(const char *w)
{
	return strcmp(w, "der") == 0 || strcmp(w, "des") == 0 ||
	    strcmp(w, "von") == 0 || strcmp(w, "vom") == 0 ||
	    strcmp(w, "of") == 0 || strcmp(w, "the") == 0 ||
	    strcmp(w, "für") == 0 || strcmp(w, "für") == 0;
}

/* Finds the name and role inside np->a .. np->b. */
void
analyze_np_inner(const struct analyze_ctx *ctx, struct analyze_np *np)
{
	long	i, j, r0 = -1, r1 = -1;

	np->name0 = np->name1 = np->role0 = np->role1 = -1;
	for (i = np->a; i < np->b; i++) {
		j = (long)analyze_name_run(ctx, (size_t)i, (size_t)np->b);
		if (j > i) {
			np->name0 = i;
			np->name1 = j;
			i = j - 1;
		}
	}
	for (i = np->a; i < np->b && (np->name0 < 0 || i < np->name0); i++) {
		if (!ANALYZE_TOK_IS_ROLE(ctx, i))
			continue;
		if (r0 < 0) {
			r0 = i;
			while (r0 > np->a && analyze_np_word(ctx, r0 - 1, np->b)
			    && !(ctx->toks[r0 - 1].flags & ANALYZE_TOK_CAP) &&
			    !analyze_word_det(ctx->toks[r0 - 1].lower) &&
			    !analyze_np_genitive(ctx->toks[r0 - 1].lower))
				r0--;
		}
		r1 = i + 1;
		/* "Leiter des Influenza-Programms der WHO": the genitive. */
		while (r1 + 1 < np->b && (np->name0 < 0 || r1 < np->name0) &&
		    analyze_np_genitive(ctx->toks[r1].lower) &&
		    (ctx->toks[r1 + 1].flags & ANALYZE_TOK_CAP))
			r1 += 2;
		i = r1 - 1;
	}
	np->role0 = r0;
	np->role1 = r1;
}

/* An apposition after the phrase: ", Professor für … in Seoul". */
static void
analyze_np_apposition(const struct analyze_ctx *ctx, struct analyze_np *np,
    long lim)
{
	long	i = np->b, j;

	if (!analyze_tok_punct(ctx, i, ',') || np->name0 < 0)
		return;
	j = i + 1;
	if (analyze_np_word(ctx, j, lim) &&
	    analyze_word_det(ctx->toks[j].lower))
		j++;
	while (analyze_np_word(ctx, j, lim) &&
	    !(ctx->toks[j].flags & ANALYZE_TOK_CAP) && j < i + 4 &&
	    !ANALYZE_TOK_IS_ROLE(ctx, j))
		j++;
	if (!analyze_np_word(ctx, j, lim) ||
	    !ANALYZE_TOK_IS_ROLE(ctx, j))
		return;
	np->role0 = i + 1;
	for (j = i + 1; j < lim && j < i + 18; j++)
		if (!analyze_np_word(ctx, j, lim) &&
		    ctx->toks[j].kind != ANALYZE_TOK_NUM &&
		    !analyze_tok_punct(ctx, j, '-'))
			break;
	np->role1 = j;
}

static void	analyze_np_name_apposition(const struct analyze_ctx *,
		    struct analyze_np *, long);

/* After the name in marks opening at token i: the token past its closing
 * mark, or -1 when it does not close soon. */
static long
analyze_np_nameq_end(const struct analyze_ctx *ctx, long i, long lim)
{
	long	k;

	for (k = i + 1; k < lim && k < i + 10; k++)
		if (ctx->toks[k].flags & ANALYZE_TOK_NAMEQ)
			return k + 1;
	return -1;
}

/* The phrase starting at (or just after adverbs from) token i. */
int
analyze_np_after(const struct analyze_ctx *ctx, long i, long lim,
    struct analyze_np *np)
{
	memset(np, 0, sizeof *np);
	while (analyze_np_word(ctx, i, lim) && !(ctx->toks[i].flags &
	    ANALYZE_TOK_CAP) && analyze_word_skip(ctx->toks[i].lower))
		i++;
	if (!analyze_np_word(ctx, i, lim))
		return 0;
	np->a = i;
	if (analyze_word_pronoun(ctx->toks[i].lower)) {
		np->b = i + 1;
		np->pronoun = 1;
		np->name0 = np->name1 = np->role0 = np->role1 = -1;
		return 1;
	}
	if (analyze_word_det(ctx->toks[i].lower))
		i++;
	while ((analyze_np_word(ctx, i, lim) || analyze_name_initial(ctx,
	    (size_t)i, (size_t)lim)) && i - np->a < 12) {
		const struct analyze_tok *t = &ctx->toks[i];

		if (t->kind == ANALYZE_TOK_PUNCT)	/* "Anna K. Berg" */
			i++;
		else if (t->flags & ANALYZE_TOK_NAMEQ) {
			/* The quoted name whole, or not at all; a quote
			 * in lower case ("Richter „schwere Bedenken“") is a
			 * scare quote after a noun, no name. */
			long k = analyze_np_nameq_end(ctx, i, lim);

			if (k < 0 || !(ctx->toks[i + 1].flags &
			    ANALYZE_TOK_CAP))
				break;
			i = k;
		} else if (t->flags & (ANALYZE_TOK_CAP | ANALYZE_TOK_ROLE))
			i++;
		else if (analyze_np_word(ctx, i + 1, lim) &&
		    (ctx->toks[i + 1].flags & ANALYZE_TOK_CAP) &&
		    (analyze_np_genitive(t->lower) || i == np->a ||
		    analyze_word_det(ctx->toks[i - 1].lower) ||
		    !(ctx->toks[i - 1].flags & ANALYZE_TOK_CAP)) &&
		    !analyze_word_prep(t->lower))
			i++;
		else if (analyze_np_genitive(t->lower) &&
		    analyze_np_word(ctx, i + 2, lim) &&
		    analyze_word_det(ctx->toks[i + 1].lower) == 0 &&
		    (ctx->toks[i + 2].flags & ANALYZE_TOK_CAP))
			i += 2;
		else
			break;
	}
	np->b = i;
	if (np->b <= np->a || (np->b == np->a + 1 &&
	    analyze_word_det(ctx->toks[np->a].lower)))
		return 0;
	/* "Dennoch sagte …": an adverb in first place, not a subject. */
	if (np->b == np->a + 1 && (ctx->toks[np->a].flags & ANALYZE_TOK_POSCAP))
		return 0;
	analyze_np_inner(ctx, np);
	if (ctx->english)
		analyze_en_role_before(ctx, np);
	analyze_np_apposition(ctx, np, lim);
	if (ctx->english)
		analyze_en_apposition(ctx, np, lim);
	analyze_np_name_apposition(ctx, np, lim);
	return 1;
}

/* ", Heike van Laak," after a role phrase: the name in apposition. */
static void
analyze_np_name_apposition(const struct analyze_ctx *ctx,
    struct analyze_np *np, long lim)
{
	long	j;

	/* A "name" inside the role's genitive ("Oberrabbiner des Landes")
	 * gives way to the name in apposition. */
	if ((np->name0 >= 0 && !(np->role0 >= 0 && np->name0 >= np->role0 &&
	    np->name1 <= np->role1)) || !analyze_tok_punct(ctx, np->b, ','))
		return;
	j = (long)analyze_name_run(ctx, (size_t)np->b + 1, (size_t)lim);
	if (j > np->b + 1 && (j >= lim || analyze_tok_punct(ctx, j, ',') ||
	    analyze_tok_punct(ctx, j, '.') || analyze_tok_punct(ctx, j, ':'))) {
		if (np->role0 < 0) {
			np->role0 = np->a;
			np->role1 = np->b;
		}
		np->name0 = np->b + 1;
		np->name1 = j;
	}
}

/* "Das Komitee sagte": "das" before a noun is its article, not a fronted
 * object ("Das sagte er"), so the subject comes before the cue. */
int
analyze_np_article_first(const struct analyze_ctx *ctx, long a, long cue)
{
	return analyze_word_det(ctx->toks[a].lower) && a + 1 < cue &&
	    ctx->toks[a + 1].kind == ANALYZE_TOK_WORD &&
	    (ctx->toks[a + 1].flags & ANALYZE_TOK_CAP);
}

/* "Des Weiteren", "Im Übrigen": a two-word connective opening a sentence,
 * which verb-second order follows with the verb, then the subject. */
static int
analyze_np_connective(const struct analyze_ctx *ctx, long a, long cue)
{
	return a + 1 < cue && ((analyze_tok_is(ctx, a, "des") &&
	    analyze_tok_is(ctx, a + 1, "weiteren")) ||
	    (analyze_tok_is(ctx, a, "im") &&
	    analyze_tok_is(ctx, a + 1, "übrigen")));
}

/* The subject before the cue, or after it in verb-second order. */
int
analyze_np_around(const struct analyze_ctx *ctx, long cue, long lim,
    struct analyze_np *np)
{
	long	s0 = (long)ctx->sents[ctx->toks[cue].sent].tok0, a = s0, b;

	/* Start after the last colon or quote before the cue. */
	for (b = cue - 1; b >= s0; b--)
		if ((ctx->toks[b].kind == ANALYZE_TOK_QUOTE &&
		    !(ctx->toks[b].flags & ANALYZE_TOK_NAMEQ)) ||
		    (ctx->toks[b].flags & ANALYZE_TOK_INQ) ||
		    analyze_tok_punct(ctx, b, ':') ||
		    analyze_tok_punct(ctx, b, ';')) {
			a = b + 1;
			break;
		}
	if (ctx->english && a < cue)
		a = analyze_en_subject_start(ctx, a, cue);
	/* "Wie der Minister erklärte, …": the subject follows "wie". */
	if (a < cue && (analyze_tok_is(ctx, a, "wie") ||
	    analyze_tok_is(ctx, a, "as")))
		a++;
	else if (a < cue && ((analyze_word_prep(ctx->toks[a].lower) &&
	    !analyze_np_article_first(ctx, a, cue)) ||
	    analyze_np_connective(ctx, a, cue)))
		return analyze_np_after(ctx, cue + 1, lim, np);
	b = cue;
	while (b > a && analyze_tok_punct(ctx, b - 1, ','))
		b--;
	if (b <= a || ctx->toks[a].kind != ANALYZE_TOK_WORD)
		return analyze_np_after(ctx, cue + 1, lim, np);
	if (ctx->english && analyze_en_group(ctx, a, b, np))
		return 1;
	if (b == a + 1 && analyze_word_pronoun(ctx->toks[a].lower)) {
		memset(np, 0, sizeof *np);
		np->a = a;
		np->b = b;
		np->pronoun = 1;
		np->name0 = np->name1 = np->role0 = np->role1 = -1;
		return 1;
	}
	if (!analyze_np_after(ctx, a, b, np) || np->a != a)
		return analyze_np_after(ctx, cue + 1, lim, np);
	analyze_np_name_apposition(ctx, np, b);
	return 1;
}
