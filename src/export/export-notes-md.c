/*
 * Notes as Markdown, for Obsidian or any Markdown viewer. Per article:
 *
 *	# Title
 *
 *	Author, Author · Site · 2023-09-12
 *
 *	Source: <https://…>
 *
 *	## Section heading            (when the section changes)
 *
 *	> the annotated passage
 *
 *	the note, as written (notes may be Markdown themselves)
 *
 *	#tag #tag · 2026-11-27 05:23 UTC
 *
 * Orphaned notes close the article under "## Orphaned notes", still with
 * their quote. With EXPORT_NOTES_QUOTES, "## Who said what" follows: each
 * speaker with the role the article gives, then their quotes in order,
 * each linked to its place through a URL text fragment (#:~:text=…) when
 * the article has a URL.
 *
 * Article text is escaped so that it cannot turn into Markdown markup;
 * notes are not, since their author wrote them for a Markdown reader.
 */
#include <string.h>

#include "doc.h"
#include "export.h"
#include "store.h"
#include "util.h"

/* Characters that would start markup inside running text. */
static const char export_md_special[] = "\\`*_[]<>#|";

static void
export_md_escaped(struct util_buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr(export_md_special, *s) != NULL)
			util_buf_add_char(b, '\\');
		util_buf_add_char(b, *s);
	}
}

/* A quote block: every line of s behind "> ", blank lines as ">". */
static void
export_md_blockquote(struct util_buf *b, const char *s)
{
	util_buf_add_str(b, "> ");
	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			util_buf_add_str(b, s[1] == '\n' ? "\n>" : "\n> ");
			continue;
		}
		if (strchr(export_md_special, *s) != NULL)
			util_buf_add_char(b, '\\');
		util_buf_add_char(b, *s);
	}
	util_buf_add_str(b, "\n\n");
}

static void
export_md_header(struct util_buf *b, const struct export_notes_doc *d)
{
	const struct store_document	*info = d->info;
	const struct doc_meta		*m = d->doc != NULL ?
	    &d->doc->meta : NULL;
	const char			*title = info->title != NULL ?
	    info->title : info->identity;
	const char			*sep = "";

	util_buf_add_str(b, "# ");
	export_md_escaped(b, title);
	util_buf_add_str(b, "\n\n");
	for (size_t i = 0; m != NULL && i < m->nauthors; i++) {
		util_buf_add_str(b, i > 0 ? ", " : "");
		export_md_escaped(b, m->authors[i]);
		sep = " · ";
	}
	if (info->site != NULL) {
		util_buf_add_str(b, sep);
		export_md_escaped(b, info->site);
		sep = " · ";
	}
	if (info->published != NULL) {
		util_buf_add_str(b, sep);
		export_md_escaped(b, info->published);
		sep = " · ";
	}
	if (*sep != '\0')
		util_buf_add_str(b, "\n\n");
	if (info->url != NULL)
		util_buf_printf(b, "Source: <%s>\n\n", info->url);
	else if (info->source != NULL)
		util_buf_printf(b, "Source: `%s`\n\n", info->source);
}

/* The section holding code point at, or -1 (no document, no blocks). */
static long
export_md_section(const struct doc *doc, size_t at)
{
	long	 section = -1;

	for (size_t i = 0; doc != NULL && i < doc->nblocks; i++) {
		if (doc->blocks[i].start > at)
			break;
		section = (long)doc->blocks[i].section;
	}
	return section;
}

/* "2026-11-27T05:23:38Z" as "2026-11-27 05:23 UTC". */
static void
export_md_date(struct util_buf *b, const char *iso)
{
	if (iso != NULL && strlen(iso) >= 16 && iso[10] == 'T')
		util_buf_printf(b, "%.10s %.5s UTC", iso, iso + 11);
	else if (iso != NULL)
		util_buf_add_str(b, iso);
}

static void
export_md_tag(struct util_buf *b, const char *tag)
{
	util_buf_add_char(b, '#');
	for (; *tag != '\0'; tag++)
		util_buf_add_char(b, *tag == ' ' ? '-' : *tag);
}

static void
export_md_note(struct util_buf *b, const struct store_annotation *a)
{
	export_md_blockquote(b, a->exact);
	if (a->note != NULL && *a->note != '\0')
		util_buf_printf(b, "%s\n\n", a->note);
	for (size_t i = 0; i < a->ntags; i++) {
		export_md_tag(b, a->tags[i]);
		util_buf_add_str(b, " ");
	}
	if (a->ntags > 0)
		util_buf_add_str(b, "· ");
	export_md_date(b, a->created);
	util_buf_add_str(b, "\n\n");
}

