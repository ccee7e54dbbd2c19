/*
 * import-html-date: the published date as ISO 8601. Sources in order of
 * trust: JSON-LD datePublished; a date shown on the page (a dateline such
 * as "Stand: 28.04.2020 18:00 Uhr", or the byline) that a machine-readable
 * date confirms; the best-ranked specific date meta tag; an element marked
 * itemprop=datePublished; a labelled dateline; the generic date meta names
 * ("date", "dc.date", "last-modified"); the first <time datetime>; JSON-LD
 * of any type; a date in the byline; and last a /YYYY/MM/DD/ path in the
 * canonical URL. Each is parsed from the forms pages use: ISO 8601 (with or
 * without time and zone), YYYY/MM/DD, YYYYMMDD, DD.MM.YYYY, and day, month
 * name (English or German) and year in any order. Years outside 1990..2100
 * and impossible months or days are refused, so a number is not taken for
 * a date by accident.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-html.h"
#include "util.h"

static int
import_html_date_digits(const char *s, int n, int *out)
{
	*out = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		*out = *out * 10 + (s[i] - '0');
	}
	return 1;
}

static int
import_html_date_month(const char *s)
{
	static const char *months[][2] = {
		{ "jan", "jän" }, { "feb", "feb" }, { "mar", "mär" },
		{ "apr", "apr" }, { "may", "mai" }, { "jun", "jun" },
		{ "jul", "jul" }, { "aug", "aug" }, { "sep", "sep" },
		{ "oct", "okt" }, { "nov", "nov" }, { "dec", "dez" },
	};
	const char	*p;

	for (int i = 0; i < 12; i++) {
		for (int k = 0; k < 2; k++) {
			p = import_html_find(s, months[i][k]);
			if (p != NULL && (p == s || !isalpha((unsigned char)
			    p[-1])))
				return i + 1;
		}
	}
	return 0;
}

/* Day, month name and year in any order ("March 18, 2015", "18. März
 * 2015"), as YYYY-MM-DD, or NULL. */
static char *
import_html_date_words(const char *s)
{
	int	 month = import_html_date_month(s), year = 0, day = 0, v;

	if (month == 0)
		return NULL;
	for (const char *p = s; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p) || (p > s &&
		    isdigit((unsigned char)p[-1])))
			continue;
		if (import_html_date_digits(p, 4, &v) &&
		    !isdigit((unsigned char)p[4]) && year == 0)
			year = v;
		else if (import_html_date_digits(p, 1, &v) && day == 0) {
			if (isdigit((unsigned char)p[1]))
				import_html_date_digits(p, 2, &v);
			if (!isdigit((unsigned char)p[v >= 10 ? 2 : 1]))
				day = v;
		}
	}
	if (year < 1990 || year > 2100 || day < 1 || day > 31)
		return NULL;
	return xasprintf("%04d-%02d-%02d", year, month, day);
}

/* The time part after a date: "Thh:mm[:ss][zone]", cleaned. */
static void
import_html_date_time(const char *t, struct util_buf *b)
{
	int	 v;

	if ((*t != 'T' && *t != ' ') || !import_html_date_digits(t + 1, 2,
	    &v) || t[3] != ':' || !import_html_date_digits(t + 4, 2, &v))
		return;
	util_buf_add_char(b, 'T');
	util_buf_add(b, t + 1, 5);
	t += 6;
	if (*t == ':' && import_html_date_digits(t + 1, 2, &v)) {
		util_buf_add(b, t, 3);
		t += 3;
	}
	while (*t == '.' || isdigit((unsigned char)*t))
		t++;
	if (*t == 'Z')
		util_buf_add_char(b, 'Z');
	else if ((*t == '+' || *t == '-') &&
	    import_html_date_digits(t + 1, 2, &v)) {
		util_buf_add(b, t, 3);
		t += 3;
		if (*t == ':')
			t++;
		if (import_html_date_digits(t, 2, &v))
			util_buf_printf(b, ":%.2s", t);
	}
}

