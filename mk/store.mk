# The store's durability tests (tests/store/): a checker that needs only
# SQLite, a writer linked with the library, and the shell script that
# kills writers at random moments. `make store-test` runs them; the plain
# build only (SIGKILL loops under ASan prove nothing more and run slowly).
# KILL_ITERATIONS and KILL_SECONDS bound the kill loop (default 200, 60).

STORE_TEST_DIR := $(BUILD)/tests/store
STORE_TEST_BIN := $(STORE_TEST_DIR)/store-check $(STORE_TEST_DIR)/store-writer

.PHONY: store-test

$(STORE_TEST_DIR)/store-check: tests/store/store-check.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

$(STORE_TEST_DIR)/store-writer: tests/store/store-writer.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

store-test: $(BIN) $(STORE_TEST_BIN)
	@./tests/store/kill-test.sh $(BIN) $(STORE_TEST_DIR)

TEST_SUITES += store-test

# The library's speed with 1,000 articles and 10,000 notes (make bench).
$(STORE_TEST_DIR)/store-bench: tests/store/store-bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

.PHONY: store-bench
store-bench: $(STORE_TEST_DIR)/store-bench
	@$(STORE_TEST_DIR)/store-bench 1000 10000

BENCH_SUITES += store-bench

# The note commands end to end (plain and sanitizer builds).
.PHONY: store-cli
store-cli: $(BIN)
	@./tests/store/cli-test.sh $(BIN) docs/samples/dw-russland-nordkorea.txt

TEST_SUITES  += store-cli
CHECK_SUITES += store-cli
