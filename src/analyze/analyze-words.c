/*
 * analyze-words.c: the word lists the rules consult — general knowledge of
 * German and English news language (verbs of saying, Konjunktiv forms,
 * role nouns, abbreviations), never words of a particular text.
 *
 * Each list is written in any order, sorted once on first use and then
 * searched with bsearch(), so a lookup is O(log n). Keys are lower case.
 * Role nouns are also matched as the tail of a compound
 * ("Regierungssprecher" ends in "sprecher"), longest tails listed.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"

struct analyze_list {
	const char	**words;
	size_t		  n;
	int		  sorted;
};

#define ANALYZE_LIST(name, ...)						\
	static const char *name##_words[] = { __VA_ARGS__ };		\
	static struct analyze_list name = { name##_words,		\
	    sizeof name##_words / sizeof name##_words[0], 0 }

/* Abbreviations whose final period does not end a sentence (no period). */
ANALYZE_LIST(analyze_abbrev,
	"dr", "prof", "z.b", "u.a", "st", "u.s", "mr", "mrs", "ms", "jr",
	"sr", "bzw", "ca", "vgl", "etc", "inkl", "evtl", "ggf", "usw", "z",
	"d.h", "s", "nr", "abs", "art", "bd", "hrsg", "jh", "jhd", "mio",
	"mrd", "mrd", "tsd", "min", "max", "std", "dipl", "ing", "med",
	"phil", "rer", "nat", "jur", "sen", "gen", "gov", "rep", "lt",
	"col", "capt", "sgt", "corp", "inc", "ltd", "co", "no", "vs", "v",
	"i.e", "e.g", "a.m", "p.m", "u.k", "u.n", "e.v", "n.chr", "v.chr",
	"o.ä", "u.ä", "s.o", "s.u", "u.v.m", "z.t", "i.d.r", "m.e", "sog",
	"geb", "gest", "verh", "str", "tel", "fa", "hl", "ehem", "stellv",
	"präs", "mag", "bzgl", "lic", "mt", "ft", "dt", "engl", "franz",
	"ital", "span", "russ", "lat", "griech", "jan", "feb", "mär", "apr",
	"jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "oct",
	"dec", "mo", "di", "mi", "do", "fr", "sa", "so", "v.r", "v.l",
	"2.v.r", "2.v.l", "u.s.a", "a.d", "b.a", "m.a", "ph.d", "gmbh",
	"bspw", "usf", "zit", "zt", "allg", "ev", "kath", "ref", "röm",
	"bzgl", "ebd", "ff", "f", "ca", "zzgl", "abzgl");

/*
 * Verbs of saying and their relatives (claiming, warning, demanding,
 * believing), finite forms in German and English. Separable German verbs
 * appear by their finite part ("teilte … mit" is "teilte").
 */
