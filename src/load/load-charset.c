/*
 * load-charset: turns the bytes of an HTML page into UTF-8 before any
 * importer sees them, so importers only ever meet one encoding.
 *
 * The charset is chosen the way browsers choose it (WHATWG "encoding
 * sniffing", shortened): a byte-order mark wins, then the transport's
 * charset (an HTTP header, passed in as a hint), then a <meta charset> or
 * http-equiv Content-Type in the first few kilobytes, else UTF-8. Labels
 * are mapped to the superset browsers really use (ISO-8859-1 and ASCII are
 * windows-1252, GB2312 is GB18030, EUC-KR is CP949, Shift_JIS is CP932).
 *
 * Pages lie, so the declaration is checked against the bytes:
 *  - bytes that are valid UTF-8 with at least one multi-byte sequence are
 *    UTF-8 whatever the page says (text in a legacy single- or multi-byte
 *    charset almost never forms valid UTF-8 by accident);
 *  - a page that says (or defaults to) UTF-8 but is mostly not is read as
 *    windows-1252, the commonest legacy charset on the web;
 *  - a charset iconv does not know falls back the same way.
 * Conversion is glibc's iconv; a byte it cannot convert becomes U+FFFD and
 * is counted, so the result is always valid UTF-8 without NUL bytes.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "util.h"

/* How far into the page a <meta> declaration is looked for. */
#define LOAD_CHARSET_SCAN	8192

struct load_charset_alias {
	const char	*label;
	const char	*iconv_name;
};

