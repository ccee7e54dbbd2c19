/*
 * ner-train.h: what the two files of the entity-model trainer share
 * (tools/ner-train.c: corpus and perceptron; tools/ner-lexicon.c: the
 * Debian word lists and gazetteers).
 */
#ifndef MARGINALIA_NER_TRAIN_H
#define MARGINALIA_NER_TRAIN_H

#include <stddef.h>
#include <stdint.h>

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

/* Reads a whole file; NULL when it cannot. Caller frees. */
unsigned char	*ner_file_read(const char *path, size_t *len);
/* Fills lx from the files under localedir and dictdir; -1 when one is
 * missing (lx then holds what could be read). */
int	ner_lexicon_build(struct ner_lexicon *lx, const char *localedir,
	    const char *dictdir);

#endif
