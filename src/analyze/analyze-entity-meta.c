/*
 * analyze-entity-meta.c: entities that the article names outside its
 * canonical text, so without mentions: the photographers and agencies of
 * captions' credit lines and the byline's authors. They come after the
 * article-level pass and never repeat a name it found.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "doc.h"
#include "util.h"
#include "analyze-ner.h"
#include "analyze-entity.h"

/* Whether the document has an entity of that name already. */
static int
analyze_entity_name_exists(const struct doc *doc, const char *name)
{
	size_t	i, k;

	for (i = 0; i < doc->nentities; i++) {
		if (strcmp(doc->entities[i].name, name) == 0)
			return 1;
		for (k = 0; k < doc->entities[i].nmentions; k++)
			if (strcmp(doc->entities[i].mentions[k].text,
			    name) == 0)
				return 1;
	}
	return 0;
}

/* Whether a credit's last word names a picture agency's trade ("Getty
 * Images", "Associated Press", "European Pressphoto Agency"): no
 * photographer's surname is one of these. */
static int
analyze_entity_credit_agency(const char *w, size_t wl)
{
	static const char *const words[] = { "Images", "Press", "Photos",
	    "Pictures", "Agency", "News", "Pressphoto", "Media", NULL };
	size_t	i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == wl && memcmp(words[i], w, wl) == 0)
			return 1;
	return 0;
}

/* The type of one credit-line segment ("Vladimir Smirnov", "AP",
 * "picture alliance"), or -1 to skip it: two or three capitalised words
 * are a photographer, anything else an agency. */
static int
analyze_entity_credit_type(const char *s, size_t len)
{
	struct analyze_ner_tok	*toks;
	size_t			 n, i, caps = 0;
	int			 type = DOC_ENTITY_ORGANISATION;

	n = analyze_ner_tokenize(s, len, &toks);
	for (i = 0; i < n; i++) {
		const char	*w = s + toks[i].start;
		size_t		 wl = toks[i].end - toks[i].start;

		if ((wl == 5 && (memcmp(w, "Photo", 5) == 0 ||
		    memcmp(w, "Image", 5) == 0)) || (wl == 4 &&
		    (memcmp(w, "Foto", 4) == 0 || memcmp(w, "Pool", 4) == 0)) ||
		    (*w >= '0' && *w <= '9'))
			type = -1;
		caps += analyze_ner_cp_is_upper((unsigned char)*w) &&
		    wl > 1 && !analyze_ner_cp_is_upper((unsigned char)w[1]);
	}
	if (n == 0 || n > 4)
		type = -1;
	else if (type >= 0 && caps == n && n >= 2 && n <= 3 &&
	    !analyze_entity_credit_agency(s + toks[n - 1].start,
	    toks[n - 1].end - toks[n - 1].start))
		type = DOC_ENTITY_PERSON;
	free(toks);
	return type;
}

/* The end of a credit segment's first part: "Pool Photo via AP" is a
 * photo ("Pool Photo") and an agency ("AP"); the loop in
 * analyze_entity_credits_add() strips the "via " of the next part. */
static const char *
analyze_entity_credit_via(const char *p, const char *e)
{
	const char	*q;

	for (q = p; q + 4 <= e; q++)
		if (memcmp(q, " via", 4) == 0 && (q + 4 == e || q[4] == ' '))
			return q;
	return e;
}

/* Adds, as entities without mentions (a credit is outside the canonical
 * text), the photographers and agencies of the captions' credit lines. */
static void
analyze_entity_credits_add(struct doc *doc)
{
	const char	*c, *p, *e;
	char		*name;
	size_t		 i;
	int		 type;

	for (i = 0; i < doc->nblocks; i++) {
		if ((c = doc->blocks[i].credit) == NULL)
			continue;
		if ((p = strchr(c, ':')) != NULL && p - c < 8)
			c = p + 1;
		for (p = c; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
			e = p + strcspn(p, "/,;|");
			e = analyze_entity_credit_via(p, e);
			while (p < e && *p == ' ')
				p++;
			if (strncmp(p, "via ", 4) == 0)
				p += 4;
			name = xstrndup(p, (size_t)(e - p));
			while (*name != '\0' && name[strlen(name) - 1] == ' ')
				name[strlen(name) - 1] = '\0';
			type = analyze_entity_credit_type(name, strlen(name));
			if (type >= 0 && !analyze_entity_name_exists(doc, name))
				doc_entity_add(doc, name,
				    (enum doc_entity_type)type);
			free(name);
		}
	}
}

/* The authors of the byline are persons, mentioned or not. */
static void
analyze_entity_authors_add(struct doc *doc)
{
	size_t	i;

	for (i = 0; i < doc->meta.nauthors; i++)
		if (!analyze_entity_name_exists(doc, doc->meta.authors[i]))
			doc_entity_add(doc, doc->meta.authors[i],
			    DOC_ENTITY_PERSON);
}

void
analyze_entity_meta_add(struct doc *doc)
{
	analyze_entity_credits_add(doc);
	analyze_entity_authors_add(doc);
}
