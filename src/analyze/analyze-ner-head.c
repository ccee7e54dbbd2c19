/*
 * analyze-ner-head.c: the head noun of a name-like token. German builds
 * names of places and organisations as compounds and hyphenations whose
 * last part says what they are ("Amur-Region", "Kokushikan-Universität",
 * "UN-Sicherheitsrat", "Bundeskriminalamt"); English writes the same heads
 * as words of their own ("Ewha Womans University", "Amur River"). The
 * table below is general language knowledge, German and English side by
 * side, so that the English weight set, trained on German sentences, meets
 * the same classes. It says nothing about whether a word is a name: the
 * tagger weighs the class against everything else it knows. "Berg" and
 * "Wald" are left out: they end surnames (Zinberg, Oswald) as often as
 * places.
 *
 * A token's head is the longest tail that is a head noun, a final
 * inflection (s, es, n, en, e) allowed. Tails are matched through a hash of
 * the reversed, ASCII-lowered bytes, built once from the table, so the
 * tagger checks every tail of a token in one right-to-left pass.
 */
#include <string.h>

#include "analyze-ner.h"

struct analyze_ner_headword {
	const char	*word;
	int		 cue;
};

#define HEAD(w, c)	{ w, ANALYZE_NER_CUE_##c }

static const struct analyze_ner_headword analyze_ner_heads[] = {
	/* Organisations. */
	HEAD("universität", ORG), HEAD("hochschule", ORG), HEAD("rat", ORG),
	HEAD("partei", ORG), HEAD("bank", ORG), HEAD("verein", ORG),
	HEAD("verband", ORG), HEAD("institut", ORG), HEAD("ministerium", ORG),
	HEAD("amt", ORG), HEAD("behörde", ORG), HEAD("gericht", ORG),
	HEAD("kommission", ORG), HEAD("agentur", ORG), HEAD("stiftung", ORG),
	HEAD("gesellschaft", ORG), HEAD("konzern", ORG), HEAD("verlag", ORG),
	HEAD("zeitung", ORG), HEAD("akademie", ORG), HEAD("orchester", ORG),
	HEAD("klub", ORG), HEAD("club", ORG), HEAD("union", ORG),
	HEAD("bund", ORG), HEAD("polizei", ORG), HEAD("armee", ORG),
	HEAD("kirche", ORG), HEAD("gewerkschaft", ORG), HEAD("sender", ORG),
	HEAD("rundfunk", ORG), HEAD("werke", ORG), HEAD("gruppe", ORG),
	HEAD("komitee", ORG), HEAD("ausschuss", ORG), HEAD("fraktion", ORG),
	HEAD("regierung", ORG), HEAD("schule", ORG), HEAD("gymnasium", ORG),
	HEAD("kammer", ORG), HEAD("liga", ORG), HEAD("organisation", ORG),
	HEAD("university", ORG), HEAD("college", ORG), HEAD("council", ORG),
	HEAD("company", ORG), HEAD("corporation", ORG), HEAD("party", ORG),
	HEAD("association", ORG), HEAD("institute", ORG), HEAD("division", ORG),
	HEAD("army", ORG), HEAD("league", ORG), HEAD("society", ORG),
	HEAD("school", ORG), HEAD("agency", ORG), HEAD("committee", ORG),
	HEAD("commission", ORG), HEAD("ministry", ORG), HEAD("department", ORG),
	HEAD("records", ORG), HEAD("airlines", ORG), HEAD("press", ORG),
	HEAD("band", ORG), HEAD("team", ORG), HEAD("corps", ORG),
	HEAD("regiment", ORG), HEAD("squadron", ORG), HEAD("federation", ORG),
	HEAD("foundation", ORG), HEAD("academy", ORG), HEAD("orchestra", ORG),
	HEAD("church", ORG), HEAD("government", ORG), HEAD("navy", ORG),
	/* Places. */
	HEAD("region", LOC), HEAD("meer", LOC), HEAD("see", LOC),
	HEAD("fluss", LOC), HEAD("insel", LOC),
	HEAD("gebirge", LOC), HEAD("straße", LOC),
	HEAD("platz", LOC), HEAD("kreis", LOC), HEAD("bezirk", LOC),
	HEAD("kanton", LOC), HEAD("provinz", LOC), HEAD("gebiet", LOC),
	HEAD("bucht", LOC), HEAD("ozean", LOC), HEAD("kanal", LOC),
	HEAD("hafen", LOC), HEAD("bahnhof", LOC), HEAD("kosmodrom", LOC),
	HEAD("halbinsel", LOC), HEAD("park", LOC),
	HEAD("viertel", LOC), HEAD("dorf", LOC), HEAD("brücke", LOC),
	HEAD("allee", LOC), HEAD("weg", LOC), HEAD("gasse", LOC),
	HEAD("river", LOC), HEAD("lake", LOC), HEAD("sea", LOC),
	HEAD("ocean", LOC), HEAD("island", LOC), HEAD("islands", LOC),
	HEAD("mountain", LOC), HEAD("mountains", LOC), HEAD("valley", LOC),
	HEAD("county", LOC), HEAD("province", LOC), HEAD("street", LOC),
	HEAD("road", LOC), HEAD("bridge", LOC), HEAD("airport", LOC),
	HEAD("bay", LOC), HEAD("district", LOC), HEAD("avenue", LOC),
	HEAD("parish", LOC), HEAD("peninsula", LOC), HEAD("desert", LOC),
	{ NULL, 0 }
};

