/*
 * analyze-token.c: words and punctuation of each sentence, with a
 * lower-case copy of every word for the table look-ups. A word runs over
 * letters and digits and keeps inner hyphens, periods and apostrophes
 * ("Leif-Eric", "z.B", "2.v.r", "3,8"); everything else that is not space
 * is a one-character token. Tokens inside a top-level quote pair are
 * flagged, so the rules can tell the frame from the quoted words.
 *
 * The lower-case copies live in one arena (ctx->arena) sized up front, so
 * the pointers stay valid; everything is one pass over the text.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"
#include "util.h"

/* Latin, Latin-1 and Latin Extended-A upper case; enough for names in
 * German and English news. */
int
analyze_cp_is_upper(int32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return 1;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return 1;
	if (cp >= 0x100 && cp <= 0x17F)
		return (cp & 1) == 0 && cp != 0x138;
	if (cp >= 0x391 && cp <= 0x3A9)
		return 1;
	if (cp >= 0x410 && cp <= 0x42F)
		return 1;
	return 0;
}

int
analyze_cp_is_alpha(int32_t cp)
{
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
		return 1;
	return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp != 0xAB &&
	    cp != 0xBB && !(cp >= 0x2000 && cp <= 0x206F) &&
	    cp != 0x2026 && cp != 0x20AC && cp != 0xFFFD &&
	    !(cp >= 0x2100 && cp <= 0x2BFF);
}

static int32_t
analyze_cp_lower(int32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F && analyze_cp_is_upper(cp))
		return cp + 1;
	if (cp >= 0x391 && cp <= 0x3A9)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	return cp;
}

static int32_t
analyze_token_cp(const struct analyze_ctx *ctx, size_t i, size_t lim,
    int *n)
{
	int32_t	cp;

	*n = 1;
	if (i >= lim)
		return 0;
	/* Most bytes of news text are ASCII: no decoder call for them. */
	if ((unsigned char)ctx->text[i] < 0x80)
		return (unsigned char)ctx->text[i];
	*n = util_utf8_decode(ctx->text + i, lim - i, &cp);
	if (*n < 1) {
		*n = 1;
		return 0xFFFD;
	}
	return cp;
}

static int
analyze_token_wordchar(int32_t cp)
{
	return analyze_cp_is_alpha(cp) || (cp >= '0' && cp <= '9');
}

/* Writes the lower-case copy of text[s..e) to the arena. */
static const char *
analyze_token_lower(struct analyze_ctx *ctx, size_t s, size_t e)
{
	char	*out = ctx->arena + ctx->arena_len, *p = out;
	int32_t	 cp;
	int	 n;

	while (s < e) {
		if ((unsigned char)ctx->text[s] < 0x80) {
			*p++ = (char)analyze_cp_lower(
			    (unsigned char)ctx->text[s++]);
			continue;
		}
		cp = analyze_cp_lower(analyze_token_cp(ctx, s, e, &n));
		s += (size_t)n;
		if (cp < 0x80)
			*p++ = (char)cp;
		else if (cp < 0x800) {
			*p++ = (char)(0xC0 | (cp >> 6));
			*p++ = (char)(0x80 | (cp & 0x3F));
		} else if (cp < 0x10000) {
			*p++ = (char)(0xE0 | (cp >> 12));
			*p++ = (char)(0x80 | ((cp >> 6) & 0x3F));
			*p++ = (char)(0x80 | (cp & 0x3F));
		} else {
			*p++ = (char)(0xF0 | (cp >> 18));
			*p++ = (char)(0x80 | ((cp >> 12) & 0x3F));
			*p++ = (char)(0x80 | ((cp >> 6) & 0x3F));
			*p++ = (char)(0x80 | (cp & 0x3F));
		}
	}
	*p++ = '\0';
	ctx->arena_len = (size_t)(p - ctx->arena);
	return out;
}

static void
analyze_token_push(struct analyze_ctx *ctx, size_t *cap,
    enum analyze_tok_kind kind, size_t s, size_t e, int32_t cp,
    size_t sent)
{
	struct analyze_tok	*t;

	if (ctx->ntoks == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		ctx->toks = xreallocarray(ctx->toks, *cap, sizeof *ctx->toks);
	}
	t = &ctx->toks[ctx->ntoks++];
	t->kind = kind;
	t->flags = analyze_cp_is_upper(cp) ? ANALYZE_TOK_CAP : 0;
	t->start = s;
	t->end = e;
	t->cp = cp;
	t->sent = sent;
	t->lower = analyze_token_lower(ctx, s, e);
	/* The look-ups the rules repeat most, done once per word. */
	t->words = 0;
	if (kind == ANALYZE_TOK_WORD || kind == ANALYZE_TOK_NUM)
		t->words = analyze_word_lists(t->lower);
	if (kind == ANALYZE_TOK_WORD) {
		/* Compounds ("Regierungssprecher") and inflected forms
		 * are German nouns, so capitalised. */
		if ((t->words & ANALYZE_W_ROLE) ||
		    ((t->flags & ANALYZE_TOK_CAP) &&
		    (analyze_word_role(t->lower) ||
		    analyze_word_role_inflected(t->lower))))
			t->flags |= ANALYZE_TOK_ROLE;
		if (t->words & (ANALYZE_W_NONNAME | ANALYZE_W_GROUP))
			t->flags |= ANALYZE_TOK_NOTNAME;
	}
}

