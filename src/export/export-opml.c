/*
 * Subscriptions as OPML 2.0, the list format every feed reader takes.
 * Titles and URLs come from feeds and other readers' files, so each is
 * cleaned (controls and escape bytes dropped, white space collapsed, NFC)
 * and then escaped for XML: nothing written here can break the markup or
 * a terminal that shows the file.
 */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "store.h"
#include "util.h"

/* s cleaned and escaped for an XML attribute value. */
static void
export_opml_attr(struct util_buf *b, const char *s)
{
	char	*clean = util_text_clean(s, strlen(s));

	for (const char *p = clean; *p != '\0'; p++) {
		switch (*p) {
		case '&':
			util_buf_add_str(b, "&amp;");
			break;
		case '<':
			util_buf_add_str(b, "&lt;");
			break;
		case '>':
			util_buf_add_str(b, "&gt;");
			break;
		case '"':
			util_buf_add_str(b, "&quot;");
			break;
		default:
			util_buf_add_char(b, *p);
		}
	}
	free(clean);
}

char *
export_opml(const struct store_feed *feeds, size_t n)
{
	struct util_buf	 b;

	util_buf_init(&b);
	util_buf_add_str(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<opml version=\"2.0\">\n<head><title>marginalia subscriptions"
	    "</title></head>\n<body>\n");
	for (size_t i = 0; i < n; i++) {
		const char	*title = feeds[i].title != NULL ?
				    feeds[i].title : feeds[i].url;

		util_buf_add_str(&b, "<outline type=\"rss\" text=\"");
		export_opml_attr(&b, title);
		util_buf_add_str(&b, "\" title=\"");
		export_opml_attr(&b, title);
		util_buf_add_str(&b, "\" xmlUrl=\"");
		export_opml_attr(&b, feeds[i].url);
		util_buf_add_str(&b, "\"/>\n");
	}
	util_buf_add_str(&b, "</body>\n</opml>\n");
	return util_buf_steal(&b, NULL);
}
