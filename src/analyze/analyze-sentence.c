/*
 * analyze-sentence.c: the sentence splitter. A sentence ends at . ! ? or …
 * (with any closing quotation marks and brackets after it) when white space
 * and then something that can begin a sentence follow: an upper-case
 * letter, a digit, an opening mark or bracket. A period does not end one
 * after an abbreviation from the table, an initial ("J. F. Kennedy"), or an
 * ordinal ("13. September", "am 3. Tag"); inner periods ("2.v.r", "3.8",
 * "z.B.") are never followed by a space.
 *
 * One pass over the bytes, looking back only over the word before a
 * period: linear in the length.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"
#include "util.h"

/* The code point at s[i] (0 at the end or on a bad byte), its length in n. */
static int32_t
analyze_sentence_cp(const char *s, size_t len, size_t i, int *n)
{
	int32_t	cp;

	*n = 1;
	if (i >= len)
		return 0;
	if ((unsigned char)s[i] < 0x80)
		return (unsigned char)s[i];
	*n = util_utf8_decode(s + i, len - i, &cp);
	if (*n < 1) {
		*n = 1;
		return 0;
	}
	return cp;
}

static int
analyze_sentence_is_closer(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D ||
	    cp == 0x2019 || cp == 0x00AB || cp == 0x00BB || cp == 0x2018 ||
	    cp == ')' || cp == ']';
}

static int
analyze_sentence_is_space(int32_t cp)
{
	return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' ||
	    cp == 0xA0;
}

/* The first offset from start on, before end, that is not white space.
 * White space is read by code point: 0xA0 is also the last byte of "à"
 * and U+00A0 two bytes, so a byte test cuts characters in half. */
static size_t
analyze_sentence_skip_space(const char *s, size_t start, size_t end)
{
	int	w;

	while (start < end &&
	    analyze_sentence_is_space(analyze_sentence_cp(s, end, start, &w)))
		start += (size_t)w;
	return start;
}

/* end with the white space before it, down to start, taken off. */
static size_t
analyze_sentence_trim_space(const char *s, size_t start, size_t end)
{
	size_t	k;
	int	w;

	while (end > start) {
		k = end - 1;
		while (k > start && ((unsigned char)s[k] & 0xc0) == 0x80)
			k--;
		if (!analyze_sentence_is_space(analyze_sentence_cp(s, end, k,
		    &w)) || k + (size_t)w != end)
			break;
		end = k;
	}
	return end;
}

/* Can this code point begin a sentence? */
static int
analyze_sentence_can_begin(int32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return 1;
	if (analyze_cp_is_upper(cp))
		return 1;
	return cp == '"' || cp == '\'' || cp == 0x201E || cp == 0x201C ||
	    cp == 0x00BB || cp == 0x00AB || cp == 0x201A || cp == 0x2018 ||
	    cp == '(' || cp == '[' || cp == 0x2013 || cp == 0x2014 ||
	    cp == '-';
}

/*
 * Does the period at s[dot] end a sentence, given that the next word
 * starts with next? Looks back over the word before the period.
 */
static int
analyze_sentence_period_ends(const char *s, size_t dot, int32_t next)
{
	size_t	b = dot, digits = 0, letters = 0, upper = 0, i;
	char	low[32];
	size_t	n = 0;

	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' &&
	    s[b - 1] != '\n' && s[b - 1] != '"')
		b--;
	for (i = b; i < dot; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= '0' && c <= '9')
			digits++;
		else if (c >= 'A' && c <= 'Z')
			upper++, letters++;
		else if (c >= 'a' && c <= 'z')
			letters++;
		else if (c >= 0x80)
			letters++;
		if (n + 1 < sizeof low)
			low[n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
	}
	if (dot == b)
		return 1;
	/* An ordinal: up to three digits (and inner periods, "13.9."). */
	if (letters == 0 && digits > 0 && digits <= 3 && dot - b <= 6)
		return !(analyze_cp_is_upper(next) || (next >= '0' &&
		    next <= '9')) || 0;
	if (letters == 0 && digits > 0)
		return 1;
	/* A single upper-case letter: an initial. */
	if (dot - b == 1 && upper == 1)
		return 0;
	if (analyze_word_abbrev(low, n < sizeof low ? n : 0))
		return 0;
	return 1;
}

size_t
analyze_sentences(const char *text, size_t len, struct analyze_sentence **out)
{
	size_t	 n = 0, cap = 0, start = 0, i = 0, j;
	int32_t	 cp, nx;
	int	 w, w2;

	*out = NULL;
	while (i < len) {
		cp = analyze_sentence_cp(text, len, i, &w);
		if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026) {
			i += (size_t)w;
			continue;
		}
		/* Runs of end marks and closing marks belong to the end. */
		j = i + (size_t)w;
		for (;;) {
			nx = analyze_sentence_cp(text, len, j, &w2);
			if (nx == '.' || nx == '!' || nx == '?' ||
			    nx == 0x2026 || analyze_sentence_is_closer(nx))
				j += (size_t)w2;
			else
				break;
		}
		nx = analyze_sentence_cp(text, len, j, &w2);
		if (j < len && !analyze_sentence_is_space(nx)) {
			i = j;
			continue;
		}
		{
			size_t k = j;
			int32_t first;

			while (k < len && analyze_sentence_is_space(
			    analyze_sentence_cp(text, len, k, &w2)))
				k += (size_t)w2;
			first = analyze_sentence_cp(text, len, k, &w2);
			if (k < len && (!analyze_sentence_can_begin(first) ||
			    (cp == '.' && j == i + 1 &&
			    !analyze_sentence_period_ends(text, i, first)))) {
				i = j;
				continue;
			}
		}
		start = analyze_sentence_skip_space(text, start, j);
		if (j > start) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				*out = xreallocarray(*out, cap, sizeof **out);
			}
			(*out)[n].start = start;
			(*out)[n].end = j;
			n++;
		}
		start = j;
		i = j;
	}
	start = analyze_sentence_skip_space(text, start, len);
	j = analyze_sentence_trim_space(text, start, len);
	if (j > start) {
		if (n == cap)
			*out = xreallocarray(*out, cap + 1, sizeof **out);
		(*out)[n].start = start;
		(*out)[n].end = j;
		n++;
	}
	return n;
}
