#!/usr/bin/env bash
# End-to-end tests of the command line: the real binary, run the way a user
# or a script runs it. Each test is a function cli_test_<name> that returns
# non-zero after saying why with cli_fail; cli_main runs them all and ends
# with "N passed, N failed[, N skipped]".
#
# Usage: tests/cli/run.sh BINARY    (from the top directory)
# MARGINALIA_SANITIZED=1 marks an ASan/UBSan binary: valgrind is skipped.
set -u

BIN=${1:?usage: tests/cli/run.sh BINARY}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
TOP=$PWD
SAMPLE=docs/samples/dw-russland-nordkorea.txt
TMP=$(mktemp -d)
trap 'chmod -R u+rwX "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT

passed=0
failed=0
skipped=0
why=""

# --- helpers -------------------------------------------------------------

# Records why the current test failed; the runner prints it.
cli_fail() {
	why="$*"
	return 1
}

# Marks the current test as skipped (exit status 77, as automake does).
cli_skip() {
	why="$*"
	return 77
}

# Runs the binary; afterwards $OUT and $ERR name files with its standard
# output and error and $RC holds its exit status. Standard input is
# /dev/null unless CLI_STDIN names a file.
cli_run() {
	OUT=$TMP/out ERR=$TMP/err
	"$BIN" "$@" <"${CLI_STDIN:-/dev/null}" >"$OUT" 2>"$ERR"
	RC=$?
}

# The last run must have failed the way every bad input must: exit status 2,
# nothing on standard output, exactly one line on standard error that
# starts with "marginalia: ". The status rules out a crash (128 + signal) and
# a sanitizer report (1); the single line rules out a leak or UB report.
cli_expect_error() {
	local lines
	lines=$(wc -l <"$ERR")
	[ "$RC" -eq 2 ] || cli_fail "exit status $RC, want 2; stderr: $(head -c 300 "$ERR")" || return
	[ ! -s "$OUT" ] || cli_fail "standard output not empty: $(head -c 100 "$OUT")" || return
	[ "$lines" -eq 1 ] || cli_fail "$lines lines on stderr, want 1: $(head -c 300 "$ERR")" || return
	grep -q '^marginalia: ' "$ERR" || cli_fail "stderr does not start with 'marginalia: ': $(cat "$ERR")"
}

# The last run must have succeeded silently: exit status 0, output, nothing
# on standard error.
cli_expect_ok() {
	[ "$RC" -eq 0 ] || cli_fail "exit status $RC, want 0; stderr: $(head -c 300 "$ERR")" || return
	[ -s "$OUT" ] || cli_fail "no output" || return
	[ ! -s "$ERR" ] || cli_fail "unexpected stderr: $(head -c 300 "$ERR")"
}

# Checks $OUT is dump JSON version 1 and runs an optional Python expression
# over it as `d` (it must be true), e.g. cli_json 'd["source"] == "-"'.
cli_json() {
	local msg
	msg=$(python3 - "$OUT" "${1:-True}" 2>&1 <<'EOF'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
except ValueError as e:
    sys.exit("not JSON: %s" % e)
if d.get("marginalia") != 1:
    sys.exit('no "marginalia": 1')
if not eval(sys.argv[2]):
    sys.exit("JSON check failed: " + sys.argv[2])
EOF
) || cli_fail "$msg"
}

# A file of plain paragraphs long enough for any importer to keep.
cli_make_text() {
	local path=$1 i
	: >"$path"
	for i in 1 2 3; do
		printf 'Absatz %d: Der Bericht beschreibt ausführlich, was am Mittwoch geschah, und zitiert mehrere Fachleute aus Seoul und Tokio.\n\n' "$i" >>"$path"
	done
}

# --- help and version ----------------------------------------------------

cli_test_help() {
	local args
	for args in "--help" "-h" "dump --help" "dump -h"; do
		# shellcheck disable=SC2086
		cli_run $args
		[ "$RC" -eq 0 ] || cli_fail "'$args': exit status $RC" || return
		grep -qi 'usage' "$OUT" || cli_fail "'$args': no usage on stdout" || return
		grep -q 'dump' "$OUT" || cli_fail "'$args': usage does not mention dump" || return
		[ ! -s "$ERR" ] || cli_fail "'$args': stderr not empty" || return
	done
}

