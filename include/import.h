/*
 * import: turns loaded text into a finished Document (doc_finish() already
 * called). Input is valid UTF-8 from load; the caller frees the document.
 */
#ifndef MARGINALIA_IMPORT_H
#define MARGINALIA_IMPORT_H

#include <stddef.h>

#include "doc.h"

/*
 * A plain-text dump of a web page (w3m -dump, a browser's "save as text",
 * copy and paste): finds the article among the page's boilerplate, its
 * title, kicker, byline, date, captions with credits, media and headings.
 * Returns NULL with *cause set when no article text is found.
 */
struct doc	*import_text(const char *text, size_t len, char **cause);

/* Every blank-line-separated paragraph as it is: nothing dropped. */
struct doc	*import_plain(const char *text, size_t len, char **cause);

/* Not built yet: returns NULL with "HTML is not supported yet". */
struct doc	*import_html(const char *html, size_t len, char **cause);

#endif
