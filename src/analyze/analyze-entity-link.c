/*
 * analyze-entity-link.c: one name per entity per article.
 *
 * 1. Fold: a German genitive "s" is dropped when the rest is a name the
 *    article or the gazetteer knows ("Russlands" -> Russland, "Putins" ->
 *    Putin) and the whole word is not itself a known name ("Paris").
 * 2. Group mentions by folded name and type. Groups of the same name but
 *    different types merge only when one type has at least two thirds of
 *    the votes and at least two: a collection of unrelated sentences (the
 *    GermEval documents) rarely repeats a name, an article does.
 * 3. Link a one-word name to the one full person name that ends with it
 *    ("Putin" -> Wladimir Putin) or, for a person, begins with it ("Kim"
 *    -> Kim Jong Un); a one-word person at edit distance one from such a
 *    surname ("Easly" -> Easley) too. Ambiguous surnames stay apart.
 * 4. Repeats (analyze-entity-repeat.c): an untagged token sequence equal
 *    to a linked name's mention joins it, unless it is a common word of
 *    the language (so "Bild" the paper does not make every picture one).
 *
 * Groups form a union-find forest; a root holds the merged votes and the
 * name, the longest mention's folded form.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "analyze-entity.h"

#define NAMEBITS	(ANALYZE_NER_LEX_COUNTRY | ANALYZE_NER_LEX_REGION | \
	ANALYZE_NER_LEX_CITY | ANALYZE_NER_LEX_NAME)

int
analyze_entity_group_root(struct analyze_entity_set *set, int g)
{
	while (set->groups[g].parent >= 0)
		g = set->groups[g].parent;
	return g;
}

/* The text of mention m, as written. Caller frees. */
static char *
analyze_entity_mention_text(const struct analyze_entity_set *set,
    const struct analyze_entity_mention *m)
{
	return xstrndup(set->doc->blocks[m->block].text + m->start,
	    m->end - m->start);
}

size_t
analyze_entity_surname_from(const struct analyze_entity_set *set,
    const struct analyze_entity_mention *m)
{
	const char	*t = set->doc->blocks[m->block].text;
	size_t		 l;

	for (l = m->end; l > m->start && t[l - 1] != ' '; l--)
		;
	return l;
}

/* Indexes every mention's text, and every full person's surname. */
static void
analyze_entity_fold_index(const struct analyze_entity_set *set,
    struct analyze_entity_index *texts, struct analyze_entity_index *surnames)
{
	const struct analyze_entity_mention	*m;
	size_t					 i, l;

	for (i = 0; i < set->n; i++) {
		m = &set->m[i];
		analyze_entity_index_add(texts, set->doc->blocks[m->block].text +
		    m->start, m->end - m->start, i);
		if (m->type != DOC_ENTITY_PERSON || m->ntok < 2)
			continue;
		l = analyze_entity_surname_from(set, m);
		analyze_entity_index_add(surnames,
		    set->doc->blocks[m->block].text + l, m->end - l, i);
	}
	analyze_entity_index_sort(texts);
	analyze_entity_index_sort(surnames);
}

/* Some mention's text is s[0..len), or (surname set) some full person's
 * last word is. */
static int
analyze_entity_name_known(const struct analyze_entity_set *set,
    const struct analyze_entity_index *ix, int surname, const char *s,
    size_t len)
{
	const struct analyze_entity_mention	*m;
	size_t					 x, end, from;

	for (x = analyze_entity_index_find(ix, s, len, &end); x < end; x++) {
		m = &set->m[ix->e[x].value];
		from = surname ? analyze_entity_surname_from(set, m) : m->start;
		if (m->end - from == len && memcmp(s,
		    set->doc->blocks[m->block].text + from, len) == 0)
			return 1;
	}
	return 0;
}

/* Step 1: fills every mention's folded name. */
static void
analyze_entity_names_fold(struct analyze_entity_set *set)
{
	struct analyze_entity_index	 texts = { 0 }, surnames = { 0 };
	struct analyze_entity_mention	*m;
	size_t				 i, len;

	analyze_entity_fold_index(set, &texts, &surnames);
	for (i = 0; i < set->n; i++) {
		m = &set->m[i];
		m->name = analyze_entity_mention_text(set, m);
		len = strlen(m->name);
		if (set->lang != ANALYZE_NER_DE || len < 4 ||
		    m->name[len - 1] != 's' || (m->lex & NAMEBITS) != 0)
			continue;
		if (m->lexs != 0 || analyze_entity_name_known(set, &texts, 0,
		    m->name, len - 1) || analyze_entity_name_known(set,
		    &surnames, 1, m->name, len - 1))
			m->name[len - 1] = '\0';
	}
	analyze_entity_index_clear(&texts);
	analyze_entity_index_clear(&surnames);
}

