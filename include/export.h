/*
 * export: the document model written out for people and programs. The dump
 * formats are those of DESIGN.md ("The dump JSON", version 1). Every
 * function returns a NUL-terminated string the caller frees.
 */
#ifndef MARGINALIA_EXPORT_H
#define MARGINALIA_EXPORT_H

#include "doc.h"

#define EXPORT_DUMP_VERSION 1

/* The dump JSON; source is printed as given. */
char	*export_dump_json(const struct doc *doc, const char *source);
/* The readable article as plain text, then who said what. */
char	*export_dump_text(const struct doc *doc);
/* Markdown: title, byline, ## headings, > quotes, captions in italics. */
char	*export_dump_md(const struct doc *doc);

#endif
