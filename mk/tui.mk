# The reader's make rules, included from the Makefile.
#
#	make tui-e2e	the end-to-end tests in tmux (part of `make test`)
#	make tui-bench	paint and keypress timings on a pseudo-terminal
#			(part of `make bench`)

TUI_BENCH := $(BUILD)/tests/tui-bench

.PHONY: tui-e2e tui-bench

TEST_SUITES  += tui-e2e
CHECK_SUITES += tui-e2e
BENCH_SUITES += tui-bench

tui-e2e: $(BIN)
	@./tests/e2e/tui.sh $(BIN)

$(TUI_BENCH): tests/bench/tui-bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Isrc/tui $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) \
	    $(LDLIBS)

tui-bench: $(TUI_BENCH)
	@$(TUI_BENCH) docs/samples/dw-russland-nordkorea.txt
