/*
 * load-net: fetches a URL with libcurl, the only network I/O in marginalia.
 *
 * A fetch follows at most LOAD_NET_MAX_REDIRS redirects, speaks http and
 * https only (before and after each redirect, so a page cannot send us to
 * file:// or gopher://), asks for compressed transfer and counts the size
 * cap on the decoded bytes, so a small gzip bomb is stopped like a big
 * page. The status and the Content-Type are checked at the first body
 * byte, before anything is kept, so a 404 page or an image is refused
 * without being read; an empty body is checked after the transfer.
 *
 * Every way a fetch fails ends in one line "URL: what happened", built
 * either by a callback that stopped the transfer (size, type, status,
 * cancel) or from curl's own error text.
 *
 * libcurl is opened with dlopen at the first fetch, not linked: it drags in
 * some 35 libraries (TLS, LDAP, Kerberos, ...) whose relocation at start-up
 * was a third of the time of a `dump` of a local page (docs/startup.md).
 * Its header still gives every type and constant; the eight functions used
 * are called through load_net_api, resolved once. A missing libcurl is a
 * fetch error, not a failure to start.
 */
#include <ctype.h>
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "load.h"
#include "util.h"

#ifndef MARGINALIA_VERSION
#define MARGINALIA_VERSION "unknown"
#endif

#ifndef LOAD_NET_LIBCURL
#define LOAD_NET_LIBCURL	"libcurl.so.4"
#endif

/* libcurl's entry points, resolved from LOAD_NET_LIBCURL by
 * load_net_api_open; easy_setopt and easy_getinfo are variadic there too. */
