/*
 * analyze-entity-en.c: repairs of English mentions between the tagger and
 * the article-level pass. The English weight set sees no words, only
 * shapes and classes, and title case makes every word of "Prime Minister
 * Benjamin Netanyahu" look alike, so it glues titles into names, tags
 * nationality adjectives and keeps a name's type where its head noun says
 * otherwise. What English writes the same way in any article is repaired
 * here with small tables of general language knowledge:
 *
 *  - titles before a person ("President", "Prime Minister", "Sen.",
 *    "Secretary of State"), with the nationality adjectives before them
 *    ("Russian President"), are cut off, and what follows is a person;
 *    a mention that is nothing but titles and adjectives is dropped;
 *  - a title after an organisation ("Palestinian Authority President") is
 *    cut off;
 *  - nationality adjectives and hyphen compounds made of them ("Russian",
 *    "Israeli-Palestinian", "U.S.-led") are not entities (CoNLL's
 *    conventions for news, and issue 4's "adjectives are not entities");
 *  - a multi-word name ending in an institutional head ("Institution",
 *    "Council", "Court", "House") is an organisation;
 *  - common abbreviations of countries ("U.S.", "U.K.") are places.
 *
 * The German path never comes here.
 */
#include <string.h>
#include <strings.h>

#include "doc.h"
#include "analyze-ner.h"
#include "analyze-entity.h"

/* Title words before a name, lower case. "General" and "Chief" are left
 * out: they begin organisations ("General Motors") as often. */
static const char *const analyze_entity_en_titles[] = {
	"president", "vice", "prime", "minister", "secretary", "sen.",
	"senator", "gov.", "governor", "rep.", "representative", "mr.",
	"mrs.", "ms.", "mr", "mrs", "ms", "dr.", "prof.", "professor",
	"gen.", "col.", "lt.", "sgt.", "adm.", "admiral", "capt.",
	"captain", "judge", "justice", "ambassador", "chancellor", "king",
	"queen", "prince", "princess", "pope", "chairman", "chairwoman",
	"spokesman", "spokeswoman", "foreign", "defense", "defence",
	"leader", "mayor", "premier", "sir", "rabbi", "sheikh",
	"archbishop", "bishop", "cardinal", "deputy", "commissioner",
	"attorney", "sheriff", "senior", "former", "brigadier", "lieutenant",
	"colonel", "sergeant", "corporal", "commander", "major", NULL
};

/* Titles that may end an organisation's mention ("... Authority
 * President"): a surname is never one of these. */
static const char *const analyze_entity_en_tail_titles[] = {
	"president", "minister", "secretary", "chairman", "chairwoman",
	"spokesman", "spokeswoman", "ambassador", "governor", "mayor",
	"director", NULL
};

/* Last words that make a multi-word name an organisation. */
static const char *const analyze_entity_en_org_heads[] = {
	"institution", "council", "court", "house", "congress", "assembly",
	"authority", "post", "times", "journal", "tribune", "herald",
	"images", "institute", "university", "commission", "committee",
	"agency", "bureau", "administration", "parliament", "senate",
	"party", "corporation", "foundation", "organization",
	"organisation", NULL
};

/* Capitalised one-word institutions, common words in lower case
 * ("congress"), names mid-sentence. */
static const char *const analyze_entity_en_institutions[] = {
	"Congress", "Parliament", "Senate", "Pentagon", "Kremlin",
	"Knesset", "Bundestag", "Duma", "Politburo", "Interpol", NULL
};

/* Multi-word names of former or informal states, places although their
 * head says organisation. */
static const char *const analyze_entity_en_states[] = {
	"Soviet Union", "Ottoman Empire", "Roman Empire", "British Empire",
	"Holy Roman Empire", "Byzantine Empire", "East Germany",
	"West Germany", NULL
};

