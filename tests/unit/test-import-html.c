/* Unit tests for the HTML importer and load's charset conversion: small
 * hand-written pages, one per rule, for charsets, figures and media,
 * structure and boilerplate; a few corpus pages with hand-checked
 * expectations; and input that must be refused or survived. The metadata
 * rules (title, byline, date) are in test-import-html-meta.c. */
#include "test-html.h"

/* Charsets. */

static void
test_html_charset_windows1252(void **state)
{
	const char	*page = "<html><head><meta "
	    "http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=iso-8859-1\"></head><body>"
	    "<p>Caf\xe9 \x93quoted\x94</p></body></html>";
	char		 used[32], *out;
	size_t		 len, bad;

	(void)state;
	out = load_charset_to_utf8(page, strlen(page), NULL, &len, &bad,
	    used, sizeof used);
	assert_string_equal(used, "WINDOWS-1252");
	assert_non_null(strstr(out, "Caf\xc3\xa9 \xe2\x80\x9cquoted"
	    "\xe2\x80\x9d"));
	assert_int_equal(bad, 0);
	free(out);
}

static void
test_html_charset_shift_jis(void **state)
{
	/* 日本語 in Shift_JIS, declared by <meta charset>. */
	const char	*page = "<meta charset=\"Shift_JIS\"><p>\x93\xfa"
	    "\x96\x7b\x8c\xea</p>";
	char		 used[32], *out;
	size_t		 len;

	(void)state;
	out = load_charset_to_utf8(page, strlen(page), NULL, &len, NULL,
	    used, sizeof used);
	assert_string_equal(used, "CP932");
	assert_non_null(strstr(out, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"));
	free(out);
}

static void
test_html_charset_bom_and_hint(void **state)
{
	const char	 u16[] = "\xff\xfe<\0p\0>\0\xe9\0<\0/\0p\0>\0";
	struct load_result r;
	char		 used[32], *out;
	size_t		 len;

	(void)state;
	assert_int_equal(load_bytes("t", u16, sizeof u16 - 1, NULL, &r, NULL),
	    0);
	assert_string_equal(r.data, "<p>\xc3\xa9</p>");
	assert_int_equal(r.kind, LOAD_KIND_HTML);
	load_result_clear(&r);
	/* The transport's charset wins over the page's own. */
	out = load_charset_to_utf8("<meta charset=utf-8><p>\xe4</p>", 28,
	    "ISO-8859-15", &len, NULL, used, sizeof used);
	assert_string_equal(used, "ISO-8859-15");
	assert_non_null(strstr(out, "\xc3\xa4"));
	free(out);
}

static void
test_html_charset_liar(void **state)
{
	/* Says UTF-8, is Latin-1: read as windows-1252. */
	const char	*lie = "<meta charset=\"utf-8\"><p>K\xf6ln und "
	    "M\xfcnchen</p>";
	/* Says windows-1252, is UTF-8: read as UTF-8. */
	const char	*lie2 = "<meta charset=\"windows-1252\"><p>"
	    "K\xc3\xb6ln</p>";
	char		 used[32], *out;
	size_t		 len;

	(void)state;
	out = load_charset_to_utf8(lie, strlen(lie), NULL, &len, NULL, used,
	    sizeof used);
	assert_string_equal(used, "WINDOWS-1252");
	assert_non_null(strstr(out, "K\xc3\xb6ln und M\xc3\xbcnchen"));
	free(out);
	out = load_charset_to_utf8(lie2, strlen(lie2), NULL, &len, NULL, used,
	    sizeof used);
	assert_string_equal(used, "UTF-8");
	assert_non_null(strstr(out, "K\xc3\xb6ln"));
	free(out);
}

static void
test_html_charset_unknown(void **state)
{
	const char	*page = "<meta charset=\"x-no-such\"><p>\xe9</p>";
	char		 used[32], *out;
	size_t		 len, bad;

	(void)state;
	out = load_charset_to_utf8(page, strlen(page), NULL, &len, &bad, used,
	    sizeof used);
	assert_string_equal(used, "WINDOWS-1252");
	assert_non_null(strstr(out, "\xc3\xa9"));
	free(out);
}

/* Figures, captions, credits, media. */

static void
test_html_captions(void **state)
{
	char			 page[4096];
	struct doc		*doc;
	const char		*want[][2] = {
		{ "A ferry at dawn.", "Photo: Jane Doe/AP" },
		{ "The old bridge", "Thomas Coex/AFP/Getty Images" },
		{ "Der Bahnhof im Regen.", "Bild: dpa" },
	};
	size_t			 k = 0;

	(void)state;
	snprintf(page, sizeof page, "<html><body><div class=\"content\">%s"
	    "<figure><img src=a.jpg alt=\"ignored\"><figcaption>A ferry at "
	    "dawn. <span class=\"credit\">Photo: Jane Doe/AP</span>"
	    "</figcaption></figure><figure><img src=b.jpg><figcaption>The old "
	    "bridge (Thomas Coex/AFP/Getty Images)</figcaption></figure>"
	    "<figure><img src=c.jpg><figcaption>Der Bahnhof im Regen. Bild: "
	    "dpa</figcaption></figure>%s</div></body></html>", test_html_body,
	    test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (doc->blocks[i].kind != DOC_BLOCK_CAPTION)
			continue;
		assert_true(k < 3);
		assert_string_equal(doc->blocks[i].text, want[k][0]);
		assert_non_null(doc->blocks[i].credit);
		assert_string_equal(doc->blocks[i].credit, want[k][1]);
		k++;
	}
	assert_int_equal(k, 3);
	doc_free(doc);
}

static void
test_html_media(void **state)
{
	char			 page[4096];
	struct doc		*doc;
	const struct doc_block	*b;

	(void)state;
	snprintf(page, sizeof page, "<html><body><div class=\"content\">%s"
	    "<div class=\"inline-video\"><div class=\"video-embed\" "
	    "data-duration=\"76000\" data-headline=\"Clip title\"><script>"
	    "x()</script></div><div class=\"video-caption\">What the clip "
	    "shows (Reuters)</div></div>%s</div></body></html>",
	    test_html_body, test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	b = test_html_block(doc, DOC_BLOCK_MEDIA);
	assert_non_null(b);
	assert_string_equal(b->text, "Clip title");
	assert_string_equal(b->duration, "01:16");
	/* The video's caption is no photo caption. */
	assert_null(test_html_block(doc, DOC_BLOCK_CAPTION));
	doc_free(doc);
}

/* The duration a script player's data-duration gives, NULL for none. */
static void
test_html_duration_check(const char *value, const char *want)
{
	char			 page[4096];
	struct doc		*doc;
	const struct doc_block	*b;

	snprintf(page, sizeof page, "<html><body><div class=\"content\">%s"
	    "<div data-duration=\"%s\" data-headline=\"Clip\"></div>%s"
	    "</div></body></html>", test_html_body, value, test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	b = test_html_block(doc, DOC_BLOCK_MEDIA);
	assert_non_null(b);
	if (want == NULL)
		assert_null(b->duration);
	else
		assert_string_equal(b->duration, want);
	doc_free(doc);
}

/* ISO 8601, seconds and milliseconds; nothing over ten days, and numbers
 * too long for a long are refused, not overflowed (UBSan runs this). */
static void
test_html_media_duration(void **state)
{
	(void)state;
	test_html_duration_check("PT1M16S", "01:16");
	test_html_duration_check("PT2H3M4S", "2:03:04");
	test_html_duration_check("76", "01:16");
	test_html_duration_check("PT4444444444444444444S", NULL);
	test_html_duration_check("PT4444444444444444444H", NULL);
	test_html_duration_check("PT241H", NULL);
	test_html_duration_check("P", NULL);
}

/* Structure and links. */

static void
test_html_structure_and_links(void **state)
{
	const char		*page = "<html><body><article>"
	    "<p>Read the <a href=\"https://example.org/r\">full  report</a>, "
	    "published on Monday, which runs to many pages, with tables.</p>"
	    "<h2>What comes next</h2><blockquote><p>We will see, said the "
	    "mayor, and smiled.</p></blockquote><ul><li>First, the vote, "
	    "then the work.</li></ul><pre>a  b</pre></article></body></html>";
	struct doc		*doc;
	const struct doc_block	*b;
	const struct doc_span	*s;

	(void)state;
	doc = test_html_doc(page);
	assert_non_null(doc);
	b = test_html_block(doc, DOC_BLOCK_PARAGRAPH);
	assert_non_null(b);
	assert_int_equal(b->nspans, 1);
	s = &b->spans[0];
	assert_int_equal(s->kind, DOC_SPAN_LINK);
	assert_string_equal(s->target, "https://example.org/r");
	assert_int_equal(s->end - s->start, strlen("full report"));
	assert_memory_equal(b->text + s->start, "full report", s->end -
	    s->start);
	b = test_html_block(doc, DOC_BLOCK_HEADING);
	assert_non_null(b);
	assert_int_equal(b->level, 2);
	assert_non_null(test_html_block(doc, DOC_BLOCK_BLOCKQUOTE));
	assert_non_null(test_html_block(doc, DOC_BLOCK_LIST_ITEM));
	assert_non_null(test_html_block(doc, DOC_BLOCK_PREFORMATTED));
	doc_free(doc);
}

static void
test_html_boilerplate(void **state)
{
	char		 page[8192];
	struct doc	*doc;

	(void)state;
	snprintf(page, sizeof page, "<html><body>"
	    "<header><nav><a href=/>Home</a> <a href=/p>Politics</a></nav>"
	    "</header><div id=\"cookie-consent\">We use cookies. Accept all"
	    " cookies, or manage your settings, here.</div>"
	    "<div class=\"share-bar\"><a href=#>Share on Facebook</a></div>"
	    "<main><div class=\"article-body\">%s<div class=\"newsletter\">"
	    "Sign up for our newsletter, every morning, free.<form><input "
	    "type=email><button>Sign up</button></form></div>%s</div></main>"
	    "<div class=\"related-articles\"><ul><li><a href=/1>Another "
	    "story, with commas, about things</a></li><li><a href=/2>And "
	    "another story, about more things</a></li></ul></div>"
	    "<section id=\"comments\"><p>Great article, really, thanks for "
	    "writing it, keep going.</p></section>"
	    "<footer>Impressum, Datenschutz, Kontakt, AGB</footer>"
	    "</body></html>", test_html_body, test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_true(test_html_has(doc, "The council met on Tuesday"));
	assert_false(test_html_has(doc, "Home"));
	assert_false(test_html_has(doc, "cookies"));
	assert_false(test_html_has(doc, "Share on Facebook"));
	assert_false(test_html_has(doc, "newsletter"));
	assert_false(test_html_has(doc, "Another story"));
	assert_false(test_html_has(doc, "Great article"));
	assert_false(test_html_has(doc, "Impressum"));
	doc_free(doc);
}

static void
test_html_dateline_and_orphans(void **state)
{
	char			 page[8192];
	struct doc		*doc;
	const struct doc_block	*b;

	(void)state;
	snprintf(page, sizeof page, "<html><body><div class=\"text\">"
	    "<p>Hamburg (dpa/lno) \xe2\x80\x93 The council met on Tuesday, "
	    "and after a long debate, it voted to keep the bridge.</p>%s"
	    "<div class=\"pic\"><img src=a.jpg><span>Die Br\xc3\xbc"
	    "cke am Abend.</span> <span class=\"copy\">\xc2\xa9 Eva "
	    "Muster</span></div>%s<h3>More on this</h3></div></body></html>",
	    test_html_body, test_html_body);
	doc = test_html_doc(page);
	assert_non_null(doc);
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "dpa/lno");
	/* A picture with a few words is a figure. */
	b = test_html_block(doc, DOC_BLOCK_CAPTION);
	assert_non_null(b);
	assert_string_equal(b->text, "Die Brücke am Abend.");
	assert_string_equal(b->credit, "\xc2\xa9 Eva Muster");
	/* A heading over nothing is left out. */
	assert_null(test_html_block(doc, DOC_BLOCK_HEADING));
	doc_free(doc);
}

/* Bad input. */

static void
test_html_bad_empty_and_binary(void **state)
{
	unsigned char	 bin[4096];
	char		*cause = NULL;
	struct doc	*doc;
	unsigned	 x = 12345;

	(void)state;
	assert_null(import_html("", 0, &cause));
	assert_non_null(cause);
	free(cause);
	cause = NULL;
	assert_null(import_html("<html></html>", 13, &cause));
	free(cause);
	for (size_t i = 0; i < sizeof bin; i++) {
		x = x * 1103515245 + 12345;
		bin[i] = (unsigned char)(x >> 16);
	}
	/* Binary bytes forced through conversion and the importer. */
	{
		size_t	 len;
		char	*u = load_charset_to_utf8((const char *)bin,
		    sizeof bin, NULL, &len, NULL, NULL, 0);

		assert_int_equal(strlen(u), len);
		doc = import_html(u, len, NULL);
		doc_free(doc);
		free(u);
	}
}

static void
test_html_bad_deep(void **state)
{
	size_t		 depth = 100000, len = 0;
	char		*page = malloc(depth * 11 + 100);
	struct doc	*doc;

	(void)state;
	assert_non_null(page);
	for (size_t i = 0; i < depth; i++)
		len += (size_t)sprintf(page + len, "<div>");
	len += (size_t)sprintf(page + len, "deep text, here, at the end");
	for (size_t i = 0; i < depth; i++)
		len += (size_t)sprintf(page + len, "</div>");
	doc = import_html(page, len, NULL);	/* survives; text optional */
	doc_free(doc);
	free(page);
}

static void
test_html_bad_huge(void **state)
{
	const char	*para = "<p>Words, more words, and yet more words "
	    "to fill the page with text.</p>\n";
	size_t		 plen = strlen(para), n = 50 * 1024 * 1024 / plen;
	size_t		 len = 0;
	char		*page = malloc(n * plen + 1);
	struct doc	*doc;

	(void)state;
	assert_non_null(page);
	for (size_t i = 0; i < n; i++, len += plen)
		memcpy(page + len, para, plen);
	page[len] = '\0';
	doc = import_html(page, len, NULL);
	assert_non_null(doc);
	assert_true(doc->nblocks > 1000);
	doc_free(doc);
	free(page);
}

/* Golden: corpus pages, expectations checked by hand against the page. */

static void
test_html_golden_wapo(void **state)
{
	char			*path, *data;
	size_t			 len = 0;
	struct load_result	 r;
	struct doc		*doc;
	const struct doc_block	*b;

	(void)state;
	path = test_shared_path("samples/wapo-2.html");
	TEST_SKIP_WITHOUT(path, "samples/wapo-2.html");
	data = test_read_file(path, &len);
	assert_non_null(data);
	assert_int_equal(load_bytes(path, data, len, NULL, &r, NULL), 0);
	doc = import_html(r.data, r.len, NULL);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Where do strained U.S.-Israeli "
	    "relations go after Netanyahu\xe2\x80\x99s victory?");
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Steven Mufson");
	assert_string_equal(doc->meta.published, "2015-03-18");
	assert_string_equal(doc->meta.kicker[0], "Middle East");
	b = test_html_block(doc, DOC_BLOCK_MEDIA);
	assert_non_null(b);
	assert_string_equal(b->duration, "01:16");
	b = test_html_block(doc, DOC_BLOCK_CAPTION);
	assert_non_null(b);
	assert_string_equal(b->credit, "Thomas Coex/AFP/Getty Images");
	assert_true(test_html_has(doc, "President Obama told the U.N. "
	    "General Assembly 18 months ago"));
	assert_false(test_html_has(doc, "Share on Facebook"));
	doc_free(doc);
	load_result_clear(&r);
	free(data);
	free(path);
}

static void
test_html_golden_german(void **state)
{
	char			*path = test_shared_path(
	    "corpus/german/html/taz.de.siemens.html");
	char			*data;
	size_t			 len = 0;
	struct load_result	 r;
	struct doc		*doc;

	(void)state;
	TEST_SKIP_WITHOUT(path, "corpus/german/html/taz.de.siemens.html");
	data = test_read_file(path, &len);
	assert_int_equal(load_bytes(path, data, len, NULL, &r, NULL), 0);
	doc = import_html(r.data, r.len, NULL);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Kaeser verarscht Neubauer");
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Ingo Arzt");
	assert_memory_equal(doc->meta.published, "2020-01-13", 10);
	assert_string_equal(doc->meta.language, "de");
	doc_free(doc);
	load_result_clear(&r);
	free(data);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_charset_windows1252),
		cmocka_unit_test(test_html_charset_shift_jis),
		cmocka_unit_test(test_html_charset_bom_and_hint),
		cmocka_unit_test(test_html_charset_liar),
		cmocka_unit_test(test_html_charset_unknown),
		cmocka_unit_test(test_html_captions),
		cmocka_unit_test(test_html_media),
		cmocka_unit_test(test_html_media_duration),
		cmocka_unit_test(test_html_structure_and_links),
		cmocka_unit_test(test_html_boilerplate),
		cmocka_unit_test(test_html_dateline_and_orphans),
		cmocka_unit_test(test_html_bad_empty_and_binary),
		cmocka_unit_test(test_html_bad_deep),
		cmocka_unit_test(test_html_bad_huge),
		cmocka_unit_test(test_html_golden_wapo),
		cmocka_unit_test(test_html_golden_german),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
