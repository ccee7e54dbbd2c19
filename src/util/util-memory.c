/*
 * Memory that never fails and the two ways to report trouble.
 *
 * Every allocator here either returns usable memory or calls fatal(), so a
 * NULL pointer elsewhere in the program only ever means "not found". Zero
 * sized requests still return a unique pointer, which callers may free.
 * Memory from these functions is plain malloc() memory: free() releases it.
 */

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void
fatal(const char *fmt, ...)
{
	va_list	ap;

	fflush(stdout);
	fputs("marginalia: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *
xmalloc(size_t size)
{
	void	*p;

	/* malloc(0) may return NULL, which must never mean failure here. */
	if (size == 0)
		size = 1;
	if ((p = malloc(size)) == NULL)
		fatal("out of memory allocating %zu bytes", size);
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void	*p;

	if (nmemb == 0 || size == 0)
		nmemb = size = 1;
	if ((p = calloc(nmemb, size)) == NULL)
		fatal("out of memory allocating %zu * %zu bytes", nmemb, size);
	return p;
}

void *
xrealloc(void *ptr, size_t size)
{
	return xreallocarray(ptr, 1, size);
}

void *
xreallocarray(void *ptr, size_t nmemb, size_t size)
{
	void	*p;

	if (nmemb != 0 && size > SIZE_MAX / nmemb)
		fatal("allocation overflow: %zu * %zu bytes", nmemb, size);
	size *= nmemb;
	/* realloc(p, 0) may free p and return NULL; keep one byte instead. */
	if (size == 0)
		size = 1;
	if ((p = realloc(ptr, size)) == NULL)
		fatal("out of memory reallocating %zu bytes", size);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* Copies at most n bytes of s, stopping early at a NUL, and terminates. */
char *
xstrndup(const char *s, size_t n)
{
	const char	*end = memchr(s, '\0', n);
	char		*p;

	if (end != NULL)
		n = end - s;
	if (n == SIZE_MAX)
		fatal("allocation overflow: string of %zu bytes", n);
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list	 copy;
	char	*s;
	int	 n;

	/* Measure first, then print; ap is consumed once per pass. */
	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		fatal("bad format \"%s\": %s", fmt, strerror(errno));
	s = xmalloc((size_t)n + 1);
	if (vsnprintf(s, (size_t)n + 1, fmt, ap) != n)
		fatal("format \"%s\" printed inconsistently", fmt);
	return s;
}

int
util_cause_set(char **cause, const char *fmt, ...)
{
	va_list	ap;

	if (cause == NULL)
		return -1;
	va_start(ap, fmt);
	*cause = xvasprintf(fmt, ap);
	va_end(ap);
	return -1;
}
