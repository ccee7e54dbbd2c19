/*
 * bare-parse: the floor the HTML benchmark measures marginalia against.
 * Reads one HTML file and parses it with libxml2's HTML parser under the
 * options import_html uses (recover, no network, no messages), then frees
 * the tree; nothing else. One process per page, like marginalia dump.
 *
 * Usage: bare-parse FILE
 */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

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
