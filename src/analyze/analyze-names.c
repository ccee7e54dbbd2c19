/*
 * analyze-names.c: the names an article gives in full, so a speaker written
 * as a surname ("Zinberg"), after a role ("Politologe Easley") or one edit
 * off ("Easly") resolves to the full name first given ("Yakov Zinberg").
 *
 * A full name is a run of two or more capitalised words (with particles
 * such as "van", "al"), none a role noun or a function word. Each run's
 * words go into a hash table (lower case word -> first run holding it,
 * surnames preferred); the role words just before a run are kept as that
 * person's role. Building is one pass over the tokens; a look-up is O(1),
 * and the one-edit fallback walks only the distinct surnames (kept in a
 * list of their own). A first word of a sentence that the article never
 * capitalises elsewhere is flagged POSCAP first and is no name.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"
#include "util.h"

struct analyze_name {
	char	*full;
	char	*role;
};

struct analyze_names {
	struct analyze_name	*v;
	size_t			 n;
	/* open addressing: key (lower word) -> name index, last-word flag */
	char			**keys;
	size_t			*idx;
	int			*last;
	size_t			 cap;
	size_t			 nkeys;
	/* the distinct surnames (last words), for the one-edit fallback */
	char			**sur;
	size_t			*suridx;
	size_t			 nsur;
};