char *
import_html_date_iso(const char *s)
{
	struct util_buf	 b;
	int		 y, mo, d;

	if (s == NULL)
		return NULL;
	while (isspace((unsigned char)*s))
		s++;
	if (import_html_date_digits(s, 4, &y) && (s[4] == '-' ||
	    s[4] == '/') && import_html_date_digits(s + 5, 2, &mo) &&
	    s[7] == s[4] && import_html_date_digits(s + 8, 2, &d)) {
		s += 10;
	} else if (import_html_date_digits(s, 4, &y) &&
	    import_html_date_digits(s + 4, 2, &mo) &&
	    import_html_date_digits(s + 6, 2, &d) &&
	    !isdigit((unsigned char)s[8])) {
		s += 8;
	} else if (import_html_date_digits(s, 2, &d) && s[2] == '.' &&
	    import_html_date_digits(s + 3, 2, &mo) && s[5] == '.' &&
	    import_html_date_digits(s + 6, 4, &y)) {
		s += 10;
	} else
		return import_html_date_words(s);
	if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return NULL;
	util_buf_init(&b);
	util_buf_printf(&b, "%04d-%02d-%02d", y, mo, d);
	import_html_date_time(s, &b);
	return util_buf_steal(&b, NULL);
}

/* "/2015/03/18/" in a URL as a date: the last resort. */
static char *
import_html_date_url(const char *url)
{
	int	 y, mo, d;

	for (const char *p = url; p != NULL && *p != '\0'; p++) {
		if (*p == '/' && import_html_date_digits(p + 1, 4, &y) &&
		    p[5] == '/' && import_html_date_digits(p + 6, 2, &mo) &&
		    p[8] == '/' && import_html_date_digits(p + 9, 2, &d) &&
		    y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 &&
		    d >= 1 && d <= 31)
			return xasprintf("%04d-%02d-%02d", y, mo, d);
	}
	return NULL;
}

/* Of two dates, the one on day with more detail; frees the other. */
static char *
import_html_date_longer(char *best, char *iso, const char *day)
{
	if (iso == NULL || strncmp(iso, day, 10) != 0 ||
	    (best != NULL && strlen(best) >= strlen(iso))) {
		free(iso);
		return best;
	}
	free(best);
	return iso;
}

/* The machine-readable date on the same day as a date shown on the page
 * (in a dateline or the byline), the one with a time if there is, or
 * NULL. Caller frees. */
static char *
import_html_date_confirmed(const struct import_html_meta *m)
{
	const char	*srcs[] = { m->ld_published, m->item_published,
	    m->time_date, m->ld_any_published };
	const char	*shown = m->dateline != NULL ? m->dateline : m->byline;
	char		*day = import_html_date_iso(shown), *iso, *best = NULL;

	if (day == NULL)
		return NULL;
	day[10] = '\0';
	for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
		iso = import_html_date_iso(srcs[i]);
		best = import_html_date_longer(best, iso, day);
	}
	for (const char *p = m->meta_dates; p != NULL && *p != '\0';
	    p += strcspn(p, "\n") + 1) {
		iso = xstrndup(p, strcspn(p, "\n"));
		best = import_html_date_longer(best, iso, day);
	}
	free(day);
	return best;
}

/*
 * Machine-readable dates disagree more often than one would think (a
 * page's first version, its last edit, the time it was built). What the
 * page shows a reader is the date meant, so a shown date that one of them
 * confirms wins over the others; an unconfirmed dateline still beats the
 * generic meta names.
 */
void
import_html_date_apply(struct import_html *h)
{
	const struct import_html_meta *m = &h->meta;
	const char	*strong = m->published_weak ? NULL : m->published;
	const char	*weak = m->published_weak ? m->published : NULL;
	const char	*srcs[] = { strong, m->item_published, m->dateline,
	    weak, m->time_date, m->ld_any_published, m->byline };
	char		*iso = import_html_date_iso(m->ld_published);

	if (iso == NULL)
		iso = import_html_date_confirmed(m);
	for (size_t i = 0; iso == NULL && i < sizeof srcs / sizeof srcs[0];
	    i++)
		iso = import_html_date_iso(srcs[i]);
	if (iso == NULL)
		iso = import_html_date_url(m->url);
	if (iso == NULL)
		iso = import_html_date_url(m->og_url);
	doc_meta_set_published(h->doc, iso);
	free(iso);
}
