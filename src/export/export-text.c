/*
 * The two human-readable dumps: plain text (the article as a reader sees
 * it, then who said what) and Markdown. Both only walk the model; block
 * texts are already clean, so the only escaping left is Markdown's own.
 */
#include <string.h>

#include "export.h"
#include "util.h"

/* "Julian Ryall, Tokio · 2023-09-13": the byline and date line, or "". */
static void
export_text_byline(struct util_buf *b, const struct doc_meta *m)
{
	size_t	 start = b->len;

	for (size_t i = 0; i < m->nauthors; i++) {
		if (i > 0)
			util_buf_add_str(b, i + 1 == m->nauthors ? " and " :
			    ", ");
		util_buf_add_str(b, m->authors[i]);
	}
	if (m->location != NULL) {
		util_buf_add_str(b, b->len > start ? ", " : "");
		util_buf_add_str(b, m->location);
	}
	if (m->published != NULL) {
		util_buf_add_str(b, b->len > start ? " · " : "");
		util_buf_add_str(b, m->published);
	}
}

static void
export_text_kicker(struct util_buf *b, const struct doc_meta *m)
{
	for (size_t i = 0; i < m->nkicker; i++) {
		if (i > 0)
			util_buf_add_str(b, " · ");
		util_buf_add_str(b, m->kicker[i]);
	}
}

/* A line of c as wide as s is on screen. */
static void
export_text_rule(struct util_buf *b, const char *s, char c)
{
	size_t	 width = util_utf8_width(s, strlen(s));

	for (size_t i = 0; i < width; i++)
		util_buf_add_char(b, c);
}

static void
export_text_header(struct util_buf *b, const struct doc_meta *m)
{
	if (m->nkicker > 0) {
		export_text_kicker(b, m);
		util_buf_add_char(b, '\n');
	}
	if (m->title != NULL) {
		util_buf_printf(b, "%s\n", m->title);
		export_text_rule(b, m->title, '=');
		util_buf_add_char(b, '\n');
	}
	if (m->nauthors > 0 || m->location != NULL || m->published != NULL) {
		export_text_byline(b, m);
		util_buf_add_char(b, '\n');
	}
	if (b->len > 0)
		util_buf_add_char(b, '\n');
}

static void
export_text_block(struct util_buf *b, const struct doc_block *block)
{
	switch (block->kind) {
	case DOC_BLOCK_HEADING:
		util_buf_printf(b, "%s\n", block->text);
		export_text_rule(b, block->text, '-');
		util_buf_add_char(b, '\n');
		break;
	case DOC_BLOCK_BLOCKQUOTE:
		util_buf_printf(b, "    %s\n", block->text);
		break;
	case DOC_BLOCK_CAPTION:
		util_buf_printf(b, "[Image: %s", block->text);
		if (block->credit != NULL)
			util_buf_printf(b, " (%s)", block->credit);
		util_buf_add_str(b, "]\n");
		break;
	case DOC_BLOCK_MEDIA:
		util_buf_printf(b, "[Media: %s", block->text);
		if (block->duration != NULL)
			util_buf_printf(b, ", %s", block->duration);
		util_buf_add_str(b, "]\n");
		break;
	case DOC_BLOCK_LIST_ITEM:
		util_buf_printf(b, "  • %s\n", block->text);
		break;
	case DOC_BLOCK_PARAGRAPH:
	case DOC_BLOCK_PREFORMATTED:
		util_buf_printf(b, "%s\n", block->text);
		break;
	}
}

/* One line per quote: who, in what role, said what. */
static void
export_text_quotes(struct util_buf *b, const struct doc *doc)
{
	if (doc->nquotes == 0)
		return;
	util_buf_add_str(b, "\nWho said what\n-------------\n");
	for (size_t i = 0; i < doc->nquotes; i++) {
		const struct doc_quote *q = &doc->quotes[i];

		util_buf_printf(b, "- %s",
		    q->speaker != NULL ? q->speaker : "(unattributed)");
		if (q->role != NULL)
			util_buf_printf(b, " (%s)", q->role);
		util_buf_printf(b, ", %s: \"%s\"\n", doc_quote_kind_name(q->kind),
		    q->text);
	}
}

char *
export_dump_text(const struct doc *doc)
{
	struct util_buf	 b;

	util_buf_init(&b);
	export_text_header(&b, &doc->meta);
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (i > 0)
			util_buf_add_char(&b, '\n');
		export_text_block(&b, &doc->blocks[i]);
	}
	export_text_quotes(&b, doc);
	return util_buf_steal(&b, NULL);
}

