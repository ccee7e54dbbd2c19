/*
 * Finding the article among a dump's blocks.
 *
 * Each block gets a shape (sentence-like, list item, boilerplate phrase,
 * "Related"-style section marker, bracketed image or form field, teaser
 * cut short with an ellipsis) and from it a score: a block that reads like
 * prose scores its word count, anything else a small penalty, and markers
 * that open the comments or the teasers a large one. Prose ends like a
 * sentence, or is long and mostly small-letter words (half the score),
 * which needs no word list in any language. The article is the
 * contiguous run of blocks with the greatest sum (Kadane's pass), so short
 * blocks between paragraphs (headings, captions, a one-line paragraph)
 * stay in while menus, link lists and teasers around it fall out. Once
 * prose has been read, a marker that opens the readers' comments or the
 * teasers after the article quarters the score of the prose after it, so
 * comments that read like prose stay out while a true continuation of the
 * article can still cross it.
 *
 * Phrases match case-folded text at a word start, so "teilen" does not
 * match "verteilen". Only short blocks are folded and matched, which keeps
 * the pass linear in the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "import-text.h"

/* Blocks with at least this many words are never boilerplate. */
#define IMPORT_CLASSIFY_BOILER_WORDS	25
/* Prose: at least this many words, ending like a sentence. */
#define IMPORT_CLASSIFY_PROSE_WORDS	10
/* Prose without a sentence end: words, and percent of small-initial ones. */
#define IMPORT_CLASSIFY_UNENDED_WORDS	15
#define IMPORT_CLASSIFY_UNENDED_LOWER	60
/* A line introducing a list has at least this many words. */
#define IMPORT_CLASSIFY_INTRO_WORDS	3
/* Section markers have at most this many words. */
#define IMPORT_CLASSIFY_STOP_WORDS	6

#define IMPORT_SCORE_STOP	-20.0
#define IMPORT_SCORE_BOILER	-5.0
#define IMPORT_SCORE_BRACKET	-3.0
#define IMPORT_SCORE_SHORT	-8.0
#define IMPORT_SCORE_LISTED	1.0	/* a line of a list after "…:" */
#define IMPORT_SCORE_SHORT_SENTENCE	-4.0	/* a short sentence */
#define IMPORT_SCORE_ITEM	-4.0
#define IMPORT_SCORE_REPEATED	-4.0	/* teasers print titles twice */
#define IMPORT_SCORE_PROSE_OFF	5.0	/* prose pays for its break */
#define IMPORT_SCORE_ITEM_OFF	8.0	/* items read as prose score less */
#define IMPORT_SCORE_INDENTED	0.3	/* prose nested in a list or box */
#define IMPORT_SCORE_UNENDED	0.5	/* prose without a sentence end */
#define IMPORT_SCORE_AFTER	0.25	/* prose after an end-of-article marker */
/* Prose (in score) before a marker that makes it end the article. */
#define IMPORT_SCORE_ENDS_AFTER	30.0

/*
 * Phrases of page furniture, English and German, case-folded. A short
 * block containing one (at a word start) is boilerplate.
 */
static const char *import_classify_boiler[] = {
	"skip to", "skip navigation", "zum inhalt", "zur navigation",
	"zur hauptnavigation", "springen", "überspringen", "cookie",
	"newsletter", "sign up", "subscribe", "abonnieren", "share this",
	"share on", "share via", "teilen", "follow us", "folgen sie",
	"all rights reserved", "alle rechte", "privacy policy",
	"datenschutz", "terms of use", "terms of service", "advertisement",
	"anzeige", "werbung", "read more", "weiterlesen", "mehr zum thema",
	"related", "recommended", "log in", "sign in", "anmelden",
	"registrieren", "copyright", "©", "does not support the video",
	"does not support the audio", "unterstützt das video", "javascript",
	"click here", "klicken sie", "facebook", "twitter", "whatsapp",
	"linkedin", "pinterest", "email", "e-mail", "drucken", "print",
	"top-thema",
};

/*
 * Headings that open what follows an article: comments, teasers, tags.
 * A short block that is one of them (or starts with one) is a marker.
 */