/* Abbreviations of countries and of the United Nations. */
static const struct {
	const char	*abbr;
	int		 type;
} analyze_entity_en_abbrs[] = {
	{ "U.S.", DOC_ENTITY_PLACE }, { "US", DOC_ENTITY_PLACE },
	{ "U.S.A.", DOC_ENTITY_PLACE }, { "USA", DOC_ENTITY_PLACE },
	{ "U.K.", DOC_ENTITY_PLACE }, { "UK", DOC_ENTITY_PLACE },
	{ "U.N.", DOC_ENTITY_ORGANISATION }, { "UN", DOC_ENTITY_ORGANISATION },
	{ "E.U.", DOC_ENTITY_ORGANISATION }, { "EU", DOC_ENTITY_ORGANISATION },
	{ NULL, 0 }
};

/* Whether s[0..len) is, ignoring case, one of list. */
static int
analyze_entity_en_listed(const char *const *list, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == len && strncasecmp(list[i], s, len) == 0)
			return 1;
	return 0;
}

static int
analyze_entity_en_word_in(const char *const *list, const char *text,
    const struct analyze_ner_tok *t)
{
	return analyze_entity_en_listed(list, text + t->start,
	    t->end - t->start);
}

/* Whether toks[i] is a capitalised title word; "General" only after
 * another ("Brigadier General", "Attorney General"): first, it begins
 * organisations ("General Motors"). */
static int
analyze_entity_en_title_at(const char *text,
    const struct analyze_ner_tok *toks, size_t i)
{
	const struct analyze_ner_tok	*t = &toks[i];

	if (t->shape != ANALYZE_NER_SHAPE_CAP)
		return 0;
	if (analyze_entity_en_word_in(analyze_entity_en_titles, text, t))
		return 1;
	return i > 0 && t->end - t->start == 7 && memcmp(text + t->start,
	    "General", 7) == 0 && toks[i - 1].shape == ANALYZE_NER_SHAPE_CAP &&
	    analyze_entity_en_word_in(analyze_entity_en_titles, text,
	    &toks[i - 1]);
}

/* Stems of a nationality word and what replaces its ending: Palestin-ian
 * + e, Ital-ian + y, Brazil-ian, Japan-ese, Israel-i, Australia-n. */
static const struct {
	const char	*end;
	const char	*add;
} analyze_entity_en_demonym_ends[] = {
	{ "ian", "e" }, { "ian", "y" }, { "ian", "ia" }, { "ian", "" },
	{ "ese", "" }, { "i", "" }, { "n", "" }, { "an", "a" }, { NULL, NULL }
};

/* Countries iso-codes names only with a qualifier ("Palestine, State
 * of", "Russian Federation"), which the model's country class misses. */
static const char *const analyze_entity_en_countries[] = {
	"Palestine", "Russia", "Syria", "Korea", "Moldova", "Macedonia",
	"Congo", "Bolivia", "Tanzania", "Iran", "Venezuela", "Micronesia",
	"Taiwan", "Laos", "Vietnam", "Britain", NULL
};

/* Whether s[0..len) is a country's name. */
static int
analyze_entity_en_country_is(const struct analyze_ner_model *model,
    const char *s, size_t len)
{
	return (analyze_ner_model_lex(model, analyze_ner_hash_add(
	    ANALYZE_NER_HASH_INIT, s, len)) & ANALYZE_NER_LEX_COUNTRY) ||
	    analyze_entity_en_listed(analyze_entity_en_countries, s, len);
}

/* Whether s[0..len) derives from a country by a regular ending. The
 * model's demonym class has the forms that wamerican lists; it misses
 * some ("Palestinian") whose country iso-codes writes with a suffix. */
static int
analyze_entity_en_demonym_derived(const struct analyze_ner_model *model,
    const char *s, size_t len)
{
	char	stem[64];
	size_t	i, el, al;

	for (i = 0; analyze_entity_en_demonym_ends[i].end != NULL; i++) {
		el = strlen(analyze_entity_en_demonym_ends[i].end);
		al = strlen(analyze_entity_en_demonym_ends[i].add);
		if (len <= el + 2 || len - el + al >= sizeof stem ||
		    memcmp(s + len - el, analyze_entity_en_demonym_ends[i].end,
		    el) != 0)
			continue;
		memcpy(stem, s, len - el);
		memcpy(stem + len - el, analyze_entity_en_demonym_ends[i].add,
		    al);
		if (analyze_entity_en_country_is(model, stem, len - el + al))
			return 1;
	}
	return 0;
}

