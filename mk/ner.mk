# mk/ner.mk — the entity model (issue 4; docs/ner.md). Included by the
# Makefile; until then: make -f Makefile -f mk/ner.mk model.
#
# data/ner/model.bin is committed and linked into the library by
# src/analyze/analyze-ner-data.c (.incbin). `make model` rebuilds it from
# the GermEval file under $(SHARED) and the Debian word lists and
# gazetteers; training is deterministic, so the bytes are the same each
# time (`make ner-check-model` proves it).

NER_MODEL     = data/ner/model.bin
NER_TRAIN_TSV = $(SHARED)/corpus/ner/train/NER-de-dev.tsv
NER_TRAINER   = $(BUILD)/tools/ner-train
# The trainer is built from the sources it needs, not from the library,
# so it builds before (and without) a model.
NER_TRAIN_SRC = tools/ner-train.c tools/ner-lexicon.c tools/ner-places.c tools/ner-orgs.c \
                tools/ner-names.c tools/ner-train-out.c \
                src/analyze/analyze-ner-token.c src/analyze/analyze-ner-lex.c \
                src/analyze/analyze-ner-feat.c src/analyze/analyze-ner-decode.c \
                src/analyze/analyze-ner-model.c \
                src/analyze/analyze-ner-head.c \
                $(wildcard src/util/*.c)

.PHONY: model ner-check-model ner-bench

# `make test` retrains once and compares; `make bench` times the pass.
TEST_SUITES  += ner-check-model
BENCH_SUITES += ner-bench
NER_BENCH     = $(BUILD)/tests/ner-bench
NER_BENCH_DIRS = $(SHARED)/corpus/ner/eval $(SHARED)/corpus/ner/news \
                 $(SHARED)/corpus/ner/eval-en

$(NER_TRAINER): $(NER_TRAIN_SRC) tools/ner-train.h src/analyze/analyze-ner.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Isrc/analyze -Itools $(CFLAGS) $(LDFLAGS) -o $@ \
	    $(NER_TRAIN_SRC) $(LDLIBS)

model: $(NER_TRAINER)
	$(NER_TRAINER) $(NER_TRAIN_TSV) $(NER_MODEL).tmp
	mv $(NER_MODEL).tmp $(NER_MODEL)

# The object that embeds the model must follow it.
$(BUILD)/src/analyze/analyze-ner-data.o: $(NER_MODEL)

# Retrains into a scratch file and compares it with the committed model.
ner-check-model: $(NER_TRAINER)
	@NER_TRAINER=$(NER_TRAINER) ./tests/ner/check-model.sh $(NER_TRAIN_TSV) \
	    $(NER_MODEL)

$(NER_BENCH): tests/bench/ner-bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# One core: the program is single-threaded; it fails below 200,000 tok/s.
ner-bench: $(NER_BENCH)
	@$(NER_BENCH) $(NER_BENCH_DIRS)
