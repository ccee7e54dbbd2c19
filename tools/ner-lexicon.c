/*
 * ner-lexicon.c: the lexicon part of the entity model, read from what
 * Debian packages ship (docs/ner.md says which and why):
 *
 *	iso-codes	/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo: country
 *			names, English (msgid) and German (msgstr); iso_3166-2
 *			the same for regions and states
 *	libgeonames-common  <locale>/LC_MESSAGES/geonames.mo for de and en:
 *			city names (msgstr; the msgids are geonames numbers)
 *	wngerman	/usr/share/dict/ngerman: capitalised words (nouns and
 *			names) as written
 *	wamerican	/usr/share/dict/american-english: lower-case words,
 *			and capitalised words with no lower-case twin (names)
 *	iso-codes	iso_639-2.mo: English language names ("Japanese"),
 *			which are nationality words too; with the English
 *			country names they give demonyms (below)
 *
 * Entries become (hash, class bits) pairs, merged and sorted by hash, so the
 * output depends only on the input files, never on the order of reading.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "analyze-ner.h"
#include "ner-train.h"

static void
ner_lexicon_add(struct ner_lexicon *lx, uint32_t key, unsigned bits)
{
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? lx->cap * 2 : 4096;
		lx->e = xreallocarray(lx->e, lx->cap, sizeof *lx->e);
	}
	lx->e[lx->n].key = key;
	lx->e[lx->n].bits = bits;
	lx->n++;
}

/* Adds a name: one key for a single word, the whole string marked MULTI
 * for a name of two to four words. */
static void
ner_lexicon_add_name(struct ner_lexicon *lx, const char *s, unsigned bits)
{
	size_t	words = 1, i;

	if (*s == '\0' || strchr(s, '(') != NULL || strchr(s, ',') != NULL)
		return;
	for (i = 0; s[i] != '\0'; i++)
		words += s[i] == ' ';
	if (words == 1)
		ner_lexicon_add(lx, analyze_ner_hash_str(s), bits);
	else if (words <= 4)
		ner_lexicon_add(lx, analyze_ner_hash_str(s),
		    bits | ANALYZE_NER_LEX_MULTI);
}

static uint32_t
ner_lexicon_u32(const unsigned char *p, int swap)
{
	uint32_t	v = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
			    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

	if (swap)
		v = (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) |
		    (v << 24);
	return v;
}

/* Adds the strings of a gettext catalogue: msgids when ids, msgstrs when
 * strs. Returns -1 when the file cannot be read. */
static int
ner_lexicon_mo(struct ner_lexicon *lx, const char *path, unsigned bits,
    int ids, int strs)
{
	unsigned char	*d;
	size_t		 len, i;
	uint32_t	 n, oo, to, l, o;
	int		 swap, which;
	char		*s;

	if ((d = ner_file_read(path, &len)) == NULL || len < 28)
		return free(d), -1;
	swap = ner_lexicon_u32(d, 0) != 0x950412deu;
	n = ner_lexicon_u32(d + 8, swap);
	oo = ner_lexicon_u32(d + 12, swap);
	to = ner_lexicon_u32(d + 16, swap);
	for (i = 0; i < n; i++) {
		for (which = 0; which < 2; which++) {
			const unsigned char *t = d + (which ? to : oo) + i * 8;

			if ((which ? !strs : !ids) || t + 8 > d + len)
				continue;
			l = ner_lexicon_u32(t, swap);
			o = ner_lexicon_u32(t + 4, swap);
			if ((size_t)o + l > len || l == 0)
				continue;
			s = xstrndup((const char *)d + o, l);
			ner_lexicon_add_name(lx, s, bits);
			free(s);
		}
	}
	free(d);
	return 0;
}

