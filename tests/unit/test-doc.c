/* The document model: building, cleaning, sections, canonical text and
 * offsets, entities and quotes, and freeing (leaks show under ASan). */
#include "test-helpers.h"

#include "doc.h"

static struct doc *
test_doc_three_sections(void)
{
	struct doc	*doc = doc_create();
	const char	*texts[] = { "Lead one.", "Heading A", "Body ä.",
	    "Heading B", "Last." };
	enum doc_block_kind kinds[] = { DOC_BLOCK_PARAGRAPH,
	    DOC_BLOCK_HEADING, DOC_BLOCK_PARAGRAPH, DOC_BLOCK_HEADING,
	    DOC_BLOCK_PARAGRAPH };

	for (size_t i = 0; i < 5; i++)
		assert_non_null(doc_block_append(doc, kinds[i], texts[i],
		    strlen(texts[i])));
	doc_finish(doc);
	return doc;
}

static void
test_doc_block_text_is_cleaned(void **state)
{
	struct doc		*doc = doc_create();
	struct doc_block	*b;
	const char		 raw[] = "  Zwei\n Zeilen\x1b[31m rot\t\xc2\xa0"
	    "e\xcc\x81  ";

	(void)state;
	b = doc_block_append(doc, DOC_BLOCK_PARAGRAPH, raw, strlen(raw));
	assert_non_null(b);
	assert_string_equal(b->text, "Zwei Zeilen rot \xc3\xa9");
	assert_int_equal(b->text_len, strlen("Zwei Zeilen rot \xc3\xa9"));
	assert_null(doc_block_append(doc, DOC_BLOCK_PARAGRAPH, " \n\t ", 4));
	assert_int_equal(doc->nblocks, 1);
	doc_free(doc);
}

static void
test_doc_sections_from_headings(void **state)
{
	struct doc	*doc = test_doc_three_sections();

	(void)state;
	assert_int_equal(doc->nsections, 3);
	assert_null(doc->sections[0].title);
	assert_int_equal(doc->sections[0].first_block, 0);
	assert_int_equal(doc->sections[0].last_block, 0);
	assert_string_equal(doc->sections[1].title, "Heading A");
	assert_int_equal(doc->sections[1].first_block, 1);
	assert_int_equal(doc->sections[1].last_block, 2);
	assert_string_equal(doc->sections[2].title, "Heading B");
	assert_int_equal(doc->sections[2].last_block, 4);
	assert_int_equal(doc->blocks[2].section, 1);
	assert_int_equal(doc->blocks[4].section, 2);
	assert_int_equal(doc->blocks[1].level, 2);
	doc_free(doc);
}

static void
test_doc_no_lead_starts_at_first_heading(void **state)
{
	struct doc	*doc = doc_create();

	(void)state;
	doc_block_append(doc, DOC_BLOCK_HEADING, "H", 1);
	doc_block_append(doc, DOC_BLOCK_PARAGRAPH, "P", 1);
	doc_finish(doc);
	assert_int_equal(doc->nsections, 1);
	assert_string_equal(doc->sections[0].title, "H");
	assert_int_equal(doc->blocks[1].section, 0);
	doc_free(doc);
}

static void
test_doc_canonical_text_and_offsets(void **state)
{
	struct doc	*doc = test_doc_three_sections();
	const char	*want = "Lead one.\n\nHeading A\n\nBody \xc3\xa4.\n\n"
	    "Heading B\n\nLast.";

	(void)state;
	assert_string_equal(doc->text, want);
	assert_int_equal(doc->text_len, strlen(want));
	/* "Lead one." is 9 code points, then "\n\n". */
	assert_int_equal(doc->blocks[0].start, 0);
	assert_int_equal(doc->blocks[0].end, 9);
	assert_int_equal(doc->blocks[1].start, 11);
	assert_int_equal(doc->blocks[2].start, 22);
	/* "Body ä." is 7 code points though 8 bytes. */
	assert_int_equal(doc->blocks[2].end, 29);
	assert_int_equal(doc->blocks[3].start, 31);
	/* Byte 7 of "Body ä." (the '.') is code point 6 of the block. */
	assert_int_equal(doc_block_cp_offset(doc, 2, 7), 28);
	doc_finish(doc);
	assert_int_equal(doc->nsections, 3);
	doc_free(doc);
}