static int
analyze_entity_group_new(struct analyze_entity_set *set, const char *name,
    int type)
{
	set->groups = xreallocarray(set->groups, set->ngroups + 1,
	    sizeof *set->groups);
	memset(&set->groups[set->ngroups], 0, sizeof *set->groups);
	set->groups[set->ngroups].name = xstrdup(name);
	set->groups[set->ngroups].type = type;
	set->groups[set->ngroups].parent = -1;
	return (int)set->ngroups++;
}

/* Merges group b into a (both roots). */
void
analyze_entity_group_merge(struct analyze_entity_set *set, int a, int b)
{
	struct analyze_entity_group	*ga = &set->groups[a];
	struct analyze_entity_group	*gb = &set->groups[b];
	int				 t;

	if (a == b)
		return;
	gb->parent = a;
	for (t = 0; t < 4; t++)
		ga->votes[t] += gb->votes[t];
	ga->nment += gb->nment;
	ga->titled += gb->titled;
	if (gb->ntok > ga->ntok) {
		free(ga->name);
		ga->name = xstrdup(gb->name);
		ga->ntok = gb->ntok;
	}
}

/* Of two groups with one name, the one whose type wins: the one with more
 * mentions when it has a strict majority; on a tie, a place when the
 * gazetteer knows the name as one. -1 when neither wins. */
static int
analyze_entity_vote_best(struct analyze_entity_set *set, size_t a, size_t b)
{
	const struct analyze_entity_group	*ga = &set->groups[a];
	const struct analyze_entity_group	*gb = &set->groups[b];

	/* A title before a name ("President Obama") outweighs any
	 * count of bare mentions, which the tagger types alike. */
	if ((ga->titled > 0) != (gb->titled > 0))
		return ga->titled > 0 ? (int)a : (int)b;
	if (ga->nment != gb->nment)
		return ga->nment > gb->nment ? (int)a : (int)b;
	if (ga->placeish && ga->type == DOC_ENTITY_PLACE)
		return (int)a;
	if (gb->placeish && gb->type == DOC_ENTITY_PLACE)
		return (int)b;
	return -1;
}

/* Sorting helpers: qsort has no context argument, and the pass runs
 * once per document on one thread. */
static const struct analyze_entity_set *analyze_entity_sort_set;

/* Mentions by (type, name), then by index. */
static int
analyze_entity_mention_key_cmp(const void *a, const void *b)
{
	const struct analyze_entity_mention *m = analyze_entity_sort_set->m;
	size_t	i = *(const size_t *)a, j = *(const size_t *)b;
	int	c;

	if (m[i].type != m[j].type)
		return m[i].type < m[j].type ? -1 : 1;
	if ((c = strcmp(m[i].name, m[j].name)) != 0)
		return c;
	return i < j ? -1 : i > j;
}

/* Groups by name, then by index. */
static int
analyze_entity_group_name_cmp(const void *a, const void *b)
{
	const struct analyze_entity_group *g = analyze_entity_sort_set->groups;
	size_t	i = *(const size_t *)a, j = *(const size_t *)b;
	int	c;

	if ((c = strcmp(g[i].name, g[j].name)) != 0)
		return c;
	return i < j ? -1 : i > j;
}

/* 0, 1, … n-1 sorted by cmp. Caller frees. */
static size_t *
analyze_entity_order(const struct analyze_entity_set *set, size_t n,
    int (*cmp)(const void *, const void *))
{
	size_t	*order = xreallocarray(NULL, n > 0 ? n : 1, sizeof *order);

	for (size_t i = 0; i < n; i++)
		order[i] = i;
	analyze_entity_sort_set = set;
	if (n > 0)
		qsort(order, n, sizeof *order, cmp);
	analyze_entity_sort_set = NULL;
	return order;
}

/* For each mention, the first mention of the same (type, name): groups
 * are made in order of first mention, as the document lists entities. */
static size_t *
analyze_entity_firsts(const struct analyze_entity_set *set)
{
	size_t	*order, *first, k;

	order = analyze_entity_order(set, set->n,
	    analyze_entity_mention_key_cmp);
	first = xreallocarray(NULL, set->n > 0 ? set->n : 1, sizeof *first);
	for (k = 0; k < set->n; k++) {
		size_t i = order[k], p = k > 0 ? order[k - 1] : 0;

		first[i] = k > 0 && set->m[p].type == set->m[i].type &&
		    strcmp(set->m[p].name, set->m[i].name) == 0 ?
		    first[p] : i;
	}
	free(order);
	return first;
}

