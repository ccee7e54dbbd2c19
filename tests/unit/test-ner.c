/*
 * test-ner.c: the entity tagger and the article-level pass, on small
 * hand-written German and English cases with hand-written expectations.
 * The tests load the committed model (linked into the library) and never
 * train; tests/ner/check-model.sh checks the model reproduces.
 */
#include "test-helpers.h"

#include "analyze.h"
#include "doc.h"
#include "../../src/analyze/analyze-ner.h"
#include "../../src/analyze/analyze-entity.h"

/* Token i of text, as a string in buf. */
static const char *
tok_text(const char *text, const struct analyze_ner_tok *t, char *buf)
{
	memcpy(buf, text + t->start, t->end - t->start);
	buf[t->end - t->start] = '\0';
	return buf;
}

static void
check_tokens(const char *text, const char *const *want, size_t nwant)
{
	struct analyze_ner_tok	*toks;
	size_t			 n, i;
	char			 buf[64];

	n = analyze_ner_tokenize(text, strlen(text), &toks);
	assert_int_equal(n, nwant);
	for (i = 0; i < n; i++)
		assert_string_equal(tok_text(text, &toks[i], buf), want[i]);
	free(toks);
}

static void
test_tokenize(void **state)
{
	static const char *const de[] = { "\xE2\x80\x9E", "UN-Resolutionen",
	    "\xE2\x80\x9C", "(", "Dr.", "M\xC3\xBCller", ")", "." };
	static const char *const en[] = { "Putin", "'s", "visit", "to", "the",
	    "U.S.", "in", "2014", "." };

	(void)state;
	check_tokens("\xE2\x80\x9EUN-Resolutionen\xE2\x80\x9C (Dr. "
	    "M\xC3\xBCller).", de, 8);
	check_tokens("Putin's visit to the U.S. in 2014.", en, 9);
}

/* A capitalised cue word with an umlaut or ß is found: the token is
 * lowered as UTF-8 ("Präsident" -> "präsident"), not byte by byte. */
static void
test_cues_umlaut(void **state)
{
	const char	*text = "Präsident Für März Straße Herr";
	static const int want[] = { ANALYZE_NER_CUE_TITLE,
	    ANALYZE_NER_CUE_OTHER, ANALYZE_NER_CUE_TIME, ANALYZE_NER_CUE_LOC,
	    ANALYZE_NER_CUE_TITLE };
	struct analyze_ner_tok	*toks;
	size_t		 n;

	(void)state;
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	assert_int_equal(n, 5);
	analyze_ner_tokens_describe(analyze_ner_model_builtin(),
	    ANALYZE_NER_DE, text, toks, n);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(toks[i].cue, want[i]);
	free(toks);
}

static void
test_features(void **state)
{
	const struct analyze_ner_model	*m = analyze_ner_model_builtin();
	const char	*text = "NATO und Deutschland tagen in Berlin .";
	struct analyze_ner_tok	*toks;
	uint32_t	 keys[ANALYZE_NER_MAXFEAT + 4];
	size_t		 n, nde, nen;

	(void)state;
	assert_non_null(m);
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	assert_int_equal(n, 7);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	assert_int_equal(toks[0].shape, ANALYZE_NER_SHAPE_UPPER);
	assert_int_equal(toks[1].shape, ANALYZE_NER_SHAPE_LOWER);
	assert_int_equal(toks[2].shape, ANALYZE_NER_SHAPE_CAP);
	assert_true(toks[2].lex & ANALYZE_NER_LEX_COUNTRY);
	assert_true(toks[5].lex & ANALYZE_NER_LEX_CITY);
	assert_int_equal(toks[4].cue, ANALYZE_NER_CUE_IN);
	assert_true(toks[0].first);
	assert_false(toks[2].first);
	/* The English set has no word features, so fewer keys. */
	nde = analyze_ner_features(ANALYZE_NER_DE, text, toks, n, 2, keys);
	nen = analyze_ner_features(ANALYZE_NER_EN, text, toks, n, 2, keys);
	assert_true(nen < nde);
	assert_true(nde <= ANALYZE_NER_MAXFEAT);
	free(toks);
	assert_int_equal(analyze_ner_lang_detect("The man and the dog were "
	    "in the park.", 36), ANALYZE_NER_EN);
	assert_int_equal(analyze_ner_lang_detect("Der Mann und der Hund "
	    "waren im Park.", 36), ANALYZE_NER_DE);
}

