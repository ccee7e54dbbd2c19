/*
 * store-bench: how fast the library opens when it is big. Fills a library
 * in a temporary MARGINALIA_HOME with ARTICLES articles (default 1000, a
 * few kilobytes of German text each) and NOTES notes spread over them
 * (default 10000), through the public API, then times what the reader
 * does at start and on Enter:
 *
 *	open     store_open (settings, schema check)
 *	library  store_open + store_document_list (the library screen)
 *	article  store_document_load + store_annotation_list of one article
 *	reopen   store_document_open of an unchanged article (no re-anchor)
 *
 *	store-bench [ARTICLES [NOTES]]
 *
 * Filling runs with synchronous=OFF (what is timed is reading; the
 * fsync per change is the durability test's business).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "doc.h"
#include "store.h"
#include "util.h"
#include "../../src/store/store-int.h"

#define BENCH_RUNS	20

static double
bench_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct doc *
bench_doc(long i)
{
	struct doc	*doc = doc_create();
	char		*s;

	s = xasprintf("Artikel %ld: Kim reist nach Russland", i);
	doc_meta_set_title(doc, s);
	free(s);
	s = xasprintf("https://example.org/artikel/%ld", i);
	doc_meta_set_url(doc, s);
	free(s);
	doc_meta_set_site(doc, "DW");
	for (int p = 0; p < 12; p++) {
		s = xasprintf("Absatz %d von Artikel %ld. \"Nordkorea will die "
		    "Gunst der Stunde nutzen\", sagt Leif-Eric Easley, "
		    "Professor f\xc3\xbcr internationale Studien in Seoul. "
		    "Es ist deswegen nicht \xc3\xbc" "berraschend, dass Kim "
		    "Russland gew\xc3\xa4hlt hat.", p, i);
		doc_block_append(doc, DOC_BLOCK_PARAGRAPH, s, strlen(s));
		free(s);
	}
	doc_finish(doc);
	return doc;
}

static void
bench_fail(char *cause)
{
	fprintf(stderr, "store-bench: %s\n", cause);
	free(cause);
	exit(1);
}

static void
bench_fill(const char *dir, long articles, long notes)
{
	struct store		*store;
	struct store_open_info	 info;
	char			*cause = NULL;
	long			 per = notes / articles, left = notes;

	if ((store = store_open(dir, &cause)) == NULL ||
	    store_sql_exec(store, "PRAGMA synchronous = OFF", &cause) != 0)
		bench_fail(cause);
	for (long i = 0; i < articles; i++) {
		struct doc	*doc = bench_doc(i);

		if (store_document_open(store, doc, NULL, 0, &info,
		    &cause) != 0)
			bench_fail(cause);
		for (long k = 0; k < per + (i < notes % articles) &&
		    left > 0; k++, left--) {
			struct store_annotation	 a;

			memset(&a, 0, sizeof a);
			a.start = (size_t)(k * 37 % 1500);
			a.end = a.start + 30;
			a.note = xasprintf("Notiz %ld", k);
			if (store_annotation_add(store, info.id, &a,
			    &cause) != 0)
				bench_fail(cause);
			store_annotation_clear(&a);
		}
		doc_free(doc);
	}
	store_close(store);
}

/* One timed run of what the reader does at start; 0 or exits. */
static void
bench_library(const char *dir, size_t *ndocs)
{
	struct store		*store;
	struct store_document	*list;
	char			*cause = NULL;

	if ((store = store_open(dir, &cause)) == NULL ||
	    store_document_list(store, &list, ndocs, &cause) != 0)
		bench_fail(cause);
	store_document_list_free(list, *ndocs);
	store_close(store);
}

static void
bench_article(struct store *store, int64_t id, size_t *nnotes)
{
	struct store_annotation	*notes;
	struct doc		*doc;
	char			*cause = NULL;

	if ((doc = store_document_load(store, id, &cause)) == NULL ||
	    store_annotation_list(store, id, &notes, nnotes, &cause) != 0)
		bench_fail(cause);
	store_annotation_list_free(notes, *nnotes);
	doc_free(doc);
}

static void
bench_measure(const char *dir)
{
	struct store		*store;
	struct store_open_info	 info;
	struct doc		*doc = bench_doc(500);
	char			*cause = NULL;
	size_t			 ndocs = 0, nnotes = 0;
	double			 t, open = 0, library = 0, article = 0;
	double			 again = 0;

	for (int r = 0; r < BENCH_RUNS; r++) {
		t = bench_now();
		if ((store = store_open(dir, &cause)) == NULL)
			bench_fail(cause);
		open += bench_now() - t;
		t = bench_now();
		if (store_document_open(store, doc, NULL, STORE_OPEN_KEEP_TIME,
		    &info, &cause) != 0)
			bench_fail(cause);
		again += bench_now() - t;
		t = bench_now();
		bench_article(store, info.id, &nnotes);
		article += bench_now() - t;
		store_close(store);
		t = bench_now();
		bench_library(dir, &ndocs);
		library += bench_now() - t;
	}
	printf("library of %zu articles: open %.2f ms, open + list %.2f ms\n",
	    ndocs, open * 1000 / BENCH_RUNS, library * 1000 / BENCH_RUNS);
	printf("one article (%zu notes): load + notes %.2f ms, reopen "
	    "unchanged %.2f ms\n", nnotes, article * 1000 / BENCH_RUNS,
	    again * 1000 / BENCH_RUNS);
	doc_free(doc);
}

int
main(int argc, char **argv)
{
	char	 dir[] = "/tmp/marginalia-bench-XXXXXX";
	long	 articles = argc > 1 ? atol(argv[1]) : 1000;
	long	 notes = argc > 2 ? atol(argv[2]) : 10000;
	double	 t;
	char	*cmd;

	if (articles < 1 || notes < 0 || mkdtemp(dir) == NULL) {
		fprintf(stderr, "usage: store-bench [ARTICLES [NOTES]]\n");
		return 2;
	}
	t = bench_now();
	bench_fill(dir, articles, notes);
	printf("filled %ld articles, %ld notes in %.1f s\n", articles, notes,
	    bench_now() - t);
	bench_measure(dir);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "store-bench: could not remove %s\n", dir);
	free(cmd);
	return 0;
}
