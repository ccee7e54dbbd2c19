/*
 * analyze-ner.h: the entity tagger shared by src/analyze/analyze-ner*.c,
 * analyze-entity*.c, the training tool (tools/ner-train.c) and the unit
 * tests. Not public; the module's interface is include/analyze.h.
 *
 * A text is cut into tokens (byte ranges), every token gets a lexicon class
 * (gazetteers and word lists, looked up by hash) and a list of hashed
 * feature keys; an averaged perceptron scores the nine BIO tags and a
 * beam search picks one per token, the previous two tags being features
 * too. Two weight sets live in one model: "de" with word
 * features, "en" without them (trained on the same German data but only on
 * features that mean the same in English: shape, lexicon classes, mapped
 * function words).
 */
#ifndef MARGINALIA_ANALYZE_NER_H
#define MARGINALIA_ANALYZE_NER_H

#include <stddef.h>
#include <stdint.h>

/* Tags: 0 is O, then B and I of each type in enum doc_entity_type order. */
#define ANALYZE_NER_NTAGS	9
#define ANALYZE_NER_O		0
#define ANALYZE_NER_B(type)	(1 + 2 * (type))
#define ANALYZE_NER_I(type)	(2 + 2 * (type))
#define ANALYZE_NER_TYPE(tag)	(((tag) - 1) / 2)
#define ANALYZE_NER_IS_B(tag)	((tag) > 0 && ((tag) & 1) == 1)

/* Lexicon classes, one bit each. */
#define ANALYZE_NER_LEX_COUNTRY	0x0001	/* iso-codes 3166-1, en and de */
#define ANALYZE_NER_LEX_REGION	0x0002	/* iso-codes 3166-2 */
#define ANALYZE_NER_LEX_CITY	0x0004	/* libgeonames, en and de */
#define ANALYZE_NER_LEX_NAME	0x0008	/* capitalised-only in wamerican */
#define ANALYZE_NER_LEX_DEWORD	0x0010	/* in ngerman, as written */
#define ANALYZE_NER_LEX_ENLOW	0x0020	/* lower-case word of wamerican */
#define ANALYZE_NER_LEX_CUE	0x0040	/* a hand-written cue (below) */
#define ANALYZE_NER_LEX_MULTI	0x0080	/* a multi-word place name */
#define ANALYZE_NER_LEX_COMMON	0x0100	/* a common word of the language:
					 * DEWORD but no name in German,
					 * ENLOW in English (per token) */
#define ANALYZE_NER_LEX_DEMONYM	0x0200	/* English nationality or language
					 * word ("Japanese"): CoNLL's MISC */
#define ANALYZE_NER_LEX_PROD1	0x0400	/* a capitalised ngerman word that */
#define ANALYZE_NER_LEX_PROD2	0x0800	/* ends other nouns: 1-4 (PROD1),
					 * 5-19 (PROD2), 20+ (both) of them;
					 * common nouns head compounds, names
					 * seldom do */
#define ANALYZE_NER_LEX_DELOW	0x1000	/* its lower case is an ngerman word
					 * (adjective, verb): capitalised
					 * mid-sentence, part of a name */
#define ANALYZE_NER_LEX_FIRST	0x2000	/* a first name of a person in the
					 * training corpus */
#define ANALYZE_NER_LEX_ORG	0x4000	/* a well-known organisation
					 * (tools/ner-orgs.c) */
#define ANALYZE_NER_LEX_NBITS	15

/* Languages: which weight set and which cue words. */
enum analyze_ner_lang {
	ANALYZE_NER_DE,
	ANALYZE_NER_EN,
};

struct analyze_ner_tok {
	size_t		 start;		/* bytes into the text */
	size_t		 end;
	unsigned	 lex;		/* ANALYZE_NER_LEX_* of the form */
	unsigned	 lexs;		/* the same with a final s dropped */
	unsigned	 multi;		/* 1: begins, 2: continues a place */
	int		 cue;		/* ANALYZE_NER_CUE_*, or 0 */
	int		 shape;		/* ANALYZE_NER_SHAPE_* */
	int		 first;		/* first token of a sentence */
	int		 head;		/* ANALYZE_NER_CUE_ORG or _LOC: the
					 * class of its head noun, or 0 */
	unsigned	 hyphen;	/* 1: has an inner hyphen */
	uint32_t	 hlow;		/* hash of the lower-case form */
	uint32_t	 hword;		/* hash of the form as written */
	uint32_t	 hshape;	/* hash of the long shape */
};

enum analyze_ner_shape {
	ANALYZE_NER_SHAPE_LOWER,	/* haus */
	ANALYZE_NER_SHAPE_CAP,		/* Haus */
	ANALYZE_NER_SHAPE_UPPER,	/* UN, NATO */
	ANALYZE_NER_SHAPE_MIXED,	/* iPhone, McDonald */
	ANALYZE_NER_SHAPE_DIGIT,	/* 2014, 4:26 */
	ANALYZE_NER_SHAPE_PUNCT,	/* , . „ */
	ANALYZE_NER_SHAPE_OTHER,
};

