/* Unit tests for the HTML importer's metadata: where the title, authors
 * and date come from (JSON-LD, Open Graph, <time>, bylines, datelines,
 * itemprop) and which candidates lose — a teaser's or a photographer's
 * byline, prose that reads like one, an unconfirmed <h1>. Apart from
 * test-import-html.c because these rules weigh sources against each
 * other, while the body tests look at what text is kept. */
#include "test-html.h"

/* Metadata sources. */

static void
test_html_meta_jsonld(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html lang=\"de-DE\"><head>"
	    "<script type=\"application/ld+json\">{\"@context\":"
	    "\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
	    "\"name\":\"Blatt\"},{\"@type\":\"NewsArticle\",\"headline\":"
	    "\"Die Br&#252;cke bleibt\",\"datePublished\":"
	    "\"2020-04-28T10:00:00+02:00\",\"author\":[{\"@type\":\"Person\","
	    "\"name\":\"Ann Autor\"},{\"@type\":\"Organization\",\"name\":"
	    "\"Blatt\"}],\"articleSection\":\"Lokales\",\"publisher\":"
	    "{\"@type\":\"Organization\",\"name\":\"Blatt\"}}]}</script>"
	    "</head><body><article>%s</article></body></html>",
	    test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Die Brücke bleibt");
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Ann Autor");
	assert_string_equal(doc->meta.published, "2020-04-28T10:00:00+02:00");
	assert_int_equal(doc->meta.nkicker, 1);
	assert_string_equal(doc->meta.kicker[0], "Lokales");
	assert_string_equal(doc->meta.site, "Blatt");
	assert_string_equal(doc->meta.language, "de");
	doc_free(doc);
}

static void
test_html_meta_opengraph(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><head>"
	    "<title>Bridge stays open | The Daily</title>"
	    "<meta property=\"og:title\" content=\"Bridge stays open | The "
	    "Daily\"><meta property=\"og:site_name\" content=\"The Daily\">"
	    "<meta property=\"article:published_time\" content=\"2019-10-19\">"
	    "<meta name=\"author\" content=\"The Daily\">"
	    "<link rel=\"canonical\" href=\"https://example.org/bridge\">"
	    "</head><body><div class=\"story\">%s</div></body></html>",
	    test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Bridge stays open");
	assert_string_equal(doc->meta.published, "2019-10-19");
	assert_string_equal(doc->meta.url, "https://example.org/bridge");
	/* The site's name is not an author. */
	assert_int_equal(doc->meta.nauthors, 0);
	doc_free(doc);
}

static void
test_html_meta_time_and_byline(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><body><h1>Bridge stays open</h1>"
	    "<p class=\"byline\">Von Eva Muster und Jan Beispiel</p>"
	    "<time datetime=\"2021-04-21T08:15\">21. April</time>"
	    "<div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Bridge stays open");
	assert_int_equal(doc->meta.nauthors, 2);
	assert_string_equal(doc->meta.authors[0], "Eva Muster");
	assert_string_equal(doc->meta.authors[1], "Jan Beispiel");
	assert_string_equal(doc->meta.published, "2021-04-21T08:15");
	doc_free(doc);
	/* A date written only in the byline, and the date from a URL. */
	snprintf(page, sizeof page, "<html><head><link rel=canonical "
	    "href=\"https://x.org/2015/03/18/story.html\"></head><body>"
	    "<p class=\"byline\">VON EVA MUSTER am 21. April 2020</p>"
	    "<div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.authors[0], "EVA MUSTER");
	assert_string_equal(doc->meta.published, "2020-04-21");
	doc_free(doc);
	snprintf(page, sizeof page, "<html><head><link rel=canonical "
	    "href=\"https://x.org/2015/03/18/story.html\"></head><body>"
	    "<div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_string_equal(doc->meta.published, "2015-03-18");
	doc_free(doc);
}

/* Bylines that are not this article's: a teaser's (inside a link) and a
 * photographer's (inside a figure); a label before the names; the two
 * sides of an interview. */
static void
test_html_meta_byline_places(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><body><h1>Bridge stays open</h1>"
	    "<figure><img src=a.jpg><figcaption>Die Br\xc3\xbc" "cke "
	    "<span class=\"bu-autor\">Foto: Ina Bild</span></figcaption>"
	    "</figure><div>%s</div><a href=\"/other\"><h3>Other story</h3>"
	    "<div class=\"author-name\">Von Tom Teaser</div></a>"
	    "<p class=\"author\">Text und Interview: Eva Muster</p>"
	    "</body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Eva Muster");
	doc_free(doc);
	snprintf(page, sizeof page, "<html><body><h1>Die Zukunft</h1>"
	    "<p class=\"author\">Ada Denkerin im Gespr\xc3\xa4" "ch mit "
	    "Karl Frager</p><div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 2);
	assert_string_equal(doc->meta.authors[0], "Ada Denkerin");
	assert_string_equal(doc->meta.authors[1], "Karl Frager");
	doc_free(doc);
}

/* A byline with no class: "Von" and names only; a sentence that starts
 * with "Von" is not one. */
static void
test_html_meta_byline_von(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><body><h1>Bridge stays open</h1>"
	    "<p>Von der Leyen kam.</p><p>Von <a href=\"/eva\">Eva Muster"
	    "</a></p><p><a href=\"/archiv\">Mi, 18. Oktober 2023</a></p>"
	    "<div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Eva Muster");
	doc_free(doc);
}

/* Agency copy with no byline: the source line under it credits the
 * agency; a picture's agency credit and a hidden teaser's do not count. */