/* Whether s[0..len), a plural without its s, is a nationality or
 * religion ("Palestinian", "Christian"). */
static int
analyze_entity_en_plural_demonym(const struct analyze_ner_model *model,
    const char *s, size_t len)
{
	return (analyze_ner_model_lex(model, analyze_ner_hash_add(
	    ANALYZE_NER_HASH_INIT, s, len)) & ANALYZE_NER_LEX_DEMONYM) ||
	    analyze_entity_en_demonym_derived(model, s, len);
}

/* Whether a token is a nationality adjective ("Russian", "Israeli"). */
static int
analyze_entity_en_demonym_is(const struct analyze_ner_model *model,
    const char *text, const struct analyze_ner_tok *t)
{
	if (t->lex & (ANALYZE_NER_LEX_COUNTRY | ANALYZE_NER_LEX_CITY) ||
	    t->shape != ANALYZE_NER_SHAPE_CAP)
		return 0;
	return (t->lex & ANALYZE_NER_LEX_DEMONYM) ||
	    analyze_entity_en_demonym_derived(model, text + t->start,
	    t->end - t->start);
}

/* Whether a hyphen compound is an adjective made of names: its last part
 * is lower case ("U.S.-led") or every part is a country, abbreviation or
 * nationality ("Israeli-Palestinian", "U.S.-Israeli"). */
static int
analyze_entity_en_compound_is(const struct analyze_ner_model *model,
    const char *text, const struct analyze_ner_tok *t)
{
	const char	*p = text + t->start, *e = text + t->end, *q;
	unsigned	 lex;
	size_t		 i;
	int		 abbr;

	if (!t->hyphen)
		return 0;
	while (p < e) {
		if ((q = memchr(p, '-', (size_t)(e - p))) == NULL)
			q = e;
		if (q == e && *p >= 'a' && *p <= 'z')
			return 1;
		lex = analyze_ner_model_lex(model, analyze_ner_hash_add(
		    ANALYZE_NER_HASH_INIT, p, (size_t)(q - p)));
		for (abbr = 0, i = 0; analyze_entity_en_abbrs[i].abbr; i++)
			abbr |= strlen(analyze_entity_en_abbrs[i].abbr) ==
			    (size_t)(q - p) && memcmp(p,
			    analyze_entity_en_abbrs[i].abbr, (size_t)(q - p)) ==
			    0;
		if (!abbr && !(lex & (ANALYZE_NER_LEX_DEMONYM |
		    ANALYZE_NER_LEX_COUNTRY)) &&
		    !analyze_entity_en_demonym_derived(model, p,
		    (size_t)(q - p)))
			return 0;
		p = q < e ? q + 1 : e;
	}
	return 1;
}

/* Whether toks[a..b) are all titles, "of" inside titles ("Secretary of
 * State") and nationality adjectives. */
static int
analyze_entity_en_all_titles(const struct analyze_ner_model *model,
    const char *text,
    const struct analyze_ner_tok *toks, size_t a, size_t b)
{
	size_t	i;

	for (i = a; i < b; i++)
		if (!analyze_entity_en_title_at(text, toks, i) &&
		    !analyze_entity_en_demonym_is(model, text, &toks[i]))
			return 0;
	return 1;
}

/* The end of a run of titles (with nationality adjectives before them)
 * starting at a: "Russian President", "Secretary of State". a when none. */
static size_t
analyze_entity_en_titles_end(const struct analyze_ner_model *model,
    const char *text,
    const struct analyze_ner_tok *toks, size_t a, size_t b)
{
	size_t	i = a, end = a;

	while (i < b && analyze_entity_en_demonym_is(model, text, &toks[i]))
		i++;
	while (i < b) {
		if (analyze_entity_en_title_at(text, toks, i))
			end = ++i;
		else if (i > a && i + 1 < b && toks[i].end - toks[i].start ==
		    2 && memcmp(text + toks[i].start, "of", 2) == 0 &&
		    toks[i + 1].end - toks[i + 1].start == 5 &&
		    memcmp(text + toks[i + 1].start, "State", 5) == 0)
			end = i += 2;
		else
			break;
	}
	return end;
}

