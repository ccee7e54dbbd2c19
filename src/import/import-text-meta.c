/*
 * Reading the small print of a dump: dates, bylines, photo credits, media
 * durations and kickers.
 *
 * Every reader here looks at one block's text and either recognises it or
 * leaves everything untouched. Words come from tables (month names in
 * English and German, credit prefixes, byline openers, name particles), so
 * a new language or a new credit form is a table row, not new code. Only
 * ASCII letters are case-folded; the tables hold the forms as printed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "import-text.h"

struct import_month {
	const char	*name;	/* lower case */
	int		 month;
};

/* Longer names first within a month so "sept" wins over "sep". */
static const struct import_month import_meta_months[] = {
	{ "january", 1 }, { "januar", 1 }, { "jänner", 1 }, { "jan", 1 },
	{ "february", 2 }, { "februar", 2 }, { "feb", 2 },
	{ "march", 3 }, { "märz", 3 }, { "maerz", 3 }, { "mar", 3 },
	{ "mär", 3 }, { "april", 4 }, { "apr", 4 }, { "may", 5 },
	{ "mai", 5 }, { "june", 6 }, { "juni", 6 }, { "jun", 6 },
	{ "july", 7 }, { "juli", 7 }, { "jul", 7 }, { "august", 8 },
	{ "aug", 8 }, { "september", 9 }, { "sept", 9 }, { "sep", 9 },
	{ "october", 10 }, { "oktober", 10 }, { "oct", 10 }, { "okt", 10 },
	{ "november", 11 }, { "nov", 11 }, { "december", 12 },
	{ "dezember", 12 }, { "dec", 12 }, { "dez", 12 },
};

/* Credit prefixes; colon: must be followed by ':'. */
struct import_credit {
	const char	*prefix;
	int		 colon;
};

static const struct import_credit import_meta_credits[] = {
	{ "Image copyright", 0 }, { "Bildquelle", 1 }, { "Bildrechte", 1 },
	{ "Bild", 1 }, { "Fotos", 1 }, { "Foto", 1 }, { "Photos", 1 },
	{ "Photograph", 1 }, { "Photo", 1 }, { "Images", 1 }, { "Image", 1 },
	{ "Picture", 1 }, { "Credits", 1 }, { "Credit", 1 }, { "Quelle", 1 },
	{ "Copyright", 0 }, { "©", 0 },
};

/* Openers of a byline, as printed. */
static const char *import_meta_by[] = {
	"By ", "by ", "BY ", "Von ", "von ", "VON ", "Written by ",
	"Text: ", "Autor: ", "Author: ",
};

/* Lower-case words that may sit inside a name. */
static const char *import_meta_particles[] = {
	"von", "van", "de", "der", "den", "da", "di", "du", "la", "le",
	"del", "al", "bin", "ten", "zu",
};

/* Words joining two authors, and those before a location. */
static const char *import_meta_joiners[] = { "and", "und", "&", "und," };
static const char *import_meta_places[] = { "aus", "in", "from" };
/* Capitalised words that end a name: what bylines print after it. */
static const char *import_meta_after[] = {
	"Updated", "Published", "Posted", "Aktualisiert", "Veröffentlicht",
	"Stand", "Reporter", "Staff", "Contributor", "Correspondent",
	"Korrespondent", "Redakteur", "Redakteurin", "Editor",
};

static int
import_meta_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
import_meta_digits(const char *s, size_t len, size_t i, int *value)
{
	int	 n = 0;

	*value = 0;
	while (i + n < len && n < 5 && s[i + n] >= '0' && s[i + n] <= '9')
		*value = *value * 10 + (s[i + n++] - '0');
	return n;
}

/* A month name at s[i]: its number, *used the bytes (a dot included). */
static int
import_meta_month(const char *s, size_t len, size_t i, size_t *used)
{
	size_t	 k, j, n, best = 0;
	int	 month = 0;

	for (k = 0; k < sizeof import_meta_months /
	    sizeof import_meta_months[0]; k++) {
		n = strlen(import_meta_months[k].name);
		if (i + n > len || n <= best)
			continue;
		for (j = 0; j < n; j++)
			if (import_meta_lower((unsigned char)s[i + j]) !=
			    (unsigned char)import_meta_months[k].name[j])
				break;
		if (j < n || (i + n < len &&
		    import_meta_lower((unsigned char)s[i + n]) >= 'a' &&
		    import_meta_lower((unsigned char)s[i + n]) <= 'z'))
			continue;
		best = n;
		month = import_meta_months[k].month;
	}
	if (month == 0)
		return 0;
	if (i + best < len && s[i + best] == '.')
		best++;
	*used = best;
	return month;
}

static size_t
import_meta_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == ','))
		i++;
	return i;
}