cli_test_version() {
	local want
	want="marginalia $(sed -n 's/^VERSION *= *//p' "$TOP/Makefile")"
	cli_run --version
	[ "$RC" -eq 0 ] || cli_fail "exit status $RC" || return
	[ "$(cat "$OUT")" = "$want" ] || cli_fail "printed '$(cat "$OUT")', want '$want'"
}

# Every option the usage names is documented in the man page.
cli_test_man_page_covers_options() {
	local opt
	cli_run --help
	for opt in $(grep -o -- '--[a-z][a-z-]*' "$OUT" | sort -u); do
		# roff spells a minus \-; a page may use either.
		grep -qF -- "${opt//-/\\-}" "$TOP/docs/marginalia.1" ||
		    grep -qF -- "$opt" "$TOP/docs/marginalia.1" ||
		    cli_fail "$opt is in --help but not in docs/marginalia.1" || return
	done
}

# The man page's KEYS section names every command of the reader's table
# (docs/keys.md, which the unit tests check against the table itself).
cli_test_man_page_lists_keys() {
	local cmd
	# The command column of docs/keys.md's tables: "| keys | `name` | …".
	for cmd in $(sed -n 's/^|[^|]*| `\([a-z][a-z-]*\)` |.*/\1/p' "$TOP/docs/keys.md" | sort -u); do
		grep -qF -- ".RB ( ${cmd//-/\\-} )" "$TOP/docs/marginalia.1" ||
		    cli_fail "command $cmd of docs/keys.md is not in the man page's KEYS" || return
	done
}

cli_test_man_page_renders() {
	local warnings
	command -v man >/dev/null || { cli_skip "man is not installed"; return; }
	warnings=$(MANWIDTH=80 man --warnings -l "$TOP/docs/marginalia.1" 2>&1 >/dev/null)
	[ -z "$warnings" ] || cli_fail "man warns: $warnings" || return
	MANWIDTH=80 man -l "$TOP/docs/marginalia.1" 2>/dev/null | grep -q 'EXIT STATUS' ||
	    cli_fail "the rendered page has no EXIT STATUS section"
}

# --- bad input: one line on stderr, exit 2 -------------------------------

cli_test_missing_file() {
	cli_run dump "$TMP/no-such-file"
	cli_expect_error
}

cli_test_missing_file_reader() {
	cli_run "$TMP/no-such-file"
	cli_expect_error
}

cli_test_directory() {
	cli_run dump "$TMP"
	cli_expect_error
}

# As root every file is readable, so the test drops to nobody, running a
# copy of the binary from the scratch directory because the checkout may
# sit where nobody cannot reach (under /root).
cli_test_unreadable_file() {
	local f=$TMP/unreadable.txt bin=$BIN
	local -a as=()
	cli_make_text "$f"
	chmod 000 "$f"
	chmod 755 "$TMP"
	if [ "$(id -u)" -eq 0 ]; then
		command -v setpriv >/dev/null ||
		    { cli_skip "root without setpriv: every file is readable"; return; }
		as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
		bin=$TMP/marginalia-as-nobody
		cp "$BIN" "$bin"
		"${as[@]}" "$bin" --version >/dev/null 2>&1 ||
		    { cli_skip "user 65534 cannot run $bin"; return; }
	fi
	"${as[@]}" "$bin" dump "$f" >"$TMP/out" 2>"$TMP/err" </dev/null
	RC=$? OUT=$TMP/out ERR=$TMP/err
	chmod 700 "$TMP"
	cli_expect_error
}

cli_test_empty_file() {
	: >"$TMP/empty.txt"
	cli_run dump "$TMP/empty.txt"
	cli_expect_error
}

cli_test_whitespace_file() {
	printf ' \n\t\n\r\n   \n' >"$TMP/blank.txt"
	cli_run dump "$TMP/blank.txt"
	cli_expect_error
}

cli_test_binary_file() {
	cli_make_text "$TMP/binary.txt"
	printf 'mitten\0drin\0\0\0\n' >>"$TMP/binary.txt"
	cli_run dump --from plain "$TMP/binary.txt"
	cli_expect_error
}

# A sparse file costs no disk. Its bytes are all NUL, so a loader that read
# before checking the size would call it binary: the message must not.
cli_test_file_over_64mib() {
	truncate -s $((64 * 1024 * 1024 + 1)) "$TMP/huge.txt"
	cli_run dump "$TMP/huge.txt"
	cli_expect_error || return
	! grep -qiE 'binary|NUL' "$ERR" ||
	    cli_fail "the size was not checked before reading: $(cat "$ERR")"
}

