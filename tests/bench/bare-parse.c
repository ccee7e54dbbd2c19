/*
 * bare-parse: the floor the HTML benchmark measures marginalia against.
 * Reads one HTML file and parses it with libxml2's HTML parser under the
 * options import_html uses (recover, no network, no messages), then frees
 * the tree; nothing else. One process per page, like marginalia dump.
 *
 * Built with -DBARE_PARSE_IMPORT (as import-parse, linked with the
 * library) it runs what marginalia does up to the document instead: load
 * with charset conversion, then import_html, then frees it; no analysis,
 * no output. The benchmark uses it to show where the time goes.
 *
 * Usage: bare-parse FILE
 */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#ifdef BARE_PARSE_IMPORT
#include "doc.h"
#include "import.h"
#include "load.h"

static int
bare_parse_import(const char *path)
{
	struct load_result	 r;
	struct doc		*doc;

	if (load_source(path, LOAD_DEFAULT_MAX_SIZE, &r, NULL) != 0)
		return 1;
	doc = import_html(r.data, r.len, NULL);
	doc_free(doc);
	load_result_clear(&r);
	return 0;
}
#endif

static char *
bare_parse_read(const char *path, long *len)
{
	FILE	*f = fopen(path, "rb");
	char	*data = NULL;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (*len = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)*len + 1)) != NULL &&
	    fread(data, 1, (size_t)*len, f) != (size_t)*len) {
		free(data);
		data = NULL;
	}
	fclose(f);
	return data;
}

int
main(int argc, char **argv)
{
	htmlDocPtr	 doc;
	char		*data;
	long		 len = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: bare-parse FILE\n");
		return 2;
	}
#ifdef BARE_PARSE_IMPORT
	return bare_parse_import(argv[1]);
#endif
	if ((data = bare_parse_read(argv[1], &len)) == NULL) {
		perror(argv[1]);
		return 1;
	}
	doc = htmlReadMemory(data, (int)len, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING);
	if (doc != NULL)
		xmlFreeDoc(doc);
	free(data);
	xmlCleanupParser();
	return doc != NULL ? 0 : 1;
}