ANALYZE_LIST(analyze_speech,
	"sagt", "sagte", "sagten", "sagen", "gesagt",
	"erklärt", "erklärte", "erklärten", "erklären",
	"betont", "betonte", "betonten", "meint", "meinte", "meinten",
	"warnt", "warnte", "warnten", "warnen",
	"fordert", "forderte", "forderten", "fordern",
	"kritisiert", "kritisierte", "kritisierten",
	"berichtet", "berichtete", "berichteten", "berichten",
	"teilt", "teilte", "teilten", "mitteilte", "mitteilten",
	"bestätigt", "bestätigte", "bestätigten",
	"betonte", "schreibt", "schrieb", "schrieben",
	"erzählt", "erzählte", "erzählten",
	"ergänzt", "ergänzte", "ergänzten", "fügte", "fügt",
	"sprach", "spricht", "sprachen",
	"behauptet", "behauptete", "behaupteten",
	"versichert", "versicherte", "versicherten",
	"erläutert", "erläuterte", "kündigte", "kündigt", "kündigten",
	"räumte", "räumt", "gab", "gibt", "gaben",
	"glaubt", "glauben", "glaubte", "glaubten",
	"vermutet", "vermutete", "vermuten", "vermuteten",
	"befürchtet", "befürchtete", "befürchten", "fürchtet", "fürchten",
	"fürchtete", "hofft", "hoffte", "hoffen", "hofften",
	"beklagt", "beklagte", "beklagten", "bemängelte", "bemängelt",
	"verkündete", "verkündet", "verkündeten",
	"erwiderte", "entgegnete", "antwortete", "antwortet", "entgegnet",
	"argumentiert", "argumentierte", "begründete", "begründet",
	"zitiert", "zitierte", "unterstrich", "unterstreicht",
	"stellte", "stellt", "machte", "macht", "wies", "weist",
	"bezeichnete", "bezeichnet", "bezeichneten", "nannte", "nennt",
	"rief", "ruft", "riefen", "verlangte", "verlangt", "verlangten",
	"appellierte", "appelliert", "drohte", "droht", "drohten",
	"verwies", "verweist", "mahnte", "mahnt", "sicherte", "sichert",
	"versprach", "verspricht", "bekräftigte", "bekräftigt",
	"bestritt", "bestreitet", "dementierte", "dementiert",
	"räumte", "gestand", "gesteht", "lobte", "lobt",
	"kommentierte", "kommentiert", "vermeldete", "meldet", "meldete",
	"meldeten", "informierte", "informiert", "verlautete",
	"hieß", "heißt", "äußerte", "äußert", "äußerten",
	"warf", "wirft", "warfen", "beschuldigte", "beschuldigt",
	"empfahl", "empfiehlt", "riet", "rät", "schätzt", "schätzte",
	"prognostizierte", "prognostiziert", "rechnet", "rechnete",
	"geht", "ging", "sieht", "sah", "findet", "fand",
	"verteidigte", "verteidigt", "bedauerte", "bedauert",
	"forderten", "begrüßte", "begrüßt", "begrüßten",
	"zeigte", "zeigt", "zeigten", "wundert", "wunderte",
	"ist", "sind", "war", "waren",
	"said", "says", "say", "told", "tells", "added", "adds", "warned",
	"warns", "explained", "explains", "stated", "states", "noted",
	"notes", "argued", "argues", "claimed", "claims", "insisted",
	"insists", "announced", "announces", "reported", "reports",
	"wrote", "writes", "believes", "believed", "thinks", "thought",
	"asked", "asks", "replied", "replies", "confirmed", "confirms",
	"denied", "denies", "admitted", "admits", "suggested", "suggests",
	"acknowledged", "acknowledges", "stressed", "stresses",
	"emphasized", "emphasised", "declared", "declares", "urged",
	"urges", "predicted", "predicts", "estimated", "estimates",
	"cautioned", "cautions", "concluded", "concludes", "contended",
	"maintained", "maintains", "recalled", "recalls", "observed",
	"remarked", "commented", "comments", "tweeted", "posted",
	"testified", "alleged", "alleges", "promised", "promises",
	"vowed", "vows", "conceded", "concedes", "agreed", "agrees");

/* Verbs whose bare finite form is weak evidence: copulas and light verbs
 * count only as part of a phrase, so they are excluded from cues. */
ANALYZE_LIST(analyze_weak,
	"ist", "sind", "war", "waren", "geht", "ging", "sieht", "sah",
	"findet", "fand", "gab", "gibt", "gaben", "machte", "macht",
	"stellte", "stellt", "zeigte", "zeigt", "zeigten", "wies", "weist",
	"rief", "ruft", "riefen", "rechnet", "rechnete", "hieß", "heißt",
	"gesagt");

/* Konjunktiv I (and unambiguous Konjunktiv forms) of common verbs, third
 * person: the mark of indirect speech in German. */
