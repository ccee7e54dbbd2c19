/*
 * import-html-author: names from a byline or an author field. A list is
 * split on commas, "and", "und", "&", "/", "|" and the phrases that join
 * an interview's two sides ("X im Gespräch mit Y"); each part loses what
 * pages put around a name ("By", "Von", "Autor:", a job title before it,
 * a date or place after it, the month of that date included). What is
 * not a person's name is refused: a web address, a photo credit, a
 * sentence of more than five words, a list with a word all in lower case
 * that is no name particle or agency ("defense ministries", "jdadmin"),
 * and the site's own name (a publisher is not an author).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"
#include "util.h"

/* Skips a job title written before the name ("Online-Experte Eva Muster",
 * "Staff Writer Jan Doe"): every word up to the last one that ends like a
 * role. */
static char *
import_html_author_role(char *s)
{
	static const char *roles[] = { "experte", "expertin", "redakteur",
		"redakteurin", "korrespondent", "korrespondentin", "reporter",
		"reporterin", "editor", "correspondent", "writer" };
	char	*w = s, *after = s, *end;
	size_t	 n, r;

	while (*w != '\0') {
		end = strchr(w, ' ');
		n = end != NULL ? (size_t)(end - w) : strlen(w);
		for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
			r = strlen(roles[i]);
			if (n >= r && strncasecmp(w + n - r, roles[i], r) == 0)
				after = end != NULL ? end + 1 : w + n;
		}
		w = end != NULL ? end + 1 : w + n;
	}
	return after;
}

/* Trims spaces, commas and dots at the end, and the month of a date
 * written after the name ("By Jan Doe November 15, 2019" is cut at the
 * day first, leaving the month). */
static void
import_html_author_month_cut(char *s)
{
	static const char *months[] = { "January", "February", "March",
		"April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Januar", "Februar",
		"M\xc3\xa4rz", "Mai", "Juni", "Juli", "Oktober", "Dezember" };
	char	*e = s + strlen(s), *w;

	while (e > s && (e[-1] == ' ' || e[-1] == ',' || e[-1] == '.'))
		*--e = '\0';
	if ((w = strrchr(s, ' ')) == NULL)
		return;
	for (size_t i = 0; i < sizeof months / sizeof months[0]; i++) {
		if (strcmp(w + 1, months[i]) == 0) {
			*w = '\0';
			import_html_author_month_cut(s);
			return;
		}
	}
}

/*
 * A byline's name alone: "By", "Von", "Autor:" … dropped in front, and a
 * date, place or role after it ("am 21. April", "| 12:00") cut off.
 * Returns NULL for what is not a person's name (a photo credit, a web
 * address, a sentence).
 */
static char *
import_html_author_trim(char *s)
{
	static const char *lead[] = { "written by ", "analysis by ",
		"opinion by ", "commentary by ", "by ", "von ", "from ",
		"ein bericht von ", "ein kommentar von ", "eine analyse von " };
	static const char *tail[] = { " am ", " on ", " vom ", " um ", " - ",
		" \xe2\x80\x93 ", " \xe2\x80\x94 ", " | ", " (" };
	char	*p, *colon = strchr(s, ':');
	int	 words = 1;

	while (*s == ' ')
		s++;
	if (strstr(s, "www.") != NULL || strstr(s, "://") != NULL ||
	    strchr(s, '@') != NULL || strncasecmp(s, "Foto", 4) == 0 ||
	    strncasecmp(s, "Bild", 4) == 0 || strncasecmp(s, "Photo", 5) == 0)
		return NULL;
	if (colon != NULL && colon - s <= 12 && strchr(s, ' ') != NULL &&
	    strchr(s, ' ') >= colon - 1)
		s = colon + 1;
	while (*s == ' ' || *s == ',' || *s == '|')
		s++;
	for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		if (strncasecmp(s, lead[i], strlen(lead[i])) == 0)
			s += strlen(lead[i]);
	}
	for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++) {
		if ((p = strstr(s, tail[i])) != NULL)
			*p = '\0';
	}
	for (p = s; *p != '\0' && !isdigit((unsigned char)*p); p++)
		words += *p == ' ';
	*p = '\0';
	import_html_author_month_cut(s);
	s = import_html_author_role(s);
	if (*s == '\0' || words > 5)
		return NULL;
	return s;
}

static int
import_html_author_site(const struct import_html_meta *m,
    const char *name)
{
	return (m->site != NULL && strcasecmp(m->site, name) == 0) ||
	    (m->ld_site != NULL && strcasecmp(m->ld_site, name) == 0);
}

/* Past a label that ends in a colon ("Text und Interview: …", "Autor:"),
 * which would otherwise be split on its "und" and kept as a name: at most
 * four words, no digits (a time has a colon too). NULL for a photo
 * credit's label ("Foto: …"). */
static char *
import_html_author_label(char *s)
{
	char	*colon = strchr(s, ':');
	int	 words = 1;

	if (colon == NULL || colon - s > 32)
		return s;
	if (strncasecmp(s, "Foto", 4) == 0 || strncasecmp(s, "Bild", 4) == 0 ||
	    strncasecmp(s, "Photo", 5) == 0)
		return NULL;	/* a photo credit: no author at all */
	for (char *p = s; p < colon; p++) {
		if (isdigit((unsigned char)*p))
			return s;
		words += *p == ' ';
	}
	return words <= 4 ? colon + 1 : s;
}

/* Whether a word has a capital letter ("wien.ORF.at", "iPhone"). */
static int
import_html_author_caps(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (isupper((unsigned char)w[i]))
			return 1;
	}
	return 0;
}