/* Step 2. */
static void
analyze_entity_groups_make(struct analyze_entity_set *set)
{
	size_t	i, *first = analyze_entity_firsts(set);
	int	g;

	for (i = 0; i < set->n; i++) {
		if (first[i] == i)
			g = analyze_entity_group_new(set, set->m[i].name,
			    set->m[i].type);
		else
			g = set->m[first[i]].group;
		set->m[i].group = g;
		set->groups[g].votes[set->m[i].type]++;
		set->groups[g].nment++;
		set->groups[g].titled += set->m[i].titled;
		set->groups[g].ntok = set->m[i].ntok;
		if (set->m[i].lex & (ANALYZE_NER_LEX_COUNTRY |
		    ANALYZE_NER_LEX_CITY | ANALYZE_NER_LEX_REGION))
			set->groups[g].placeish = 1;
		if (set->m[i].lex0 & ANALYZE_NER_LEX_COMMON)
			set->groups[g].headcommon = 1;
	}
	free(first);
}

/* Step 2, after the links: one type per name where the votes say so.
 * Only groups of one name can merge, so each run of the groups sorted by
 * name is settled on its own, pairs in index order. */
static void
analyze_entity_names_unify(struct analyze_entity_set *set)
{
	struct analyze_entity_group	*ga, *gb;
	size_t				*order, lo, hi, x, y, a, b;
	int				 best;

	order = analyze_entity_order(set, set->ngroups,
	    analyze_entity_group_name_cmp);
	for (lo = 0; lo < set->ngroups; lo = hi) {
		for (hi = lo + 1; hi < set->ngroups && strcmp(
		    set->groups[order[lo]].name, set->groups[order[hi]].name) ==
		    0; hi++)
			;
		for (x = lo; x < hi; x++)
			for (y = x + 1; y < hi; y++) {
				a = order[x];
				b = order[y];
				ga = &set->groups[a];
				gb = &set->groups[b];
				if (ga->parent >= 0 || gb->parent >= 0)
					continue;
				best = analyze_entity_vote_best(set, a, b);
				if (best >= 0)
					analyze_entity_group_merge(set, best,
					    best == (int)a ? (int)b : (int)a);
			}
	}
	free(order);
}

/* Optimal-string-alignment distance of a and b, capped at 2. */
static int
analyze_entity_edit_distance(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b), i, j;
	int	d[32][32], c, v;

	if (la >= 32 || lb >= 32 || (la > lb ? la - lb : lb - la) > 1)
		return 2;
	for (i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			c = a[i - 1] != b[j - 1];
			v = d[i - 1][j - 1] + c;
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[la][lb] > 2 ? 2 : d[la][lb];
}

/* How a one-word name relates to a full person name: 1 its last word,
 * 2 its first word, 3 a near-miss of its last word, 0 none. */
static int
analyze_entity_name_relate(const char *word, const char *full)
{
	const char	*last = strrchr(full, ' ');
	size_t		 lw = strlen(word);

	if (last == NULL)
		return 0;
	last++;
	if (strcmp(word, last) == 0)
		return 1;
	if (strncmp(full, word, lw) == 0 && full[lw] == ' ')
		return 2;
	if (lw >= 4 && strlen(last) >= 5 &&
	    analyze_entity_edit_distance(word, last) == 1)
		return 3;
	return 0;
}

/* Adds s[0..len) and, when with_deletions, each string one byte shorter
 * to the index: two words at edit distance one share such a key
 * (a substitution, an insertion or a swap all leave a common deletion). */
static void
analyze_entity_keys_add(struct analyze_entity_index *ix, const char *s,
    size_t len, int with_deletions, size_t value)
{
	char	buf[32];

	analyze_entity_index_add(ix, s, len, value);
	if (!with_deletions || len >= sizeof buf)
		return;
	for (size_t i = 0; i < len; i++) {
		memcpy(buf, s, i);
		memcpy(buf + i, s + i + 1, len - i - 1);
		analyze_entity_index_add(ix, buf, len - 1, value);
	}
}

/* Full names (with a space) by their first word, last word and the last
 * word's deletions: every group a one-word name may relate to. */
static void
analyze_entity_persons_index(const struct analyze_entity_set *set,
    struct analyze_entity_index *ix)
{
	const char	*name, *last;

