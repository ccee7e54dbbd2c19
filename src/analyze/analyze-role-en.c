/*
 * analyze-role-en.c: the English side of attribution, where its word order
 * differs from German's. Every rule here runs only when ctx->english is
 * set, so the German path stays as it was.
 *
 * Frames: English puts the subject before the verb, often with a long
 * title ("…,” Finance Ministry spokesman Tom Reed told reporters), and a
 * partial quote may run on into the reporter's words before the frame
 * ("“…” to stop the strike, Cole said."). A sentence may open with an
 * adverbial and a comma before its subject ("In the long run, many
 * economists say that …"); a group noun ("economists", "officials") is
 * then the speaker as written.
 *
 * Roles: a role comes from a title before the name, capitalised or not
 * ("Polish Foreign Minister Jan Nowak", "county health officer Ann
 * Lee"), or from an apposition after it, which ends at its closing comma
 * or period (", a senior analyst at the Northern Bank."; "and a former
 * …" continues it). Articles name a person's role once, at the first
 * mention, so a quote without a role takes the one its speaker was first
 * given.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"
#include "util.h"

/* Longest frame subject before its verb ("Finance Ministry spokesman Tom
 * Reed"), and longest apposition, in tokens. */
#define ANALYZE_EN_SUBJECT	10
#define ANALYZE_EN_APPOSITION	24

/* A lower-case verb of saying at token i: a frame's cue. */
static int
analyze_en_cue(const struct analyze_ctx *ctx, long i, long lim)
{
	return i >= 0 && i < lim && ctx->toks[i].kind == ANALYZE_TOK_WORD &&
	    !(ctx->toks[i].flags & ANALYZE_TOK_CAP) &&
	    analyze_word_speech_verb(ctx->toks[i].lower);
}

/*
 * "Finance Ministry spokesman Tom Reed": a title in lower case
 * stops a German-minded phrase reader, so read a..b-1 from its end: the
 * name is the run of name words ending at b, the words before it the
 * role. np->a stays -1 when b is not the end of a name.
 */
static void
analyze_en_titled_name(const struct analyze_ctx *ctx, long a, long b,
    struct analyze_np *np)
{
	long	n = b;

	memset(np, 0, sizeof *np);
	np->a = np->b = -1;
	np->name0 = np->name1 = np->role0 = np->role1 = -1;
	while (n > a && analyze_name_word(ctx, (size_t)n - 1))
		n--;
	if (n == b)
		return;
	np->a = a;
	np->b = b;
	np->name0 = n;
	np->name1 = b;
	if (n > a) {
		np->role0 = a;
		np->role1 = n;
	}
}

/*
 * "Tom Reed told …" from token a: a subject of words only, ending
 * right at a verb of saying, that holds a name or is a pronoun.
 */
static int
analyze_en_subject_verb(const struct analyze_ctx *ctx, long a, long lim,
    struct analyze_np *np, long *cue)
{
	long	v;

	for (v = a + 1; v < lim && v <= a + ANALYZE_EN_SUBJECT; v++) {
		if (analyze_en_cue(ctx, v, lim))
			break;
		if (!analyze_np_word(ctx, v, lim))
			return 0;
	}
	if (!analyze_en_cue(ctx, v, lim))
		return 0;
	if (!analyze_np_after(ctx, a, v, np) || np->a != a || np->b != v)
		analyze_en_titled_name(ctx, a, v, np);
	if (np->a != a || np->b != v || (np->name0 < 0 && !np->pronoun))
		return 0;
	*cue = v;
	return 1;
}

/*
 * The frame of a direct quote after its close: i is the first token past
 * the closing mark (and its commas), lim the sentence's end. Either the
 * subject and verb follow at once, or a comma later in the sentence opens
 * the frame ("…” to stop the strike, Cole said"); another quote
 * on the way ends the search, since the frame would be that one's.
 */
int
analyze_en_frame_after(const struct analyze_ctx *ctx, long i, long lim,
    struct analyze_np *np, long *cue)
{
	long	k;

	if (analyze_en_subject_verb(ctx, i, lim, np, cue))
		return 1;
	for (k = i; k < lim; k++) {
		if (ctx->toks[k].kind == ANALYZE_TOK_QUOTE ||
		    (ctx->toks[k].flags & ANALYZE_TOK_INQ))
			return 0;
		if (!analyze_tok_punct(ctx, k, ','))
			continue;
		if (analyze_en_cue(ctx, k + 1, lim) &&
		    analyze_np_after(ctx, k + 2, lim, np) &&
		    np->a == k + 2 && (np->name0 >= 0 || np->pronoun)) {
			*cue = k + 1;
			return 1;
		}
		if (analyze_en_subject_verb(ctx, k + 1, lim, np, cue))
			return 1;
	}
	return 0;
}

/*
 * "many economists say": a short phrase of lower-case words ending in
 * a group noun, at a..b-1 right before the cue, speaks as written.
 */
int
analyze_en_group(const struct analyze_ctx *ctx, long a, long b,
    struct analyze_np *np)
{
	long	i;

	if (b <= a || b - a > 6 || !(ctx->toks[b - 1].words &
	    ANALYZE_W_GROUP))
		return 0;
	for (i = a; i < b; i++)
		if (ctx->toks[i].kind != ANALYZE_TOK_WORD ||
		    (ctx->toks[i].flags & ANALYZE_TOK_CAP))
			return 0;
	memset(np, 0, sizeof *np);
	np->a = a;
	np->b = b;
	np->name0 = np->name1 = np->role0 = np->role1 = -1;
	return 1;
}

/*
 * English continuation quotes follow their speaker, and a new paragraph
 * that opens with a quote usually brings its own frame: so a message
 * without a frame takes the next one's speaker only in its own paragraph.
 * Always true for German, where "Russland wolle …" ¶ „…“, sagte Putin
 * is common.
 */
