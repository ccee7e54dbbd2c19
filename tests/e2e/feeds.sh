#!/usr/bin/env bash
# Feeds end to end: the real binary in tmux (100×30) against the network
# tests' server (tests/net/server.py) on 127.0.0.1, MARGINALIA_HOME in a
# temporary directory. Opens a feed, reads an item, writes a note, quits,
# stops the server, then reopens the article from the library screen and
# by `marginalia URL` offline and finds the note; a failing item is a
# message that leaves the feed screen running; read marks survive a
# restart; o hands the link to $BROWSER as one argument; q during a slow
# fetch cancels it and restores the terminal. Also the subscription
# commands (feed add/remove, feeds, OPML in and out). Run from the top:
#
#	tests/e2e/feeds.sh build/marginalia
#
# Ends with "N passed, N failed"; non-zero when a check failed. A private
# tmux server (-L) and the HTTP server are always killed; every wait is
# bounded by polling.
set -u
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY

BIN=$(realpath "${1:-build/marginalia}")
HERE=$(cd "$(dirname "$0")" && pwd)
SOCK=marginalia-feeds-$$
TMPD=$(mktemp -d)
export MARGINALIA_HOME=$TMPD/home
SERVER_PID=
passed=0
failed=0

f_tmux() {
	tmux -L "$SOCK" -f /dev/null "$@"
}

f_cleanup() {
	f_tmux kill-server >/dev/null 2>&1
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
	rm -rf "$TMPD"
}
trap f_cleanup EXIT
trap 'exit 130' INT TERM

f_ok() {
	passed=$((passed + 1))
	echo "ok   $1"
}

f_ko() {
	failed=$((failed + 1))
	echo "FAIL $1"
	[ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/  | /'
}

f_screen() {
	f_tmux capture-pane -p -t f 2>/dev/null
}

# Polls until the screen holds the fixed string $1 (20 s at most, for the
# sanitizer build on a loaded machine; a pass returns at once).
f_wait() {
	local i
	for i in $(seq 400); do
		f_screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	return 1
}

f_check() {
	if f_wait "$2"; then
		f_ok "$1"
	else
		f_ko "$1 (no '$2')" "$(f_screen)"
	fi
}

f_keys() {
	f_tmux send-keys -t f "$@"
}

# Starts the binary with arguments $* in a fresh session.
f_start() {
	f_tmux kill-session -t f >/dev/null 2>&1
	f_tmux new-session -d -s f -x 100 -y 30 \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CONFIG_HOME=$TMPD/config \
	    BROWSER='$TMPD/browser.sh --new-tab' MARGINALIA_TIMEOUT=8 \
	    MARGINALIA_HOME=$MARGINALIA_HOME '$BIN' $*; echo EXIT=\$?; \
	    stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e echo; \
	    echo STTY-DONE; sleep 60"
}

f_server_start() {
	rm -f "$TMPD/port"
	python3 "$HERE/../net/server.py" "$TMPD/port" &
	SERVER_PID=$!
	for _ in $(seq 100); do
		[ -s "$TMPD/port" ] && break
		sleep 0.05
	done
	[ -s "$TMPD/port" ] ||
	    { echo "feeds: the server did not start"; exit 1; }
	BASE="http://127.0.0.1:$(cat "$TMPD/port")"
}

f_server_stop() {
	kill "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
}

# Feed screen → item → note → quit.
f_read_and_note() {
	f_start "feed '$BASE/news'"
	f_check "the feed screen lists the items" "Erster Artikel"
	f_check "the header counts unread items" "3 items, 3 unread"
	if f_screen | grep -q $'\x1b'; then
		f_ko "escape bytes in titles are not shown raw"
	else
		f_ok "escape bytes in titles are not shown raw"
	fi
	f_check "the date is shown" "2024-01-02"
	f_keys G Enter
	f_check "a failing item is a message" "HTTP 404"
	f_check "the feed screen keeps running" "Erster Artikel"
	f_keys g Enter
	f_check "Enter reads the item" "Ein zweiter Absatz"
	f_keys a
	f_wait "Note: "
	f_tmux send-keys -t f -l -- "Notiz aus dem Feed"
	f_keys Enter
	f_check "the note is saved" "Note saved"
	f_keys o
	f_check "o opens the browser" "Opened"
	if [ "$(cat "$TMPD/browser.args" 2>/dev/null)" = \
	    "--new-tab|http://news.example/1|" ]; then
		f_ok "BROWSER gets the canonical URL as one argument"
	else
		f_ko "BROWSER gets the URL as one argument" \
		    "$(cat "$TMPD/browser.args" 2>/dev/null)"
	fi
	f_keys q
	f_check "q goes back to the feed screen" "2 unread"
	if f_screen | grep -F "Erster Artikel" | grep -qF "✎"; then
		f_ok "the item is marked as noted"
	else
		f_ko "the item is marked as noted" "$(f_screen)"
	fi
	f_keys q
	f_check "q quits" "EXIT=0"
	f_start "feed '$BASE/news'"
	f_check "read marks survive a restart" "3 items, 2 unread"
	f_keys r
	f_check "r refreshes" "3 items"
	f_keys q
	f_wait "EXIT=0"
}

# The server is gone: the library and the URL itself still open it.
f_offline() {
	f_server_stop
	f_start ""
	f_check "the library lists the article" "Artikel 1"
	f_keys Enter
	f_check "the library opens it offline" "Ein zweiter Absatz"
	f_keys 4
	f_check "its note is there" "Notiz aus dem Feed"
	f_keys q q
	f_wait "EXIT=0"
	f_start "'$BASE/article/1'"
	f_check "marginalia URL opens it offline" "Ein zweiter Absatz"
	f_keys 4
	f_check "with its note" "Notiz aus dem Feed"
	f_keys q
	f_wait "EXIT=0"
	f_start "--refresh '$BASE/article/1'"
	f_check "--refresh fails offline with one message" \
	    "cannot connect"
	f_check "and exit status 2" "EXIT=2"
}

# q during a slow fetch: cancelled, the terminal restored.
f_cancel() {
	f_server_start
	f_start "'$BASE/slow'"
	f_check "the status line shows progress" "Fetching"
	f_keys q
	f_check "q cancels the fetch" "cancelled"
	f_check "cancelling exits with status 2" "EXIT=2"
	if f_wait STTY-DONE && f_screen | grep -qx icanon &&
	    f_screen | grep -qx echo &&
	    [ "$(f_tmux display-message -p -t f '#{alternate_on}')" = 0 ]
	then
		f_ok "the terminal is restored after a cancel"
	else
		f_ko "the terminal is restored after a cancel" "$(f_screen)"
	fi
}

# feed add/remove, feeds, OPML import and export.
f_subscriptions() {
	local out
	out=$("$BIN" feed add "$BASE/news" 2>&1)
	[ "$out" = "subscribed to $BASE/news" ] && f_ok "feed add" ||
	    f_ko "feed add" "$out"
	out=$("$BIN" feed add "$BASE/news" 2>&1)
	case $out in "already subscribed"*) f_ok "feed add twice" ;;
	*) f_ko "feed add twice" "$out" ;; esac
	"$BIN" feed add "file:///etc/passwd" >/dev/null 2>&1
	[ $? -eq 2 ] && f_ok "feed add refuses a file: URL" ||
	    f_ko "feed add refuses a file: URL"
	printf '<?xml version="1.0"?>\n<opml version="2.0"><head/><body>
