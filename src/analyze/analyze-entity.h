/*
 * analyze-entity.h: what analyze-entity.c (tagging blocks, adding to the
 * document) and analyze-entity-link.c (the article-level pass) share.
 */
#ifndef MARGINALIA_ANALYZE_ENTITY_H
#define MARGINALIA_ANALYZE_ENTITY_H

#include <stddef.h>

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
};

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
 * "sagte er": adds the pronoun at start..end (canonical code points, text
 * copied) as a mention of the entity quote qid's speaker links to, once,
 * when near (the speaker spoke just before) and the pronoun fits the
 * entity's type. A person's pronoun whose speaker links to no entity
 * replaces that speaker.
 */
void	analyze_entities_pronoun_add(struct doc *doc, int qid, size_t start,
	    size_t end, const char *text, int near);

#endif
