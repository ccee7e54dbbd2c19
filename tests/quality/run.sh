#!/usr/bin/env bash
# The measured quality gates: the scorers in ../shared/tools/ run over the
# hand-annotated samples and the corpora, and their figures checked
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
# Named entities (issue 4): exact-span F1 on each NER folder, and the
# sample's entity precision and recall.
NER_MIN_F1="eval:0.62 news:0.58 eval-en:0.55"
SEED_ENTITIES_MIN=0.90
# Quotes (issue 3): the sample's quote precision and recall, speaker and
# role accuracy; the German quote corpus's F1s and speaker accuracy.
SEED_QUOTES_MIN="P:0.90 R:0.90 speaker:0.90 role:0.80"
QUOTES_MIN="F1:0.65 direct:0.85 speaker:0.65 joint:0.40"
# HTML import (issue 7): F1 on the extraction benchmark; snippet F1 and
# title/author/date counts on the German pages; the Washington Post
# sample's structure (every check) and analysis.
EXTRACTION_MIN_F1=0.96
GERMAN_MIN="F1:0.90 title:20 author:18 date:19"
WAPO_MIN="P:0.85 R:0.85 speaker:0.85 role:0.75"
WAPO_ENTITIES_MIN=0.85
DW=dw-russland-nordkorea
WAPO=wapo-2

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

# True when $1 >= $2 (decimal figures).
quality_at_least() {
	python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' \
	    "$1" "$2"
}

# One figure against its bar: $1 names it, $2 is the measured value
# (empty when the scorer printed none), $3 the minimum.
quality_gate() {
	if [ -n "$2" ] && quality_at_least "$2" "$3"; then
		quality_result ok "$1=$2 >= $3"
	else
		quality_result fail "$1=${2:-?}, want >= $3"
	fi
}

# score_seed.py prints "seed: structure OK/N entities …" last; every
# structure check of sample $1 must pass.
quality_seed_structure() {
	local sample=$1 out line ok n
	out=$(python3 "$SHARED/tools/score_seed.py" \
	    "$SHARED/samples/$sample.gold.json" \
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
		quality_result ok "$sample structure $ok/$n"
	else
		quality_result fail "$sample structure ${ok:-?}/${n:-?}, want all checks"
	fi
}

# eval_extraction.py on corpus $2 with dump options $3, "extraction:
# pages=… F1=…" last; F1 must reach $4. $1 names the gate.
quality_extraction_f1() {
	local name=$1 corpus=$2 opts=$3 min=$4 out f1
	out=$(python3 "$SHARED/tools/eval_extraction.py" "$SHARED/corpus/$corpus" \
	    --run "$BIN dump $opts--format json" 2>&1)
	# The per-page failures can run long; the summary is what matters.
	echo "$out" | tail -n 3 | sed 's/^/  /'
	f1=$(echo "$out" | sed -n 's/^extraction: .*F1=\([0-9.]*\).*/\1/p' | tail -n 1)
	quality_gate "$name F1" "$f1" "$min"
}



# score_ner.py prints "ner DIR: exact P=… R=… F1=0.xxx …" last.
quality_ner() {
	local pair dir min out f1
	for pair in $NER_MIN_F1; do
		dir=${pair%%:*}
		min=${pair#*:}
		out=$(python3 "$SHARED/tools/score_ner.py" \
		    "$SHARED/corpus/ner/$dir" \
		    --run "$BIN dump --from plain --format json" 2>&1)
		echo "$out" | tail -n 1 | sed 's/^/  /'
		f1=$(echo "$out" | tail -n 1 |
		    sed -n 's/.*exact P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p')
		quality_gate "ner $dir F1" "$f1" "$min"
	done
}

# Sample $1's "entities P=… R=…" from score_seed.py, both >= $2.
quality_seed_entities() {
	local sample=$1 min=$2 out p r
	out=$(python3 "$SHARED/tools/score_seed.py" \
	    "$SHARED/samples/$sample.gold.json" \
	    --run "$BIN dump --format json" 2>&1 | tail -n 1)
	p=$(echo "$out" | sed -n 's/.*entities P=\([0-9.]*\) R=.*/\1/p')
	r=$(echo "$out" | sed -n 's/.*entities P=[0-9.]* R=\([0-9.]*\).*/\1/p')
	quality_gate "$sample entities P" "$p" "$min"
	quality_gate "$sample entities R" "$r" "$min"
}

# Checks NAME:MIN pairs against "NAME=value" figures in a summary line.
quality_figures() {
	local what=$1 line=$2 pairs=$3 pair name min got
	for pair in $pairs; do
		name=${pair%%:*}
		min=${pair#*:}
		case $name in
		direct) got=$(echo "$line" | sed -n 's/.*direct F1=\([0-9.]*\).*/\1/p') ;;
		joint) got=$(echo "$line" | sed -n 's/.*joint F1=\([0-9.]*\).*/\1/p') ;;
		F1) got=$(echo "$line" | sed -n 's/.* R=[0-9.]* F1=\([0-9.]*\).*/\1/p') ;;
		*) got=$(echo "$line" | sed -n "s/.*[ :]$name=\([0-9.]*\).*/\1/p") ;;
		esac
		quality_gate "$what $name" "$got" "$min"
	done
}

