/*
 * analyze-ner-token.c: tokens for the entity tagger. Text is cut at white
 * space; leading and trailing punctuation becomes tokens of its own, except
 * the dot of an abbreviation, an initial or an ordinal ("Dr.", "J.", "3."),
 * which GermEval keeps on the word. Inner hyphens stay, so "UN-Resolutionen"
 * is one token, as it is one token in the training data.
 *
 * Case mapping is local and covers Latin, Greek and Cyrillic: the tagger
 * needs "is it upper case" and a lower-case key per token hundreds of
 * thousands of times a second, and a table lookup is all that takes.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

int32_t
analyze_ner_cp_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
	    (cp >= 0x391 && cp <= 0x3AB) || (cp >= 0x410 && cp <= 0x42F))
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 &&
	    cp != 0x149 && cp != 0x17F) {
		/* Latin Extended-A pairs upper/lower, the parity flipping
		 * between 0x138 and 0x149 and again at 0x178. */
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179))
			return (cp & 1) ? cp + 1 : cp;
		return (cp & 1) ? cp : cp + 1;
	}
	return cp;
}

int
analyze_ner_cp_is_upper(int32_t cp)
{
	return analyze_ner_cp_lower(cp) != cp;
}

uint32_t
analyze_ner_hash_add(uint32_t h, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

uint32_t
analyze_ner_hash_str(const char *s)
{
	return analyze_ner_hash_add(ANALYZE_NER_HASH_INIT, s, strlen(s));
}

/* The hash of the lower-case form, without making a copy. */
uint32_t
analyze_ner_hash_lower(const char *s, size_t len)
{
	uint32_t	 h = ANALYZE_NER_HASH_INIT;
	size_t		 pos = 0;
	int32_t		 cp;
	int		 n;
	char		 tmp[8];

	while (pos < len) {
		n = util_utf8_decode(s + pos, len - pos, &cp);
		if (n < 1) {
			h = analyze_ner_hash_add(h, s + pos, 1);
			pos++;
			continue;
		}
		cp = analyze_ner_cp_lower(cp);
		if (cp < 0x80) {
			tmp[0] = (char)cp;
			h = analyze_ner_hash_add(h, tmp, 1);
		} else if (cp < 0x800) {
			tmp[0] = (char)(0xC0 | (cp >> 6));
			tmp[1] = (char)(0x80 | (cp & 0x3F));
			h = analyze_ner_hash_add(h, tmp, 2);
		} else
			h = analyze_ner_hash_add(h, s + pos, (size_t)n);
		pos += (size_t)n;
	}
	return h;
}

/* Punctuation that is split off a word's edges. */
static int
analyze_ner_cp_is_edge(int32_t cp)
{
	switch (cp) {
	case '(': case ')': case '[': case ']': case '{': case '}':
	case ',': case ';': case ':': case '!': case '?': case '"':
	case '\'': case '*': case '/':
	case 0x201E: case 0x201C: case 0x201D: case 0x201A: case 0x2018:
	case 0x2019: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
	case 0x2026: case 0x2013: case 0x2014: case 0x00B7:
		return 1;
	}
	return 0;
}

/* Words whose final dot belongs to them. */
static int
analyze_ner_abbrev_is(const char *w, size_t len)
{
	static const char *const abbr[] = {
		"Dr", "Prof", "St", "Mr", "Mrs", "Ms", "Jr", "Sr", "Co",
		"Inc", "Ltd", "Corp", "vs", "etc", "Nr", "bzw", "ca", "Str",
		"Hl", "jun", "sen", "Mt", "Ft", "Gen", "Col", "Lt", "Sgt",
		"Rev", "Bros", "No", "Abs", "Art", "Bd", "Jh", "usw", "Mio",
		"Mrd", "Dipl", "Ing", "Hrsg", "Fr", "Hr", NULL
	};
	size_t	i, dots = 0, digits = 0;

	for (i = 0; i < len; i++) {
		dots += w[i] == '.';
		digits += w[i] >= '0' && w[i] <= '9';
	}
	if (len == 1 && analyze_ner_cp_is_upper((unsigned char)w[0]))
		return 1;
	if (dots > 0 || (digits == len && len <= 2))
		return 1;
	for (i = 0; abbr[i] != NULL; i++)
		if (strlen(abbr[i]) == len && memcmp(abbr[i], w, len) == 0)
			return 1;
	return 0;
}

static void
analyze_ner_tok_push(struct analyze_ner_tok **out, size_t *n, size_t *cap,
    size_t start, size_t end)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*out = xreallocarray(*out, *cap, sizeof **out);
	}
	memset(&(*out)[*n], 0, sizeof **out);
	(*out)[*n].start = start;
	(*out)[*n].end = end;
	(*n)++;
}

