/*
 * analyze-ner-lex.c: what a token is apart from its letters — its shape,
 * its lexicon classes (from the Debian word lists and gazetteers packed in
 * the model) and its cue class, plus the per-document language guess.
 *
 * Cue words are written here by hand, German and English side by side, and
 * map to one class per role ("in"/"im" and "in"/"at" are both IN). That is
 * what lets a model trained on German tag English: its "en" weight set sees
 * only these classes, shapes and lexicon bits, never a word.
 */
#include <string.h>

#include "util.h"
#include "analyze-ner.h"

struct analyze_ner_cueword {
	const char	*word;
	int		 cue;
};

/*
 * The n bytes of UTF-8 at s into out with ASCII capitals lowered. Cue
 * words are compared in UTF-8, so only ASCII may change: lowering each
 * byte of "Prä" as a Latin-1 code point made "präsident" (and every cue
 * word with an umlaut or ß) unmatchable. Capital umlauts start no cue.
 */
static void
analyze_ner_bytes_lower(char *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		out[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
}

#define CUE(w, c)	{ w, ANALYZE_NER_CUE_##c }

static const struct analyze_ner_cueword analyze_ner_cues_de[] = {
	CUE("der", ART), CUE("die", ART), CUE("das", ART), CUE("den", ART),
	CUE("dem", ART), CUE("des", ART), CUE("ein", ART), CUE("eine", ART),
	CUE("einer", ART), CUE("einen", ART), CUE("eines", ART),
	CUE("in", IN), CUE("im", IN), CUE("bei", IN), CUE("am", IN),
	CUE("an", IN), CUE("auf", IN), CUE("aus", FROM), CUE("nach", FROM),
	CUE("zu", FROM), CUE("zum", FROM), CUE("zur", FROM),
	CUE("von", OF), CUE("vom", OF), CUE("und", AND), CUE("oder", AND),
	CUE("durch", BY), CUE("herr", TITLE), CUE("frau", TITLE),
	CUE("dr.", TITLE), CUE("prof.", TITLE), CUE("präsident", TITLE),
	CUE("präsidenten", TITLE), CUE("kanzler", TITLE),
	CUE("kanzlerin", TITLE), CUE("minister", TITLE),
	CUE("ministerin", TITLE), CUE("könig", TITLE), CUE("papst", TITLE),
	CUE("sänger", TITLE), CUE("trainer", TITLE), CUE("chef", TITLE),
	CUE("regisseur", TITLE), CUE("autor", TITLE), CUE("machthaber", TITLE),
	CUE("universität", ORG), CUE("partei", ORG), CUE("bank", ORG),
	CUE("verein", ORG), CUE("ag", ORG), CUE("gmbh", ORG), CUE("e.v.", ORG),
	CUE("institut", ORG), CUE("ministerium", ORG), CUE("verband", ORG),
	CUE("gruppe", ORG), CUE("fc", ORG), CUE("kg", ORG),
	CUE("fluss", LOC), CUE("straße", LOC), CUE("platz", LOC),
	CUE("see", LOC), CUE("berg", LOC), CUE("insel", LOC),
	CUE("stadt", LOC), CUE("kreis", LOC), CUE("region", LOC),
	CUE("sagte", SAY), CUE("sagt", SAY), CUE("erklärte", SAY),
	CUE("meint", SAY), CUE("er", PRON), CUE("sie", PRON), CUE("es", PRON),
	CUE("ich", PRON), CUE("wir", PRON), CUE("nicht", OTHER),
	CUE("ist", OTHER), CUE("war", OTHER), CUE("wird", OTHER),
	CUE("hat", OTHER), CUE("mit", OTHER), CUE("für", OTHER),
	CUE("als", OTHER), CUE("auch", OTHER), CUE("sich", OTHER),
	CUE("januar", TIME), CUE("februar", TIME), CUE("märz", TIME),
	CUE("april", TIME), CUE("mai", TIME), CUE("juni", TIME),
	CUE("juli", TIME), CUE("august", TIME), CUE("september", TIME),
	CUE("oktober", TIME), CUE("november", TIME), CUE("dezember", TIME),
	CUE("montag", TIME), CUE("dienstag", TIME), CUE("mittwoch", TIME),
	CUE("donnerstag", TIME), CUE("freitag", TIME), CUE("samstag", TIME),
	CUE("sonntag", TIME),
	{ NULL, 0 }
};

static const struct analyze_ner_cueword analyze_ner_cues_en[] = {
	CUE("the", ART), CUE("a", ART), CUE("an", ART),
	CUE("in", IN), CUE("at", IN), CUE("near", IN), CUE("on", IN),
	CUE("from", FROM), CUE("to", FROM), CUE("into", FROM),
	CUE("of", OF), CUE("and", AND), CUE("or", AND), CUE("by", BY),
	CUE("mr", TITLE), CUE("mr.", TITLE), CUE("mrs", TITLE),
	CUE("mrs.", TITLE), CUE("ms.", TITLE), CUE("dr.", TITLE),
	CUE("prof.", TITLE), CUE("president", TITLE), CUE("chancellor", TITLE),
	CUE("minister", TITLE), CUE("king", TITLE), CUE("pope", TITLE),
	CUE("singer", TITLE), CUE("coach", TITLE), CUE("director", TITLE),
	CUE("author", TITLE), CUE("leader", TITLE), CUE("sir", TITLE),
	CUE("university", ORG), CUE("party", ORG), CUE("bank", ORG),
	CUE("club", ORG), CUE("inc.", ORG), CUE("ltd.", ORG), CUE("corp.", ORG),
	CUE("institute", ORG), CUE("ministry", ORG), CUE("association", ORG),
	CUE("group", ORG), CUE("fc", ORG), CUE("company", ORG),
	CUE("river", LOC), CUE("street", LOC), CUE("square", LOC),
	CUE("lake", LOC), CUE("mount", LOC), CUE("island", LOC),
	CUE("city", LOC), CUE("county", LOC), CUE("region", LOC),
	CUE("said", SAY), CUE("says", SAY), CUE("told", SAY),
	CUE("he", PRON), CUE("she", PRON), CUE("it", PRON), CUE("i", PRON),
	CUE("we", PRON), CUE("not", OTHER), CUE("is", OTHER),
	CUE("was", OTHER), CUE("will", OTHER), CUE("has", OTHER),
	CUE("with", OTHER), CUE("for", OTHER), CUE("as", OTHER),
	CUE("also", OTHER), CUE("its", OTHER),
	CUE("january", TIME), CUE("february", TIME), CUE("march", TIME),
	CUE("april", TIME), CUE("may", TIME), CUE("june", TIME),
	CUE("july", TIME), CUE("august", TIME), CUE("september", TIME),
	CUE("october", TIME), CUE("november", TIME), CUE("december", TIME),
	CUE("monday", TIME), CUE("tuesday", TIME), CUE("wednesday", TIME),
	CUE("thursday", TIME), CUE("friday", TIME), CUE("saturday", TIME),
	CUE("sunday", TIME),
	{ NULL, 0 }
};

/* Slots of a cue table, a power of two: a list of about a hundred words
 * fills a fifth of it, so most tokens, which are no cue, stop at an empty
 * slot. Slot values are 1 + the word's index in its list, 0 when empty. */
#define ANALYZE_NER_CUE_SLOTS	512

struct analyze_ner_cuetab {
	const struct analyze_ner_cueword *list;
	unsigned char	 slot[ANALYZE_NER_CUE_SLOTS];
	int		 built;
};

_Static_assert(sizeof analyze_ner_cues_de / sizeof *analyze_ner_cues_de <
    256 && sizeof analyze_ner_cues_en / sizeof *analyze_ner_cues_en < 256,
    "cue tables index their lists with a byte");

/* Fills tab from its list. An earlier entry of the same word keeps its
 * slot, as the first match did when the list was scanned. */
static void
analyze_ner_cuetab_build(struct analyze_ner_cuetab *tab)
{
	const struct analyze_ner_cueword *c, *o;
	size_t	 i, len, h;

	for (i = 0; tab->list[i].word != NULL; i++) {
		c = &tab->list[i];
		len = strlen(c->word);
		h = analyze_ner_hash_add(ANALYZE_NER_HASH_INIT, c->word, len);
		for (;; h++) {
			h &= ANALYZE_NER_CUE_SLOTS - 1;
			if (tab->slot[h] == 0) {
				tab->slot[h] = (unsigned char)(i + 1);
				break;
			}
			o = &tab->list[tab->slot[h] - 1];
			if (strcmp(o->word, c->word) == 0)
				break;
		}
	}
	tab->built = 1;
}

int
analyze_ner_cue_find(enum analyze_ner_lang lang, const char *lower,
    size_t len)
{
	static struct analyze_ner_cuetab tabs[2] = {
		{ .list = analyze_ner_cues_de },
		{ .list = analyze_ner_cues_en },
	};
	struct analyze_ner_cuetab	*tab;
	const char			*w;
	size_t				 h;

	tab = &tabs[lang == ANALYZE_NER_EN];
	if (len > 16)
		return 0;
	if (!tab->built)
		analyze_ner_cuetab_build(tab);
	h = analyze_ner_hash_add(ANALYZE_NER_HASH_INIT, lower, len);
	for (;; h++) {
		h &= ANALYZE_NER_CUE_SLOTS - 1;
		if (tab->slot[h] == 0)
			return 0;
		w = tab->list[tab->slot[h] - 1].word;
		if (strncmp(w, lower, len) == 0 && w[len] == '\0')
			return tab->list[tab->slot[h] - 1].cue;
	}
}

/* Counts the words of a list that occur in text, ASCII-lowered. */
static size_t
analyze_ner_lang_count(const char *text, size_t len,
    const struct analyze_ner_cueword *list)
{
	size_t	pos = 0, a, hits = 0, i;
	char	w[8];

	while (pos < len) {
		while (pos < len && text[pos] == ' ')
			pos++;
		a = pos;
		while (pos < len && text[pos] != ' ' && text[pos] != '\n')
			pos++;
		if (pos - a == 0 || pos - a >= sizeof w) {
			pos += pos == a;
			continue;
		}
		analyze_ner_bytes_lower(w, text + a, pos - a);
		for (i = 0; list[i].word != NULL; i++)
			if (list[i].cue == ANALYZE_NER_CUE_ART ||
			    list[i].cue == ANALYZE_NER_CUE_OF ||
			    list[i].cue == ANALYZE_NER_CUE_AND ||
			    list[i].cue == ANALYZE_NER_CUE_OTHER ||
			    list[i].cue == ANALYZE_NER_CUE_PRON)
				if (strlen(list[i].word) == pos - a &&
				    memcmp(list[i].word, w, pos - a) == 0) {
					hits++;
					break;
				}
	}
	return hits;
}

enum analyze_ner_lang
analyze_ner_lang_detect(const char *text, size_t len)
{
	size_t	de, en;

	de = analyze_ner_lang_count(text, len, analyze_ner_cues_de);
	en = analyze_ner_lang_count(text, len, analyze_ner_cues_en);
	return en > de ? ANALYZE_NER_EN : ANALYZE_NER_DE;
}

/* The shape class of s[0..len) and the hash of its long shape ("Xx-Xx"). */
static int
analyze_ner_shape_of(const char *s, size_t len, uint32_t *hshape)
{
	size_t	pos = 0, up = 0, low = 0, dig = 0, other = 0, run = 0;
	int32_t	cp;
	int	n, firstup = -1;
	char	c, last = 0;

	*hshape = ANALYZE_NER_HASH_INIT;
	while (pos < len) {
		n = util_utf8_decode(s + pos, len - pos, &cp);
		if (n < 1)
			n = 1, cp = '?';
		if (cp >= '0' && cp <= '9')
			c = 'd', dig++;
		else if (analyze_ner_cp_is_upper(cp))
			c = 'X', up++;
		else if (analyze_ner_cp_lower(cp) == cp && (cp >= 0xC0 ||
		    (cp >= 'a' && cp <= 'z')) && (cp < 0x2000 || cp > 0x2BFF))
			c = 'x', low++;
		else
			c = cp < 0x80 ? (char)cp : '~', other++;
		if (firstup < 0)
			firstup = c == 'X';
		run = c == last ? run + 1 : 1;
		if (run <= 2)
			*hshape = analyze_ner_hash_add(*hshape, &c, 1);
		last = c;
		pos += (size_t)n;
	}
	if (up + low == 0)
		return dig > 0 ? ANALYZE_NER_SHAPE_DIGIT :
		    ANALYZE_NER_SHAPE_PUNCT;
	if (dig > 0)
		return ANALYZE_NER_SHAPE_OTHER;
	if (up == 0)
		return ANALYZE_NER_SHAPE_LOWER;
	if (low == 0)
		return up > 1 ? ANALYZE_NER_SHAPE_UPPER : ANALYZE_NER_SHAPE_CAP;
	if (firstup == 1 && up == 1)
		return ANALYZE_NER_SHAPE_CAP;
	(void)other;
	return firstup == 1 && up <= 3 ? ANALYZE_NER_SHAPE_CAP :
	    ANALYZE_NER_SHAPE_MIXED;
}

/* Lexicon classes that a trailing genitive s hides ("Russlands"). */
#define ANALYZE_NER_LEX_NAMES	(ANALYZE_NER_LEX_COUNTRY | \
	ANALYZE_NER_LEX_REGION | ANALYZE_NER_LEX_CITY | ANALYZE_NER_LEX_NAME | \
	ANALYZE_NER_LEX_ORG)