int
analyze_en_same_block(const struct analyze_ctx *ctx,
    const struct analyze_msg *m, const struct analyze_msg *next)
{
	return !ctx->english || ctx->sents[m->sent_last].block ==
	    ctx->sents[next->sent].block;
}

/* Words that open an adverbial before a sentence's subject. */
static int
analyze_en_opener(const char *w)
{
	static const char *const v[] = {
		"over", "in", "on", "at", "after", "before", "during",
		"since", "for", "with", "without", "by", "under", "as",
		"while", "when", "although", "though", "but", "and", "yet",
		"still", "meanwhile", "however", "now", "today", "later",
		"earlier", "last", "from", "despite", "amid", "until",
		"instead", "also", "then", "separately", "asked", NULL
	};
	size_t	i;

	for (i = 0; v[i] != NULL; i++)
		if (strcmp(w, v[i]) == 0)
			return 1;
	return 0;
}

/*
 * "In the long run, many economists say": the subject starts
 * after the opening adverbial's comma. Returns where it starts, or a.
 */
long
analyze_en_subject_start(const struct analyze_ctx *ctx, long a, long cue)
{
	long	k;

	if (!analyze_en_opener(ctx->toks[a].lower))
		return a;
	for (k = cue - 1; k > a; k--)
		if (analyze_tok_punct(ctx, k, ','))
			return k + 1 < cue ? k + 1 : a;
	return a;
}

/*
 * "Polish Foreign Minister", "Finance Ministry spokesman": English writes
 * titles and the bodies they serve with capitals, so the role before a
 * name reaches back over capitalised words too, to the phrase's start.
 */
void
analyze_en_role_before(const struct analyze_ctx *ctx, struct analyze_np *np)
{
	long	r0 = np->role0;

	if (r0 < 0)
		return;
	while (r0 > np->a && ctx->toks[r0 - 1].kind == ANALYZE_TOK_WORD &&
	    !analyze_word_det(ctx->toks[r0 - 1].lower) &&
	    !analyze_word_prep(ctx->toks[r0 - 1].lower))
		r0--;
	np->role0 = r0;
}

/* Does an apposition's phrase continue at token i ("and a former …")? */
static int
analyze_en_apposition_word(const struct analyze_ctx *ctx, long i, long lim)
{
	const struct analyze_tok	*t;

	if (i >= lim)
		return 0;
	t = &ctx->toks[i];
	if (t->kind == ANALYZE_TOK_NUM || analyze_tok_punct(ctx, i, '-'))
		return 1;
	if (t->kind != ANALYZE_TOK_WORD)
		return 0;
	/* A relative clause or a verb of saying ends the role. */
	return strcmp(t->lower, "who") != 0 && strcmp(t->lower, "which") != 0
	    && !analyze_word_speech_verb(t->lower);
}

/*
 * ", a senior analyst at the Northern Bank": an apposition
 * after a name that opens with an article, or with a role noun within
 * its first words ("deputy director of …"), gives the role; it
 * ends at its closing comma or period.
 */
void
analyze_en_apposition(const struct analyze_ctx *ctx, struct analyze_np *np,
    long lim)
{
	long	i = np->b, j, k;
	int	role = 0;

	if (np->name0 < 0 || np->role0 >= 0 || !analyze_tok_punct(ctx, i, ','))
		return;
	for (j = i + 1; analyze_en_apposition_word(ctx, j, lim) &&
	    j < i + ANALYZE_EN_APPOSITION; j++)
		;
	for (k = i + 1; k < j && k < i + 6; k++)
		if (ANALYZE_TOK_IS_ROLE(ctx, k))
			role = 1;
	if (j <= i + 2 || !(role || analyze_tok_is(ctx, i + 1, "a") ||
	    analyze_tok_is(ctx, i + 1, "an")))
		return;
	np->role0 = i + 1;
	np->role1 = j;
}

/* Message indices ordered by speaker, then by place in the text. */
static const struct analyze_ctx *analyze_en_sort_ctx;

static int
analyze_en_speaker_cmp(const void *a, const void *b)
{
	const struct analyze_msg	*ma, *mb;
	size_t				 ia = *(const size_t *)a;
	size_t				 ib = *(const size_t *)b;
	int				 c;

	ma = &analyze_en_sort_ctx->msgs[ia];
	mb = &analyze_en_sort_ctx->msgs[ib];
	c = strcmp(ma->speaker, mb->speaker);
	if (c != 0)
		return c;
	return ia < ib ? -1 : ia > ib;
}

/*
 * A message whose speaker the article gave a role before, but whose own
 * frame names none ("Berg said"), takes the first role given. Sorting by
 * speaker keeps this O(n log n).
 */
void
analyze_en_roles_carry(struct analyze_ctx *ctx)
{
	size_t	*v = xcalloc(ctx->nmsgs + 1, sizeof *v), n = 0, i, g;
	const char *role = NULL;

	for (i = 0; i < ctx->nmsgs; i++)
		if (ctx->msgs[i].speaker != NULL && !ctx->msgs[i].dropped)
			v[n++] = i;
	analyze_en_sort_ctx = ctx;
	qsort(v, n, sizeof *v, analyze_en_speaker_cmp);
	for (g = 0, i = 0; i < n; i++) {
		struct analyze_msg *m = &ctx->msgs[v[i]];

		if (strcmp(m->speaker, ctx->msgs[v[g]].speaker) != 0) {
			g = i;
			role = NULL;
		}
		if (role == NULL)
			role = m->role;
		else if (m->role == NULL)
			m->role = xstrdup(role);
	}
	free(v);
}