/*
 * Markdown would read article text as markup: escape every character that
 * can start an emphasis, link, code span or HTML tag, and at the start of a
 * line the ones that open a heading, list or quote.
 */
static void
export_md_escaped(struct util_buf *b, const char *s)
{
	const char	*p = s;

	if (*p == '#' || *p == '+' || *p == '-' || *p == '>' || *p == '=')
		util_buf_add_char(b, '\\');
	else {
		const char *q = p;

		while (*q >= '0' && *q <= '9')
			q++;
		if (q > p && (*q == '.' || *q == ')')) {
			util_buf_add(b, p, (size_t)(q - p));
			util_buf_add_char(b, '\\');
			p = q;
		}
	}
	for (; *p != '\0'; p++) {
		if (strchr("\\`*_[]<", *p) != NULL)
			util_buf_add_char(b, '\\');
		util_buf_add_char(b, *p);
	}
}

static void
export_md_header(struct util_buf *b, const struct doc_meta *m)
{
	if (m->title != NULL) {
		util_buf_add_str(b, "# ");
		export_md_escaped(b, m->title);
		util_buf_add_str(b, "\n\n");
	}
	if (m->nkicker > 0) {
		struct util_buf k;

		util_buf_init(&k);
		export_text_kicker(&k, m);
		util_buf_add_char(b, '*');
		export_md_escaped(b, k.data);
		util_buf_add_str(b, "*\n\n");
		util_buf_clear(&k);
	}
	if (m->nauthors > 0 || m->location != NULL || m->published != NULL) {
		struct util_buf line;

		util_buf_init(&line);
		export_text_byline(&line, m);
		util_buf_add_str(b, m->nauthors > 0 ? "By " : "");
		export_md_escaped(b, line.data);
		util_buf_add_str(b, "\n\n");
		util_buf_clear(&line);
	}
}

static void
export_md_block(struct util_buf *b, const struct doc_block *block)
{
	switch (block->kind) {
	case DOC_BLOCK_HEADING:
		util_buf_add_str(b, "## ");
		break;
	case DOC_BLOCK_BLOCKQUOTE:
		util_buf_add_str(b, "> ");
		break;
	case DOC_BLOCK_LIST_ITEM:
		util_buf_add_str(b, "- ");
		break;
	case DOC_BLOCK_CAPTION:
	case DOC_BLOCK_MEDIA:
		util_buf_add_str(b, "*");
		if (block->kind == DOC_BLOCK_MEDIA)
			util_buf_add_str(b, "Video: ");
		break;
	case DOC_BLOCK_PARAGRAPH:
	case DOC_BLOCK_PREFORMATTED:
		break;
	}
	export_md_escaped(b, block->text);
	if (block->kind == DOC_BLOCK_CAPTION && block->credit != NULL) {
		util_buf_add_str(b, " (");
		export_md_escaped(b, block->credit);
		util_buf_add_str(b, ")");
	}
	if (block->kind == DOC_BLOCK_MEDIA && block->duration != NULL)
		util_buf_printf(b, ", %s", block->duration);
	if (block->kind == DOC_BLOCK_CAPTION || block->kind == DOC_BLOCK_MEDIA)
		util_buf_add_str(b, "*");
	util_buf_add_str(b, "\n\n");
}

static void
export_md_quotes(struct util_buf *b, const struct doc *doc)
{
	if (doc->nquotes == 0)
		return;
	util_buf_add_str(b, "## Who said what\n\n");
	for (size_t i = 0; i < doc->nquotes; i++) {
		const struct doc_quote *q = &doc->quotes[i];

		util_buf_add_str(b, "- **");
		export_md_escaped(b, q->speaker != NULL ? q->speaker :
		    "(unattributed)");
		util_buf_add_str(b, "**");
		if (q->role != NULL) {
			util_buf_add_str(b, " (");
			export_md_escaped(b, q->role);
			util_buf_add_str(b, ")");
		}
		util_buf_add_str(b, ": “");
		export_md_escaped(b, q->text);
		util_buf_add_str(b, "”\n");
	}
}

char *
export_dump_md(const struct doc *doc)
{
	struct util_buf	 b;

	util_buf_init(&b);
	export_md_header(&b, &doc->meta);
	for (size_t i = 0; i < doc->nblocks; i++)
		export_md_block(&b, &doc->blocks[i]);
	export_md_quotes(&b, doc);
	return util_buf_steal(&b, NULL);
}