struct load_net_api {
	CURLcode	 (*global_init)(long);
	void		 (*global_cleanup)(void);
	CURL		*(*easy_init)(void);
	CURLcode	 (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode	 (*easy_getinfo)(CURL *, CURLINFO, ...);
	CURLcode	 (*easy_perform)(CURL *);
	void		 (*easy_cleanup)(CURL *);
	const char	*(*easy_strerror)(CURLcode);
};

static struct load_net_api	 lc;

struct load_net_fetch {
	CURL			*curl;
	const char		*url;		/* as given, for messages */
	struct util_buf		 body;
	size_t			 max_size;
	load_progress_cb	 progress;
	void			*progress_arg;
	char			 reason[64];	/* the last status line's */
	char			*cause;		/* why a callback stopped */
	int			 checked;	/* status and type looked at */
};

/* The media types an article or a feed comes as; NULL is "not said". */
static const char *load_net_types[] = {
	"text/html", "application/xhtml+xml", "text/plain", "text/xml",
	"application/xml", "application/rss+xml", "application/atom+xml",
	"application/rdf+xml", "application/x-rss+xml",
};

int
load_url_is(const char *source)
{
	return strncasecmp(source, "http://", 7) == 0 ||
	    strncasecmp(source, "https://", 8) == 0;
}

/* Where each function of load_net_api comes from. */
static const struct load_net_api_sym {
	const char	*name;
	size_t		 off;
} load_net_api_syms[] = {
	{ "curl_global_init", offsetof(struct load_net_api, global_init) },
	{ "curl_global_cleanup", offsetof(struct load_net_api,
	    global_cleanup) },
	{ "curl_easy_init", offsetof(struct load_net_api, easy_init) },
	{ "curl_easy_setopt", offsetof(struct load_net_api, easy_setopt) },
	{ "curl_easy_getinfo", offsetof(struct load_net_api, easy_getinfo) },
	{ "curl_easy_perform", offsetof(struct load_net_api, easy_perform) },
	{ "curl_easy_cleanup", offsetof(struct load_net_api, easy_cleanup) },
	{ "curl_easy_strerror", offsetof(struct load_net_api,
	    easy_strerror) },
};

/* Loads libcurl and fills lc; on failure, why in buf and -1. POSIX lets
 * dlsym's pointer be stored as a function pointer, hence the memcpy. */
static int
load_net_api_load(char *buf, size_t bufsz)
{
	void	*lib, *sym;
	size_t	 i;

	if ((lib = dlopen(LOAD_NET_LIBCURL, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		snprintf(buf, bufsz, "%s", dlerror());
		return -1;
	}
	for (i = 0; i < sizeof load_net_api_syms /
	    sizeof load_net_api_syms[0]; i++) {
		if ((sym = dlsym(lib, load_net_api_syms[i].name)) == NULL) {
			snprintf(buf, bufsz, "%s", dlerror());
			return -1;
		}
		memcpy((char *)&lc + load_net_api_syms[i].off, &sym,
		    sizeof sym);
	}
	return 0;
}

/* libcurl and its global state, once; cleaned at exit so leak checkers
 * stay quiet; the library stays loaded. A failure is remembered and is
 * the cause of every later fetch. */
static int
load_net_api_open(const char *url, char **cause)
{
	static int	 state;		/* 0 not tried, 1 ready, -1 failed */
	static char	 why[256];

	if (state == 0) {
		state = -1;
		if (load_net_api_load(why, sizeof why) == 0) {
			if (lc.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
				fatal("cannot initialise libcurl");
			atexit(lc.global_cleanup);
			state = 1;
		}
	}
	if (state == 1)
		return 0;
	return util_cause_set(cause, "%s: cannot fetch: libcurl is not "
	    "usable (%s); install libcurl4 to read URLs", url, why);
}

/* Whether the media type of ctype (before any ';') is name. */
static int
load_net_type_is(const char *ctype, const char *name)
{
	size_t	 n = strlen(name);

	while (*ctype == ' ' || *ctype == '\t')
		ctype++;
	return strncasecmp(ctype, name, n) == 0 && (ctype[n] == '\0' ||
	    ctype[n] == ';' || ctype[n] == ' ' || ctype[n] == '\t');
}

static int
load_net_type_ok(const char *ctype)
{
	if (ctype == NULL)
		return 1;
	for (size_t i = 0; i < sizeof load_net_types /
	    sizeof load_net_types[0]; i++) {
		if (load_net_type_is(ctype, load_net_types[i]))
			return 1;
	}
	return 0;
}

static int
load_net_type_html(const char *ctype)
{
	return ctype != NULL && (load_net_type_is(ctype, "text/html") ||
	    load_net_type_is(ctype, "application/xhtml+xml"));
}

/* The charset parameter of a Content-Type, unquoted; "" when absent. */
static void
load_net_type_charset(const char *ctype, char *out, size_t outsz)
{
	const char	*p;
	size_t		 n = 0;

	out[0] = '\0';
	if (ctype == NULL)
		return;
	for (p = ctype; (p = strchr(p, ';')) != NULL; ) {
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncasecmp(p, "charset=", 8) == 0)
			break;
	}
	if (p == NULL)
		return;
	p += 8;
	if (*p == '"')
		p++;
	while (n + 1 < outsz && (isalnum((unsigned char)p[n]) ||
	    strchr("-_.:", p[n]) != NULL) && p[n] != '\0')
		n++;
	memcpy(out, p, n);
	out[n] = '\0';
}

/* Keeps the reason phrase of each status line ("HTTP/1.1 404 Not Found"),
 * so an error names it; the last one is the final response's. */
static size_t
load_net_header_cb(char *data, size_t size, size_t nmemb, void *arg)
{
	struct load_net_fetch	*f = arg;
	size_t			 len = size * nmemb, i = 5, n = 0;

	if (len < 5 || strncmp(data, "HTTP/", 5) != 0)
		return len;
	while (i < len && data[i] != ' ')
		i++;
	while (i < len && (data[i] == ' ' || isdigit((unsigned char)data[i])))
		i++;
	while (i < len && n + 1 < sizeof f->reason && data[i] >= ' ' &&
	    data[i] < 0x7f)
		f->reason[n++] = data[i++];
	f->reason[n] = '\0';
	return len;
}

/* An HTTP error status as the cause; 0 for a success. */
static int
load_net_status_check(struct load_net_fetch *f)
{
	long	 code = 0;

	lc.easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &code);
	if (code < 300 || code == 304)
		return 0;
	if (code < 400)
		f->cause = xasprintf("%s: HTTP %ld %s with no usable Location",
		    f->url, code, f->reason);
	else
		f->cause = xasprintf("%s: HTTP %ld%s%s", f->url, code,
		    f->reason[0] != '\0' ? " " : "", f->reason);
	return -1;
}

/* At the first body byte: the status, the type and any declared length. */
static int
load_net_response_check(struct load_net_fetch *f)
{
	const char	*ctype = NULL;
	curl_off_t	 length = -1;

	f->checked = 1;
	if (load_net_status_check(f) != 0)
		return -1;
	lc.easy_getinfo(f->curl, CURLINFO_CONTENT_TYPE, &ctype);
	if (!load_net_type_ok(ctype)) {
		char	 shown[64];
		size_t	 n = 0;

		/* A header is not trusted to be UTF-8 or free of escapes. */
		for (; ctype[n] != '\0' && n + 1 < sizeof shown; n++)
			shown[n] = ctype[n] >= ' ' && ctype[n] < 0x7f ?
			    ctype[n] : '?';
		shown[n] = '\0';
		f->cause = xasprintf("%s: not an HTML, text or feed page "
		    "(Content-Type: %s)", f->url, shown);
		return -1;
	}
	lc.easy_getinfo(f->curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T,
	    &length);
	if (length > 0 && (curl_off_t)f->max_size < length) {
		f->cause = xasprintf("%s: larger than %zu bytes (see "
		    "--max-size)", f->url, f->max_size);
		return -1;
	}
	return 0;
}

/* Keeps decoded body bytes; returning short of len stops the transfer. */
static size_t
load_net_write_cb(char *data, size_t size, size_t nmemb, void *arg)
{
	struct load_net_fetch	*f = arg;
	size_t			 len = size * nmemb;

	if (!f->checked && load_net_response_check(f) != 0)
		return 0;
	if (len > f->max_size - f->body.len) {
		f->cause = xasprintf("%s: larger than %zu bytes (see "
		    "--max-size)", f->url, f->max_size);
		return 0;
	}
	util_buf_add(&f->body, data, len);
	return len;
}

static int
load_net_progress_cb(void *arg, curl_off_t dltotal, curl_off_t dlnow,
    curl_off_t ultotal, curl_off_t ulnow)
{
	struct load_net_fetch	*f = arg;

	(void)dlnow;
	(void)ultotal;
	(void)ulnow;
	if (f->progress(f->body.len, dltotal > 0 ? (size_t)dltotal : 0,
	    f->progress_arg) == 0)
		return 0;
	f->cause = xasprintf("%s: cancelled", f->url);
	return 1;
}

static void
load_net_setup(struct load_net_fetch *f, const struct load_net_options *o,
    char *errbuf)
{
	CURL	*c = f->curl;
	long	 timeout = o->timeout > 0 ? o->timeout : LOAD_NET_TIMEOUT;
	long	 connect = o->connect_timeout > 0 ? o->connect_timeout :
		    LOAD_NET_CONNECT_TIMEOUT;

	lc.easy_setopt(c, CURLOPT_URL, f->url);
	lc.easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	lc.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	lc.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	lc.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	lc.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	lc.easy_setopt(c, CURLOPT_MAXREDIRS, (long)LOAD_NET_MAX_REDIRS);
	lc.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, connect < timeout ?
	    connect : timeout);
	lc.easy_setopt(c, CURLOPT_TIMEOUT, timeout);
	lc.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	lc.easy_setopt(c, CURLOPT_USERAGENT, "marginalia/"
	    MARGINALIA_VERSION);
	lc.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)f->max_size);
	lc.easy_setopt(c, CURLOPT_HEADERFUNCTION, load_net_header_cb);
	lc.easy_setopt(c, CURLOPT_HEADERDATA, f);
	lc.easy_setopt(c, CURLOPT_WRITEFUNCTION, load_net_write_cb);
	lc.easy_setopt(c, CURLOPT_WRITEDATA, f);
	if (f->progress != NULL) {
		lc.easy_setopt(c, CURLOPT_XFERINFOFUNCTION,
		    load_net_progress_cb);
		lc.easy_setopt(c, CURLOPT_XFERINFODATA, f);
		lc.easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	}
}

