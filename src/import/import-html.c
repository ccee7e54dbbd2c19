/*
 * HTML import is its own issue (libxml2, main-content extraction); until it
 * lands, HTML input is refused with a clear message rather than being read
 * as text, which would put markup into the article.
 */
#include <stddef.h>

#include "import.h"
#include "util.h"

struct doc *
import_html(const char *html, size_t len, char **cause)
{
	(void)html;
	(void)len;
	util_cause_set(cause, "HTML is not supported yet");
	return NULL;
}
