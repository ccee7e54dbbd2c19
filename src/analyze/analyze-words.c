/*
 * analyze-words.c: the word lists the rules consult — general knowledge of
 * German and English news language (verbs of saying, Konjunktiv forms,
 * role nouns, abbreviations), never words of a particular text.
 *
 * Each list is written in any order and has a bit; all of them go into
 * one hash table (word -> bits) built on first use, so a look-up is one
 * hash and a probe, O(1). Keys are lower case. Role nouns are also
 * matched as the tail of a compound ("Regierungssprecher" ends in
 * "sprecher"), longest tails listed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze-int.h"

struct analyze_list {
	const char	**words;
	size_t		  n;
	unsigned	  bit;
};

#define ANALYZE_LIST(name, bitno, ...)					\
	static const char *name##_words[] = { __VA_ARGS__ };		\
	static struct analyze_list name = { name##_words,		\
	    sizeof name##_words / sizeof name##_words[0], 1u << (bitno) }

/* Abbreviations whose final period does not end a sentence (no period). */
ANALYZE_LIST(analyze_abbrev, 0,
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
ANALYZE_LIST(analyze_speech, 1,
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
	/* participles after "hat"/"hatte" ("Der Minister hat angekündigt,
	 * …") and reports */
	"eingeräumt", "angekündigt", "mitgeteilt", "geäußert", "bekräftigt",
	"gewarnt", "gefordert", "dementiert", "bekanntgegeben",
	"zugegeben", "hervorgehoben", "vorgeworfen", "beteuert",
	"bemängelt", "geschrieben", "hinzugefügt", "entgegnet",
	"geantwortet", "klargestellt", "angedeutet", "eingewandt",
	"vorgeschlagen", "gedroht", "angedroht", "zugesagt", "zugesichert",
	"versprochen", "erzählt", "ergänzt", "unterstrichen",
	"meldet", "meldete", "meldeten", "melden",
	"beteuerte", "beteuert", "widersprach", "widerspricht", "klagte",
	"klagt", "beschwerte", "protestierte", "bezweifelte", "bezweifelt",
	"bemerkte", "bemerkt", "erinnerte", "schilderte", "schildert",
	"präzisierte", "verneinte", "bejahte", "signalisierte", "folgerte",
	"resümierte", "urteilte", "urteilt",
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
ANALYZE_LIST(analyze_weak, 2,
	"ist", "sind", "war", "waren", "geht", "ging", "sieht", "sah",
	"findet", "fand", "gab", "gibt", "gaben", "machte", "macht",
	"stellte", "stellt", "zeigte", "zeigt", "zeigten", "wies", "weist",
	"rief", "ruft", "riefen", "rechnet", "rechnete", "hieß", "heißt",
	"gesagt");

/* Konjunktiv I (and unambiguous Konjunktiv forms) of common verbs, third
 * person: the mark of indirect speech in German. */
ANALYZE_LIST(analyze_konj1, 3,
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
ANALYZE_LIST(analyze_konj2, 4,
	"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte",
	"könnten", "müsste", "müssten", "dürfte", "dürften", "möchte",
	"möchten", "sollten", "wollten");

/* Role nouns; matched whole or as the tail of a compound. */
ANALYZE_LIST(analyze_role, 5,
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
	"congressman", "congresswoman", "sheriff", "coach", "captain",
	"fellow", "scholar", "strategist", "consultant", "negotiator",
	"envoy", "lecturer", "pollster", "commentator", "editor",
	/* more German roles, and the inflected forms that stand before a
	 * name ("des Präsidenten Putin", "Fraktionskollegen Müller") */
	"politiker", "politikerin", "priester", "beamter", "beamte",
	"beamten", "kollege", "kollegin", "kollegen", "mitglied",
	"redakteur", "redakteurin", "chefredakteur", "chefredakteurin",
	"präsidenten", "ministers", "kanzlers", "direktors", "professors",
	"sprechers", "vorsitzenden", "abgeordneten", "experten",
	"schauspieler", "schauspielerin", "sänger", "sängerin", "musiker",
	"musikerin", "regisseur", "regisseurin", "spieler", "spielerin",
	"torwart", "kapitän", "verteidiger", "verteidigerin", "kläger",
	"klägerin", "angeklagte", "angeklagter", "angeklagten", "zeuge",
	"zeugin", "unternehmer", "unternehmerin", "bankier", "ingenieur",
	"ingenieurin", "astronom", "astronomin", "physiker", "physikerin",
	"biologe", "biologin", "chemiker", "chemikerin", "psychologe",
	"psychologin", "philosoph", "philosophin", "theologe", "theologin",
	"pilot", "pilotin", "polizist", "polizistin", "soldat", "soldatin",
	"diplomat", "diplomatin", "schriftsteller", "schriftstellerin",
	"künstler", "künstlerin", "fotograf", "fotografin", "lehrer",
	"lehrerin", "student", "studentin", "bischöfin", "rabbiner",
	"imam", "sekretär", "sekretärin", "staatssekretär",
	"staatssekretärin", "obmann", "landesvorsitzende",
	"landesvorsitzender", "bundesvorsitzende", "bundesvorsitzender");

/* Articles, determiners and possessives before a noun phrase. */
ANALYZE_LIST(analyze_det, 6,
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
	"eines", "einem", "einen", "sein", "seine", "seiner", "ihr",
	"ihre", "ihrer", "dieser", "diese", "dieses", "jener", "the", "a",
	"an", "his", "her", "their", "its", "this", "that", "mehrere",
	"viele", "einige", "zwei", "drei", "beide", "alle", "andere");

ANALYZE_LIST(analyze_pronoun, 7,
	"er", "sie", "es", "man", "wir", "ich", "he", "she", "they", "we",
	"i", "it", "dieser", "diese", "jener", "beide", "beiden");

/* Words that may stand between a cue verb and its subject. */
ANALYZE_LIST(analyze_skip, 8,
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
ANALYZE_LIST(analyze_prep, 9,
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
ANALYZE_LIST(analyze_nonname, 10,
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
ANALYZE_LIST(analyze_group, 11,
	"experten", "kritiker", "beobachter", "analysten", "ermittler",
	"behörden", "polizei", "regierung", "ministerium", "sprecher",
	"augenzeugen", "zeugen", "medien", "berichten", "angaben",
	"wissenschaftler", "forscher", "ärzte", "aktivisten", "anwohner",
	"diplomaten", "kreise", "gewerkschaft", "staatsanwaltschaft",
	"officials", "experts", "critics", "analysts", "police",
	"authorities", "witnesses", "researchers", "scientists",
	"economists", "diplomats", "lawmakers", "observers", "investigators",
	"prosecutors", "activists", "residents", "historians");

/*
 * First and second person: a quote that holds one is someone talking
 * ("Wir werden …"), however short, never a title or a name.
 */
ANALYZE_LIST(analyze_person, 12,
	"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner",
	"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
	"du", "dich", "dir", "euch", "euer", "eure",
	"i", "me", "my", "we", "us", "our", "you", "your");

/* Words that introduce a source ("laut", "nach Angaben", "zufolge"): the
 * rules in analyze-source.c look at their context only for these. */
ANALYZE_LIST(analyze_marker, 13,
	"laut", "gemäß", "angaben", "aussagen", "informationen", "aussage",
	"berichten", "schätzungen", "zufolge", "according", "demnach", "nach");

/*
 * Nouns of a source after "nach" ("nach Angaben der Polizei", "nach
 * Ansicht des Ministers", "nach einem Bericht der BBC"), also as the tail
 * of a compound ("Polizeiangaben", "Medienberichten"), and "Vernehmen"
 * or "Meinung" before a postposed "nach" ("seiner Meinung nach").
 */
ANALYZE_LIST(analyze_source, 14,
	"angaben", "aussagen", "aussage", "informationen", "bericht",
	"berichten", "berichts", "meinung", "ansicht", "auffassung",
	"einschätzung", "einschätzungen", "schätzung", "schätzungen",
	"worten", "erkenntnissen", "darstellung", "stellungnahme",
	"mitteilung", "erklärung", "berechnungen", "recherchen",
	"ermittlungen", "untersuchungen", "umfrage", "umfragen", "studie",
	"überzeugung", "vernehmen", "quellen", "analyse", "prognose",
	"prognosen", "schilderung", "schilderungen", "auskunft");

/* Possessives before a source noun: the subject in context speaks
 * ("nach seiner Meinung", "nach eigenen Angaben"). */
ANALYZE_LIST(analyze_possessive, 15,
	"seiner", "seinen", "ihrer", "ihren", "deren", "dessen", "eigenen",
	"eigener", "unserer", "unseren", "meiner", "meinen");

/* Every list, for the table below. */
static struct analyze_list *const analyze_lists[] = {	/* by bit */
	&analyze_abbrev, &analyze_speech, &analyze_weak, &analyze_konj1,
	&analyze_konj2, &analyze_role, &analyze_det, &analyze_pronoun,
	&analyze_skip, &analyze_prep, &analyze_nonname, &analyze_group,
	&analyze_person, &analyze_marker, &analyze_source,
	&analyze_possessive
};

/*
 * One open-addressing table over all the lists: a word maps to the bits
 * of the lists holding it, so any look-up is one hash and a probe or two.
 * It is built once, on first use, in a few tens of thousands of
 * instructions (a dump is a millisecond or two, so sorting a dozen lists
 * per run showed up). The program is single-threaded.
 */
#define ANALYZE_WORDS_SLOTS	4096	/* a power of two, > 2 x the words */

/* 16 bytes a slot, 64 KiB in all; at most half full, probes stay short. */
struct analyze_wslot {
	const char	*word;
	uint32_t	 hash;
	uint16_t	 bits;
	uint16_t	 len;
};

static struct analyze_wslot	analyze_wtab[ANALYZE_WORDS_SLOTS];
static int			analyze_wtab_ready;

/*
 * FNV-1a over the bytes from the last to the first: hashing a word from
 * its end yields the hash of every suffix on the way, which is what the
 * compound tails of analyze_word_role() need.
 */
static uint32_t
analyze_words_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static uint32_t
analyze_words_hash(const char *w, size_t len)
{
	uint32_t	h = 2166136261u;

	while (len > 0)
		h = analyze_words_hash_step(h, (unsigned char)w[--len]);
	return h;
}

static struct analyze_wslot *
analyze_words_slot(const char *w, size_t len, uint32_t h)
{
	size_t	i = h & (ANALYZE_WORDS_SLOTS - 1);

	while (analyze_wtab[i].word != NULL && (analyze_wtab[i].hash != h ||
	    analyze_wtab[i].len != len ||
	    memcmp(analyze_wtab[i].word, w, len) != 0))
		i = (i + 1) & (ANALYZE_WORDS_SLOTS - 1);
	return &analyze_wtab[i];
}

static void
analyze_words_build(void)
{
	size_t	l, j, len;

	for (l = 0; l < sizeof analyze_lists / sizeof analyze_lists[0]; l++)
		for (j = 0; j < analyze_lists[l]->n; j++) {
			const char *w = analyze_lists[l]->words[j];
			struct analyze_wslot *sl;
			uint32_t h;

			len = strlen(w);
			h = analyze_words_hash(w, len);
			sl = analyze_words_slot(w, len, h);
			sl->word = w;
			sl->len = (uint16_t)len;
			sl->hash = h;
			sl->bits |= (uint16_t)analyze_lists[l]->bit;
		}
	analyze_wtab_ready = 1;
}

/* The list bits of w[0..len) with its hash h (0 when in no list). */
static unsigned
analyze_words_bits(const char *w, size_t len, uint32_t h)
{
	if (!analyze_wtab_ready)
		analyze_words_build();
	return analyze_words_slot(w, len, h)->bits;
}

static int
analyze_list_has(const struct analyze_list *l, const char *w)
{
	size_t	len;

	if (w == NULL)
		return 0;
	len = strlen(w);
	return (analyze_words_bits(w, len, analyze_words_hash(w, len)) &
	    l->bit) != 0;
}

unsigned
analyze_word_lists(const char *lower)
{
	size_t	len = strlen(lower);

	return analyze_words_bits(lower, len, analyze_words_hash(lower, len));
}

int
analyze_word_abbrev(const char *lower, size_t len)
{
	if (len == 0)
		return 0;
	return (analyze_words_bits(lower, len, analyze_words_hash(lower,
	    len)) & analyze_abbrev.bit) != 0;
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

/* Is the word, or a tail of it of at least four letters, in list l?
 * Every suffix's hash comes out of one pass from the end. */
static int
analyze_words_tail(const char *lower, size_t n, const struct analyze_list *l)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = n; i-- > 0;) {
		h = analyze_words_hash_step(h, (unsigned char)lower[i]);
		if ((i == 0 || n - i >= 4) &&
		    ((unsigned char)lower[i] & 0xC0) != 0x80 &&
		    (analyze_words_bits(lower + i, n - i, h) & l->bit))
			return 1;
	}
	return 0;
}

/* A role noun, or a compound ending in one ("Regierungssprecher",
 * "Außenministerin"). */
int
analyze_word_role(const char *lower)
{
	return lower != NULL &&
	    analyze_words_tail(lower, strlen(lower), &analyze_role);
}

/* A German role noun with a genitive or weak ending: "des Politikers",
 * "dem Präsidenten", "der Kollegen". */
int
analyze_word_role_inflected(const char *lower)
{
	size_t	n;

	if (lower == NULL)
		return 0;
	n = strlen(lower);
	if (n > 5 && (lower[n - 1] == 's' || lower[n - 1] == 'n') &&
	    analyze_words_tail(lower, n - 1, &analyze_role))
		return 1;
	return n > 6 && strcmp(lower + n - 2, "en") == 0 &&
	    analyze_words_tail(lower, n - 2, &analyze_role);
}

/* A source noun after "nach", or a compound ending in one. */
int
analyze_word_source(const char *lower)
{
	return lower != NULL &&
	    analyze_words_tail(lower, strlen(lower), &analyze_source);
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
