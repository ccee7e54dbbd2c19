/*
 * test-analyze-speaker: attribution on small hand-written German cases —
 * the subject phrase's shapes, names resolved across the article,
 * pronouns, the speaker carried to a message without a frame, impersonal
 * and passive frames. Apart from test-analyze.c because these cases test
 * the state carried from message to message rather than one sentence's
 * reading. Every expected value below was written by hand from the
 * sentence, not copied from the program.
 */
#include "test-analyze.h"

/* A capital only by position is no speaker: the subject follows. */
static void
test_quotes_adverb_first(void **state)
{
	const char *paras[] = {
		"Kanzlerin Angela Merkel reiste am Montag nach Paris.",
		"Unterdessen erklärte Merkel, die Gespräche seien gut "
		    "verlaufen.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_INDIRECT,
	    "die Gespräche seien gut verlaufen", "Angela Merkel", "Kanzlerin",
	    "erklärte");
	doc_free(doc);
}

/* A frame ending in a colon introduces; "Das" before a noun is its
 * article, so the subject stands before the cue. */
static void
test_quotes_subject_first(void **state)
{
	const char *paras[] = {
		"Anna Weber, Sprecherin der Stadtwerke, sagte dazu:",
		"„Wir prüfen alle Leitungen.“",
		"Das Komitee sagte, das Verfahren sei fehlerhaft gewesen.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_DIRECT,
	    "Wir prüfen alle Leitungen.", "Anna Weber",
	    "Sprecherin der Stadtwerke", "sagte");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_INDIRECT,
	    "das Verfahren sei fehlerhaft gewesen", "Komitee", NULL,
	    "sagte");
	doc_free(doc);
}

