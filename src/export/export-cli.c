/*
 * The note commands of the command line: notes, export, import and
 * note add. main.c hands each its arguments (argv[0] is the command) and
 * returns what it returns: 0, or 2 after one "marginalia: …" line on
 * standard error. Like main.c, this file talks to the user; the rest of
 * the export module does not.
 *
 * A SOURCE names a document in the library: a file that can be read is
 * loaded and imported exactly as the reader does (so its identity and
 * canonical text are the reader's, and opening it here re-anchors its
 * notes just as opening it there would), anything else is looked up by
 * identity, URL or saved path.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyze.h"
#include "doc.h"
#include "export.h"
#include "import.h"
#include "load.h"
#include "store.h"
#include "util.h"
#include "export-notes-cli.h"

static const char *const export_cli_valued[] = {
	"--format", "-o", "--output", "--quote", "--note", "--tag",
	"--colour", "--color",
};

int
export_cli_fail(const char *fmt, ...)
{
	va_list	 ap;

	fflush(stdout);
	fputs("marginalia: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXPORT_CLI_EXIT;
}

/* Prints cause (freeing it) as the one error line. */
int
export_cli_fail_cause(char *cause)
{
	export_cli_fail("%s", cause != NULL ? cause : "unknown error");
	free(cause);
	return EXPORT_CLI_EXIT;
}

static int
export_cli_takes_value(const char *name, size_t len)
{
	size_t	 n = sizeof export_cli_valued /
	    sizeof export_cli_valued[0];

	for (size_t i = 0; i < n; i++) {
		if (strlen(export_cli_valued[i]) == len &&
		    strncmp(export_cli_valued[i], name, len) == 0)
			return 1;
	}
	return 0;
}

static int
export_cli_option(struct export_cli_opts *o, const char *name,
    const char *value)
{
	if (strcmp(name, "--format") == 0)
		o->format = value;
	else if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0)
		o->output = value;
	else if (strcmp(name, "--quote") == 0)
		o->quote = value;
	else if (strcmp(name, "--note") == 0)
		o->note = value;
	else if (strcmp(name, "--colour") == 0 || strcmp(name, "--color") == 0)
		o->colour = value;
	else if (o->ntags < EXPORT_CLI_TAGS_MAX)
		o->tags[o->ntags++] = value;
	else
		return export_cli_fail("too many --tag options");
	return 0;
}

static int
export_cli_flag(struct export_cli_opts *o, const char *arg)
{
	if (strcmp(arg, "--force") == 0)
		o->force = 1;
	else if (strcmp(arg, "--quotes") == 0)
		o->quotes = 1;
	else
		return export_cli_fail("unknown option '%s' (try 'marginalia "
		    "--help')", arg);
	return 0;
}

int
export_cli_parse(int argc, char **argv, struct export_cli_opts *o)
{
	int	 only_operands = 0;

	memset(o, 0, sizeof *o);
	for (int i = 0; i < argc; i++) {
		const char	*arg = argv[i], *value;
		size_t		 n = strcspn(arg, "=");
		char		 name[16];

		if (only_operands || arg[0] != '-' || strcmp(arg, "-") == 0) {
			if (o->source != NULL)
				return export_cli_fail("unexpected argument "
				    "'%s'", arg);
			o->source = arg;
		} else if (strcmp(arg, "--") == 0)
			only_operands = 1;
		else if (!export_cli_takes_value(arg, n)) {
			if (export_cli_flag(o, arg) != 0)
				return EXPORT_CLI_EXIT;
		} else {
			snprintf(name, sizeof name, "%.*s", (int)n, arg);
			if (arg[n] == '=')
				value = arg + n + 1;
			else if (i + 1 < argc)
				value = argv[++i];
			else
				return export_cli_fail("%s needs a value",
				    name);
			if (export_cli_option(o, name, value) != 0)
				return EXPORT_CLI_EXIT;
		}
	}
	return 0;
}

struct store *
export_cli_store(void)
{
	struct store	*store;
	char		*cause = NULL;

	if ((store = store_open(NULL, &cause)) == NULL)
		export_cli_fail_cause(cause);
	return store;
}

