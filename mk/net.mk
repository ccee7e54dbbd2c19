# Network fetching and feeds: the network tests against a local server of
# their own (tests/net/), also under the sanitizers, and the feed benchmark.
#
#   net-tests     tests/net/run.sh against the binary and the progress
#                 hook's driver (tests/net/net-progress.c), 127.0.0.1 only
#   feed-bench    time to read a 500-item feed (tests/bench/feed-bench.sh)

TEST_SUITES  += net-tests
CHECK_SUITES += net-tests
BENCH_SUITES += feed-bench

NET_PROGRESS = $(BUILD)/tests/net-progress

.PHONY: net-tests feed-bench

$(NET_PROGRESS): tests/net/net-progress.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

net-tests: $(BIN) $(NET_PROGRESS)
	@./tests/net/run.sh $(BIN) $(NET_PROGRESS)

feed-bench: $(BIN)
	@./tests/bench/feed-bench.sh $(BIN)