# Sample $1's "quotes P=… R=… speaker=… role=…" from score_seed.py,
# against the NAME:MIN pairs $2.
quality_seed_quotes() {
	local sample=$1 mins=$2 line
	line=$(python3 "$SHARED/tools/score_seed.py" \
	    "$SHARED/samples/$sample.gold.json" \
	    --run "$BIN dump --format json" 2>&1 | tail -n 1)
	line=" ${line#*quotes }"
	echo "  $sample quotes:$line"
	quality_figures "$sample quotes" "$line" "$mins"
}


# The German pages through eval-german.py (the shared scorer, which stops
# on a gold author list, with that fixed): "german: … F1=… title=K/N
# author=K/N date=K/N" last; counts are checked on K.
quality_german() {
	local line
	line=$(python3 "$(dirname "$0")/eval-german.py" "$SHARED" \
	    "$SHARED/corpus/german" --run "$BIN dump --format json" 2>&1 |
	    tail -n 1)
	echo "  $line"
	line=$(echo " ${line#german:}" |
	    sed -e 's|=\([0-9]*\)/[0-9]*|=\1|g' -e 's/ recall=/ R=/')
	quality_figures "german" "$line" "$GERMAN_MIN"
}

# score_quotes.py's last line: "quotes: P=… R=… F1=… direct F1=…
# speaker=… joint F1=…". Dumps are made two at a time.
quality_quotes() {
	local dir line
	dir=$(mktemp -d)
	find "$SHARED/corpus/quotes" -name '*.txt' -print0 |
	    xargs -0 -P2 -I{} sh -c \
	    '"$1" dump --from plain --format json "$2" > "$3/$(basename "$2" .txt).json" 2>/dev/null' \
	    sh "$BIN" {} "$dir"
	line=$(python3 "$SHARED/tools/score_quotes.py" "$SHARED/corpus/quotes" \
	    --pred "$dir" 2>&1 | tail -n 1)
	rm -rf "$dir"
	echo "  $line"
	quality_figures "quote corpus" " ${line#quotes:}" "$QUOTES_MIN"
}

quality_main() {
	if [ ! -d "$SHARED/tools" ]; then
		echo "quality: skipped: $SHARED is absent (the gates need its gold data)"
		exit 0
	fi
	case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
	quality_seed_structure "$DW"
	quality_extraction_f1 text-dumps text-dumps "--from text " \
	    "$TEXT_DUMPS_MIN_F1"
	quality_seed_entities "$DW" "$SEED_ENTITIES_MIN"
	quality_ner
	quality_seed_quotes "$DW" "$SEED_QUOTES_MIN"
	quality_quotes
	quality_extraction_f1 extraction extraction "" "$EXTRACTION_MIN_F1"
	quality_german
	quality_seed_structure "$WAPO"
	quality_seed_entities "$WAPO" "$WAPO_ENTITIES_MIN"
	quality_seed_quotes "$WAPO" "$WAPO_MIN"
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ]
}

quality_main "$@"
