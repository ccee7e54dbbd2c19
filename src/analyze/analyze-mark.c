/*
 * analyze-mark.c: pairs quotation marks over the canonical text. Double
 * marks in every common style — „…“ „…” “…” »…« «…» "…" — are paired with
 * a stack, so a quote may hold another ('Kalter Krieg' or »…« inside „…“);
 * only the outermost pairs are recorded. Single marks and apostrophes are
 * left alone: they nest inside double quotes in news text, and an
 * apostrophe ("Kim's", "geht's", wiki '' italics) is not a quote.
 *
 * Which way an ambiguous mark (" “ » «) faces is read from its neighbours:
 * space or an opening bracket before and a letter after opens, otherwise
 * it closes. A quote may run over paragraphs (long quotes, and corpora with
 * one sentence per paragraph); one still open after ANALYZE_MARK_SPAN
 * blocks is taken to end with its own paragraph and the scan resumes there,
 * so the work stays linear.
 *
 * Once the text is tokenised, analyze_marks_select() decides which pairs
 * hold speech (direct quotes) and which a title, a name or a scare quote:
 * the decision reads the quote's shape (length, final punctuation, "ich"
 * or "wir" inside) and its slot in the sentence, never its words.
 * analyze_frame_direct() then finds a chosen quote's frame: a cue right
 * after its close (", sagte X") or in the sentence before its open
 * ("X sagte: „…“"); analyze-phrase.c reads the speaker phrase.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"
#include "util.h"

#define ANALYZE_MARK_SPAN	12
#define ANALYZE_MARK_DEPTH	8
/* Words up to which a quote without final punctuation may be a title. */
#define ANALYZE_SHORT_QUOTE	6
/* Words up to which a capitalised one after a noun may be a title. */
#define ANALYZE_TITLE_QUOTE	15

/* Normalised mark classes. */
#define ANALYZE_MARK_LOW9	1	/* „ opens */
#define ANALYZE_MARK_LEFT	2	/* “ */
#define ANALYZE_MARK_RIGHT	3	/* ” */
#define ANALYZE_MARK_RAQUO	4	/* » */
#define ANALYZE_MARK_LAQUO	5	/* « */
#define ANALYZE_MARK_STRAIGHT	6	/* " */

int32_t
analyze_mark_kind(int32_t cp)
{
	switch (cp) {
	case 0x201E:
		return ANALYZE_MARK_LOW9;
	case 0x201C:
		return ANALYZE_MARK_LEFT;
	case 0x201D:
		return ANALYZE_MARK_RIGHT;
	case 0x00BB:
		return ANALYZE_MARK_RAQUO;
	case 0x00AB:
		return ANALYZE_MARK_LAQUO;
	case '"':
		return ANALYZE_MARK_STRAIGHT;
	}
	return 0;
}

struct analyze_mark_open {
	int	kind;
	size_t	pos;
	size_t	end;
	size_t	block;
};

struct analyze_mark_scan {
	struct analyze_ctx		*ctx;
	const size_t			*bstart;
	size_t				 nblocks;
	struct analyze_mark_open	 stack[ANALYZE_MARK_DEPTH];
	int				 depth;
};

static int
analyze_mark_space_before(const char *s, size_t pos)
{
	unsigned char	c;

	if (pos == 0)
		return 1;
	c = (unsigned char)s[pos - 1];
	return c == ' ' || c == '\n' || c == '(' || c == '[' || c == '/' ||
	    c == '-' || (pos >= 3 && (unsigned char)s[pos - 3] == 0xE2 &&
	    (unsigned char)s[pos - 2] == 0x80);	/* dashes */
}

static int
analyze_mark_word_after(const char *s, size_t len, size_t end)
{
	unsigned char	c;

	if (end >= len)
		return 0;
	c = (unsigned char)s[end];
	return !(c == ' ' || c == '\n' || c == ',' || c == '.' || c == ';' ||
	    c == ':' || c == ')' || c == '!' || c == '?');
}

