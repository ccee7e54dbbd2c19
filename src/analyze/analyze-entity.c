/*
 * analyze-entity.c: entities of a document. Each block is tokenised and
 * tagged (analyze-ner-*.c); the tagged spans become mentions, and the
 * article-level pass in analyze-entity-link.c groups them into one entity
 * per name before they are added to the document.
 *
 * Invariants: the document is finished (doc_finish()), so block offsets
 * are valid; mention offsets are canonical-text code points; a mention
 * never starts or ends with punctuation and never is a lower-case word
 * alone (adjectives such as "russische" are not entities).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze.h"
#include "doc.h"
#include "util.h"
#include "analyze-ner.h"
#include "analyze-entity.h"

/* The language of the document: its metadata, else function words. */
enum analyze_ner_lang
analyze_entity_lang_pick(const struct doc *doc)
{
	const char	*l = doc->meta.language;
	size_t		 len = doc->text_len;

	if (l != NULL && strncmp(l, "en", 2) == 0)
		return ANALYZE_NER_EN;
	if (l != NULL && strncmp(l, "de", 2) == 0)
		return ANALYZE_NER_DE;
	if (len > 20000)
		len = 20000;
	return analyze_ner_lang_detect(doc->text, len);
}

/* Whether a token may begin or end a mention. */
static int
analyze_entity_tok_edge_ok(const struct analyze_ner_tok *t)
{
	return t->shape != ANALYZE_NER_SHAPE_PUNCT;
}

/* Whether a token is a title or profession before a name: a title cue, or
 * a common noun with the ending of one ("Politologe", "Präsident"). */
static int
analyze_entity_title_is(const char *text, const struct analyze_ner_tok *t)
{
	static const char *const ends[] = { "loge", "login", "ent", "entin",
	    "experte", "expertin", "sprecher", "sprecherin", "minister",
	    "ministerin", "forscher", "forscherin", "chef", "chefin", NULL };
	size_t	len = t->end - t->start, i, el;

	if (t->cue == ANALYZE_NER_CUE_TITLE)
		return 1;
	if (!(t->lex & ANALYZE_NER_LEX_COMMON))
		return 0;
	for (i = 0; ends[i] != NULL; i++) {
		el = strlen(ends[i]);
		if (len > el && memcmp(text + t->end - el, ends[i], el) == 0)
			return 1;
	}
	return 0;
}

/* Whether an English token is a common word that English capitalises in
 * titles and at sentence starts ("The", "Army", "June"), alone no name:
 * wamerican has its lower case and no gazetteer or name list has it. */
static int
analyze_entity_en_common_is(const struct analyze_ner_tok *t)
{
	return (t->lex & ANALYZE_NER_LEX_COMMON) && !(t->lex &
	    (ANALYZE_NER_LEX_COUNTRY | ANALYZE_NER_LEX_CITY |
	    ANALYZE_NER_LEX_REGION | ANALYZE_NER_LEX_NAME |
	    ANALYZE_NER_LEX_DEMONYM));
}

/* Whether a word tagged as a person alone is a place after all: a
 * country, or (German) a region, sea, river or continent that no name
 * list has as a first or last name ("Europa", "Europas", "Rhein"). The
 * English set sees no words, so any country name is a place; German
 * contexts are seen, but a one-word person is mostly a surname, and no
 * surname is a country or region. */
static int
analyze_entity_place_is(enum analyze_ner_lang lang,
    const struct analyze_ner_tok *t)
{
	unsigned	geo = ANALYZE_NER_LEX_COUNTRY | ANALYZE_NER_LEX_REGION;

	if (lang == ANALYZE_NER_EN)
		return (t->lex & ANALYZE_NER_LEX_COUNTRY) != 0;
	return ((t->lex | t->lexs) & geo) &&
	    !((t->lex | t->lexs) & ANALYZE_NER_LEX_FIRST);
}

