/*
 * ner-places.c: places that no Debian gazetteer lists, from general
 * knowledge, in German and English: continents, world regions, oceans and
 * seas, lakes, major rivers, mountain ranges and peaks, islands and the
 * historical and landscape regions of Germany and its neighbours.
 *
 * iso-codes has countries and administrative regions, libgeonames-common
 * populated places only (no feature classes: no water, no mountains), and
 * ngerman lists "Afrika", "Rhein" and "Ostsee" as capitalised words, so
 * without this table they looked like common nouns. The entries are marked
 * with the region class, which they resemble most. Words that are also
 * common words or first names ("Regen", "Sieg", "Lena", "Main") are left
 * out: a lexicon class cannot tell the two readings apart.
 */
#include <stddef.h>

#include "analyze-ner.h"
#include "ner-train.h"

static const char *const ner_places[] = {
	/* Continents and world regions. */
	"Europa", "Afrika", "Asien", "Amerika", "Nordamerika", "Südamerika",
	"Lateinamerika", "Mittelamerika", "Zentralamerika", "Antarktis",
	"Arktis", "Ozeanien", "Eurasien", "Australien", "Nahost", "Fernost",
	"Naher Osten", "Nahen Osten", "Mittlerer Osten", "Mittleren Osten",
	"Ferner Osten", "Fernen Osten", "Balkan", "Skandinavien", "Baltikum",
	"Kaukasus", "Sibirien", "Karibik", "Sahara", "Sahelzone", "Maghreb",
	"Levante", "Mitteleuropa", "Osteuropa", "Westeuropa", "Südeuropa",
	"Nordeuropa", "Südosteuropa", "Ostasien", "Südostasien",
	"Zentralasien", "Südasien", "Vorderasien", "Westafrika", "Ostafrika",
	"Nordafrika", "Zentralafrika", "Subsahara", "Orient", "Okzident",
	"Europe", "Africa", "Asia", "America", "North America",
	"South America", "Latin America", "Central America", "Antarctica",
	"Arctic", "Oceania", "Eurasia", "Middle East", "Near East",
	"Far East", "Balkans", "Scandinavia", "Baltics", "Caucasus",
	"Siberia", "Caribbean", "Sahel", "Levant", "Central Europe",
	"Eastern Europe", "Western Europe", "Southern Europe",
	"Northern Europe", "East Asia", "Southeast Asia", "Central Asia",
	"South Asia", "West Africa", "East Africa", "North Africa",
	"Sub-Saharan Africa", "Midwest", "New England",
	/* Oceans, seas, lakes, straits. */
	"Atlantik", "Pazifik", "Indischer Ozean", "Indischen Ozean",
	"Nordsee", "Ostsee", "Mittelmeer", "Schwarzes Meer", "Schwarzen Meer",
	"Schwarzen Meeres", "Rotes Meer", "Roten Meer", "Roten Meeres",
	"Kaspisches Meer", "Kaspischen Meer", "Totes Meer", "Toten Meer",
	"Japanisches Meer", "Japanischen Meer", "Gelbes Meer", "Gelben Meer",
	"Südchinesisches Meer", "Südchinesischen Meer",
	"Ostchinesisches Meer", "Ostchinesischen Meer", "Arabisches Meer",
	"Adria", "Ägäis", "Nordpolarmeer", "Barentssee", "Beringmeer",
	"Wattenmeer", "Ärmelkanal", "Persischer Golf", "Persischen Golf",
	"Golf von Mexiko", "Bosporus", "Dardanellen", "Suezkanal",
	"Panamakanal", "Bodensee", "Gardasee", "Genfer See", "Chiemsee",
	"Starnberger See", "Baikalsee", "Viktoriasee", "Tanganjikasee",
	"Atlantic", "Pacific", "Indian Ocean", "Arctic Ocean",
	"Southern Ocean", "North Sea", "Baltic Sea", "Mediterranean",
	"Black Sea", "Red Sea", "Caspian Sea", "Dead Sea", "Sea of Japan",
	"Yellow Sea", "South China Sea", "East China Sea", "Arabian Sea",
	"Adriatic", "Aegean", "English Channel", "Persian Gulf",
	"Gulf of Mexico", "Bosphorus", "Suez Canal", "Panama Canal",
	"Lake Constance", "Lake Geneva", "Lake Baikal", "Lake Victoria",
	"Great Lakes", "Lake Michigan", "Lake Superior", "Lake Erie",
	"Lake Ontario", "Lake Huron",
	/* Rivers. */
	"Rhein", "Donau", "Elbe", "Mosel", "Neckar", "Weser", "Oder", "Neiße",
	"Saale", "Spree", "Havel", "Isar", "Ruhr", "Lahn", "Werra", "Saar",
	"Mulde", "Unstrut", "Altmühl", "Wupper", "Maas", "Schelde", "Seine",
	"Loire", "Rhone", "Rhône", "Garonne", "Themse", "Tiber", "Ebro",
	"Tajo", "Weichsel", "Wolga", "Dnjepr", "Dnjestr", "Newa", "Jenissei",
	"Amur", "Jangtse", "Jangtsekiang", "Mekong", "Ganges", "Indus",
	"Brahmaputra", "Euphrat", "Tigris", "Nil", "Sambesi", "Limpopo",
	"Amazonas", "Orinoco", "Mississippi", "Potomac", "Yukon",
	"Rio Grande", "Moldau", "Theiß", "Salzach", "Aare", "Limmat",
	"Rhine", "Danube", "Moselle", "Thames", "Tagus", "Vistula", "Volga",
	"Dnieper", "Dniester", "Yangtze", "Nile", "Zambezi", "Amazon",
	"Euphrates", "Hudson River", "St. Lawrence",
	/* Mountains. */
	"Alpen", "Pyrenäen", "Karpaten", "Apenninen", "Himalaya", "Anden",
	"Rocky Mountains", "Appalachen", "Hindukusch", "Pamir", "Harz",
	"Erzgebirge", "Schwarzwald", "Odenwald", "Spessart", "Taunus",
	"Westerwald", "Hunsrück", "Eifel", "Rhön", "Fichtelgebirge",
	"Zugspitze", "Mont Blanc", "Matterhorn", "Kilimandscharo",
	"Mount Everest", "Ätna", "Vesuv", "Olymp", "Alps", "Pyrenees",
	"Carpathians", "Apennines", "Himalayas", "Andes", "Rockies",
	"Appalachians", "Hindu Kush", "Black Forest", "Kilimanjaro",
	"Everest", "Etna", "Vesuvius",
	/* Islands. */
	"Sylt", "Rügen", "Usedom", "Helgoland", "Föhr", "Amrum", "Norderney",
	"Borkum", "Mallorca", "Ibiza", "Teneriffa", "Gran Canaria",
	"Lanzarote", "Kanaren", "Balearen", "Azoren", "Madeira", "Kreta",
	"Rhodos", "Korfu", "Sizilien", "Sardinien", "Korsika", "Capri",
	"Grönland", "Spitzbergen", "Borneo", "Sumatra", "Bali", "Java",
	"Neuguinea", "Tasmanien", "Sachalin", "Hokkaido", "Okinawa",
	"Sansibar", "Hawaii", "Sicily", "Sardinia", "Corsica",
	"Crete", "Greenland", "Tasmania", "Canary Islands",
	"Balearic Islands",
	/* Landscapes and historical regions. */
	"Ruhrgebiet", "Rheinland", "Westfalen", "Ostfriesland", "Emsland",
	"Sauerland", "Siegerland", "Münsterland", "Allgäu", "Franken",
	"Oberfranken", "Unterfranken", "Mittelfranken", "Schwaben",
	"Oberbayern", "Niederbayern", "Oberpfalz", "Pfalz", "Vogtland",
	"Lausitz", "Uckermark", "Altmark", "Eichsfeld", "Breisgau",
	"Holstein", "Schleswig", "Mecklenburg", "Vorpommern", "Pommern",
	"Schlesien", "Preußen", "Ostpreußen", "Böhmen", "Mähren", "Galizien",
	"Siebenbürgen", "Tirol", "Südtirol", "Elsass", "Lothringen",
	"Flandern", "Wallonien", "Katalonien", "Baskenland", "Andalusien",
	"Toskana", "Lombardei", "Bretagne", "Normandie", "Provence",
	"Dalmatien", "Istrien", "Anatolien", "Mesopotamien", "Persien",
	"Arabien", "Mandschurei", "Patagonien", "Lappland", "Feuerland",
	"Galiläa", "Judäa", "Golanhöhen", "Westjordanland", "Gazastreifen",
	"Sinai", "Tibet", "Kaschmir", "Kurdistan", "Tschetschenien",
	"Darfur", "Krim", "Donbass", "Bengalen", "Kalifornien",
	"Rhineland", "Westphalia", "Bavaria", "Saxony", "Thuringia",
	"Hesse", "Lower Saxony", "Silesia", "Prussia", "Bohemia", "Moravia",
	"Tyrol", "Alsace", "Lorraine", "Flanders", "Wallonia", "Catalonia",
	"Andalusia", "Tuscany", "Lombardy", "Brittany", "Normandy",
	"Dalmatia", "Anatolia", "Mesopotamia", "Persia", "Arabia",
	"Manchuria", "Patagonia", "Lapland", "Galilee", "West Bank",
	"Gaza Strip", "Kashmir", "Kurdistan", "Chechnya", "Crimea",
	"Bengal", "Yorkshire", "Cornwall",
	NULL
};

void
ner_places_add(struct ner_lexicon *lx, void (*add)(struct ner_lexicon *,
    const char *, unsigned))
{
	size_t	i;

	for (i = 0; ner_places[i] != NULL; i++)
		add(lx, ner_places[i], ANALYZE_NER_LEX_REGION);
}
