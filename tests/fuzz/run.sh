#!/usr/bin/env bash
# Runs each libFuzzer target for a while: make fuzz (FUZZ_SECONDS, default
# 60) to hunt, make test (20 s each) so the harnesses keep building and running.
# Each target keeps the corpus it grows in tests/fuzz/corpus-run/<target>/
# (ignored by git) and starts from the hand-written seeds in seeds/ plus its
# own <target>.seeds/ when there is one; <target>.dict, when there is one,
# replaces the text dictionary. A crashing input is saved in corpus-run/ as
# <target>-crash-… and the run fails.
#
# Usage: tests/fuzz/run.sh SECONDS FUZZER...    (from the top directory)
set -u

SECONDS_EACH=${1:?usage: tests/fuzz/run.sh SECONDS FUZZER...}
shift
DIR=tests/fuzz
RUNS=$DIR/corpus-run

passed=0
failed=0

# libFuzzer prints a line per new input; keep the log and show its last
# status line, or its tail when the target failed.
fuzz_run() {
	local bin=$1 name corpus log rc dict
	local -a seeds
	name=$(basename "$bin")
	corpus=$RUNS/$name
	log=$RUNS/$name.log
	mkdir -p "$corpus"
	seeds=("$DIR/seeds")
	[ -d "$DIR/$name.seeds" ] && seeds+=("$DIR/$name.seeds")
	dict=$DIR/text.dict
	[ -f "$DIR/$name.dict" ] && dict=$DIR/$name.dict
	# -max_len bounds a single input: articles are longer, but the
	# importer's logic is line by line and long inputs only slow it.
	"$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
	    -max_len=16384 -dict="$dict" -artifact_prefix="$RUNS/$name-" \
	    -print_final_stats=1 "$corpus" "${seeds[@]}" >"$log" 2>&1
	rc=$?
	if [ $rc -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok   $name: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"
	else
		failed=$((failed + 1))
		echo "FAIL $name: exit status $rc; the log ($log) ends:"
		tail -n 40 "$log"
		# The input that failed, to replay under a debugger.
		sed -n "s|.*Test unit written to \(.*\)|reproduce: $bin \1|p" "$log"
	fi
}

fuzz_main() {
	local bin
	if [ $# -eq 0 ]; then
		echo "fuzz: no fuzz targets given" >&2
		exit 2
	fi
	for bin in "$@"; do
		fuzz_run "$bin"
	done
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ]
}

fuzz_main "$@"
