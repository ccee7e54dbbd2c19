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
 * 4. Repeats: an untagged token sequence equal to a linked name's mention
 *    joins it, unless it is a common word of the language (so "Bild" the
 *    paper does not make every picture one).
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

static int
analyze_entity_name_known(const struct analyze_entity_set *set,
    const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < set->n; i++)
		if (set->m[i].end - set->m[i].start == len && memcmp(s,
		    set->doc->blocks[set->m[i].block].text + set->m[i].start,
		    len) == 0)
			return 1;
	return 0;
}

/* The last word of s[0..len) equals the last word of a known person. */
static int
analyze_entity_surname_known(const struct analyze_entity_set *set,
    const char *s, size_t len)
{
	const char	*t;
	size_t		 i, l;

	for (i = 0; i < set->n; i++) {
		if (set->m[i].type != DOC_ENTITY_PERSON || set->m[i].ntok < 2)
			continue;
		t = set->doc->blocks[set->m[i].block].text;
		for (l = set->m[i].end; l > set->m[i].start && t[l - 1] != ' ';
		    l--)
			;
		if (set->m[i].end - l == len && memcmp(t + l, s, len) == 0)
			return 1;
	}
	return 0;
}

/* Step 1: fills every mention's folded name. */
static void
analyze_entity_names_fold(struct analyze_entity_set *set)
{
	struct analyze_entity_mention	*m;
	size_t				 i, len;

	for (i = 0; i < set->n; i++) {
		m = &set->m[i];
		m->name = analyze_entity_mention_text(set, m);
		len = strlen(m->name);
		if (set->lang != ANALYZE_NER_DE || len < 4 ||
		    m->name[len - 1] != 's' || (m->lex & NAMEBITS) != 0)
			continue;
		if (m->lexs != 0 || analyze_entity_name_known(set, m->name,
		    len - 1) || analyze_entity_surname_known(set, m->name,
		    len - 1))
			m->name[len - 1] = '\0';
	}
}

static int
analyze_entity_group_find(struct analyze_entity_set *set, const char *name,
    int type)
{
	size_t	g;

	for (g = 0; g < set->ngroups; g++)
		if (set->groups[g].type == type &&
		    strcmp(set->groups[g].name, name) == 0)
			return (int)g;
	set->groups = xreallocarray(set->groups, set->ngroups + 1,
	    sizeof *set->groups);
	memset(&set->groups[set->ngroups], 0, sizeof *set->groups);
	set->groups[set->ngroups].name = xstrdup(name);
	set->groups[set->ngroups].type = type;
	set->groups[set->ngroups].parent = -1;
	return (int)set->ngroups++;
}

/* Merges group b into a (both roots). */
static void
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

	if (ga->nment != gb->nment)
		return ga->nment > gb->nment ? (int)a : (int)b;
	if (ga->placeish && ga->type == DOC_ENTITY_PLACE)
		return (int)a;
	if (gb->placeish && gb->type == DOC_ENTITY_PLACE)
		return (int)b;
	return -1;
}

/* Step 2. */
static void
analyze_entity_groups_make(struct analyze_entity_set *set)
{
	size_t	i;
	int	g;

	for (i = 0; i < set->n; i++) {
		g = analyze_entity_group_find(set, set->m[i].name,
		    set->m[i].type);
		set->m[i].group = g;
		set->groups[g].votes[set->m[i].type]++;
		set->groups[g].nment++;
		set->groups[g].ntok = set->m[i].ntok;
		if (set->m[i].lex & (ANALYZE_NER_LEX_COUNTRY |
		    ANALYZE_NER_LEX_CITY | ANALYZE_NER_LEX_REGION))
			set->groups[g].placeish = 1;
		if (set->m[i].lex0 & ANALYZE_NER_LEX_COMMON)
			set->groups[g].headcommon = 1;
	}
}

/* Step 2, after the links: one type per name where the votes say so. */
static void
analyze_entity_names_unify(struct analyze_entity_set *set)
{
	struct analyze_entity_group	*ga, *gb;
	size_t				 a, b;
	int				 best;

	for (a = 0; a < set->ngroups; a++)
		for (b = a + 1; b < set->ngroups; b++) {
			ga = &set->groups[a];
			gb = &set->groups[b];
			if (ga->parent >= 0 || gb->parent >= 0 ||
			    strcmp(ga->name, gb->name) != 0)
				continue;
			best = analyze_entity_vote_best(set, a, b);
			if (best < 0)
				continue;
			analyze_entity_group_merge(set, best,
			    best == (int)a ? (int)b : (int)a);
		}
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

/* Step 3 for one root group s: the full person it names, or -1. */
static int
analyze_entity_person_find(struct analyze_entity_set *set, size_t s)
{
	const struct analyze_entity_group	*gs = &set->groups[s];
	size_t					 f;
	int					 found = -1, r;

	for (f = 0; f < set->ngroups; f++) {
		const struct analyze_entity_group	*gf = &set->groups[f];

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
		    gf->name) != 0)
			return -1;	/* two people share it */
		found = (int)f;
	}
	return found;
}

