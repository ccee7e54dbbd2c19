/*
 * Layout: the article as pieces (meta lines and blocks, built once) and
 * lines (each piece wrapped to the pane's width, rebuilt only when the
 * width changes). A line is a byte range of its piece's text plus the
 * canonical code point it starts at, so drawing a line finds its quotes,
 * mentions, matches and the cursor by binary search, and only the lines
 * on screen are ever turned into cells. Widths are display widths of
 * sanitised grapheme clusters, never bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"
#include "tui-int.h"

#define TUI_LAYOUT_NONE		((size_t)-1)
#define TUI_LAYOUT_MARKS	64

static struct tui_piece *
tui_layout_piece_add(struct tui_layout *l, const char *text, int role,
    int gap)
{
	struct tui_piece	*p;

	l->pieces = xreallocarray(l->pieces, l->npieces + 1, sizeof *p);
	p = &l->pieces[l->npieces++];
	memset(p, 0, sizeof *p);
	p->text = text;
	p->len = strlen(text);
	p->role = role;
	p->block = TUI_LAYOUT_NONE;
	p->cp = TUI_LAYOUT_NONE;
	p->prefix = p->cont = "";
	p->gap = gap;
	return p;
}

/* Keeps a string the layout made, freed with it. */
static const char *
tui_layout_own(struct tui_layout *l, char *s)
{
	l->owned = xreallocarray(l->owned, l->nowned + 1, sizeof *l->owned);
	l->owned[l->nowned++] = s;
	return s;
}

static const char *
tui_layout_join(struct tui_layout *l, char **v, size_t n, const char *sep)
{
	struct util_buf	b;
	size_t		i;

	util_buf_init(&b);
	for (i = 0; i < n; i++) {
		if (i > 0)
			util_buf_add_str(&b, sep);
		util_buf_add_str(&b, v[i]);
	}
	return tui_layout_own(l, util_buf_steal(&b, NULL));
}

/* Kicker, title, byline and date: what a reader sees above the text. */
static void
tui_layout_meta(struct tui_layout *l, const struct doc_meta *m)
{
	const char	*by;

	if (m->nkicker > 0)
		tui_layout_piece_add(l, tui_layout_join(l, m->kicker,
		    m->nkicker, " · "), TUI_ROLE_KICKER, 0);
	if (m->title != NULL)
		tui_layout_piece_add(l, m->title, TUI_ROLE_TITLE, 0);
	if (m->nauthors > 0 || m->location != NULL) {
		by = tui_layout_join(l, m->authors, m->nauthors, ", ");
		if (m->location != NULL)
			by = tui_layout_own(l, xasprintf("%s%s%s", by,
			    *by != '\0' ? " · " : "", m->location));
		tui_layout_piece_add(l, by, TUI_ROLE_BYLINE, 0);
	}
	if (m->published != NULL)
		tui_layout_piece_add(l, m->published, TUI_ROLE_DATE, 0);
}

static const int tui_layout_roles[] = {
	[DOC_BLOCK_HEADING] = TUI_ROLE_HEADING,
	[DOC_BLOCK_PARAGRAPH] = TUI_ROLE_TEXT,
	[DOC_BLOCK_BLOCKQUOTE] = TUI_ROLE_BLOCKQUOTE,
	[DOC_BLOCK_CAPTION] = TUI_ROLE_CAPTION,
	[DOC_BLOCK_MEDIA] = TUI_ROLE_MEDIA,
	[DOC_BLOCK_LIST_ITEM] = TUI_ROLE_TEXT,
	[DOC_BLOCK_PREFORMATTED] = TUI_ROLE_TEXT,
};

