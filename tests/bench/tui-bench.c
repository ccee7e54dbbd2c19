/*
 * tui-bench: how fast the reader paints, measured headless. The reader's
 * real screen code runs on a pseudo-terminal (newterm on a pty whose
 * output is drained), so a frame costs what it costs in a terminal:
 *
 *	first paint of a file (load, import, analyze, then the view),
 *	first paint of a 2 MB article and of a 100,000-word one,
 *	a keypress on the 100,000-word article (key, layout, draw),
 *
 * each also as "view only" (canvas, no curses). Usage:
 *	tui-bench FILE
 * Prints one line per figure with the gate it should meet; exits 1 when
 * a gate is missed.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "analyze.h"
#include "doc.h"
#include "import.h"
#include "load.h"
#include "util.h"
#include "tui-int.h"

#define BENCH_W	120
#define BENCH_H	40

struct bench_pty {
	int	 master;
	FILE	*in, *out;
};

static int bench_missed;

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
bench_pty_open(struct bench_pty *p)
{
	struct winsize	ws = { BENCH_H, BENCH_W, 0, 0 };
	int		slave;

	if ((p->master = posix_openpt(O_RDWR | O_NOCTTY)) < 0 ||
	    grantpt(p->master) != 0 || unlockpt(p->master) != 0 ||
	    (slave = open(ptsname(p->master), O_RDWR | O_NOCTTY)) < 0)
		fatal("bench: no pseudo-terminal");
	ioctl(slave, TIOCSWINSZ, &ws);
	fcntl(p->master, F_SETFL, O_NONBLOCK);
	p->in = fdopen(slave, "r");
	p->out = fdopen(dup(slave), "w");
}

/* Throws away what the screen wrote, so the pty never fills up. */
static void
bench_pty_drain(struct bench_pty *p)
{
	char	buf[65536];

	while (read(p->master, buf, sizeof buf) > 0)
		;
}

static void
bench_report(const char *what, double ms, double gate)
{
	printf("%-48s %9.3f ms", what, ms);
	if (gate > 0) {
		printf("   (gate < %g ms: %s)", gate, ms < gate ? "ok" :
		    "MISSED");
		bench_missed |= ms >= gate;
	}
	printf("\n");
}

/* One frame on the screen: state to canvas to terminal. */
static void
bench_frame(struct tui *t, struct tui_canvas *c, struct tui_screen *s,
    struct bench_pty *p)
{
	tui_render(t, c);
	if (s != NULL) {
		tui_screen_draw(s, c, &t->config);
		bench_pty_drain(p);
	}
}

/* First paint of doc: the view built, laid out and drawn once. */
static double
bench_first_paint(struct doc *doc, struct tui_screen *s, struct bench_pty *p)
{
	struct tui_canvas	 c;
	struct tui		*t;
	double			 t0 = bench_now(), ms;

	tui_canvas_init(&c);
	t = tui_create(doc, "bench");
	tui_resize(t, BENCH_W, BENCH_H);
	bench_frame(t, &c, s, p);
	ms = bench_now() - t0;
	tui_free(t);
	tui_canvas_clear(&c);
	return ms;
}

static const char *bench_words[] = {
	"Russland", "und", "Nordkorea", "suchen", "den", "Schulterschluss",
	"Präsident", "Putin", "traf", "Machthaber", "Kim", "im", "Kosmodrom",
	"Wostotschny", "während", "Experten", "zweifeln", "an", "einer",
	"echten", "Allianz", "über", "Waffenlieferungen", "für", "Ukraine",
	"日本", "café", "Straße", "Größe", "ÄÖÜ",
};

/* A synthetic article of about `words` words with headings, quotes and
 * entity mentions, built the way the importer and analysis would. */
