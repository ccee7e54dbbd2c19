/*
 * ner-train.h: what the files of the entity-model trainer share
 * (tools/ner-train.c: corpus and perceptron; tools/ner-lexicon.c: the
 * Debian word lists and gazetteers; tools/ner-places.c: places no Debian
 * gazetteer has; tools/ner-names.c: first names of train/).
 */
#ifndef MARGINALIA_NER_TRAIN_H
#define MARGINALIA_NER_TRAIN_H

#include <stddef.h>
#include <stdint.h>

struct analyze_ner_tok;

struct ner_lexent {
	uint32_t	key;
	unsigned	bits;
};

/* Sorted by key, keys unique, once ner_lexicon_build() returns. */
struct ner_lexicon {
	struct ner_lexent	*e;
	size_t			 n;
	size_t			 cap;
};

/* Sorts lx by key and merges the bits of equal keys. */
void	ner_lexicon_finish(struct ner_lexicon *lx);
/* A perceptron weight set (tools/ner-train.c), open-addressed by key. */
struct ner_weights {
	uint32_t	*slot;		/* key per slot, 0 empty */
	uint32_t	*slotidx;
	size_t		 mask;
	size_t		 n;
	int32_t		*w;		/* n x 9 */
	int64_t		*tot;		/* sum of w over steps, lazily */
	int64_t		*ts;		/* step of the last change */
	uint32_t	*keyof;
	int64_t		 steps;		/* when training ended */
};

struct util_buf;
/* The model image (tools/ner-train-out.c): little-endian numbers, the
 * lexicon with its header, one weight set; returns its feature count. */
void	ner_out_u32(struct util_buf *b, uint32_t v);
void	ner_out_lexicon(struct util_buf *b, const struct ner_lexicon *lx);
size_t	ner_out_set(struct util_buf *b, const struct ner_weights *wt);

/* Reads a whole file; NULL when it cannot. Caller frees. */
unsigned char	*ner_file_read(const char *path, size_t *len);
/* Fills lx from the files under localedir and dictdir; -1 when one is
 * missing (lx then holds what could be read). */
int	ner_lexicon_build(struct ner_lexicon *lx, const char *localedir,
	    const char *dictdir);

/* Adds the places of tools/ner-places.c to lx through add (one name of
 * one to four words and its class bits). */
void	ner_places_add(struct ner_lexicon *lx, void (*add)(
	    struct ner_lexicon *, const char *, unsigned));

/* Adds the organisations of tools/ner-orgs.c, the same way. */
void	ner_orgs_add(struct ner_lexicon *lx, void (*add)(
	    struct ner_lexicon *, const char *, unsigned));
/* First names of the training corpus (tools/ner-names.c); names holds
 * (hash, sentence) pairs. Adds the first names of one sentence: */
void	ner_names_collect(struct ner_lexicon *names, const char *text,
	    const struct analyze_ner_tok *toks, const int *gold, size_t n,
	    unsigned sent);
/* Sorts names and adds each first name to lx as ANALYZE_NER_LEX_FIRST. */
void	ner_names_finish(struct ner_lexicon *names, struct ner_lexicon *lx);
/* Whether a sentence other than sent has the first name key. */
int	ner_names_elsewhere(const struct ner_lexicon *names, uint32_t key,
	    unsigned sent);

#endif
