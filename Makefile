# marginalia — one plain GNU Makefile. Libraries only through pkg-config;
# scripts/deps.sh installs what is missing on a Debian machine.
#
# Targets that install packages (all, test) first run deps.sh and then call
# make again, so the pkg-config flags below are read once the libraries are
# there. Variables given on the command line (WERROR=1, CC=…, PREFIX=…) reach
# every sub-make through MAKEFLAGS.

VERSION   = 0.1.0
PREFIX   ?= /usr/local
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man/man1
SHARED   ?= ../shared

CC       ?= cc
PKGS      = ncursesw libxml-2.0 libutf8proc sqlite3 jansson libcurl
WARN      = -Wall -Wextra -Wformat=2 -Wshadow -Wwrite-strings \
            -Wstrict-prototypes -Wmissing-prototypes -Wundef
ifeq ($(WERROR),1)
WARN     += -Werror
endif
OPT      ?= -O2 -g
# Each sanitizer build lives in its own tree so all can coexist.
BUILD    ?= build
SAN      ?=
SAN_BUILD = build-san
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all
SAN_OPT   = -O1 -g -fno-omit-frame-pointer
# Fuzzers: clang, libFuzzer, ASan+UBSan; the tree sits inside build/ so
# that .gitignore and clean cover it.
FUZZ_BUILD   = build/fuzz
FUZZ_SAN     = -fsanitize=fuzzer-no-link,address,undefined \
               -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# STATIC=1 (the default) links the libraries of STATIC_PKGS from their
# archives, which Debian's -dev packages ship: their symbols are then bound
# by the linker once instead of by ld.so at every start (sqlite3 alone is
# built BIND_NOW with 1,600 of them), the largest part of the start-up of a
# dump (docs/startup.md). libxml2 stays shared: its archive drags ICU in.
# STATIC=0 links every library as a shared object; it is the default
# where the compiler finds one of the archives missing.
STATIC_PKGS  = sqlite3 jansson libutf8proc ncursesw
STATIC_ARCHIVES = $(foreach l,sqlite3 jansson utf8proc ncursesw tinfo,\
                  $(shell $(CC) -print-file-name=lib$(l).a))
STATIC      ?= $(if $(filter-out /%,$(STATIC_ARCHIVES)),0,1)
ifeq ($(STATIC),1)
PKG_LIBS   := -Wl,-Bstatic $(shell pkg-config --libs $(STATIC_PKGS) 2>/dev/null) \
              -Wl,-Bdynamic \
              $(shell pkg-config --libs $(filter-out $(STATIC_PKGS),$(PKGS)) 2>/dev/null) \
              -lm -lz -ldl -lpthread
else
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
endif
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)
CMOCKA_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)

CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L -DMARGINALIA_VERSION='"$(VERSION)"'
CFLAGS   += -std=c11 $(WARN) $(OPT) $(SAN) $(PKG_CFLAGS)
LDFLAGS  += $(SAN) -Wl,--as-needed
LDLIBS   += $(PKG_LIBS)

LIB_SRC  := $(sort $(wildcard src/*/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libmarginalia.a
BIN      := $(BUILD)/marginalia
TEST_SRC := $(sort $(wildcard tests/unit/test-*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz-*.c))
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_BUILD)/%)

# Modules add their own rules in mk/*.mk (included at the end) and name
# there the extra suites `make test` runs on the plain build, the ones
# `make check` repeats under the sanitizers, and their benchmarks.
TEST_SUITES  :=
CHECK_SUITES :=
BENCH_SUITES :=

# The CLI tests skip what a sanitizer build cannot do (valgrind).
SANITIZED = $(if $(strip $(SAN)),1,0)

.PHONY: all deps deps-test run test unit cli quality check bench fuzz \
        fuzz-build fuzz-targets valgrind install clean

all: deps
	@$(MAKE) --no-print-directory marginalia

deps:
	@./scripts/deps.sh

deps-test:
	@./scripts/deps.sh --test

# Replaced by rename, so a copy that is running (a scorer, a test) is not
# in the way ("text file busy") and never sees a half-written file.
marginalia: $(BIN)
	cp $(BIN) $@.tmp && mv -f $@.tmp $@

$(BUILD)/%.o: %.c $(wildcard include/*.h) $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/src/main.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(CMOCKA_CFLAGS) $(LDFLAGS) \
	    -o $@ $< $(LIB) $(LDLIBS) $(CMOCKA_LIBS)

# Opens the bundled sample in the reader (a text dump when not on a terminal).
run: all
	./marginalia docs/samples/dw-russland-nordkorea.txt

unit: $(TEST_BIN)
	@./tests/run-unit.sh $(TEST_BIN)

cli: $(BIN)
	@MARGINALIA_SANITIZED=$(SANITIZED) ./tests/cli/run.sh $(BIN)

# The measured gates against ../shared (skipped when it is absent).
quality: $(BIN)
	@MARGINALIA_SHARED=$(SHARED) ./tests/quality/run.sh $(BIN)

# Everything once plainly, then once more under ASan+UBSan. One stage per
# sub-make so that a -j build never interleaves two test suites.
test: deps-test
	@$(MAKE) --no-print-directory marginalia
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory cli
	@$(MAKE) --no-print-directory quality
	@for suite in $(TEST_SUITES); do \
	    $(MAKE) --no-print-directory $$suite || exit 1; done
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20
	@$(MAKE) --no-print-directory check

check:
	@$(MAKE) --no-print-directory BUILD=$(SAN_BUILD) OPT="$(SAN_OPT)" \
	    SAN="$(SAN_FLAGS)" unit
	@$(MAKE) --no-print-directory BUILD=$(SAN_BUILD) OPT="$(SAN_OPT)" \
	    SAN="$(SAN_FLAGS)" cli
	@for suite in $(CHECK_SUITES); do \
	    $(MAKE) --no-print-directory BUILD=$(SAN_BUILD) OPT="$(SAN_OPT)" \
	    SAN="$(SAN_FLAGS)" $$suite || exit 1; done

# The library rebuilt with clang for libFuzzer; fuzz-targets is only
# meaningful inside that sub-make (BUILD=$(FUZZ_BUILD)).
fuzz-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
	    OPT="$(SAN_OPT)" SAN="$(FUZZ_SAN)" fuzz-targets

fuzz-targets: $(FUZZ_BIN)

$(BUILD)/fuzz-%: tests/fuzz/fuzz-%.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)

fuzz: fuzz-build
	@./tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BIN)

# Not part of `make test`: timings depend on the machine.
bench: deps-test
	@$(MAKE) --no-print-directory marginalia
	@./tests/bench/run.sh $(BIN)
	@for suite in $(BENCH_SUITES); do \
	    $(MAKE) --no-print-directory $$suite || exit 1; done

# The plain build's unit tests and binary under valgrind's memcheck.
valgrind: $(BIN) $(TEST_BIN)
	@./scripts/valgrind.sh $(BIN) $(TEST_BIN)

clean:
	rm -rf build $(SAN_BUILD) marginalia tests/fuzz/corpus-run

install: marginalia
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 755 marginalia $(DESTDIR)$(BINDIR)/marginalia
	install -m 644 docs/marginalia.1 $(DESTDIR)$(MANDIR)/marginalia.1

-include $(sort $(wildcard mk/*.mk))
