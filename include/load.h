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
	char		 charset[32];	/* read as this */
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

/*
 * The same checks and conversion for bytes already in memory (a fetched
 * page): name is for messages; charset is the transport's declaration (an
 * HTTP Content-Type charset) or NULL. HTML is converted to UTF-8 from its
 * charset (see load_charset_to_utf8); text is read as UTF-8 and repaired.
 */
int	 load_bytes(const char *name, const char *data, size_t len,
	    const char *charset, struct load_result *out, char **cause);

/*
 * HTML bytes as UTF-8: the charset comes from a byte-order mark, then hint
 * (may be NULL), then a <meta> declaration, checked against the bytes (a
 * page declaring UTF-8 that is not is read as windows-1252; valid UTF-8 is
 * UTF-8 whatever is declared). A BOM is dropped; bytes that do not convert
 * become U+FFFD, counted in *invalid (may be NULL). The charset used is
 * copied to used (may be NULL). Never fails; the caller frees the result,
 * which is valid UTF-8 without NUL bytes, NUL-terminated.
 */
char	*load_charset_to_utf8(const char *data, size_t len,
	    const char *hint, size_t *out_len, size_t *invalid, char *used,
	    size_t usedsz);

/* HTML when the first non-blank bytes look like markup, else text. */
enum load_kind load_sniff(const char *data, size_t len);

#endif