/* The end of the word starting at i (sentence ends at lim). */
static size_t
analyze_token_word_end(const struct analyze_ctx *ctx, size_t i, size_t lim)
{
	int32_t	cp, nx;
	int	n, n2;

	for (;;) {
		cp = analyze_token_cp(ctx, i, lim, &n);
		if (i < lim && analyze_token_wordchar(cp)) {
			i += (size_t)n;
			continue;
		}
		if (cp == '-' || cp == '.' || cp == '\'' || cp == 0x2019 ||
		    cp == ',' || cp == '&') {
			nx = analyze_token_cp(ctx, i + (size_t)n, lim, &n2);
			if (i + (size_t)n < lim && analyze_token_wordchar(nx) &&
			    (cp != ',' || (nx >= '0' && nx <= '9')))
				{
				i += (size_t)n;
				continue;
			}
		}
		return i;
	}
}

static void
analyze_token_sentence(struct analyze_ctx *ctx, size_t si, size_t *cap)
{
	struct analyze_sent	*st = &ctx->sents[si];
	size_t			 i = st->start, e;
	int32_t			 cp;
	int			 n;

	st->tok0 = ctx->ntoks;
	while (i < st->end) {
		cp = analyze_token_cp(ctx, i, st->end, &n);
		if (cp == ' ' || cp == '\n' || cp == '\t' || cp == 0xA0) {
			i += (size_t)n;
			continue;
		}
		if (analyze_token_wordchar(cp)) {
			e = analyze_token_word_end(ctx, i, st->end);
			analyze_token_push(ctx, cap, (cp >= '0' && cp <= '9') ?
			    ANALYZE_TOK_NUM : ANALYZE_TOK_WORD, i, e, cp, si);
			i = e;
			continue;
		}
		analyze_token_push(ctx, cap, analyze_mark_kind(cp) ?
		    ANALYZE_TOK_QUOTE : ANALYZE_TOK_PUNCT, i, i + (size_t)n,
		    cp, si);
		i += (size_t)n;
	}
	st->tok1 = ctx->ntoks;
	if (st->tok1 > st->tok0)
		ctx->toks[st->tok0].flags |= ANALYZE_TOK_SENT;
}

static int
analyze_mark_cmp(const void *a, const void *b)
{
	const struct analyze_mark *x = a, *y = b;

	return x->open < y->open ? -1 : x->open > y->open;
}

/* Flags the tokens inside quote pairs; marks sorted, one merge pass. */
static void
analyze_token_flag_quotes(struct analyze_ctx *ctx)
{
	size_t	t, m = 0;

	if (ctx->nmarks > 1)
		qsort(ctx->marks, ctx->nmarks, sizeof *ctx->marks,
		    analyze_mark_cmp);
	for (t = 0; t < ctx->ntoks; t++) {
		struct analyze_tok *tok = &ctx->toks[t];

		while (m < ctx->nmarks && ctx->marks[m].close_end <= tok->start)
			m++;
		if (m < ctx->nmarks && tok->start >= ctx->marks[m].open_end &&
		    tok->end <= ctx->marks[m].close)
			tok->flags |= ANALYZE_TOK_INQ;
	}
}

void
analyze_ctx_tokenize(struct analyze_ctx *ctx)
{
	size_t	si, cap = 0;

	/* Every token's lower copy is at most 4/3 of its bytes plus NUL. */
	ctx->arena = xmalloc(ctx->len * 2 + 16);
	ctx->arena_len = 0;
	for (si = 0; si < ctx->nsents; si++)
		analyze_token_sentence(ctx, si, &cap);
	analyze_token_flag_quotes(ctx);
}

int
analyze_tok_is(const struct analyze_ctx *ctx, long i, const char *lower)
{
	if (i < 0 || (size_t)i >= ctx->ntoks)
		return 0;
	return strcmp(ctx->toks[i].lower, lower) == 0;
}

int
analyze_tok_punct(const struct analyze_ctx *ctx, long i, int32_t cp)
{
	if (i < 0 || (size_t)i >= ctx->ntoks)
		return 0;
	return ctx->toks[i].kind != ANALYZE_TOK_WORD &&
	    ctx->toks[i].kind != ANALYZE_TOK_NUM && ctx->toks[i].cp == cp;
}
