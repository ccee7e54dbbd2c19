/*
 * fuzz-util-text: the UTF-8 and text-cleaning functions every block's text
 * passes through, on arbitrary bytes repaired to UTF-8. Besides crashes and
 * undefined behaviour it checks their contracts: results are valid UTF-8,
 * cleaned text holds no control character or escape and no run of white
 * space, walking graphemes covers the text exactly, NFC is utf8proc's
 * (util_utf8_nfc skips utf8proc for text it cannot change), and German
 * quotes set by util_text_quotes_de leave no straight quote behind.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
fuzz_check(int ok, const char *what, const char *s)
{
	if (ok)
		return;
	fprintf(stderr, "fuzz-util-text: %s: %.200s\n", what, s);
	abort();
}

/* No byte below 0x20 or DEL, no C1 control (U+0080..U+009F). */
static int
fuzz_text_has_controls(const char *s, size_t len, int allow_newlines)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		unsigned char	c = (unsigned char)s[i];

		if ((c == '\n' || c == '\t') && allow_newlines)
			continue;
		if (c < 0x20 || c == 0x7f)
			return 1;
		if (c == 0xc2 && i + 1 < len &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9f)
			return 1;
	}
	return 0;
}

static void
fuzz_clean_check(const char *text, size_t len)
{
	char	*clean = util_text_clean(text, len);
	size_t	 n = strlen(clean);

	fuzz_check(util_utf8_valid(clean, n), "clean: invalid UTF-8", clean);
	fuzz_check(!fuzz_text_has_controls(clean, n, 0), "clean: control",
	    clean);
	fuzz_check(strstr(clean, "  ") == NULL, "clean: double space", clean);
	fuzz_check(n == 0 || (clean[0] != ' ' && clean[n - 1] != ' '),
	    "clean: not trimmed", clean);
	free(clean);
}

static void
fuzz_strip_check(const char *text, size_t len)
{
	char	*s = util_text_strip_controls(text, len, 1);
	size_t	 n = strlen(s);

	fuzz_check(util_utf8_valid(s, n), "strip: invalid UTF-8", s);
	fuzz_check(!fuzz_text_has_controls(s, n, 1), "strip: control", s);
	free(s);
}

/* The graphemes tile the text and their widths sum to its width. */
static void
fuzz_grapheme_check(const char *text, size_t len)
{
	size_t	 off = 0, step, width = 0;
	int	 w;

	while (off < len) {
		step = util_utf8_grapheme_next(text + off, len - off, &w);
		fuzz_check(step > 0 && step <= len - off, "grapheme step",
		    text);
		fuzz_check(w >= 0 && w <= 2, "grapheme width", text);
		width += (size_t)w;
		off += step;
	}
	fuzz_check(width == util_utf8_width(text, len), "width sum", text);
}

static void
fuzz_nfc_check(const char *text)
{
	char	*ours = util_utf8_nfc(text);
	char	*lib = (char *)utf8proc_NFC((const utf8proc_uint8_t *)text);

	fuzz_check(util_utf8_valid(ours, strlen(ours)), "nfc: invalid", ours);
	fuzz_check(lib == NULL || strcmp(ours, lib) == 0,
	    "nfc: not utf8proc's", text);
	free(lib);
	free(ours);
}

static void
fuzz_quotes_check(const char *text)
{
	char	*set = util_text_quotes_de(text);

	if (set == NULL)
		return;
	fuzz_check(util_utf8_valid(set, strlen(set)), "quotes: invalid", set);
	fuzz_check(strchr(set, '"') == NULL, "quotes: one left", set);
	free(set);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*text, *s;
	size_t	 len;

	text = util_utf8_repair((const char *)data, size, &len, NULL);
	fuzz_check(util_utf8_valid(text, len), "repair: invalid", text);
	fuzz_clean_check(text, len);
	fuzz_strip_check(text, len);
	fuzz_grapheme_check(text, len);
	fuzz_check(util_utf8_cp_count(text, len) <= len, "cp count", text);
	fuzz_nfc_check(text);
	fuzz_quotes_check(text);
	s = util_utf8_fold(text, 1);
	fuzz_check(util_utf8_valid(s, strlen(s)), "fold: invalid", s);
	free(s);
	free(text);
	return 0;
}
