/*
 * import_plain: a text kept as it is. Every run of non-blank lines is one
 * paragraph, its lines joined by spaces (doc_block_append collapses the
 * white space). Nothing is dropped and no metadata is guessed, so the
 * title stays NULL: this is what the NER and quote scorers feed in, and
 * what a reader of a .txt note expects.
 *
 * One pass over the input: linear time whatever its shape.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "doc.h"
#include "import.h"

/* Is s[0..len) only spaces, tabs and carriage returns? */
static int
import_plain_blank(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
		    s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

struct doc *
import_plain(const char *text, size_t len, char **cause)
{
	struct doc	*doc = doc_create();
	char		*fixed = NULL;
	const char	*nl;
	size_t		 i = 0, eol, start = 0;
	int		 in = 0;

	if (!util_utf8_valid(text, len))
		text = fixed = util_utf8_repair(text, len, &len, NULL);
	while (i <= len) {
		nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
		eol = nl != NULL ? (size_t)(nl - text) : len;
		if (import_plain_blank(text + i, eol - i)) {
			if (in)
				doc_block_append(doc, DOC_BLOCK_PARAGRAPH,
				    text + start, i - start);
			in = 0;
		} else if (!in) {
			start = i;
			in = 1;
		}
		i = eol + 1;
	}
	if (in)
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, text + start,
		    len - start);
	free(fixed);
	if (doc->nblocks == 0) {
		doc_free(doc);
		util_cause_set(cause, "no text found");
		return NULL;
	}
	doc_finish(doc);
	return doc;
}
