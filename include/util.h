/*
 * util: memory that never fails, growable buffers, error causes, and every
 * UTF-8 operation the rest of the program needs (behind utf8proc).
 *
 * Text that leaves util is valid UTF-8 and NUL-terminated. Nothing here
 * prints except fatal().
 */
#ifndef MARGINALIA_UTIL_H
#define MARGINALIA_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define UTIL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define UTIL_NORETURN __attribute__((noreturn))
#define UTIL_NOINLINE __attribute__((noinline))
#else
#define UTIL_PRINTF(f, a)
#define UTIL_NORETURN
#define UTIL_NOINLINE
#endif

/* Prints "marginalia: <message>" to stderr and exits with status 1. For the
 * impossible only (out of memory); input errors use a cause instead. */
void fatal(const char *fmt, ...) UTIL_PRINTF(1, 2) UTIL_NORETURN;

/* The allocation family: never returns NULL (fatal() instead). */
void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) UTIL_PRINTF(1, 2);
char *xvasprintf(const char *fmt, va_list ap) UTIL_PRINTF(1, 0);

/* Fills *cause (when cause is not NULL) with a formatted message the caller
 * frees. Always returns -1, so "return util_cause_set(cause, ...)" reads. */
int util_cause_set(char **cause, const char *fmt, ...) UTIL_PRINTF(2, 3);

/* A growable byte buffer, always NUL-terminated once anything was added. */
struct util_buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 util_buf_init(struct util_buf *b);
void	 util_buf_clear(struct util_buf *b);	/* frees, back to empty */
void	 util_buf_add(struct util_buf *b, const void *data, size_t len);
void	 util_buf_add_str(struct util_buf *b, const char *s);
void	 util_buf_add_char(struct util_buf *b, char c);
void	 util_buf_add_cp(struct util_buf *b, int32_t cp); /* UTF-8 encode */
void	 util_buf_printf(struct util_buf *b, const char *fmt, ...)
	    UTIL_PRINTF(2, 3);
/* Hands the contents (NUL-terminated, "" when empty) to the caller, who
 * frees them; the buffer is empty afterwards. */
char	*util_buf_steal(struct util_buf *b, size_t *len);

/* Decodes one code point at s (len bytes available). Returns the bytes it
 * used (>= 1 when len > 0), or -1 for an invalid sequence (one byte should
 * then be skipped). */
int	 util_utf8_decode(const char *s, size_t len, int32_t *cp);

/* Copies len bytes of s, replacing every invalid sequence (and NUL bytes)
 * with U+FFFD; *invalid (if not NULL) gets the number replaced. Caller
 * frees; *out_len (if not NULL) gets the result's length. */
char	*util_utf8_repair(const char *s, size_t len, size_t *out_len,
	    size_t *invalid);

/* True when s[0..len) is valid UTF-8 with no NUL byte. */
int	 util_utf8_valid(const char *s, size_t len);

/* Number of code points in valid UTF-8 s[0..len). */
size_t	 util_utf8_cp_count(const char *s, size_t len);

/* NFC of valid UTF-8 s. Caller frees. */
char	*util_utf8_nfc(const char *s);
/* Whether NFC surely leaves s unchanged (0: it may not). */
int	 util_utf8_nfc_inert(const char *s);

/* Case folding for search: NFKC case fold, and with strip_marks also
 * combining marks removed (so "Straße" ~ "STRASSE", "é" ~ "e"). Caller
 * frees. */
char	*util_utf8_fold(const char *s, int strip_marks);

/* The grapheme cluster starting at s: returns its length in bytes (0 only
 * when len is 0) and stores its display width in *width (0, 1 or 2; a ZWJ
 * emoji sequence or a flag is one cluster of width 2). */
size_t	 util_utf8_grapheme_next(const char *s, size_t len, int *width);

/* Display width of valid UTF-8 s[0..len), summed over grapheme clusters. */
size_t	 util_utf8_width(const char *s, size_t len);

/* Copies s[0..len) without C0 and C1 control characters, DEL, and whole
 * terminal escape sequences (ESC [ … final, ESC ] … BEL/ST, other ESC x).
 * Newlines and tabs are kept when keep_newlines is set, else each becomes a
 * space. Input must be valid UTF-8. Caller frees. */
char	*util_text_strip_controls(const char *s, size_t len, int keep_newlines);

/* What block text must be: controls and escapes removed, NFC, every run of
 * white space (Unicode Zs, tab, newline, U+00A0 included) one ASCII space,
 * trimmed. Input must be valid UTF-8. Caller frees. */
char	*util_text_clean(const char *s, size_t len);

/* s with its straight double quotes set as German typesetting sets them,
 * „…“, when every one of them opens or closes a quotation (an opening one
 * at the start or after a space, dash or bracket and before a letter; a
 * closing one after a non-space and before the end, a space or
 * punctuation) and they pair up. NULL when s is left as it is: no
 * quotes, an odd count, or marks that are inches or seconds. Caller frees. */
char	*util_text_quotes_de(const char *s);

#endif