/* Calls fn on every line of a word list. Returns -1 when unreadable. */
static int
ner_lexicon_lines(const char *path, void (*fn)(struct ner_lexicon *,
    const char *, void *), struct ner_lexicon *lx, void *arg)
{
	unsigned char	*d;
	size_t		 len, a = 0, i;
	char		*s;

	if ((d = ner_file_read(path, &len)) == NULL)
		return -1;
	for (i = 0; i <= len; i++) {
		if (i < len && d[i] != '\n')
			continue;
		if (i > a) {
			s = xstrndup((const char *)d + a, i - a);
			fn(lx, s, arg);
			free(s);
		}
		a = i + 1;
	}
	free(d);
	return 0;
}

/* What the ngerman pass collects besides the lexicon entries. */
struct ner_lexicon_de {
	struct ner_lexicon	words;	/* key: hash as written, bits: hash
					 * of the lower case */
	struct ner_lexicon	tails;	/* key: lower-case hash of a tail */
};

/* Collects the lower-case hashes of the tails of a capitalised word that
 * start two or more code points in and are three or more long: the heads
 * it could have as a compound ("Rathaus": "thaus", "haus", "aus"). */
static void
ner_lexicon_de_tails(struct ner_lexicon *tails, const char *s)
{
	size_t	starts[64], n = 0, p, len = strlen(s), i;

	for (p = 0; p < len && n < 64; p++)
		if (((unsigned char)s[p] & 0xC0) != 0x80)
			starts[n++] = p;
	for (i = 2; i + 3 <= n; i++)
		ner_lexicon_add(tails, analyze_ner_hash_lower(s + starts[i],
		    len - starts[i]), 0);
}

static void
ner_lexicon_de_word(struct ner_lexicon *lx, const char *s, void *arg)
{
	struct ner_lexicon_de	*de = arg;
	int32_t			 cp;
	uint32_t		 h;

	if (util_utf8_decode(s, strlen(s), &cp) > 0 &&
	    analyze_ner_cp_is_upper(cp)) {
		h = analyze_ner_hash_str(s);
		ner_lexicon_add(lx, h, ANALYZE_NER_LEX_DEWORD);
		ner_lexicon_add(&de->words, h, analyze_ner_hash_lower(s,
		    strlen(s)));
		ner_lexicon_de_tails(&de->tails, s);
	} else
		ner_lexicon_add(lx, analyze_ner_hash_str(s),
		    ANALYZE_NER_LEX_DELOW);
}

/* wamerican, pass one: the set of lower-case words (sorted hashes). */
static void
ner_lexicon_en_low(struct ner_lexicon *lx, const char *s, void *arg)
{
	struct ner_lexicon	*low = arg;

	(void)lx;
	if (strchr(s, '\'') != NULL)
		return;
	if (!(s[0] >= 'A' && s[0] <= 'Z'))
		ner_lexicon_add(low, analyze_ner_hash_str(s),
		    ANALYZE_NER_LEX_ENLOW);
}