static int
import_meta_date_ok(int y, int m, int d, char iso[11])
{
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
	return 1;
}

/* "13. September 2023", "13 Sept. 2023", "13.09.2023", "2023-09-13". */
static int
import_meta_date_numeric(const char *s, size_t len, size_t i, char iso[11])
{
	int	 a, b, c, n, month;
	size_t	 j, used;

	n = import_meta_digits(s, len, i, &a);
	j = i + n;
	if (n == 4 && j + 5 < len + 0 && s[j] == '-' &&
	    import_meta_digits(s, len, j + 1, &b) == 2 && s[j + 3] == '-' &&
	    import_meta_digits(s, len, j + 4, &c) == 2)
		return import_meta_date_ok(a, b, c, iso);
	if (n < 1 || n > 2)
		return 0;
	if (j < len && s[j] == '.' && (n = import_meta_digits(s, len, j + 1,
	    &b)) >= 1 && n <= 2 && j + 1 + n < len && s[j + 1 + n] == '.' &&
	    import_meta_digits(s, len, j + 2 + n, &c) == 4)
		return import_meta_date_ok(c, b, a, iso);
	if (j < len && s[j] == '.')
		j++;
	j = import_meta_spaces(s, len, j);
	if ((month = import_meta_month(s, len, j, &used)) == 0)
		return 0;
	j = import_meta_spaces(s, len, j + used);
	if (import_meta_digits(s, len, j, &c) != 4)
		return 0;
	return import_meta_date_ok(c, month, a, iso);
}

/* "September 13, 2023", "Sept. 13, 2023", "Nov 18th 2019". */
static int
import_meta_date_worded(const char *s, size_t len, size_t i, char iso[11])
{
	int	 d, y, n, month;
	size_t	 j, used;

	if ((month = import_meta_month(s, len, i, &used)) == 0)
		return 0;
	j = import_meta_spaces(s, len, i + used);
	n = import_meta_digits(s, len, j, &d);
	if (n < 1 || n > 2)
		return 0;
	j += n;
	if (j + 1 < len && strchr("snrt", s[j]) != NULL &&
	    strchr("tdh", s[j + 1]) != NULL)
		j += 2;		/* 1st, 2nd, 3rd, 4th */
	j = import_meta_spaces(s, len, j);
	if (import_meta_digits(s, len, j, &y) != 4)
		return 0;
	return import_meta_date_ok(y, month, d, iso);
}

int
import_date_find(const char *text, size_t len, char iso[11])
{
	size_t	 i;
	int	 start;

	for (i = 0; i < len; i++) {
		start = i == 0 || !((text[i - 1] >= '0' && text[i - 1] <= '9') ||
		    (import_meta_lower((unsigned char)text[i - 1]) >= 'a' &&
		    import_meta_lower((unsigned char)text[i - 1]) <= 'z'));
		if (!start)
			continue;
		if (text[i] >= '0' && text[i] <= '9') {
			if (import_meta_date_numeric(text, len, i, iso))
				return 1;
		} else if (import_meta_date_worded(text, len, i, iso))
			return 1;
	}
	return 0;
}

int
import_duration_is(const char *text, size_t len)
{
	size_t	 i = 0;
	int	 v, n, groups = 0;

	n = import_meta_digits(text, len, 0, &v);
	if (n < 1 || n > 2)
		return 0;
	i = n;
	while (i < len && groups < 2) {
		if (text[i] != ':' ||
		    import_meta_digits(text, len, i + 1, &v) != 2 || v > 59)
			return 0;
		i += 3;
		groups++;
	}
	return i == len && groups >= 1;
}

/*
 * A credit prefix at text[i]; returns where the credit's text starts, or
 * 0. Inside a text (mid set) a prefix without a colon counts only when
 * glued to the word before or when it is "©".
 */
static size_t
import_meta_credit_at(const char *text, size_t len, size_t i, int mid)
{
	const struct import_credit	*c;
	size_t				 k, n, j;
	int				 colon;

	for (k = 0; k < sizeof import_meta_credits /
	    sizeof import_meta_credits[0]; k++) {
		c = &import_meta_credits[k];
		n = strlen(c->prefix);
		if (i + n > len || strncmp(text + i, c->prefix, n) != 0)
			continue;
		j = i + n;
		colon = j < len && text[j] == ':';
		if (colon)
			j++;
		else if (c->colon && !(strcmp(c->prefix, "Credit") == 0 &&
		    j < len && text[j] >= 'A' && text[j] <= 'Z'))
			continue;	/* "CreditJohn Doe", as NYT prints */
		else if (!c->colon && j < len && text[j] != ' ')
			continue;
		if (mid && !colon && text[i - 1] == ' ' &&
		    strcmp(c->prefix, "©") != 0)
			continue;
		while (j < len && text[j] == ' ')
			j++;
		if (j < len)
			return j;
	}
	return 0;
}

