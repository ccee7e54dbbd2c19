/*
 * UTF-8: strict decoding and repair, and everything Unicode-aware (NFC, case
 * folding, grapheme clusters, display width) delegated to utf8proc.
 *
 * Decoding is strict: overlong forms, surrogates, code points above
 * U+10FFFF and truncated sequences are all invalid. Repair replaces each
 * "maximal subpart" of an invalid sequence with one U+FFFD, the practice
 * Unicode recommends and browsers follow, so a sequence cut short by the
 * end of the input costs one replacement, not one per byte.
 *
 * utf8proc allocates with malloc(), so its results are freed with free()
 * like everything else util hands out.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "util.h"

/* Bounds on the second byte of a multi-byte sequence, by lead byte. */
static int
util_utf8_second_ok(unsigned char lead, unsigned char c)
{
	switch (lead) {
	case 0xe0:
		return c >= 0xa0 && c <= 0xbf;	/* no overlong forms */
	case 0xed:
		return c >= 0x80 && c <= 0x9f;	/* no surrogates */
	case 0xf0:
		return c >= 0x90 && c <= 0xbf;	/* no overlong forms */
	case 0xf4:
		return c >= 0x80 && c <= 0x8f;	/* nothing past U+10FFFF */
	default:
		return c >= 0x80 && c <= 0xbf;
	}
}

/*
 * Scans one sequence. Returns its length when valid (with *cp set), or
 * minus the length of the maximal invalid subpart (at least 1) to skip.
 */
static int
util_utf8_scan(const unsigned char *s, size_t len, int32_t *cp)
{
	size_t	need, i;
	int32_t	v;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		need = 2;
		v = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		need = 3;
		v = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		need = 4;
		v = s[0] & 0x07;
	} else
		return -1;
	for (i = 1; i < need; i++) {
		if (i >= len)
			return -(int)i;
		if (i == 1 ? !util_utf8_second_ok(s[0], s[1]) :
		    (s[i] & 0xc0) != 0x80)
			return -(int)i;
		v = (v << 6) | (s[i] & 0x3f);
	}
	*cp = v;
	return (int)need;
}

int
util_utf8_decode(const char *s, size_t len, int32_t *cp)
{
	int	n;

	if (len == 0)
		return 0;
	n = util_utf8_scan((const unsigned char *)s, len, cp);
	return n < 0 ? -1 : n;
}

char *
util_utf8_repair(const char *s, size_t len, size_t *out_len, size_t *invalid)
{
	struct util_buf	b;
	size_t		i = 0, start = 0, bad = 0;
	int32_t		cp;
	int		n;

	util_buf_init(&b);
	while (i < len) {
		n = util_utf8_scan((const unsigned char *)s + i, len - i, &cp);
		if (n > 0 && cp != 0) {
			i += n;
			continue;
		}
		/* Copy the valid run before the bad sequence in one go. */
		util_buf_add(&b, s + start, i - start);
		util_buf_add_cp(&b, 0xfffd);
		bad++;
		i += n > 0 ? n : -n;
		start = i;
	}
	util_buf_add(&b, s + start, i - start);
	if (invalid != NULL)
		*invalid = bad;
	return util_buf_steal(&b, out_len);
}

int
util_utf8_valid(const char *s, size_t len)
{
	size_t	i = 0;
	int32_t	cp;
	int	n;

	while (i < len) {
		n = util_utf8_scan((const unsigned char *)s + i, len - i, &cp);
		if (n < 0 || cp == 0)
			return 0;
		i += n;
	}
	return 1;
}

/* Every code point has exactly one byte that is not a continuation byte. */
size_t
util_utf8_cp_count(const char *s, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	}
	return n;
}

/*
 * Runs utf8proc_map over s. Input that utf8proc rejects is repaired and
 * mapped again rather than trusted, since a caller's broken promise must
 * not become a crash on hostile input.
 */
static char *
util_utf8_map(const char *s, utf8proc_option_t options)
{
	utf8proc_uint8_t	*out;
	utf8proc_ssize_t	 n;
	char			*fixed;

	options |= UTF8PROC_NULLTERM | UTF8PROC_STABLE;
	n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &out, options);
	if (n == UTF8PROC_ERROR_INVALIDUTF8) {
		fixed = util_utf8_repair(s, strlen(s), NULL, NULL);
		n = utf8proc_map((const utf8proc_uint8_t *)fixed, 0, &out,
		    options);
		free(fixed);
	}
	if (n < 0)
		fatal("utf8proc_map: %s", utf8proc_errmsg(n));
	return (char *)out;
}

