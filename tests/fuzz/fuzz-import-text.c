/*
 * fuzz-import-text: what `marginalia dump` does after loading, on arbitrary
 * bytes. The input is repaired to UTF-8 as load repairs it, imported both as
 * a web page's text dump and as plain paragraphs, analysed, and exported in
 * every dump format.
 *
 * Besides crashes, leaks and undefined behaviour, the harness checks what
 * the exports promise: valid UTF-8, no escape byte (ESC, 8-bit CSI) for a
 * terminal to act on, and JSON that parses. A NULL document is a fine
 * answer to garbage.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analyze.h"
#include "doc.h"
#include "export.h"
#include "import.h"
#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts, so libFuzzer keeps the input, when an export breaks a promise. */
static void
fuzz_check(int ok, const char *what, const char *out)
{
	if (ok)
		return;
	fprintf(stderr, "fuzz-import-text: %s: %.200s\n", what, out);
	abort();
}

/* Checks and frees one export. */
static void
fuzz_output_check(char *out, const char *format)
{
	size_t	len = strlen(out);

	fuzz_check(util_utf8_valid(out, len), format, out);
	fuzz_check(memchr(out, 0x1b, len) == NULL, format, out);
	/* U+009B, the one-character CSI, as UTF-8. */
	fuzz_check(strstr(out, "\xc2\x9b") == NULL, format, out);
	free(out);
}

/* True when no string in the JSON value holds ESC or U+009B: jansson
 * writes ESC as \u001b, an escape once a consumer decodes the string. */
static int
fuzz_json_clean(json_t *value)
{
	const char	*key, *s;
	json_t		*item;
	size_t		 i;

	switch (json_typeof(value)) {
	case JSON_STRING:
		s = json_string_value(value);
		return strchr(s, 0x1b) == NULL && strstr(s, "\xc2\x9b") == NULL;
	case JSON_OBJECT:
		json_object_foreach(value, key, item) {
			if (!fuzz_json_clean(item))
				return 0;
		}
		return 1;
	case JSON_ARRAY:
		json_array_foreach(value, i, item) {
			if (!fuzz_json_clean(item))
				return 0;
		}
		return 1;
	default:
		return 1;
	}
}

static void
fuzz_json_check(char *out)
{
	json_error_t	 error;
	json_t		*root;

	root = json_loads(out, 0, &error);
	fuzz_check(root != NULL, "json parse", out);
	fuzz_check(fuzz_json_clean(root), "json escape", out);
	json_decref(root);
	fuzz_output_check(out, "json");
}

/* Takes ownership of doc and cause (either may be NULL). */
static void
fuzz_doc_export(struct doc *doc, char *cause)
{
	free(cause);
	if (doc == NULL)
		return;
	analyze_document(doc);
	fuzz_json_check(export_dump_json(doc, "fuzz"));
	fuzz_output_check(export_dump_text(doc), "text");
	fuzz_output_check(export_dump_md(doc), "md");
	doc_free(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*text, *cause;
	size_t	 len;

	text = util_utf8_repair((const char *)data, size, &len, NULL);
	cause = NULL;
	fuzz_doc_export(import_text(text, len, &cause), cause);
	cause = NULL;
	fuzz_doc_export(import_plain(text, len, &cause), cause);
	free(text);
	return 0;
}
