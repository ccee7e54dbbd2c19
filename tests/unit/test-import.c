/*
 * Unit tests of the text-dump and plain importers: small hand-written dumps
 * with hand-written expectations, one per rule, and a golden test of the
 * DW sample whose facts are copied by hand from its gold JSON.
 */
#include "test-helpers.h"

#include "util.h"
#include "doc.h"
#include "import.h"

/* A paragraph long enough to read as prose. */
#define PROSE(x) "The council met on Tuesday to discuss the budget for the " \
	"coming year, and " x " members said they would vote for it."

static struct doc *
text_import(const char *s)
{
	char		*cause = NULL;
	struct doc	*doc = import_text(s, strlen(s), &cause);

	assert_non_null(doc);
	assert_null(cause);
	return doc;
}

/* Index of the first block of a kind whose text starts with prefix. */
static const struct doc_block *
find_block(const struct doc *doc, enum doc_block_kind kind, const char *prefix)
{
	size_t	 i;

	for (i = 0; i < doc->nblocks; i++)
		if (doc->blocks[i].kind == kind && strncmp(doc->blocks[i].text,
		    prefix, strlen(prefix)) == 0)
			return &doc->blocks[i];
	return NULL;
}

static int
any_block_contains(const struct doc *doc, const char *needle)
{
	size_t	 i;

	for (i = 0; i < doc->nblocks; i++)
		if (strstr(doc->blocks[i].text, needle) != NULL)
			return 1;
	return 0;
}

static void
published_is(const char *dump, const char *iso)
{
	struct doc	*doc = text_import(dump);

	assert_non_null(doc->meta.published);
	assert_string_equal(doc->meta.published, iso);
	doc_free(doc);
}

static void
test_skip_links_dropped(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("  1. Skip to content\n  2. Skip to navigation\n"
	    "Zum Inhalt springen\n\nA headline for the test\n\n"
	    PROSE("eleven") "\n\n" PROSE("twelve") "\n\n"
	    "Share on Facebook\n\nCookie settings\n\n"
	    "Sign up for our newsletter\n");
	assert_false(any_block_contains(doc, "Skip"));
	assert_false(any_block_contains(doc, "springen"));
	assert_false(any_block_contains(doc, "Facebook"));
	assert_false(any_block_contains(doc, "Cookie"));
	assert_false(any_block_contains(doc, "newsletter"));
	assert_int_equal(doc->nblocks, 2);
	assert_string_equal(doc->meta.title, "A headline for the test");
	doc_free(doc);
}

static void
test_wrapped_lines_joined(void **state)
{
	struct doc	*doc;
	const char	*dump =
	    "Menu\n\n"
	    "The quick brown fox jumped over the lazy dog while the farmer was "
	    "away at the market in\n"
	    "town, and nobody saw it happen except for a small child who told "
	    "everyone at school the\n"
	    "next morning.\n\n"
	    "A second paragraph follows here with enough words to count as "
	    "prose for the importer.\n";

	(void)state;
	doc = text_import(dump);
	assert_non_null(find_block(doc, DOC_BLOCK_PARAGRAPH,
	    "The quick brown fox jumped over the lazy dog while the farmer was "
	    "away at the market in town, and nobody saw it happen except for a "
	    "small child who told everyone at school the next morning."));
	doc_free(doc);
}

/* A column narrower than the page wraps at its own width. */
static void
test_narrow_column_joined(void **state)
{
	struct doc	*doc;
	const char	*dump =
	    "Home   World   Business   Science   Technology   Health   "
	    "Sport   Culture   Weather   Opinion\n\n"
	    "Subscribe to the morning briefing and the evening briefing "
	    "and the weekend edition today\n\n"
	    "    The harbour authority said on Monday that the old\n"
	    "    pier would close for repairs in the spring, and\n"
	    "    that ferries would use the new terminal until the\n"
	    "    work was done.\n\n"
	    "    A second paragraph follows here with enough words\n"
	    "    to count as prose for the importer, and it wraps\n"
	    "    at the same narrow width as the first one does.\n";

	(void)state;
	doc = text_import(dump);
	assert_non_null(find_block(doc, DOC_BLOCK_PARAGRAPH,
	    "The harbour authority said on Monday that the old pier would "
	    "close for repairs in the spring, and that ferries would use the "
	    "new terminal until the work was done."));
	doc_free(doc);
}

