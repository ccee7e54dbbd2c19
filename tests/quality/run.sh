#!/usr/bin/env bash
# The measured quality gates: the scorers in ../shared/tools/ run over the
# hand-annotated sample and the text-dump corpus, and their figures checked
# against the thresholds below. Skipped, with a message, when ../shared (or
# $MARGINALIA_SHARED) is absent: the gates need its gold data.
#
# Usage: tests/quality/run.sh BINARY    (from the top directory)
set -u

BIN=${1:?usage: tests/quality/run.sh BINARY}
SHARED=${MARGINALIA_SHARED:-../shared}
# The bar: every structure check of the sample, and F1 on the text dumps
# well above the 0.821 of the simple "keep sentence-like blocks" baseline
# in corpus/README.md.
TEXT_DUMPS_MIN_F1=0.90

passed=0
failed=0

quality_result() {
	if [ "$1" = ok ]; then
		passed=$((passed + 1))
		echo "ok   $2"
	else
		failed=$((failed + 1))
		echo "FAIL $2"
	fi
}

# score_seed.py prints "seed: structure OK/N entities …" last; every
# structure check must pass.
quality_seed_structure() {
	local out line ok n
	out=$(python3 "$SHARED/tools/score_seed.py" \
	    "$SHARED/samples/dw-russland-nordkorea.gold.json" \
	    --run "$BIN dump --format json" --verbose 2>&1)
	# --verbose names each failed check; entity and quote notes are for
	# the analysis gates, not this one.
	echo "$out" | grep -E '^(structure: FAILED|seed:)' | cut -c 1-160 |
	    sed 's/^/  /'
	line=$(echo "$out" | grep -o 'structure [0-9]*/[0-9]*' | tail -n 1)
	ok=${line#structure }
	n=${ok#*/}
	ok=${ok%/*}
	if [ -n "$line" ] && [ "$n" -gt 0 ] && [ "$ok" -eq "$n" ]; then
		quality_result ok "seed structure $ok/$n"
	else
		quality_result fail "seed structure ${ok:-?}/${n:-?}, want all checks"
	fi
}

# eval_extraction.py prints "extraction: pages=… F1=0.xxx" last.
quality_text_dumps() {
	local out f1
	out=$(python3 "$SHARED/tools/eval_extraction.py" \
	    "$SHARED/corpus/text-dumps" \
	    --run "$BIN dump --from text --format json" 2>&1)
	# The per-page failures can run long; the summary is what matters.
	echo "$out" | tail -n 12 | sed 's/^/  /'
	f1=$(echo "$out" | sed -n 's/^extraction: .*F1=\([0-9.]*\).*/\1/p' | tail -n 1)
	if [ -n "$f1" ] && python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' \
	    "$f1" "$TEXT_DUMPS_MIN_F1"; then
		quality_result ok "text-dumps F1=$f1 >= $TEXT_DUMPS_MIN_F1"
	else
		quality_result fail "text-dumps F1=${f1:-?}, want >= $TEXT_DUMPS_MIN_F1"
	fi
}

quality_main() {
	if [ ! -d "$SHARED/tools" ]; then
		echo "quality: skipped: $SHARED is absent (the gates need its gold data)"
		exit 0
	fi
	case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
	quality_seed_structure
	quality_text_dumps
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ]
}

quality_main "$@"
