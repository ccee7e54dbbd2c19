/*
 * doc: the document model. Blocks are appended in reading order with text
 * already clean (util_text_clean), so every consumer can trust block->text.
 * doc_finish() derives what is redundant — sections, the canonical text
 * (block texts joined by "\n\n") and each block's code-point range in it —
 * so those can never disagree with the blocks.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"

struct doc *
doc_create(void)
{
	return xcalloc(1, sizeof(struct doc));
}

static void
doc_strings_free(char **strings, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(strings[i]);
	free(strings);
}

static void
doc_meta_clear(struct doc_meta *meta)
{
	free(meta->title);
	doc_strings_free(meta->kicker, meta->nkicker);
	doc_strings_free(meta->authors, meta->nauthors);
	free(meta->location);
	free(meta->published);
	free(meta->url);
	free(meta->site);
	free(meta->language);
	memset(meta, 0, sizeof *meta);
}

static void
doc_block_clear(struct doc_block *block)
{
	free(block->text);
	free(block->credit);
	free(block->duration);
	for (size_t i = 0; i < block->nspans; i++)
		free(block->spans[i].target);
	free(block->spans);
}

static void
doc_sections_clear(struct doc *doc)
{
	for (size_t i = 0; i < doc->nsections; i++)
		free(doc->sections[i].title);
	free(doc->sections);
	doc->sections = NULL;
	doc->nsections = 0;
}

void
doc_free(struct doc *doc)
{
	if (doc == NULL)
		return;
	doc_meta_clear(&doc->meta);
	for (size_t i = 0; i < doc->nblocks; i++)
		doc_block_clear(&doc->blocks[i]);
	free(doc->blocks);
	doc_sections_clear(doc);
	for (size_t i = 0; i < doc->nentities; i++) {
		struct doc_entity *e = &doc->entities[i];

		free(e->name);
		for (size_t j = 0; j < e->nmentions; j++)
			free(e->mentions[j].text);
		free(e->mentions);
	}
	free(doc->entities);
	for (size_t i = 0; i < doc->nquotes; i++) {
		struct doc_quote *q = &doc->quotes[i];

		free(q->text);
		free(q->speaker);
		free(q->role);
		free(q->cue);
	}
	free(doc->quotes);
	free(doc->text);
	free(doc);
}

/* The cleaned copy of s, or NULL when nothing is left of it. */
static char *
doc_string_clean(const char *s)
{
	char	*clean;

	if (s == NULL)
		return NULL;
	clean = util_text_clean(s, strlen(s));
	if (*clean == '\0') {
		free(clean);
		return NULL;
	}
	return clean;
}

static void
doc_string_replace(char **field, const char *value)
{
	free(*field);
	*field = doc_string_clean(value);
}

static void
doc_strings_add(char ***strings, size_t *n, const char *value)
{
	char	*clean = doc_string_clean(value);

	if (clean == NULL)
		return;
	*strings = xreallocarray(*strings, *n + 1, sizeof **strings);
	(*strings)[(*n)++] = clean;
}

void
doc_meta_set_title(struct doc *doc, const char *title)
{
	doc_string_replace(&doc->meta.title, title);
}

void
doc_meta_add_kicker(struct doc *doc, const char *kicker)
{
	doc_strings_add(&doc->meta.kicker, &doc->meta.nkicker, kicker);
}

void
doc_meta_add_author(struct doc *doc, const char *author)
{
	doc_strings_add(&doc->meta.authors, &doc->meta.nauthors, author);
}

void
doc_meta_set_location(struct doc *doc, const char *location)
{
	doc_string_replace(&doc->meta.location, location);
}

void
doc_meta_set_published(struct doc *doc, const char *iso_date)
{
	doc_string_replace(&doc->meta.published, iso_date);
}

void
doc_meta_set_url(struct doc *doc, const char *url)
{
	doc_string_replace(&doc->meta.url, url);
}

