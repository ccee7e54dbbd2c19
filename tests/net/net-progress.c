/*
 * The fetch's progress hook, as the reader will use it: net-progress URL
 * [CANCEL_AFTER] fetches URL with a callback that counts its calls and,
 * given CANCEL_AFTER, cancels once that many body bytes arrived. Prints
 * "ok BYTES CALLS" or "error CAUSE"; exit status 0 or 2.
 */
#include <stdio.h>
#include <stdlib.h>

#include "load.h"

struct net_progress_state {
	size_t	 cancel_after;	/* 0: never */
	size_t	 calls;
	size_t	 last;
};

static int
net_progress_cb(size_t bytes, size_t total, void *arg)
{
	struct net_progress_state	*st = arg;

	(void)total;
	st->calls++;
	if (bytes < st->last) {
		fprintf(stderr, "progress went back: %zu < %zu\n", bytes,
		    st->last);
		exit(1);
	}
	st->last = bytes;
	return st->cancel_after > 0 && bytes >= st->cancel_after;
}

int
main(int argc, char **argv)
{
	struct net_progress_state	 st = { 0, 0, 0 };
	struct load_net_options		 opts = { 0 };
	struct load_result		 r;
	char				*cause = NULL;

	if (argc < 2)
		return 1;
	if (argc > 2)
		st.cancel_after = strtoul(argv[2], NULL, 10);
	opts.progress = net_progress_cb;
	opts.progress_arg = &st;
	if (load_url(argv[1], &opts, &r, &cause) != 0) {
		printf("error %s\n", cause);
		free(cause);
		return 2;
	}
	printf("ok %zu %zu\n", st.last, st.calls);
	load_result_clear(&r);
	return 0;
}