/* Can a glued or spaced credit start after this byte? */
static int
import_meta_credit_after(unsigned char c)
{
	return c == ' ' || c == '.' || c == ')' || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

static int
import_meta_words(const char *s, size_t len)
{
	size_t	 i;
	int	 words = 0, in = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			words++;
		}
	}
	return words;
}

/*
 * A credit at the start of text (*cut = 0) or glued to a caption's end
 * ("…WostotschnyBild: Sputnik", "…the city.CreditJohn Doe"): *cut is the
 * caption's length, *credit where the credit's text starts. The credit
 * must be short, so a sentence that mentions a photo is not one.
 */
int
import_credit_find(const char *text, size_t len, size_t *cut, size_t *credit)
{
	size_t	 i, at;

	for (i = 0; i < len; i++) {
		if (i > 0 && ((unsigned char)text[i] < 0x80 &&
		    !(text[i] >= 'A' && text[i] <= 'Z')))
			continue;
		if (i > 0 && !import_meta_credit_after((unsigned char)text[i - 1]))
			continue;
		if ((at = import_meta_credit_at(text, len, i, i > 0)) == 0)
			continue;
		if (import_meta_words(text + at, len - at) > 15)
			return 0;
		*cut = i;
		while (*cut > 0 && text[*cut - 1] == ' ')
			(*cut)--;
		*credit = at;
		return 1;
	}
	return 0;
}

static int
import_meta_in(const char *word, size_t n, const char **table, size_t count)
{
	size_t	 k;

	for (k = 0; k < count; k++)
		if (strlen(table[k]) == n && strncmp(word, table[k], n) == 0)
			return 1;
	return 0;
}

#define IMPORT_META_IN(w, n, t) \
	import_meta_in(w, n, t, sizeof t / sizeof t[0])

/* A word that can be part of a name: capitalised (or non-ASCII). */
static int
import_meta_namelike(const char *w, size_t n)
{
	return (unsigned char)w[0] >= 0x80 || (w[0] >= 'A' && w[0] <= 'Z') ||
	    IMPORT_META_IN(w, n, import_meta_particles);
}

/* Cuts a word glued to the next ("GarberFOXBusiness" -> "Garber"). */
static size_t
import_meta_unglue(const char *w, size_t n)
{
	size_t	 i;

	for (i = 2; i < n; i++)
		if (w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i] >= 'A' &&
		    w[i] <= 'Z' && i + 1 < n && w[i + 1] >= 'A' &&
		    w[i + 1] <= 'Z')
			return i;
	return n;
}

struct import_names {
	struct util_buf	 cur;
	char		*names[8];
	int		 count;
	int		 words;		/* in the name being read */
};

static void
import_names_end(struct import_names *in)
{
	char	*name;

	if (in->cur.len == 0)
		return;
	name = util_buf_steal(&in->cur, NULL);
	if (in->count < 8)
		in->names[in->count++] = name;
	else
		free(name);
	in->words = 0;
}

/*
 * Reads names from s[0..len): "Julian Ryall", "A and B", "A, B und C".
 * Stops at the first word that is not part of a name; *place gets where a
 * location word ("aus", "in") leads on, or stays len. Returns the bytes
 * read.
 */