cli_test_max_size_rejects() {
	head -c 200 /dev/zero | tr '\0' 'a' >"$TMP/200.txt"
	cli_run dump --from plain --max-size 100 "$TMP/200.txt"
	cli_expect_error
}

cli_test_max_size_accepts() {
	head -c 200 /dev/zero | tr '\0' 'a' >"$TMP/200.txt"
	cli_run dump --from plain --max-size 1000 "$TMP/200.txt"
	cli_expect_ok || return
	cli_json 'd["blocks"][0]["text"] == "a" * 200'
}

cli_test_max_size_raises_default() {
	truncate -s $((64 * 1024 * 1024 + 1)) "$TMP/huge.txt"
	cli_run dump --max-size 128M "$TMP/huge.txt"
	# Raised past 64 MiB the file is read, and then its NUL bytes are
	# what is wrong with it.
	cli_expect_error || return
	grep -qiE 'binary|NUL' "$ERR" ||
	    cli_fail "--max-size 128M did not lift the limit: $(cat "$ERR")"
}

cli_test_bad_max_size() {
	local v
	for v in abc -5 0 12X ""; do
		cli_run dump --max-size "$v" "$SAMPLE"
		cli_expect_error || { why="--max-size '$v': $why"; return 1; }
	done
}

cli_test_unknown_option() {
	cli_run dump --bogus "$SAMPLE"
	cli_expect_error || return
	cli_run --bogus
	cli_expect_error
}

cli_test_unknown_format() {
	cli_run dump --format xml "$SAMPLE"
	cli_expect_error
}

cli_test_unknown_from() {
	cli_run dump --from pdf "$SAMPLE"
	cli_expect_error
}

cli_test_option_without_value() {
	cli_run dump "$SAMPLE" --format
	cli_expect_error
}

cli_test_missing_source() {
	cli_run dump
	cli_expect_error || return
	cli_run dump --format json
	cli_expect_error || return
	cli_run
	cli_expect_error
}

cli_test_two_sources() {
	cli_run dump "$SAMPLE" "$SAMPLE"
	cli_expect_error
}

# A full disk is an I/O error like any other: reported, never ignored.
cli_test_write_error() {
	[ -w /dev/full ] || { cli_skip "no /dev/full"; return; }
	"$BIN" dump "$TOP/$SAMPLE" >/dev/full 2>"$TMP/err" </dev/null
	RC=$? OUT=/dev/null ERR=$TMP/err
	cli_expect_error
}

# --- standard input ------------------------------------------------------

cli_test_stdin() {
	CLI_STDIN=$SAMPLE cli_run dump --format json -
	cli_expect_ok || return
	cli_json 'd["source"] == "-" and len(d["blocks"]) > 0'
}

cli_test_stdin_empty() {
	cli_run dump -
	cli_expect_error
}

cli_test_stdin_over_max_size() {
	head -c 200 /dev/zero | tr '\0' 'a' >"$TMP/200.txt"
	CLI_STDIN=$TMP/200.txt cli_run dump --from plain --max-size 100 -
	cli_expect_error
}

# A pipe has no size to check first: the limit must stop the reading.
cli_test_stdin_over_64mib() {
	yes 'Ein Absatz aus Wörtern, der sich endlos wiederholt.' 2>/dev/null |
	    head -c $((64 * 1024 * 1024 + 100)) |
	    "$BIN" dump --from plain - >"$TMP/out" 2>"$TMP/err"
	RC=$? OUT=$TMP/out ERR=$TMP/err
	cli_expect_error
}

# --- what the output may contain -----------------------------------------

# Three lone invalid bytes, so every way of counting says 3.
cli_test_invalid_utf8() {
	local f=$TMP/bad-utf8.txt
	printf 'Ein Absatz mit einem kaputten \xff Byte und noch einem \x80 hier.\n\nZweiter Absatz \xc3 mit einem halben Zeichen.\n' >"$f"
	cli_run dump --from plain --format json "$f"
	[ "$RC" -eq 0 ] || cli_fail "exit status $RC, want 0: $(cat "$ERR")" || return
	[ "$(wc -l <"$ERR")" -eq 1 ] || cli_fail "want one warning line, got: $(cat "$ERR")" || return
	grep -q '^marginalia: warning: ' "$ERR" || cli_fail "no 'marginalia: warning:' line: $(cat "$ERR")" || return
	grep -qw '3' "$ERR" || cli_fail "the warning does not count 3: $(cat "$ERR")" || return
	cli_json 'sum(b["text"].count("\ufffd") for b in d["blocks"]) == 3' || return
	cli_run dump --from plain --format text "$f"
	[ "$RC" -eq 0 ] || cli_fail "text: exit status $RC" || return
	python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$OUT" ||
	    cli_fail "text output is not valid UTF-8"
}

