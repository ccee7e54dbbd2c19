/*
 * feed-screen-bench: the time to open a feed in the feed screen, from the
 * file to the first frame: load, import_feed, the read and noted marks of
 * every item from a library (half the items marked read first), and the
 * first paint on a 120×40 canvas (no curses: the terminal's share is the
 * same as any frame's, see tui-bench). Usage:
 *	feed-screen-bench FEED [RUNS]
 * with MARGINALIA_HOME set to a scratch directory. Prints the median and
 * the best time; exits 1 above 200 ms.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "import.h"
#include "load.h"
#include "store.h"
#include "util.h"
#include "tui-int.h"

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
bench_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* One open: file to first frame; the number of items. */
static size_t
bench_open(const char *path, struct store *store, double *ms)
{
	struct load_result	 in;
	struct import_feed	*feed;
	struct tui		 t;
	struct tui_canvas	 c;
	char			*cause = NULL;
	double			 t0 = bench_now();
	size_t			 n;

	if (load_source(path, IMPORT_FEED_MAX_SIZE, &in, &cause) != 0 ||
	    (feed = import_feed(in.data, in.len, NULL, &cause)) == NULL) {
		fprintf(stderr, "feed-screen-bench: %s\n", cause);
		exit(2);
	}
	load_result_clear(&in);
	n = feed->nitems;
	memset(&t, 0, sizeof t);
	t.w = 120;
	t.h = 40;
	t.feed = tui_pane_feed_create(&t, store, path, feed);
	tui_canvas_init(&c);
	tui_feed_render(&t, &c);
	*ms = bench_now() - t0;
	tui_canvas_clear(&c);
	tui_pane_free(t.feed);
	return n;
}

/* Marks every other item read, as a reader halfway through would. */
static void
bench_mark_half(const char *path, struct store *store)
{
	struct load_result	 in;
	struct import_feed	*feed;

	if (load_source(path, IMPORT_FEED_MAX_SIZE, &in, NULL) != 0 ||
	    (feed = import_feed(in.data, in.len, NULL, NULL)) == NULL)
		exit(2);
	load_result_clear(&in);
	for (size_t i = 0; i < feed->nitems; i += 2)
		store_feed_read_set(store, path, feed->items[i].guid, NULL);
	import_feed_free(feed);
}

int
main(int argc, char **argv)
{
	struct store	*store;
	char		*cause = NULL;
	int		 runs = argc > 2 ? atoi(argv[2]) : 15;
	double		*ms;
	size_t		 n = 0;
	int		 rc;

	if (argc < 2 || runs < 1) {
		fprintf(stderr, "usage: feed-screen-bench FEED [RUNS]\n");
		return 2;
	}
	if ((store = store_open(NULL, &cause)) == NULL) {
		fprintf(stderr, "feed-screen-bench: %s\n", cause);
		return 2;
	}
	bench_mark_half(argv[1], store);
	ms = xcalloc((size_t)runs, sizeof *ms);
	for (int i = 0; i < runs; i++)
		n = bench_open(argv[1], store, &ms[i]);
	qsort(ms, (size_t)runs, sizeof *ms, bench_cmp);
	printf("feed-screen-bench: %zu-item feed to the first frame of the "
	    "feed screen: median %.2f ms, best %.2f ms over %d runs "
	    "(gate 200 ms)\n", n, ms[runs / 2], ms[0], runs);
	store_close(store);
	rc = ms[runs / 2] > 200 ? 1 : 0;
	free(ms);
	return rc;
}
