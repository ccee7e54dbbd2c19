/*
 * ner-orgs.c: organisations from general knowledge, one word each:
 * parties, international bodies, agencies and broadcasters, large
 * companies and football clubs of Germany, Austria, Switzerland and the
 * world. No Debian package ships a list of organisations, and GermEval's
 * 2,200 training sentences see few of them, so most were words the German
 * set had never seen and the English set could not see at all.
 *
 * One word only: the lexicon marks multi-word entries as places
 * (ANALYZE_NER_LEX_MULTI). Names that are also common words, places or
 * persons ("Allianz", "Bayer", "Porsche", "Shell", "Stern") are left out:
 * one class per spelling cannot tell the readings apart. Names seen in
 * the evaluation folders while looking at errors were left out too, so
 * that the figures measure the list, not a memory of them.
 */
#include <stddef.h>

#include "analyze-ner.h"
#include "ner-train.h"

static const char *const ner_orgs[] = {
	/* Parties. */
	"CDU", "CSU", "SPD", "FDP", "AfD", "NPD", "PDS", "SED", "KPD",
	"NSDAP", "ÖVP", "SPÖ", "FPÖ", "SVP", "Tories", "Labour", "Likud",
	"Kuomintang", "Bundestag", "Bundesrat", "Bundeswehr", "Bundesbank",
	"Bundesliga", "Europarat", "Kongress", "Senat", "Duma", "Knesset",
	/* International bodies, unions, associations. */
	"NATO", "Nato", "UNO", "Uno", "OSZE", "OECD", "WTO", "IWF", "IMF",
	"WHO", "UNICEF", "Unicef", "UNESCO", "Unesco", "UNHCR", "Interpol",
	"Europol", "Frontex", "FIFA", "Fifa", "UEFA", "Uefa", "IOC", "DFB",
	"DFL", "ADAC", "ASEAN", "OPEC", "Opec", "EZB", "EU-Kommission",
	"Hamas", "Hisbollah", "Taliban", "Greenpeace", "Caritas",
	"Diakonie", "Verdi", "DGB", "BDI", "DIHK", "Bitkom", "NASA", "Nasa",
	"ESA", "CERN", "FBI", "CIA", "NSA", "KGB", "BND", "Mossad", "Stasi",
	"Gestapo", "Wehrmacht", "Pentagon", "Ecowas", "Mercosur",
	/* Agencies, broadcasters, papers. */
	"ARD", "ZDF", "RTL", "ProSieben", "FAZ", "NZZ", "taz", "AFP", "dpa",
	"DPA", "BBC", "CNN", "CNBC", "Bloomberg", "Xinhua", "Interfax",
	"TASS", "Tass", "Handelsblatt", "Tagesspiegel", "ORF", "SRF",
	"Al-Dschasira", "Netflix",
	/* Companies. */
	"Facebook", "Twitter", "Google", "YouTube", "Instagram", "WhatsApp",
	"TikTok", "Microsoft", "IBM", "Intel", "Samsung", "Sony", "Nokia",
	"Huawei", "Alibaba", "Tencent", "Baidu", "Uber", "Tesla", "SpaceX",
	"Airbus", "Lufthansa", "Ryanair", "Easyjet", "Bosch", "BASF",
	"Daimler", "BMW", "Volkswagen", "VW", "Audi", "Opel", "Honda",
	"Nissan", "Peugeot", "Citroën", "Fiat", "Volvo", "Hyundai", "Henkel",
	"Beiersdorf", "Lidl", "Aldi", "Edeka", "Rewe", "Zalando", "SAP",
	"Telekom", "Vodafone", "Telefónica", "Eon", "E.ON", "RWE", "EnBW",
	"Vattenfall", "Uniper", "Thyssenkrupp", "ThyssenKrupp", "Krupp",
	"Merck", "Fresenius", "Infineon", "Commerzbank", "Postbank",
	"JPMorgan", "Citigroup", "HSBC", "UBS", "Nestlé", "Novartis",
	"Roche", "Unilever", "ExxonMobil", "Exxon", "Chevron", "Gazprom",
	"Rosneft", "Lukoil", "Aeroflot", "Walmart", "Coca-Cola", "Pepsi",
	"Nike", "Ikea", "IKEA", "Starbucks", "Disney", "Nintendo", "Cisco",
	"Nvidia", "AMD", "Qualcomm", "Ericsson", "Philips", "DHL", "UPS",
	"FedEx", "ÖBB", "SBB", "Deutsche-Bank", "Evonik", "Covestro",
	"Lanxess", "Wintershall", "Hapag-Lloyd", "Maersk", "Bertelsmann",
	"Springer", "Burda", "Axel-Springer", "Ebay", "eBay", "PayPal",
	"Wirecard", "Deloitte", "KPMG", "PwC", "McKinsey", "Pfizer",
	"Biontech", "BioNTech", "Moderna", "AstraZeneca", "Sanofi",
	"Glencore", "Rheinmetall", "Kuka", "Zeiss", "Miele",
	"Vorwerk", "Tchibo", "Haniel", "Schaeffler", "Traton",
	"Scania", "Iveco", "Ferrari", "Lamborghini", "Bugatti", "Skoda",
	/* Football clubs. */
	"Schalke", "Borussia", "Werder", "HSV", "BVB", "VfB", "VfL",
	"Eintracht", "Hertha", "Juventus", "Ajax", "Celtic",
	NULL
};

void
ner_orgs_add(struct ner_lexicon *lx, void (*add)(struct ner_lexicon *,
    const char *, unsigned))
{
	size_t	i;

	for (i = 0; ner_orgs[i] != NULL; i++)
		add(lx, ner_orgs[i], ANALYZE_NER_LEX_ORG);
}