/* Does a mark of class k, given its context, open a quote? */
static int
analyze_mark_opens(struct analyze_mark_scan *sc, int k, size_t pos,
    size_t end)
{
	const char	*s = sc->ctx->text;
	size_t		 len = sc->ctx->len;
	int		 before = analyze_mark_space_before(s, pos);
	int		 after = analyze_mark_word_after(s, len, end);

	switch (k) {
	case ANALYZE_MARK_LOW9:
		return 1;
	case ANALYZE_MARK_RIGHT:
		return 0;
	case ANALYZE_MARK_LEFT:
		if (sc->depth > 0 &&
		    sc->stack[sc->depth - 1].kind == ANALYZE_MARK_LOW9)
			return 0;
		return before && after;
	default:
		if (before && after)
			return 1;
		if (!before && !after)
			return 0;
		return before;
	}
}

/* Does a closing mark of class k end a quote opened with class o? */
static int
analyze_mark_pairs(int o, int k)
{
	switch (o) {
	case ANALYZE_MARK_LOW9:
		return k == ANALYZE_MARK_LEFT || k == ANALYZE_MARK_RIGHT;
	case ANALYZE_MARK_LEFT:
		return k == ANALYZE_MARK_RIGHT || k == ANALYZE_MARK_LEFT;
	case ANALYZE_MARK_RAQUO:
		return k == ANALYZE_MARK_LAQUO;
	case ANALYZE_MARK_LAQUO:
		return k == ANALYZE_MARK_RAQUO;
	case ANALYZE_MARK_STRAIGHT:
		return k == ANALYZE_MARK_STRAIGHT;
	}
	return 0;
}

static void
analyze_mark_record(struct analyze_ctx *ctx, size_t open, size_t open_end,
    size_t close, size_t close_end)
{
	struct analyze_mark	*m;

	ctx->marks = xreallocarray(ctx->marks, ctx->nmarks + 1,
	    sizeof *ctx->marks);
	m = &ctx->marks[ctx->nmarks++];
	m->open = open;
	m->open_end = open_end;
	m->close = close;
	m->close_end = close_end;
	m->used = 0;
}

/* The block holding byte pos; blocks are visited in order. */
static size_t
analyze_mark_block(struct analyze_mark_scan *sc, size_t pos, size_t hint)
{
	while (hint + 1 < sc->nblocks && sc->bstart[hint + 1] <= pos)
		hint++;
	return hint;
}

/* End of block b's text in bytes. */
static size_t
analyze_mark_block_end(struct analyze_mark_scan *sc, size_t b)
{
	if (b + 1 < sc->nblocks)
		return sc->bstart[b + 1] - 2;
	return sc->ctx->len;
}

/* Handles a closing mark; returns 1 when it closed something. */
static int
analyze_mark_close(struct analyze_mark_scan *sc, int k, size_t pos,
    size_t end)
{
	int	d;

	for (d = sc->depth - 1; d >= 0; d--)
		if (analyze_mark_pairs(sc->stack[d].kind, k))
			break;
	if (d < 0)
		return 0;
	if (d == 0)
		analyze_mark_record(sc->ctx, sc->stack[0].pos,
		    sc->stack[0].end, pos, end);
	sc->depth = d;
	return 1;
}

static void analyze_marks_scan(struct analyze_mark_scan *, size_t *,
    size_t *);

void
analyze_marks_find(struct analyze_ctx *ctx, const size_t *bstart,
    size_t nblocks)
{
	struct analyze_mark_scan	 sc;
	size_t				 pos = 0, b = 0, end;

	memset(&sc, 0, sizeof sc);
	sc.ctx = ctx;
	sc.bstart = bstart;
	sc.nblocks = nblocks;
	for (;;) {
		analyze_marks_scan(&sc, &pos, &b);
		if (sc.depth == 0)
			break;
		/* Unclosed at the end: it ends with its own paragraph, and
		 * what followed it is scanned again. */
		b = sc.stack[0].block;
		end = analyze_mark_block_end(&sc, b);
		analyze_mark_record(ctx, sc.stack[0].pos, sc.stack[0].end,
		    end, end);
		sc.depth = 0;
		if (b + 1 >= nblocks)
			break;
		pos = bstart[++b];
	}
}