static void
test_decode(void **state)
{
	const struct analyze_ner_model	*m = analyze_ner_model_builtin();
	const char	*text = "Putin sagte , Russland werde Nordkorea helfen .";
	struct analyze_ner_tok	*toks;
	int		 tags[16];
	size_t		 n;

	(void)state;
	assert_true(analyze_ner_tag_allowed(ANALYZE_NER_O,
	    ANALYZE_NER_B(DOC_ENTITY_PERSON)));
	assert_false(analyze_ner_tag_allowed(ANALYZE_NER_O,
	    ANALYZE_NER_I(DOC_ENTITY_PERSON)));
	assert_true(analyze_ner_tag_allowed(ANALYZE_NER_B(DOC_ENTITY_PLACE),
	    ANALYZE_NER_I(DOC_ENTITY_PLACE)));
	assert_false(analyze_ner_tag_allowed(ANALYZE_NER_B(DOC_ENTITY_PLACE),
	    ANALYZE_NER_I(DOC_ENTITY_PERSON)));
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	analyze_ner_tag(m, ANALYZE_NER_DE, text, toks, n, tags);
	assert_int_equal(tags[0], ANALYZE_NER_B(DOC_ENTITY_PERSON));
	assert_int_equal(tags[1], ANALYZE_NER_O);
	assert_int_equal(tags[3], ANALYZE_NER_B(DOC_ENTITY_PLACE));
	assert_int_equal(tags[5], ANALYZE_NER_B(DOC_ENTITY_PLACE));
	assert_int_equal(tags[6], ANALYZE_NER_O);
	free(toks);
}

static struct doc *
make_doc(const char *const *paras, size_t n)
{
	struct doc	*doc = doc_create();
	size_t		 i;

	for (i = 0; i < n; i++)
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, paras[i],
		    strlen(paras[i]));
	doc_finish(doc);
	return doc;
}

static const struct doc_entity *
find_entity(const struct doc *doc, const char *name)
{
	size_t	i;

	for (i = 0; i < doc->nentities; i++)
		if (strcmp(doc->entities[i].name, name) == 0)
			return &doc->entities[i];
	return NULL;
}

static int
has_mention(const struct doc_entity *e, const char *text)
{
	size_t	i;

	for (i = 0; e != NULL && i < e->nmentions; i++)
		if (strcmp(e->mentions[i].text, text) == 0)
			return 1;
	return 0;
}

static void
test_article_de(void **state)
{
	static const char *const paras[] = {
		"Russlands Pr\xC3\xA4sident Wladimir Putin hat Kim Jong Un in "
		"Moskau empfangen.",
		"Putin sagte, Russland werde Nordkorea helfen. Kim lobte die "
		"russische Regierung.",
		"Der Politologe Leif-Eric Easley h\xC3\xA4lt das f\xC3\xBCr "
		"gef\xC3\xA4hrlich, meint Easly.",
	};
	struct doc			*doc = make_doc(paras, 3);
	const struct doc_entity		*e;
	struct doc_quote		*q;
	size_t				 i;

	(void)state;
	analyze_entities(doc);
	e = find_entity(doc, "Russland");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PLACE);
	assert_true(has_mention(e, "Russlands"));
	/* Offsets are canonical code points: "Russlands" opens the text. */
	assert_int_equal(e->mentions[0].start, 0);
	assert_int_equal(e->mentions[0].end, 9);
	e = find_entity(doc, "Wladimir Putin");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PERSON);
	assert_true(has_mention(e, "Putin"));
	e = find_entity(doc, "Kim Jong Un");
	assert_non_null(e);
	assert_true(has_mention(e, "Kim"));
	e = find_entity(doc, "Leif-Eric Easley");
	assert_non_null(e);
	assert_true(has_mention(e, "Easly"));
	for (i = 0; i < doc->nentities; i++) {
		assert_string_not_equal(doc->entities[i].name, "russische");
		assert_string_not_equal(doc->entities[i].name, "Putin");
		assert_string_not_equal(doc->entities[i].name, "Easly");
	}
	q = doc_quote_add(doc, DOC_QUOTE_INDIRECT, "Russland werde helfen",
	    80, 100);
	doc_quote_set_speaker(q, "Putin", -1);
	analyze_entities_link_speakers(doc);
	assert_int_equal(doc->quotes[0].speaker_entity,
	    find_entity(doc, "Wladimir Putin")->id);
	doc_free(doc);
}