<outline text="Folder">
<outline text="A &amp; B" xmlUrl="https://a.example/feed"/>
<outline title="Evil&#9;title" xmlUrl="https://b.example/rss"/></outline>
<outline text="no url"/><outline text="bad" xmlUrl="javascript:alert(1)"/>
</body></opml>\n' >"$TMPD/in.opml"
	out=$("$BIN" feeds import "$TMPD/in.opml" 2>&1)
	case $out in "imported 2 feeds (0 already subscribed, 2 "*)
		f_ok "feeds import: $out" ;;
	*) f_ko "feeds import" "$out" ;; esac
	out=$("$BIN" feeds)
	if [ "$(printf '%s\n' "$out" | wc -l)" -eq 3 ] &&
	    printf '%s\n' "$out" | grep -qx "https://a.example/feed  A & B"
	then
		f_ok "feeds lists the subscriptions"
	else
		f_ko "feeds lists the subscriptions" "$out"
	fi
	"$BIN" feeds export -o "$TMPD/out.opml" &&
	    python3 -c 'import sys, xml.dom.minidom as m
d = m.parse(sys.argv[1])
u = [o.getAttribute("xmlUrl") for o in d.getElementsByTagName("outline")]
sys.exit(0 if len(u) == 3 and "https://b.example/rss" in u else 1)' \
	    "$TMPD/out.opml" && f_ok "feeds export writes OPML" ||
	    f_ko "feeds export writes OPML" "$(cat "$TMPD/out.opml")"
	cat >"$TMPD/xxe.opml" <<'XXE'
<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<opml><body><outline xmlUrl="https://x.example/&x;"/></body></opml>
XXE
	out=$("$BIN" feeds import "$TMPD/xxe.opml" 2>&1)
	[ $? -eq 2 ] && case $out in *refused*) true ;; *) false ;; esac &&
	    f_ok "an external entity in OPML is refused: $out" ||
	    f_ko "an external entity in OPML is refused" "$out"
	out=$("$BIN" feed remove "$BASE/news" 2>&1)
	[ "$out" = "unsubscribed from $BASE/news" ] && f_ok "feed remove" ||
	    f_ko "feed remove" "$out"
	"$BIN" feed remove "$BASE/news" >/dev/null 2>&1
	[ $? -eq 2 ] && f_ok "feed remove of an unknown feed: status 2" ||
	    f_ko "feed remove of an unknown feed: status 2"
}

printf '#!/bin/sh\nfor a; do printf "%%s|" "$a"; done >"%s/browser.args"\n' \
    "$TMPD" >"$TMPD/browser.sh"
chmod +x "$TMPD/browser.sh"
f_server_start
f_read_and_note
f_offline
f_cancel
f_subscriptions
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
