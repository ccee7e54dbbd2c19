/*
 * `marginalia notes [SOURCE]` and `marginalia export --format md|json|w3c
 * [--quotes] [-o FILE] [--force] [SOURCE]`.
 *
 * Both gather a set of documents from the library — one SOURCE, or every
 * document with notes (the JSON export: every document) most recently
 * opened first — with their annotations and, for sections and quotes, the
 * document rebuilt from the library, so an export never needs the sources.
 * Whatever reaches the terminal passes through util_text_strip_controls:
 * a note or an article title cannot send escape sequences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "doc.h"
#include "export.h"
#include "store.h"
#include "util.h"
#include "export-notes-cli.h"

enum export_cli_format {
	EXPORT_CLI_MD,
	EXPORT_CLI_JSON,
	EXPORT_CLI_W3C,
};

struct export_cli_set {
	struct store_document	 *infos;
	struct export_notes_doc	 *docs;
	struct store_annotation	**notes;
	struct doc		**models;
	size_t			  n;
};

static void
export_cli_set_free(struct export_cli_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		store_annotation_list_free(set->notes[i], set->docs[i].nnotes);
		doc_free(set->models[i]);
	}
	store_document_list_free(set->infos, set->n);
	free(set->docs);
	free(set->notes);
	free(set->models);
	memset(set, 0, sizeof *set);
}

/* The library rows the set covers: SOURCE's, or all (with notes, unless
 * all_documents). */
static int
export_cli_set_rows(struct store *store, const char *source,
    int all_documents, struct export_cli_set *set)
{
	char	*cause = NULL;
	int64_t	 id;
	size_t	 n, kept = 0;
	int	 rc;

	if (source != NULL) {
		if ((rc = export_cli_resolve(store, source, &id)) != 0)
			return rc;
		set->infos = xcalloc(1, sizeof *set->infos);
		if (store_document_get(store, id, set->infos, &cause) != 0)
			return export_cli_fail_cause(cause);
		set->n = 1;
		return 0;
	}
	if (store_document_list(store, &set->infos, &n, &cause) != 0)
		return export_cli_fail_cause(cause);
	for (size_t i = 0; i < n; i++) {
		if (all_documents || set->infos[i].nnotes > 0)
			set->infos[kept++] = set->infos[i];
		else
			store_document_clear(&set->infos[i]);
	}
	set->n = kept;
	return 0;
}

static int
export_cli_set_fill(struct store *store, struct export_cli_set *set,
    int analyse)
{
	char	*cause = NULL;

	set->docs = xcalloc(set->n, sizeof *set->docs);
	set->notes = xcalloc(set->n, sizeof *set->notes);
	set->models = xcalloc(set->n, sizeof *set->models);
	for (size_t i = 0; i < set->n; i++) {
		struct export_notes_doc	*d = &set->docs[i];

		d->info = &set->infos[i];
		if (store_annotation_list(store, set->infos[i].id,
		    &set->notes[i], &d->nnotes, &cause) != 0)
			return export_cli_fail_cause(cause);
		d->notes = set->notes[i];
		set->models[i] = store_document_load(store, set->infos[i].id,
		    &cause);
		if (set->models[i] == NULL)
			return export_cli_fail_cause(cause);
		if (analyse)
			analyze_document(set->models[i]);
		d->doc = set->models[i];
	}
	return 0;
}

static int
export_cli_set_make(struct store *store, const char *source,
    int all_documents, int analyse, struct export_cli_set *set)
{
	int	 rc;

	memset(set, 0, sizeof *set);
	if ((rc = export_cli_set_rows(store, source, all_documents,
	    set)) != 0)
		return rc;
	return export_cli_set_fill(store, set, analyse);
}

/* s without control characters, continuation lines indented. */
static void
export_cli_print(const char *s, const char *indent)
{
	char	*clean = util_text_strip_controls(s, strlen(s), 1);

	for (const char *p = clean; *p != '\0'; p++) {
		putchar(*p);
		if (*p == '\n' && p[1] != '\0')
			fputs(indent, stdout);
	}
	free(clean);
}