/* One block: its text, then a caption's credit or a media duration. */
static void
tui_layout_block(struct tui_layout *l, const struct doc *doc, size_t i)
{
	const struct doc_block	*b = &doc->blocks[i];
	struct tui_piece	*p;
	int			 gap = l->npieces > 0;

	if (b->kind == DOC_BLOCK_LIST_ITEM && i > 0 &&
	    doc->blocks[i - 1].kind == DOC_BLOCK_LIST_ITEM)
		gap = 0;
	p = tui_layout_piece_add(l, b->text, tui_layout_roles[b->kind], gap);
	p->len = b->text_len;
	p->block = i;
	p->cp = b->start;
	switch (b->kind) {
	case DOC_BLOCK_BLOCKQUOTE:
		p->prefix = p->cont = "│ ";
		break;
	case DOC_BLOCK_MEDIA:
		p->prefix = "▶ ";
		p->cont = "  ";
		break;
	case DOC_BLOCK_LIST_ITEM:
		p->prefix = "• ";
		p->cont = "  ";
		break;
	case DOC_BLOCK_CAPTION:
	case DOC_BLOCK_PREFORMATTED:
		p->prefix = p->cont = "  ";
		break;
	default:
		break;
	}
	if (b->kind == DOC_BLOCK_CAPTION && b->credit != NULL)
		p = tui_layout_piece_add(l, b->credit, TUI_ROLE_CREDIT, 0);
	else if (b->kind == DOC_BLOCK_MEDIA && b->duration != NULL)
		p = tui_layout_piece_add(l, b->duration, TUI_ROLE_CREDIT, 0);
	else
		return;
	p->prefix = p->cont = "  ";
}

void
tui_layout_init(struct tui_layout *l, const struct doc *doc)
{
	size_t	i;

	memset(l, 0, sizeof *l);
	tui_layout_meta(l, &doc->meta);
	for (i = 0; i < doc->nblocks; i++)
		tui_layout_block(l, doc, i);
	if (l->npieces == 0)
		tui_layout_piece_add(l, "(empty document)", TUI_ROLE_CREDIT, 0);
}

void
tui_layout_clear(struct tui_layout *l)
{
	size_t	i;

	for (i = 0; i < l->nowned; i++)
		free(l->owned[i]);
	free(l->owned);
	free(l->pieces);
	free(l->lines);
	memset(l, 0, sizeof *l);
}

/* The state of wrapping one text: where a line may end and resume. */
struct tui_wrap {
	size_t	start;		/* of the current line */
	size_t	brk_end;	/* the line may end here … */
	size_t	brk_next;	/* … and the next begin here */
	int	has_brk;
	int	col;
};

static void
tui_layout_wrap_break(struct tui_wrap *w, size_t end, size_t next)
{
	w->brk_end = end;
	w->brk_next = next;
	w->has_brk = 1;
}

/* The line is full before s[i]: ends it and measures what carries over. */
static void
tui_layout_wrap_emit(struct tui_wrap *w, const char *s, size_t i,
    void (*fn)(size_t, size_t, void *), void *arg)
{
	if (w->has_brk) {
		fn(w->start, w->brk_end, arg);
		w->start = w->brk_next;
	} else {
		fn(w->start, i, arg);
		w->start = i;
	}
	w->has_brk = 0;
	w->col = w->start < i ? tui_sanitize_width(s + w->start,
	    i - w->start) : 0;
}

void
tui_layout_wrap_text(const char *s, size_t len, int width,
    void (*fn)(size_t, size_t, void *), void *arg)
{
	struct tui_wrap	w = { 0, 0, 0, 0, 0 };
	size_t		i = 0, n, j;
	int		cw;

	if (width < 1)
		width = 1;
	while (i < len) {
		n = tui_sanitize_next(s + i, len - i, &cw);
		if (s[i] == ' ') {
			for (j = i; j < len && s[j] == ' '; j++)
				;
			/* Spaces that start a line are dropped; others may
			 * end one. */
			if (w.col > 0 || w.start < i) {
				tui_layout_wrap_break(&w, i, j);
				w.col += (int)(j - i);
			} else
				w.start = j;
			i = j;
			continue;
		}
		if (w.col + cw > width && w.col > 0) {
			tui_layout_wrap_emit(&w, s, i, fn, arg);
			continue;
		}
		if (cw == 2 && w.col > 0)
			tui_layout_wrap_break(&w, i, i);
		w.col += cw;
		i += n;
		if (cw == 2 || (s[i - 1] == '-' && w.col > 1 && i < len &&
		    s[i] != ' ' && s[i] != '-'))
			tui_layout_wrap_break(&w, i, i);
	}
	while (len > w.start && s[len - 1] == ' ')
		len--;
	fn(w.start < len ? w.start : len, len, arg);
}