static void
test_article_en(void **state)
{
	static const char *const paras[] = {
		"President Barack Obama met Angela Merkel in Berlin.",
		"Obama said the talks with Germany went well.",
	};
	struct doc		*doc = make_doc(paras, 2);
	const struct doc_entity	*e;

	(void)state;
	analyze_entities(doc);
	e = find_entity(doc, "Barack Obama");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PERSON);
	assert_true(has_mention(e, "Obama"));
	e = find_entity(doc, "Berlin");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PLACE);
	e = find_entity(doc, "Germany");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PLACE);
	assert_null(find_entity(doc, "President"));
	doc_free(doc);
}

/* Nationality adjectives are no entities (issue 4: adjectives are not);
 * a nationality word alone is a noun, CoNLL's MISC. Months and
 * capitalised common words alone are no names. */
static void
test_article_en_misc(void **state)
{
	static const char *const paras[] = {
		"In June the Japanese and British delegations met in Tokyo.",
		"The Army said the talks, held in Japanese, went well.",
		"The U.S.-led talks on Israeli-Palestinian peace resumed.",
	};
	struct doc		*doc = make_doc(paras, 3);
	const struct doc_entity	*e;

	(void)state;
	analyze_entities(doc);
	e = find_entity(doc, "Japanese");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_OTHER);
	assert_int_equal(e->nmentions, 1);
	assert_null(find_entity(doc, "British"));
	assert_null(find_entity(doc, "U.S.-led"));
	assert_null(find_entity(doc, "Israeli-Palestinian"));
	assert_null(find_entity(doc, "June"));
	assert_null(find_entity(doc, "Army"));
	assert_null(find_entity(doc, "The"));
	doc_free(doc);
}

/* English titles are cut off persons, and one title before a name types
 * every mention of it; a title alone is nothing; a title after an
 * organisation is cut off; institutional heads make organisations. */
static void
test_article_en_titles(void **state)
{
	static const char *const paras[] = {
		"Prime Minister Jonas Kastrup met Russian President Vladimir "
		    "Putin, and Secretary of State Laura Finch joined them.",
		"The Kastrup Authority President said the Varden Institution "
		    "and the Council on Foreign Relations disagreed.",
		"The Israeli Prime Minister spoke to Finch before Congress, "
		    "and Kastrup left.",
	};
	struct doc		*doc = make_doc(paras, 3);
	const struct doc_entity	*e;

	(void)state;
	analyze_entities(doc);
	e = find_entity(doc, "Jonas Kastrup");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PERSON);
	e = find_entity(doc, "Vladimir Putin");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PERSON);
	e = find_entity(doc, "Laura Finch");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_PERSON);
	assert_null(find_entity(doc, "Prime Minister Jonas Kastrup"));
	assert_null(find_entity(doc, "Israeli Prime Minister"));
	assert_null(find_entity(doc, "Prime Minister"));
	assert_null(find_entity(doc, "Russian"));
	e = find_entity(doc, "Kastrup Authority");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_ORGANISATION);
	e = find_entity(doc, "Varden Institution");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_ORGANISATION);
	e = find_entity(doc, "Council on Foreign Relations");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_ORGANISATION);
	e = find_entity(doc, "Congress");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_ORGANISATION);
	doc_free(doc);
}

/* An acronym joins the name whose initials it is. */
static void
test_article_en_acronym(void **state)
{
	static const char *const paras[] = {
		"The Varden Criminal Court opened a case on Monday.",
		"Lawyers said the VCC would decide within a year.",
	};
	struct doc		*doc = make_doc(paras, 2);
	const struct doc_entity	*e;

	(void)state;
	analyze_entities(doc);
	e = find_entity(doc, "Varden Criminal Court");
	assert_non_null(e);
	assert_int_equal(e->type, DOC_ENTITY_ORGANISATION);
	assert_true(has_mention(e, "VCC"));
	assert_null(find_entity(doc, "VCC"));
	doc_free(doc);
}

static void
test_lexicon_en(void **state)
{
	const struct analyze_ner_model	*m = analyze_ner_model_builtin();
	const char	*text = "Japanese Russians met on Monday in June .";
	struct analyze_ner_tok	*toks;
	size_t		 n;

	(void)state;
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_EN, text, toks, n);
	assert_true(toks[0].lex & ANALYZE_NER_LEX_DEMONYM);
	assert_true(toks[1].lex & ANALYZE_NER_LEX_DEMONYM);
	assert_false(toks[2].lex & ANALYZE_NER_LEX_DEMONYM);
	assert_int_equal(toks[4].cue, ANALYZE_NER_CUE_TIME);
	assert_int_equal(toks[6].cue, ANALYZE_NER_CUE_TIME);
	assert_true(toks[6].lex & ANALYZE_NER_LEX_COMMON);
	free(toks);
	text = "Im Juni und am Montag .";
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	assert_int_equal(toks[1].cue, ANALYZE_NER_CUE_TIME);
	assert_int_equal(toks[4].cue, ANALYZE_NER_CUE_TIME);
	free(toks);
}

