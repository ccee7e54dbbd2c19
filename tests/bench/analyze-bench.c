/*
 * analyze-bench: what analysis adds to a dump, phase by phase, in process
 * CPU time over many rounds of the same article (default the bundled
 * sample): import + JSON export alone (a dump without analysis), with the
 * entity pass, and with the whole analysis (entities, quotes, links). The
 * quote pass is the difference of the last two. Issue 3 asks that the
 * quote analysis add at most 30% to a dump; both bases are printed.
 *
 * Usage: analyze-bench [FILE] [ROUNDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "analyze.h"
#include "doc.h"
#include "export.h"
#include "import.h"
#include "load.h"

enum bench_stage { BENCH_NONE, BENCH_ENTITIES, BENCH_ALL };

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds per round of import, the given analysis and export. */
static double
bench_run(const struct load_result *in, enum bench_stage stage, int rounds)
{
	double	 start = bench_now();

	for (int i = 0; i < rounds; i++) {
		struct doc	*doc = import_text(in->data, in->len, NULL);
		char		*json;

		if (doc == NULL) {
			fprintf(stderr, "analyze-bench: no article\n");
			exit(1);
		}
		if (stage == BENCH_ENTITIES)
			analyze_entities(doc);
		else if (stage == BENCH_ALL)
			analyze_document(doc);
		json = export_dump_json(doc, "bench");
		free(json);
		doc_free(doc);
	}
	return (bench_now() - start) / rounds;
}

int
main(int argc, char **argv)
{
	const char		*path = argc > 1 ? argv[1] :
	    "docs/samples/dw-russland-nordkorea.txt";
	int			 rounds = argc > 2 ? atoi(argv[2]) : 300;
	struct load_result	 in;
	char			*cause = NULL;
	double			 none, ent, all, quotes;

	if (rounds < 1 || load_source(path, LOAD_DEFAULT_MAX_SIZE, &in,
	    &cause) != 0) {
		fprintf(stderr, "analyze-bench: %s\n", cause != NULL ? cause :
		    "bad round count");
		return 1;
	}
	bench_run(&in, BENCH_ALL, 3);	/* warm tables and caches */
	none = bench_run(&in, BENCH_NONE, rounds);
	ent = bench_run(&in, BENCH_ENTITIES, rounds);
	all = bench_run(&in, BENCH_ALL, rounds);
	quotes = all - ent;
	printf("analyze-bench: %s, %d rounds, CPU ms per dump\n", path,
	    rounds);
	printf("  import + export, no analysis   %8.3f\n", none * 1e3);
	printf("  + entities                      %8.3f\n", ent * 1e3);
	printf("  + entities + quotes (all)       %8.3f\n", all * 1e3);
	printf("  quote pass adds %.3f ms: %.0f%% of a dump with entities, "
	    "%.0f%% of one without analysis\n", quotes * 1e3,
	    100 * quotes / ent, 100 * quotes / none);
	load_result_clear(&in);
	return 0;
}
