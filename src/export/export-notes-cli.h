/*
 * What export-cli.c (parsing, sources, import, note add) shares with
 * export-notes-cli.c (notes, export). Not part of the public API.
 */
#ifndef MARGINALIA_EXPORT_NOTES_CLI_H
#define MARGINALIA_EXPORT_NOTES_CLI_H

#include <stdint.h>

#include "util.h"

#define EXPORT_CLI_EXIT		2
#define EXPORT_CLI_TAGS_MAX	32

struct doc;
struct store;

/* Every option any note command takes; each command checks its own. */
struct export_cli_opts {
	const char	*source;
	const char	*format;
	const char	*output;
	const char	*quote;
	const char	*note;
	const char	*colour;
	const char	*tags[EXPORT_CLI_TAGS_MAX];
	size_t		 ntags;
	int		 force;
	int		 quotes;
};

/* "marginalia: <message>" on stderr; returns EXPORT_CLI_EXIT. */
int	 export_cli_fail(const char *fmt, ...) UTIL_PRINTF(1, 2);
/* The same with a cause, which it frees. */
int	 export_cli_fail_cause(char *cause);
/* Parses argv[0..argc) into *o: 0, or the exit status after a message. */
int	 export_cli_parse(int argc, char **argv, struct export_cli_opts *o);
/* The library, or NULL after a message. */
struct store *export_cli_store(void);
/* A source loaded and imported as the reader does; NULL after a message. */
struct doc *export_cli_load(const char *source);
/* The library's document for source (see export-cli.c): 0 and *id, or the
 * exit status after a message. */
int	 export_cli_resolve(struct store *store, const char *source,
	    int64_t *id);
/* out to o->output (atomically, --force to replace) or standard output. */
int	 export_cli_output(const struct export_cli_opts *o, const char *out);

#endif
