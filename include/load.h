/*
 * load: the bytes of a source (a path, or "-" for standard input) as valid
 * UTF-8, checked against the ways input goes wrong, and a guess of what
 * kind of document they are.
 */
#ifndef MARGINALIA_LOAD_H
#define MARGINALIA_LOAD_H

#include <stddef.h>

#define LOAD_DEFAULT_MAX_SIZE ((size_t)64 * 1024 * 1024)

enum load_kind {
	LOAD_KIND_TEXT,
	LOAD_KIND_HTML,
};

struct load_result {
	char		*data;		/* valid UTF-8, NUL-terminated */
	size_t		 len;
	size_t		 invalid;	/* bytes sequences replaced by U+FFFD */
	enum load_kind	 kind;		/* sniffed */
};

/*
 * Reads source ("-" is standard input) into out. Fails (-1, *cause set) on a
 * missing, unreadable or directory path, an empty source, one larger than
 * max_size bytes, or binary data (NUL bytes). A UTF-8 byte-order mark is
 * dropped; invalid UTF-8 is repaired and counted in out->invalid.
 */
int	 load_source(const char *source, size_t max_size,
	    struct load_result *out, char **cause);
void	 load_result_clear(struct load_result *result);

/* HTML when the first non-blank bytes look like markup, else text. */
enum load_kind load_sniff(const char *data, size_t len);

#endif
