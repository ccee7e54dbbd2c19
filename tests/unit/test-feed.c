/* import-feed: RSS 2.0, RDF and Atom read into the feed model; escape bytes
 * in titles, duplicate guids, links that must not be opened; billion laughs,
 * external entities and broken XML refused with a message. */
#include <jansson.h>

#include "test-helpers.h"

#include "import.h"

static struct import_feed *
test_feed_read(const char *xml)
{
	struct import_feed	*feed;
	char			*cause = NULL;

	feed = import_feed(xml, strlen(xml), NULL, &cause);
	if (feed == NULL)
		fail_msg("refused: %s", cause);
	return feed;
}

/* Expects xml refused with a cause containing want. */
static void
test_feed_refused(const char *xml, const char *want)
{
	char	*cause = NULL;

	assert_null(import_feed(xml, strlen(xml), NULL, &cause));
	assert_non_null(cause);
	if (strstr(cause, want) == NULL)
		fail_msg("cause '%s' lacks '%s'", cause, want);
	free(cause);
}

static const char test_feed_rss[] =
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
"content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
"<channel><title>Die  Nachrichten</title>"
"<link>https://news.example/</link>"
"<description>&lt;p&gt;Alles &amp;amp; mehr&lt;/p&gt;</description>\n"
"<item><title>Erste Meldung</title><link>/a/1</link>"
"<guid isPermaLink=\"false\">id-1</guid>"
"<pubDate>Tue, 02 Jan 2024 15:04:05 GMT</pubDate>"
"<description><![CDATA[<p>Kurz <b>und</b></p><p>gut</p>]]></description>"
"<content:encoded><![CDATA[<p>Der ganze Text.</p>]]></content:encoded>"
"<dc:creator>Anna Beispiel</dc:creator></item>\n"
"<item><title>Zweite</title>"
"<guid>https://news.example/a/2</guid>"
"<pubDate>Wed, 03 Jan 24 08:00 EST</pubDate></item>\n"
"</channel></rss>\n";

static void
test_feed_rss2(void **state)
{
	struct import_feed	*f = test_feed_read(test_feed_rss);
	struct import_feed_item	*it;

	(void)state;
	assert_int_equal(f->kind, IMPORT_FEED_RSS);
	assert_string_equal(f->title, "Die Nachrichten");
	assert_string_equal(f->link, "https://news.example/");
	assert_string_equal(f->description, "Alles & mehr");
	assert_int_equal(f->nitems, 2);
	it = &f->items[0];
	assert_string_equal(it->title, "Erste Meldung");
	assert_string_equal(it->link, "https://news.example/a/1");
	assert_string_equal(it->guid, "id-1");
	assert_string_equal(it->date, "2024-01-02T15:04:05Z");
	assert_string_equal(it->summary, "Kurz und gut");
	assert_string_equal(it->content, "<p>Der ganze Text.</p>");
	assert_string_equal(it->author, "Anna Beispiel");
	it = &f->items[1];
	/* A permalink guid is the link when there is none. */
	assert_string_equal(it->link, "https://news.example/a/2");
	assert_string_equal(it->date, "2024-01-03T08:00:00-05:00");
	assert_null(it->summary);
	assert_null(it->content);
	import_feed_free(f);
}

static void
test_feed_rdf(void **state)
{
	static const char xml[] =
	"<?xml version=\"1.0\"?>\n"
	"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
	"xmlns=\"http://purl.org/rss/1.0/\" "
	"xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
	"<channel rdf:about=\"http://rdf.example/\"><title>RDF site</title>"
	"<link>http://rdf.example/</link><description>d</description>"
	"</channel>\n"
	"<item rdf:about=\"http://rdf.example/x\"><title>X</title>"
	"<link>http://rdf.example/x</link>"
	"<dc:date>2023-05-06T07:08:09.123+02:00</dc:date>"
	"<dc:creator>Bob</dc:creator></item>\n"
	"<item rdf:about=\"http://rdf.example/y\"><title>Y</title></item>\n"
	"</rdf:RDF>\n";
	struct import_feed	*f = test_feed_read(xml);

	(void)state;
	assert_int_equal(f->kind, IMPORT_FEED_RDF);
	assert_string_equal(f->title, "RDF site");
	assert_int_equal(f->nitems, 2);
	assert_string_equal(f->items[0].guid, "http://rdf.example/x");
	assert_string_equal(f->items[0].date, "2023-05-06T07:08:09+02:00");
	assert_string_equal(f->items[0].author, "Bob");
	assert_string_equal(f->items[1].link, "http://rdf.example/y");
	import_feed_free(f);
}