static void
analyze_entity_mention_push(struct analyze_entity_set *set, size_t block,
    const struct analyze_ner_tok *toks, size_t n, size_t a, size_t b,
    int type)
{
	struct analyze_entity_mention	*m;
	int				 titled = 0;

	while (a < b && !analyze_entity_tok_edge_ok(&toks[a]))
		a++;
	while (b > a && !analyze_entity_tok_edge_ok(&toks[b - 1]))
		b--;
	/* "Politologe Easley": a common noun before a name is its title. */
	while (type == DOC_ENTITY_PERSON && b - a > 1 &&
	    analyze_entity_title_is(set->doc->blocks[block].text, &toks[a]))
		a++;
	if (a == b)
		return;
	if (set->lang == ANALYZE_NER_EN && !analyze_entity_en_fix(
	    analyze_ner_model_builtin(), set->doc->blocks[block].text, toks,
	    n, &a, &b, &type, &titled))
		return;
	/* A lower-case word alone is an adjective, unless it is a known
	 * organisation written so ("dpa", "taz"). */
	if (b - a == 1 && toks[a].shape == ANALYZE_NER_SHAPE_LOWER &&
	    !(toks[a].lex & ANALYZE_NER_LEX_ORG))
		return;
	if (b - a == 1 && set->lang == ANALYZE_NER_EN &&
	    analyze_entity_en_institution_is(set->doc->blocks[block].text,
	    &toks[a]))
		type = DOC_ENTITY_ORGANISATION;
	else if (b - a == 1 && set->lang == ANALYZE_NER_EN &&
	    analyze_entity_en_common_is(&toks[a]))
		return;
	if (b - a == 1 && type == DOC_ENTITY_PERSON &&
	    analyze_entity_place_is(set->lang, &toks[a]))
		type = DOC_ENTITY_PLACE;
	if (set->n == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 32;
		set->m = xreallocarray(set->m, set->cap, sizeof *set->m);
	}
	m = &set->m[set->n++];
	memset(m, 0, sizeof *m);
	m->block = block;
	m->start = toks[a].start;
	m->end = toks[b - 1].end;
	m->ntok = b - a;
	m->type = type;
	m->first = toks[a].first;
	m->titled = titled;
	m->group = -1;
	m->lexs = toks[b - 1].lexs;
	m->lex = toks[b - 1].lex;
	m->lex0 = toks[a].lex;
}

/* Turns a block's tags into mentions. */
static void
analyze_entity_spans_collect(struct analyze_entity_set *set, size_t block,
    const struct analyze_ner_tok *toks, size_t n, const int *tags)
{
	size_t	i, a = 0;
	int	open = -1;

	for (i = 0; i <= n; i++) {
		int	tag = i < n ? tags[i] : ANALYZE_NER_O;

		if (open >= 0 && (tag == ANALYZE_NER_O ||
		    ANALYZE_NER_IS_B(tag))) {
			analyze_entity_mention_push(set, block, toks, n, a,
			    i, open);
			open = -1;
		}
		if (i < n && ANALYZE_NER_IS_B(tag)) {
			open = ANALYZE_NER_TYPE(tag);
			a = i;
		}
	}
}

/* Tags one block and collects its mentions; keeps the tokens in *toksp
 * for the pass that looks for untagged repeats. */
static void
analyze_entity_block_tag(struct analyze_entity_set *set,
    const struct doc *doc, size_t i)
{
	const struct analyze_ner_model	*model = analyze_ner_model_builtin();
	const struct doc_block		*b = &doc->blocks[i];
	struct analyze_ner_tok		*toks;
	size_t				 n;
	int				*tags;

	n = analyze_ner_tokenize(b->text, b->text_len, &toks);
	if (n == 0) {
		free(toks);
		return;
	}
	analyze_ner_tokens_describe(model, set->lang, b->text, toks, n);
	tags = xreallocarray(NULL, n, sizeof *tags);
	analyze_ner_tag(model, set->lang, b->text, toks, n, tags);
	analyze_entity_spans_fix(model, set->lang, b->text, toks, n, tags);
	analyze_entity_spans_collect(set, i, toks, n, tags);
	/* Kept until every block is tagged: at its exact size, not the
	 * tokenizer's doubling capacity (64 tokens, 4 KB, at least), which
	 * made short blocks cost 300 MB on a 5 MB page. */
	set->btoks[i] = xreallocarray(toks, n, sizeof *toks);
	set->bntoks[i] = n;
	free(tags);
}

