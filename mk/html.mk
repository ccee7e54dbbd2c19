# HTML import: its fuzz target and its benchmark. Included by the Makefile
# (mk/*.mk); until then: make -f Makefile -f mk/html.mk fuzz-html.
#
#   fuzz-html       build the HTML fuzzer and run it HTML_FUZZ_SECONDS
#                   (default 60) on a copy of tests/fuzz/fuzz-import-html.seeds/
#   bench-html      dump the extraction corpus one process per page and
#                   compare with a bare libxml2 parse (tests/bench/); also
#                   times load + import_html alone (import-parse)

BENCH_SUITES += bench-html

HTML_FUZZ_SECONDS ?= 60
HTML_FUZZ_BIN      = $(FUZZ_BUILD)/fuzz-import-html
HTML_FUZZ_RUN      = build/fuzz/corpus-html
HTML_BENCH_BARE    = $(BUILD)/bench/bare-parse
HTML_BENCH_IMPORT  = $(BUILD)/bench/import-parse

.PHONY: fuzz-html fuzz-html-build bench-html

fuzz-html-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
	    OPT="$(SAN_OPT)" SAN="$(FUZZ_SAN)" $(HTML_FUZZ_BIN)

fuzz-html: fuzz-html-build
	@mkdir -p $(HTML_FUZZ_RUN)
	$(HTML_FUZZ_BIN) -max_total_time=$(HTML_FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 $(HTML_FUZZ_RUN) tests/fuzz/fuzz-import-html.seeds

$(HTML_BENCH_BARE): tests/bench/bare-parse.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(shell pkg-config --libs libxml-2.0)

$(HTML_BENCH_IMPORT): tests/bench/bare-parse.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -DBARE_PARSE_IMPORT $(LDFLAGS) -o $@ $< \
	    $(LIB) $(LDLIBS)

bench-html: $(BIN) $(HTML_BENCH_BARE) $(HTML_BENCH_IMPORT)
	@HTML_BENCH_IMPORT=$(HTML_BENCH_IMPORT) ./tests/bench/html-bench.sh \
	    $(BIN) $(HTML_BENCH_BARE) $(SHARED)/corpus/extraction/html