static size_t
analyze_names_hash(const char *s)
{
	size_t	h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static long
analyze_names_find(const struct analyze_names *nm, const char *key,
    int *last)
{
	size_t	h;

	if (nm->cap == 0)
		return -1;
	h = analyze_names_hash(key) & (nm->cap - 1);
	while (nm->keys[h] != NULL) {
		if (strcmp(nm->keys[h], key) == 0) {
			if (last != NULL)
				*last = nm->last[h];
			return (long)nm->idx[h];
		}
		h = (h + 1) & (nm->cap - 1);
	}
	return -1;
}

static void
analyze_names_grow(struct analyze_names *nm);

/* A new surname key: listed once, when it first becomes one. */
static void
analyze_names_sur_add(struct analyze_names *nm, const char *key, size_t idx)
{
	nm->sur = xreallocarray(nm->sur, nm->nsur + 1, sizeof *nm->sur);
	nm->suridx = xreallocarray(nm->suridx, nm->nsur + 1,
	    sizeof *nm->suridx);
	nm->sur[nm->nsur] = xstrdup(key);
	nm->suridx[nm->nsur++] = idx;
}

/* First run wins, except that a surname key beats a first-name key. */
static void
analyze_names_put(struct analyze_names *nm, const char *key, size_t idx,
    int last)
{
	size_t	h;

	if (nm->cap == 0 || (nm->nkeys + 1) * 2 > nm->cap)
		analyze_names_grow(nm);
	h = analyze_names_hash(key) & (nm->cap - 1);
	while (nm->keys[h] != NULL) {
		if (strcmp(nm->keys[h], key) == 0) {
			if (last && !nm->last[h]) {
				nm->idx[h] = idx;
				nm->last[h] = 1;
				analyze_names_sur_add(nm, key, idx);
			}
			return;
		}
		h = (h + 1) & (nm->cap - 1);
	}
	nm->keys[h] = xstrdup(key);
	nm->idx[h] = idx;
	nm->last[h] = last;
	nm->nkeys++;
	if (last)
		analyze_names_sur_add(nm, key, idx);
}

static void
analyze_names_grow(struct analyze_names *nm)
{
	char	**keys = nm->keys;
	size_t	 *idx = nm->idx, cap = nm->cap, i;
	int	 *last = nm->last;

	nm->cap = cap ? cap * 4 : 256;
	nm->keys = xcalloc(nm->cap, sizeof *nm->keys);
	nm->idx = xcalloc(nm->cap, sizeof *nm->idx);
	nm->last = xcalloc(nm->cap, sizeof *nm->last);
	/* Rehash: the keys move as they are, nothing is added. */
	for (i = 0; i < cap; i++) {
		size_t h;

		if (keys[i] == NULL)
			continue;
		h = analyze_names_hash(keys[i]) & (nm->cap - 1);
		while (nm->keys[h] != NULL)
			h = (h + 1) & (nm->cap - 1);
		nm->keys[h] = keys[i];
		nm->idx[h] = idx[i];
		nm->last[h] = last[i];
	}
	free(keys);
	free(idx);
	free(last);
}

void
analyze_names_free(struct analyze_names *nm)
{
	size_t	i;

	if (nm == NULL)
		return;
	for (i = 0; i < nm->n; i++) {
		free(nm->v[i].full);
		free(nm->v[i].role);
	}
	for (i = 0; i < nm->cap; i++)
		free(nm->keys[i]);
	for (i = 0; i < nm->nsur; i++)
		free(nm->sur[i]);
	free(nm->sur);
	free(nm->suridx);
	free(nm->v);
	free(nm->keys);
	free(nm->idx);
	free(nm->last);
	free(nm);
}

/* Is token i where a capital is due anyway: a sentence's first word, or
 * the first after an opening quotation mark or a colon? */
static int
analyze_names_first_word(const struct analyze_ctx *ctx, size_t i)
{
	if (ctx->toks[i].flags & ANALYZE_TOK_SENT)
		return 1;
	return i > 0 && (ctx->toks[i - 1].kind == ANALYZE_TOK_QUOTE ||
	    analyze_tok_punct(ctx, (long)i - 1, ':'));
}

/* Lower-case particles inside names. */
static int
analyze_name_particle(const char *w)
{
	return strcmp(w, "van") == 0 || strcmp(w, "von") == 0 ||
	    strcmp(w, "de") == 0 || strcmp(w, "al") == 0 ||
	    strcmp(w, "bin") == 0 || strcmp(w, "da") == 0 ||
	    strcmp(w, "del") == 0 || strcmp(w, "ibn") == 0 ||
	    strcmp(w, "zu") == 0 || strcmp(w, "ter") == 0;
}

/* Can token i be part of a person's name? */
int
analyze_name_word(const struct analyze_ctx *ctx, size_t i)
{
	const struct analyze_tok	*t = &ctx->toks[i];

	if (t->kind != ANALYZE_TOK_WORD || !(t->flags & ANALYZE_TOK_CAP))
		return 0;
	if (t->flags & (ANALYZE_TOK_NOTNAME | ANALYZE_TOK_ROLE))
		return 0;
	return strlen(t->lower) >= 2 || t->end == t->start + 1;
}

/* "Anna K. Berg": the period after a middle initial, with a name word
 * after it, belongs to the name. */
int
analyze_name_initial(const struct analyze_ctx *ctx, size_t j, size_t lim)
{
	const struct analyze_tok	*t;

	if (j == 0 || j + 1 >= lim || !analyze_tok_punct(ctx, (long)j, '.'))
		return 0;
	t = &ctx->toks[j - 1];
	return t->kind == ANALYZE_TOK_WORD && t->end == t->start + 1 &&
	    (t->flags & ANALYZE_TOK_CAP) && j >= 2 &&
	    analyze_name_word(ctx, j - 2) && analyze_name_word(ctx, j + 1) &&
	    ctx->toks[j + 1].sent == t->sent;
}

/* The run of name words from i; returns its end (exclusive). */
size_t
analyze_name_run(const struct analyze_ctx *ctx, size_t i, size_t lim)
{
	size_t	j = i;

	while (j < lim && ctx->toks[j].sent == ctx->toks[i].sent) {
		if (analyze_name_word(ctx, j))
			j++;
		else if (analyze_name_initial(ctx, j, lim))
			j++;
		else if (j > i && j + 1 < lim &&
		    analyze_name_particle(ctx->toks[j].lower) &&
		    analyze_name_word(ctx, j + 1))
			j++;
		else
			break;
	}
	while (j > i && !analyze_name_word(ctx, j - 1))
		j--;
	return j;
}

/* The text of tokens a..b-1 as written (one space between words). */
char *
analyze_toks_text(const struct analyze_ctx *ctx, size_t a, size_t b)
{
	if (b <= a)
		return xstrdup("");
	return xstrndup(ctx->text + ctx->toks[a].start,
	    ctx->toks[b - 1].end - ctx->toks[a].start);
}

/* Role words and their adjectives right before token i ("der russische
 * Präsident Wladimir Putin"). */
static char *
analyze_names_role_before(const struct analyze_ctx *ctx, size_t i)
{
	size_t	a = i;
	int	role = 0;

	while (a > 0 && i - a < 4 && ctx->toks[a - 1].sent ==
	    ctx->toks[i].sent && ctx->toks[a - 1].kind == ANALYZE_TOK_WORD) {
		const char *w = ctx->toks[a - 1].lower;

		if (ANALYZE_TOK_IS_ROLE(ctx, a - 1))
			role = 1;
		else if (!role || (ctx->toks[a - 1].flags & ANALYZE_TOK_CAP) ||
		    analyze_word_det(w) || analyze_word_prep(w) ||
		    analyze_word_speech_verb(w))
			break;
		a--;
	}
	if (!role || !ANALYZE_TOK_IS_ROLE(ctx, i - 1))
		return NULL;
	return analyze_toks_text(ctx, a, i);
}

/* "Halima Jouini sagte": a first word in no word list before another
 * capitalised word may be a first name, written once. */
static int
analyze_names_first_of_two(const struct analyze_ctx *ctx, size_t i)
{
	return ctx->toks[i].words == 0 && i + 1 < ctx->ntoks &&
	    ctx->toks[i + 1].kind == ANALYZE_TOK_WORD &&
	    (ctx->toks[i + 1].flags & ANALYZE_TOK_CAP) &&
	    !(ctx->toks[i + 1].flags & ANALYZE_TOK_ROLE);
}

/*
 * German capitalises nouns and names everywhere but any word at a
 * sentence's start. A first word that the article never writes with a
 * capital elsewhere ("Dennoch", "Besorgt", "Unterdessen") is an adverb or
 * an adjective there, no name and no speaker: it is flagged POSCAP and
 * kept out of names. One pass fills a set of the words capitalised
 * mid-sentence, a second looks the first words up.
 */
static void
analyze_names_mark_positional(struct analyze_ctx *ctx)
{
	const char	**set;
	size_t		  cap = 64, i, h;

	while (cap < 2 * ctx->ntoks)
		cap *= 2;
	set = xcalloc(cap, sizeof *set);
	for (i = 0; i < ctx->ntoks; i++) {
		const struct analyze_tok *t = &ctx->toks[i];

		if (t->kind != ANALYZE_TOK_WORD || !(t->flags &
		    ANALYZE_TOK_CAP) || analyze_names_first_word(ctx, i))
			continue;
		h = analyze_names_hash(t->lower) & (cap - 1);
		while (set[h] != NULL && strcmp(set[h], t->lower) != 0)
			h = (h + 1) & (cap - 1);
		set[h] = t->lower;
	}
	for (i = 0; i < ctx->ntoks; i++) {
		struct analyze_tok *t = &ctx->toks[i];

		/* After an opening mark only the set is left alone: the
		 * mark may hold a name ("die Agentur „Xinhua“"). */
		if (t->kind != ANALYZE_TOK_WORD || !(t->flags &
		    ANALYZE_TOK_CAP) || (!(t->flags & ANALYZE_TOK_SENT) &&
		    !analyze_tok_punct(ctx, (long)i - 1, ':')) ||
		    (t->flags & ANALYZE_TOK_ROLE) ||
		    (t->words & ANALYZE_W_GROUP))
			continue;
		h = analyze_names_hash(t->lower) & (cap - 1);
		while (set[h] != NULL && strcmp(set[h], t->lower) != 0)
			h = (h + 1) & (cap - 1);
		if (set[h] == NULL && !analyze_names_first_of_two(ctx, i))
			t->flags |= ANALYZE_TOK_POSCAP | ANALYZE_TOK_NOTNAME;
	}
	free(set);
}

void
analyze_names_collect(struct analyze_ctx *ctx)
{
	struct analyze_names	*nm = xcalloc(1, sizeof *nm);
	size_t			 i = 0, j, k;

	ctx->names = nm;
	analyze_names_mark_positional(ctx);
	while (i < ctx->ntoks) {
		j = analyze_name_run(ctx, i, ctx->ntoks);
		if (j <= i) {
			i++;
			continue;
		}
		if (j - i >= 2 && j - i <= 5) {
			struct analyze_name *n;

			nm->v = xreallocarray(nm->v, nm->n + 1, sizeof *nm->v);
			n = &nm->v[nm->n];
			n->full = analyze_toks_text(ctx, i, j);
			n->role = analyze_names_role_before(ctx, i);
			for (k = i; k < j; k++)
				if (!analyze_name_particle(ctx->toks[k].lower))
					analyze_names_put(nm, ctx->toks[k].lower,
					    nm->n, k + 1 == j);
			nm->n++;
		}
		i = j;
	}
}

/* Are a and b one edit apart (bytes; both at least four long)? */
static int
analyze_names_one_edit(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b), i = 0;

	if (la < 4 || lb < 4 || la > lb + 1 || lb > la + 1)
		return 0;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return strcmp(a + i + 1, b + i + 1) == 0 ||
		    (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
		    strcmp(a + i + 2, b + i + 2) == 0);
	if (la > lb)
		return strcmp(a + i + 1, b + i) == 0;
	return strcmp(a + i, b + i + 1) == 0;
}

/*
 * The full name for a name as written (its last word `lower`), and that
 * person's role, or NULL when the article gives no fuller name.
 */
const char *
analyze_names_resolve(const struct analyze_ctx *ctx, const char *lower,
    const char **role)
{
	const struct analyze_names	*nm = ctx->names;
	long				 i;
	size_t				 h;
	int				 last = 0;

	*role = NULL;
	if (nm == NULL)
		return NULL;
	i = analyze_names_find(nm, lower, &last);
	for (h = 0; i < 0 && h < nm->nsur; h++)
		if (analyze_names_one_edit(nm->sur[h], lower))
			i = (long)nm->suridx[h];
	if (i < 0)
		return NULL;
	*role = nm->v[i].role;
	return nm->v[i].full;
}
