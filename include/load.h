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
	char		*url;		/* fetched: the final URL, else NULL */
};

/*
 * Reads source ("-" is standard input, an http:// or https:// URL is
 * fetched with load_url's defaults and max_size) into out. Fails (-1,
 * *cause set) on a missing, unreadable or directory path, an empty
 * source, one larger than max_size bytes, or binary data (NUL bytes). A
 * UTF-8 byte-order mark is dropped; invalid UTF-8 is repaired and counted
 * in out->invalid.
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

/*
 * The network side (load-net.c), the only network I/O in marginalia.
 * progress is called with the body bytes received so far and the declared
 * total (0 when unknown); returning non-zero cancels the fetch.
 */
typedef int (*load_progress_cb)(size_t bytes, size_t total, void *arg);

#define LOAD_NET_CONNECT_TIMEOUT	15	/* seconds */
#define LOAD_NET_TIMEOUT		60	/* seconds, whole transfer */
#define LOAD_NET_MAX_REDIRS		5

struct load_net_options {
	size_t			 max_size;	/* 0: LOAD_DEFAULT_MAX_SIZE */
	long			 connect_timeout; /* seconds, 0: default */
	long			 timeout;	/* seconds, 0: default */
	load_progress_cb	 progress;	/* may be NULL */
	void			*progress_arg;
};

/* True when source starts with http:// or https:// (any case). */
int	 load_url_is(const char *source);

/*
 * Fetches url (http or https only, also after redirects, at most
 * LOAD_NET_MAX_REDIRS of them) and converts the body like load_bytes,
 * using the Content-Type charset. opts may be NULL for the defaults. Only
 * HTML, XHTML, text and feed (RSS, Atom, XML) bodies are taken; a body
 * sent as HTML is read as HTML whatever it starts with. out->url gets the
 * final URL. Fails (-1, *cause set to one line naming url) on a bad URL,
 * DNS, connection, TLS, timeout, an HTTP error status, a body over
 * max_size, another content type, or cancellation through progress.
 */
int	 load_url(const char *url, const struct load_net_options *opts,
	    struct load_result *out, char **cause);

/* HTML when the first non-blank bytes look like markup, else text. */
enum load_kind load_sniff(const char *data, size_t len);

#endif
