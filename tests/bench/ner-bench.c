/*
 * ner-bench.c: tokens per second of the entity pass, analyze_entities(),
 * on one core: every .txt under the given directories becomes a document
 * (one paragraph block per blank-line-separated paragraph, as --from plain
 * reads it) and the pass runs over all of them, round after round, until
 * two seconds have gone. Tokens are counted with the tagger's tokenizer.
 *
 *	ner-bench DIR...	prints "ner: N tokens/s (...)"; exits 1 below
 *				the floor of 200,000 tokens/s
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyze.h"
#include "doc.h"
#include "util.h"
#include "../../src/analyze/analyze-ner.h"

#define NER_BENCH_FLOOR	200000.0

static char *
ner_bench_read(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*d;
	long	 n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0) {
		if (f != NULL)
			fclose(f);
		return NULL;
	}
	rewind(f);
	d = xmalloc((size_t)n + 1);
	*len = fread(d, 1, (size_t)n, f);
	d[*len] = '\0';
	fclose(f);
	return d;
}

/* A document of the file's paragraphs; adds its tokens to *ntok. */
static struct doc *
ner_bench_doc(const char *text, size_t len, size_t *ntok)
{
	struct doc		*doc = doc_create();
	struct analyze_ner_tok	*toks;
	const char		*p = text, *e, *end = text + len;

	while (p < end) {
		e = strstr(p, "\n\n");
		if (e == NULL)
			e = end;
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, p, (size_t)(e - p));
		*ntok += analyze_ner_tokenize(p, (size_t)(e - p), &toks);
		free(toks);
		p = e + (e < end ? 2 : 0);
	}
	doc_finish(doc);
	return doc;
}

static double
ner_bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct doc	**docs = NULL;
	struct dirent	 *de;
	DIR		 *dir;
	size_t		  ndocs = 0, ntok = 0, len, i, rounds = 0;
	double		  t0, t;
	char		 *path, *text;
	int		  a;

	for (a = 1; a < argc; a++) {
		if ((dir = opendir(argv[a])) == NULL)
			continue;
		while ((de = readdir(dir)) != NULL) {
			if (strstr(de->d_name, ".txt") == NULL)
				continue;
			path = xasprintf("%s/%s", argv[a], de->d_name);
			if ((text = ner_bench_read(path, &len)) != NULL) {
				docs = xreallocarray(docs, ndocs + 1,
				    sizeof *docs);
				docs[ndocs++] = ner_bench_doc(text, len, &ntok);
			}
			free(text);
			free(path);
		}
		closedir(dir);
	}
	if (ndocs == 0) {
		printf("ner: no documents, skipped\n");
		return 0;
	}
	analyze_entities(docs[0]);	/* loads the model once */
	t0 = ner_bench_now();
	do {
		for (i = 0; i < ndocs; i++) {
			struct doc	*d = docs[i];

			/* Drop the previous round's entities. */
			while (d->nentities > 0) {
				struct doc_entity *e = &d->entities[--d->nentities];
				size_t	k;

				for (k = 0; k < e->nmentions; k++)
					free(e->mentions[k].text);
				free(e->mentions);
				free(e->name);
			}
			analyze_entities(d);
		}
		rounds++;
	} while ((t = ner_bench_now() - t0) < 2.0);
	printf("ner: %.0f tokens/s (%zu documents, %zu tokens, %zu rounds "
	    "in %.2f s)\n", (double)(ntok * rounds) / t, ndocs, ntok, rounds,
	    t);
	for (i = 0; i < ndocs; i++)
		doc_free(docs[i]);
	free(docs);
	return (double)(ntok * rounds) / t >= NER_BENCH_FLOOR ? 0 : 1;
}
