# Feeds in the reader (issue 8), included from the Makefile (mk/*.mk):
#
#   feeds-e2e           tests/e2e/feeds.sh: the feed screen, an item read
#                       and annotated, reopened offline from the library
#                       and by URL, a cancelled slow fetch, subscriptions
#                       and OPML, in tmux against tests/net/server.py on
#                       127.0.0.1 (plain and sanitized)
#   feed-screen-bench   a 500-item feed to the feed screen's first frame
#                       (make bench)

FEED_SCREEN_BENCH := $(BUILD)/tests/feed-screen-bench

.PHONY: feeds-e2e feed-screen-bench

TEST_SUITES  += feeds-e2e
CHECK_SUITES += feeds-e2e
BENCH_SUITES += feed-screen-bench

feeds-e2e: $(BIN)
	@./tests/e2e/feeds.sh $(BIN)

$(FEED_SCREEN_BENCH): tests/bench/feed-screen-bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Isrc/tui $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) \
	    $(LDLIBS)

feed-screen-bench: $(BIN) $(FEED_SCREEN_BENCH)
	@FEED_SCREEN_BENCH=$(FEED_SCREEN_BENCH) ./tests/bench/feed-bench.sh \
	    $(BIN)