/* Prose after a comments marker is the readers', not the article's. */
static void
test_comments_after_article_dropped(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("A headline for the test\n\n" PROSE("ten") "\n\n"
	    PROSE("nine") "\n\n" PROSE("eight") "\n\n3 Comments\n\n"
	    "Alice\n\nI think the council met on Tuesday to discuss the "
	    "budget, and I do not see why four of them voted for it.\n\n"
	    "Bob\n\nThe council met on Wednesday to discuss the harbour, "
	    "and that is why I think the budget went the way it did.\n\n"
	    "Carol\n\nWell, the council should have met on Friday to "
	    "discuss the budget, and then all of them would have voted.\n");
	assert_int_equal(doc->nblocks, 3);
	assert_false(any_block_contains(doc, "harbour"));
	assert_false(any_block_contains(doc, "Alice"));
	doc_free(doc);
}

/* Mostly small-letter words make prose even without a full stop. */
static void
test_unended_prose_kept(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("A headline for the test\n\n" PROSE("ten") "\n\n"
	    PROSE("nine") "\n\n"
	    "and then the ferry left the harbour for the last time this "
	    "year while the band played on the old pier ~\n\n"
	    "Home News World Business Politics Science Health Sport Culture "
	    "Travel Weather Opinion Video Audio Games\n");
	assert_non_null(find_block(doc, DOC_BLOCK_PARAGRAPH,
	    "and then the ferry left"));
	assert_false(any_block_contains(doc, "Politics"));
	assert_int_equal(doc->nblocks, 3);
	doc_free(doc);
}

/* Teasers after a "you may also like" marker, in any table language. */
static void
test_teasers_after_article_dropped(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("A headline for the test\n\n" PROSE("ten") "\n\n"
	    PROSE("nine") "\n\n" PROSE("eight") "\n\n"
	    "Você também pode gostar...\n\n"
	    "A vida requer da gente otimismo e coragem para esperar o melhor "
	    "e fazer o melhor acontecer todos os dias da semana.\n\n"
	    "O que une uma família é o amor, o carinho e o querer bem, e a "
	    "família unida é a força de todos nós.\n");
	assert_int_equal(doc->nblocks, 3);
	assert_false(any_block_contains(doc, "otimismo"));
	assert_false(any_block_contains(doc, "família"));
	doc_free(doc);
}

/* Lines printed one under another after "…:" belong to the article. */
static void
test_list_after_colon_kept(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("A headline for the test\n\n" PROSE("ten") "\n\n"
	    PROSE("nine") "\n\nThe band will play on these dates:\n"
	    "June 9 -- City Hall, Leeds\nJune 10 -- Town Hall, York\n"
	    "June 14 -- The Dome, Brighton\nJune 17 -- Arena, Cardiff\n"
	    "June 19 -- Usher Hall, Edinburgh\n\nShare this:\n"
	    "Facebook\nTwitter\nEmail\n");
	assert_true(any_block_contains(doc, "June 9 -- City Hall, Leeds"));
	assert_true(any_block_contains(doc, "June 19 -- Usher Hall"));
	assert_false(any_block_contains(doc, "Twitter"));
	doc_free(doc);
	/* A bulleted introduction leads no list, and the pass ends. */
	doc = text_import(PROSE("ten") "\n\n" PROSE("nine") "\n\n"
	    "  • You are at:\n  • Home\n  • News\n");
	assert_false(any_block_contains(doc, "Home"));
	doc_free(doc);
}

static void
test_menu_lists_dropped(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("  • Home\n  • World\n  • Business\n  • Sport\n"
	    "  • Weather\n\n" PROSE("ten") "\n\n" PROSE("nine") "\n\n"
	    "Related\n\n  • Another story\n  • Yet another story\n");
	assert_false(any_block_contains(doc, "Home"));
	assert_false(any_block_contains(doc, "Weather"));
	assert_false(any_block_contains(doc, "Another story"));
	assert_int_equal(doc->nblocks, 2);
	doc_free(doc);
}

