/*
 * analyze-int.h: what the files of src/analyze/ share. Not public; the
 * module's interface is include/analyze.h.
 *
 * The work happens on the canonical text (doc->text, blocks joined by a
 * blank line) so quotes may cross paragraphs. Offsets here are bytes into
 * that text; analyze.c turns them into code points once, at the end.
 */
#ifndef MARGINALIA_ANALYZE_INT_H
#define MARGINALIA_ANALYZE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "analyze.h"

struct doc;
struct analyze_np;

enum analyze_tok_kind {
	ANALYZE_TOK_WORD,
	ANALYZE_TOK_NUM,
	ANALYZE_TOK_PUNCT,
	ANALYZE_TOK_QUOTE,	/* a quotation mark (paired or not) */
};

#define ANALYZE_TOK_CAP		0x01	/* starts with an upper-case letter */
#define ANALYZE_TOK_INQ		0x02	/* inside a direct quote */
#define ANALYZE_TOK_SENT	0x04	/* first token of its sentence */
#define ANALYZE_TOK_ROLE	0x08	/* a role noun (looked up once) */
#define ANALYZE_TOK_NOTNAME	0x10	/* a function word or group noun */
#define ANALYZE_TOK_POSCAP	0x20	/* capitalised only as a sentence's
					   first word ("Dennoch", "Besorgt") */
#define ANALYZE_TOK_NAMEQ	0x40	/* a mark around a name or title */
#define ANALYZE_TOK_IS_ROLE(ctx, i) ((ctx)->toks[i].flags & ANALYZE_TOK_ROLE)

struct analyze_tok {
	enum analyze_tok_kind	 kind;
	int			 flags;
	size_t			 start;	/* bytes into the text, end exclusive */
	size_t			 end;
	const char		*lower;	/* lower-case copy, in the arena */
	unsigned		 words;	/* ANALYZE_W_* lists holding it */
	int32_t			 cp;	/* punctuation and marks: the char */
	size_t			 sent;	/* sentence index */
};

/* A pair of quotation marks: open..close are the marks' byte offsets,
 * the text between them is the quote. Top-level pairs only (depth 0). */
struct analyze_mark {
	size_t	open;
	size_t	open_end;	/* first byte after the opening mark */
	size_t	close;		/* byte of the closing mark */
	size_t	close_end;
	int	used;
};

struct analyze_sent {
	size_t	 start;		/* bytes into the text */
	size_t	 end;
	size_t	 block;
	size_t	 tok0;		/* tokens tok0 .. tok1-1 */
	size_t	 tok1;
};

/* A message found: a direct quote or a stretch of indirect speech. */
struct analyze_msg {
	int	 indirect;
	size_t	 start;		/* bytes, end exclusive */
	size_t	 end;
	size_t	 sent;		/* first sentence */
	size_t	 sent_last;
	/* attribution, -1 when none: tokens of the speaker phrase */
	long	 spk0, spk1;
	long	 cue;		/* the cue token */
	long	 role0, role1;	/* tokens of a role phrase */
	int	 context;	/* speaker from the neighbourhood */
	long	 pron;		/* "sagte er": the pronoun token that stood
				   for the speaker, or -1 */
	int	 pron_far;	/* the speaker spoke sentences before */
	int	 qid;		/* the doc quote added for it, or -1 */
	int	 dropped;
	char	*speaker;	/* resolved, owned */
	char	*role;		/* owned */
	char	*cuetext;	/* owned */
};

/* Everything one run over a document shares. */
struct analyze_ctx {
	const char		*text;
	size_t			 len;
	struct analyze_tok	*toks;
	size_t			 ntoks;
	struct analyze_sent	*sents;
	size_t			 nsents;
	struct analyze_mark	*marks;
	size_t			 nmarks;
	struct analyze_msg	*msgs;
	size_t			 nmsgs;
	char			*arena;	/* lower-case copies of the words */
	size_t			 arena_len;
	struct analyze_names	*names;
	int			 english;	/* English frames and roles */
};

/* analyze-token.c */
void	 analyze_ctx_tokenize(struct analyze_ctx *ctx);
int	 analyze_tok_is(const struct analyze_ctx *, long i, const char *lower);
int	 analyze_tok_punct(const struct analyze_ctx *, long i, int32_t cp);
int	 analyze_cp_is_upper(int32_t cp);
int	 analyze_cp_is_alpha(int32_t cp);

/* analyze-mark.c */
void	 analyze_marks_find(struct analyze_ctx *ctx,
	    const size_t *block_start, size_t nblocks);
int32_t	 analyze_mark_kind(int32_t cp);
void	 analyze_marks_select(struct analyze_ctx *ctx);
int	 analyze_frame_direct(const struct analyze_ctx *ctx,
	    const struct analyze_msg *m, struct analyze_np *np, long *cue);

/* analyze-words.c: word tables, all keys lower case. Each list has a bit,
 * so a token's lists are looked up once (analyze_tok.words). */
