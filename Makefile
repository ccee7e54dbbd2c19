# marginalia — one plain GNU Makefile. Libraries only through pkg-config;
# scripts/deps.sh installs what is missing on a Debian machine.

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
# The sanitizer build lives in its own tree so both can coexist.
BUILD    ?= build
SAN      ?=

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)
CMOCKA_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)

CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L -DMARGINALIA_VERSION='"$(VERSION)"'
CFLAGS   += -std=c11 $(WARN) $(OPT) $(SAN) $(PKG_CFLAGS)
LDFLAGS  += $(SAN)
LDLIBS   += $(PKG_LIBS)

LIB_SRC  := $(sort $(wildcard src/*/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libmarginalia.a
BIN      := $(BUILD)/marginalia
TEST_SRC := $(sort $(wildcard tests/unit/test-*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps deps-test run test unit cli check bench fuzz install clean

all: deps
	@$(MAKE) --no-print-directory marginalia

deps:
	@./scripts/deps.sh

deps-test:
	@./scripts/deps.sh --test

marginalia: $(BIN)
	cp $(BIN) $@

$(BUILD)/%.o: %.c $(wildcard include/*.h) $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/src/main.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test-helpers.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(CMOCKA_CFLAGS) $(LDFLAGS) \
	    -o $@ $< $(LIB) $(LDLIBS) $(CMOCKA_LIBS)

run: all
	./marginalia dump --format text docs/samples/dw-russland-nordkorea.txt

unit: $(TEST_BIN)
	@./tests/run-unit.sh $(TEST_BIN)

cli: $(BIN)
	@./tests/cli/run.sh $(BIN)

# Everything once plainly, then once more under ASan+UBSan.
test: deps-test
	@$(MAKE) --no-print-directory marginalia unit cli
	@$(MAKE) --no-print-directory check

check:
	@$(MAKE) --no-print-directory BUILD=build-san OPT="-O1 -g -fno-omit-frame-pointer" \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" unit cli

clean:
	rm -rf build build-san marginalia

install: marginalia
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 755 marginalia $(DESTDIR)$(BINDIR)/marginalia
	install -m 644 docs/marginalia.1 $(DESTDIR)$(MANDIR)/marginalia.1