/* WHATWG's mapping of labels to the encodings browsers really decode. */
static const struct load_charset_alias load_charset_aliases[] = {
	{ "utf-8", "UTF-8" },		{ "utf8", "UTF-8" },
	{ "unicode-1-1-utf-8", "UTF-8" },
	{ "us-ascii", "WINDOWS-1252" },	{ "ascii", "WINDOWS-1252" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
	{ "latin1", "WINDOWS-1252" },	{ "l1", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" },	{ "windows-1252", "WINDOWS-1252" },
	{ "x-cp1252", "WINDOWS-1252" },	{ "cp819", "WINDOWS-1252" },
	{ "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" },
	{ "tis-620", "WINDOWS-874" },	{ "iso-8859-11", "WINDOWS-874" },
	{ "gb2312", "GB18030" },	{ "gbk", "GB18030" },
	{ "x-gbk", "GB18030" },		{ "gb18030", "GB18030" },
	{ "chinese", "GB18030" },
	{ "shift_jis", "CP932" },	{ "shift-jis", "CP932" },
	{ "sjis", "CP932" },		{ "x-sjis", "CP932" },
	{ "ms_kanji", "CP932" },	{ "windows-31j", "CP932" },
	{ "euc-kr", "CP949" },		{ "ks_c_5601-1987", "CP949" },
	{ "korean", "CP949" },		{ "windows-949", "CP949" },
	{ "big5", "BIG5-HKSCS" },	{ "big5-hkscs", "BIG5-HKSCS" },
	{ "x-x-big5", "BIG5-HKSCS" },
	{ "utf-16", "UTF-16LE" },	{ "utf-16le", "UTF-16LE" },
	{ "utf-16be", "UTF-16BE" },
};

static int
load_charset_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
load_charset_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * The iconv name for a label (trimmed, any case), or the label itself in
 * upper case for iconv to judge; NULL when it is empty or too long.
 */
static const char *
load_charset_name(const char *label, size_t len, char *out, size_t outsz)
{
	size_t	 i, n = 0;

	while (len > 0 && load_charset_is_space((unsigned char)*label)) {
		label++;
		len--;
	}
	while (len > 0 && load_charset_is_space((unsigned char)label[len - 1]))
		len--;
	if (len == 0 || len >= outsz)
		return NULL;
	for (i = 0; i < len; i++) {
		int c = (unsigned char)label[i];

		if (!(c == '-' || c == '_' || c == '.' || c == ':' ||
		    (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z')))
			return NULL;
		out[n++] = (char)load_charset_lower(c);
	}
	out[n] = '\0';
	for (i = 0; i < sizeof load_charset_aliases /
	    sizeof load_charset_aliases[0]; i++) {
		if (strcmp(out, load_charset_aliases[i].label) == 0)
			return load_charset_aliases[i].iconv_name;
	}
	for (i = 0; i < n; i++) {
		if (out[i] >= 'a' && out[i] <= 'z')
			out[i] = (char)(out[i] - 'a' + 'A');
	}
	return out;
}

/* Case-insensitive search for an ASCII needle in s[0..len). */
static const char *
load_charset_find(const char *s, size_t len, const char *needle)
{
	size_t	 n = strlen(needle), i, k;

	for (i = 0; i + n <= len; i++) {
		for (k = 0; k < n; k++) {
			if (load_charset_lower((unsigned char)s[i + k]) !=
			    needle[k])
				break;
		}
		if (k == n)
			return s + i;
	}
	return NULL;
}

/*
 * The value after "charset" (= optional quotes) at p, in the same <meta>
 * tag: its start in *value and length returned; 0 when there is none.
 */
static size_t
load_charset_value(const char *p, const char *end, const char **value)
{
	size_t	 n = 0;

	p += strlen("charset");
	while (p < end && load_charset_is_space((unsigned char)*p))
		p++;
	if (p >= end || *p != '=')
		return 0;
	p++;
	while (p < end && load_charset_is_space((unsigned char)*p))
		p++;
	while (p < end && (*p == '"' || *p == '\''))
		p++;
	*value = p;
	while (p + n < end && p[n] != '"' && p[n] != '\'' && p[n] != ';' &&
	    p[n] != '>' && p[n] != '/' && !load_charset_is_space(
	    (unsigned char)p[n]))
		n++;
	return n;
}

/*
 * The charset declared by the first <meta> tag that declares one
 * (charset=… or content="…; charset=…"), copied into out; NULL if none.
 */
static const char *
load_charset_meta(const char *data, size_t len, char *out, size_t outsz)
{
	const char	*p = data, *end, *tag_end, *cs, *value;
	size_t		 n;

	if (len > LOAD_CHARSET_SCAN)
		len = LOAD_CHARSET_SCAN;
	end = data + len;
	while ((p = load_charset_find(p, (size_t)(end - p), "<meta")) != NULL) {
		tag_end = memchr(p, '>', (size_t)(end - p));
		if (tag_end == NULL)
			return NULL;
		cs = load_charset_find(p, (size_t)(tag_end - p), "charset");
		if (cs != NULL &&
		    (n = load_charset_value(cs, tag_end, &value)) > 0)
			return load_charset_name(value, n, out, outsz);
		p = tag_end;
	}
	return NULL;
}

/*
 * Converts with iconv, replacing what it cannot convert by U+FFFD (one
 * input byte skipped each time). Returns NULL when iconv does not know the
 * charset.
 */
static char *
load_charset_iconv(const char *from, const char *data, size_t len,
    size_t *out_len, size_t *invalid)
{
	static const char	 repl[] = "\xef\xbf\xbd";
	struct util_buf		 buf;
	iconv_t			 cd;
	char			 chunk[16384], *in = (char *)data, *out;
	size_t			 inleft = len, outleft, bad = 0;

	cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return NULL;
	util_buf_init(&buf);
	for (;;) {
		size_t rc;

		out = chunk;
		outleft = sizeof chunk;
		rc = iconv(cd, inleft > 0 ? &in : NULL, &inleft, &out,
		    &outleft);
		util_buf_add(&buf, chunk, sizeof chunk - outleft);
		if (rc != (size_t)-1 && inleft == 0)
			break;
		if (rc == (size_t)-1 && errno == E2BIG)
			continue;
		if (rc == (size_t)-1) {
			/* EILSEQ or EINVAL (truncated at the end). */
			util_buf_add(&buf, repl, 3);
			bad++;
			in++;
			inleft--;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	util_buf_add(&buf, "", 0);
	*invalid = bad;
	/* A converter may still produce NUL (from "\0\0" in UTF-16). */
	out = util_buf_steal(&buf, out_len);
	if (!util_utf8_valid(out, *out_len)) {
		char *fixed = util_utf8_repair(out, *out_len, out_len, NULL);

		free(out);
		out = fixed;
	}
	return out;
}

/* Whether the 8 bytes at p are all ASCII and none is NUL: the usual
 * bit trick, so markup is checked a word at a time. */
static int
load_charset_ascii8(const char *p)
{
	const uint64_t	 ones = 0x0101010101010101u, highs = ones << 7;
	uint64_t	 w;

	memcpy(&w, p, sizeof w);
	return (w & highs) == 0 && ((w - ones) & ~w & highs) == 0;
}

/* Counts multi-byte UTF-8 sequences and invalid bytes in data. */
static void
load_charset_utf8_stats(const char *data, size_t len, size_t *multi,
    size_t *bad)
{
	size_t	 i = 0;
	int32_t	 cp;

	*multi = *bad = 0;
	while (i < len) {
		int n;

		if (len - i >= 8 && load_charset_ascii8(data + i)) {
			i += 8;
			continue;
		}
		if ((unsigned char)data[i] < 0x80) {
			if (data[i] == '\0')
				(*bad)++;	/* repaired like a bad byte */
			i++;
			continue;
		}
		n = util_utf8_decode(data + i, len - i, &cp);
		if (n < 0) {
			(*bad)++;
			i++;
		} else {
			(*multi)++;
			i += (size_t)n;
		}
	}
}

/* The charset a byte-order mark names and the mark's length, or NULL. */
static const char *
load_charset_bom(const char *data, size_t len, size_t *skip)
{
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		*skip = 3;
		return "UTF-8";
	}
	if (len >= 2 && memcmp(data, "\xff\xfe", 2) == 0) {
		*skip = 2;
		return "UTF-16LE";
	}
	if (len >= 2 && memcmp(data, "\xfe\xff", 2) == 0) {
		*skip = 2;
		return "UTF-16BE";
	}
	*skip = 0;
	return NULL;
}

/*
 * The charset to read non-BOM bytes as: the hint or the declaration unless
 * the bytes contradict it (see the comment atop the file).
 */
static const char *
load_charset_choose(const char *data, size_t len, const char *hint,
    char *buf, size_t bufsz, size_t *bad_out)
{
	const char	*declared = NULL;
	size_t		 multi, bad;

	if (hint != NULL)
		declared = load_charset_name(hint, strlen(hint), buf, bufsz);
	if (declared == NULL)
		declared = load_charset_meta(data, len, buf, bufsz);
	/* A page cannot be UTF-16 once it has been read as ASCII markup. */
	if (declared != NULL && strncmp(declared, "UTF-16", 6) == 0)
		declared = "UTF-8";
	load_charset_utf8_stats(data, len, &multi, &bad);
	*bad_out = bad;
	if (bad == 0 && multi > 0)
		return "UTF-8";
	if (declared == NULL || strcmp(declared, "UTF-8") == 0) {
		/* Mostly UTF-8 with a few broken bytes: repair, not recode. */
		if (bad == 0 || multi >= 4 * bad)
			return "UTF-8";
		return "WINDOWS-1252";
	}
	return declared;
}

char *
load_charset_to_utf8(const char *data, size_t len, const char *hint,
    size_t *out_len, size_t *invalid, char *used, size_t usedsz)
{
	const char	*cs;
	char		 name[64], *out;
	size_t		 skip, bad = 0, utf8_bad = 1;

	cs = load_charset_bom(data, len, &skip);
	if (cs == NULL)
		cs = load_charset_choose(data, len, hint, name, sizeof name,
		    &utf8_bad);
	data += skip;
	len -= skip;
	out = NULL;
	if (strcmp(cs, "UTF-8") != 0) {
		out = load_charset_iconv(cs, data, len, out_len, &bad);
		if (out == NULL) {
			/* Unknown to iconv: the commonest legacy charset. */
			cs = "WINDOWS-1252";
			out = load_charset_iconv(cs, data, len, out_len, &bad);
		}
	}
	if (out == NULL && utf8_bad == 0) {
		/* Already valid UTF-8 (the common case): a plain copy. */
		out = xstrndup(data, len);
		*out_len = len;
	} else if (out == NULL)
		out = util_utf8_repair(data, len, out_len, &bad);
	if (invalid != NULL)
		*invalid = bad;
	if (used != NULL && usedsz > 0) {
		strncpy(used, cs, usedsz - 1);
		used[usedsz - 1] = '\0';
	}
	return out;
}