static void
test_feed_atom(void **state)
{
	static const char xml[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	"<feed xmlns=\"http://www.w3.org/2005/Atom\" "
	"xml:base=\"https://atom.example/blog/\">\n"
	"<title type=\"html\">Atom &lt;i&gt;Blog&lt;/i&gt;</title>"
	"<subtitle>Sub</subtitle>"
	"<link rel=\"self\" href=\"/feed.atom\"/><link href=\"./\"/>\n"
	"<entry><title>Post</title><id>tag:atom.example,2024:1</id>"
	"<link rel=\"edit\" href=\"/edit/1\"/>"
	"<link rel=\"alternate\" type=\"text/html\" href=\"post-1\"/>"
	"<updated>2024-02-03T04:05:06Z</updated>"
	"<published>2024-02-01</published>"
	"<author><name>Carla</name></author>"
	"<summary type=\"html\">&lt;p&gt;Sum&lt;/p&gt;</summary>"
	"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	"<p>Body</p></div></content></entry>\n"
	"<entry><title>Other</title><id>o</id><updated>2024-02-04T00:00:00"
	"+01:00</updated><content>a &lt; b</content></entry>\n"
	"</feed>\n";
	struct import_feed	*f = test_feed_read(xml);
	struct import_feed_item	*it;

	(void)state;
	assert_int_equal(f->kind, IMPORT_FEED_ATOM);
	assert_string_equal(f->title, "Atom Blog");
	assert_string_equal(f->link, "https://atom.example/blog/");
	assert_string_equal(f->description, "Sub");
	assert_int_equal(f->nitems, 2);
	it = &f->items[0];
	assert_string_equal(it->link, "https://atom.example/blog/post-1");
	assert_string_equal(it->guid, "tag:atom.example,2024:1");
	assert_string_equal(it->date, "2024-02-01");
	assert_string_equal(it->author, "Carla");
	assert_string_equal(it->summary, "Sum");
	assert_non_null(strstr(it->content, "<p>Body</p>"));
	it = &f->items[1];
	assert_null(it->link);
	assert_string_equal(it->date, "2024-02-04T00:00:00+01:00");
	assert_string_equal(it->content, "<p>a &lt; b</p>");
	import_feed_free(f);
}

/* No control character may survive into a title or any other string. */
static void
test_feed_escape_bytes(void **state)
{
	static const char xml[] =
	"<rss version=\"2.0\"><channel><title>T\x1b]0;owned\x07itle</title>"
	"<item><title>\x1b[31mRed\x1b[0m &#x9b;2Jalert\x07</title>"
	"<link>https://e.example/\x1b[1m</link>"
	"<description>a\x1b[2Jb</description></item>"
	"</channel></rss>";
	struct import_feed	*f = test_feed_read(xml);
	struct import_feed_item	*it = &f->items[0];

	(void)state;
	assert_string_equal(f->title, "Title");
	assert_string_equal(it->title, "Red alert");
	assert_string_equal(it->link, "https://e.example/");
	assert_string_equal(it->summary, "ab");
	import_feed_free(f);
}

static void
test_feed_duplicate_guids(void **state)
{
	static const char xml[] =
	"<rss version=\"2.0\"><channel><title>D</title>"
	"<item><title>A</title><guid>g</guid></item>"
	"<item><title>B</title><guid>h</guid></item>"
	"<item><title>A again</title><guid>g</guid></item>"
	"<item><title>No guid</title><link>https://d.example/b</link></item>"
	"<item><title>Same link</title><link>https://d.example/b</link>"
	"</item></channel></rss>";
	struct import_feed	*f = test_feed_read(xml);

	(void)state;
	assert_int_equal(f->nitems, 3);
	assert_int_equal(f->nduplicates, 2);
	assert_string_equal(f->items[0].title, "A");
	assert_string_equal(f->items[1].title, "B");
	assert_string_equal(f->items[2].title, "No guid");
	import_feed_free(f);
}

static void
test_feed_billion_laughs(void **state)
{
	static const char xml[] =
	"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	"<!ENTITY lol \"lol\">\n"
	"<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
	"<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
	"<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
	"<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
	"<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
	"<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
	"<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
	"<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
	"<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
	"]>\n<rss version=\"2.0\"><channel><title>&lol9;</title>"
	"<item><title>&lol9;&lol9;</title></item></channel></rss>\n";

	(void)state;
	test_feed_refused(xml, "declares an entity 'lol'");
}

static void
test_feed_external_entity(void **state)
{
	static const char xml[] =
	"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	"<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
	"<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";
	static const char param[] =
	"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	"<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n%remote;\n"
	"]>\n<rss version=\"2.0\"><channel><title>x</title></channel></rss>";

	(void)state;
	test_feed_refused(xml, "declares an external entity 'xxe'");
	test_feed_refused(param, "declares an external entity 'remote'");
}

static void
test_feed_broken(void **state)
{
	(void)state;
	test_feed_refused("<rss version=\"2.0\"><channel><title>x</channel>",
	    "not well-formed XML (line 1:");
	test_feed_refused("<rss><channel><title>&nbsp;</title></channel></rss>",
	    "not well-formed XML");
	test_feed_refused("   ", "not well-formed XML");
	test_feed_refused("<html><body>hi</body></html>",
	    "not an RSS, RDF or Atom feed (the document is <html>)");
	test_feed_refused("<rss version=\"2.0\"></rss>", "no <channel>");
	test_feed_refused("<rss/>", "no <channel>");
	assert_null(import_feed("x", IMPORT_FEED_MAX_SIZE + 1, NULL, NULL));
}

static void
test_feed_links(void **state)
{
	static const char xml[] =
	"<rss version=\"2.0\"><channel><title>L</title>"
	"<link>javascript:alert(1)</link>"
	"<item><title>a</title><link>javascript:alert(1)</link></item>"
	"<item><title>b</title><link>file:///etc/passwd</link></item>"
	"<item><title>c</title><link>  https://ok.example/c  </link></item>"
	"<item><title>d</title><link>relative/only</link></item>"
	"</channel></rss>";
	struct import_feed	*f = test_feed_read(xml);

	(void)state;
	assert_null(f->link);
	assert_null(f->items[0].link);
	assert_null(f->items[1].link);
	assert_string_equal(f->items[2].link, "https://ok.example/c");
	assert_null(f->items[3].link);
	import_feed_free(f);
	assert_true(import_feed_link_ok("http://a.example/"));
	assert_true(import_feed_link_ok("HTTPS://a.example/x?y=1"));
	assert_false(import_feed_link_ok("https://"));
	assert_false(import_feed_link_ok("https://a.example/ b"));
	assert_false(import_feed_link_ok("mailto:a@b.example"));
	assert_false(import_feed_link_ok(NULL));
}

static void
test_feed_outputs(void **state)
{
	static const char xml[] =
	"<rss version=\"2.0\"><channel><title>Say \"hi\" \\ now</title>"
	"<item><title>One</title><link>https://o.example/1</link>"
	"<pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate>"
	"<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Dee"
	"</dc:creator></item>"
	"<item><content:encoded xmlns:content=\"http://purl.org/rss/1.0/"
	"modules/content/\">line\n\tnext</content:encoded></item>"
	"</channel></rss>";
	struct import_feed	*f = test_feed_read(xml);
	json_error_t		 err;
	json_t			*root;
	char			*json, *text;

	(void)state;
	json = import_feed_json(f, "feed.xml");
	root = json_loads(json, 0, &err);
	if (root == NULL)
		fail_msg("bad JSON: %s\n%s", err.text, json);
	assert_int_equal(json_integer_value(json_object_get(root,
	    "marginalia_feed")), 1);
	assert_string_equal(json_string_value(json_object_get(root, "title")),
	    "Say \"hi\" \\ now");
	assert_int_equal(json_array_size(json_object_get(root, "items")), 2);
	json_decref(root);
	text = import_feed_text(f);
	assert_non_null(strstr(text, "2 items\n\n  1. One\n"
	    "     2024-01-01T00:00:00+00:00 · Dee\n"
	    "     https://o.example/1\n\n  2. (untitled)\n"));
	free(json);
	free(text);
	import_feed_free(f);
}

/* OPML: feeds at any depth, titles from title= or text=, only http(s)
 * URLs, escape bytes cleaned; entities refused like a feed's. */
static void
test_opml(void **state)
{
	static const char opml[] =
	    "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>"
	    "<outline text=\"News\"><outline text=\"A &amp; B\""
	    " xmlUrl=\"https://a.example/feed\"/>"
	    "<outline title=\"\x1b[31mRed\" text=\"x\""
	    " xmlUrl=\"http://b.example/rss\"/></outline>"
	    "<outline text=\"js\" xmlUrl=\"javascript:alert(1)\"/>"
	    "<outline text=\"empty\"/></body></opml>";
	static const char xxe[] =
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM"
	    " \"file:///etc/passwd\">]><opml><body><outline"
	    " xmlUrl=\"https://x.example/&x;\"/></body></opml>";
	struct import_opml_feed	*v;
	size_t			 n, skipped;
	char			*cause = NULL;

	(void)state;
	v = import_opml(opml, strlen(opml), &n, &skipped, &cause);
	assert_non_null(v);
	assert_int_equal(n, 2);
	assert_int_equal(skipped, 2);
	assert_string_equal(v[0].url, "https://a.example/feed");
	assert_string_equal(v[0].title, "A & B");
	assert_string_equal(v[1].url, "http://b.example/rss");
	assert_null(strchr(v[1].title, 0x1b));
	import_opml_free(v, n);
	assert_null(import_opml(xxe, strlen(xxe), &n, &skipped, &cause));
	assert_non_null(strstr(cause, "refused"));
	free(cause);
	cause = NULL;
	assert_null(import_opml("<rss/>", 6, &n, &skipped, &cause));
	assert_non_null(strstr(cause, "not an OPML"));
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feed_rss2),
		cmocka_unit_test(test_feed_rdf),
		cmocka_unit_test(test_feed_atom),
		cmocka_unit_test(test_feed_escape_bytes),
		cmocka_unit_test(test_feed_duplicate_guids),
		cmocka_unit_test(test_feed_billion_laughs),
		cmocka_unit_test(test_feed_external_entity),
		cmocka_unit_test(test_feed_broken),
		cmocka_unit_test(test_feed_links),
		cmocka_unit_test(test_feed_outputs),
		cmocka_unit_test(test_opml),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