void
doc_meta_set_site(struct doc *doc, const char *site)
{
	doc_string_replace(&doc->meta.site, site);
}

void
doc_meta_set_language(struct doc *doc, const char *language)
{
	doc_string_replace(&doc->meta.language, language);
}

/* Grows *array (of *cap elements of size) to hold at least need. */
static void *
doc_array_reserve(void *array, size_t *cap, size_t need, size_t size)
{
	size_t	 newcap;

	if (need <= *cap)
		return array;
	newcap = *cap < 8 ? 8 : *cap * 2;
	while (newcap < need)
		newcap *= 2;
	array = xreallocarray(array, newcap, size);
	*cap = newcap;
	return array;
}

struct doc_block *
doc_block_append(struct doc *doc, enum doc_block_kind kind, const char *text,
    size_t len)
{
	struct doc_block	*block;
	char			*clean;

	clean = util_text_clean(text, len);
	if (*clean == '\0') {
		free(clean);
		return NULL;
	}
	doc->blocks = doc_array_reserve(doc->blocks, &doc->blocks_cap,
	    doc->nblocks + 1, sizeof *doc->blocks);
	block = &doc->blocks[doc->nblocks++];
	memset(block, 0, sizeof *block);
	block->kind = kind;
	block->level = kind == DOC_BLOCK_HEADING ? 2 : 0;
	block->text = clean;
	block->text_len = strlen(clean);
	return block;
}

void
doc_block_set_credit(struct doc_block *block, const char *credit)
{
	doc_string_replace(&block->credit, credit);
}

void
doc_block_set_duration(struct doc_block *block, const char *duration)
{
	doc_string_replace(&block->duration, duration);
}

void
doc_block_add_span(struct doc_block *block, enum doc_span_kind kind,
    size_t start, size_t end, const char *target, int ref)
{
	struct doc_span	*span;

	assert(start <= end && end <= block->text_len);
	block->spans = xreallocarray(block->spans, block->nspans + 1,
	    sizeof *block->spans);
	span = &block->spans[block->nspans++];
	span->kind = kind;
	span->start = start;
	span->end = end;
	span->target = target != NULL ? xstrdup(target) : NULL;
	span->ref = ref;
}

/* Every heading opens a section; blocks before the first belong to the
 * lead, section 0, which exists even when empty so numbering is stable. */
static void
doc_sections_derive(struct doc *doc)
{
	struct doc_section	*s;

	doc_sections_clear(doc);
	if (doc->nblocks == 0)
		return;
	doc->sections = xcalloc(1, sizeof *doc->sections);
	doc->nsections = 1;
	for (size_t i = 0; i < doc->nblocks; i++) {
		struct doc_block *b = &doc->blocks[i];

		if (b->kind == DOC_BLOCK_HEADING) {
			doc->sections = xreallocarray(doc->sections,
			    doc->nsections + 1, sizeof *doc->sections);
			s = &doc->sections[doc->nsections++];
			s->title = xstrdup(b->text);
			s->first_block = i;
			s->last_block = i;
		}
		b->section = doc->nsections - 1;
		doc->sections[b->section].last_block = i;
	}
	/* An empty lead has no blocks to point at. */
	if (doc->nsections > 1 && doc->sections[1].first_block == 0) {
		free(doc->sections[0].title);
		memmove(doc->sections, doc->sections + 1,
		    (doc->nsections - 1) * sizeof *doc->sections);
		doc->nsections--;
		for (size_t i = 0; i < doc->nblocks; i++)
			doc->blocks[i].section--;
	}
}

void
doc_finish(struct doc *doc)
{
	struct util_buf	 text;
	size_t		 cp = 0;

	doc_sections_derive(doc);
	util_buf_init(&text);
	for (size_t i = 0; i < doc->nblocks; i++) {
		struct doc_block *b = &doc->blocks[i];

		if (i > 0) {
			util_buf_add(&text, "\n\n", 2);
			cp += 2;
		}
		util_buf_add(&text, b->text, b->text_len);
		b->start = cp;
		cp += util_utf8_cp_count(b->text, b->text_len);
		b->end = cp;
	}
	free(doc->text);
	doc->text = util_buf_steal(&text, &doc->text_len);
}

