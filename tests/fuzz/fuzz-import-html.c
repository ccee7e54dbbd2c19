/*
 * libFuzzer target for the HTML path: raw bytes through load's checks and
 * charset conversion, then import_html. The same bytes are also forced
 * through the converter and the importer whatever the sniffer says, so
 * markup-free input still reaches the parser. Any crash, leak, hang or
 * sanitizer report is a bug; the importer may refuse input, never more.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "doc.h"
#include "import.h"
#include "load.h"
#include "util.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
fuzz_import_html_run(const char *text, size_t len)
{
	struct doc	*doc;
	char		*cause = NULL;

	doc = import_html(text, len, &cause);
	if (doc != NULL && doc->text == NULL)
		abort();	/* a returned document is always finished */
	doc_free(doc);
	free(cause);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct load_result	 r;
	char			*utf8, used[32];
	size_t			 len;

	if (load_bytes("fuzz", (const char *)data, size, NULL, &r,
	    NULL) == 0) {
		fuzz_import_html_run(r.data, r.len);
		load_result_clear(&r);
	}
	utf8 = load_charset_to_utf8((const char *)data, size, NULL, &len,
	    NULL, used, sizeof used);
	fuzz_import_html_run(utf8, len);
	free(utf8);
	return 0;
}
