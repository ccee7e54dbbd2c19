/*
 * store-writer: a library writer for the kill test, linked with the
 * library like the reader. It opens one article and saves notes on it in
 * a loop, as fast as it can, printing "saved URI" once each is on disk;
 * every tenth note it reopens the article with a paragraph added or
 * removed, so re-anchoring transactions get killed too, and it saves the
 * reading position after each note.
 *
 *	store-writer DIR [COUNT]
 *
 * runs until killed (or COUNT notes). Exits 1 on any store error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "store.h"
#include "util.h"

static const char *const writer_paras[] = {
	"Kim Jong Un ist mit dem Zug nach Russland gereist.",
	"\"Nordkorea will die Gunst der Stunde nutzen\", sagt Leif-Eric "
	"Easley, Professor in Seoul. Es ist deswegen nicht \xc3\xbc"
	"berraschend, dass Kim Russland gew\xc3\xa4hlt hat.",
	"Die Gespr\xc3\xa4" "che dauerten Stunden \xf0\x9f\x98\x80 und "
	"endeten sp\xc3\xa4t in der Nacht.",
	"Beide L\xc3\xa4nder sind an milit\xc3\xa4rischer Zusammenarbeit "
	"interessiert.",
};

/* The article, with an extra first paragraph when shifted. */
static struct doc *
writer_doc(int shifted)
{
	struct doc	*doc = doc_create();
	size_t		 n = sizeof writer_paras / sizeof writer_paras[0];

	doc_meta_set_title(doc, "Kill test");
	doc_meta_set_url(doc, "https://example.org/kill-test");
	if (shifted)
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, "Ein neuer Absatz.",
		    17);
	for (size_t i = 0; i < n; i++)
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, writer_paras[i],
		    strlen(writer_paras[i]));
	doc_finish(doc);
	return doc;
}

static int
writer_fail(char *cause)
{
	fprintf(stderr, "store-writer: %s\n", cause);
	free(cause);
	return 1;
}

static int
writer_note(struct store *store, int64_t id, size_t len, long i)
{
	struct store_annotation	 a;
	char			*cause = NULL;

	memset(&a, 0, sizeof a);
	a.start = (size_t)rand() % (len - 20);
	a.end = a.start + 5 + (size_t)rand() % 15;
	a.note = xasprintf("Notiz %ld von %ld \xf0\x9f\x93\x9d", i,
	    (long)getpid());
	if (store_annotation_add(store, id, &a, &cause) != 0)
		return writer_fail(cause);
	printf("saved %s %zu-%zu\n", a.uri, a.start, a.end);
	fflush(stdout);
	store_annotation_clear(&a);
	if (store_position_save(store, id, (size_t)i, &cause) != 0)
		return writer_fail(cause);
	return 0;
}

int
main(int argc, char **argv)
{
	struct store_open_info	 info;
	struct store		*store;
	struct doc		*doc = NULL;
	char			*cause = NULL;
	long			 count = argc > 2 ? atol(argv[2]) : -1;

	if (argc < 2) {
		fprintf(stderr, "usage: store-writer DIR [COUNT]\n");
		return 2;
	}
	srand((unsigned)getpid());
	if ((store = store_open(argv[1], &cause)) == NULL)
		return writer_fail(cause);
	for (long i = 0; count < 0 || i < count; i++) {
		if (i % 10 == 0) {
			doc_free(doc);
			doc = writer_doc((int)(i / 10 % 2));
			if (store_document_open(store, doc, NULL, 0, &info,
			    &cause) != 0)
				return writer_fail(cause);
		}
		if (writer_note(store, info.id, util_utf8_cp_count(doc->text,
		    doc->text_len), i) != 0)
			return 1;
	}
	doc_free(doc);
	store_close(store);
	return 0;
}
