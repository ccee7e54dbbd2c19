#!/usr/bin/env bash
# HTML import benchmark (make bench-html): every page of the extraction
# corpus dumped by marginalia, one process per page, beside a bare libxml2
# parse of the same pages (tests/bench/bare-parse.c), also one process per
# page. Prints pages per second, the total CPU time of each and their
# ratio, and the worst peak memory against 3x page size + 16 MB. The
# gates (150 pages/s, CPU within 2.5x of the bare parse, memory) are
# checked and reported; the exit status is 1 when one fails.
#
# Usage: tests/bench/html-bench.sh MARGINALIA BARE_PARSE DIR
#   DIR holds <id>.html.gz or .html pages (../shared/corpus/extraction/html)
set -u

BIN=${1:?usage: html-bench.sh MARGINALIA BARE_PARSE DIR}
BARE=${2:?usage: html-bench.sh MARGINALIA BARE_PARSE DIR}
DIR=${3:?usage: html-bench.sh MARGINALIA BARE_PARSE DIR}
TIME=/usr/bin/time
ROUNDS=${HTML_BENCH_ROUNDS:-3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Pages are decompressed first so that gzip is not part of either side.
n=0
for f in "$DIR"/*.html.gz "$DIR"/*.html; do
	[ -e "$f" ] || continue
	n=$((n + 1))
	case $f in
	*.gz) gzip -dc "$f" > "$work/$n.html" ;;
	*) cp "$f" "$work/$n.html" ;;
	esac
done
if [ "$n" -eq 0 ]; then
	echo "html-bench: no pages in $DIR" >&2
	exit 1
fi

# CPU seconds (user + system of the children) and wall seconds of one
# pass of a command over every page, as "cpu wall".
html_bench_pass() {
	local out
	out=$( { TIMEFORMAT='%U %S %R'; time (
	    for p in "$work"/*.html; do
		"$@" "$p" > /dev/null || echo "html-bench: failed on $p" >&2
	    done ) ; } 2>&1 | tail -1)
	awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' <<< "$out"
}

# The best of ROUNDS passes: timings only ever err upwards.
html_bench_best() {
	local best="" r line
	for ((r = 0; r < ROUNDS; r++)); do
		line=$(html_bench_pass "$@")
		if [ -z "$best" ] || awk -v a="$line" -v b="$best" \
		    'BEGIN { split(a, x, " "); split(b, y, " ");
		    exit !(x[1] < y[1]) }'; then
			best=$line
		fi
	done
	echo "$best"
}

read -r m_cpu m_wall <<< "$(html_bench_best "$BIN" dump --format json)"
read -r b_cpu b_wall <<< "$(html_bench_best "$BARE")"

# Peak memory: the worst page relative to its budget.
worst=""
fail_mem=0
for p in "$work"/*.html; do
	size=$(stat -c %s "$p")
	rss=$("$TIME" -f %M "$BIN" dump --format json "$p" 2>&1 >/dev/null |
	    tail -1)
	budget=$(( (3 * size + 16 * 1024 * 1024) / 1024 ))
	if [ "$rss" -gt "$budget" ]; then
		fail_mem=1
		echo "html-bench: $p: peak ${rss} KiB over budget ${budget} KiB"
	fi
	ratio=$(awk -v r="$rss" -v b="$budget" 'BEGIN { printf "%.3f", r / b }')
	if [ -z "$worst" ] || awk -v a="$ratio" -v b="${worst%% *}" \
	    'BEGIN { exit !(a > b) }'; then
		worst="$ratio ${rss} KiB for a $((size / 1024)) KiB page"
	fi
done

awk -v n="$n" -v mc="$m_cpu" -v mw="$m_wall" -v bc="$b_cpu" \
    -v bw="$b_wall" -v worst="$worst" -v fm="$fail_mem" 'BEGIN {
	pps = n / mw; ratio = mc / bc
	printf "pages            %d (one process each, best of passes)\n", n
	printf "marginalia dump  %.1f pages/s, wall %.3f s, CPU %.3f s\n", pps, mw, mc
	printf "bare libxml2     %.1f pages/s, wall %.3f s, CPU %.3f s\n", n / bw, bw, bc
	printf "CPU ratio        %.2fx (gate 2.5x)\n", ratio
	printf "peak memory      worst %s of budget (%s)\n", substr(worst, 1, index(worst, " ") - 1), substr(worst, index(worst, " ") + 1)
	ok = pps >= 150 && ratio <= 2.5 && !fm
	printf "html-bench: %s\n", ok ? "all gates pass" : "a gate FAILED"
	exit !ok
}'