/* General-knowledge places and organisations (tools/ner-places.c,
 * ner-orgs.c) and first names of train/ persons; a one-word person that
 * is a region is a place. */
static void
test_lexicon_places(void **state)
{
	const struct analyze_ner_model	*m = analyze_ner_model_builtin();
	const char	*text = "Wolfgang fuhr von Afrika an den Rhein , "
	    "ans Schwarzen Meer und ins Haus .";
	static const char *const paras[] = {
		"Sie reiste durch Europa und Sibirien an die Ostsee.",
		"Berlin (dpa) - Das meldete die Nachrichtenagentur dpa am "
		"Montag.",
	};
	struct analyze_ner_tok	*toks;
	struct doc		*doc;
	size_t			 n, i;

	(void)state;
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	assert_true(toks[0].lex & ANALYZE_NER_LEX_FIRST);
	assert_true(toks[3].lex & ANALYZE_NER_LEX_REGION);
	assert_false(toks[3].lex & ANALYZE_NER_LEX_COMMON);
	assert_true(toks[6].lex & ANALYZE_NER_LEX_REGION);
	assert_int_equal(toks[9].multi, 1);
	assert_int_equal(toks[10].multi, 2);
	assert_false(toks[13].lex & (ANALYZE_NER_LEX_REGION |
	    ANALYZE_NER_LEX_FIRST | ANALYZE_NER_LEX_ORG));
	free(toks);
	text = "Die NATO , Greenpeace und die Bundeswehr .";
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	assert_true(toks[1].lex & ANALYZE_NER_LEX_ORG);
	assert_true(toks[3].lex & ANALYZE_NER_LEX_ORG);
	assert_true(toks[6].lex & ANALYZE_NER_LEX_ORG);
	assert_false(toks[6].lex & ANALYZE_NER_LEX_COMMON);
	assert_false(toks[0].lex & ANALYZE_NER_LEX_ORG);
	free(toks);
	/* German language nouns are demonyms; former countries countries. */
	text = "Auf Arabisch und Englisch in der Tschechoslowakei .";
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	assert_true(toks[1].lex & ANALYZE_NER_LEX_DEMONYM);
	assert_true(toks[3].lex & ANALYZE_NER_LEX_DEMONYM);
	assert_true(toks[6].lex & ANALYZE_NER_LEX_COUNTRY);
	free(toks);
	doc = make_doc(paras, 2);
	analyze_entities(doc);
	for (i = 0; i < doc->nentities; i++)
		assert_int_not_equal(doc->entities[i].type,
		    DOC_ENTITY_PERSON);
	/* A lower-case word alone is a name only when the list knows it. */
	assert_non_null(find_entity(doc, "dpa"));
	assert_int_equal(find_entity(doc, "dpa")->type,
	    DOC_ENTITY_ORGANISATION);
	doc_free(doc);
}

/* Head nouns, compound productivity and German lower-case forms. */
static void
test_head_lexicon(void **state)
{
	const struct analyze_ner_model	*m = analyze_ner_model_builtin();
	const char	*text = "Haus Chemnitz Japanische";
	struct analyze_ner_tok	*toks;
	size_t		 n;

	(void)state;
	assert_int_equal(analyze_ner_head_find("Amur-Region", 11),
	    ANALYZE_NER_CUE_LOC);
	assert_int_equal(analyze_ner_head_find("Kokushikan-Universit\xC3\xA4t",
	    23), ANALYZE_NER_CUE_ORG);
	assert_int_equal(analyze_ner_head_find("UN-Sicherheitsrats", 18),
	    ANALYZE_NER_CUE_ORG);
	assert_int_equal(analyze_ner_head_find("UN-Resolutionen", 15), 0);
	assert_int_equal(analyze_ner_head_find("University", 10),
	    ANALYZE_NER_CUE_ORG);
	n = analyze_ner_tokenize(text, strlen(text), &toks);
	analyze_ner_tokens_describe(m, ANALYZE_NER_DE, text, toks, n);
	assert_int_equal(toks[0].lex & (ANALYZE_NER_LEX_PROD1 |
	    ANALYZE_NER_LEX_PROD2), ANALYZE_NER_LEX_PROD1 |
	    ANALYZE_NER_LEX_PROD2);
	assert_false(toks[1].lex & ANALYZE_NER_LEX_PROD2);
	assert_true(toks[2].lex & ANALYZE_NER_LEX_DELOW);
	assert_false(toks[2].lex & ANALYZE_NER_LEX_DEWORD);
	free(toks);
}