/* What went wrong, in words, for a code curl returned. */
static const char *
load_net_error_what(CURLcode code)
{
	switch (code) {
	case CURLE_UNSUPPORTED_PROTOCOL:
		return "only http and https URLs are fetched";
	case CURLE_URL_MALFORMAT:
		return "malformed URL";
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return "cannot resolve the host name";
	case CURLE_COULDNT_CONNECT:
		return "cannot connect";
	case CURLE_OPERATION_TIMEDOUT:
		return "timed out";
	case CURLE_TOO_MANY_REDIRECTS:
		return "too many redirects (at most 5 are followed)";
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
		return "TLS error";
	case CURLE_BAD_CONTENT_ENCODING:
		return "bad compressed data";
	case CURLE_GOT_NOTHING:
		return "the server closed the connection without a reply";
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_PARTIAL_FILE:
		return "connection broken";
	default:
		return "fetch failed";
	}
}

static int
load_net_error(struct load_net_fetch *f, CURLcode code, const char *errbuf,
    char **cause)
{
	const char	*detail = errbuf[0] != '\0' ? errbuf :
			    lc.easy_strerror(code);

	if (f->cause != NULL) {
		if (cause != NULL) {
			*cause = f->cause;
			f->cause = NULL;
		}
		return -1;
	}
	if (code == CURLE_FILESIZE_EXCEEDED)
		return util_cause_set(cause, "%s: larger than %zu bytes (see "
		    "--max-size)", f->url, f->max_size);
	return util_cause_set(cause, "%s: %s (%s)", f->url,
	    load_net_error_what(code), detail);
}

