/*
 * marginalia's command line: parses arguments and wires load → import →
 * analyze → export. The only place besides the view that talks to the
 * user: errors are one line on stderr, "marginalia: …", and exit status 2
 * for anything the input or the arguments caused.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "doc.h"
#include "export.h"
#include "import.h"
#include "load.h"
#include "tui.h"
#include "util.h"

#define MAIN_EXIT_INPUT 2

enum main_format { MAIN_FORMAT_JSON, MAIN_FORMAT_TEXT, MAIN_FORMAT_MD };
enum main_from { MAIN_FROM_SNIFF, MAIN_FROM_TEXT, MAIN_FROM_HTML,
    MAIN_FROM_PLAIN, MAIN_FROM_FEED };

struct main_options {
	enum main_format	 format;
	enum main_from		 from;
	size_t			 max_size;
	const char		*source;
	int			 reader;	/* a FILE on a terminal */
	int			 refresh;	/* --refresh: fetch again */
	int			 format_given;	/* --format on the line */
};

static const char main_usage_text[] =
"usage: marginalia [--refresh] [FILE|URL|-]\n"
"       marginalia dump [--from text|html|plain|feed]\n"
"                       [--format json|text|md] [--max-size BYTES] SOURCE\n"
"       marginalia feed [--format text|json] [--max-size BYTES] URL|FILE\n"
"       marginalia feed add|remove URL\n"
"       marginalia feeds [import FILE.opml | export [-o FILE] [--force]]\n"
"       marginalia notes [SOURCE]\n"
"       marginalia export --format md|json|w3c [--quotes] [-o FILE] [--force]\n"
"                         [SOURCE]\n"
"       marginalia import FILE\n"
"       marginalia note add SOURCE --quote TEXT [--note TEXT] [--tag TAG]...\n"
"                           [--colour NAME]\n"
"       marginalia --help | --version\n"
"\n"
"Reads a news article (a saved web page, a text dump of one, or plain\n"
"text) and shows it as a clean document: title, byline, sections,\n"
"captions, quotes and who said them, people, places and organisations.\n"
"\n"
"commands:\n"
"  (none)         the library: saved articles, newest first, with notes\n"
"  FILE           read the article in the terminal reader (press ? there\n"
"                 for keys); printed as text when not on a terminal\n"
"  URL            fetch an http(s) page and read it like a FILE; once\n"
"                 saved it opens from the library, also offline\n"
"  dump SOURCE    print the document model; SOURCE is a path, an http(s)\n"
"                 URL or - (stdin)\n"
"  feed SOURCE    an RSS or Atom feed: the feed screen on a terminal\n"
"                 (Enter reads an item), else its items, numbered\n"
"  feed add URL   subscribe to a feed; feed remove URL unsubscribes\n"
"  feeds          list the subscriptions; feeds import FILE.opml and\n"
"                 feeds export [-o FILE] move them between readers\n"
"  notes          list saved notes (all, or one article's)\n"
"  export         write notes as Markdown, JSON or W3C Web Annotations\n"
"  import FILE    take a W3C Web Annotation export back\n"
"  note add       save a note on the first passage matching --quote\n"
"\n"
"reader options:\n"
"  --refresh      fetch a URL again even when the library has it, and\n"
"                 re-anchor its notes to the new text\n"
"\n"
"dump options:\n"
"  --from KIND    text: a text dump of a web page (boilerplate removed);\n"
"                 plain: every paragraph kept; html: a web page;\n"
"                 feed: an RSS or Atom feed (docs/feeds.md).\n"
"                 Default: guessed from the content.\n"
"  --format FMT   json (the dump JSON, version 1), text or md. Default json.\n"
"  --max-size N   refuse sources over N bytes (suffixes K, M, G);\n"
"                 default 64M.\n"
"\n"
"Notes live in $MARGINALIA_HOME, else $XDG_DATA_HOME/marginalia, else\n"
"~/.local/share/marginalia.\n"
"\n"
"Exit status: 0 on success, 2 for bad arguments or input.\n";

static int main_usage_error(const char *fmt, ...) UTIL_PRINTF(1, 2);

static int
main_usage_error(const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "marginalia: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (try 'marginalia --help')\n");
	return MAIN_EXIT_INPUT;
}

/* "64M" and friends; -1 when it is not a size. */
static int
main_size_parse(const char *s, size_t *out)
{
	char			*end;
	unsigned long long	 n, mult = 1;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	if (*end == 'K' || *end == 'k')
		mult = 1024ULL;
	else if (*end == 'M' || *end == 'm')
		mult = 1024ULL * 1024;
	else if (*end == 'G' || *end == 'g')
		mult = 1024ULL * 1024 * 1024;
	else if (*end != '\0')
		return -1;
	if (mult != 1 && end[1] != '\0')
		return -1;
	if (n == 0 || n > SIZE_MAX / mult)
		return -1;
	*out = (size_t)(n * mult);
	return 0;
}