static const char *import_classify_stops[] = {
	"most popular", "most read", "most viewed", "most shared", "popular",
	"trending", "related", "related articles", "related stories",
	"related topics", "related tags", "related links", "related content",
	"related posts", "you may also like", "you might also like",
	"recommended", "recommended for you", "more stories", "more from",
	"more news", "next up", "read next", "read more", "see also",
	"share this", "share", "tags", "topics", "comments",
	"leave a reply", "leave a comment", "view comments",
	"view the discussion thread", "join the conversation",
	"about the author", "explore further", "top video", "don't miss",
	"weitere themen", "mehr zum thema", "weitere beiträge",
	"das könnte sie auch interessieren", "kommentare", "auch interessant",
	"meistgelesen", "themen", "zum thema", "mehr aus", "lesen sie auch",
	"auch lesenswert", "weitere artikel", "leia também", "veja também",
	"leia mais", "mais lidas", "notícias relacionadas",
	"posts relacionados", "artigos relacionados", "lee también",
	"ver también", "noticias relacionadas", "artículos relacionados",
	"lo más leído", "más noticias", "lire aussi", "à lire aussi",
	"à voir aussi", "sur le même sujet", "articles similaires",
	"les plus lus", "leggi anche", "articoli correlati", "più letti",
	"ultime notizie",
};

/*
 * Markers that open the readers' part of a page, in the languages of the
 * tables above and a few more: after one, prose is most likely comments.
 */
static const char *import_classify_ends[] = {
	"comments", "comment", "leave a reply", "leave a comment",
	"view comments", "show comments", "post a comment", "add a comment",
	"join the conversation", "join the discussion", "replies", "responses",
	"reader comments", "top rated comments", "kommentare", "kommentar",
	"leserkommentare", "diskussion", "comentários", "comentarios",
	"deixe um comentário", "deja un comentario", "commentaires",
	"laisser un commentaire", "commenti", "lascia un commento",
};

/*
 * Markers of the teasers a page puts after its article: what follows
 * scores as after the comments marker.
 */
static const char *import_classify_teasers[] = {
	"you may also like", "you might also like", "recommended for you",
	"more stories", "das könnte sie auch interessieren",
	"você pode gostar", "você também pode gostar", "você pode se interessar",
	"te puede interesar", "también te puede interesar",
	"vous aimerez aussi", "vous aimerez peut-être aussi",
	"potrebbe interessarti", "ti potrebbe interessare",
};

#define IMPORT_CLASSIFY_NSTOPS (sizeof import_classify_stops / \
	    sizeof import_classify_stops[0])
#define IMPORT_CLASSIFY_NENDS (sizeof import_classify_ends / \
	    sizeof import_classify_ends[0])
#define IMPORT_CLASSIFY_NTEASERS (sizeof import_classify_teasers / \
	    sizeof import_classify_teasers[0])

/* Marks that end a sentence, and what may close around them. */
static const char *import_classify_closers[] = {
	"\"", "'", ")", "]", "»", "«", "“", "”", "’", "‘",
};
static const char *import_classify_enders[] = {
	".", "!", "?", "…", "。", "！", "？",
};

static int
import_classify_cp_wide(int32_t cp)
{
	return (cp >= 0x2e80 && cp <= 0xa4cf) ||
	    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff);
}

/* Letters and digits, roughly: ASCII alnum and non-ASCII outside the
 * Latin-1 symbols and the general punctuation block. */
static int
import_classify_cp_wordy(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z');
	if (cp <= 0xbf || cp == 0xd7 || cp == 0xf7)
		return 0;
	return !(cp >= 0x2000 && cp <= 0x2bff) && !(cp >= 0x3000 &&
	    cp <= 0x303f) && !(cp >= 0xff00 && cp <= 0xff0f);
}

/*
 * A small letter, roughly: ASCII, Latin-1 and Latin Extended-A, Greek and
 * Cyrillic, which covers the languages whose prose this is used to spot.
 */
static int
import_classify_cp_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp >= 0xdf && cp <= 0xff)
		return cp != 0xf7;
	if (cp >= 0x100 && cp <= 0x17f)
		return cp & 1;
	return (cp >= 0x3ac && cp <= 0x3ce) || (cp >= 0x430 && cp <= 0x45f);
}