/* Collects the lines of one piece. */
struct tui_layout_ctx {
	struct tui_layout	*l;
	size_t			 piece;
	size_t			 pos, cp;	/* counted so far */
};

static struct tui_line *
tui_layout_line_add(struct tui_layout *l)
{
	struct tui_line	*line;

	if (l->nlines == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		l->lines = xreallocarray(l->lines, l->cap, sizeof *l->lines);
	}
	line = &l->lines[l->nlines++];
	memset(line, 0, sizeof *line);
	return line;
}

static void
tui_layout_line_emit(size_t start, size_t end, void *arg)
{
	struct tui_layout_ctx	*ctx = arg;
	const struct tui_piece	*p = &ctx->l->pieces[ctx->piece];
	struct tui_line		*line;
	size_t			 i;

	for (i = ctx->pos; i < start; i++)
		ctx->cp += ((unsigned char)p->text[i] & 0xc0) != 0x80;
	ctx->pos = start;
	line = tui_layout_line_add(ctx->l);
	line->piece = (uint32_t)ctx->piece;
	line->start = (uint32_t)start;
	line->end = (uint32_t)end;
	line->cp = (uint32_t)(p->cp == TUI_LAYOUT_NONE ? 0 : p->cp + ctx->cp);
	line->first = start == 0 || ctx->l->nlines == 1 ||
	    ctx->l->lines[ctx->l->nlines - 2].piece != ctx->piece;
}

void
tui_layout_wrap(struct tui_layout *l, int width)
{
	struct tui_layout_ctx	 ctx;
	size_t			 i;
	int			 g, pw;

	if (width < 1)
		width = 1;
	if (width == l->width && l->nlines > 0)
		return;
	l->width = width;
	l->nlines = 0;
	for (i = 0; i < l->npieces; i++) {
		const struct tui_piece	*p = &l->pieces[i];

		for (g = 0; g < p->gap; g++) {
			struct tui_line	*line = tui_layout_line_add(l);

			line->piece = (uint32_t)i;
			line->blank = 1;
		}
		ctx.l = l;
		ctx.piece = i;
		ctx.pos = ctx.cp = 0;
		pw = width - tui_sanitize_width(p->prefix, strlen(p->prefix));
		tui_layout_wrap_text(p->text, p->len, pw, tui_layout_line_emit,
		    &ctx);
	}
}

size_t
tui_layout_find(const struct tui_layout *l, size_t piece, size_t byte)
{
	size_t	lo = 0, hi = l->nlines, mid;

	/* The last line at or before (piece, byte) that is not blank. */
	while (lo < hi) {
		const struct tui_line	*line;

		mid = lo + (hi - lo) / 2;
		line = &l->lines[mid];
		if (line->piece < piece || (line->piece == piece &&
		    (line->blank || line->start <= byte)))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	while (lo < l->nlines && l->lines[lo - 1].blank &&
	    l->lines[lo].piece == piece)
		lo++;
	return lo - 1;
}

/* A piece's place in canonical order: meta pieces come first, a credit
 * or a duration sorts with the block before it. */
static size_t
tui_layout_piece_key(const struct tui_layout *l, size_t i)
{
	while (i > 0 && l->pieces[i].cp == TUI_LAYOUT_NONE)
		i--;
	return l->pieces[i].cp == TUI_LAYOUT_NONE ? 0 : l->pieces[i].cp;
}

size_t
tui_layout_find_cp(const struct tui_layout *l, size_t cp)
{
	const struct tui_piece	*p;
	size_t			 lo = 0, hi = l->npieces, mid, i = 0, n = 0;

	/* The last block piece starting at or before cp. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (tui_layout_piece_key(l, mid) <= cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo > 0 && l->pieces[lo - 1].cp == TUI_LAYOUT_NONE)
		lo--;
	if (lo == 0)
		return 0;
	p = &l->pieces[--lo];
	while (i < p->len && n < cp - p->cp) {
		i++;
		while (i < p->len && ((unsigned char)p->text[i] & 0xc0) == 0x80)
			i++;
		n++;
	}
	return tui_layout_find(l, lo, i);
}
