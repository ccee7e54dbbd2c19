#!/usr/bin/env bash
# make valgrind: the plain (unsanitized) build under memcheck — the binary
# on the bundled sample in every format and from standard input, then each
# unit test binary. It finds what ASan does not: reads of uninitialised
# memory. Any error or definite leak fails.
#
# Usage: scripts/valgrind.sh BINARY [UNIT_TEST...]    (from the top directory)
set -u

BIN=${1:?usage: scripts/valgrind.sh BINARY [UNIT_TEST...]}
shift
SAMPLE=docs/samples/dw-russland-nordkorea.txt
# shellcheck disable=SC2054 # the commas belong to one option
VALGRIND=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect
    --error-exitcode=99)

passed=0
failed=0

# Runs one command under memcheck, standard input from $VG_STDIN if set; the
# output is thrown away, the report kept. The command's own exit status is
# not judged here (the other suites do that), only memcheck's.
valgrind_case() {
	local name=$1 log rc
	shift
	log=$(mktemp)
	"${VALGRIND[@]}" --log-file="$log" "$@" <"${VG_STDIN:-/dev/null}" >/dev/null 2>&1
	rc=$?
	if [ $rc -eq 99 ] || [ -s "$log" ]; then
		failed=$((failed + 1))
		echo "FAIL $name"
		cat "$log"
	else
		passed=$((passed + 1))
		echo "ok   $name"
	fi
	rm -f "$log"
}

valgrind_main() {
	local fmt t
	command -v valgrind >/dev/null || { echo "valgrind: not installed (make deps-test)" >&2; exit 2; }
	for fmt in json text md; do
		valgrind_case "dump --format $fmt" "$BIN" dump --format "$fmt" "$SAMPLE"
	done
	VG_STDIN=$SAMPLE valgrind_case "dump --from plain -" "$BIN" dump --from plain -
	valgrind_case "dump of a missing file" "$BIN" dump /nonexistent
	for t in "$@"; do
		valgrind_case "$t" "$t"
	done
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ]
}

valgrind_main "$@"