ANALYZE_LIST(analyze_konj1,
	"sei", "seien", "seist", "habe", "werde", "könne", "müsse", "solle",
	"wolle", "dürfe", "möge", "wisse", "gebe", "liege", "stehe", "gehe",
	"komme", "bleibe", "brauche", "fehle", "gelte", "handle", "handele",
	"lasse", "sehe", "halte", "finde", "trage", "führe", "zeige",
	"plane", "arbeite", "bestehe", "betrage", "biete", "bringe",
	"erwarte", "mache", "nehme", "passe", "spiele", "treffe", "trete",
	"verfüge", "wachse", "wirke", "ziele", "befinde", "beziehe",
	"diene", "entspreche", "entstehe", "erfolge", "ergebe", "fordere",
	"gehöre", "gelinge", "hänge", "herrsche", "lebe", "leide", "lohne",
	"nutze", "richte", "scheine", "schaffe", "sorge", "spreche",
	"stamme", "steige", "stelle", "stimme", "suche", "tue", "verliere",
	"verstoße", "verletze", "verleihe", "verfolge", "versuche",
	"wende", "wohne", "zähle", "bedeute", "beabsichtige", "bemühe",
	"benötige", "besitze", "bestätige", "betreffe", "beteilige",
	"bewege", "drohe", "ermögliche", "erhalte", "erreiche", "falle",
	"folge", "fühle", "glaube", "hoffe", "kenne", "koste", "laufe",
	"leiste", "liefere", "sinke", "sterbe", "teile", "unterstütze",
	"verhandle", "verkaufe", "verlange", "verweise", "warte", "weise",
	"wünsche", "zwinge", "achte", "ändere", "beginne", "behalte",
	"beruhe", "betrachte", "bezahle", "gewinne", "heiße", "kämpfe",
	"lege", "mangle", "prüfe", "reiche", "rechne", "schütze",
	"schweige", "setze", "steige", "strebe", "trage", "verbiete",
	"verdiene", "vertrete", "verzichte", "vorliege", "weigere",
	"gäbe", "käme", "läge", "stünde", "ginge", "bliebe", "hieße",
	"seien", "hätten", "wären");

/* Konjunktiv II and its substitute: indirect only in context. */
ANALYZE_LIST(analyze_konj2,
	"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte",
	"könnten", "müsste", "müssten", "dürfte", "dürften", "möchte",
	"möchten", "sollten", "wollten");

/* Role nouns; matched whole or as the tail of a compound. */
ANALYZE_LIST(analyze_role,
	"professor", "professorin", "politologe", "politologin",
	"sprecher", "sprecherin", "minister", "ministerin", "präsident",
	"präsidentin", "kanzler", "kanzlerin", "chef", "chefin",
	"direktor", "direktorin", "leiter", "leiterin", "experte",
	"expertin", "analyst", "analystin", "abgeordnete", "abgeordneter",
	"vorsitzende", "vorsitzender", "generalsekretär", "botschafter",
	"botschafterin", "bürgermeister", "bürgermeisterin", "trainer",
	"trainerin", "anwalt", "anwältin", "richter", "richterin",
	"staatsanwalt", "staatsanwältin", "forscher", "forscherin",
	"wissenschaftler", "wissenschaftlerin", "ökonom", "ökonomin",
	"historiker", "historikerin", "soziologe", "soziologin",
	"journalist", "journalistin", "korrespondent", "korrespondentin",
	"premier", "premierminister", "regierungschef", "staatschef",
	"machthaber", "diktator", "könig", "königin", "papst", "bischof",
	"kardinal", "pfarrer", "general", "kommandeur", "offizier",
	"senator", "senatorin", "gouverneur", "gouverneurin", "berater",
	"beraterin", "manager", "managerin", "vorstand", "geschäftsführer",
	"geschäftsführerin", "gründer", "gründerin", "autor", "autorin",
	"arzt", "ärztin", "mediziner", "medizinerin", "ermittler",
	"ermittlerin", "kommissar", "kommissarin", "beauftragte",
	"beauftragter", "vertreter", "vertreterin", "funktionär",
	"funktionärin", "aktivist", "aktivistin", "dozent", "dozentin",
	"jurist", "juristin", "vizepräsident", "vizekanzler", "ökonom",
	"außenminister", "innenminister", "parteichef", "fraktionschef",
	"kandidat", "kandidatin", "spitzenkandidat", "oberbürgermeister",
	"landrat", "landrätin", "polizeisprecher", "pressesprecher",
	"regierungssprecher", "unternehmenssprecher", "sprecher",
	"president", "minister", "spokesman", "spokeswoman",
	"spokesperson", "professor", "analyst", "director", "chief",
	"secretary", "senator", "governor", "ambassador", "chairman",
	"chairwoman", "expert", "researcher", "economist", "official",
	"mayor", "judge", "lawyer", "attorney", "general", "commander",
	"leader", "adviser", "advisor", "ceo", "founder", "scientist",
	"historian", "correspondent", "prime", "vice", "representative",
	"congressman", "congresswoman", "sheriff", "coach", "captain");

