/*
 * Text hygiene: making untrusted text safe to draw and uniform to search.
 *
 * Stripping works on code points, not bytes, so the C1 controls (U+0080 to
 * U+009F, two bytes in UTF-8) are recognised as what they are and never
 * confused with continuation bytes. An escape sequence is removed whole:
 * leaving its parameters behind would draw "[31m" in the middle of a
 * sentence. A string sequence (OSC, DCS, SOS, PM, APC) with no terminator
 * runs to the end of the input, as it would on a terminal.
 *
 * Of the 8-bit introducers only CSI (U+009B) takes its parameters with it:
 * U+0090 and U+0098 to U+009F also turn up as mojibake of Windows-1252
 * text, and treating them as string starters would swallow whole articles.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "util.h"

#define UTIL_TEXT_ESC	0x1b
#define UTIL_TEXT_BEL	0x07
#define UTIL_TEXT_CSI8	0x9b
#define UTIL_TEXT_ST8	0x9c

/* Returns the length of the code point at s[i] and stores it in *cp; a
 * bad byte is one U+FFFD, so even broken input comes out valid. */
static size_t
util_text_cp_next(const char *s, size_t len, size_t i, int32_t *cp)
{
	int	n = util_utf8_decode(s + i, len - i, cp);

	if (n <= 0) {
		*cp = 0xfffd;
		return 1;
	}
	return n;
}

/* Skips CSI parameters, intermediates and the final byte from s[i]. */
static size_t
util_text_skip_csi(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] >= 0x20 && s[i] <= 0x3f)
		i++;
	if (i < len && s[i] >= 0x40 && s[i] <= 0x7e)
		i++;
	return i;
}

/* Skips a string sequence from s[i] up to and including its terminator:
 * ST (ESC \ or U+009C), or also BEL when bel_ends is set (OSC). */
static size_t
util_text_skip_string(const char *s, size_t len, size_t i, int bel_ends)
{
	int32_t	cp;
	size_t	n;

	while (i < len) {
		n = util_text_cp_next(s, len, i, &cp);
		i += n;
		if ((cp == UTIL_TEXT_BEL && bel_ends) || cp == UTIL_TEXT_ST8)
			break;
		if (cp == UTIL_TEXT_ESC && i < len && s[i] == '\\')
			return i + 1;
	}
	return i;
}

/* Skips the escape sequence whose ESC is just before s[i]. */
static size_t
util_text_skip_escape(const char *s, size_t len, size_t i)
{
	int32_t	cp;

	if (i >= len)
		return i;
	switch (s[i]) {
	case '[':
		return util_text_skip_csi(s, len, i + 1);
	case ']':
		return util_text_skip_string(s, len, i + 1, 1);
	case 'P':
	case 'X':
	case '^':
	case '_':
		return util_text_skip_string(s, len, i + 1, 0);
	}
	/* ESC, any intermediates (as in "ESC ( B"), then one final char. */
	while (i < len && s[i] >= 0x20 && s[i] <= 0x2f)
		i++;
	if (i < len)
		i += util_text_cp_next(s, len, i, &cp);
	return i;
}

/* A line break or tab kept (or turned into a space) when stripping. */
static void
util_text_add_space(struct util_buf *b, int32_t cp, int keep_newlines)
{
	if (keep_newlines)
		util_buf_add_char(b, (char)cp);
	else
		util_buf_add_char(b, ' ');
}

char *
util_text_strip_controls(const char *s, size_t len, int keep_newlines)
{
	struct util_buf	b;
	size_t		i = 0, n;
	int32_t		cp;

	util_buf_init(&b);
	while (i < len) {
		n = util_text_cp_next(s, len, i, &cp);
		i += n;
		if (cp == UTIL_TEXT_ESC)
			i = util_text_skip_escape(s, len, i);
		else if (cp == UTIL_TEXT_CSI8)
			i = util_text_skip_csi(s, len, i);
		else if (cp == '\n' || cp == '\t')
			util_text_add_space(&b, cp, keep_newlines);
		else if (cp == '\r' && (i == len || s[i] != '\n'))
			/* A lone CR ends a line in old Mac text. */
			util_text_add_space(&b, '\n', keep_newlines);
		else if (cp >= 0x20 && (cp < 0x7f || cp > 0x9f))
			util_buf_add_cp(&b, cp);
	}
	return util_buf_steal(&b, NULL);
}

/* White space as util_text_clean collapses it. */
static int
util_text_is_space(int32_t cp)
{
	if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x2028 ||
	    cp == 0x2029)
		return 1;
	/* Of ASCII only the space is Zs: skip the table for most text. */
	return cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/*
 * Collapses white space runs to one space, trims both ends, and drops the
 * BOM and soft hyphens, which are invisible but split words for search.
 */
static char *
util_text_squeeze(const char *s, size_t len)
{
	struct util_buf	b;
	size_t		i = 0, n;
	int32_t		cp;
	int		pending = 0;

	util_buf_init(&b);
	while (i < len) {
		n = util_text_cp_next(s, len, i, &cp);
		if (util_text_is_space(cp))
			pending = 1;
		else if (cp != 0xfeff && cp != 0x00ad) {
			if (pending && b.len != 0)
				util_buf_add_char(&b, ' ');
			pending = 0;
			util_buf_add_cp(&b, cp);
		}
		i += n;
	}
	return util_buf_steal(&b, NULL);
}

char *
util_text_clean(const char *s, size_t len)
{
	char	*stripped, *squeezed, *nfc;

	stripped = util_text_strip_controls(s, len, 0);
	squeezed = util_text_squeeze(stripped, strlen(stripped));
	free(stripped);
	if (util_utf8_nfc_inert(squeezed))
		return squeezed;
	nfc = util_utf8_nfc(squeezed);
	free(squeezed);
	return nfc;
}

/* Whether the straight quote at s[i] can open (open set) or close a
 * quotation, judged by the bytes around it. */
static int
util_text_quote_fits(const char *s, size_t i, int open)
{
	unsigned char	 before = i > 0 ? (unsigned char)s[i - 1] : ' ';
	unsigned char	 after = (unsigned char)s[i + 1];

	if (open)
		return strchr(" ([-/", before) != NULL && after != '\0' &&
		    after != ' ' && after != '"';
	return before != ' ' && (after == '\0' || strchr(" .,;:!?)-]",
	    after) != NULL);
}

char *
util_text_quotes_de(const char *s)
{
	struct util_buf	 b;
	size_t		 n = 0, i;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '"' && !util_text_quote_fits(s, i, n++ % 2 == 0))
			return NULL;
	}
	if (n == 0 || n % 2 != 0)
		return NULL;
	util_buf_init(&b);
	for (n = 0, i = 0; s[i] != '\0'; i++) {
		if (s[i] != '"')
			util_buf_add_char(&b, s[i]);
		else
			util_buf_add_str(&b, n++ % 2 == 0 ? "„" : "“");
	}
	return util_buf_steal(&b, NULL);
}
