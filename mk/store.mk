# The store's and the note commands' suites (tests/store/), included by
# the Makefile (mk/*.mk):
#
#   store-test     kill -9 durability loops, concurrent writers, read-only
#                  and damaged libraries (plain build only: SIGKILL loops
#                  under ASan prove nothing more and run slowly);
#                  KILL_ITERATIONS and KILL_SECONDS bound each loop
#                  (default 200 iterations, 60 s)
#   store-cli      notes/export/import/note add end to end, re-anchoring
#                  after the article file is edited (plain and sanitized)
#   store-stress   the re-anchoring matcher against 3,000 random edits
#   store-bench    a library of 1,000 articles and 10,000 notes: open and
#                  list times (make bench)

STORE_TEST_DIR := $(BUILD)/tests/store
STORE_TEST_BIN := $(STORE_TEST_DIR)/store-check $(STORE_TEST_DIR)/store-writer
STORE_STRESS   := $(STORE_TEST_DIR)/store-anchor-stress

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

# The re-anchoring matcher against 3,000 random edits (fixed seed).
$(STORE_STRESS): tests/store/store-anchor-stress.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

.PHONY: store-stress
store-stress: $(STORE_STRESS)
	@$(STORE_STRESS) 3000 6

TEST_SUITES  += store-stress
CHECK_SUITES += store-stress