/* Articles, determiners and possessives before a noun phrase. */
ANALYZE_LIST(analyze_det,
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
	"eines", "einem", "einen", "sein", "seine", "seiner", "ihr",
	"ihre", "ihrer", "dieser", "diese", "dieses", "jener", "the", "a",
	"an", "his", "her", "their", "its", "this", "that", "mehrere",
	"viele", "einige", "zwei", "drei", "beide", "alle", "andere");

ANALYZE_LIST(analyze_pronoun,
	"er", "sie", "es", "man", "wir", "ich", "he", "she", "they", "we",
	"i", "it", "dieser", "diese", "jener", "beide", "beiden");

/* Words that may stand between a cue verb and its subject. */
ANALYZE_LIST(analyze_skip,
	"auch", "daher", "jedoch", "aber", "dazu", "zudem", "außerdem",
	"bereits", "schon", "noch", "nun", "jetzt", "damals", "später",
	"weiter", "ferner", "allerdings", "indes", "indessen", "hingegen",
	"dagegen", "demgegenüber", "gegenüber", "zufolge", "heute",
	"gestern", "inzwischen", "mittlerweile", "ebenfalls", "also",
	"erst", "zuletzt", "zuvor", "sogar", "offenbar", "deshalb",
	"deswegen", "darum", "sofort", "kürzlich", "unlängst", "dann",
	"stets", "immer", "wiederholt", "erneut", "ausdrücklich", "laut",
	"mit", "mir", "ihm", "ihr", "uns", "mal", "einmal", "sich",
	"dabei", "damit", "darin", "also", "jedenfalls", "vielmehr",
	"eindringlich", "deutlich", "klar", "explizit", "öffentlich",
	"also", "too", "however", "then", "later", "earlier", "recently",
	"previously", "further", "also", "again");

/* Prepositions and adverbs that open a sentence without being its subject
 * (German verb-second: "Am Mittwoch sagte Putin"). */
ANALYZE_LIST(analyze_prep,
	"am", "im", "in", "an", "auf", "aus", "bei", "nach", "vor", "seit",
	"zum", "zur", "um", "über", "unter", "mit", "von", "vom", "für",
	"gegen", "während", "trotz", "wegen", "laut", "bis", "beim",
	"ins", "so", "dazu", "weiter", "zudem", "außerdem", "auch",
	"dann", "danach", "damals", "jetzt", "nun", "heute", "gestern",
	"bereits", "schon", "daher", "deshalb", "allerdings", "jedoch",
	"später", "zuvor", "ferner", "gleichzeitig", "zugleich", "dies",
	"das", "darüber", "hierzu", "dafür", "dagegen", "demnach",
	"zunächst", "schließlich", "letztlich", "weiterhin", "ebenso",
	"ebenfalls", "hingegen", "anschließend", "inzwischen", "mittlerweile",
	"wie", "ob", "dass", "als", "wenn", "weil", "doch", "aber", "und",
	"oder", "denn", "sondern", "zwar", "besonders", "vor", "at", "in",
	"noch", "erst", "kurz", "unmittelbar", "bisher", "künftig",
	"angesichts", "außer", "neben", "hinter", "zwischen", "ab",
	"on", "after", "before", "during", "in", "later", "earlier", "as");

/* Capitalised words that begin no name (sentence-initial function words,
 * months, weekdays, common news nouns that pair with names). */
ANALYZE_LIST(analyze_nonname,
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
	"er", "sie", "es", "wir", "ich", "man", "auch", "aber", "und",
	"in", "im", "am", "an", "auf", "bei", "nach", "mit", "von", "vom",
	"für", "zum", "zur", "so", "wie", "als", "wenn", "dass", "doch",
	"laut", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
	"samstag", "sonntag", "januar", "februar", "märz", "april", "mai",
	"juni", "juli", "august", "september", "oktober", "november",
	"dezember", "herr", "frau", "the", "a", "an", "he", "she", "it",
	"they", "we", "mr", "mrs", "ms", "dr", "prof", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "june", "july",
	"october", "december", "this", "that", "but", "and", "bild",
	"foto", "quelle", "demnach", "dies", "diese", "dieser", "zudem",
	"außerdem", "dazu", "weiter", "nun", "jetzt", "heute", "gestern",
	"unter", "über", "vor", "seit", "gegen", "trotz", "während",
	"wegen", "um", "aus", "bis", "ob", "denn", "noch", "schon",
	"bereits", "allerdings", "jedoch", "zwar", "sondern", "oder",
	"damit", "dabei", "daher", "deshalb", "dennoch", "trotzdem",
	"zunächst", "danach", "später", "dort", "hier", "nur", "mehr",
	"alle", "viele", "einige", "andere", "beide", "weitere", "sein",
	"seine", "ihre", "ihr", "unser", "unsere", "kein", "keine",
	"was", "wer", "wo", "warum", "welche", "welcher", "jeder", "jede",
	"nicht", "ja", "nein", "es", "mit", "ohne", "durch", "bis",
	"insgesamt", "vielleicht", "offenbar", "angeblich", "eigentlich",
	"folglich", "wir", "ihnen", "uns", "mir", "mich", "dich", "euch");

