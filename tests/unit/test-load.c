/* load: every way a source can be refused, repair of bad UTF-8, the BOM,
 * and sniffing. Files are made in a temporary directory per test. */
#include <unistd.h>

#include "test-helpers.h"

#include "load.h"

struct test_load_dir {
	char	path[64];
};

static int
test_load_setup(void **state)
{
	struct test_load_dir *dir = calloc(1, sizeof *dir);

	snprintf(dir->path, sizeof dir->path, "/tmp/marginalia-load-XXXXXX");
	if (mkdtemp(dir->path) == NULL)
		return -1;
	*state = dir;
	return 0;
}

static int
test_load_teardown(void **state)
{
	struct test_load_dir	*dir = *state;
	char			 cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir->path);
	if (system(cmd) != 0)
		return -1;
	free(dir);
	return 0;
}

static char *
test_load_write(void **state, const char *name, const char *data,
    size_t len)
{
	struct test_load_dir	*dir = *state;
	char			*path = malloc(128);
	FILE			*f;

	snprintf(path, 128, "%s/%s", dir->path, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

/* Loads path and expects a failure whose cause contains want. */
static void
test_load_refused(const char *path, size_t max, const char *want)
{
	struct load_result	 r;
	char			*cause = NULL;

	assert_int_equal(load_source(path, max, &r, &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, want));
	assert_null(strchr(cause, '\n'));
	free(cause);
}

static void
test_load_ok_text(void **state)
{
	char			*path = test_load_write(state, "a.txt",
	    "\xef\xbb\xbfHallo Welt\n", 14);
	struct load_result	 r;

	assert_int_equal(load_source(path, LOAD_DEFAULT_MAX_SIZE, &r, NULL),
	    0);
	assert_string_equal(r.data, "Hallo Welt\n");
	assert_int_equal(r.len, 11);
	assert_int_equal(r.invalid, 0);
	assert_int_equal(r.kind, LOAD_KIND_TEXT);
	load_result_clear(&r);
	free(path);
}

static void
test_load_repairs_invalid_utf8(void **state)
{
	char			*path = test_load_write(state, "b.txt",
	    "ok \xff and \xc3", 10);
	struct load_result	 r;

	assert_int_equal(load_source(path, 100, &r, NULL), 0);
	assert_string_equal(r.data, "ok \xef\xbf\xbd and \xef\xbf\xbd");
	assert_int_equal(r.invalid, 2);
	load_result_clear(&r);
	free(path);
}

static void
test_load_refuses_bad_sources(void **state)
{
	struct test_load_dir	*dir = *state;
	char			*empty, *blank, *binary, *big, missing[128];

	empty = test_load_write(state, "empty", "", 0);
	blank = test_load_write(state, "blank", " \n\t\n", 4);
	binary = test_load_write(state, "bin", "PK\0\3abc", 7);
	big = test_load_write(state, "big", "0123456789", 10);
	snprintf(missing, sizeof missing, "%s/nope", dir->path);
	test_load_refused(missing, 100, "No such file");
	test_load_refused(dir->path, 100, "is a directory");
	test_load_refused(empty, 100, "empty");
	test_load_refused(blank, 100, "empty");
	test_load_refused(binary, 100, "binary");
	test_load_refused(big, 9, "larger than 9 bytes");
	free(empty);
	free(blank);
	free(binary);
	free(big);
}

static void
test_load_sniffs_html(void **state)
{
	const char *html = "\n  <!DOCTYPE html><html>";

	(void)state;
	assert_int_equal(load_sniff(html, strlen(html)), LOAD_KIND_HTML);
	assert_int_equal(load_sniff("<HTML lang=de>", 14), LOAD_KIND_HTML);
	assert_int_equal(load_sniff("Title\n\n<b> is", 13), LOAD_KIND_TEXT);
	assert_int_equal(load_sniff("", 0), LOAD_KIND_TEXT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_load_ok_text,
		    test_load_setup, test_load_teardown),
		cmocka_unit_test_setup_teardown(test_load_repairs_invalid_utf8,
		    test_load_setup, test_load_teardown),
		cmocka_unit_test_setup_teardown(test_load_refuses_bad_sources,
		    test_load_setup, test_load_teardown),
		cmocka_unit_test(test_load_sniffs_html),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