static int
main_option_value(const char *name, const char *value,
    struct main_options *opts)
{
	if (strcmp(name, "--format") == 0) {
		opts->format_given = 1;
		if (strcmp(value, "json") == 0)
			opts->format = MAIN_FORMAT_JSON;
		else if (strcmp(value, "text") == 0)
			opts->format = MAIN_FORMAT_TEXT;
		else if (strcmp(value, "md") == 0)
			opts->format = MAIN_FORMAT_MD;
		else
			return main_usage_error("unknown format '%s'", value);
	} else if (strcmp(name, "--from") == 0) {
		if (strcmp(value, "text") == 0)
			opts->from = MAIN_FROM_TEXT;
		else if (strcmp(value, "html") == 0)
			opts->from = MAIN_FROM_HTML;
		else if (strcmp(value, "plain") == 0)
			opts->from = MAIN_FROM_PLAIN;
		else if (strcmp(value, "feed") == 0)
			opts->from = MAIN_FROM_FEED;
		else
			return main_usage_error("unknown source kind '%s'",
			    value);
	} else if (main_size_parse(value, &opts->max_size) != 0)
		return main_usage_error("bad --max-size '%s'", value);
	return 0;
}

/* Parses the dump arguments; 0, or the exit status to stop with. */
static int
main_options_parse(int argc, char **argv, struct main_options *opts)
{
	static const char *takes_value[] = { "--format", "--from",
	    "--max-size" };
	int	 i, rc, only_operands = 0;

	for (i = 0; i < argc; i++) {
		const char	*arg = argv[i], *value = NULL;
		char		 name[16];
		size_t		 k, n;

		if (only_operands || arg[0] != '-' || strcmp(arg, "-") == 0) {
			if (opts->source != NULL)
				return main_usage_error("unexpected argument "
				    "'%s'", arg);
			opts->source = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			only_operands = 1;
			continue;
		}
		if (strcmp(arg, "--refresh") == 0) {
			opts->refresh = 1;
			continue;
		}
		n = strcspn(arg, "=");
		for (k = 0; k < 3; k++) {
			if (strlen(takes_value[k]) == n &&
			    strncmp(arg, takes_value[k], n) == 0)
				break;
		}
		if (k == 3)
			return main_usage_error("unknown option '%s'", arg);
		snprintf(name, sizeof name, "%s", takes_value[k]);
		if (arg[n] == '=')
			value = arg + n + 1;
		else if (i + 1 < argc)
			value = argv[++i];
		else
			return main_usage_error("%s needs a value", name);
		if ((rc = main_option_value(name, value, opts)) != 0)
			return rc;
	}
	if (opts->source == NULL)
		return main_usage_error("%s", "no SOURCE given");
	return 0;
}

static struct doc *
main_import(const struct main_options *opts, const struct load_result *in,
    char **cause)
{
	enum main_from	 from = opts->from;

	if (from == MAIN_FROM_SNIFF)
		from = in->kind == LOAD_KIND_HTML ? MAIN_FROM_HTML :
		    MAIN_FROM_TEXT;
	switch (from) {
	case MAIN_FROM_HTML:
		return import_html(in->data, in->len, cause);
	case MAIN_FROM_PLAIN:
		return import_plain(in->data, in->len, cause);
	case MAIN_FROM_TEXT:
	case MAIN_FROM_SNIFF:
	case MAIN_FROM_FEED:
		break;
	}
	return import_text(in->data, in->len, cause);
}

static int
main_write(const char *out)
{
	size_t	 len = strlen(out);

	if (fwrite(out, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "marginalia: writing output: %s\n",
		    strerror(errno));
		return MAIN_EXIT_INPUT;
	}
	return 0;
}

static void main_net_options(const struct main_options *opts,
    struct load_net_options *net);

/* load_source, or load_url with main_net_options for a URL. */
static int
main_load(const struct main_options *opts, struct load_result *in,
    char **cause)
{
	struct load_net_options	 net;

	if (!load_url_is(opts->source))
		return load_source(opts->source, opts->max_size, in, cause);
	main_net_options(opts, &net);
	return load_url(opts->source, &net, in, cause);
}

/* A feed's items as JSON or a numbered list; its URL resolves links. */
static int
main_feed(const struct main_options *opts, struct load_result *in)
{
	struct import_feed	*feed;
	char			*cause = NULL, *out;
	int			 rc;

	feed = import_feed(in->data, in->len, in->url, &cause);
	load_result_clear(in);
	if (feed == NULL) {
		fprintf(stderr, "marginalia: %s: %s\n", opts->source, cause);
		free(cause);
		return MAIN_EXIT_INPUT;
	}
	if (opts->format == MAIN_FORMAT_JSON)
		out = import_feed_json(feed, opts->source);
	else
		out = import_feed_text(feed);
	import_feed_free(feed);
	rc = main_write(out);
	free(out);
	return rc;
}

/* MARGINALIA_TIMEOUT (seconds) bounds a fetch: the tests' slow server. */
static void
main_net_options(const struct main_options *opts,
    struct load_net_options *net)
{
	const char	*timeout = getenv("MARGINALIA_TIMEOUT");

	memset(net, 0, sizeof *net);
	net->max_size = opts->max_size;
	if (timeout != NULL)
		net->timeout = strtol(timeout, NULL, 10);
}