/* Checks what a successful transfer returned and converts it into out. */
static int
load_net_finish(struct load_net_fetch *f, struct load_result *out,
    char **cause)
{
	const char	*ctype = NULL, *final = NULL;
	char		 charset[32];

	if (!f->checked && load_net_response_check(f) != 0)
		return load_net_error(f, CURLE_OK, "", cause);
	lc.easy_getinfo(f->curl, CURLINFO_CONTENT_TYPE, &ctype);
	lc.easy_getinfo(f->curl, CURLINFO_EFFECTIVE_URL, &final);
	load_net_type_charset(ctype, charset, sizeof charset);
	if (load_bytes(f->url, f->body.data != NULL ? f->body.data : "",
	    f->body.len, charset[0] != '\0' ? charset : NULL, out,
	    cause) != 0)
		return -1;
	/* Sent as HTML but not sniffed so (a page starting with <span>):
	 * the server knows better, and the charset must still apply. */
	if (load_net_type_html(ctype) && out->kind != LOAD_KIND_HTML) {
		free(out->data);
		out->data = load_charset_to_utf8(f->body.data, f->body.len,
		    charset[0] != '\0' ? charset : NULL, &out->len,
		    &out->invalid, out->charset, sizeof out->charset);
		out->kind = LOAD_KIND_HTML;
	}
	out->url = xstrdup(final != NULL ? final : f->url);
	return 0;
}

int
load_url(const char *url, const struct load_net_options *opts,
    struct load_result *out, char **cause)
{
	static const struct load_net_options	 defaults;
	struct load_net_fetch			 f;
	char					 errbuf[CURL_ERROR_SIZE];
	CURLcode				 code;
	int					 rc;

	memset(out, 0, sizeof *out);
	if (opts == NULL)
		opts = &defaults;
	if (!load_url_is(url))
		return util_cause_set(cause, "%s: not an http or https URL",
		    url);
	if (load_net_api_open(url, cause) != 0)
		return -1;
	memset(&f, 0, sizeof f);
	f.url = url;
	f.max_size = opts->max_size > 0 ? opts->max_size :
	    LOAD_DEFAULT_MAX_SIZE;
	f.progress = opts->progress;
	f.progress_arg = opts->progress_arg;
	util_buf_init(&f.body);
	if ((f.curl = lc.easy_init()) == NULL)
		fatal("cannot start a libcurl transfer");
	errbuf[0] = '\0';
	load_net_setup(&f, opts, errbuf);
	code = lc.easy_perform(f.curl);
	if (code != CURLE_OK)
		rc = load_net_error(&f, code, errbuf, cause);
	else
		rc = load_net_finish(&f, out, cause);
	lc.easy_cleanup(f.curl);
	util_buf_clear(&f.body);
	free(f.cause);
	return rc;
}
