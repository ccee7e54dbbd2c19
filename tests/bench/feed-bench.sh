#!/usr/bin/env bash
# Time to read a 500-item feed: an RSS 2.0 feed of 500 items (titles,
# links, dates, HTML summaries and content:encoded articles of ~2 KB, ~1.3
# MB in all) is written to a temporary file and read RUNS times, each a
# whole process (load, parse, items, JSON), as `marginalia feed` does.
# Prints the median and the best time. Not part of `make test`.
set -u

BIN=${1:?usage: tests/bench/feed-bench.sh BINARY}
RUNS=${FEED_BENCH_RUNS:-15}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK/feed.xml" <<'PY'
import sys
para = ("<p>Die Regierung hat am Dienstag &amp; nach langen Beratungen "
        "einen Entwurf vorgelegt, der viele Fragen offen l\u00e4sst.</p>")
out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
       '<title>Bench feed</title><link>https://bench.example/</link>'
       '<description>500 items</description>']
for i in range(500):
    out.append(
        "<item><title>Meldung %d: Gr\u00fc\u00dfe &amp; mehr</title>"
        "<link>https://bench.example/a/%d</link><guid>id-%d</guid>"
        "<pubDate>Tue, %02d Jan 2024 %02d:%02d:00 +0100</pubDate>"
        "<dc:creator>Autorin %d</dc:creator>"
        "<description><![CDATA[%s]]></description>"
        "<content:encoded><![CDATA[%s]]></content:encoded></item>\n"
        % (i, i, i, i % 28 + 1, i % 24, i % 60, i, para, para * 16))
out.append("</channel></rss>\n")
open(sys.argv[1], "w", encoding="utf-8").write("".join(out))
PY

items=$("$BIN" feed "$WORK/feed.xml" | grep -c '^ *[0-9]*\. ')
[ "$items" -eq 500 ] || { echo "feed-bench: read $items items, want 500"; exit 1; }
times=()
for _ in $(seq "$RUNS"); do
	start=$(date +%s%N)
	"$BIN" dump --from feed "$WORK/feed.xml" >/dev/null || exit 1
	end=$(date +%s%N)
	times+=($(( (end - start) / 1000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
best=$(echo "$sorted" | head -1)
printf 'feed-bench: 500-item feed (%s KB): median %d.%03d ms, best %d.%03d ms over %d runs\n' \
    "$(( $(wc -c <"$WORK/feed.xml") / 1024 ))" $((median / 1000)) \
    $((median % 1000)) $((best / 1000)) $((best % 1000)) "$RUNS"
# The feed screen on the same file, when its bench is built (mk/feeds.mk).
if [ -n "${FEED_SCREEN_BENCH:-}" ]; then
	MARGINALIA_HOME=$WORK/home "$FEED_SCREEN_BENCH" "$WORK/feed.xml" \
	    "$RUNS" || exit 1
fi