size_t
doc_block_cp_offset(const struct doc *doc, size_t i, size_t byte)
{
	const struct doc_block *b = &doc->blocks[i];

	assert(i < doc->nblocks && byte <= b->text_len);
	return b->start + util_utf8_cp_count(b->text, byte);
}

struct doc_entity *
doc_entity_add(struct doc *doc, const char *name, enum doc_entity_type type)
{
	struct doc_entity	*e;

	doc->entities = doc_array_reserve(doc->entities, &doc->entities_cap,
	    doc->nentities + 1, sizeof *doc->entities);
	e = &doc->entities[doc->nentities];
	memset(e, 0, sizeof *e);
	e->id = (int)doc->nentities++;
	e->name = xstrdup(name);
	e->type = type;
	return e;
}

void
doc_entity_add_mention(struct doc_entity *entity, size_t start, size_t end,
    const char *text)
{
	struct doc_mention	*m;

	entity->mentions = xreallocarray(entity->mentions,
	    entity->nmentions + 1, sizeof *entity->mentions);
	m = &entity->mentions[entity->nmentions++];
	m->start = start;
	m->end = end;
	m->text = xstrdup(text);
}

struct doc_quote *
doc_quote_add(struct doc *doc, enum doc_quote_kind kind, const char *text,
    size_t start, size_t end)
{
	struct doc_quote	*q;

	doc->quotes = doc_array_reserve(doc->quotes, &doc->quotes_cap,
	    doc->nquotes + 1, sizeof *doc->quotes);
	q = &doc->quotes[doc->nquotes];
	memset(q, 0, sizeof *q);
	q->id = (int)doc->nquotes++;
	q->kind = kind;
	q->text = xstrdup(text);
	q->start = start;
	q->end = end;
	q->speaker_entity = -1;
	return q;
}

void
doc_quote_set_speaker(struct doc_quote *quote, const char *speaker,
    int speaker_entity)
{
	doc_string_replace(&quote->speaker, speaker);
	quote->speaker_entity = speaker_entity;
}

void
doc_quote_set_role(struct doc_quote *quote, const char *role)
{
	doc_string_replace(&quote->role, role);
}

void
doc_quote_set_cue(struct doc_quote *quote, const char *cue)
{
	doc_string_replace(&quote->cue, cue);
}

const char *
doc_block_kind_name(enum doc_block_kind kind)
{
	static const char *names[] = {
		[DOC_BLOCK_HEADING] = "heading",
		[DOC_BLOCK_PARAGRAPH] = "paragraph",
		[DOC_BLOCK_BLOCKQUOTE] = "blockquote",
		[DOC_BLOCK_CAPTION] = "caption",
		[DOC_BLOCK_MEDIA] = "media",
		[DOC_BLOCK_LIST_ITEM] = "list-item",
		[DOC_BLOCK_PREFORMATTED] = "preformatted",
	};

	assert((size_t)kind < sizeof names / sizeof names[0]);
	return names[kind];
}

const char *
doc_entity_type_name(enum doc_entity_type type)
{
	static const char *names[] = {
		[DOC_ENTITY_PERSON] = "person",
		[DOC_ENTITY_PLACE] = "place",
		[DOC_ENTITY_ORGANISATION] = "organisation",
		[DOC_ENTITY_OTHER] = "other",
	};

	assert((size_t)type < sizeof names / sizeof names[0]);
	return names[type];
}

const char *
doc_quote_kind_name(enum doc_quote_kind kind)
{
	return kind == DOC_QUOTE_DIRECT ? "direct" : "indirect";
}