/* The code point that ends at byte end; its first byte goes to *startp. */
static int32_t
analyze_ner_cp_before(const char *s, size_t begin, size_t end,
    size_t *startp)
{
	size_t	p = end;
	int32_t	cp = 0;

	do
		p--;
	while (p > begin && ((unsigned char)s[p] & 0xC0) == 0x80);
	if (util_utf8_decode(s + p, end - p, &cp) < 1)
		cp = (unsigned char)s[p];
	*startp = p;
	return cp;
}

/* Splits an English clitic off s[a..b): "Putin's" is "Putin" and "'s".
 * Returns the new end of the word. */
static size_t
analyze_ner_clitic_split(const char *s, size_t a, size_t b)
{
	if (b - a > 2 && s[b - 1] == 's' && s[b - 2] == '\'')
		return b - 2;
	if (b - a > 4 && s[b - 1] == 's' &&
	    memcmp(s + b - 4, "\xE2\x80\x99", 3) == 0)
		return b - 4;
	return b;
}

/* Cuts one white-space-free chunk s[a..b) into tokens. */
static void
analyze_ner_chunk_split(const char *s, size_t a, size_t b,
    struct analyze_ner_tok **out, size_t *n, size_t *cap)
{
	size_t	 tail[16], ntail = 0, p, w;
	int32_t	 cp;
	int	 k;

	while (a < b) {
		k = util_utf8_decode(s + a, b - a, &cp);
		if (k < 1 || !analyze_ner_cp_is_edge(cp))
			break;
		analyze_ner_tok_push(out, n, cap, a, a + (size_t)k);
		a += (size_t)k;
	}
	tail[0] = b;
	while (b > a && ntail < 15) {
		cp = analyze_ner_cp_before(s, a, b, &p);
		if (!(cp == '.' && (p == a ||
		    !analyze_ner_abbrev_is(s + a, p - a))) &&
		    !analyze_ner_cp_is_edge(cp))
			break;
		tail[++ntail] = p;
		b = p;
	}
	if (b > a) {
		w = analyze_ner_clitic_split(s, a, b);
		analyze_ner_tok_push(out, n, cap, a, w);
		if (w < b)
			analyze_ner_tok_push(out, n, cap, w, b);
	}
	/* tail[ntail] < … < tail[0]: the marks from left to right. */
	for (; ntail > 0; ntail--)
		analyze_ner_tok_push(out, n, cap, tail[ntail],
		    tail[ntail - 1]);
}

/* Whether a token ends a sentence for the next one's "first" flag. */
static int
analyze_ner_tok_ends(const char *s, const struct analyze_ner_tok *t)
{
	size_t	len = t->end - t->start;

	if (len != 1)
		return 0;
	return s[t->start] == '.' || s[t->start] == '!' ||
	    s[t->start] == '?' || s[t->start] == ':';
}

/* Whether the token is one opening or closing mark. */
static int
analyze_ner_tok_is_edge(const char *s, const struct analyze_ner_tok *t)
{
	int32_t	cp;
	int	k = util_utf8_decode(s + t->start, t->end - t->start, &cp);

	return k > 0 && (size_t)k == t->end - t->start &&
	    analyze_ner_cp_is_edge(cp);
}

size_t
analyze_ner_tokenize(const char *text, size_t len,
    struct analyze_ner_tok **out)
{
	size_t	n = 0, cap = 0, pos = 0, a, i;
	int	first = 1;

	*out = NULL;
	while (pos < len) {
		while (pos < len && (text[pos] == ' ' || text[pos] == '\n' ||
		    text[pos] == '\t'))
			pos++;
		a = pos;
		while (pos < len && text[pos] != ' ' && text[pos] != '\n' &&
		    text[pos] != '\t')
			pos++;
		if (pos > a)
			analyze_ner_chunk_split(text, a, pos, out, &n, &cap);
	}
	for (i = 0; i < n; i++) {
		(*out)[i].first = first;
		if (analyze_ner_tok_ends(text, &(*out)[i]))
			first = 1;
		else if (!analyze_ner_tok_is_edge(text, &(*out)[i]))
			first = 0;
	}
	return n;
}