static void
test_html_meta_agency_source(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><body><h1>Bridge stays open</h1>"
	    "<figure><img src=a.jpg><div class=\"source\">AFP</div></figure>"
	    "<div style=\"display: none\"><div class=\"m-source\">Reuters"
	    "</div></div><div>%s</div><div class=\"m-source\">"
	    "<span>dpa/lno</span></div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "dpa/lno");
	doc_free(doc);
	/* A source line that is not an agency is no author. */
	snprintf(page, sizeof page, "<html><body><h1>Bridge stays open</h1>"
	    "<div>%s</div><p class=\"source\">Quelle: Statistisches "
	    "Bundesamt</p></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 0);
	doc_free(doc);
}

/* Bylines that read like prose are none; a month after the name is the
 * date's; a class that merely contains "author" is not a byline. */
static void
test_html_meta_byline_prose(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><body><h1>Claim checked</h1>"
	    "<h4 class=\"author\">The Russian and Syrian defense ministries"
	    "</h4><div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 0);
	doc_free(doc);
	snprintf(page, sizeof page, "<html><body><h1>Bridge stays open</h1>"
	    "<span class=\"comment-author\">Tom Leser</span>"
	    "<span class=\"authors\">By Jan Doe November 15, 2019</span>"
	    "<div>%s</div></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Jan Doe");
	doc_free(doc);
}

/* Dates a reader sees: a labelled dateline beats the generic "date" meta
 * name; a shown date that a machine-readable one confirms beats the
 * others. */
static void
test_html_meta_dateline(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><head><meta name=\"date\" "
	    "content=\"2020-04-29T11:52:23\"></head><body><h1>Datenleck</h1>"
	    "<p>Datenleck bei 01.01.2019</p><p><span class=\"x\">Stand: "
	    "28.04.2020 18:00 Uhr</span></p><div>%s</div></body></html>",
	    test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.published, "2020-04-28T18:00");
	doc_free(doc);
	snprintf(page, sizeof page, "<html><body><h1>Elephants</h1>"
	    "<div>%s</div><ul><li><strong>Date</strong>\n23.05.2011</li>"
	    "</ul></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.published, "2011-05-23");
	doc_free(doc);
	snprintf(page, sizeof page, "<html><head><meta name=\"pubdate\" "
	    "content=\"2021-12-14T15:41:07+01:00\"><meta name=\"DC.date."
	    "issued\" content=\"2022-02-04T15:33:00+01:00\"></head><body>"
	    "<h1>Warten lohnt</h1><div class=\"author\">04.02.2022 | 15:33 "
	    "Uhr | Eva Muster</div><div>%s</div></body></html>",
	    test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.published, "2022-02-04T15:33:00+01:00");
	assert_string_equal(doc->meta.authors[0], "Eva Muster");
	doc_free(doc);
}

/* A dateline in a picture's caption dates the picture, not the article:
 * the generic meta date stands. (Its parsed date was leaked
 * when refused; the sanitizer build and valgrind run this test.) */
static void
test_html_meta_dateline_elsewhere(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><head><meta name=\"date\" "
	    "content=\"2020-04-29\"></head><body><h1>Datenleck</h1><figure>"
	    "<img src=\"a.jpg\" alt=\"\"><figcaption><span>Stand: 28.04.2020"
	    "</span></figcaption></figure><div>%s</div></body></html>",
	    test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.published, "2020-04-29");
	doc_free(doc);
}

/* An <h1> that no title source confirms (another story's) gives way to
 * a confirmed itemprop=headline. */
static void
test_html_meta_item_headline(void **state)
{
	char		 page[4096];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><head><meta property=\"og:title\" "
	    "content=\"Grenzen: Die Br\xc3\xbc" "cke bleibt offen\">"
	    "</head><body><h1 itemprop=\"headline\">Report von der Grenze"
	    "</h1><article><h2><span class=\"overline\">Grenzen</span>"
	    "<span itemprop=\"headline\">Die Br\xc3\xbc" "cke bleibt offen"
	    "</span></h2>%s</article></body></html>", test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title,
	    "Die Br\xc3\xbc" "cke bleibt offen");
	doc_free(doc);
}

/* The title of a page in language lang whose <title> and <h1> are both
 * title. */
static void
test_html_title_check(const char *lang, const char *title, const char *want)
{
	char		 page[4096];
	struct doc	*doc;

	snprintf(page, sizeof page, "<html lang=\"%s\"><head><title>%s"
	    "</title></head><body><h1>%s</h1><div>%s</div></body></html>",
	    lang, title, title, test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, want);
	doc_free(doc);
}

/* A German title's straight quotes become „…“; an English one's stay, and
 * so does a German title with an inch mark. */
static void
test_html_meta_title_quotes(void **state)
{
	(void)state;
	test_html_title_check("de", "\"Wir dekorieren um\"",
	    "„Wir dekorieren um“");
	test_html_title_check("de", "Ein 27\" Monitor", "Ein 27\" Monitor");
	test_html_title_check("en", "\"We rearrange\"", "\"We rearrange\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_meta_jsonld),
		cmocka_unit_test(test_html_meta_opengraph),
		cmocka_unit_test(test_html_meta_time_and_byline),
		cmocka_unit_test(test_html_meta_byline_places),
		cmocka_unit_test(test_html_meta_byline_von),
		cmocka_unit_test(test_html_meta_agency_source),
		cmocka_unit_test(test_html_meta_byline_prose),
		cmocka_unit_test(test_html_meta_dateline),
		cmocka_unit_test(test_html_meta_dateline_elsewhere),
		cmocka_unit_test(test_html_meta_item_headline),
		cmocka_unit_test(test_html_meta_title_quotes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