static struct doc *
bench_doc(size_t words)
{
	struct doc		*d = doc_create();
	struct doc_entity	*e;
	struct util_buf		 b;
	size_t			 n = 0, para = 0, i, k;
	unsigned		 seed = 7;

	doc_meta_set_title(d, "Synthetic article for the reader bench");
	util_buf_init(&b);
	while (n < words) {
		if (para % 12 == 0) {
			char	*h = xasprintf("Section %zu", para / 12 + 1);

			doc_block_append(d, DOC_BLOCK_HEADING, h, strlen(h));
			free(h);
		}
		b.len = 0;
		for (k = 0; k < 120; k++, n++) {
			seed = seed * 1103515245 + 12345;
			util_buf_add_str(&b, bench_words[(seed >> 16) % 30]);
			util_buf_add_str(&b, k % 15 == 14 ? ". " : " ");
		}
		doc_block_append(d, DOC_BLOCK_PARAGRAPH, b.data, b.len);
		para++;
	}
	util_buf_clear(&b);
	doc_finish(d);
	e = doc_entity_add(d, "Wladimir Putin", DOC_ENTITY_PERSON);
	for (i = 0; i < d->nblocks; i++) {
		const struct doc_block	*blk = &d->blocks[i];

		if (blk->end - blk->start < 60)
			continue;
		doc_entity_add_mention(e, blk->start + 10, blk->start + 15,
		    "Putin");
		doc_quote_add(d, DOC_QUOTE_DIRECT, "quote", blk->start + 20,
		    blk->start + 50);
	}
	return d;
}

/* A file through the whole pipeline, then its first paint. */
static void
bench_file(const char *path, struct tui_screen *s, struct bench_pty *p)
{
	struct load_result	 in;
	struct doc		*doc;
	char			*cause = NULL;
	double			 t0 = bench_now(), view;

	if (load_source(path, LOAD_DEFAULT_MAX_SIZE, &in, &cause) != 0)
		fatal("bench: %s", cause);
	doc = import_text(in.data, in.len, &cause);
	load_result_clear(&in);
	if (doc == NULL)
		fatal("bench: %s: %s", path, cause);
	analyze_document(doc);
	view = bench_first_paint(doc, s, p);
	bench_report("sample: load+import+analyze+first paint",
	    bench_now() - t0, 0);
	bench_report("sample: first paint (view, pty)", view, 30);
	doc_free(doc);
}

static void
bench_keys(struct doc *doc, struct tui_screen *s, struct bench_pty *p)
{
	static const int	 keys[] = { 'j', ' ', ')', '}', '>', 'e', 'k',
	    'b', '(', ']', '<', 'E', '{', '[' };
	struct tui_canvas	 c;
	struct tui		*t = tui_create(doc, "bench");
	double			 t0, ms, total = 0, worst = 0;
	int			 i, n = 2000;

	tui_canvas_init(&c);
	tui_resize(t, BENCH_W, BENCH_H);
	bench_frame(t, &c, s, p);
	for (i = 0; i < n; i++) {
		t0 = bench_now();
		tui_key(t, keys[i % 14]);
		bench_frame(t, &c, s, p);
		ms = bench_now() - t0;
		total += ms;
		worst = ms > worst ? ms : worst;
	}
	bench_report("100k words: keypress redraw, mean (pty)", total / n, 2);
	bench_report("100k words: keypress redraw, worst (pty)", worst, 0);
	tui_free(t);
	tui_canvas_clear(&c);
}

int
main(int argc, char **argv)
{
	struct bench_pty	 p;
	struct tui_screen	*s;
	struct doc		*big, *words;
	char			*cause = NULL;

	if (argc != 2) {
		fprintf(stderr, "usage: tui-bench FILE\n");
		return 2;
	}
	setlocale(LC_CTYPE, "C.UTF-8");
	bench_pty_open(&p);
	if ((s = tui_screen_open(p.in, p.out, "xterm-256color", &cause)) ==
	    NULL)
		fatal("bench: %s", cause);
	bench_file(argv[1], s, &p);
	big = bench_doc(2 * 1024 * 1024 / 8);
	printf("(2 MB article: %zu bytes of text, %zu blocks)\n",
	    big->text_len, big->nblocks);
	bench_report("2 MB: first paint (view only)",
	    bench_first_paint(big, NULL, &p), 0);
	bench_report("2 MB: first paint (view, pty)",
	    bench_first_paint(big, s, &p), 150);
	doc_free(big);
	words = bench_doc(100000);
	bench_report("100k words: first paint (view, pty)",
	    bench_first_paint(words, s, &p), 0);
	bench_keys(words, s, &p);
	doc_free(words);
	tui_screen_close(s);
	return bench_missed;
}