/* An inflected role noun before a name is no part of the name. */
static void
test_quotes_inflected_role(void **state)
{
	const char *paras[] = {
		"Der Bundestag beriet über das Gesetz des Politikers Peter "
		    "Danckert.",
		"Danckert sagte, das Gesetz sei überfällig.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	assert_string_equal(doc->quotes[0].speaker, "Peter Danckert");
	doc_free(doc);
}

/* A name in marks inside the subject phrase. */
static void
test_quotes_quoted_name_subject(void **state)
{
	const char *paras[] = {
		"Die Nachrichtenagentur „Xinhua“ meldete, das Flugzeug sei "
		    "abgestürzt.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_INDIRECT,
	    "das Flugzeug sei abgestürzt", "Xinhua", NULL, "meldete");
	doc_free(doc);
}

/* Without a frame, the subject of the sentence before speaks. */
static void
test_quotes_previous_subject(void **state)
{
	const char *paras[] = {
		"Die Kriminalpolizei bittet um Mithilfe bei der Fahndung.",
		"Der Mann sei etwa 25 Jahre alt und trage eine Brille.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_INDIRECT,
	    "Der Mann sei etwa 25 Jahre alt und trage eine Brille",
	    "Kriminalpolizei", NULL, NULL);
	doc_free(doc);
}

/* "heißt es" names its own source, or none: no current speaker. */
static void
test_quotes_impersonal(void **state)
{
	const char *paras[] = {
		"Der Arzt Karl Bauer sagte, die Lage sei ernst.",
		"Eine Heilung sei ausgeschlossen, heißt es.",
		"Im Bericht heißt es, die Kosten seien gestiegen.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	assert_string_equal(doc->quotes[0].speaker, "Karl Bauer");
	assert_int_equal(doc->quotes[1].kind, DOC_QUOTE_INDIRECT);
	assert_null(doc->quotes[1].speaker);
	assert_string_equal(doc->quotes[2].speaker, "Bericht");
	doc_free(doc);
}

/* A number-adjective in the subject; a name in apposition after a role
 * with a genitive. */
static void
test_quotes_subject_shapes(void **state)
{
	const char *paras[] = {
		"Der 85-jährige Joseph Ratzinger sagte, er sei müde.",
		"„Er verdient viel Anerkennung“, sagte der Oberrabbiner des "
		    "Landes, Yona Metzger.",
		NULL
	};
	struct doc *doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	test_quote_expect(&doc->quotes[0], DOC_QUOTE_INDIRECT,
	    "er sei müde", "Joseph Ratzinger", NULL, "sagte");
	test_quote_expect(&doc->quotes[1], DOC_QUOTE_DIRECT,
	    "Er verdient viel Anerkennung", "Yona Metzger",
	    "Oberrabbiner des Landes", "sagte");
	doc_free(doc);
}

/* Many full names: the table grows and a surname still resolves, also
 * one edit off. */
static void
test_quotes_many_names(void **state)
{
	struct doc	*doc = doc_create();
	char		 buf[128];
	int		 i;

	(void)state;
	for (i = 0; i < 300; i++) {
		snprintf(buf, sizeof buf, "Am Abend kam Frau Lena Ba%c%cter "
		    "nach Hause.", 'a' + i % 26, 'a' + i / 26);
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, buf, strlen(buf));
	}
	/* i = 53: "Babcter"; written "Babcer", one letter dropped. */
	snprintf(buf, sizeof buf, "„Wir bleiben hier“, sagte Babcer.");
	doc_block_append(doc, DOC_BLOCK_PARAGRAPH, buf, strlen(buf));
	doc_finish(doc);
	analyze_document(doc);
	assert_int_equal(doc->nquotes, 1);
	assert_string_equal(doc->quotes[0].speaker, "Lena Babcter");
	doc_free(doc);
}

/* The entity that speaks, if the quote links to one. */
static const struct doc_entity *
test_speaker_entity(const struct doc *doc, const struct doc_quote *q)
{
	size_t	e;

	for (e = 0; e < doc->nentities; e++)
		if (doc->entities[e].id == q->speaker_entity)
			return &doc->entities[e];
	return NULL;
}

/* Does the entity have a mention with this text starting at start? */
static int
test_mention_at(const struct doc_entity *en, size_t start, const char *text)
{
	size_t	k;

	for (k = 0; en != NULL && k < en->nmentions; k++)
		if (en->mentions[k].start == start &&
		    strcmp(en->mentions[k].text, text) == 0)
			return 1;
	return 0;
}

/*
 * "sagte er" right after the speaker spoke: the quote names the person in
 * full and the pronoun becomes a mention of the person's entity. Three
 * sentences on, another person may have come between: the name still
 * carries, but the pronoun is no mention.
 */
static void
test_quotes_pronoun_mention(void **state)
{
	const char *paras[] = {
		"Der Bürgermeister Karl Brenner sagte, die Brücke werde im "
		    "Mai eröffnet.",
		"Die Kosten seien gestiegen, sagte er.",
		"Der Bau begann vor zwei Jahren.",
		"Die Straße bleibt gesperrt.",
		"Im Winter ruhten die Arbeiten.",
		"Die Firma habe Fehler gemacht, sagte er.",
		NULL
	};
	struct doc			*doc = test_doc(paras);
	const struct doc_entity		*en;

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	assert_string_equal(doc->quotes[1].speaker, "Karl Brenner");
	en = test_speaker_entity(doc, &doc->quotes[1]);
	assert_non_null(en);
	assert_int_equal(en->type, DOC_ENTITY_PERSON);
	/* "er" is at code point 107: 71 + 2 + 34. */
	assert_true(test_mention_at(en, 107, "er"));
	assert_string_equal(doc->quotes[2].speaker, "Karl Brenner");
	assert_false(test_mention_at(en, 243, "er"));
	doc_free(doc);
}

/* "er" cannot stand for a group that spoke before: the pronoun stays. */
static void
test_quotes_pronoun_group(void **state)
{
	const char *paras[] = {
		"Die Koalition erklärte, der Haushalt sei solide.",
		"Die Schulden seien zu hoch, sagte er.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	assert_string_equal(doc->quotes[0].speaker, "Koalition");
	assert_string_equal(doc->quotes[1].speaker, "er");
	assert_int_equal(doc->quotes[1].speaker_entity, -1);
	doc_free(doc);
}

/* An object after the cue is no speaker; the subject after it is. */
static void
test_quotes_object_after_cue(void **state)
{
	const char *paras[] = {
		"„Wir warten ab“, sagte den Journalisten ein Sprecher.",
		"„Das reicht“, sagte einem Reporter die Polizei.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	assert_string_equal(doc->quotes[0].speaker, "Sprecher");
	assert_string_equal(doc->quotes[1].speaker, "Polizei");
	doc_free(doc);
}

/* "Demnach" stands for the source before it and speaks only once. */
static void
test_quotes_demnach(void **state)
{
	const char *paras[] = {
		"Der Minister Karl Huber sprach in Berlin.",
		"Demnach sei der Plan gescheitert.",
		"Er habe davon nichts gewusst, sagte Huber.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	assert_string_equal(doc->quotes[0].speaker, "Demnach");
	assert_string_equal(doc->quotes[1].speaker, "Karl Huber");
	doc_free(doc);
}

/* A passive frame names who is talked about, not who talks: no speaker,
 * not even the one before; an agent ("von") or "zitiert" keeps one. */
static void
test_quotes_passive(void **state)
{
	const char *paras[] = {
		"Der Minister Karl Huber sprach in Berlin.",
		"Dem Manager Otto Lenz wird vorgeworfen, er habe Geld "
		    "veruntreut.",
		"Es wird vermutet, dass der Plan gescheitert sei.",
		"Lenz wurde von der Polizei beschuldigt, er sei geflohen.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 3);
	assert_null(doc->quotes[0].speaker);
	assert_null(doc->quotes[1].speaker);
	assert_non_null(doc->quotes[2].speaker);
	doc_free(doc);
}

/* "Des Weiteren" opens a sentence as a connective, never as a speaker. */
static void
test_quotes_connective(void **state)
{
	const char *paras[] = {
		"Des Weiteren verwies Karl Huber darauf, dass der Plan "
		    "gescheitert sei.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 1);
	assert_string_equal(doc->quotes[0].speaker, "Karl Huber");
	doc_free(doc);
}

/* A frame in the next sentence is that sentence's own, not the one's
 * before: the message without a frame keeps the subject before it. */
static void
test_quotes_next_frame(void **state)
{
	const char *paras[] = {
		"Der Minister Karl Huber sprach in Berlin.",
		"Die Steuern seien zu hoch.",
		"„Wir senken sie nicht mehr in diesem Jahr“, sagte die "
		    "Sprecherin Anna Berg.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	assert_string_equal(doc->quotes[0].speaker, "Karl Huber");
	assert_string_equal(doc->quotes[1].speaker, "Anna Berg");
	doc_free(doc);
}

/* No listed cue, but the subject opening the frame of a dass-clause. */
static void
test_quotes_own_subject(void **state)
{
	const char *paras[] = {
		"Der Richter Hans Maier sprach lange.",
		"Das Gericht machte klar, dass es nicht überzeugt sei.",
		"Seiner Zeit hieß es, dass der Plan gescheitert sei.",
		NULL
	};
	struct doc	*doc = test_doc(paras);

	(void)state;
	assert_int_equal(doc->nquotes, 2);
	assert_string_equal(doc->quotes[0].speaker, "Gericht");
	assert_null(doc->quotes[1].speaker);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes_adverb_first),
		cmocka_unit_test(test_quotes_subject_first),
		cmocka_unit_test(test_quotes_inflected_role),
		cmocka_unit_test(test_quotes_quoted_name_subject),
		cmocka_unit_test(test_quotes_previous_subject),
		cmocka_unit_test(test_quotes_impersonal),
		cmocka_unit_test(test_quotes_subject_shapes),
		cmocka_unit_test(test_quotes_many_names),
		cmocka_unit_test(test_quotes_pronoun_mention),
		cmocka_unit_test(test_quotes_pronoun_group),
		cmocka_unit_test(test_quotes_object_after_cue),
		cmocka_unit_test(test_quotes_demnach),
		cmocka_unit_test(test_quotes_next_frame),
		cmocka_unit_test(test_quotes_passive),
		cmocka_unit_test(test_quotes_connective),
		cmocka_unit_test(test_quotes_own_subject),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