static size_t
import_meta_names(struct import_names *in, const char *s, size_t len,
    size_t *place)
{
	size_t	 i = 0, w, n, keep;
	int	 comma;

	*place = len;
	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		for (w = i; i < len && s[i] != ' '; i++)
			;
		n = i - w;
		if (n == 0)
			break;
		if (in->words > 0 && IMPORT_META_IN(s + w, n,
		    import_meta_places)) {
			*place = i;
			break;
		}
		if (in->count + (in->cur.len > 0) > 0 && in->words == 0 &&
		    in->cur.len == 0 && IMPORT_META_IN(s + w, n,
		    import_meta_joiners))
			continue;
		if (IMPORT_META_IN(s + w, n, import_meta_joiners)) {
			import_names_end(in);
			continue;
		}
		comma = s[w + n - 1] == ',';
		if (IMPORT_META_IN(s + w, n - comma, import_meta_after) ||
		    (import_meta_month(s, w + n, w, &keep) != 0 &&
		    i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9'))
			break;	/* "Updated", or a date: "Nov 13" */
		keep = import_meta_unglue(s + w, n - comma);
		if (!import_meta_namelike(s + w, keep) || in->words >= 4)
			break;
		if (in->cur.len > 0)
			util_buf_add_char(&in->cur, ' ');
		util_buf_add(&in->cur, s + w, keep);
		in->words++;
		if (keep < n - comma)
			break;
		if (comma)
			import_names_end(in);
	}
	import_names_end(in);
	return i;
}

/* The location after "aus"/"in": capitalised words, at most three. */
static char *
import_meta_place(const char *s, size_t len)
{
	size_t	 i = 0, w, end = 0;
	int	 words = 0;

	while (i < len && words < 3) {
		while (i < len && s[i] == ' ')
			i++;
		for (w = i; i < len && s[i] != ' ' && s[i] != ','; i++)
			;
		if (i == w || !((unsigned char)s[w] >= 0x80 ||
		    (s[w] >= 'A' && s[w] <= 'Z')))
			break;
		end = i;
		words++;
		if (i < len && s[i] == ',')
			break;
	}
	return words > 0 ? xstrndup(s, end) : NULL;
}

/*
 * A byline: "By X", "Von X und Y", "X aus Y", "X in Y", "By X and Y".
 * Without an opener it must be two to four name words and a place, and
 * nothing else. Adds the authors and location to doc; returns 1 when it
 * was a byline.
 */
int
import_byline_parse(const char *text, size_t len, struct doc *doc)
{
	struct import_names	 in;
	const char		*s = text;
	size_t			 k, n, used, place;
	char			*loc = NULL;
	int			 opener = 0, i, ok;

	for (k = 0; k < sizeof import_meta_by / sizeof import_meta_by[0];
	    k++) {
		n = strlen(import_meta_by[k]);
		if (len > n && strncmp(text, import_meta_by[k], n) == 0) {
			s = text + n;
			len -= n;
			opener = 1;
			break;
		}
	}
	memset(&in, 0, sizeof in);
	util_buf_init(&in.cur);
	used = import_meta_names(&in, s, len, &place);
	if (place < len)
		loc = import_meta_place(s + place, len - place);
	if (opener)
		ok = in.count > 0;
	else
		ok = in.count == 1 && loc != NULL &&
		    import_meta_words(in.names[0], strlen(in.names[0])) >= 2 &&
		    import_meta_words(s, len) <= 8;
	(void)used;
	for (i = 0; i < in.count; i++) {
		if (ok)
			doc_meta_add_author(doc, in.names[i]);
		free(in.names[i]);
	}
	if (ok && loc != NULL)
		doc_meta_set_location(doc, loc);
	free(loc);
	util_buf_clear(&in.cur);
	return ok;
}

/* A lower-case letter (ASCII, or a non-ASCII byte: most are) then an
 * ASCII or umlaut capital marks two glued words. */
static int
import_meta_glued_at(const char *s, size_t len, size_t i)
{
	unsigned char	 a = (unsigned char)s[i - 1], b = (unsigned char)s[i];

	if (!((a >= 'a' && a <= 'z') || a >= 0x80))
		return 0;
	if (b >= 'A' && b <= 'Z')
		return 1;
	return b == 0xc3 && i + 1 < len && ((unsigned char)s[i + 1] == 0x84 ||
	    (unsigned char)s[i + 1] == 0x96 || (unsigned char)s[i + 1] == 0x9c);
}

/*
 * Kicker categories: "Politik | Asien", "News › World", and breadcrumb
 * links the dump glued together ("PolitikAsien"). Glued words are split
 * only where both sides have three bytes or more, so "McCain" stays.
 */
/* Bytes of a kicker separator at s[i], or 0. */
static size_t
import_meta_kicker_sep(const char *s, size_t len, size_t i)
{
	static const char	*seps[] = { "|", "/", ">", "›", "»", "·", "•",
				    " - ", " – " };
	size_t			 k, n;

	for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
		n = strlen(seps[k]);
		if (i + n <= len && memcmp(s + i, seps[k], n) == 0)
			return n;
	}
	return 0;
}

static void
import_meta_kicker_part(struct doc *doc, const char *s, size_t len)
{
	char	*part = xstrndup(s, len);

	doc_meta_add_kicker(doc, part);
	free(part);
}

/*
 * Kicker categories: "Politik | Asien", "News › World", and breadcrumb
 * links the dump glued together ("PolitikAsien"). Glued words are split
 * only where both sides have three bytes or more, so "McCain" stays.
 */
void
import_kicker_add(struct doc *doc, const char *text, size_t len)
{
	size_t	 i = 0, start = 0, word = 0, sep;

	while (i < len) {
		if ((sep = import_meta_kicker_sep(text, len, i)) > 0) {
			import_meta_kicker_part(doc, text + start, i - start);
			i += sep;
			start = word = i;
			continue;
		}
		if (text[i] == ' ')
			word = i + 1;
		else if (i - word >= 3 && len - i >= 3 &&
		    import_meta_glued_at(text, len, i)) {
			import_meta_kicker_part(doc, text + start, i - start);
			start = word = i;
		}
		i++;
	}
	import_meta_kicker_part(doc, text + start, len - start);
}