static void
analyze_entity_persons_link(struct analyze_entity_set *set)
{
	size_t	s;
	int	f;

	for (s = 0; s < set->ngroups; s++) {
		if (set->groups[s].parent >= 0 ||
		    strchr(set->groups[s].name, ' ') != NULL)
			continue;
		if ((f = analyze_entity_person_find(set, s)) >= 0) {
			analyze_entity_group_merge(set, f, (int)s);
			set->groups[f].type = DOC_ENTITY_PERSON;
		}
	}
}

/* Whether block bytes [a, b) overlap a mention. */
static int
analyze_entity_covered(const struct analyze_entity_set *set, size_t block,
    size_t a, size_t b)
{
	size_t	i;

	for (i = 0; i < set->n; i++)
		if (set->m[i].block == block && set->m[i].start < b &&
		    a < set->m[i].end)
			return 1;
	return 0;
}

/* Step 4 for mention k: adds every untagged repeat of its text, or of
 * its last len bytes when len is not 0 (a person's surname). */
static void
analyze_entity_repeats_add(struct analyze_entity_set *set, size_t k,
    size_t len)
{
	const struct analyze_ner_tok	*t;
	struct analyze_entity_mention	 m = set->m[k];
	const char			*text;
	size_t				 b, i, j;

	if (len == 0)
		len = m.end - m.start;
	else
		m.ntok = 1;
	m.start = m.end - len;

	for (b = 0; b < set->doc->nblocks; b++) {
		t = set->btoks[b];
		text = set->doc->blocks[b].text;
		for (i = 0; i < set->bntoks[b]; i++) {
			if (t[i].shape == ANALYZE_NER_SHAPE_LOWER ||
			    t[i].start + len > set->doc->blocks[b].text_len ||
			    memcmp(text + t[i].start, set->doc->blocks[
			    m.block].text + m.start, len) != 0)
				continue;
			for (j = i; j < set->bntoks[b] &&
			    t[j].end < t[i].start + len; j++)
				;
			if (j == set->bntoks[b] || t[j].end != t[i].start + len ||
			    analyze_entity_covered(set, b, t[i].start,
			    t[j].end))
				continue;
			if (set->n == set->cap) {
				set->cap *= 2;
				set->m = xreallocarray(set->m, set->cap,
				    sizeof *set->m);
			}
			m.block = b;
			m.start = t[i].start;
			m.end = t[j].end;
			m.name = NULL;
			set->m[set->n++] = m;
		}
	}
}

/* The byte length of a mention's last word. */
static size_t
analyze_entity_surname_len(const struct analyze_entity_set *set,
    const struct analyze_entity_mention *m)
{
	const char	*t = set->doc->blocks[m->block].text;
	size_t		 l;

	for (l = m->end; l > m->start && t[l - 1] != ' '; l--)
		;
	return m->end - l;
}

static void
analyze_entity_repeats_find(struct analyze_entity_set *set)
{
	size_t	k, n = set->n, i;
	int	seen;

	for (k = 0; k < n; k++) {
		if (set->m[k].ntok == 1 &&
		    (set->m[k].lex & ANALYZE_NER_LEX_COMMON))
			continue;
		for (seen = 0, i = 0; i < k && !seen; i++)
			seen = set->m[i].end - set->m[i].start ==
			    set->m[k].end - set->m[k].start &&
			    strcmp(set->m[i].name, set->m[k].name) == 0 &&
			    set->m[i].group == set->m[k].group;
		if (!seen)
			analyze_entity_repeats_add(set, k, 0);
		if (!seen && set->m[k].type == DOC_ENTITY_PERSON &&
		    set->m[k].ntok > 1 && !(set->m[k].lex &
		    ANALYZE_NER_LEX_COMMON))
			analyze_entity_repeats_add(set, k,
			    analyze_entity_surname_len(set, &set->m[k]));
	}
}

void
analyze_entity_link(struct analyze_entity_set *set)
{
	analyze_entity_names_fold(set);
	analyze_entity_groups_make(set);
	analyze_entity_persons_link(set);
	analyze_entity_names_unify(set);
	analyze_entity_repeats_find(set);
}