static void
export_md_notes(struct util_buf *b, const struct export_notes_doc *d)
{
	long	 current = -1;
	int	 orphans = 0;

	for (size_t i = 0; i < d->nnotes; i++) {
		const struct store_annotation	*a = &d->notes[i];
		long				 s;

		if (a->orphaned) {
			if (!orphans++)
				util_buf_add_str(b, "## Orphaned notes\n\n"
				    "*The passages below are no longer in the "
				    "article.*\n\n");
		} else if ((s = export_md_section(d->doc, a->start)) !=
		    current) {
			current = s;
			if (d->doc->sections[s].title != NULL) {
				util_buf_add_str(b, "## ");
				export_md_escaped(b,
				    d->doc->sections[s].title);
				util_buf_add_str(b, "\n\n");
			}
		}
		export_md_note(b, a);
	}
}

/* Percent-encodes s[0..len) for a text fragment: only unreserved ASCII
 * stays, since '-', ',' and '&' have meanings there. */
static void
export_md_fragment_part(struct util_buf *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char	 c = (unsigned char)s[i];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~')
			util_buf_add_char(b, (char)c);
		else
			util_buf_printf(b, "%%%02X", c);
	}
}

/* url#:~:text=… for a quote: whole when short, else its first and last
 * four words (textStart,textEnd). */
static void
export_md_fragment(struct util_buf *b, const char *url, const char *text)
{
	size_t		 len = strlen(text), words = 1, head = len;
	size_t		 tail = 0;
	const char	*hash = strchr(url, '#');

	for (size_t i = 0; i < len; i++) {
		if (text[i] != ' ')
			continue;
		if (++words == 5)
			head = i;
	}
	for (size_t i = len, w = 0; i > 0; i--) {
		if (text[i - 1] == ' ' && ++w == 4) {
			tail = i;
			break;
		}
	}
	util_buf_add(b, url, hash != NULL ? (size_t)(hash - url) :
	    strlen(url));
	util_buf_add_str(b, "#:~:text=");
	if (words <= 10) {
		export_md_fragment_part(b, text, len);
		return;
	}
	export_md_fragment_part(b, text, head);
	util_buf_add_char(b, ',');
	export_md_fragment_part(b, text + tail, len - tail);
}

static int
export_md_same_speaker(const struct doc_quote *a, const struct doc_quote *b)
{
	if (a->speaker_entity >= 0 || b->speaker_entity >= 0)
		return a->speaker_entity == b->speaker_entity;
	if (a->speaker == NULL || b->speaker == NULL)
		return a->speaker == b->speaker;
	return strcmp(a->speaker, b->speaker) == 0;
}

/* One speaker: name, the first role the article gives, their quotes. */
static void
export_md_speaker(struct util_buf *b, const struct doc *doc, size_t first,
    const char *url)
{
	const struct doc_quote	*q0 = &doc->quotes[first];
	const char		*role = NULL;

	for (size_t i = first; i < doc->nquotes && role == NULL; i++) {
		if (export_md_same_speaker(q0, &doc->quotes[i]))
			role = doc->quotes[i].role;
	}
	util_buf_add_str(b, "**");
	export_md_escaped(b, q0->speaker != NULL ? q0->speaker :
	    "Unattributed");
	util_buf_add_str(b, "**");
	if (role != NULL) {
		util_buf_add_str(b, ", ");
		export_md_escaped(b, role);
	}
	util_buf_add_str(b, "\n\n");
	for (size_t i = first; i < doc->nquotes; i++) {
		const struct doc_quote	*q = &doc->quotes[i];

		if (!export_md_same_speaker(q0, q))
			continue;
		util_buf_add_str(b, "- “");
		export_md_escaped(b, q->text);
		util_buf_add_str(b, "”");
		if (url != NULL) {
			util_buf_add_str(b, " ([↗](");
			export_md_fragment(b, url, q->text);
			util_buf_add_str(b, "))");
		}
		util_buf_add_char(b, '\n');
	}
	util_buf_add_char(b, '\n');
}

static void
export_md_quotes(struct util_buf *b, const struct export_notes_doc *d)
{
	const struct doc	*doc = d->doc;

	if (doc == NULL || doc->nquotes == 0)
		return;
	util_buf_add_str(b, "## Who said what\n\n");
	for (size_t i = 0; i < doc->nquotes; i++) {
		size_t	 k;

		for (k = 0; k < i; k++) {
			if (export_md_same_speaker(&doc->quotes[k],
			    &doc->quotes[i]))
				break;
		}
		if (k == i)	/* the speaker's first quote */
			export_md_speaker(b, doc, i, d->info->url);
	}
}

char *
export_notes_md(const struct export_notes_doc *docs, size_t n, int flags)
{
	struct util_buf	 b;

	util_buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		export_md_header(&b, &docs[i]);
		export_md_notes(&b, &docs[i]);
		if (flags & EXPORT_NOTES_QUOTES)
			export_md_quotes(&b, &docs[i]);
	}
	/* One trailing newline, not the blank line each part ends with. */
	if (b.len >= 2 && b.data[b.len - 1] == '\n' &&
	    b.data[b.len - 2] == '\n')
		b.data[--b.len] = '\0';
	return util_buf_steal(&b, NULL);
}