/* Scans from *pos to the end of the text. */
static void
analyze_marks_scan(struct analyze_mark_scan *sc, size_t *ppos, size_t *pb)
{
	struct analyze_ctx	*ctx = sc->ctx;
	const size_t		*bstart = sc->bstart;
	size_t			 nblocks = sc->nblocks, pos = *ppos;
	size_t			 b = *pb, end;
	int32_t			 cp;
	int			 n, k;

	while (pos < ctx->len) {
		/* ASCII, most of the text, needs no decoder call. */
		if ((unsigned char)ctx->text[pos] < 0x80)
			n = 1, cp = (unsigned char)ctx->text[pos];
		else
			n = util_utf8_decode(ctx->text + pos,
			    ctx->len - pos, &cp);
		if (n < 1)
			n = 1, cp = 0;
		end = pos + (size_t)n;
		b = analyze_mark_block(sc, pos, b);
		/* A quote open too long ends with its own paragraph. */
		if (sc->depth > 0 &&
		    b >= sc->stack[0].block + ANALYZE_MARK_SPAN) {
			size_t ob = sc->stack[0].block;
			size_t be = analyze_mark_block_end(sc, ob);

			analyze_mark_record(ctx, sc->stack[0].pos,
			    sc->stack[0].end, be, be);
			sc->depth = 0;
			pos = ob + 1 < nblocks ? bstart[ob + 1] : ctx->len;
			b = ob + 1 < nblocks ? ob + 1 : ob;
			continue;
		}
		k = analyze_mark_kind(cp);
		if (k != 0) {
			if (analyze_mark_opens(sc, k, pos, end)) {
				if (sc->depth < ANALYZE_MARK_DEPTH) {
					sc->stack[sc->depth].kind = k;
					sc->stack[sc->depth].pos = pos;
					sc->stack[sc->depth].end = end;
					sc->stack[sc->depth].block = b;
					sc->depth++;
				}
			} else
				analyze_mark_close(sc, k, pos, end);
		}
		pos = end;
	}
	*ppos = pos;
	*pb = b;
}

/* What a quote pair holds: its words, and whether one is "ich"/"wir". */
struct analyze_qshape {
	size_t	words;
	int	person;
	long	before;		/* the token before the opening mark */
};

static void
analyze_mark_shape(const struct analyze_ctx *ctx, const struct analyze_mark *mk,
    size_t *t, struct analyze_qshape *qs)
{
	memset(qs, 0, sizeof *qs);
	while (*t < ctx->ntoks && ctx->toks[*t].start < mk->open_end)
		(*t)++;
	qs->before = (long)*t - 2;
	while (*t < ctx->ntoks && ctx->toks[*t].end <= mk->close) {
		if ((ctx->toks[*t].kind == ANALYZE_TOK_WORD ||
		    ctx->toks[*t].kind == ANALYZE_TOK_NUM)) {
			qs->words++;
			if (analyze_word_person(ctx->toks[*t].lower))
				qs->person = 1;
		}
		(*t)++;
	}
}

/* The sentence holding byte pos; sentences are in text order. */
static size_t
analyze_sent_at(const struct analyze_ctx *ctx, size_t pos, size_t hint)
{
	while (hint + 1 < ctx->nsents && ctx->sents[hint + 1].start <= pos)
		hint++;
	return hint;
}

/* Does the sentence around the quote hold a cue outside the quote? */
static int
analyze_mark_has_cue(const struct analyze_ctx *ctx, size_t s0, size_t s1)
{
	size_t	t;

	for (t = ctx->sents[s0].tok0; t < ctx->sents[s1].tok1; t++)
		if (!(ctx->toks[t].flags & ANALYZE_TOK_INQ) &&
		    ctx->toks[t].kind != ANALYZE_TOK_QUOTE &&
		    (analyze_word_speech_verb(ctx->toks[t].lower) ||
		    analyze_tok_is(ctx, (long)t, "so")))
			return 1;
	return 0;
}

/*
 * Does the quote stand where a clause ends: before a comma, a period, a
 * colon or the end of its paragraph? A title or a name in marks ("die
 * Zeitung „Die Welt“ berichtete") runs on into the sentence instead.
 */