static void
test_doc_meta_setters(void **state)
{
	struct doc	*doc = doc_create();

	(void)state;
	doc_meta_set_title(doc, "  A  title ");
	doc_meta_add_kicker(doc, "Politik");
	doc_meta_add_kicker(doc, "   ");
	doc_meta_add_kicker(doc, "Asien");
	doc_meta_add_author(doc, "Julian Ryall");
	doc_meta_set_published(doc, "2023-09-13");
	doc_meta_set_location(doc, "Tokio");
	doc_meta_set_location(doc, NULL);
	assert_string_equal(doc->meta.title, "A title");
	assert_int_equal(doc->meta.nkicker, 2);
	assert_string_equal(doc->meta.kicker[1], "Asien");
	assert_int_equal(doc->meta.nauthors, 1);
	assert_string_equal(doc->meta.published, "2023-09-13");
	assert_null(doc->meta.location);
	doc_free(doc);
}

static void
test_doc_caption_media_spans(void **state)
{
	struct doc		*doc = doc_create();
	struct doc_block	*b;

	(void)state;
	b = doc_block_append(doc, DOC_BLOCK_CAPTION, "A cat", 5);
	doc_block_set_credit(b, "Photo: X");
	b = doc_block_append(doc, DOC_BLOCK_MEDIA, "Clip", 4);
	doc_block_set_duration(b, "01:51");
	doc_block_add_span(b, DOC_SPAN_LINK, 0, 4, "https://e.x/", -1);
	doc_finish(doc);
	assert_string_equal(doc->blocks[0].credit, "Photo: X");
	assert_string_equal(doc->blocks[1].duration, "01:51");
	assert_int_equal(doc->blocks[1].nspans, 1);
	assert_string_equal(doc->blocks[1].spans[0].target, "https://e.x/");
	assert_string_equal(doc_block_kind_name(DOC_BLOCK_MEDIA), "media");
	assert_string_equal(doc_block_kind_name(DOC_BLOCK_LIST_ITEM),
	    "list-item");
	doc_free(doc);
}

static void
test_doc_entities_and_quotes(void **state)
{
	struct doc		*doc = doc_create();
	struct doc_entity	*e;
	struct doc_quote	*q;

	(void)state;
	e = doc_entity_add(doc, "Wladimir Putin", DOC_ENTITY_PERSON);
	doc_entity_add_mention(e, 3, 8, "Putin");
	e = doc_entity_add(doc, "Tokio", DOC_ENTITY_PLACE);
	q = doc_quote_add(doc, DOC_QUOTE_DIRECT, "Ja", 10, 12);
	doc_quote_set_speaker(q, "Putin", 0);
	doc_quote_set_role(q, "Präsident");
	doc_quote_set_cue(q, "sagte");
	q = doc_quote_add(doc, DOC_QUOTE_INDIRECT, "Nein", 20, 24);
	assert_int_equal(doc->nentities, 2);
	assert_int_equal(doc->entities[1].id, 1);
	assert_int_equal(doc->entities[0].nmentions, 1);
	assert_string_equal(doc->entities[0].mentions[0].text, "Putin");
	assert_int_equal(doc->nquotes, 2);
	assert_int_equal(doc->quotes[0].speaker_entity, 0);
	assert_string_equal(doc->quotes[0].cue, "sagte");
	assert_int_equal(doc->quotes[1].id, 1);
	assert_int_equal(doc->quotes[1].speaker_entity, -1);
	assert_null(doc->quotes[1].speaker);
	assert_string_equal(doc_quote_kind_name(doc->quotes[1].kind),
	    "indirect");
	assert_string_equal(doc_entity_type_name(DOC_ENTITY_PLACE), "place");
	doc_free(doc);
}

static void
test_doc_empty_and_null(void **state)
{
	struct doc	*doc = doc_create();

	(void)state;
	doc_finish(doc);
	assert_int_equal(doc->nsections, 0);
	assert_string_equal(doc->text, "");
	doc_free(doc);
	doc_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc_block_text_is_cleaned),
		cmocka_unit_test(test_doc_sections_from_headings),
		cmocka_unit_test(test_doc_no_lead_starts_at_first_heading),
		cmocka_unit_test(test_doc_canonical_text_and_offsets),
		cmocka_unit_test(test_doc_meta_setters),
		cmocka_unit_test(test_doc_caption_media_spans),
		cmocka_unit_test(test_doc_entities_and_quotes),
		cmocka_unit_test(test_doc_empty_and_null),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