#define ANALYZE_W_SPEECH	(1u << 1)
#define ANALYZE_W_WEAK		(1u << 2)
#define ANALYZE_W_KONJ1		(1u << 3)
#define ANALYZE_W_KONJ2		(1u << 4)
#define ANALYZE_W_ROLE		(1u << 5)
#define ANALYZE_W_NONNAME	(1u << 10)
#define ANALYZE_W_GROUP		(1u << 11)
#define ANALYZE_W_MARKER	(1u << 13)
#define ANALYZE_W_SOURCE	(1u << 14)
#define ANALYZE_W_POSSESSIVE	(1u << 15)
#define ANALYZE_W_IS_SPEECH(w) \
	(((w) & (ANALYZE_W_SPEECH | ANALYZE_W_WEAK)) == ANALYZE_W_SPEECH)
unsigned analyze_word_lists(const char *lower);
int	 analyze_word_abbrev(const char *lower, size_t len);
int	 analyze_word_speech_verb(const char *lower);
int	 analyze_word_konj1(const char *lower);
int	 analyze_word_konj2(const char *lower);
int	 analyze_word_role(const char *lower);
int	 analyze_word_role_inflected(const char *lower);
int	 analyze_word_det(const char *lower);
int	 analyze_word_pronoun(const char *lower);
int	 analyze_word_skip(const char *lower);
int	 analyze_word_prep(const char *lower);
int	 analyze_word_nonname(const char *lower);
int	 analyze_word_group(const char *lower);
int	 analyze_word_person(const char *lower);
int	 analyze_word_source(const char *lower);

/* analyze-source.c: the facts of one sentence for the message finder */
struct analyze_sfacts {
	size_t	t0, t1;		/* tokens */
	long	cue;		/* first speech verb outside quotes */
	long	konj1, konj2;	/* counts outside quotes */
	long	outside;	/* word tokens outside quotes */
	long	inside;
	long	marker;		/* laut / zufolge / angaben / according */
	long	marker_np;	/* where the source phrase starts */
};
int	 analyze_sfacts_out(const struct analyze_tok *t);
void	 analyze_sfacts_get(const struct analyze_ctx *, size_t si,
	    struct analyze_sfacts *f);
/* The source phrase of f's marker into m->spk0 .. m->spk1. */
void	 analyze_marker_np(const struct analyze_ctx *,
	    const struct analyze_sfacts *f, struct analyze_msg *m);

/* analyze-indirect.c */
void	 analyze_msgs_find(struct analyze_ctx *ctx);
int	 analyze_tok_impersonal(const struct analyze_ctx *, long t);
struct analyze_msg *analyze_msg_new(struct analyze_ctx *ctx, int indirect,
	    size_t start, size_t end, size_t si);

/* analyze-names.c */
int	 analyze_name_word(const struct analyze_ctx *, size_t i);
int	 analyze_name_initial(const struct analyze_ctx *, size_t j,
	    size_t lim);
size_t	 analyze_name_run(const struct analyze_ctx *, size_t i, size_t lim);
char	*analyze_toks_text(const struct analyze_ctx *, size_t a, size_t b);
const char *analyze_names_resolve(const struct analyze_ctx *,
	    const char *lower, const char **role);

/* A speaker phrase: tokens a..b-1, and the name and role inside it
 * (-1 when none). */
struct analyze_np {
	long	a, b;
	long	name0, name1;
	long	role0, role1;
	int	pronoun;
};

/* analyze-phrase.c: reading speaker phrases */
int	 analyze_np_word(const struct analyze_ctx *, long i, long lim);
int	 analyze_np_after(const struct analyze_ctx *, long i, long lim,
	    struct analyze_np *np);
int	 analyze_np_around(const struct analyze_ctx *, long cue, long lim,
	    struct analyze_np *np);
void	 analyze_np_inner(const struct analyze_ctx *, struct analyze_np *np);
int	 analyze_np_article_first(const struct analyze_ctx *, long a,
	    long cue);

/* analyze-speaker.c */
void	 analyze_names_collect(struct analyze_ctx *ctx);
void	 analyze_names_free(struct analyze_names *names);
void	 analyze_msgs_attribute(struct analyze_ctx *ctx);
void	 analyze_msg_add(struct analyze_ctx *ctx, const struct analyze_msg *m);

/* analyze-role-en.c: English frames and roles, for ctx->english only */
int	 analyze_en_frame_after(const struct analyze_ctx *, long i, long lim,
	    struct analyze_np *np, long *cue);
int	 analyze_en_group(const struct analyze_ctx *, long a, long b,
	    struct analyze_np *np);
long	 analyze_en_subject_start(const struct analyze_ctx *, long a,
	    long cue);
void	 analyze_en_role_before(const struct analyze_ctx *,
	    struct analyze_np *np);
void	 analyze_en_apposition(const struct analyze_ctx *,
	    struct analyze_np *np, long lim);
void	 analyze_en_roles_carry(struct analyze_ctx *ctx);
int	 analyze_en_same_block(const struct analyze_ctx *,
	    const struct analyze_msg *m, const struct analyze_msg *next);

/* analyze-subject.c */
int	 analyze_subject_common_noun(const struct analyze_ctx *, long i);
int	 analyze_subject_is_object(const struct analyze_ctx *,
	    const struct analyze_np *np, long cue);
int	 analyze_subject_fix(const struct analyze_ctx *, struct analyze_np *np,
	    long cue);
int	 analyze_subject_passive(const struct analyze_ctx *, long cue);

#endif