static int
analyze_mark_ends_clause(const struct analyze_ctx *ctx,
    const struct analyze_mark *mk)
{
	size_t	p = mk->close_end;

	while (p < ctx->len && ctx->text[p] == ' ')
		p++;
	return p >= ctx->len || strchr(",.:;!?)\n", ctx->text[p]) != NULL;
}

/*
 * "“The market is calm,” said …": American style puts the comma that ends
 * the quoted clause inside the closing mark. A title may carry one too
 * ("the film “Jaws,” which …"), but titles are rarely three words or more.
 */
static int
analyze_mark_en_comma(const struct analyze_ctx *ctx,
    const struct analyze_mark *mk, const struct analyze_qshape *qs)
{
	return ctx->english && qs->words >= 3 && mk->close > mk->open_end &&
	    ctx->text[mk->close - 1] == ',';
}

/* The first character of the quote (0 when it is not valid UTF-8). */
static int32_t
analyze_mark_first_cp(const struct analyze_ctx *ctx,
    const struct analyze_mark *mk)
{
	int32_t	cp;

	if (util_utf8_decode(ctx->text + mk->open_end,
	    mk->close - mk->open_end, &cp) < 1)
		return 0;
	return cp;
}

/*
 * A quote without final punctuation that reads as a name: short and
 * running on into the sentence, or capitalised in a noun's slot right
 * after a word ("die Zeitung „Die Welt“", "den Titel „Wege aus …“").
 * Speech fills a clause: it follows a colon, a sentence start or "als".
 */
static int
analyze_mark_is_title(const struct analyze_ctx *ctx,
    const struct analyze_mark *mk, const struct analyze_qshape *qs)
{
	const struct analyze_tok	*b;

	if (qs->words <= ANALYZE_SHORT_QUOTE &&
	    !analyze_mark_ends_clause(ctx, mk) &&
	    !analyze_mark_en_comma(ctx, mk, qs))
		return 1;
	if (qs->words > ANALYZE_TITLE_QUOTE || qs->before < 0)
		return 0;
	b = &ctx->toks[qs->before];
	return b->kind == ANALYZE_TOK_WORD && b->end + 1 >= mk->open &&
	    analyze_cp_is_upper(analyze_mark_first_cp(ctx, mk)) &&
	    strcmp(b->lower, "als") != 0;
}

/*
 * A pair that holds a name or a title is part of its sentence: its words
 * count as outside any quote, and its marks are flagged NAMEQ so that a
 * speaker phrase runs through them ("die Nachrichtenagentur „Xinhua“").
 */
static void
analyze_mark_unquote(struct analyze_ctx *ctx, const struct analyze_mark *mk,
    const struct analyze_qshape *qs)
{
	size_t	t = qs->before >= 0 ? (size_t)qs->before + 1 : 0;

	for (; t < ctx->ntoks && ctx->toks[t].start < mk->close_end; t++) {
		if (ctx->toks[t].start < mk->open)
			continue;
		ctx->toks[t].flags &= ~ANALYZE_TOK_INQ;
		if (ctx->toks[t].kind == ANALYZE_TOK_QUOTE)
			ctx->toks[t].flags |= ANALYZE_TOK_NAMEQ;
	}
}

/*
 * Direct quotes: quote pairs long enough, or short ones with a cue. A
 * short one (a handful of words, no final punctuation) is a title, a
 * name or a scare quote unless it closes a clause and its sentence has a
 * cue; a reader wants what people said, not what things are called.
 */