/*
 * Word count; runs of wide (CJK) characters count one word per two.
 * *lower gets the number of words that start with a small letter.
 */
static int
import_classify_words(const char *s, size_t len, int *lower)
{
	size_t	 i = 0;
	int	 words = 0, wide = 0, in = 0, n;
	int32_t	 cp;

	*lower = 0;
	while (i < len) {
		n = util_utf8_decode(s + i, len - i, &cp);
		if (n <= 0) {
			i++;
			continue;
		}
		i += n;
		if (import_classify_cp_wide(cp)) {
			wide++;
			in = 0;
		} else if (import_classify_cp_wordy(cp)) {
			*lower += !in && import_classify_cp_lower(cp);
			words += !in;
			in = 1;
		} else
			in = 0;
	}
	return words + wide / 2;
}

static int
import_classify_ends_with(const char *s, size_t len, const char *tail)
{
	size_t	 n = strlen(tail);

	return len >= n && memcmp(s + len - n, tail, n) == 0;
}

/* Length of s[0..len) without the closing quotes and brackets. */
static size_t
import_classify_unclose(const char *s, size_t len)
{
	size_t	 i;
	int	 again = 1;

	while (again) {
		again = 0;
		for (i = 0; i < sizeof import_classify_closers /
		    sizeof import_classify_closers[0]; i++) {
			if (import_classify_ends_with(s, len,
			    import_classify_closers[i])) {
				len -= strlen(import_classify_closers[i]);
				again = 1;
			}
		}
	}
	return len;
}

/* Sentence or ellipsis shape of a block's end. */
static int
import_classify_end_shape(const char *s, size_t len)
{
	size_t	 i;

	len = import_classify_unclose(s, len);
	if (import_classify_ends_with(s, len, "...") ||
	    import_classify_ends_with(s, len, "…"))
		return IMPORT_SHAPE_ELLIPSIS;
	for (i = 0; i < sizeof import_classify_enders /
	    sizeof import_classify_enders[0]; i++)
		if (import_classify_ends_with(s, len,
		    import_classify_enders[i]))
			return IMPORT_SHAPE_SENTENCE;
	return 0;
}

