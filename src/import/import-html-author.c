/*
 * import-html-author: names from a byline or an author field. A list is
 * split on commas, "and", "und", "&", "/", "|" and the phrases that join
 * an interview's two sides ("X im Gespräch mit Y"); each part loses what
 * pages put around a name ("By", "Von", "Autor:", a job title before it,
 * a date or place after it). What is not a person's name is refused: a
 * web address, a photo credit, a sentence of more than five words, and
 * the site's own name (a publisher is not an author).
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

/*
 * A byline's name alone: "By", "Von", "Autor:" … dropped in front, and a
 * date, place or role after it ("am 21. April", "| 12:00") cut off.
 * Returns NULL for what is not a person's name (a photo credit, a web
 * address, a sentence).
 */
static char *
import_html_author_trim(char *s)
{
	static const char *lead[] = { "written by ", "by ", "von ", "from ",
		"ein bericht von ", "ein kommentar von " };
	static const char *tail[] = { " am ", " on ", " vom ", " um ", " - ",
		" – ", " | ", " (" };
	char	*p, *colon = strchr(s, ':'), *e;
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
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == ',' || e[-1] == '.'))
		*--e = '\0';
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

/* Adds the names in a list ("A, B and C"; one per line from JSON-LD). */
void
import_html_author_add(struct import_html *h, const char *list)
{
	static const char *seps[] = { "\n", " and ", " und ", ", ", " & ",
		" / ", " | ", " im Gespr\xc3\xa4" "ch mit ",
		" in conversation with ", " interviewed by " };
	char	*copy = xstrdup(list), *p, *cut, *name;
	size_t	 best = 0;

	if ((p = import_html_author_label(copy)) == NULL) {
		free(copy);
		return;
	}

	while (*p != '\0' && h->doc->meta.nauthors < 8) {
		cut = NULL;
		for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
			char *q = strstr(p, seps[i]);

			if (q != NULL && (cut == NULL || q < cut)) {
				cut = q;
				best = strlen(seps[i]);
			}
		}
		if (cut != NULL)
			*cut = '\0';
		name = import_html_author_trim(p);
		if (name != NULL && strlen(name) <= 60 &&
		    !import_html_author_site(&h->meta, name))
			doc_meta_add_author(h->doc, name);
		if (cut == NULL)
			break;
		p = cut + best;
	}
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
		"ots", "ansa", "efe", "upi", "bloomberg" };
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