void
analyze_marks_select(struct analyze_ctx *ctx)
{
	struct analyze_qshape	 qs;
	size_t			 i, t = 0, s0 = 0, s1 = 0, words;

	for (i = 0; i < ctx->nmarks; i++) {
		struct analyze_mark *mk = &ctx->marks[i];
		const char *last;
		int ends;

		if (mk->close <= mk->open_end)
			continue;
		analyze_mark_shape(ctx, mk, &t, &qs);
		words = qs.words;
		last = ctx->text + mk->close - 1;
		ends = *last == '.' || *last == '!' || *last == '?';
		s0 = analyze_sent_at(ctx, mk->open, s0);
		s1 = analyze_sent_at(ctx, mk->close, s0);
		if (words < 1)
			continue;
		if (words < 4 && !ends && !qs.person && !(words >= 2 &&
		    analyze_mark_has_cue(ctx, s0, s1))) {
			analyze_mark_unquote(ctx, mk, &qs);
			continue;
		}
		if (!ends && !qs.person &&
		    analyze_mark_is_title(ctx, mk, &qs)) {
			analyze_mark_unquote(ctx, mk, &qs);
			continue;
		}
		mk->used = 1;
		analyze_msg_new(ctx, 0, mk->open_end, mk->close, s0)
		    ->sent_last = s1;
	}
}

/* The token at or after byte pos (binary search). */
static long
analyze_tok_at(const struct analyze_ctx *ctx, size_t pos)
{
	size_t	lo = 0, hi = ctx->ntoks;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (ctx->toks[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (long)lo;
}

/* A frame for a direct quote: after its close, or before its open. */
int
analyze_frame_direct(const struct analyze_ctx *ctx,
    const struct analyze_msg *m, struct analyze_np *np, long *cue)
{
	long	tc = analyze_tok_at(ctx, m->end), to, i, lim, s0;

	/* After: [, ] cue NP / [, ] NP cue (English). */
	if (tc < (long)ctx->ntoks) {
		size_t si = ctx->toks[tc].sent;

		lim = (long)ctx->sents[si].tok1;
		i = tc + 1;
		while (i < lim && ctx->toks[i].kind == ANALYZE_TOK_PUNCT &&
		    (ctx->toks[i].cp == ',' || ctx->toks[i].cp == '!' ||
		    ctx->toks[i].cp == '?'))
			i++;
		if (analyze_np_word(ctx, i, lim) &&
		    (analyze_word_speech_verb(ctx->toks[i].lower) ||
		    analyze_tok_is(ctx, i, "so") ||
		    analyze_tok_is(ctx, i, "meint") ||
		    analyze_tok_is(ctx, i, "fragte")) &&
		    analyze_np_after(ctx, i + 1, lim, np)) {
			*cue = i;
			return 1;
		}
		for (s0 = i; s0 < lim && s0 < i + 6; s0++)
			if (analyze_word_speech_verb(ctx->toks[s0].lower) &&
			    !(ctx->toks[s0].flags & ANALYZE_TOK_CAP) &&
			    s0 > i && analyze_np_after(ctx, i, s0, np)) {
				*cue = s0;
				return 1;
			}
		if (ctx->english &&
		    analyze_en_frame_after(ctx, i, lim, np, cue))
			return 1;
	}
	/* Before: a cue in the sentence before the opening mark. */
	to = analyze_tok_at(ctx, m->start) - 1;
	if (to < 0 || to >= (long)ctx->ntoks)
		return 0;
	s0 = (long)ctx->sents[ctx->toks[to].sent].tok0;
	/* The frame may end the sentence before: "X sagte: ¶ „…“". */
	if (to == s0 && s0 > 0 && analyze_tok_punct(ctx, s0 - 1, ':')) {
		to = s0 - 1;
		s0 = (long)ctx->sents[ctx->toks[to].sent].tok0;
	}
	for (i = to - 1; i >= s0; i--) {
		if (ctx->toks[i].flags & ANALYZE_TOK_INQ)
			break;
		if (analyze_np_word(ctx, i, to) &&
		    analyze_word_speech_verb(ctx->toks[i].lower) &&
		    analyze_np_around(ctx, i, to, np)) {
			*cue = i;
			return 1;
		}
	}
	/* "Der Sportler gab bekannt: „…“": the subject before a colon. */
	if (analyze_tok_punct(ctx, to, ':') && !analyze_word_prep(
	    ctx->toks[s0].lower) && analyze_np_after(ctx, s0, to, np) &&
	    np->a == s0 && (np->name0 >= 0 || np->role0 >= 0 ||
	    np->pronoun)) {
		*cue = -1;
		return 1;
	}
	return 0;
}
