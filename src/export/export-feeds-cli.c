/*
 * The subscription commands: `feeds` lists them, `feeds import FILE.opml`
 * and `feeds export [-o FILE]` move them between readers, `feed add URL`
 * and `feed remove URL` change one. Like export-cli.c, this file talks to
 * the user: one line on success, "marginalia: …" and status 2 on failure.
 * What is printed comes from feeds and OPML files, so it is cleaned of
 * controls and escape bytes first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "import.h"
#include "load.h"
#include "store.h"
#include "util.h"
#include "export-notes-cli.h"

/* s without controls or escape bytes, for the terminal. Caller frees. */
static char *
export_feeds_clean(const char *s)
{
	return s != NULL ? util_text_clean(s, strlen(s)) : xstrdup("");
}

static int
export_feeds_list(struct store *store)
{
	struct store_feed	*v;
	char			*cause = NULL;
	size_t			 n;

	if (store_feed_list(store, &v, &n, &cause) != 0)
		return export_cli_fail_cause(cause);
	for (size_t i = 0; i < n; i++) {
		char	*url = export_feeds_clean(v[i].url);
		char	*title = export_feeds_clean(v[i].title);

		printf("%s%s%s\n", url, *title != '\0' ? "  " : "", title);
		free(url);
		free(title);
	}
	if (n == 0)
		fprintf(stderr, "marginalia: no subscriptions yet (marginalia "
		    "feed add URL)\n");
	store_feed_list_free(v, n);
	return fflush(stdout) == 0 ? 0 : export_cli_fail("writing output "
	    "failed");
}

static int
export_feeds_import(struct store *store, const char *path)
{
	struct load_result	 in;
	struct import_opml_feed	*v;
	char			*cause = NULL;
	size_t			 n, skipped, added = 0;

	if (load_source(path, IMPORT_FEED_MAX_SIZE, &in, &cause) != 0)
		return export_cli_fail_cause(cause);
	v = import_opml(in.data, in.len, &n, &skipped, &cause);
	load_result_clear(&in);
	if (v == NULL) {
		export_cli_fail("%s: %s", path, cause);
		free(cause);
		return EXPORT_CLI_EXIT;
	}
	for (size_t i = 0; i < n; i++) {
		int	 rc = store_feed_add(store, v[i].url, v[i].title,
			    &cause);

		if (rc < 0) {
			import_opml_free(v, n);
			return export_cli_fail_cause(cause);
		}
		added += (size_t)rc;
	}
	import_opml_free(v, n);
	printf("imported %zu feed%s (%zu already subscribed, %zu without an "
	    "http(s) feed URL skipped)\n", added, added == 1 ? "" : "s",
	    n - added, skipped);
	return 0;
}

static int
export_feeds_export(struct store *store, const struct export_cli_opts *o)
{
	struct store_feed	*v;
	char			*cause = NULL, *out;
	size_t			 n;
	int			 rc;

	if (store_feed_list(store, &v, &n, &cause) != 0)
		return export_cli_fail_cause(cause);
	out = export_opml(v, n);
	store_feed_list_free(v, n);
	rc = export_cli_output(o, out);
	free(out);
	return rc;
}

int
export_cli_feeds(int argc, char **argv)
{
	struct export_cli_opts	 o;
	struct store		*store;
	const char		*sub = argc > 1 ? argv[1] : NULL;
	int			 rc, skip;

	skip = sub != NULL && (strcmp(sub, "import") == 0 ||
	    strcmp(sub, "export") == 0) ? 2 : 1;
	if ((rc = export_cli_parse(argc - skip, argv + skip, &o)) != 0)
		return rc;
	if (skip == 1 && o.source != NULL)
		return export_cli_fail("unknown feeds command '%s' (try "
		    "'marginalia --help')", o.source);
	if (skip == 2 && strcmp(sub, "import") == 0 && o.source == NULL)
		return export_cli_fail("feeds import needs an OPML FILE");
	if (skip == 2 && strcmp(sub, "export") == 0 && o.source != NULL)
		return export_cli_fail("unexpected argument '%s'", o.source);
	if ((store = export_cli_store()) == NULL)
		return EXPORT_CLI_EXIT;
	if (skip == 1)
		rc = export_feeds_list(store);
	else if (strcmp(sub, "import") == 0)
		rc = export_feeds_import(store, o.source);
	else
		rc = export_feeds_export(store, &o);
	store_close(store);
	return rc;
}

/* feed add URL / feed remove URL. */
int
export_cli_feed(int argc, char **argv)
{
	struct store	*store;
	const char	*sub = argv[1], *url = argc > 2 ? argv[2] : NULL;
	char		*cause = NULL;
	int		 rc, add = strcmp(sub, "add") == 0;

	if (url == NULL || argc > 3)
		return export_cli_fail("usage: marginalia feed %s URL", sub);
	if (!import_feed_link_ok(url)) {
		char	*clean = export_feeds_clean(url);

		rc = export_cli_fail("not an http(s) URL: '%s'", clean);
		free(clean);
		return rc;
	}
	if ((store = export_cli_store()) == NULL)
		return EXPORT_CLI_EXIT;
	rc = add ? store_feed_add(store, url, NULL, &cause) :
	    store_feed_remove(store, url, &cause);
	store_close(store);
	if (rc < 0)
		return export_cli_fail_cause(cause);
	if (!add && rc == 0)
		return export_cli_fail("not subscribed to %s", url);
	printf("%s %s\n", add ? rc ? "subscribed to" : "already subscribed to"
	    : "unsubscribed from", url);
	return 0;
}
