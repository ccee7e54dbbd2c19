/*
 * analyze-subject.c: whether a phrase read after a cue can be its subject.
 *
 * After the cue verb German puts the subject ("sagte der Minister") but
 * also the object ("äußerte Bedenken", "nannte den Plan"). A wrong subject
 * costs twice: the message gets it, and the messages after it inherit it
 * as the current speaker. Two general cues tell an object: a determiner
 * in the accusative or dative ("den", "einem"), and a lone common noun
 * without an article that is no role, group or source word, told from a
 * name by the German dictionary that the NER lexicon carries (ngerman:
 * "Bedenken" is a noun there, "Zinberg" is not).
 */
#include <string.h>

#include "analyze-int.h"
#include "analyze-ner.h"

/* Determiners that never open a nominative phrase. */
static int
analyze_subject_oblique_det(const char *w)
{
	static const char *const dets[] = {
		"den", "dem", "einen", "einem", "diesen", "diesem",
		"seinen", "seinem", "ihren", "ihrem", "keinen", "keinem",
		NULL
	};
	size_t	k;

	for (k = 0; dets[k] != NULL; k++)
		if (strcmp(w, dets[k]) == 0)
			return 1;
	return 0;
}

/* A capitalised word the German dictionary knows and no gazetteer names. */
int
analyze_subject_common_noun(const struct analyze_ctx *ctx, long i)
{
	const struct analyze_ner_model	*model;
	const struct analyze_tok	*t = &ctx->toks[i];
	unsigned			 lex;

	if (t->kind != ANALYZE_TOK_WORD || !(t->flags & ANALYZE_TOK_CAP))
		return 0;
	model = analyze_ner_model_builtin();
	if (model == NULL)
		return 0;
	lex = analyze_ner_model_lex(model, analyze_ner_hash_add(
	    ANALYZE_NER_HASH_INIT, ctx->text + t->start, t->end - t->start));
	return (lex & ANALYZE_NER_LEX_DEWORD) && !(lex &
	    (ANALYZE_NER_LEX_COUNTRY | ANALYZE_NER_LEX_REGION |
	    ANALYZE_NER_LEX_CITY | ANALYZE_NER_LEX_NAME));
}

/* A word that may speak although the dictionary calls it a noun. */
static int
analyze_subject_speaker_noun(const struct analyze_ctx *ctx, long i)
{
	const struct analyze_tok *t = &ctx->toks[i];

	return (t->flags & ANALYZE_TOK_ROLE) ||
	    (t->words & (ANALYZE_W_GROUP | ANALYZE_W_SOURCE)) ||
	    analyze_word_role_inflected(t->lower) ||
	    analyze_word_source(t->lower);
}

/*
 * Whether np, read after the cue verb, is rather its object than its
 * subject. Phrases before the cue, pronouns and the phrase after a source
 * marker ("nach Angaben der Polizei", "laut einem Bericht") are left
 * alone: there the oblique case is the rule.
 */
int
analyze_subject_is_object(const struct analyze_ctx *ctx,
    const struct analyze_np *np, long cue)
{
	if (np->pronoun || cue < 0 || np->a <= cue || np->b <= np->a ||
	    !ANALYZE_W_IS_SPEECH(ctx->toks[cue].words))
		return 0;
	if (analyze_subject_oblique_det(ctx->toks[np->a].lower))
		return 1;
	return np->b == np->a + 1 &&
	    analyze_subject_common_noun(ctx, np->a) &&
	    !analyze_subject_speaker_noun(ctx, np->a);
}

/*
 * Keeps np when it can be the subject; after an object ("sagte den
 * Journalisten ein Sprecher") the subject may follow it, and np becomes
 * that. Returns 0 when no subject is left.
 */
int
analyze_subject_fix(const struct analyze_ctx *ctx, struct analyze_np *np,
    long cue)
{
	struct analyze_np	next;
	long			lim;

	if (!analyze_subject_is_object(ctx, np, cue))
		return 1;
	lim = (long)ctx->sents[ctx->toks[np->a].sent].tok1;
	if (!analyze_np_after(ctx, np->b, lim, &next) || next.a != np->b ||
	    next.pronoun || analyze_subject_is_object(ctx, &next, cue))
		return 0;
	*np = next;
	return 1;
}

/* A finite or participle form of "werden": the auxiliary of the passive. */
static int
analyze_subject_werden(const char *w)
{
	return strcmp(w, "wird") == 0 || strcmp(w, "wurde") == 0 ||
	    strcmp(w, "werden") == 0 || strcmp(w, "wurden") == 0 ||
	    strcmp(w, "worden") == 0;
}

/* A participle of a cue: "-t" ("kritisiert") or "-en" with "ge" inside
 * ("vorgeworfen"), which an infinitive after a future "wird" lacks. */
static int
analyze_subject_participle(const char *w)
{
	size_t	n = strlen(w);

	return n > 3 && (w[n - 1] == 't' || (w[n - 1] == 'n' &&
	    w[n - 2] == 'e' && strstr(w, "ge") != NULL));
}

/*
 * Is the cue the participle of a passive ("Ihm wird vorgeworfen, …",
 * "Es wird vermutet, dass …", "…, war berichtet worden")? The grammatical
 * subject of a passive is who is talked about, not who talks, and
 * without an agent ("von der Polizei") the message has no speaker: not
 * that subject, nor whoever spoke before. The auxiliary stands within
 * the cue's clause (no comma between), a few words before or after.
 */
int
analyze_subject_passive(const struct analyze_ctx *ctx, long cue)
{
	const struct analyze_sent	*st = &ctx->sents[ctx->toks[cue].sent];
	long				 i, aux = -1;

	/* "X wird zitiert": the one quoted is the subject after all. */
	if (ctx->english || !(ctx->toks[cue].words & ANALYZE_W_SPEECH) ||
	    !analyze_subject_participle(ctx->toks[cue].lower) ||
	    analyze_tok_is(ctx, cue, "zitiert"))
		return 0;
	for (i = cue - 1; i >= (long)st->tok0 && i >= cue - 6; i--) {
		if (ctx->toks[i].kind != ANALYZE_TOK_WORD)
			break;
		if (analyze_subject_werden(ctx->toks[i].lower)) {
			aux = i;
			break;
		}
	}
	for (i = cue + 1; aux < 0 && i < (long)st->tok1 && i <= cue + 2; i++)
		if (analyze_subject_werden(ctx->toks[i].lower))
			aux = i;
	if (aux < 0)
		return 0;
	/* An agent names the speaker after all. */
	for (i = aux < cue ? aux : cue; i < (long)st->tok1 && i <= cue + 3;
	    i++)
		if (analyze_tok_is(ctx, i, "von") ||
		    analyze_tok_is(ctx, i, "vom") ||
		    analyze_tok_is(ctx, i, "seitens"))
			return 0;
	return 1;
}