static void
test_credit_on_own_line(void **state)
{
	static const char	*prefixes[] = { "Bild: ", "Foto: ", "Photo: ",
				    "Image: ", "Credit: ", "Credits: ",
				    "Quelle: ", "Copyright ", "© " };
	const struct doc_block	*b;
	struct doc		*doc;
	char			*dump;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		dump = xasprintf(PROSE("six") "\n\nThe mayor at the opening\n"
		    "%sJane Roe/Agency\n\n" PROSE("five") "\n", prefixes[i]);
		doc = text_import(dump);
		b = find_block(doc, DOC_BLOCK_CAPTION, "");
		assert_non_null(b);
		assert_string_equal(b->text, "The mayor at the opening");
		assert_non_null(b->credit);
		assert_string_equal(b->credit, "Jane Roe/Agency");
		assert_false(any_block_contains(doc, "Jane Roe"));
		doc_free(doc);
		free(dump);
	}
}

static void
test_credit_glued(void **state)
{
	const struct doc_block	*b;
	struct doc		*doc;

	(void)state;
	doc = text_import(PROSE("four") "\n\n"
	    "Crowds in front of the town hallBild: Max Muster/dpa\n\n"
	    "The new bridge at nightCreditJohn Doe for The Daily\n\n"
	    PROSE("three") "\n");
	b = find_block(doc, DOC_BLOCK_CAPTION, "Crowds");
	assert_non_null(b);
	assert_string_equal(b->text, "Crowds in front of the town hall");
	assert_string_equal(b->credit, "Max Muster/dpa");
	b = find_block(doc, DOC_BLOCK_CAPTION, "The new bridge");
	assert_non_null(b);
	assert_string_equal(b->text, "The new bridge at night");
	assert_string_equal(b->credit, "John Doe for The Daily");
	doc_free(doc);
}

static void
test_media_duration(void **state)
{
	static const char	*durations[] = { "01:51", "1:02:03", "0:45" };
	const struct doc_block	*b;
	struct doc		*doc;
	char			*dump;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof durations / sizeof durations[0]; i++) {
		dump = xasprintf(PROSE("two") "\n\nThe storm in pictures\n\n"
		    "%s\n\nThis browser does not support the video element.\n\n"
		    PROSE("one") "\n", durations[i]);
		doc = text_import(dump);
		b = find_block(doc, DOC_BLOCK_MEDIA, "");
		assert_non_null(b);
		assert_string_equal(b->text, "The storm in pictures");
		assert_string_equal(b->duration, durations[i]);
		assert_false(any_block_contains(doc, "does not support"));
		assert_int_equal(doc->nblocks, 3);
		doc_free(doc);
		free(dump);
	}
}

static void
test_dates(void **state)
{
	(void)state;
	published_is("Headline here\n\n13. September 2023\n\n" PROSE("a"),
	    "2023-09-13");
	published_is("Headline here\n\nSeptember 13, 2023\n\n" PROSE("a"),
	    "2023-09-13");
	published_is("Headline here\n\n13.09.2023\n\n" PROSE("a"),
	    "2023-09-13");
	published_is("Headline here\n\nSept. 13, 2023\n\n" PROSE("a"),
	    "2023-09-13");
	published_is("Headline here\n\n2023-09-13\n\n" PROSE("a"),
	    "2023-09-13");
	published_is("Headline here\n\n3. März 2024\n\n" PROSE("a"),
	    "2024-03-03");
	published_is("Headline here\n\nPublished Monday, November 18, 2019 "
	    "8:22AM EST\n\n" PROSE("a"), "2019-11-18");
	published_is("Headline here\n\n7 Dec 2021\n\n" PROSE("a"),
	    "2021-12-07");
}

static void
bylines_are(const char *line, const char *a1, const char *a2,
    const char *location)
{
	struct doc	*doc;
	char		*dump;

	dump = xasprintf("Headline here\n\n%s\n\n" PROSE("b") "\n", line);
	doc = text_import(dump);
	assert_int_equal(doc->meta.nauthors, a2 != NULL ? 2 : 1);
	assert_string_equal(doc->meta.authors[0], a1);
	if (a2 != NULL)
		assert_string_equal(doc->meta.authors[1], a2);
	if (location != NULL) {
		assert_non_null(doc->meta.location);
		assert_string_equal(doc->meta.location, location);
	} else
		assert_null(doc->meta.location);
	assert_false(any_block_contains(doc, a1));
	doc_free(doc);
	free(dump);
}