/*
 * Whether NFC leaves s as it is, by a scan of its bytes: every code point
 * is below U+0300 or in U+2010..U+20BF (punctuation, quotes, dashes,
 * currency signs), none of which combines, composes with a neighbour or
 * decomposes to anything else (the unit tests check each and each pair
 * against utf8proc). Nearly all European news text passes, and the scan
 * costs a fraction of utf8proc's decomposition and recomposition. A
 * false answer (another code point, invalid UTF-8) only means "ask
 * utf8proc".
 */
int
util_utf8_nfc_inert(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;

	for (; *p != '\0'; p++) {
		if (*p < 0x80)
			continue;
		if (*p >= 0xc2 && *p <= 0xcb && p[1] >= 0x80 && p[1] <= 0xbf) {
			p++;
			continue;
		}
		/* E2 80..82 xx is U+2000..U+20BF; below U+2010 are
		 * singletons such as U+2000 (NFC makes it U+2002). */
		if (*p == 0xe2 && p[1] >= 0x80 && p[1] <= 0x82 &&
		    p[2] >= 0x80 && p[2] <= 0xbf &&
		    (p[1] != 0x80 || p[2] >= 0x90)) {
			p += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

char *
util_utf8_nfc(const char *s)
{
	if (util_utf8_nfc_inert(s))
		return xstrdup(s);
	return util_utf8_map(s, UTF8PROC_COMPOSE);
}

char *
util_utf8_fold(const char *s, int strip_marks)
{
	utf8proc_option_t	options;

	options = UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD;
	if (strip_marks)
		options |= UTF8PROC_STRIPMARK;
	return util_utf8_map(s, options);
}

/* Width of one code point for the terminal: 0, 1 or 2, never negative. */
static int
util_utf8_cp_width(int32_t cp)
{
	int	w;

	if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CC)
		return 0;
	w = utf8proc_charwidth(cp);
	if (w < 0)
		return 0;
	return w > 2 ? 2 : w;
}

/* The grapheme boundary class of cp, for spotting emoji and flags. */
static int
util_utf8_cp_boundclass(int32_t cp)
{
	return utf8proc_get_property(cp)->boundclass;
}

/*
 * The width of a cluster of n code points, given its first code point,
 * the width of its first visible code point, and whether it contains a
 * ZWJ or U+FE0F. Emoji sequences are drawn as one wide glyph by every
 * terminal that draws them at all, whatever their parts measure.
 */
static int
util_utf8_cluster_width(int32_t first, size_t n, int width, int zwj,
    int vs16)
{
	int	class = util_utf8_cp_boundclass(first);

	if (vs16)
		return 2;
	if (zwj && n > 1 && class == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC)
		return 2;
	if (n > 1 && class == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR)
		return 2;
	return width;
}

size_t
util_utf8_grapheme_next(const char *s, size_t len, int *width)
{
	utf8proc_int32_t	state = 0, prev = 0, first = 0, cp;
	size_t			i = 0, n = 0;
	int			step, w = 0, zwj = 0, vs16 = 0;

	*width = 0;
	while (i < len) {
		step = util_utf8_decode(s + i, len - i, &cp);
		if (step < 0) {
			/* A stray byte stands alone and shows as U+FFFD. */
			if (n == 0) {
				*width = 1;
				return 1;
			}
			break;
		}
		if (n == 0)
			first = cp;
		else if (utf8proc_grapheme_break_stateful(prev, cp, &state))
			break;
		if (w == 0)
			w = util_utf8_cp_width(cp);
		zwj |= cp == 0x200d;
		vs16 |= cp == 0xfe0f;
		prev = cp;
		i += step;
		n++;
	}
	*width = util_utf8_cluster_width(first, n, w, zwj, vs16);
	return i;
}

size_t
util_utf8_width(const char *s, size_t len)
{
	size_t	i = 0, n, total = 0;
	int	w;

	while (i < len) {
		n = util_utf8_grapheme_next(s + i, len - i, &w);
		total += w;
		i += n;
	}
	return total;
}