/* Does folded text contain phrase at a word start? */
static int
import_classify_contains(const char *folded, const char *phrase)
{
	const char	*p = folded;
	unsigned char	 c;

	while ((p = strstr(p, phrase)) != NULL) {
		c = p == folded ? ' ' : (unsigned char)p[-1];
		if (c < 0x80 && !((c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9')))
			return 1;
		p++;
	}
	return 0;
}

int
import_phrase_is_boiler(const char *text, size_t len)
{
	char	*folded, *raw;
	size_t	 i;
	int	 hit = 0;

	raw = xstrndup(text, len);
	folded = util_utf8_fold(raw, 0);
	free(raw);
	for (i = 0; !hit && i < sizeof import_classify_boiler /
	    sizeof import_classify_boiler[0]; i++)
		hit = import_classify_contains(folded, import_classify_boiler[i]);
	free(folded);
	return hit;
}

/*
 * A section marker from table (n phrases): "Related", "3 Comments",
 * "More from Science:".
 */
static int
import_classify_is_marker(const char *text, size_t len, const char **table,
    size_t nt)
{
	char		*raw, *folded, *s, *e;
	const char	*p;
	size_t		 i, n;
	int		 hit = 0;

	raw = xstrndup(text, len);
	folded = util_utf8_fold(raw, 0);
	free(raw);
	s = folded;
	while (*s != '\0' && ((unsigned char)*s < 0x80 && !(*s >= 'a' &&
	    *s <= 'z')))
		s++;	/* leading counts, marks and spaces */
	e = s + strlen(s);
	while (e > s && (unsigned char)e[-1] < 0x80 && !(e[-1] >= 'a' &&
	    e[-1] <= 'z') && !(e[-1] >= '0' && e[-1] <= '9'))
		*--e = '\0';
	for (i = 0; !hit && i < nt; i++) {
		p = table[i];
		n = strlen(p);
		if (strncmp(s, p, n) != 0)
			continue;
		hit = s[n] == '\0' || s[n] == ':' || (s[n] == ' ' && n > 5);
	}
	free(folded);
	return hit;
}

static void
import_block_measure(struct import_block *b)
{
	const char	*s = b->text + b->mark;
	size_t		 len = b->len - b->mark;
	size_t		 cut, credit;

	b->words = import_classify_words(s, len, &b->lower);
	b->shape |= import_classify_end_shape(s, len);
	if (len >= 2 && s[0] == '[' && s[len - 1] == ']')
		b->shape |= IMPORT_SHAPE_BRACKET;
	if (import_duration_is(s, len))
		b->shape |= IMPORT_SHAPE_DURATION;
	if (import_credit_find(s, len, &cut, &credit) && cut == 0)
		b->shape |= IMPORT_SHAPE_CREDIT;
	if (b->words >= IMPORT_CLASSIFY_BOILER_WORDS)
		return;
	if (import_phrase_is_boiler(s, len))
		b->shape |= IMPORT_SHAPE_BOILER;
	if (b->words > IMPORT_CLASSIFY_STOP_WORDS)
		return;
	if (import_classify_is_marker(s, len, import_classify_stops,
	    IMPORT_CLASSIFY_NSTOPS))
		b->shape |= IMPORT_SHAPE_STOP;
	if (import_classify_is_marker(s, len, import_classify_ends,
	    IMPORT_CLASSIFY_NENDS) || import_classify_is_marker(s, len,
	    import_classify_teasers, IMPORT_CLASSIFY_NTEASERS))
		b->shape |= IMPORT_SHAPE_STOP | IMPORT_SHAPE_END;
}

/*
 * Prose that does not end like a sentence (an emoji, a tilde, a cut-off
 * line): long enough, and mostly small-letter words, which menus, titles
 * and name lists are not, in any language that has capitals.
 */
static int
import_block_proselike(const struct import_block *b)
{
	return b->words >= IMPORT_CLASSIFY_UNENDED_WORDS &&
	    b->lower * 100 >= b->words * IMPORT_CLASSIFY_UNENDED_LOWER;
}

static double
import_block_score(const struct import_block *b)
{
	double	 w = b->words;
	int	 prose = (b->shape & IMPORT_SHAPE_SENTENCE) &&
		    b->words >= IMPORT_CLASSIFY_PROSE_WORDS;

	if (b->shape & IMPORT_SHAPE_STOP)
		return IMPORT_SCORE_STOP;
	if (b->shape & (IMPORT_SHAPE_DURATION | IMPORT_SHAPE_CREDIT))
		return 0;	/* article furniture: media and photos */
	if (b->shape & IMPORT_SHAPE_BRACKET)
		return IMPORT_SCORE_BRACKET;
	if (b->shape & IMPORT_SHAPE_BOILER)
		return IMPORT_SCORE_BOILER;
	if (b->shape & IMPORT_SHAPE_ITEM)
		return prose ? w - IMPORT_SCORE_ITEM_OFF : IMPORT_SCORE_ITEM;
	if (prose)
		return (w - IMPORT_SCORE_PROSE_OFF) * (b->indent >= 4 ?
		    IMPORT_SCORE_INDENTED : 1);
	if (import_block_proselike(b))
		return (w - IMPORT_SCORE_PROSE_OFF) * IMPORT_SCORE_UNENDED;
	if (b->words >= IMPORT_CLASSIFY_BOILER_WORDS)
		return 0;
	if (b->shape & IMPORT_SHAPE_SENTENCE)
		return IMPORT_SCORE_SHORT_SENTENCE;
	return b->words > 0 ? IMPORT_SCORE_SHORT : -1;
}

static uint32_t
import_classify_hash(const char *s, size_t len)
{
	uint32_t	 h = 2166136261u;
	size_t		 i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/*
 * Marks blocks whose text the page prints more than once (teaser titles
 * and captions, repeated menus): an open-addressing table of block
 * indices, so linear time.
 */
static void
import_page_repeats(struct import_page *page, int *repeated)
{
	size_t		*slot, *count, size = 16, i, k;
	struct import_block *b, *o;

	while (size < page->n * 2)
		size *= 2;
	slot = xcalloc(size, sizeof *slot);	/* block index + 1 */
	count = xcalloc(size, sizeof *count);
	for (i = 0; i < page->n; i++) {
		b = &page->blocks[i];
		k = import_classify_hash(b->text, b->len) & (size - 1);
		while (slot[k] != 0) {
			o = &page->blocks[slot[k] - 1];
			if (o->len == b->len && memcmp(o->text, b->text,
			    b->len) == 0)
				break;
			k = (k + 1) & (size - 1);
		}
		if (slot[k] == 0)
			slot[k] = i + 1;
		count[k]++;
		repeated[i] = (int)k;
	}
	for (i = 0; i < page->n; i++)
		repeated[i] = count[repeated[i]] > 1;
	free(slot);
	free(count);
}

void
import_page_classify(struct import_page *page)
{
	struct import_block	*b;
	int			*repeated;
	size_t			 i;

	repeated = xcalloc(page->n + 1, sizeof *repeated);
	import_page_repeats(page, repeated);
	for (i = 0; i < page->n; i++) {
		b = &page->blocks[i];
		import_block_measure(b);
		b->score = import_block_score(b);
		if (repeated[i] && b->score > 0)
			b->score = IMPORT_SCORE_REPEATED;
	}
	free(repeated);
}

/*
 * What follows a comments or teasers marker ("Comments", "You may also
 * like") once prose has been read is rarely the article, even when it
 * reads like prose (reader comments, teasers): its prose scores less, so
 * the region only crosses the marker for a true continuation that
 * outweighs it.
 */
static void
import_page_ends(struct import_page *page)
{
	double	 seen = 0, factor = 1;
	size_t	 i;

	for (i = 0; i < page->n; i++) {
		if (page->blocks[i].score > 0) {
			seen += page->blocks[i].score;
			page->blocks[i].score *= factor;
		} else if ((page->blocks[i].shape & IMPORT_SHAPE_END) &&
		    seen >= IMPORT_SCORE_ENDS_AFTER)
			factor *= IMPORT_SCORE_AFTER;
	}
}

/* A line that introduces what follows: "Tour dates:", not "Share:". */
static int
import_block_introduces(const struct import_block *b)
{
	size_t	 len = import_classify_unclose(b->text, b->len);

	return b->words >= IMPORT_CLASSIFY_INTRO_WORDS && len > 0 &&
	    b->text[len - 1] == ':' && !(b->shape & (IMPORT_SHAPE_STOP |
	    IMPORT_SHAPE_BOILER | IMPORT_SHAPE_BRACKET));
}

/*
 * The lines printed one under another after a line that introduces them
 * (dates of a tour, rows of a table) belong with it, however short: they
 * and the introduction score a little, so the article reaches over them.
 * Bulleted lines are left alone: after "You are at:" they are a menu.
 */
static void
import_page_lists(struct import_page *page)
{
	struct import_block	*b;
	size_t			 i, j;

	for (i = 0; i + 1 < page->n; i++) {
		if (!import_block_introduces(&page->blocks[i]))
			continue;
		for (j = i; j < page->n; j++) {
			b = &page->blocks[j];
			if ((j > i + 1 && !b->glued) || b->words == 0 ||
			    (b->shape & (IMPORT_SHAPE_STOP | IMPORT_SHAPE_ITEM |
			    IMPORT_SHAPE_BOILER | IMPORT_SHAPE_BRACKET)))
				break;
			if (b->score < IMPORT_SCORE_LISTED)
				b->score = IMPORT_SCORE_LISTED;
		}
		if (j > i)
			i = j - 1;	/* each block is visited once */
	}
}

/* The run of blocks with the greatest score, by Kadane's pass. */
void
import_page_region(struct import_page *page)
{
	double	 best = 0, run = 0;
	size_t	 i, start = 0;

	page->found = 0;
	import_page_lists(page);
	import_page_ends(page);
	for (i = 0; i < page->n; i++) {
		if (run <= 0) {
			run = page->blocks[i].score;
			start = i;
		} else
			run += page->blocks[i].score;
		if (run > best) {
			best = run;
			page->first = start;
			page->last = i;
			page->found = 1;
		}
	}
}