/* The source's document as the reader builds it; NULL after a message. */
struct doc *
export_cli_load(const char *source)
{
	struct load_result	 in;
	struct doc		*doc;
	char			*cause = NULL;

	if (load_source(source, LOAD_DEFAULT_MAX_SIZE, &in, &cause) != 0) {
		export_cli_fail_cause(cause);
		return NULL;
	}
	if (in.kind == LOAD_KIND_HTML)
		doc = import_html(in.data, in.len, &cause);
	else
		doc = import_text(in.data, in.len, &cause);
	load_result_clear(&in);
	if (doc == NULL) {
		export_cli_fail("%s: %s", source, cause);
		free(cause);
	}
	return doc;
}

static int
export_cli_readable(const char *source)
{
	struct stat	 st;

	return strcmp(source, "-") == 0 ||
	    (stat(source, &st) == 0 && S_ISREG(st.st_mode));
}

/*
 * Opens a readable source in the library (re-anchoring its notes) or, when
 * the library cannot be written (read-only, locked), finds the copy it
 * already has, so listing and exporting still work.
 */
static int
export_cli_open_source(struct store *store, const char *source, int64_t *id)
{
	struct store_open_info	 info;
	struct doc		*doc = export_cli_load(source);
	char			*cause = NULL, *identity;
	int			 rc = -1;

	if (doc == NULL)
		return EXPORT_CLI_EXIT;
	if (!store_readonly(store))
		rc = store_document_open(store, doc, source,
		    STORE_OPEN_KEEP_TIME, &info, &cause);
	if (rc == 0) {
		*id = info.id;
		doc_free(doc);
		return 0;
	}
	identity = store_document_identity(doc, source);
	doc_free(doc);
	rc = store_document_find(store, identity, id, NULL);
	if (rc == 0)	/* a hashed document whose file was edited */
		rc = store_document_find(store, source, id, NULL);
	free(identity);
	if (rc == 1) {
		free(cause);
		return 0;
	}
	if (cause != NULL)
		return export_cli_fail_cause(cause);
	return export_cli_fail("%s is not in the library", source);
}

int
export_cli_resolve(struct store *store, const char *source, int64_t *id)
{
	char	*cause = NULL;
	int	 rc;

	if (export_cli_readable(source))
		return export_cli_open_source(store, source, id);
	rc = store_document_find(store, source, id, &cause);
	if (rc == 0)
		return export_cli_fail("%s: no such file, and not in the "
		    "library", source);
	return rc == 1 ? 0 : export_cli_fail_cause(cause);
}

/* Writes out to -o FILE (atomically) or standard output. */
int
export_cli_output(const struct export_cli_opts *o, const char *out)
{
	char	*cause = NULL;
	size_t	 len = strlen(out);

	if (o->output != NULL && strcmp(o->output, "-") != 0) {
		if (export_notes_file_write(o->output, out, len, o->force,
		    &cause) != 0)
			return export_cli_fail_cause(cause);
		return 0;
	}
	if (fwrite(out, 1, len, stdout) != len || fflush(stdout) != 0)
		return export_cli_fail("writing output failed");
	return 0;
}

int
export_cli_import(int argc, char **argv)
{
	struct export_cli_opts	 o;
	struct load_result	 in;
	struct store		*store;
	size_t			 imported, skipped;
	char			*cause = NULL;
	int			 rc;

	if ((rc = export_cli_parse(argc - 1, argv + 1, &o)) != 0)
		return rc;
	if (o.source == NULL)
		return export_cli_fail("import: no FILE given");
	if (load_source(o.source, LOAD_DEFAULT_MAX_SIZE, &in, &cause) != 0)
		return export_cli_fail_cause(cause);
	if ((store = export_cli_store()) == NULL) {
		load_result_clear(&in);
		return EXPORT_CLI_EXIT;
	}
	rc = export_notes_import(store, in.data, in.len, &imported, &skipped,
	    &cause);
	load_result_clear(&in);
	store_close(store);
	if (rc != 0) {
		if (imported > 0)
			export_cli_fail("%zu notes imported before:", imported);
		return export_cli_fail_cause(cause);
	}
	printf("imported %zu note%s", imported, imported == 1 ? "" : "s");
	if (skipped > 0)
		printf(", skipped %zu without a TextQuoteSelector", skipped);
	printf("\n");
	return 0;
}