/* Whether toks[a..b) can be a person's name: capitalised words (initials
 * and "H.W." too), the first no common word, the last no head noun. */
static int
analyze_entity_en_person_like(const struct analyze_ner_tok *toks, size_t a,
    size_t b)
{
	size_t	i;

	if (a == b || b - a > 4 || toks[b - 1].head != 0)
		return 0;
	if ((toks[a].lex & ANALYZE_NER_LEX_COMMON) && !(toks[a].lex &
	    (ANALYZE_NER_LEX_NAME | ANALYZE_NER_LEX_FIRST)))
		return 0;
	for (i = a; i < b; i++)
		if (toks[i].shape != ANALYZE_NER_SHAPE_CAP &&
		    toks[i].shape != ANALYZE_NER_SHAPE_MIXED &&
		    toks[i].shape != ANALYZE_NER_SHAPE_UPPER)
			return 0;
	return 1;
}

/* The type a multi-word name's last word or its whole text gives it, or
 * -1 when they say nothing. */
static int
analyze_entity_en_head_type(const char *text,
    const struct analyze_ner_tok *toks, size_t a, size_t b)
{
	const char	*s = text + toks[a].start;
	size_t		 len = toks[b - 1].end - toks[a].start, i;

	if (b - a == 1) {
		for (i = 0; analyze_entity_en_abbrs[i].abbr != NULL; i++)
			if (strlen(analyze_entity_en_abbrs[i].abbr) == len &&
			    memcmp(analyze_entity_en_abbrs[i].abbr, s,
			    len) == 0)
				return analyze_entity_en_abbrs[i].type;
		return -1;
	}
	for (i = 0; analyze_entity_en_states[i] != NULL; i++)
		if (strlen(analyze_entity_en_states[i]) == len &&
		    memcmp(analyze_entity_en_states[i], s, len) == 0)
			return DOC_ENTITY_PLACE;
	if (toks[b - 1].shape == ANALYZE_NER_SHAPE_CAP &&
	    analyze_entity_en_word_in(analyze_entity_en_org_heads, text,
	    &toks[b - 1]))
		return DOC_ENTITY_ORGANISATION;
	return -1;
}

int
analyze_entity_en_adjective(const struct analyze_ner_model *model,
    const char *text, const struct analyze_ner_tok *toks, size_t n,
    size_t a, size_t b)
{
	size_t	i;

	for (i = a; i < b; i++)
		if (!analyze_entity_en_demonym_is(model, text, &toks[i]))
			return 0;
	return b < n && toks[b].shape != ANALYZE_NER_SHAPE_PUNCT &&
	    toks[b].shape != ANALYZE_NER_SHAPE_DIGIT;
}

int
analyze_entity_en_institution_is(const char *text,
    const struct analyze_ner_tok *t)
{
	return !t->first && t->shape == ANALYZE_NER_SHAPE_CAP &&
	    analyze_entity_en_word_in(analyze_entity_en_institutions, text, t);
}

