/*
 * analyze.c: the entry point. For now it finds direct quotes between
 * paired quotation marks in each block and records them with their
 * canonical-text code-point offsets; attribution follows in its own files.
 *
 * Invariant: the document's blocks are finished (doc_finish()), so
 * doc_block_cp_offset() maps block bytes to canonical offsets.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "doc.h"
#include "util.h"

/* The closing mark that pairs with an opening one, or 0. */
static int32_t
analyze_mark_close(int32_t cp)
{
	switch (cp) {
	case 0x201E: /* „ */
		return 0x201C;
	case 0x201C: /* “ */
		return 0x201D;
	case 0x00BB: /* » */
		return 0x00AB;
	case 0x00AB: /* « */
		return 0x00BB;
	case '"':
		return '"';
	}
	return 0;
}

/* Adds every paired-mark quote of block i. */
static void
analyze_block_scan(struct doc *doc, size_t i)
{
	const char	*s = doc->blocks[i].text;
	size_t		 len = doc->blocks[i].text_len, pos = 0, open = 0;
	int32_t		 cp, want = 0;
	int		 n;

	while (pos < len) {
		n = util_utf8_decode(s + pos, len - pos, &cp);
		if (n < 1)
			n = 1, cp = 0;
		if (want != 0 && (cp == want || (want == 0x201C &&
		    cp == 0x201D))) {
			size_t st = doc_block_cp_offset(doc, i, open);
			size_t en = doc_block_cp_offset(doc, i, pos);
			char *t = xstrndup(s + open, pos - open);

			if (pos > open)
				doc_quote_add(doc, DOC_QUOTE_DIRECT, t, st, en);
			free(t);
			want = 0;
		} else if (want == 0 && analyze_mark_close(cp) != 0) {
			want = analyze_mark_close(cp);
			open = pos + (size_t)n;
		}
		pos += (size_t)n;
	}
}

void
analyze_document(struct doc *doc)
{
	size_t	i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nblocks; i++)
		analyze_block_scan(doc, i);
}

size_t
analyze_sentences(const char *text, size_t len, struct analyze_sentence **out)
{
	size_t	 n = 0, start = 0, i;

	*out = NULL;
	for (i = 0; i <= len; i++) {
		if (i < len && !(text[i] == '.' || text[i] == '!' ||
		    text[i] == '?'))
			continue;
		if (i < len && i + 1 < len && text[i + 1] != ' ')
			continue;
		while (start < i && text[start] == ' ')
			start++;
		if (i > start || (i < len && i >= start)) {
			size_t end = i < len ? i + 1 : i;
			if (end > start) {
				*out = xreallocarray(*out, n + 1, sizeof **out);
				(*out)[n].start = start;
				(*out)[n].end = end;
				n++;
			}
		}
		start = i + 1;
	}
	return n;
}