/* Text from the command line as the store wants it: valid UTF-8 without
 * control characters (newlines kept in notes). NULL after a message. */
static char *
export_cli_text(const char *what, const char *s, int keep_newlines)
{
	if (!util_utf8_valid(s, strlen(s))) {
		export_cli_fail("%s is not valid UTF-8", what);
		return NULL;
	}
	return util_text_strip_controls(s, strlen(s), keep_newlines);
}

/* Fills a's range with the first place the quote has in doc's text. */
static int
export_cli_note_place(const struct doc *doc, const char *quote,
    struct store_annotation *a)
{
	char		*clean = util_text_clean(quote, strlen(quote));
	const char	*at = *clean != '\0' ? strstr(doc->text, clean) :
	    NULL;

	if (at == NULL) {
		free(clean);
		return export_cli_fail("the quote is not in the article's "
		    "text");
	}
	a->start = util_utf8_cp_count(doc->text, (size_t)(at - doc->text));
	a->end = a->start + util_utf8_cp_count(clean, strlen(clean));
	free(clean);
	return 0;
}

static int
export_cli_note_save(struct store *store, const struct export_cli_opts *o,
    int64_t id, struct store_annotation *a)
{
	char	*cause = NULL;

	if ((a->note = export_cli_text("the note", o->note != NULL ?
	    o->note : "", 1)) == NULL)
		return EXPORT_CLI_EXIT;
	if (o->colour != NULL &&
	    (a->colour = export_cli_text("the colour", o->colour, 0)) == NULL)
		return EXPORT_CLI_EXIT;
	for (size_t i = 0; i < o->ntags; i++) {
		if (!util_utf8_valid(o->tags[i], strlen(o->tags[i])))
			return export_cli_fail("a tag is not valid UTF-8");
	}
	store_annotation_set_tags(a, o->tags, o->ntags);
	if (store_annotation_add(store, id, a, &cause) != 0)
		return export_cli_fail_cause(cause);
	/* Printed only once the note is on disk: the kill test relies on
	 * it. */
	printf("saved %s %zu-%zu\n", a->uri, a->start, a->end);
	if (fflush(stdout) != 0)
		return export_cli_fail("writing output failed");
	return 0;
}

static int
export_cli_note_add(const struct export_cli_opts *o)
{
	struct store_annotation	 a;
	struct store_open_info	 info;
	struct store		*store;
	struct doc		*doc;
	char			*cause = NULL, *quote;
	int			 rc;

	if (o->source == NULL || o->quote == NULL)
		return export_cli_fail("usage: marginalia note add SOURCE "
		    "--quote TEXT [--note TEXT] [--tag TAG]... [--colour C]");
	if ((quote = export_cli_text("the quote", o->quote, 0)) == NULL ||
	    (doc = export_cli_load(o->source)) == NULL) {
		free(quote);
		return EXPORT_CLI_EXIT;
	}
	memset(&a, 0, sizeof a);
	if ((rc = export_cli_note_place(doc, quote, &a)) == 0 &&
	    (store = export_cli_store()) != NULL) {
		if (store_document_open(store, doc, o->source, 0, &info,
		    &cause) != 0)
			rc = export_cli_fail_cause(cause);
		else
			rc = export_cli_note_save(store, o, info.id, &a);
		store_close(store);
	} else if (rc == 0)
		rc = EXPORT_CLI_EXIT;
	store_annotation_clear(&a);
	doc_free(doc);
	free(quote);
	return rc;
}

int
export_cli_note(int argc, char **argv)
{
	struct export_cli_opts	 o;
	int			 rc;

	if (argc < 2 || strcmp(argv[1], "add") != 0)
		return export_cli_fail("usage: marginalia note add SOURCE "
		    "--quote TEXT [--note TEXT] [--tag TAG]... [--colour C]");
	if ((rc = export_cli_parse(argc - 2, argv + 2, &o)) != 0)
		return rc;
	if (o.format != NULL || o.output != NULL || o.force || o.quotes)
		return export_cli_fail("note add takes --quote, --note, --tag "
		    "and --colour");
	return export_cli_note_add(&o);
}