/* Cue words: function words and heads, one class for both languages. */
enum analyze_ner_cue {
	ANALYZE_NER_CUE_NONE,
	ANALYZE_NER_CUE_ART,		/* der, the */
	ANALYZE_NER_CUE_IN,		/* in, im, at, near */
	ANALYZE_NER_CUE_FROM,		/* aus, from, nach, to */
	ANALYZE_NER_CUE_OF,		/* von, of, vom */
	ANALYZE_NER_CUE_AND,		/* und, and, oder, or */
	ANALYZE_NER_CUE_BY,		/* by, durch */
	ANALYZE_NER_CUE_TITLE,		/* Herr, Mr, Präsident, Dr */
	ANALYZE_NER_CUE_ORG,		/* Universität, University, AG */
	ANALYZE_NER_CUE_LOC,		/* Fluss, River, Straße */
	ANALYZE_NER_CUE_SAY,		/* sagte, said */
	ANALYZE_NER_CUE_PRON,		/* er, he, sie, she */
	ANALYZE_NER_CUE_OTHER,		/* other function words */
	ANALYZE_NER_CUE_TIME,		/* months and days: Juni, June */
	ANALYZE_NER_NCUES
};

/* Model: an opaque loaded weight set and lexicon. */
struct analyze_ner_model;

/*
 * Parses a model image (the format is described in analyze-ner-model.c).
 * Returns NULL when data is not a model. The image must outlive the model.
 */
struct analyze_ner_model *analyze_ner_model_parse(const unsigned char *data,
	    size_t len);
void	analyze_ner_model_free(struct analyze_ner_model *model);
/* The model linked into the library, loaded on first use; never freed. */
const struct analyze_ner_model *analyze_ner_model_builtin(void);
/* The lexicon classes of s[0..len) (one key), 0 when unknown. */
unsigned analyze_ner_model_lex(const struct analyze_ner_model *model,
	    uint32_t key);
/* Adds the weights of feature key for set lang to scores. */
void	analyze_ner_model_score(const struct analyze_ner_model *model,
	    enum analyze_ner_lang lang, uint32_t key, int32_t *scores);

/* Hashing: 32-bit FNV-1a, extended in steps. */
#define ANALYZE_NER_HASH_INIT	2166136261u
uint32_t analyze_ner_hash_add(uint32_t h, const char *s, size_t len);
uint32_t analyze_ner_hash_str(const char *s);
uint32_t analyze_ner_hash_lower(const char *s, size_t len);

/*
 * Cuts text[0..len) (valid UTF-8) into tokens: words with inner hyphens,
 * apostrophes and abbreviation dots, numbers, single punctuation marks; an
 * English "'s" is a token of its own. Stores a new array in *out (caller
 * frees) and returns its length. Only start, end and first are set.
 */
size_t	analyze_ner_tokenize(const char *text, size_t len,
	    struct analyze_ner_tok **out);
/* Fills the lexicon, shape, cue and hash fields of toks[0..n). */
void	analyze_ner_tokens_describe(const struct analyze_ner_model *model,
	    enum analyze_ner_lang lang, const char *text,
	    struct analyze_ner_tok *toks, size_t n);
/* The language of a text by function-word counts; German when unsure. */
enum analyze_ner_lang analyze_ner_lang_detect(const char *text, size_t len);
/* The cue class of a lower-case word. */
int	analyze_ner_cue_find(enum analyze_ner_lang lang, const char *lower,
	    size_t len);
/* The class of the head noun s[0..len) ends with ("Amur-Region": LOC),
 * ANALYZE_NER_CUE_ORG or ANALYZE_NER_CUE_LOC; 0 when none. */
int	analyze_ner_head_find(const char *s, size_t len);
/* Lower-cases one code point (Latin, Greek, Cyrillic); others unchanged. */
int32_t	analyze_ner_cp_lower(int32_t cp);
int	analyze_ner_cp_is_upper(int32_t cp);

/* Upper bound on the keys of one token's static features. */
#define ANALYZE_NER_MAXFEAT	64

/*
 * The static feature keys of token i (everything but the previous tags):
 * stores at most ANALYZE_NER_MAXFEAT keys in keys and returns how many.
 */
size_t	analyze_ner_features(enum analyze_ner_lang lang, const char *text,
	    const struct analyze_ner_tok *toks, size_t n, size_t i,
	    uint32_t *keys);
/* The keys that depend on the previous two tags; returns how many (≤ 4).
 * The first depends on the two tags alone and is the only one that
 * depends on prev2: the decoder keeps its weights by tags and sums the
 * others once per prev. */
size_t	analyze_ner_features_hist(enum analyze_ner_lang lang,
	    const struct analyze_ner_tok *toks, size_t i, int prev,
	    int prev2, uint32_t *keys);
/* Whether tag may follow prev under BIO. */
int	analyze_ner_tag_allowed(int prev, int tag);

/* Hypotheses the decoder keeps per token. */
#define ANALYZE_NER_BEAM	8

/* Adds the nine tag weights of a feature key to sc (the model's, or the
 * trainer's while it learns). */
typedef void (*analyze_ner_score_fn)(const void *arg, uint32_t key,
	    int32_t *sc);

/*
 * The best tags for toks[0..n) under score, by a beam search over the
 * BIO-valid sequences with the history features; writes them to tags.
 */
void	analyze_ner_decode(analyze_ner_score_fn score, const void *arg,
	    enum analyze_ner_lang lang, const char *text,
	    const struct analyze_ner_tok *toks, size_t n, int *tags);

/*
 * Tags toks[0..n) of text with a beam search; writes one tag per token to tags.
 * Returns nothing; a model of NULL tags everything O.
 */
void	analyze_ner_tag(const struct analyze_ner_model *model,
	    enum analyze_ner_lang lang, const char *text,
	    const struct analyze_ner_tok *toks, size_t n, int *tags);

#endif