static void
test_bylines(void **state)
{
	(void)state;
	bylines_are("Von Anna Schmidt", "Anna Schmidt", NULL, NULL);
	bylines_are("By John Smith", "John Smith", NULL, NULL);
	bylines_are("Julian Ryall aus Tokio", "Julian Ryall", NULL, "Tokio");
	bylines_are("Maria Lopez in Madrid", "Maria Lopez", NULL, "Madrid");
	bylines_are("By Ann Lee and Bo Chan", "Ann Lee", "Bo Chan", NULL);
	bylines_are("Von Anna Schmidt und Peter Müller", "Anna Schmidt",
	    "Peter Müller", NULL);
	bylines_are("By Jane Doe Updated Nov 13, 2019", "Jane Doe", NULL,
	    NULL);
}

static void
test_kicker_glued(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = text_import("WirtschaftEuropa\n\nEin Titel für den Test\n\n"
	    PROSE("c") "\n");
	assert_int_equal(doc->meta.nkicker, 2);
	assert_string_equal(doc->meta.kicker[0], "Wirtschaft");
	assert_string_equal(doc->meta.kicker[1], "Europa");
	assert_string_equal(doc->meta.title, "Ein Titel für den Test");
	doc_free(doc);
}

static void
test_headings(void **state)
{
	const struct doc_block	*b;
	struct doc		*doc;

	(void)state;
	doc = text_import(PROSE("d") "\n\nWhat happens next?\n\n"
	    PROSE("e") "\n\nThe \"final\" word\n\n" PROSE("f") "\n");
	b = find_block(doc, DOC_BLOCK_HEADING, "What happens next?");
	assert_non_null(b);
	assert_int_equal(b->level, 2);
	assert_non_null(find_block(doc, DOC_BLOCK_HEADING,
	    "The \"final\" word"));
	assert_int_equal(doc->blocks[0].kind, DOC_BLOCK_PARAGRAPH);
	doc_free(doc);
}

static void
test_nothing_found(void **state)
{
	static const char	*inputs[] = { "", "\n\n\n   \n\t\n", "Menu\n" };
	char			*cause;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		cause = NULL;
		assert_null(import_text(inputs[i], strlen(inputs[i]), &cause));
		assert_non_null(cause);
		free(cause);
	}
	cause = NULL;
	assert_null(import_plain("\n \n\n", 4, &cause));
	assert_non_null(cause);
	free(cause);
}

/* Odd input never crashes: lone bytes, NULs, a huge line, 10 MB. */
static void
test_hostile_input(void **state)
{
	static const char	 junk[] = "\xff\xfe\x80 lone\x00 bytes\xc3\n\n"
				    "\xe2\x82";
	struct doc		*doc;
	char			*big, *cause = NULL;
	size_t			 i, n = 10 * 1024 * 1024;

	(void)state;
	doc = import_text(junk, sizeof junk - 1, &cause);
	doc_free(doc);
	free(cause);
	cause = NULL;
	doc = import_plain(junk, sizeof junk - 1, &cause);
	doc_free(doc);
	free(cause);
	big = xmalloc(n + 1);
	for (i = 0; i < n; i++)
		big[i] = i % 7 == 6 ? ' ' : 'a' + i % 26;
	big[n] = '\0';
	cause = NULL;
	doc_free(import_text(big, n, &cause));	/* one 10 MB line */
	free(cause);
	for (i = 0; i < n; i++)
		if (i % 80 == 79)
			big[i] = i % 400 == 399 ? '\n' : '.';
	for (i = 0; i + 1 < n; i += 801)
		big[i] = '\n';
	cause = NULL;
	doc = import_text(big, n, &cause);
	doc_free(doc);
	free(cause);
	free(big);
}

static void
test_plain_keeps_everything(void **state)
{
	struct doc	*doc;
	const char	*s = "Skip to content\n\nline one\nline two\n\n\n"
			    "  • a list item\n\nShare on Facebook\n";

	(void)state;
	doc = import_plain(s, strlen(s), NULL);
	assert_non_null(doc);
	assert_null(doc->meta.title);
	assert_int_equal(doc->nblocks, 4);
	assert_string_equal(doc->blocks[0].text, "Skip to content");
	assert_string_equal(doc->blocks[1].text, "line one line two");
	assert_string_equal(doc->blocks[2].text, "• a list item");
	assert_string_equal(doc->blocks[3].text, "Share on Facebook");
	assert_int_equal(doc->blocks[1].kind, DOC_BLOCK_PARAGRAPH);
	doc_free(doc);
}