/* Plural nouns for groups that speak ("Experten", "Kritiker"). */
ANALYZE_LIST(analyze_group,
	"experten", "kritiker", "beobachter", "analysten", "ermittler",
	"behörden", "polizei", "regierung", "ministerium", "sprecher",
	"augenzeugen", "zeugen", "medien", "berichten", "angaben",
	"wissenschaftler", "forscher", "ärzte", "aktivisten", "anwohner",
	"diplomaten", "kreise", "gewerkschaft", "staatsanwaltschaft",
	"officials", "experts", "critics", "analysts", "police",
	"authorities", "witnesses", "researchers", "scientists");

/*
 * First and second person: a quote that holds one is someone talking
 * ("Wir werden …"), however short, never a title or a name.
 */
ANALYZE_LIST(analyze_person,
	"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner",
	"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
	"du", "dich", "dir", "euch", "euer", "eure",
	"i", "me", "my", "we", "us", "our", "you", "your");

static int
analyze_list_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorts on first use; the lists are small and static. */
static int
analyze_list_has(struct analyze_list *l, const char *w)
{
	if (w == NULL)
		return 0;
	if (!l->sorted) {
		qsort(l->words, l->n, sizeof *l->words, analyze_list_cmp);
		l->sorted = 1;
	}
	return bsearch(&w, l->words, l->n, sizeof *l->words,
	    analyze_list_cmp) != NULL;
}

int
analyze_word_abbrev(const char *lower, size_t len)
{
	char	buf[32];

	if (len == 0 || len >= sizeof buf)
		return 0;
	memcpy(buf, lower, len);
	buf[len] = '\0';
	return analyze_list_has(&analyze_abbrev, buf);
}

int
analyze_word_speech_verb(const char *lower)
{
	return analyze_list_has(&analyze_speech, lower) &&
	    !analyze_list_has(&analyze_weak, lower);
}

int
analyze_word_konj1(const char *lower)
{
	return analyze_list_has(&analyze_konj1, lower);
}

int
analyze_word_konj2(const char *lower)
{
	return analyze_list_has(&analyze_konj2, lower);
}

/* A role noun, or a compound ending in one of at least four letters
 * ("Regierungssprecher", "Außenministerin"). */
int
analyze_word_role(const char *lower)
{
	size_t	i, n;

	if (lower == NULL)
		return 0;
	if (analyze_list_has(&analyze_role, lower))
		return 1;
	n = strlen(lower);
	for (i = 1; i + 4 <= n; i++)
		if (analyze_list_has(&analyze_role, lower + i))
			return 1;
	return 0;
}

int
analyze_word_det(const char *lower)
{
	return analyze_list_has(&analyze_det, lower);
}

int
analyze_word_pronoun(const char *lower)
{
	return analyze_list_has(&analyze_pronoun, lower);
}

int
analyze_word_skip(const char *lower)
{
	return analyze_list_has(&analyze_skip, lower);
}

int
analyze_word_prep(const char *lower)
{
	return analyze_list_has(&analyze_prep, lower);
}

int
analyze_word_nonname(const char *lower)
{
	return analyze_list_has(&analyze_nonname, lower);
}

int
analyze_word_group(const char *lower)
{
	return analyze_list_has(&analyze_group, lower);
}

int
analyze_word_person(const char *lower)
{
	return analyze_list_has(&analyze_person, lower);
}
