/*
 * import_text: a plain-text dump of a web page to a Document.
 *
 * The method, in four passes over the page's blocks (import-text.h):
 *
 *  1. cut the dump into blocks (import-text-lines.c);
 *  2. give each block a shape and a score, and take the run of blocks with
 *     the greatest sum as the article (import-text-classify.c);
 *  3. read the metadata from the blocks just before the article: byline,
 *     date, title (a headline-shaped block, preferably one the page prints
 *     twice) and the kicker printed above the title;
 *  4. give every block of the article its role: a credit line or a glued
 *     credit makes a caption, a lone duration makes the block before it a
 *     media title, a short line before prose a heading, byline and date
 *     lines go to the metadata, boilerplate goes.
 *
 * Blocks are visited a bounded number of times each, so the time is linear
 * in the input. Nothing is guessed for names of sites or pages.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "doc.h"
#include "import.h"
#include "import-text.h"

/* How many blocks before the article may hold its title and byline. */
#define IMPORT_TEXT_HEAD	15
/* Longer blocks are never a title, byline or date line. */
#define IMPORT_TEXT_TITLE_WORDS	25
#define IMPORT_TEXT_META_WORDS	15
/* Captions and media titles are at most this long. */
#define IMPORT_TEXT_CAPTION_WORDS	60
#define IMPORT_TEXT_HEADING_WORDS	15
#define IMPORT_TEXT_KICKER_WORDS	4

#define IMPORT_TEXT_SKIP (IMPORT_SHAPE_BOILER | IMPORT_SHAPE_STOP | \
	    IMPORT_SHAPE_BRACKET)

static int
import_text_ends_with(const struct import_block *b, char c)
{
	return b->len > 0 && b->text[b->len - 1] == c;
}

/* A headline: short, one line of words, not a sentence with a full stop. */
static int
import_text_titlelike(const struct import_block *b)
{
	return (b->shape & (IMPORT_TEXT_SKIP | IMPORT_SHAPE_ITEM |
	    IMPORT_SHAPE_CREDIT | IMPORT_SHAPE_DURATION)) == 0 &&
	    b->words >= 2 && b->words <= IMPORT_TEXT_TITLE_WORDS &&
	    !import_text_ends_with(b, '.') && !import_text_ends_with(b, ':');
}

/* Byline or date line: into the metadata when it is still empty. */
static int
import_text_meta_line(struct doc *doc, const struct import_block *b)
{
	char	 iso[11];
	int	 hit = 0;

	if (b->words > IMPORT_TEXT_META_WORDS || (b->shape & (IMPORT_TEXT_SKIP |
	    IMPORT_SHAPE_CREDIT)))
		return 0;
	if (import_date_find(b->text, b->len, iso)) {
		if (doc->meta.published == NULL)
			doc_meta_set_published(doc, iso);
		hit = 1;
	}
	if (doc->meta.nauthors == 0 &&
	    import_byline_parse(b->text, b->len, doc))
		hit = 1;
	return hit;
}

static int
import_text_repeated(const struct import_page *page, size_t from,
    size_t i)
{
	size_t	 k;

	for (k = from; k < page->first; k++)
		if (k != i && page->blocks[k].len == page->blocks[i].len &&
		    memcmp(page->blocks[k].text, page->blocks[i].text,
		    page->blocks[i].len) == 0)
			return 1;
	return 0;
}

/* The title: a headline the page prints twice, else the nearest one. */
static size_t
import_text_title_find(struct import_page *page, size_t from)
{
	size_t	 i, nearest = page->first;

	for (i = page->first; i-- > from; ) {
		if (page->blocks[i].role != IMPORT_ROLE_NONE ||
		    !import_text_titlelike(&page->blocks[i]))
			continue;
		if (import_text_repeated(page, from, i))
			return i;
		if (nearest == page->first)
			nearest = i;
	}
	return nearest;
}

static void
import_text_kicker(struct import_page *page, struct doc *doc, size_t title)
{
	struct import_block	*b;

	if (title == 0)
		return;
	b = &page->blocks[title - 1];
	if (b->role != IMPORT_ROLE_NONE || b->words < 1 ||
	    b->words > IMPORT_TEXT_KICKER_WORDS || (b->shape &
	    (IMPORT_TEXT_SKIP | IMPORT_SHAPE_ITEM | IMPORT_SHAPE_SENTENCE)) ||
	    import_text_ends_with(b, ':') ||
	    (b->len == page->blocks[title].len &&
	    memcmp(b->text, page->blocks[title].text, b->len) == 0))
		return;
	import_kicker_add(doc, b->text, b->len);
	b->role = IMPORT_ROLE_META;
}

/* Pass 3: the metadata in the blocks before the article. */
static void
import_text_head(struct import_page *page, struct doc *doc)
{
	size_t	 from, i, title;

	from = page->first > IMPORT_TEXT_HEAD ? page->first -
	    IMPORT_TEXT_HEAD : 0;
	for (i = page->first; i-- > from; )
		if (import_text_meta_line(doc, &page->blocks[i]))
			page->blocks[i].role = IMPORT_ROLE_META;
	title = import_text_title_find(page, from);
	if (title == page->first)
		return;
	doc_meta_set_title(doc, page->blocks[title].text);
	page->blocks[title].role = IMPORT_ROLE_META;
	import_text_kicker(page, doc, title);
}