/* Tags text with the given tags and repairs them; compares with want. */
static void
check_spans(enum analyze_ner_lang lang, const char *text, const int *in,
    const int *want, size_t nwant)
{
	const struct analyze_ner_model	*m = analyze_ner_model_builtin();
	struct analyze_ner_tok	*toks;
	int			 tags[32];
	size_t			 n, i;

	n = analyze_ner_tokenize(text, strlen(text), &toks);
	assert_int_equal(n, nwant);
	analyze_ner_tokens_describe(m, lang, text, toks, n);
	memcpy(tags, in, n * sizeof *tags);
	analyze_entity_spans_fix(m, lang, text, toks, n, tags);
	for (i = 0; i < n; i++)
		assert_int_equal(tags[i], want[i]);
	free(toks);
}

#define BP	ANALYZE_NER_B(DOC_ENTITY_PERSON)
#define IP	ANALYZE_NER_I(DOC_ENTITY_PERSON)
#define BL	ANALYZE_NER_B(DOC_ENTITY_PLACE)
#define IL	ANALYZE_NER_I(DOC_ENTITY_PLACE)
#define BO	ANALYZE_NER_B(DOC_ENTITY_ORGANISATION)
#define IO	ANALYZE_NER_I(DOC_ENTITY_ORGANISATION)
#define BX	ANALYZE_NER_B(DOC_ENTITY_OTHER)
#define IX	ANALYZE_NER_I(DOC_ENTITY_OTHER)

static void
test_spans_fix(void **state)
{
	static const int de_in[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	    0, 0 };
	static const int de_want[] = { 0, 0, 0, 0, BL, 0, 0, 0, BL, IL, 0,
	    0, 0, 0, 0 };
	static const int per_in[] = { 0, BP, IP, 0, 0 };
	static const int per_want[] = { 0, BP, BL, 0, 0 };
	static const int org_in[] = { 0, 0, 0, 0, 0, 0, BO, 0, BL, 0 };
	static const int org_want[] = { 0, 0, 0, 0, BO, IO, IO, 0, BL, 0 };
	static const int fn_in[] = { 0, BL, BP, 0 };
	static const int fn_want[] = { 0, BP, IP, 0 };
	static const int en_in[] = { 0, BX, 0, BL, 0, 0, 0 };
	static const int en_want[] = { 0, BX, IX, IX, 0, 0, 0 };

	(void)state;
	check_spans(ANALYZE_NER_DE, "Sie flogen in die Amur-Region und auf "
	    "das Japanische Meer , trotz der UN-Resolutionen .", de_in,
	    de_want, 15);
	check_spans(ANALYZE_NER_DE, "dass Kim Deutschland gew\xC3\xA4hlt hat",
	    per_in, per_want, 5);
	check_spans(ANALYZE_NER_DE, "Er lehrt an der Ewha Womans University "
	    "in Seoul .", org_in, org_want, 10);
	check_spans(ANALYZE_NER_DE, "Pr\xC3\xA4sident Wladimir Putin kam",
	    fn_in, fn_want, 4);
	check_spans(ANALYZE_NER_EN, "the Battle of Hastings was in 1066",
	    en_in, en_want, 7);
}

static void
test_empty(void **state)
{
	struct doc	*doc = doc_create();

	(void)state;
	doc_finish(doc);
	analyze_entities(doc);
	analyze_entities_link_speakers(doc);
	assert_int_equal(doc->nentities, 0);
	analyze_entities(NULL);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokenize),
		cmocka_unit_test(test_cues_umlaut),
		cmocka_unit_test(test_features),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_article_de),
		cmocka_unit_test(test_article_en),
		cmocka_unit_test(test_article_en_misc),
		cmocka_unit_test(test_article_en_titles),
		cmocka_unit_test(test_article_en_acronym),
		cmocka_unit_test(test_lexicon_en),
		cmocka_unit_test(test_lexicon_places),
		cmocka_unit_test(test_head_lexicon),
		cmocka_unit_test(test_spans_fix),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
