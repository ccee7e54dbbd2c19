/*
 * import-feed-out: a feed as JSON (the shape in docs/feeds.md) and as a
 * numbered list for people. It lives beside the importer rather than in
 * export because the feed model is import's and export's JSON is the
 * document's; the JSON is written by hand so import needs no jansson.
 *
 * Every string in the model is already valid UTF-8 without control
 * characters, except content (HTML, kept whole), so JSON escaping only
 * has to cover quotes, backslashes, and the newlines and tabs of content.
 */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "util.h"

static const char *import_feed_kind_names[] = { "rss", "rdf", "atom" };

static void
import_feed_out_json_str(struct util_buf *b, const char *s)
{
	if (s == NULL) {
		util_buf_add_str(b, "null");
		return;
	}
	util_buf_add_char(b, '"');
	for (; *s != '\0'; s++) {
		unsigned char	 c = (unsigned char)*s;
		size_t		 run = strcspn(s, "\"\\\n\t\x7f"
				    "\x01\x02\x03\x04\x05\x06\x07\x08\x0b"
				    "\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14"
				    "\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d"
				    "\x1e\x1f");

		if (run > 0) {
			util_buf_add(b, s, run);
			s += run - 1;
		} else if (c == '"' || c == '\\') {
			util_buf_add_char(b, '\\');
			util_buf_add_char(b, (char)c);
		} else if (c == '\n')
			util_buf_add_str(b, "\\n");
		else if (c == '\t')
			util_buf_add_str(b, "\\t");
		else if (c < 0x20 || c == 0x7f)
			util_buf_printf(b, "\\u%04x", c);
		else
			util_buf_add_char(b, (char)c);
	}
	util_buf_add_char(b, '"');
}

/* ,\n<indent>"key": value */
static void
import_feed_out_json_field(struct util_buf *b, const char *indent,
    const char *key, const char *value, int first)
{
	util_buf_printf(b, "%s\n%s\"%s\": ", first ? "" : ",", indent, key);
	import_feed_out_json_str(b, value);
}

static void
import_feed_out_json_item(struct util_buf *b,
    const struct import_feed_item *it)
{
	const char	*in = "      ";

	util_buf_add_str(b, "    {");
	import_feed_out_json_field(b, in, "title", it->title, 1);
	import_feed_out_json_field(b, in, "link", it->link, 0);
	import_feed_out_json_field(b, in, "date", it->date, 0);
	import_feed_out_json_field(b, in, "author", it->author, 0);
	import_feed_out_json_field(b, in, "guid", it->guid, 0);
	import_feed_out_json_field(b, in, "summary", it->summary, 0);
	import_feed_out_json_field(b, in, "content", it->content, 0);
	util_buf_add_str(b, "\n    }");
}

char *
import_feed_json(const struct import_feed *feed, const char *source)
{
	struct util_buf	 b;

	util_buf_init(&b);
	util_buf_add_str(&b, "{\n  \"marginalia_feed\": 1");
	import_feed_out_json_field(&b, "  ", "source", source, 0);
	import_feed_out_json_field(&b, "  ", "kind",
	    import_feed_kind_names[feed->kind], 0);
	import_feed_out_json_field(&b, "  ", "title", feed->title, 0);
	import_feed_out_json_field(&b, "  ", "link", feed->link, 0);
	import_feed_out_json_field(&b, "  ", "description",
	    feed->description, 0);
	util_buf_printf(&b, ",\n  \"duplicates\": %zu,\n  \"items\": [",
	    feed->nduplicates);
	for (size_t i = 0; i < feed->nitems; i++) {
		util_buf_add_str(&b, i == 0 ? "\n" : ",\n");
		import_feed_out_json_item(&b, &feed->items[i]);
	}
	util_buf_add_str(&b, feed->nitems > 0 ? "\n  ]\n}\n" : "]\n}\n");
	return util_buf_steal(&b, NULL);
}

/* "  3. Title\n     date · author\n     link\n" */
static void
import_feed_out_text_item(struct util_buf *b, size_t n,
    const struct import_feed_item *it)
{
	util_buf_printf(b, "%3zu. %s\n", n, it->title != NULL ? it->title :
	    "(untitled)");
	if (it->date != NULL || it->author != NULL)
		util_buf_printf(b, "     %s%s%s\n",
		    it->date != NULL ? it->date : "",
		    it->date != NULL && it->author != NULL ? " · " : "",
		    it->author != NULL ? it->author : "");
	if (it->link != NULL)
		util_buf_printf(b, "     %s\n", it->link);
}

char *
import_feed_text(const struct import_feed *feed)
{
	struct util_buf	 b;

	util_buf_init(&b);
	util_buf_printf(&b, "%s\n", feed->title != NULL ? feed->title :
	    "(untitled feed)");
	if (feed->link != NULL)
		util_buf_printf(&b, "%s\n", feed->link);
	util_buf_printf(&b, "%zu item%s\n", feed->nitems,
	    feed->nitems == 1 ? "" : "s");
	for (size_t i = 0; i < feed->nitems; i++) {
		util_buf_add_char(&b, '\n');
		import_feed_out_text_item(&b, i + 1, &feed->items[i]);
	}
	return util_buf_steal(&b, NULL);
}
