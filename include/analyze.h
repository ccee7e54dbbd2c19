/*
 * analyze: what the text says about itself — sentences, quotes with their
 * speakers, roles and cues (DESIGN.md, "analyze"). Runs on a finished
 * document and only adds to it; it never prints and never fails on input.
 */
#ifndef MARGINALIA_ANALYZE_H
#define MARGINALIA_ANALYZE_H

#include <stddef.h>

struct doc;

/* A sentence as a byte range of the text it was found in, end exclusive,
 * without the white space around it. */
struct analyze_sentence {
	size_t	start;
	size_t	end;
};

/*
 * Splits text[0..len) (valid UTF-8) into sentences, German or English news
 * prose: abbreviations, ordinals and dates, initials, decimals and closing
 * quotation marks do not end a sentence. Stores a new array in *out that
 * the caller frees (NULL when there is none) and returns its length.
 */
size_t	analyze_sentences(const char *text, size_t len,
	    struct analyze_sentence **out);

/*
 * The whole analysis of a finished document (call after doc_finish()): its
 * named entities, then its quotes (direct and indirect) with speaker, role
 * and cue, then each speaker linked to its entity. Safe on any document,
 * including an empty one.
 */
void	analyze_document(struct doc *doc);

/*
 * Adds the document's named entities (person, place, organisation, other)
 * through doc_entity_add() and doc_entity_add_mention(): one entity per
 * name per document, inflected forms folded, surnames and near-misspellings
 * linked to the full name (docs/ner.md). German or English, by metadata
 * or function words. Call after doc_finish(), before the quotes.
 */
void	analyze_entities(struct doc *doc);

/*
 * Sets each quote's speaker_entity to the entity its speaker names (same
 * name or mention, or a person with the same last word); leaves -1 when
 * none does. Call after both analyze_entities() and the quotes.
 */
void	analyze_entities_link_speakers(struct doc *doc);

#endif
