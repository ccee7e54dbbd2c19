/*
 * analyze-entity.h: what analyze-entity.c (tagging blocks, adding to the
 * document) and analyze-entity-link.c (the article-level pass) share.
 */
#ifndef MARGINALIA_ANALYZE_ENTITY_H
#define MARGINALIA_ANALYZE_ENTITY_H

#include <stddef.h>
#include <stdint.h>

#include "analyze-ner.h"

struct doc;

/* A tagged span of a block, in bytes of its text. */
struct analyze_entity_mention {
	size_t		 block;
	size_t		 start;
	size_t		 end;
	size_t		 ntok;
	int		 type;		/* enum doc_entity_type */
	int		 first;		/* begins a sentence */
	int		 titled;	/* English: a title before it */
	int		 group;		/* index into groups, or -1 */
	unsigned	 lex;		/* of the last token */
	unsigned	 lexs;
	unsigned	 lex0;		/* of the first token */
	char		*name;		/* folded: "Russlands" -> Russland */
};

/* Mentions of one name; merged groups point at their root. */
struct analyze_entity_group {
	char		*name;
	int		 type;
	int		 parent;	/* -1 for a root */
	int		 id;		/* doc entity id, while adding */
	size_t		 ntok;
	size_t		 nment;
	int		 votes[4];
	int		 placeish;	/* the gazetteer knows a place */
	int		 headcommon;	/* first word a common noun */
	int		 titled;	/* mentions with a title before */
};

/* Hashes of strings to indexes (analyze-entity-index.c): add, sort once,
 * then find; a hit is a candidate whose string the caller compares. */
struct analyze_entity_index_entry {
	uint32_t	 hash;
	size_t		 value;
};

struct analyze_entity_index {
	struct analyze_entity_index_entry	*e;
	size_t					 n;
	size_t					 cap;
};

void	analyze_entity_index_add(struct analyze_entity_index *ix,
	    const char *s, size_t len, size_t value);
/* The same with a key the caller has hashed already. */
void	analyze_entity_index_add_hash(struct analyze_entity_index *ix,
	    uint32_t h, size_t value);
void	analyze_entity_index_sort(struct analyze_entity_index *ix);
/* The range [first, *end) of entries whose hash is that of s[0..len). */
size_t	analyze_entity_index_find(const struct analyze_entity_index *ix,
	    const char *s, size_t len, size_t *end);
/* The first entry whose hash is at least h (ix->n when none). */
size_t	analyze_entity_index_lower(const struct analyze_entity_index *ix,
	    uint32_t h);
void	analyze_entity_index_clear(struct analyze_entity_index *ix);

struct analyze_entity_set {
	struct doc			 *doc;
	enum analyze_ner_lang		  lang;
	struct analyze_entity_mention	 *m;
	size_t				  n;
	size_t				  cap;
	struct analyze_entity_group	 *groups;
	size_t				  ngroups;
	struct analyze_ner_tok		**btoks;	/* per block */
	size_t				 *bntoks;
};

/* The article-level pass: folds, groups, links surnames and misspellings,
 * finds untagged repeats of names, and settles each group's type. */
void	analyze_entity_link(struct analyze_entity_set *set);
int	analyze_entity_group_root(struct analyze_entity_set *set, int g);
/* Where mention m's last word starts (bytes into its block's text). */
size_t	analyze_entity_surname_from(const struct analyze_entity_set *set,
	    const struct analyze_entity_mention *m);
/* Merges root group b into root group a; a keeps its type. */
void	analyze_entity_group_merge(struct analyze_entity_set *set, int a,
	    int b);
/* English: an acronym joins the only name of the article whose
 * capitalised words' initials it is ("ICC" -> International Criminal
 * Court), taking its type. */
void	analyze_entity_en_acronyms_link(struct analyze_entity_set *set);
/* Step 4 of the pass: adds the untagged repeats of every name. */
void	analyze_entity_repeats_find(struct analyze_entity_set *set);
void	analyze_entity_set_clear(struct analyze_entity_set *set);
/*
 * Repairs the tags of one block's tokens (analyze-entity-span.c) for name
 * shapes the tagger misses: hyphenated names with a head noun,
 * capitalised adjectives before a head, "X of Y" in English.
 */
void	analyze_entity_spans_fix(const struct analyze_ner_model *model,
	    enum analyze_ner_lang lang, const char *text,
	    const struct analyze_ner_tok *toks, size_t n, int *tags);

/*
 * English mention repairs (analyze-entity-en.c) for toks[*ap..*bp) of
 * text (toks[0..n) the block's tokens) tagged *type: may narrow the
 * range (titles cut off), change the type and set *titled when a title
 * stands before a person. Returns 0
 * when the mention is no entity (titles alone, nationality adjectives).
 */
int	analyze_entity_en_fix(const struct analyze_ner_model *model,
	    const char *text, const struct analyze_ner_tok *toks, size_t n,
	    size_t *ap, size_t *bp, int *type, int *titled);

/* Adds the entities of credit lines and byline, which have no mentions
 * (analyze-entity-meta.c). */
void	analyze_entity_meta_add(struct doc *doc);

/* English: whether a token is an institution English names with a common
 * word ("Congress", "Senate") and capitalises mid-sentence. */
int	analyze_entity_en_institution_is(const char *text,
	    const struct analyze_ner_tok *t);

/*
 * Whether toks[a..b) of text, all nationality words, stand before a word
 * they qualify ("Russian leaders", "Arab Israeli voters"): an adjective,
 * no entity. A nationality word alone is a noun ("in English", "the
 * Swiss"), which CoNLL tags MISC.
 */
int	analyze_entity_en_adjective(const struct analyze_ner_model *model,
	    const char *text, const struct analyze_ner_tok *toks, size_t n,
	    size_t a, size_t b);

/*
 * "sagte er": adds the pronoun at start..end (canonical code points, text
 * copied) as a mention of the entity quote qid's speaker links to, once,
 * when near (the speaker spoke just before) and the pronoun fits the
 * entity's type. A person's pronoun whose speaker links to no entity
 * replaces that speaker.
 */
void	analyze_entities_pronoun_add(struct doc *doc, int qid, size_t start,
	    size_t end, const char *text, int near);

/* The document's language: its metadata, else its function words. */
enum analyze_ner_lang analyze_entity_lang_pick(const struct doc *doc);

/* analyze_entities() in a language picked already: analyze_document()
 * detects it once for both passes, since detection reads the whole text
 * (about as costly as the quote pass's tokenizer). */
void	analyze_entities_lang(struct doc *doc, enum analyze_ner_lang lang);

#endif