/* Is block i inside the article and free? */
static struct import_block *
import_text_next(struct import_page *page, size_t i)
{
	if (i + 1 > page->last)
		return NULL;
	return &page->blocks[i + 1];
}

/* A short block before a credit line or a duration line. */
static int
import_text_role_media(struct import_block *b, struct import_block *next)
{
	size_t	 cut, credit;

	if (next == NULL || b->words > IMPORT_TEXT_CAPTION_WORDS)
		return 0;
	if ((next->shape & IMPORT_SHAPE_DURATION) &&
	    b->words <= IMPORT_TEXT_HEADING_WORDS) {
		b->role = IMPORT_ROLE_MEDIA;
		b->extra = next->text;
		next->role = IMPORT_ROLE_NONE;
		return 1;
	}
	if ((next->shape & IMPORT_SHAPE_CREDIT) &&
	    import_credit_find(next->text, next->len, &cut, &credit)) {
		b->role = IMPORT_ROLE_CAPTION;
		b->cut = b->len;
		b->extra = next->text + credit;
		next->role = IMPORT_ROLE_NONE;
		return 1;
	}
	return 0;
}

/* A heading: short, no full stop, and prose follows. */
static int
import_text_headinglike(const struct import_block *b,
    const struct import_block *next)
{
	return next != NULL && next->score > 0 && b->words >= 1 &&
	    b->words <= IMPORT_TEXT_HEADING_WORDS &&
	    !(b->shape & IMPORT_SHAPE_ITEM) &&
	    !import_text_ends_with(b, '.') && !import_text_ends_with(b, ':') &&
	    !import_text_ends_with(b, ',');
}

/* Pass 4: what each block of the article is. */
static void
import_text_roles(struct import_page *page, struct doc *doc)
{
	struct import_block	*b, *next;
	size_t			 i, cut, credit;

	for (i = page->first; i <= page->last; i++) {
		b = &page->blocks[i];
		next = import_text_next(page, i);
		if (b->role != IMPORT_ROLE_NONE)
			continue;
		if (b->shape & (IMPORT_TEXT_SKIP | IMPORT_SHAPE_CREDIT |
		    IMPORT_SHAPE_DURATION))
			continue;
		if (import_text_role_media(b, next)) {
			i++;
			continue;
		}
		if (b->words <= IMPORT_TEXT_CAPTION_WORDS &&
		    import_credit_find(b->text, b->len, &cut, &credit)) {
			b->role = IMPORT_ROLE_CAPTION;
			b->cut = cut;
			b->extra = b->text + credit;
		} else if (!(b->shape & IMPORT_SHAPE_SENTENCE) &&
		    import_text_meta_line(doc, b))
			b->role = IMPORT_ROLE_META;
		else if (b->shape & IMPORT_SHAPE_ITEM)
			b->role = IMPORT_ROLE_ITEM;
		else if (import_text_headinglike(b, next))
			b->role = IMPORT_ROLE_HEADING;
		else
			b->role = IMPORT_ROLE_PARAGRAPH;
	}
}

static void
import_text_emit(const struct import_page *page, struct doc *doc)
{
	const struct import_block	*b;
	struct doc_block		*db;
	size_t				 i;

	for (i = page->first; i <= page->last; i++) {
		b = &page->blocks[i];
		db = NULL;
		switch (b->role) {
		case IMPORT_ROLE_PARAGRAPH:
			db = doc_block_append(doc, DOC_BLOCK_PARAGRAPH,
			    b->text, b->len);
			break;
		case IMPORT_ROLE_HEADING:
			if ((db = doc_block_append(doc, DOC_BLOCK_HEADING,
			    b->text, b->len)) != NULL)
				db->level = 2;
			break;
		case IMPORT_ROLE_ITEM:
			db = doc_block_append(doc, DOC_BLOCK_LIST_ITEM,
			    b->text + b->mark, b->len - b->mark);
			break;
		case IMPORT_ROLE_CAPTION:
			if ((db = doc_block_append(doc, DOC_BLOCK_CAPTION,
			    b->text, b->cut)) != NULL)
				doc_block_set_credit(db, b->extra);
			break;
		case IMPORT_ROLE_MEDIA:
			if ((db = doc_block_append(doc, DOC_BLOCK_MEDIA,
			    b->text, b->len)) != NULL)
				doc_block_set_duration(db, b->extra);
			break;
		default:
			break;
		}
	}
}

struct doc *
import_text(const char *text, size_t len, char **cause)
{
	struct import_page	 page;
	struct doc		*doc = NULL;
	char			*fixed = NULL;

	if (!util_utf8_valid(text, len))
		text = fixed = util_utf8_repair(text, len, &len, NULL);
	import_page_segment(&page, text, len);
	import_page_classify(&page);
	import_page_region(&page);
	if (page.found) {
		doc = doc_create();
		import_text_head(&page, doc);
		import_text_roles(&page, doc);
		import_text_emit(&page, doc);
		if (doc->nblocks == 0) {
			doc_free(doc);
			doc = NULL;
		}
	}
	import_page_clear(&page);
	free(fixed);
	if (doc == NULL) {
		util_cause_set(cause, "no article text found");
		return NULL;
	}
	doc_finish(doc);
	return doc;
}