static void
export_cli_print_note(const struct store_annotation *a)
{
	static const char	 indent[] = "           ";
	char			 range[48];

	if (a->orphaned)
		snprintf(range, sizeof range, "orphaned");
	else
		snprintf(range, sizeof range, "%zu-%zu", a->start, a->end);
	printf("  %-8s ", range);
	fputs("“", stdout);
	export_cli_print(a->exact, indent);
	fputs("”\n", stdout);
	if (a->note != NULL && *a->note != '\0') {
		fputs(indent, stdout);
		export_cli_print(a->note, indent);
		putchar('\n');
	}
	fputs(indent, stdout);
	for (size_t i = 0; i < a->ntags; i++) {
		putchar('#');
		export_cli_print(a->tags[i], indent);
		fputs(" ", stdout);
	}
	printf("%s%s\n", a->ntags > 0 ? "· " : "", a->created);
}

static void
export_cli_print_doc(const struct export_notes_doc *d, int first)
{
	const struct store_document	*info = d->info;
	const char			*where = info->url != NULL ?
	    info->url : info->source != NULL ? info->source :
	    info->identity;

	if (!first)
		putchar('\n');
	export_cli_print(info->title != NULL ? info->title : "(untitled)",
	    "");
	fputs(" <", stdout);
	export_cli_print(where, "");
	printf(">\n");
	for (size_t i = 0; i < d->nnotes; i++)
		export_cli_print_note(&d->notes[i]);
}

int
export_cli_notes(int argc, char **argv)
{
	struct export_cli_opts	 o;
	struct export_cli_set	 set;
	struct store		*store;
	int			 rc;

	if ((rc = export_cli_parse(argc - 1, argv + 1, &o)) != 0)
		return rc;
	if (o.format != NULL || o.output != NULL || o.quote != NULL ||
	    o.note != NULL || o.ntags > 0 || o.colour != NULL || o.force ||
	    o.quotes)
		return export_cli_fail("notes takes no options (try "
		    "'marginalia export')");
	if ((store = export_cli_store()) == NULL)
		return EXPORT_CLI_EXIT;
	rc = export_cli_set_make(store, o.source, 0, 0, &set);
	for (size_t i = 0; rc == 0 && i < set.n; i++)
		export_cli_print_doc(&set.docs[i], i == 0);
	if (rc == 0 && fflush(stdout) != 0)
		rc = export_cli_fail("writing output failed");
	export_cli_set_free(&set);
	store_close(store);
	return rc;
}

static int
export_cli_format(const struct export_cli_opts *o, enum export_cli_format *f)
{
	if (o->format == NULL)
		return export_cli_fail("export needs --format md, json or "
		    "w3c");
	if (strcmp(o->format, "md") == 0)
		*f = EXPORT_CLI_MD;
	else if (strcmp(o->format, "json") == 0)
		*f = EXPORT_CLI_JSON;
	else if (strcmp(o->format, "w3c") == 0)
		*f = EXPORT_CLI_W3C;
	else
		return export_cli_fail("unknown export format '%s' (md, json "
		    "or w3c)", o->format);
	if (o->quotes && *f != EXPORT_CLI_MD)
		return export_cli_fail("--quotes goes with --format md");
	if (o->quote != NULL || o->note != NULL || o->ntags > 0 ||
	    o->colour != NULL)
		return export_cli_fail("export takes --format, --quotes, -o "
		    "and --force");
	return 0;
}

int
export_cli_export(int argc, char **argv)
{
	struct export_cli_opts	 o;
	struct export_cli_set	 set;
	enum export_cli_format	 format = EXPORT_CLI_MD;
	struct store		*store;
	char			*out;
	int			 rc;

	if ((rc = export_cli_parse(argc - 1, argv + 1, &o)) != 0 ||
	    (rc = export_cli_format(&o, &format)) != 0)
		return rc;
	if ((store = export_cli_store()) == NULL)
		return EXPORT_CLI_EXIT;
	rc = export_cli_set_make(store, o.source, format == EXPORT_CLI_JSON,
	    o.quotes, &set);
	if (rc == 0) {
		if (format == EXPORT_CLI_MD)
			out = export_notes_md(set.docs, set.n, o.quotes ?
			    EXPORT_NOTES_QUOTES : 0);
		else if (format == EXPORT_CLI_JSON)
			out = export_notes_json(set.docs, set.n);
		else
			out = export_notes_w3c(set.docs, set.n);
		rc = export_cli_output(&o, out);
		free(out);
	}
	export_cli_set_free(&set);
	store_close(store);
	return rc;
}