/* German inflection a head may carry ("Sicherheitsrats", "Regionen"). */
static const char *const analyze_ner_head_endings[] = {
	"", "s", "es", "n", "en", "e", NULL
};

#define ANALYZE_NER_HEAD_SLOTS	1024	/* a power of two, > 4 x entries */

static uint32_t	analyze_ner_head_key[ANALYZE_NER_HEAD_SLOTS];
static int	analyze_ner_head_cue[ANALYZE_NER_HEAD_SLOTS];

/* The hash of s[0..len) read backwards, ASCII lower-cased, never 0. */
static uint32_t
analyze_ner_head_hash_add(uint32_t h, unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		c = (unsigned char)(c + 32);
	h ^= c;
	h *= 16777619u;
	return h;
}

static void
analyze_ner_head_put(const char *w, const char *ending, int cue)
{
	uint32_t	h = ANALYZE_NER_HASH_INIT;
	size_t		s;
	int		i;

	for (i = (int)strlen(ending); i-- > 0;)
		h = analyze_ner_head_hash_add(h, (unsigned char)ending[i]);
	for (i = (int)strlen(w); i-- > 0;)
		h = analyze_ner_head_hash_add(h, (unsigned char)w[i]);
	h |= 1;
	for (s = h & (ANALYZE_NER_HEAD_SLOTS - 1); analyze_ner_head_key[s] != 0
	    && analyze_ner_head_key[s] != h;
	    s = (s + 1) & (ANALYZE_NER_HEAD_SLOTS - 1))
		;
	if (analyze_ner_head_key[s] == 0) {
		analyze_ner_head_key[s] = h;
		analyze_ner_head_cue[s] = cue;
	}
}

/* Fills the table on first use; the word forms come first, so an
 * inflected form never hides a head ("see" + "n" is not "seen"). */
static void
analyze_ner_head_init(void)
{
	static int	done;
	size_t		i, e;

	if (done)
		return;
	done = 1;
	for (e = 0; analyze_ner_head_endings[e] != NULL; e++)
		for (i = 0; analyze_ner_heads[i].word != NULL; i++)
			if (e < 3 || strlen(analyze_ner_heads[i].word) > 3)
				analyze_ner_head_put(analyze_ner_heads[i].word,
				    analyze_ner_head_endings[e],
				    analyze_ner_heads[i].cue);
}

static int
analyze_ner_head_lookup(uint32_t h)
{
	size_t	s;

	h |= 1;
	for (s = h & (ANALYZE_NER_HEAD_SLOTS - 1); analyze_ner_head_key[s] != 0;
	    s = (s + 1) & (ANALYZE_NER_HEAD_SLOTS - 1))
		if (analyze_ner_head_key[s] == h)
			return analyze_ner_head_cue[s];
	return 0;
}

int
analyze_ner_head_find(const char *s, size_t len)
{
	uint32_t	h = ANALYZE_NER_HASH_INIT;
	size_t		p;
	int		cue, best = 0;

	analyze_ner_head_init();
	for (p = len; p-- > 0;) {
		if (s[p] == '-')
			break;
		h = analyze_ner_head_hash_add(h, (unsigned char)s[p]);
		if (len - p < 3 || ((unsigned char)s[p] & 0xC0) == 0x80)
			continue;
		if ((cue = analyze_ner_head_lookup(h)) != 0)
			best = cue;
	}
	return best;
}