/* The terminal's screens: a URL fetched (or found in the library) and
 * read, or a feed's items. */
static int
main_screen(const struct main_options *opts)
{
	struct load_net_options	 net;
	char			*cause = NULL;
	int			 rc;

	main_net_options(opts, &net);
	if (opts->from == MAIN_FROM_FEED)
		rc = tui_feed_run(opts->source, &net, &cause);
	else
		rc = tui_url_run(opts->source, &net, opts->refresh, &cause);
	if (rc == 0)
		return 0;
	fprintf(stderr, "marginalia: %s\n", cause);
	free(cause);
	return MAIN_EXIT_INPUT;
}

static int
main_dump(const struct main_options *opts)
{
	struct load_result	 in;
	struct doc		*doc;
	char			*cause = NULL, *out;
	int			 rc;

	if (opts->reader && (opts->from == MAIN_FROM_FEED ||
	    load_url_is(opts->source)))
		return main_screen(opts);
	if (main_load(opts, &in, &cause) != 0) {
		fprintf(stderr, "marginalia: %s\n", cause);
		free(cause);
		return MAIN_EXIT_INPUT;
	}
	if (in.invalid > 0)
		fprintf(stderr, "marginalia: warning: %zu invalid UTF-8 "
		    "sequence%s replaced\n", in.invalid,
		    in.invalid == 1 ? "" : "s");
	if (opts->from == MAIN_FROM_FEED)
		return main_feed(opts, &in);
	doc = main_import(opts, &in, &cause);
	/* The final URL is the identity when the page names none. */
	if (doc != NULL && in.url != NULL && doc->meta.url == NULL)
		doc_meta_set_url(doc, in.url);
	load_result_clear(&in);
	if (doc == NULL) {
		fprintf(stderr, "marginalia: %s: %s\n", opts->source, cause);
		free(cause);
		return MAIN_EXIT_INPUT;
	}
	analyze_document(doc);
	if (opts->reader) {
		rc = tui_run(doc, opts->source, &cause) == 0 ? 0 :
		    MAIN_EXIT_INPUT;
		if (rc != 0)
			fprintf(stderr, "marginalia: %s\n", cause);
		free(cause);
		doc_free(doc);
		return rc;
	}
	if (opts->format == MAIN_FORMAT_JSON)
		out = export_dump_json(doc, opts->source);
	else if (opts->format == MAIN_FORMAT_MD)
		out = export_dump_md(doc);
	else
		out = export_dump_text(doc);
	doc_free(doc);
	rc = main_write(out);
	free(out);
	return rc;
}

static int
main_is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

int
main(int argc, char **argv)
{
	struct main_options	 opts = {
		.format = MAIN_FORMAT_JSON,
		.from = MAIN_FROM_SNIFF,
		.max_size = LOAD_DEFAULT_MAX_SIZE,
	};
	int			 rc, dump;

	if (argc < 2 && !(isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)))
		return main_usage_error("%s", "no FILE given (the library "
		    "screen needs a terminal; `marginalia notes` lists notes)");
	if (argc < 2) {
		char	*cause = NULL;

		if (tui_library_run(&cause) == 0)
			return 0;
		fprintf(stderr, "marginalia: %s\n", cause);
		free(cause);
		return MAIN_EXIT_INPUT;
	}
	for (int i = 1; i < argc; i++) {
		if (main_is_help(argv[i])) {
			fputs(main_usage_text, stdout);
			return 0;
		}
		if (strcmp(argv[i], "--") == 0)
			break;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("marginalia %s\n", MARGINALIA_VERSION);
		return 0;
	}
	if (strcmp(argv[1], "notes") == 0)
		return export_cli_notes(argc - 1, argv + 1);
	if (strcmp(argv[1], "export") == 0)
		return export_cli_export(argc - 1, argv + 1);
	if (strcmp(argv[1], "import") == 0)
		return export_cli_import(argc - 1, argv + 1);
	if (strcmp(argv[1], "note") == 0)
		return export_cli_note(argc - 1, argv + 1);
	if (strcmp(argv[1], "feeds") == 0)
		return export_cli_feeds(argc - 1, argv + 1);
	if (strcmp(argv[1], "feed") == 0 && argc > 2 &&
	    (strcmp(argv[2], "add") == 0 || strcmp(argv[2], "remove") == 0))
		return export_cli_feed(argc - 1, argv + 1);
	dump = strcmp(argv[1], "dump") == 0 || strcmp(argv[1], "feed") == 0;
	if (strcmp(argv[1], "feed") == 0)
		opts.from = MAIN_FROM_FEED;
	if (!dump || opts.from == MAIN_FROM_FEED)
		opts.format = MAIN_FORMAT_TEXT;
	opts.reader = (!dump || opts.from == MAIN_FROM_FEED) &&
	    isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	rc = main_options_parse(argc - 1 - dump, argv + 1 + dump, &opts);
	if (rc != 0)
		return rc;
	/* A feed with --format is printed even on a terminal. */
	if (opts.from == MAIN_FROM_FEED && opts.format_given)
		opts.reader = 0;
	return main_dump(&opts);
}
