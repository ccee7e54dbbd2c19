/*
 * test-analyze: the sentence splitter and the quote finder on small
 * hand-written German and English cases — which stretches are messages,
 * direct or indirect, and which frame and source each one has. Who speaks
 * where the frame leaves it open is in test-analyze-speaker.c. Every
 * expected value below was written by hand from the sentence, not copied
 * from the program.
 */
#include "test-analyze.h"

static void
test_sentences_expect(const char *text, const char *const *want)
{
	struct analyze_sentence	*v;
	size_t			 n, i;

	n = analyze_sentences(text, strlen(text), &v);
	for (i = 0; want[i] != NULL; i++) {
		assert_true(i < n);
		assert_int_equal(v[i].end - v[i].start, strlen(want[i]));
		assert_memory_equal(text + v[i].start, want[i], strlen(want[i]));
	}
	assert_int_equal(n, i);
	free(v);
}

static void
test_sentences_german(void **state)
{
	const char *text = "Dr. Müller kam am 13. September nach Berlin. "
	    "Das sagte er am Mittwoch (13.9.). Der Wert stieg um 3.5 "
	    "Prozent, z.B. in Bayern. „Wir kommen.“ Dann ging er. "
	    "Kim (r.) und Putin (2.v.r) gingen u.a. nach Moskau.";
	const char *want[] = {
		"Dr. Müller kam am 13. September nach Berlin.",
		"Das sagte er am Mittwoch (13.9.).",
		"Der Wert stieg um 3.5 Prozent, z.B. in Bayern.",
		"„Wir kommen.“",
		"Dann ging er.",
		"Kim (r.) und Putin (2.v.r) gingen u.a. nach Moskau.",
		NULL
	};

	(void)state;
	test_sentences_expect(text, want);
}

static void
test_sentences_english(void **state)
{
	const char *text = "J. F. Kennedy spoke in the U.S. and Mr. Smith "
	    "listened. \"Is it over?\" he asked. St. Louis won! Prof. Lee "
	    "agreed.";
	const char *want[] = {
		"J. F. Kennedy spoke in the U.S. and Mr. Smith listened.",
		"\"Is it over?\" he asked.",
		"St. Louis won!",
		"Prof. Lee agreed.",
		NULL
	};

	(void)state;
	test_sentences_expect(text, want);
}

static void
test_sentences_empty(void **state)
{
	struct analyze_sentence	*v;

	(void)state;
	assert_int_equal(analyze_sentences("", 0, &v), 0);
	assert_null(v);
	assert_int_equal(analyze_sentences("  ", 2, &v), 0);
	free(v);
}

/* White space is trimmed by code point: a last sentence ending in "à"
 * (C3 A0) keeps its last byte, and a trailing no-break space (C2 A0) goes
 * whole. (A byte test took the A0 for a space and cut "à" in half.) */
static void
test_sentences_trim_utf8(void **state)
{
	const char *voila[] = { "Er sagte voilà", NULL };
	const char *nbsp[] = { "Sie kam.", "Er ging", NULL };

	(void)state;
	test_sentences_expect("Er sagte voilà", voila);
	test_sentences_expect("\xc2\xa0Sie kam. Er ging\xc2\xa0 \xc2\xa0",
	    nbsp);
}

/* Both orders, apposition role, surname, misspelling, continuation. */
static void
test_quotes_german(void **state)
{
	const char *paras[] = {
		"„Die Lage ist sehr ernst, und wir müssen handeln“, sagt "
		    "Anna Berger, Professorin für Politik an der Universität "
		    "Bonn.",
		"Die Regierung habe zu spät reagiert, sagt die Politologin "
		    "Berger.",
		"\"Wir bleiben trotzdem optimistisch\", meint Bergr.",
		"„Das wird aber noch viele Jahre dauern.“",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 4);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "Die Lage ist sehr ernst, und wir müssen handeln", "Anna Berger",
	    "Professorin für Politik an der Universität Bonn", "sagt");
	assert_int_equal(doc->quotes[0].start, 1);
	assert_int_equal(doc->quotes[0].end, 48);
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_INDIRECT,
	    "Die Regierung habe zu spät reagiert", "Anna Berger",
	    "Politologin", "sagt");
	test_quote_expect(&doc->quotes[2], DOC_QUOTE_DIRECT,
	    "Wir bleiben trotzdem optimistisch", "Anna Berger",
	    "Politologin", "meint");
	test_quote_expect(&doc->quotes[3], DOC_QUOTE_DIRECT,
	    "Das wird aber noch viele Jahre dauern.", "Anna Berger",
	    "Politologin", NULL);
	doc_free(doc);
}