/* Whether a name has a word all in lower case that no name has ("defense
 * ministries", "said"): particles ("von", "van der", "de la") and agency
 * credits ("dpa") are names' own. */
static int
import_html_author_prose(const char *name)
{
	static const char *particles[] = { "von", "vom", "van", "der", "den",
		"de", "del", "della", "da", "di", "du", "des", "le", "la", "zu",
		"y", "bin", "al", "el", "ten", "ter", "op" };
	size_t	 n;
	int	 ok;

	if (import_html_author_agency(name))
		return 0;
	for (const char *w = name; *w != '\0'; w += n + (w[n] == ' ')) {
		n = strcspn(w, " ");
		if (!islower((unsigned char)*w) ||
		    import_html_author_caps(w, n))
			continue;
		ok = 0;
		for (size_t i = 0; !ok && i < sizeof particles /
		    sizeof particles[0]; i++)
			ok = strlen(particles[i]) == n &&
			    strncmp(w, particles[i], n) == 0;
		if (!ok)
			return 1;
	}
	return 0;
}

/* Cuts a list at its first separator; returns the rest, or NULL. */
static char *
import_html_author_next(char *p)
{
	static const char *seps[] = { "\n", " and ", " und ", ", ", " & ",
		" / ", " | ", " im Gespräch mit ",
		" in conversation with ", " interviewed by " };
	char	*cut = NULL, *q;
	size_t	 best = 0;

	for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		q = strstr(p, seps[i]);
		if (q != NULL && (cut == NULL || q < cut)) {
			cut = q;
			best = strlen(seps[i]);
		}
	}
	if (cut == NULL)
		return NULL;
	*cut = '\0';
	return cut + best;
}

/*
 * Adds the names in a list ("A, B and C"; one per line from JSON-LD).
 * A list with a part that reads like prose is no byline at all: its
 * other parts are not names either ("The Russian and Syrian defense
 * ministries").
 */
void
import_html_author_add(struct import_html *h, const char *list)
{
	char	*copy = xstrdup(list), *p, *next, *names[8];
	size_t	 n = 0;

	p = import_html_author_label(copy);
	for (; p != NULL && n < 8; p = next) {
		next = import_html_author_next(p);
		names[n] = import_html_author_trim(p);
		if (names[n] != NULL && import_html_author_prose(names[n])) {
			n = 0;
			break;
		}
		if (names[n] != NULL && strlen(names[n]) <= 60 &&
		    !import_html_author_site(&h->meta, names[n]))
			n++;
	}
	for (size_t i = 0; i < n && h->doc->meta.nauthors < 8; i++)
		doc_meta_add_author(h->doc, names[i]);
	free(copy);
}

/*
 * Agency copy names no writer but credits the agency in its dateline:
 * "Hamburg (dpa/lno) – …", "PARIS (AFP) - …". With no other author, that
 * credit is the byline: a parenthesis of at most 24 bytes without spaces
 * or with a slash, after a place of at most 40, before a dash.
 */
void
import_html_author_dateline(struct import_html *h)
{
	const struct doc_block	*b = NULL;
	const char		*open, *close;
	char			*credit;

	for (size_t i = 0; i < h->doc->nblocks && b == NULL; i++) {
		if (h->doc->blocks[i].kind == DOC_BLOCK_PARAGRAPH)
			b = &h->doc->blocks[i];
	}
	if (b == NULL || (open = strchr(b->text, '(')) == NULL ||
	    open - b->text > 40 || open == b->text || open[-1] != ' ' ||
	    (close = strchr(open, ')')) == NULL || close - open - 1 < 2 ||
	    close - open - 1 > 24)
		return;
	if (strncmp(close, ") \xe2\x80\x93 ", 6) != 0 &&
	    strncmp(close, ") - ", 4) != 0 &&
	    strncmp(close, ") \xe2\x80\x94 ", 6) != 0)
		return;
	credit = xstrndup(open + 1, (size_t)(close - open - 1));
	if (strchr(credit, ' ') == NULL || strchr(credit, '/') != NULL)
		doc_meta_add_author(h->doc, credit);
	free(credit);
}

/*
 * Whether every word of a short credit is a news agency's short name,
 * with the regional desk agencies add after a slash ("dpa/lno"): what a
 * page prints under agency copy as its source.
 */
int
import_html_author_agency(const char *s)
{
	static const char *agencies[] = { "dpa", "afp", "reuters", "ap",
		"kna", "epd", "dts", "apa", "sda", "sid", "afx", "ddp",
		"ots", "ansa", "efe", "upi", "bloomberg",
		"red" };	/* the newsroom's own credit, "Redaktion" */
	size_t	 n, len = strlen(s), found = 0;
	int	 ok;

	if (len == 0 || len > 40)
		return 0;
	for (const char *w = s; *w != '\0'; w += n) {
		w += strspn(w, " ,/;&");
		if ((n = strcspn(w, " ,/;&")) == 0)
			break;
		ok = 0;
		for (size_t i = 0; !ok && i < sizeof agencies /
		    sizeof agencies[0]; i++)
			ok = strlen(agencies[i]) == n &&
			    strncasecmp(w, agencies[i], n) == 0;
		/* A desk after a slash: "lno", "lby", lower case. */
		if (!ok && found > 0 && w[-1] == '/' && n <= 4 &&
		    islower((unsigned char)*w))
			ok = 1;
		if (!ok)
			return 0;
		found++;
	}
	return found > 0;
}