# Terminal escapes inside an article must never reach any output: not as
# raw bytes in text and Markdown, not as \u001b inside JSON strings.
cli_check_no_escapes() {
	local fmt src=$1
	shift
	for fmt in text md json; do
		cli_run dump "$@" --format "$fmt" "$src"
		[ "$RC" -eq 0 ] || cli_fail "$*: $fmt: exit status $RC: $(cat "$ERR")" || return
		# ESC, BEL and U+009B (CSI) as UTF-8; a bare 0x9b byte is
		# also the second byte of letters like U+011B.
		if LC_ALL=C grep -q -e $'\x1b' -e $'\x07' -e $'\xc2\x9b' "$OUT"; then
			cli_fail "$*: $fmt output holds an escape or BEL byte"
			return
		fi
	done
	python3 - "$OUT" <<'EOF' || cli_fail "$*: a JSON string holds ESC or BEL"
import json, sys
def walk(x):
    if isinstance(x, str):
        assert "\x1b" not in x and "\x07" not in x and "\x9b" not in x, repr(x)
    elif isinstance(x, dict):
        for v in x.values():
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)
walk(json.load(open(sys.argv[1], encoding="utf-8")))
EOF
}

cli_test_escapes_plain() {
	local f=$TMP/escapes.txt
	printf 'Ein Absatz mit \x1b[31mroter\x1b[0m Farbe und einem Fenstertitel \x1b]0;gekapert\x07 mitten im Satz.\n\nNoch ein Absatz, \x1b[2J der den Schirm leeren will.\n' >"$f"
	cli_check_no_escapes "$f" --from plain
}

# The same in a real article through the text importer: in the title, a
# paragraph and a caption.
cli_test_escapes_article() {
	local f=$TMP/escapes-article.txt
	sed -e 's/^Russland und Nordkorea suchen Schulterschluss$/Russland und \x1b]0;gekapert\x07Nordkorea suchen Schulterschluss/' \
	    -e 's/^Der Ort der Begegnung/Der \x1b[31mOrt\x1b[0m der Begegnung/' \
	    -e 's/^Bild: Vladimir/Bild: \x1b[1mVladimir/' "$SAMPLE" >"$f"
	LC_ALL=C grep -c $'\x1b' "$f" | grep -qx 3 || cli_fail "the sample changed: fix the sed above" || return
	cli_check_no_escapes "$f" --from text
}

# --- the bundled sample in every format ----------------------------------

cli_test_sample_json() {
	cli_run dump --format json "$SAMPLE"
	cli_expect_ok || return
	cli_json 'd["source"] == "'"$SAMPLE"'" and d["meta"]["title"] and len(d["blocks"]) > 5'
}

cli_test_sample_json_default() {
	cli_run dump "$SAMPLE"
	cli_expect_ok || return
	cli_json
}

# The title as the JSON dump sees it, for the other formats to show.
cli_sample_title() {
	"$BIN" dump --format json "$SAMPLE" 2>/dev/null |
	    python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["title"] or "")'
}

cli_test_sample_md() {
	local title
	title=$(cli_sample_title)
	[ -n "$title" ] || cli_fail "the sample has no title" || return
	cli_run dump --format md "$SAMPLE"
	cli_expect_ok || return
	[ "$(head -n 1 "$OUT")" = "# $title" ] ||
	    cli_fail "first line '$(head -n 1 "$OUT")', want '# $title'"
}

cli_test_sample_text() {
	local title
	title=$(cli_sample_title)
	[ -n "$title" ] || cli_fail "the sample has no title" || return
	cli_run dump --format text "$SAMPLE"
	cli_expect_ok || return
	grep -qF -- "$title" "$OUT" || cli_fail "the text does not contain '$title'"
}

# `marginalia FILE` prints what `dump --format text` prints (until the
# reader exists).
cli_test_reader_prints_text() {
	"$BIN" dump --format text "$SAMPLE" >"$TMP/want" 2>/dev/null
	cli_run "$SAMPLE"
	cli_expect_ok || return
	cmp -s "$OUT" "$TMP/want" || cli_fail "differs from dump --format text"
}

