#!/usr/bin/env bash
# HTML import benchmark (make bench-html): every page of the extraction
# corpus dumped by marginalia, one process per page, beside a bare libxml2
# parse of the same pages (tests/bench/bare-parse.c), also one process per
# page. Prints pages per second (one page after another, and as many at a
# time as there are CPUs), the total CPU time of each and their ratio, and
# the worst peak memory against 3x page size + 16 MB. The gates (150
# pages/s, CPU within 2.5x of the bare parse, memory) are checked; the exit
# status is 1 when one fails. The rate gate is the strict reading of "one
# process per page": one page after another, no two processes at once;
# the rate with as many at a time as there are CPUs is printed beside it.
#
# With HTML_BENCH_IMPORT set to the import-parse program (bare-parse.c
# built with -DBARE_PARSE_IMPORT), load + import_html alone are timed too:
# the part of marginalia's time that is the importer's, without the
# program's start-up, analysis and output.
#
# Usage: tests/bench/html-bench.sh MARGINALIA BARE_PARSE DIR
#   DIR holds <id>.html.gz or .html pages (../shared/corpus/extraction/html)
set -u

BIN=${1:?usage: html-bench.sh MARGINALIA BARE_PARSE DIR}
BARE=${2:?usage: html-bench.sh MARGINALIA BARE_PARSE DIR}
DIR=${3:?usage: html-bench.sh MARGINALIA BARE_PARSE DIR}
IMPORT=${HTML_BENCH_IMPORT:-}
TIME=/usr/bin/time
ROUNDS=${HTML_BENCH_ROUNDS:-3}
CPUS=$(nproc 2>/dev/null || echo 1)

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

# One pass of a command over every page, P at a time, as "cpu wall":
# CPU seconds (user + system of the children) and wall seconds.
html_bench_pass() {
	local p=$1 out
	shift
	out=$( { TIMEFORMAT='%U %S %R'; time (
	    printf '%s\0' "$work"/*.html |
	    xargs -0 -n 1 -P "$p" "$@" > /dev/null ) ; } 2>&1 | tail -1)
	awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' <<< "$out"
}

# The best of ROUNDS passes (by wall time): timings only err upwards.
html_bench_best() {
	local best="" r line
	for ((r = 0; r < ROUNDS; r++)); do
		line=$(html_bench_pass "$@")
		if [ -z "$best" ] || awk -v a="$line" -v b="$best" \
		    'BEGIN { split(a, x, " "); split(b, y, " ");
		    exit !(x[2] < y[2]) }'; then
			best=$line
		fi
	done
	echo "$best"
}

# The worst page's peak memory relative to its budget, as
# "ratio rss_kib page_kib over" (over: pages above the budget).
html_bench_memory() {
	local worst="0 0 0" over=0 p size rss budget
	for p in "$work"/*.html; do
		size=$(stat -c %s "$p")
		rss=$("$TIME" -f %M "$@" "$p" 2>&1 >/dev/null | tail -1)
		budget=$(( (3 * size + 16 * 1024 * 1024) / 1024 ))
		[ "$rss" -gt "$budget" ] && over=$((over + 1))
		worst=$(awk -v r="$rss" -v b="$budget" -v s="$size" \
		    -v w="$worst" 'BEGIN { split(w, x, " ");
		    if (r / b > x[1]) printf "%.3f %d %d", r / b, r, s / 1024;
		    else print w }')
	done
	echo "$worst $over"
}

read -r m_cpu m_wall <<< "$(html_bench_best 1 "$BIN" dump --format json)"
read -r mp_cpu mp_wall <<< \
    "$(html_bench_best "$CPUS" "$BIN" dump --format json)"
read -r b_cpu b_wall <<< "$(html_bench_best 1 "$BARE")"
read -r mem_ratio mem_rss mem_page mem_over <<< \
    "$(html_bench_memory "$BIN" dump --format json)"
i_cpu=0
if [ -n "$IMPORT" ]; then
	read -r i_cpu i_wall <<< "$(html_bench_best 1 "$IMPORT")"
	read -r imem_ratio imem_rss imem_page imem_over <<< \
	    "$(html_bench_memory "$IMPORT")"
fi

awk -v n="$n" -v cpus="$CPUS" -v mc="$m_cpu" -v mw="$m_wall" \
    -v mpw="$mp_wall" -v bc="$b_cpu" -v bw="$b_wall" -v ic="$i_cpu" \
    -v mr="$mem_ratio" -v mrss="$mem_rss" -v mpage="$mem_page" \
    -v mover="$mem_over" -v imr="${imem_ratio:-0}" \
    -v imrss="${imem_rss:-0}" -v impage="${imem_page:-0}" 'BEGIN {
	seq = n / mw; par = n / mpw
	ratio = mc / bc
	printf "pages            %d, one process per page, best of runs\n", n
	printf "marginalia dump  %.1f pages/s one at a time, %.1f pages/s %d at a time\n", seq, par, cpus
	printf "                 gate 150 pages/s one at a time: %s\n", (seq >= 150 ? "met" : "missed")
	printf "                 CPU %.3f s (%.2f ms a page)\n", mc, 1000 * mc / n
	printf "bare libxml2     %.1f pages/s one at a time, CPU %.3f s (%.2f ms a page)\n", n / bw, bc, 1000 * bc / n
	printf "CPU ratio        %.2fx (gate 2.5x)\n", ratio
	if (ic > 0)
		printf "import only      load + import_html, CPU %.3f s: %.2fx the bare parse\n", ic, ic / bc
	printf "peak memory      worst %.0f%% of budget (%d KiB for a %d KiB page), %d pages over\n", 100 * mr, mrss, mpage, mover
	if (ic > 0)
		printf "                 import only: worst %.0f%% (%d KiB for a %d KiB page)\n", 100 * imr, imrss, impage
	ok = seq >= 150 && ratio <= 2.5 && mover == 0
	printf "html-bench: %s\n", ok ? "all gates pass" : "a gate FAILED"
	exit !ok
}'
