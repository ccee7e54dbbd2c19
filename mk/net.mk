# Network fetching and feeds: the network tests against a local server of
# their own (tests/net/), also under the sanitizers, and the feed benchmark.
#
#   net-tests     tests/net/run.sh against the binary (127.0.0.1 only)
#   feed-bench    time to read a 500-item feed (tests/bench/feed-bench.sh)

TEST_SUITES  += net-tests
CHECK_SUITES += net-tests
BENCH_SUITES += feed-bench

.PHONY: net-tests feed-bench

net-tests: $(BIN)
	@./tests/net/run.sh $(BIN)

feed-bench: $(BIN)
	@./tests/bench/feed-bench.sh $(BIN)