cli_test_from_text_is_the_sniffed_default() {
	"$BIN" dump "$SAMPLE" >"$TMP/want" 2>/dev/null
	cli_run dump --from text "$SAMPLE"
	cli_expect_ok || return
	cmp -s "$OUT" "$TMP/want" || cli_fail "--from text differs from the sniffed import"
}

cli_test_from_plain_keeps_everything() {
	cli_run dump --from plain --format json "$SAMPLE"
	cli_expect_ok || return
	cli_json 'any(b["text"].startswith("1. Zum Inhalt springen") for b in d["blocks"])'
}

# A web page is sniffed as HTML (or forced with --from html) and its
# article found.
cli_test_html_input() {
	local f=$TMP/page.html
	printf '<!DOCTYPE html>\n<html><head><title>Der Titel</title></head><body><nav><a href="/">Start</a></nav><article><p>Hallo Welt, ein Absatz mit genug Wörtern, um als Artikel zu gelten.</p></article></body></html>\n' >"$f"
	cli_run dump "$f"
	cli_expect_ok || return
	cli_json 'd["meta"]["title"] == "Der Titel" and any("Hallo Welt" in b["text"] for b in d["blocks"])' || return
	cli_run dump --from html "$f"
	cli_expect_ok || return
	cli_json 'any("Hallo Welt" in b["text"] for b in d["blocks"])'
}

# In HTML an escape can also come as a character reference (&#27;, &#x9b;).
cli_test_escapes_html() {
	local f=$TMP/escapes.html
	printf '<!DOCTYPE html>\n<html><head><title>Titel \x1b]0;gekapert\x07 hier</title></head><body><article><h1>Titel</h1><p>Rot &#27;[31mred&#x1b;[0m, &#155;2J und \x1b[1mfett\x1b[0m in einem Absatz, der lang genug ist, um Artikeltext zu sein.</p><p>Ein zweiter Absatz mit weiteren Wörtern, damit der Extraktor ihn behält.</p></article></body></html>\n' >"$f"
	cli_check_no_escapes "$f" --from html
}

# --- memory, install -----------------------------------------------------

cli_test_valgrind() {
	[ "${MARGINALIA_SANITIZED:-0}" = 1 ] &&
	    { cli_skip "sanitizer build: valgrind cannot run it"; return; }
	command -v valgrind >/dev/null || { cli_skip "valgrind is not installed"; return; }
	valgrind -q --leak-check=full --error-exitcode=1 \
	    "$BIN" dump --format json "$SAMPLE" >/dev/null 2>"$TMP/vg" ||
	    cli_fail "valgrind: $(head -c 600 "$TMP/vg")"
}

# make install into a scratch DESTDIR with another PREFIX. The make flags
# of a calling make (BUILD=build-san, …) are dropped: install takes the
# plain build.
cli_test_install() {
	local dest=$TMP/dest prefix=/opt/marginalia-test
	env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS \
	    make -s -C "$TOP" install DESTDIR="$dest" PREFIX="$prefix" >"$TMP/install.log" 2>&1 ||
	    cli_fail "make install failed: $(tail -n 5 "$TMP/install.log")" || return
	[ -x "$dest$prefix/bin/marginalia" ] || cli_fail "no $prefix/bin/marginalia" || return
	[ -f "$dest$prefix/share/man/man1/marginalia.1" ] || cli_fail "no man page under $prefix" || return
	"$dest$prefix/bin/marginalia" --version >/dev/null || cli_fail "the installed binary does not run"
}

# --- runner --------------------------------------------------------------

cli_main() {
	local t rc summary
	cd "$TOP" || exit 2
	[ -x "$BIN" ] || { echo "cli: $BIN is not an executable" >&2; exit 2; }
	# In the order they are written, which goes from simple to involved.
	for t in $(grep -o '^cli_test_[a-z0-9_]*' "${BASH_SOURCE[0]}"); do
		why=""
		"$t"
		rc=$?
		case $rc in
		0) passed=$((passed + 1)); echo "ok   ${t#cli_test_}" ;;
		77) skipped=$((skipped + 1)); echo "skip ${t#cli_test_}: $why" ;;
		*) failed=$((failed + 1)); echo "FAIL ${t#cli_test_}: ${why:-exit status $rc}" ;;
		esac
	done
	summary="$passed passed, $failed failed"
	[ $skipped -gt 0 ] && summary="$summary, $skipped skipped"
	echo "$summary"
	[ $failed -eq 0 ]
}

cli_main "$@"