/* Subject first with a colon; dass-clause; an organisation speaks. */
static void
test_quotes_frames(void **state)
{
	const char *paras[] = {
		"Der Sprecher der Polizei, Jan Kowalski, sagte: „Wir "
		    "ermitteln in alle Richtungen.“",
		"Am Montag warnten die USA, dass eine Lieferung mehrere "
		    "Resolutionen verletze.",
		"Nach Angaben der Feuerwehr sei niemand verletzt worden.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "Wir ermitteln in alle Richtungen.", "Jan Kowalski",
	    "Sprecher der Polizei", "sagte");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_INDIRECT,
	    "dass eine Lieferung mehrere Resolutionen verletze", "USA", NULL,
	    "warnten");
	assert_int_equal(doc->quotes[2].kind, DOC_QUOTE_INDIRECT);
	assert_string_equal(doc->quotes[2].speaker, "Feuerwehr");
	doc_free(doc);
}

/* Nested marks, a quote over two paragraphs, a scare quote left out. */
static void
test_quotes_marks(void **state)
{
	const char *paras[] = {
		"Die Firma nannte ihr neues Produkt „Blitz“ und verkaufte es.",
		"»Wir sehen einen neuen 'Kalten Krieg' beginnen.",
		"Niemand will das.«",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	assert_int_equal(doc->quotes[0].kind, DOC_QUOTE_DIRECT);
	assert_string_equal(doc->quotes[0].text, "Wir sehen einen neuen "
	    "'Kalten Krieg' beginnen.\n\nNiemand will das.");
	doc_free(doc);
}

/* Titles and names in marks are no quotes; "wir" makes a short one. */
static void
test_quotes_titles(void **state)
{
	const char *paras[] = {
		"Die Zeitung „Neue Presse“ berichtete über den Streik.",
		"Das Buch trägt den Titel „Der lange Weg nach Hause“ und "
		    "erschien im Mai.",
		"Die Demonstranten riefen „Wir bleiben hier“ und zogen weiter.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	assert_int_equal(doc->quotes[0].kind, DOC_QUOTE_DIRECT);
	assert_string_equal(doc->quotes[0].text, "Wir bleiben hier");
	doc_free(doc);
}

/* "nach" with a source noun marks a report; "nach" of time does not. */
static void
test_quotes_nach_source(void **state)
{
	const char *paras[] = {
		"Nach dem Unfall sperrte die Polizei die Straße für zwei "
		    "Stunden.",
		"Nach Meinung der Experten ist die Lage ernst.",
		"Nach Polizeiangaben wurden zwei Menschen leicht verletzt.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	assert_int_equal(doc->quotes[0].kind, DOC_QUOTE_INDIRECT);
	assert_string_equal(doc->quotes[0].text,
	    "Nach Meinung der Experten ist die Lage ernst");
	assert_string_equal(doc->quotes[0].speaker, "Experten");
	assert_string_equal(doc->quotes[1].text,
	    "Nach Polizeiangaben wurden zwei Menschen leicht verletzt");
	assert_string_equal(doc->quotes[1].speaker, "Polizeiangaben");
	doc_free(doc);
}

/* The source after "nach …" skips a date and keeps a quoted name. */
static void
test_quotes_nach_phrase(void **state)
{
	const char *paras[] = {
		"Der Täter hatte nach Zeugenaussagen die Tat seit Tagen "
		    "geplant.",
		"Nach einem Bericht der „Frankfurter Rundschau“ ist der "
		    "Konzern gewachsen.",
		"Nach Angaben der Polizei vom Dienstag wurden drei Menschen "
		    "verletzt.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	assert_string_equal(doc->quotes[0].speaker, "Zeugenaussagen");
	assert_string_equal(doc->quotes[1].speaker, "Frankfurter Rundschau");
	assert_string_equal(doc->quotes[2].speaker, "Polizei");
	doc_free(doc);
}

/* The source after "laut" ends before the clause's object. */
static void
test_quotes_laut_source(void **state)
{
	const char *paras[] = {
		"Laut „Reuters“ wurden drei Soldaten verletzt.",
		"Ein Passant hatte laut Polizeisprecher das Gepäckstück "
		    "stehen gelassen.",
		"Laut faz.net reiste der Minister noch am Abend ab.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	assert_string_equal(doc->quotes[0].speaker, "Reuters");
	assert_string_equal(doc->quotes[1].speaker, "Polizeisprecher");
	assert_string_equal(doc->quotes[2].speaker, "faz.net");
	doc_free(doc);
}

/* A comma closing an apposition is no trailing frame; a short frame
 * after an indicative clause is. */
static void
test_quotes_apposition_comma(void **state)
{
	const char *paras[] = {
		"Die Hamas, die größte Partei im Parlament, bezeichnete die "
		    "Anschläge als Selbstverteidigung gegen die Besatzung.",
		"Die Lage ist sehr ernst, sagte der Sprecher.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_INDIRECT,
	    "Die Lage ist sehr ernst", "Sprecher", NULL, "sagte");
	doc_free(doc);
}

/* A participle after "hat" is a cue too. */
static void
test_quotes_participle(void **state)
{
	const char *paras[] = {
		"Der Minister hat angekündigt, dass er im Herbst zurücktrete.",
		"Die Firma beteuerte, man habe nichts gewusst.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_INDIRECT,
	    "dass er im Herbst zurücktrete", "Minister", NULL, "angekündigt");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_INDIRECT,
	    "man habe nichts gewusst", "Firma", NULL, "beteuerte");
	doc_free(doc);
}

static void
test_quotes_english(void **state)
{
	const char *paras[] = {
		"\"We will not give up,\" said Maria Lopez, a spokeswoman "
		    "for the company.",
		"Lopez said that the talks had failed.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "We will not give up", "Maria Lopez",
	    "spokeswoman for the company", "said");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_INDIRECT,
	    "that the talks had failed", "Maria Lopez",
	    "spokeswoman for the company", "said");
	doc_free(doc);
}

/* An analysed document marked English, from NULL-terminated paragraphs. */
static struct doc *
test_doc_en(const char *const *paras)
{
	return test_doc_lang(paras, "en");
}

/* A middle initial, an apposition with "a", continuation, a surname. */
static void
test_quotes_english_apposition(void **state)
{
	const char *paras[] = {
		"\u201CThe market is calm,\u201D said Anna K. Berg, a senior "
		    "analyst at the Northern Bank. \u201CIt will stay so.\u201D",
		"Prices rose in May.",
		"\u201CNobody expected it,\u201D Berg said.",
		NULL
	};
	struct doc *doc = test_doc_en(paras);
	const char *role = "senior analyst at the Northern Bank";

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "The market is calm", "Anna K. Berg", role, "said");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_DIRECT,
	    "It will stay so.", "Anna K. Berg", role, NULL);
	test_quote_expect(&doc->quotes[2], DOC_QUOTE_DIRECT,
	    "Nobody expected it", "Anna K. Berg", role, "said");
	doc_free(doc);
}

/* A capitalised title before the name, the subject before "told". */
static void
test_quotes_english_title(void **state)
{
	const char *paras[] = {
		"\u201CWe are worried,\u201D Finance Ministry spokesman Tom "
		    "Reed told reporters on Monday.",
		NULL
	};
	struct doc *doc = test_doc_en(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "We are worried", "Tom Reed", "Finance Ministry spokesman",
	    "told");
	doc_free(doc);
}

/*
 * A partial quote running on before its frame; a paragraph opening with
 * an adverbial and a group noun as the subject.
 */
static void
test_quotes_english_late_frame(void **state)
{
	const char *paras[] = {
		"\u201CIt is hard to see what could move them\u201D to stop "
		    "the strike, Ruth Cole said.",
		"In the long run, many economists say that wages will rise.",
		NULL
	};
	struct doc *doc = test_doc_en(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "It is hard to see what could move them", "Ruth Cole", NULL,
	    "said");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_INDIRECT,
	    "that wages will rise", "many economists", NULL, "say");
	doc_free(doc);
}

static void
test_analyze_empty(void **state)
{
	struct doc	*doc = doc_create();

	(void)state;
	analyze_document(NULL);
	doc_finish(doc);
	analyze_document(doc);
	assert_int_equal(doc->nquotes, 0);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences_german),
		cmocka_unit_test(test_sentences_english),
		cmocka_unit_test(test_sentences_empty),
		cmocka_unit_test(test_sentences_trim_utf8),
		cmocka_unit_test(test_quotes_german),
		cmocka_unit_test(test_quotes_frames),
		cmocka_unit_test(test_quotes_marks),
		cmocka_unit_test(test_quotes_titles),
		cmocka_unit_test(test_quotes_nach_source),
		cmocka_unit_test(test_quotes_nach_phrase),
		cmocka_unit_test(test_quotes_laut_source),
		cmocka_unit_test(test_quotes_apposition_comma),
		cmocka_unit_test(test_quotes_participle),
		cmocka_unit_test(test_quotes_english),
		cmocka_unit_test(test_quotes_english_apposition),
		cmocka_unit_test(test_quotes_english_title),
		cmocka_unit_test(test_quotes_english_late_frame),
		cmocka_unit_test(test_analyze_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