static int
analyze_entity_mention_cmp(const void *a, const void *b)
{
	const struct analyze_entity_mention	*x = a, *y = b;

	if (x->block != y->block)
		return x->block < y->block ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Adds the groups to the document, in order of first mention. */
static void
analyze_entity_doc_add(struct doc *doc, struct analyze_entity_set *set)
{
	struct doc_entity	*e;
	size_t			 g, i;
	char			*t;

	/* qsort() must not see the NULL of an empty set (UBSan). */
	if (set->n > 0)
		qsort(set->m, set->n, sizeof *set->m,
		    analyze_entity_mention_cmp);
	for (g = 0; g < set->ngroups; g++)
		set->groups[g].id = -1;
	for (i = 0; i < set->n; i++) {
		struct analyze_entity_mention	*m = &set->m[i];
		struct analyze_entity_group	*gr;
		const struct doc_block		*b = &doc->blocks[m->block];

		if (m->group < 0)
			continue;
		gr = &set->groups[analyze_entity_group_root(set, m->group)];
		if (gr->id < 0) {
			e = doc_entity_add(doc, gr->name,
			    (enum doc_entity_type)gr->type);
			gr->id = e->id;
		}
		e = &doc->entities[gr->id];
		t = xstrndup(b->text + m->start, m->end - m->start);
		doc_entity_add_mention(e, doc_block_cp_offset(doc, m->block,
		    m->start), doc_block_cp_offset(doc, m->block, m->end), t);
		free(t);
	}
}

void
analyze_entities(struct doc *doc)
{
	if (doc == NULL || doc->nblocks == 0)
		return;
	analyze_entities_lang(doc, analyze_entity_lang_pick(doc));
}

void
analyze_entities_lang(struct doc *doc, enum analyze_ner_lang lang)
{
	struct analyze_entity_set	set;
	size_t				i;

	if (doc == NULL || doc->nblocks == 0)
		return;
	memset(&set, 0, sizeof set);
	set.doc = doc;
	set.lang = lang;
	set.btoks = xcalloc(doc->nblocks, sizeof *set.btoks);
	set.bntoks = xcalloc(doc->nblocks, sizeof *set.bntoks);
	for (i = 0; i < doc->nblocks; i++)
		analyze_entity_block_tag(&set, doc, i);
	analyze_entity_link(&set);
	analyze_entity_doc_add(doc, &set);
	analyze_entity_set_clear(&set);
	analyze_entity_meta_add(doc);
}

void
analyze_entity_set_clear(struct analyze_entity_set *set)
{
	size_t	i;

	for (i = 0; set->btoks != NULL && i < set->doc->nblocks; i++)
		free(set->btoks[i]);
	free(set->btoks);
	free(set->bntoks);
	for (i = 0; i < set->n; i++)
		free(set->m[i].name);
	free(set->m);
	for (i = 0; i < set->ngroups; i++)
		free(set->groups[i].name);
	free(set->groups);
	memset(set, 0, sizeof *set);
}

/* The last word of a name ("Putin" of "Wladimir Putin"). */
static const char *
analyze_entity_last_word(const char *name)
{
	const char	*sp = strrchr(name, ' ');

	return sp != NULL ? sp + 1 : name;
}

/* Indexes every entity's name and mention texts (names) and every
 * person's last word (surnames), so each quote's look-up is a search. */
static void
analyze_entity_speaker_index(const struct doc *doc,
    struct analyze_entity_index *names, struct analyze_entity_index *surnames)
{
	const struct doc_entity	*en;
	const char		*last;

	for (size_t e = 0; e < doc->nentities; e++) {
		en = &doc->entities[e];
		analyze_entity_index_add(names, en->name, strlen(en->name), e);
		for (size_t k = 0; k < en->nmentions; k++)
			analyze_entity_index_add(names, en->mentions[k].text,
			    strlen(en->mentions[k].text), e);
		if (en->type != DOC_ENTITY_PERSON)
			continue;
		last = analyze_entity_last_word(en->name);
		analyze_entity_index_add(surnames, last, strlen(last), e);
	}
	analyze_entity_index_sort(names);
	analyze_entity_index_sort(surnames);
}

/* The first entity (in document order) whose name or a mention is s
 * (surname: whose last word is s's last word), or -1. */
static int
analyze_entity_speaker_find(const struct doc *doc,
    const struct analyze_entity_index *ix, int surname, const char *s)
{
	const struct doc_entity	*en;
	size_t			 x, end, k;
	int			 match;

	if (surname)
		s = analyze_entity_last_word(s);
	/* Entries of one hash are sorted by entity: the first real match
	 * is the first entity. */
	for (x = analyze_entity_index_find(ix, s, strlen(s), &end); x < end;
	    x++) {
		en = &doc->entities[ix->e[x].value];
		if (surname)
			match = strcmp(analyze_entity_last_word(en->name),
			    s) == 0;
		else {
			match = strcmp(en->name, s) == 0;
			for (k = 0; k < en->nmentions && !match; k++)
				match = strcmp(en->mentions[k].text, s) == 0;
		}
		if (match)
			return en->id;
	}
	return -1;
}

void
analyze_entities_link_speakers(struct doc *doc)
{
	struct analyze_entity_index	 names = { 0 }, surnames = { 0 };
	size_t				 q;
	int				 id;

	if (doc == NULL)
		return;
	analyze_entity_speaker_index(doc, &names, &surnames);
	for (q = 0; q < doc->nquotes; q++) {
		if (doc->quotes[q].speaker == NULL)
			continue;
		id = analyze_entity_speaker_find(doc, &names, 0,
		    doc->quotes[q].speaker);
		if (id < 0)
			id = analyze_entity_speaker_find(doc, &surnames, 1,
			    doc->quotes[q].speaker);
		/* The speaker string stays as it is: setting it again
		 * would clean it again, a tenth of the quote pass. */
		if (id >= 0)
			doc->quotes[q].speaker_entity = id;
	}
	analyze_entity_index_clear(&names);
	analyze_entity_index_clear(&surnames);
}

/* Keeps an entity's mentions in text order after one was appended. */
static void
analyze_entity_mention_sink(struct doc_entity *en)
{
	size_t			i = en->nmentions - 1;
	struct doc_mention	tmp;

	for (; i > 0 && en->mentions[i - 1].start > en->mentions[i].start;
	    i--) {
		tmp = en->mentions[i - 1];
		en->mentions[i - 1] = en->mentions[i];
		en->mentions[i] = tmp;
	}
}

/*
 * Can the pronoun stand for an entity of this type? "er", "ich", "he" and
 * "she" name a person; "sie", "es", "wir" also a group ("die Polizei");
 * "man" and "beide" nobody in particular.
 */
static int
analyze_entity_pronoun_agrees(const char *text, enum doc_entity_type type)
{
	static const char *const person[] = {
		"er", "ich", "he", "she", "i", NULL
	}, *const any[] = {
		"sie", "es", "wir", "they", "we", "it", "dieser", "diese",
		"jener", NULL
	};
	size_t	k;

	for (k = 0; person[k] != NULL; k++)
		if (strcasecmp(text, person[k]) == 0)
			return type == DOC_ENTITY_PERSON;
	for (k = 0; any[k] != NULL; k++)
		if (strcasecmp(text, any[k]) == 0)
			return 1;
	return 0;
}

void
analyze_entities_pronoun_add(struct doc *doc, int qid, size_t start,
    size_t end, const char *text, int near)
{
	struct doc_entity	*en = NULL;
	size_t			 e, k;
	int			 id;

	if (qid < 0 || (size_t)qid >= doc->nquotes)
		return;
	id = doc->quotes[qid].speaker_entity;
	for (e = 0; e < doc->nentities && en == NULL; e++)
		if (doc->entities[e].id == id)
			en = &doc->entities[e];
	/*
	 * "er" cannot stand for a speaker that is no person's entity ("die
	 * Koalition"): the antecedent was wrong, and the pronoun as written
	 * tells the reader more than a wrong name.
	 */
	if (en == NULL && analyze_entity_pronoun_agrees(text,
	    DOC_ENTITY_PERSON) && !analyze_entity_pronoun_agrees(text,
	    DOC_ENTITY_PLACE)) {
		doc_quote_set_speaker(&doc->quotes[qid], text, -1);
		return;
	}
	if (en == NULL || !near ||
	    !analyze_entity_pronoun_agrees(text, en->type))
		return;
	for (k = 0; k < en->nmentions; k++)
		if (en->mentions[k].start == start)
			return;
	doc_entity_add_mention(en, start, end, text);
	analyze_entity_mention_sink(en);
}