/* The DW sample; every expected value below is typed from the gold. */
static void
test_golden_dw(void **state)
{
	static const char	*rel = "samples/dw-russland-nordkorea.txt";
	static const char	*headings[] = {
		"Nordkorea und Russland beide auf Weltbühne isoliert",
		"Waffenlieferungen wahrscheinlich?",
		"Tauschgeschäft mit \"Kronjuwelen\" unwahrscheinlich",
	};
	const struct doc_block	*b;
	struct doc		*doc;
	char			*path, *text, *cause = NULL;
	size_t			 len = 0, i, h = 0, media = 0;

	(void)state;
	path = test_shared_path(rel);
	TEST_SKIP_WITHOUT(path, rel);
	text = test_read_file(path, &len);
	assert_non_null(text);
	doc = import_text(text, len, &cause);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title,
	    "Russland und Nordkorea suchen Schulterschluss");
	assert_int_equal(doc->meta.nkicker, 2);
	assert_string_equal(doc->meta.kicker[0], "Politik");
	assert_string_equal(doc->meta.kicker[1], "Asien");
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.authors[0], "Julian Ryall");
	assert_string_equal(doc->meta.location, "Tokio");
	assert_string_equal(doc->meta.published, "2023-09-13");
	assert_int_equal(doc->blocks[0].kind, DOC_BLOCK_PARAGRAPH);
	assert_string_equal(doc->blocks[0].text, "Russlands Präsident Putin "
	    "und Nordkoreas Machthaber Kim wollen militärisch und technisch "
	    "enger zusammenarbeiten. Eine echte Allianz ist es jedoch nicht, "
	    "glauben Experten.");
	b = find_block(doc, DOC_BLOCK_CAPTION, "Russland | Treffen");
	assert_non_null(b);
	assert_string_equal(b->text,
	    "Russland | Treffen Kim Jong Un und Wladimir Putin");
	assert_string_equal(b->credit, "Vladimir Smirnov, Sputnik, Kremlin "
	    "Pool Photo via AP/picture alliance");
	b = find_block(doc, DOC_BLOCK_CAPTION, "Kim (r.)");
	assert_non_null(b);
	assert_string_equal(b->text, "Kim (r.) und Putin (2.v.r) im "
	    "Weltraumbahnhof Kosmodrom Wostotschny");
	assert_string_equal(b->credit, "Sputnik/Artem Geodakyan/REUTERS");
	for (i = 0; i < doc->nblocks; i++) {
		b = &doc->blocks[i];
		if (b->kind == DOC_BLOCK_HEADING) {
			assert_true(h < 3);
			assert_string_equal(b->text, headings[h++]);
		} else if (b->kind == DOC_BLOCK_MEDIA) {
			media++;
			assert_string_equal(b->text,
			    "Kim Jong Un in Russland eingetroffen");
			assert_string_equal(b->duration, "01:51");
		}
	}
	assert_int_equal(h, 3);
	assert_int_equal(media, 1);
	assert_false(any_block_contains(doc, "springen"));
	assert_false(any_block_contains(doc, "video element"));
	assert_false(any_block_contains(doc, "Top-Thema"));
	doc_free(doc);
	free(text);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_skip_links_dropped),
		cmocka_unit_test(test_wrapped_lines_joined),
		cmocka_unit_test(test_narrow_column_joined),
		cmocka_unit_test(test_comments_after_article_dropped),
		cmocka_unit_test(test_unended_prose_kept),
		cmocka_unit_test(test_teasers_after_article_dropped),
		cmocka_unit_test(test_list_after_colon_kept),
		cmocka_unit_test(test_menu_lists_dropped),
		cmocka_unit_test(test_credit_on_own_line),
		cmocka_unit_test(test_credit_glued),
		cmocka_unit_test(test_media_duration),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_bylines),
		cmocka_unit_test(test_kicker_glued),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_nothing_found),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_plain_keeps_everything),
		cmocka_unit_test(test_golden_dw),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
