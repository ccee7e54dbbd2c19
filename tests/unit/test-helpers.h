/*
 * What every unit test includes: cmocka in the order it needs, and a way to
 * find ../shared/ (the samples and corpora) that skips cleanly without it.
 * Tests run from the repository's top directory.
 */
#ifndef MARGINALIA_TEST_HELPERS_H
#define MARGINALIA_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

/* The path of a file under ../shared/ (or $MARGINALIA_SHARED), or NULL
 * when it is not there. Caller frees. */
static inline char *
test_shared_path(const char *rel)
{
	const char	*dir = getenv("MARGINALIA_SHARED");
	struct stat	 st;
	char		*path;
	size_t		 n;

	if (dir == NULL || *dir == '\0')
		dir = "../shared";
	n = strlen(dir) + strlen(rel) + 2;
	path = malloc(n);
	if (path == NULL)
		return NULL;
	snprintf(path, n, "%s/%s", dir, rel);
	if (stat(path, &st) != 0) {
		free(path);
		return NULL;
	}
	return path;
}

/* Reads a whole file, NUL-terminated; NULL if it cannot. Caller frees. */
static inline char *
test_read_file(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*data = NULL;
	long	 size;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (data = malloc(size + 1)) != NULL) {
		if (fread(data, 1, size, f) != (size_t)size) {
			free(data);
			data = NULL;
		} else {
			data[size] = '\0';
			if (len != NULL)
				*len = size;
		}
	}
	fclose(f);
	return data;
}

/* Skips the current test with a message saying what is missing. */
#define TEST_SKIP_WITHOUT(path, rel) do {				\
	if ((path) == NULL) {						\
		print_message("skipped: ../shared/%s is absent\n", rel);\
		skip();							\
	}								\
} while (0)

#endif
