#!/usr/bin/env bash
# make bench: wall time and peak memory of `marginalia dump --format json`
# on the bundled sample and on a generated 10 MB text dump, measured with
# GNU time (the shell's time keyword has no max RSS). Not part of make test:
# the figures depend on the machine; compare them across commits on one.
#
# Usage: tests/bench/run.sh BINARY    (from the top directory)
set -u

BIN=${1:?usage: tests/bench/run.sh BINARY}
SAMPLE=docs/samples/dw-russland-nordkorea.txt
# Generated once per size and kept: the generator is deterministic.
BIG=build/bench/text-10mb.txt
BIG_SIZE=10000000
TIME=/usr/bin/time

# Runs one case and prints "name  wall  max RSS  input size".
bench_case() {
	local name=$1 src=$2 log wall rss
	shift 2
	log=$(mktemp)
	if ! "$TIME" -v "$BIN" dump --format json "$@" "$src" >/dev/null 2>"$log"; then
		echo "bench: $name failed:" >&2
		grep -v '^\s' "$log" >&2
		rm -f "$log"
		return 1
	fi
	wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$log")
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
	printf '%-22s wall %-9s max RSS %6d KiB   input %d bytes\n' \
	    "$name" "$wall" "$rss" "$(stat -c %s "$src")"
	rm -f "$log"
}

bench_main() {
	local rc=0
	[ -x "$TIME" ] || { echo "bench: $TIME is missing (apt-get install time)" >&2; exit 2; }
	if [ ! -s "$BIG" ]; then
		mkdir -p "$(dirname "$BIG")"
		python3 tests/bench/gen-text.py "$BIG" "$BIG_SIZE" || exit 2
	fi
	echo "marginalia dump --format json, $(nproc) CPU(s), $(uname -m):"
	bench_case sample "$SAMPLE" || rc=1
	bench_case "10 MB text dump" "$BIG" || rc=1
	bench_case "10 MB, --from plain" "$BIG" --from plain || rc=1
	exit $rc
}

bench_main "$@"