static int
ner_lexicon_cmp(const void *a, const void *b)
{
	const struct ner_lexent	*x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

static int
ner_lexicon_has(const struct ner_lexicon *lx, uint32_t key)
{
	struct ner_lexent	k = { key, 0 };

	return bsearch(&k, lx->e, lx->n, sizeof k, ner_lexicon_cmp) != NULL;
}

/* wamerican, pass two: capitalised words without a lower-case twin. */
static void
ner_lexicon_en_name(struct ner_lexicon *lx, const char *s, void *arg)
{
	const struct ner_lexicon	*low = arg;
	size_t				 len = strlen(s);

	if (strchr(s, '\'') != NULL || !(s[0] >= 'A' && s[0] <= 'Z'))
		return;
	if (!ner_lexicon_has(low, analyze_ner_hash_lower(s, len)))
		ner_lexicon_add(lx, analyze_ner_hash_str(s),
		    ANALYZE_NER_LEX_NAME);
}

void
ner_lexicon_finish(struct ner_lexicon *lx)
{
	size_t	i, o = 0;

	qsort(lx->e, lx->n, sizeof *lx->e, ner_lexicon_cmp);
	for (i = 0; i < lx->n; i++) {
		if (o > 0 && lx->e[o - 1].key == lx->e[i].key)
			lx->e[o - 1].bits |= lx->e[i].bits;
		else
			lx->e[o++] = lx->e[i];
	}
	lx->n = o;
}

static const char *const ner_lexicon_calendar[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	NULL
};

/* The class bits of key in a finished lexicon, 0 when absent. */
static unsigned
ner_lexicon_bits(const struct ner_lexicon *lx, uint32_t key)
{
	struct ner_lexent	 k = { key, 0 }, *e;

	e = bsearch(&k, lx->e, lx->n, sizeof k, ner_lexicon_cmp);
	return e != NULL ? e->bits : 0;
}

/* Adds a demonym and its plural ("Russian", "Russians"). */
static void
ner_lexicon_demonym_add(struct ner_lexicon *lx, const char *s)
{
	char	*p = xasprintf("%ss", s);

	ner_lexicon_add(lx, analyze_ner_hash_str(s), ANALYZE_NER_LEX_DEMONYM);
	if (s[strlen(s) - 1] == 'n' || s[strlen(s) - 1] == 'i')
		ner_lexicon_add(lx, analyze_ner_hash_str(p),
		    ANALYZE_NER_LEX_DEMONYM);
	free(p);
}

/* Nationality words not made by the rules below: continents, the
 * irregular ones, religions (CoNLL tags all of them MISC). */
static const char *const ner_lexicon_demonym_extra[] = {
	"American", "European", "African", "Asian", "Arab", "British",
	"Swiss", "Scottish", "Scots", "Dutch", "Latin", "Christian", "Muslim",
	"Jewish", "Catholic", "Protestant", "Soviet", "Roman", "Islamic",
	NULL
};

/* English demonyms of one country name: "Australia" + n, "Brazil" + ian,
 * "Ital(y)" + ian, "Pakistan" + i, "Japan" + ese, "Chin(a)" + ese,
 * "Mexic(o)" + an, kept when wamerican lists the word as a name. */
static void
ner_lexicon_demonym_country(struct ner_lexicon *lx, const char *c,
    const struct ner_lexicon *known)
{
	static const char *const add[] = { "n", "an", "ian", "i", "ese",
	    "ish", NULL };
	size_t	len = strlen(c), cut, i;
	char	*w;

	if (len < 4 || strchr(c, ' ') != NULL || strchr(c, ',') != NULL)
		return;
	for (cut = 0; cut < 2; cut++)
		for (i = 0; add[i] != NULL; i++) {
			if (cut && strchr("aeoy", c[len - 1]) == NULL)
				continue;
			w = xasprintf("%.*s%s", (int)(len - cut), c, add[i]);
			if (ner_lexicon_bits(known, analyze_ner_hash_str(w)) &
			    ANALYZE_NER_LEX_NAME)
				ner_lexicon_demonym_add(lx, w);
			free(w);
		}
}

/* Language names: each "; "-separated alternative of one word, or the
 * word before " languages" ("Australian languages"). */
static void
ner_lexicon_demonym_lang(struct ner_lexicon *lx, const char *s)
{
	const char	*p = s, *e;
	char		*w;
	size_t		 len;

	while (*p != '\0') {
		e = strchr(p, ';');
		len = e != NULL ? (size_t)(e - p) : strlen(p);
		w = xstrndup(p, len);
		if (len > 10 && strcmp(w + len - 10, " languages") == 0)
			w[len - 10] = '\0';
		if (strchr(w, ' ') == NULL && strchr(w, '(') == NULL &&
		    w[0] >= 'A' && w[0] <= 'Z' && strlen(w) > 3)
			ner_lexicon_demonym_add(lx, w);
		free(w);
		p += len;
		while (*p == ';' || *p == ' ')
			p++;
	}
}

/* The msgids (or, when strs, the msgstrs) of a gettext catalogue, one
 * callback each. */
static int
ner_lexicon_mo_each(const char *path, int strs, void (*fn)(
    struct ner_lexicon *, const char *, const struct ner_lexicon *),
    struct ner_lexicon *lx, const struct ner_lexicon *known)
{
	unsigned char		*d;
	size_t			 len, i;
	uint32_t		 n, oo, l, o;
	int			 swap;
	char			*s;

	if ((d = ner_file_read(path, &len)) == NULL || len < 28)
		return free(d), -1;
	swap = ner_lexicon_u32(d, 0) != 0x950412deu;
	n = ner_lexicon_u32(d + 8, swap);
	oo = ner_lexicon_u32(d + (strs ? 16 : 12), swap);
	for (i = 0; i < n; i++) {
		if ((size_t)oo + i * 8 + 8 > len)
			break;
		l = ner_lexicon_u32(d + oo + i * 8, swap);
		o = ner_lexicon_u32(d + oo + i * 8 + 4, swap);
		if ((size_t)o + l > len || l == 0)
			continue;
		s = xstrndup((const char *)d + o, l);
		fn(lx, s, known);
		free(s);
	}
	free(d);
	return 0;
}

/* German language names: each "; "-separated one-word alternative in
 * "-isch" ("Arabisch", "Englisch"), which GermEval tags OTH as nouns;
 * the demonym class, as English language words are. */
static void
ner_lexicon_demonym_de_cb(struct ner_lexicon *lx, const char *s,
    const struct ner_lexicon *known)
{
	const char	*p = s, *e;
	size_t		 len;
	char		*w;

	(void)known;
	while (*p != '\0') {
		e = strchr(p, ';');
		len = e != NULL ? (size_t)(e - p) : strlen(p);
		w = xstrndup(p, len);
		if (len > 6 && strchr(w, ' ') == NULL &&
		    strcmp(w + len - 4, "isch") == 0)
			ner_lexicon_add(lx, analyze_ner_hash_str(w),
			    ANALYZE_NER_LEX_DEMONYM);
		free(w);
		p += len;
		while (*p == ';' || *p == ' ')
			p++;
	}
}

static void
ner_lexicon_demonym_lang_cb(struct ner_lexicon *lx, const char *s,
    const struct ner_lexicon *known)
{
	(void)known;
	ner_lexicon_demonym_lang(lx, s);
}

/* A former country (iso 3166-3): the name before its first comma
 * ("Tschechoslowakei, Tschechoslowakische Sozialistische Republik",
 * "USSR, Union of Soviet Socialist Republics"). */
static void
ner_lexicon_former_cb(struct ner_lexicon *lx, const char *s,
    const struct ner_lexicon *known)
{
	char	*w = xstrndup(s, strcspn(s, ","));

	(void)known;
	ner_lexicon_add_name(lx, w, ANALYZE_NER_LEX_COUNTRY);
	free(w);
}

/* Adds DEMONYM entries; lx must be finished (sorted) for the look-ups. */
static int
ner_lexicon_demonyms(struct ner_lexicon *lx, const char *localedir)
{
	struct ner_lexicon	 dem = { NULL, 0, 0 };
	char			*p;
	size_t			 i;
	int			 rc = 0;

	p = xasprintf("%s/de/LC_MESSAGES/iso_639-2.mo", localedir);
	rc |= ner_lexicon_mo_each(p, 0, ner_lexicon_demonym_lang_cb, &dem, lx);
	rc |= ner_lexicon_mo_each(p, 1, ner_lexicon_demonym_de_cb, &dem, lx);
	free(p);
	p = xasprintf("%s/de/LC_MESSAGES/iso_3166-1.mo", localedir);
	rc |= ner_lexicon_mo_each(p, 0, ner_lexicon_demonym_country, &dem,
	    lx);
	free(p);
	for (i = 0; ner_lexicon_demonym_extra[i] != NULL; i++)
		ner_lexicon_demonym_add(&dem, ner_lexicon_demonym_extra[i]);
	for (i = 0; i < dem.n; i++)
		ner_lexicon_add(lx, dem.e[i].key, dem.e[i].bits);
	free(dem.e);
	return rc;
}

/* The PROD bits of every capitalised ngerman word: how many other nouns
 * end with it. tails must be sorted; duplicates count. */
static void
ner_lexicon_de_prod(struct ner_lexicon *lx, const struct ner_lexicon_de *de)
{
	struct ner_lexent	 k, *e;
	size_t			 i, lo, hi, c;

	for (i = 0; i < de->words.n; i++) {
		k.key = de->words.e[i].bits;
		if ((e = bsearch(&k, de->tails.e, de->tails.n, sizeof k,
		    ner_lexicon_cmp)) == NULL)
			continue;
		lo = hi = (size_t)(e - de->tails.e);
		while (lo > 0 && de->tails.e[lo - 1].key == k.key)
			lo--;
		while (hi < de->tails.n && de->tails.e[hi].key == k.key)
			hi++;
		c = hi - lo;
		ner_lexicon_add(lx, de->words.e[i].key, c >= 20 ?
		    ANALYZE_NER_LEX_PROD1 | ANALYZE_NER_LEX_PROD2 : c >= 5 ?
		    ANALYZE_NER_LEX_PROD2 : ANALYZE_NER_LEX_PROD1);
	}
}

int
ner_lexicon_build(struct ner_lexicon *lx, const char *localedir,
    const char *dictdir)
{
	struct ner_lexicon	 low = { NULL, 0, 0 };
	struct ner_lexicon_de	 de;
	char			*p;
	int			 rc = 0;
	static const char *const geo[] = { "de", "en", NULL };
	size_t			 i;

	memset(&de, 0, sizeof de);
	p = xasprintf("%s/de/LC_MESSAGES/iso_3166-1.mo", localedir);
	rc |= ner_lexicon_mo(lx, p, ANALYZE_NER_LEX_COUNTRY, 1, 1);
	free(p);
	p = xasprintf("%s/de/LC_MESSAGES/iso_3166-3.mo", localedir);
	rc |= ner_lexicon_mo_each(p, 0, ner_lexicon_former_cb, lx, NULL);
	rc |= ner_lexicon_mo_each(p, 1, ner_lexicon_former_cb, lx, NULL);
	free(p);
	p = xasprintf("%s/de/LC_MESSAGES/iso_3166-2.mo", localedir);
	rc |= ner_lexicon_mo(lx, p, ANALYZE_NER_LEX_REGION, 1, 1);
	free(p);
	ner_places_add(lx, ner_lexicon_add_name);
	ner_orgs_add(lx, ner_lexicon_add_name);
	for (i = 0; geo[i] != NULL; i++) {
		p = xasprintf("%s/%s/LC_MESSAGES/geonames.mo", localedir,
		    geo[i]);
		rc |= ner_lexicon_mo(lx, p, ANALYZE_NER_LEX_CITY, 0, 1);
		free(p);
	}
	p = xasprintf("%s/ngerman", dictdir);
	rc |= ner_lexicon_lines(p, ner_lexicon_de_word, lx, &de);
	free(p);
	qsort(de.tails.e, de.tails.n, sizeof *de.tails.e, ner_lexicon_cmp);
	ner_lexicon_de_prod(lx, &de);
	free(de.words.e);
	free(de.tails.e);
	p = xasprintf("%s/american-english", dictdir);
	rc |= ner_lexicon_lines(p, ner_lexicon_en_low, lx, &low);
	/* wamerican writes days and months capitalised only, like names;
	 * they are common words. */
	for (i = 0; ner_lexicon_calendar[i] != NULL; i++)
		ner_lexicon_add(&low, analyze_ner_hash_str(
		    ner_lexicon_calendar[i]), ANALYZE_NER_LEX_ENLOW);
	ner_lexicon_finish(&low);
	rc |= ner_lexicon_lines(p, ner_lexicon_en_name, lx, &low);
	free(p);
	for (i = 0; i < low.n; i++)
		ner_lexicon_add(lx, low.e[i].key, low.e[i].bits);
	ner_lexicon_finish(lx);
	rc |= ner_lexicon_demonyms(lx, localedir);

	free(low.e);
	ner_lexicon_finish(lx);
	return rc == 0 ? 0 : -1;
}
