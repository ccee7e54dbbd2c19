/*
 * Plain text as it is: every blank-line-separated paragraph becomes one
 * paragraph block, its lines joined, nothing judged or dropped. This is
 * what a reader of a .txt note expects and what the scorers feed in, so
 * it must stay free of heuristics.
 */
#include <string.h>

#include "import.h"
#include "util.h"

/* A line holding only white space (ASCII or not: clean decides). */
static int
import_plain_line_blank(const char *line, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r' &&
		    line[i] != '\f' && line[i] != '\v')
			return 0;
	}
	return 1;
}

struct doc *
import_plain(const char *text, size_t len, char **cause)
{
	struct doc	*doc = doc_create();
	size_t		 pos = 0, para = 0;
	int		 in_para = 0;

	while (pos <= len) {
		const char	*nl = memchr(text + pos, '\n', len - pos);
		size_t		 end = nl != NULL ? (size_t)(nl - text) : len;

		if (import_plain_line_blank(text + pos, end - pos)) {
			if (in_para)
				doc_block_append(doc, DOC_BLOCK_PARAGRAPH,
				    text + para, pos - para);
			in_para = 0;
		} else if (!in_para) {
			para = pos;
			in_para = 1;
		}
		pos = end + 1;
	}
	if (in_para)
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, text + para,
		    len - para);
	if (doc->nblocks == 0) {
		doc_free(doc);
		util_cause_set(cause, "no text found");
		return NULL;
	}
	doc_finish(doc);
	return doc;
}
