#!/usr/bin/env bash
# Runs each cmocka unit test binary given as an argument (from the top
# directory, where the tests look for docs/ and ../shared/), shows its output
# and ends with one line: "N passed, N failed[, N skipped]", N counting tests.
# Exits non-zero when any test failed or any binary died without saying so.
set -u

passed=0
failed=0
skipped=0

# Adds the counts from cmocka's closing lines ("[  PASSED  ] 3 test(s).",
# "[  FAILED  ] 1 test(s), listed below:", "[  SKIPPED ] 1 test(s), …");
# the per-test lines ("[  FAILED  ] name") carry no count and are ignored.
# A binary may run several groups, so every closing line counts.
unit_count() {
	local log=$1 kind n
	while read -r kind n; do
		case $kind in
		PASSED) passed=$((passed + n)) ;;
		FAILED) failed=$((failed + n)) ;;
		SKIPPED) skipped=$((skipped + n)) ;;
		esac
	done < <(sed -nE 's/^\[ +(PASSED|FAILED|SKIPPED) *\] +([0-9]+) test\(s\).*/\1 \2/p' "$log")
}

# Runs one binary. A crash or a non-zero exit that cmocka did not report as
# a failed test (a sanitizer, an abort before the summary) counts as one
# failed test, so it can never pass silently.
unit_run() {
	local bin=$1 log rc before=$failed
	log=$(mktemp)
	echo "== $bin"
	# cmocka can be told to print XML or TAP; this parser reads its
	# standard output.
	CMOCKA_MESSAGE_OUTPUT=stdout "$bin" >"$log" 2>&1
	rc=$?
	cat "$log"
	unit_count "$log"
	rm -f "$log"
	if [ $rc -ne 0 ] && [ $failed -eq $before ]; then
		echo "FAIL $bin: exit status $rc without a failed test"
		failed=$((failed + 1))
	fi
}

unit_main() {
	local bin summary
	if [ $# -eq 0 ]; then
		echo "run-unit.sh: no test binaries given" >&2
		exit 2
	fi
	for bin in "$@"; do
		unit_run "$bin"
	done
	summary="$passed passed, $failed failed"
	[ $skipped -gt 0 ] && summary="$summary, $skipped skipped"
	echo "$summary"
	[ $failed -eq 0 ]
}

unit_main "$@"