/* Marks multi-word place names that begin at token i ("New York"). */
static void
analyze_ner_multi_mark(const struct analyze_ner_model *model,
    const char *text, struct analyze_ner_tok *toks, size_t n, size_t i)
{
	uint32_t	h = toks[i].hword;
	size_t		j, k;

	for (j = i + 1; j < n && j < i + 4; j++) {
		if (toks[j].shape == ANALYZE_NER_SHAPE_PUNCT)
			return;
		h = analyze_ner_hash_add(h, " ", 1);
		h = analyze_ner_hash_add(h, text + toks[j].start,
		    toks[j].end - toks[j].start);
		if (analyze_ner_model_lex(model, h) & ANALYZE_NER_LEX_MULTI) {
			toks[i].multi = 1;
			for (k = i + 1; k <= j; k++)
				toks[k].multi = 2;
		}
	}
}

void
analyze_ner_tokens_describe(const struct analyze_ner_model *model,
    enum analyze_ner_lang lang, const char *text,
    struct analyze_ner_tok *toks, size_t n)
{
	struct analyze_ner_tok	*t;
	char			 low[20];
	size_t			 i, len;

	for (i = 0; i < n; i++) {
		t = &toks[i];
		len = t->end - t->start;
		t->hword = analyze_ner_hash_add(ANALYZE_NER_HASH_INIT,
		    text + t->start, len);
		t->hlow = analyze_ner_hash_lower(text + t->start, len);
		t->shape = analyze_ner_shape_of(text + t->start, len,
		    &t->hshape);
		t->lex = analyze_ner_model_lex(model, t->hword) |
		    (analyze_ner_model_lex(model, t->hlow) &
		    (ANALYZE_NER_LEX_ENLOW | ANALYZE_NER_LEX_DELOW));
		t->lexs = 0;
		if (len >= 4 && text[t->end - 1] == 's')
			t->lexs = analyze_ner_model_lex(model,
			    analyze_ner_hash_add(ANALYZE_NER_HASH_INIT,
			    text + t->start, len - 1)) & ANALYZE_NER_LEX_NAMES;
		if (lang == ANALYZE_NER_EN ? (t->lex & ANALYZE_NER_LEX_ENLOW) :
		    (t->lex & (ANALYZE_NER_LEX_DEWORD | ANALYZE_NER_LEX_NAMES)) ==
		    ANALYZE_NER_LEX_DEWORD)
			t->lex |= ANALYZE_NER_LEX_COMMON;
		t->cue = 0;
		if (len < sizeof low) {
			analyze_ner_bytes_lower(low, text + t->start, len);
			t->cue = analyze_ner_cue_find(lang, low, len);
		}
		t->multi = 0;
		t->head = t->shape == ANALYZE_NER_SHAPE_CAP ||
		    t->shape == ANALYZE_NER_SHAPE_MIXED ?
		    analyze_ner_head_find(text + t->start, len) : 0;
		t->hyphen = len > 2 && memchr(text + t->start + 1, '-',
		    len - 2) != NULL;
	}
	for (i = 0; i < n; i++)
		if (toks[i].shape == ANALYZE_NER_SHAPE_CAP ||
		    toks[i].shape == ANALYZE_NER_SHAPE_UPPER)
			analyze_ner_multi_mark(model, text, toks, n, i);
}
