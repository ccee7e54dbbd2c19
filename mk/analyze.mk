# Analysis benchmark (tests/bench/analyze-bench.c): what the entity and
# quote passes add to a dump, in process CPU time. Part of `make bench`.

ANALYZE_BENCH := $(BUILD)/tests/analyze-bench

.PHONY: analyze-bench

BENCH_SUITES += analyze-bench

$(ANALYZE_BENCH): tests/bench/analyze-bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

analyze-bench: $(ANALYZE_BENCH)
	@$(ANALYZE_BENCH) docs/samples/dw-russland-nordkorea.txt 300