	for (size_t f = 0; f < set->ngroups; f++) {
		name = set->groups[f].name;
		if ((last = strrchr(name, ' ')) == NULL)
			continue;
		analyze_entity_index_add(ix, name, strcspn(name, " "), f);
		last++;
		analyze_entity_keys_add(ix, last, strlen(last),
		    strlen(last) >= 5, f);
	}
	analyze_entity_index_sort(ix);
}

static int
analyze_entity_size_cmp(const void *a, const void *b)
{
	size_t	x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* Appends to *c the values ix holds for s[0..len). */
static void
analyze_entity_candidates_add(const struct analyze_entity_index *ix,
    const char *s, size_t len, size_t **c, size_t *n, size_t *cap)
{
	size_t	x, end;

	for (x = analyze_entity_index_find(ix, s, len, &end); x < end; x++) {
		if (*n == *cap) {
			*cap = *cap > 0 ? *cap * 2 : 16;
			*c = xreallocarray(*c, *cap, sizeof **c);
		}
		(*c)[(*n)++] = ix->e[x].value;
	}
}

/* The groups ix offers for a one-word name (it and, from four bytes on,
 * its deletions), ascending, without repeats; returns how many. Caller
 * frees *out. */
static size_t
analyze_entity_candidates(const struct analyze_entity_index *ix,
    const char *word, size_t **out)
{
	size_t	*c = NULL, n = 0, cap = 0, k, x, len = strlen(word);
	char	 buf[32];

	analyze_entity_candidates_add(ix, word, len, &c, &n, &cap);
	for (x = 0; len >= 4 && len < sizeof buf && x < len; x++) {
		memcpy(buf, word, x);
		memcpy(buf + x, word + x + 1, len - x - 1);
		analyze_entity_candidates_add(ix, buf, len - 1, &c, &n, &cap);
	}
	if (n > 0)
		qsort(c, n, sizeof *c, analyze_entity_size_cmp);
	for (x = k = 0; x < n; x++)
		if (k == 0 || c[k - 1] != c[x])
			c[k++] = c[x];
	*out = c;
	return k;
}

/* Step 3 for one root group s: the full person it names, or -1. Only the
 * candidates the index offers can relate to it. */
static int
analyze_entity_person_find(struct analyze_entity_set *set,
    const struct analyze_entity_index *ix, size_t s)
{
	const struct analyze_entity_group	*gs = &set->groups[s];
	size_t					*cand, ncand, k, f;
	int					 found = -1, r;

	ncand = analyze_entity_candidates(ix, gs->name, &cand);
	for (k = 0; k < ncand; k++) {
		const struct analyze_entity_group	*gf;

		f = cand[k];
		gf = &set->groups[f];
		if (f == s || gf->parent >= 0 || strchr(gf->name, ' ') == NULL)
			continue;
		r = analyze_entity_name_relate(gs->name, gf->name);
		/* A full name that a person's surname ends is a person even
		 * where the tagger said otherwise. */
		if (r == 0 || (gf->type != DOC_ENTITY_PERSON && (r != 1 ||
		    gs->type != DOC_ENTITY_PERSON || gf->headcommon)) ||
		    (r != 1 &&
		    gs->type != DOC_ENTITY_PERSON))
			continue;
		if (found >= 0 && strcmp(set->groups[found].name,
		    gf->name) != 0) {
			found = -1;	/* two people share it */
			break;
		}
		found = (int)f;
	}
	free(cand);
	return found;
}

static void
analyze_entity_persons_link(struct analyze_entity_set *set)
{
	struct analyze_entity_index	ix = { 0 };
	size_t				s;
	int				f;

	analyze_entity_persons_index(set, &ix);
	for (s = 0; s < set->ngroups; s++) {
		if (set->groups[s].parent >= 0 ||
		    strchr(set->groups[s].name, ' ') != NULL)
			continue;
		if ((f = analyze_entity_person_find(set, &ix, s)) >= 0) {
			analyze_entity_group_merge(set, f, (int)s);
			set->groups[f].type = DOC_ENTITY_PERSON;
		}
	}
	analyze_entity_index_clear(&ix);
}

void
analyze_entity_link(struct analyze_entity_set *set)
{
	analyze_entity_names_fold(set);
	analyze_entity_groups_make(set);
	analyze_entity_persons_link(set);
	analyze_entity_names_unify(set);
	if (set->lang == ANALYZE_NER_EN)
		analyze_entity_en_acronyms_link(set);
	analyze_entity_repeats_find(set);
}