int
analyze_entity_en_fix(const struct analyze_ner_model *model,
    const char *text, const struct analyze_ner_tok *toks, size_t n,
    size_t *ap, size_t *bp, int *type, int *titled)
{
	size_t	a = *ap, b = *bp, t, i;
	int	head, demonyms = 1;

	*titled = 0;
	if (analyze_entity_en_adjective(model, text, toks, n, a, b))
		return 0;
	for (i = a; i < b; i++)
		demonyms &= analyze_entity_en_demonym_is(model, text, &toks[i]);
	/* "Palestinians", "Republicans": a nationality or party noun. */
	if (b - a == 1 && toks[a].end - toks[a].start > 4 &&
	    text[toks[a].end - 1] == 's' && toks[a].shape ==
	    ANALYZE_NER_SHAPE_CAP && analyze_entity_en_plural_demonym(model,
	    text + toks[a].start, toks[a].end - toks[a].start - 1))
		demonyms = 1;
	if (demonyms) {
		*type = DOC_ENTITY_OTHER;
		return 1;
	}
	if (analyze_entity_en_all_titles(model, text, toks, a, b))
		return 0;
	if (b - a == 1 && analyze_entity_en_compound_is(model, text, &toks[a]))
		return 0;
	t = analyze_entity_en_titles_end(model, text, toks, a, b);
	if (t > a && analyze_entity_en_person_like(toks, t, b)) {
		a = t;
		*type = DOC_ENTITY_PERSON;
		*titled = 1;
	} else if (a > 0 && analyze_entity_en_title_at(text, toks, a - 1) &&
	    analyze_entity_en_person_like(toks, a, b)) {
		*type = DOC_ENTITY_PERSON;
		*titled = 1;
	}
	while (b - a > 1 && *type != DOC_ENTITY_PERSON &&
	    analyze_entity_en_word_in(analyze_entity_en_tail_titles, text,
	    &toks[b - 1]) && toks[b - 2].shape == ANALYZE_NER_SHAPE_CAP)
		b--;
	if ((head = analyze_entity_en_head_type(text, toks, a, b)) >= 0)
		*type = head;
	*ap = a;
	*bp = b;
	return 1;
}

/* The initials of a multi-word name's capitalised words ("International
 * Criminal Court": ICC; "Council on Foreign Relations": CFR) into out
 * (size cap); 0 when fewer than two or too many. */
static size_t
analyze_entity_en_initials(const char *name, char *out, size_t cap)
{
	const char	*p;
	size_t		 n = 0;

	for (p = name; *p != '\0'; p++) {
		if (p != name && p[-1] != ' ')
			continue;
		if (*p < 'A' || *p > 'Z')
			continue;
		if (n + 1 >= cap)
			return 0;
		out[n++] = *p;
	}
	return n >= 2 ? n : 0;
}

/* Whether a name is an acronym: two to six capital letters. */
static int
analyze_entity_en_acronym_is(const char *name)
{
	size_t	i;

	for (i = 0; name[i] != '\0'; i++)
		if (name[i] < 'A' || name[i] > 'Z' || i >= 6)
			return 0;
	return i >= 2;
}

/* The only root group whose initials are acr, or -1. */
static int
analyze_entity_en_expansion(struct analyze_entity_set *set,
    const struct analyze_entity_index *ix, const char *acr, int self)
{
	size_t	x, end;
	int	found = -1, g;

	for (x = analyze_entity_index_find(ix, acr, strlen(acr), &end);
	    x < end; x++) {
		g = analyze_entity_group_root(set, (int)ix->e[x].value);
		if (g == self || g == found)
			continue;
		if (found >= 0)
			return -1;
		found = g;
	}
	return found;
}

void
analyze_entity_en_acronyms_link(struct analyze_entity_set *set)
{
	struct analyze_entity_index	 ix;
	char				 ini[16];
	size_t				 i, n;
	int				 e;

	memset(&ix, 0, sizeof ix);
	for (i = 0; i < set->ngroups; i++)
		if (set->groups[i].parent < 0 && set->groups[i].type !=
		    DOC_ENTITY_PERSON && (n = analyze_entity_en_initials(
		    set->groups[i].name, ini, sizeof ini)) > 0 &&
		    strchr(set->groups[i].name, ' ') != NULL)
			analyze_entity_index_add(&ix, ini, n, i);
	analyze_entity_index_sort(&ix);
	for (i = 0; i < set->ngroups && ix.n > 0; i++) {
		if (set->groups[i].parent >= 0 ||
		    !analyze_entity_en_acronym_is(set->groups[i].name))
			continue;
		e = analyze_entity_en_expansion(set, &ix, set->groups[i].name,
		    (int)i);
		if (e >= 0)
			analyze_entity_group_merge(set, e, (int)i);
	}
	analyze_entity_index_clear(&ix);
}
