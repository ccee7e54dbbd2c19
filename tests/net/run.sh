#!/usr/bin/env bash
# Network tests: the binary fetches from a server of our own
# (tests/net/server.py) on 127.0.0.1 and a free port; no test touches any
# other address. The server is killed on exit and stops by itself after
# two minutes anyway; every fetch runs under timeout(1). Ends with
# "N passed, N failed" and a non-zero status when anything failed.
set -u
# A proxy from the environment would take the requests elsewhere.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY

BIN=${1:?usage: tests/net/run.sh BINARY [NET_PROGRESS]}
PROGRESS=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
SERVER_PID=
passed=0
failed=0

net_cleanup() {
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
	rm -rf "$WORK"
}
trap net_cleanup EXIT

# A self-signed certificate for the TLS case, when openssl is there.
net_cert() {
	command -v openssl >/dev/null || return 1
	openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
	    -keyout "$WORK/key.pem" -out "$WORK/cert.pem" >/dev/null 2>&1
}

net_start() {
	local i tls=()
	net_cert && tls=("$WORK/cert.pem" "$WORK/key.pem")
	python3 "$HERE/server.py" "$WORK/port" "${tls[@]}" &
	SERVER_PID=$!
	for i in $(seq 100); do
		[ -s "$WORK/port" ] &&
		    { [ ${#tls[@]} -eq 0 ] || [ -s "$WORK/port.tls" ]; } && break
		sleep 0.05
	done
	[ -s "$WORK/port" ] || { echo "net: the test server did not start"; exit 1; }
	BASE="http://127.0.0.1:$(cat "$WORK/port")"
	TLS_BASE=
	[ ${#tls[@]} -gt 0 ] && [ -s "$WORK/port.tls" ] &&
	    TLS_BASE="https://127.0.0.1:$(cat "$WORK/port.tls")"
}

# A port on 127.0.0.1 that nothing listens on (bound, then closed).
net_closed_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Runs the binary with a bound on time; RC, OUT and ERR hold the result.
net_run() {
	timeout 20 "$BIN" "$@" >"$WORK/out" 2>"$WORK/err"
	RC=$?
	OUT=$WORK/out
	ERR=$WORK/err
}

net_ok() {
	echo "ok   $1"
	passed=$((passed + 1))
}

net_fail() {
	echo "FAIL $1: $2"
	sed 's/^/     stderr: /' "$ERR" | head -3
	failed=$((failed + 1))
}

# A fetch that must fail with exit status 2 and a message matching want.
net_refused() {
	local name=$1 want=$2
	shift 2
	net_run "$@"
	if [ "$RC" -ne 2 ]; then
		net_fail "$name" "exit status $RC, want 2"
	elif [ "$(wc -l <"$ERR")" -ne 1 ]; then
		net_fail "$name" "not one line on stderr"
	elif ! grep -q -- "$want" "$ERR"; then
		net_fail "$name" "stderr lacks '$want'"
	else
		net_ok "$name: $(cat "$ERR")"
	fi
}

# A dump that must succeed and whose JSON passes a Python expression
# over d (the dump) and base (the server's address).
net_dump() {
	local name=$1 check=$2
	shift 2
	net_run "$@"
	if [ "$RC" -ne 0 ]; then
		net_fail "$name" "exit status $RC"
	elif ! python3 -c "import json, sys; base = sys.argv[2]; d = json.load(open(sys.argv[1])); sys.exit(0 if ($check) else 1)" "$OUT" "$BASE"; then
		net_fail "$name" "the JSON fails: $check"
	else
		net_ok "$name"
	fi
}

net_tests() {
	local text='any("Grüße aus Köln" in b["text"] for b in d["blocks"])'

	net_dump "plain page, final URL as meta.url" \
	    'd["meta"]["title"] == "Hello" and d["meta"]["url"] == base + "/page"' \
	    dump "$BASE/page"
	net_dump "5 redirects followed, final URL as meta.url" \
	    'd["meta"]["url"] == base + "/redirect/0" and d["source"] == base + "/redirect/5"' \
	    dump "$BASE/redirect/5"
	net_refused "6 redirects refused" "too many redirects" \
	    dump "$BASE/redirect/6"
	net_refused "redirect to file:// refused" "only http and https" \
	    dump "$BASE/to-file"
	SECONDS=0
	MARGINALIA_TIMEOUT=1 net_refused "slow response times out" \
	    "timed out" dump "$BASE/slow"
	[ "$SECONDS" -le 3 ] || net_fail "slow response" "took ${SECONDS}s"
	net_dump "charset from the header (Latin-1)" "$text" \
	    dump "$BASE/latin1-header"
	net_dump "charset from the header (windows-1251, quoted)" \
	    'any("Привет из Москвы" in b["text"] for b in d["blocks"])' \
	    dump "$BASE/cyrillic-header"
	net_dump "no charset anywhere (Latin-1 bytes)" "$text" \
	    dump "$BASE/latin1-bare"
	net_dump "wrong charset header (UTF-8 bytes)" "$text" \
	    dump "$BASE/wrong-charset"
	net_refused "404" "HTTP 404 Not Found" dump "$BASE/missing"
	net_refused "500" "HTTP 500 Internal Server Error" \
	    dump "$BASE/error500"
	net_refused "oversized body (Content-Length)" "larger than 1048576" \
	    dump --max-size 1M "$BASE/big"
	net_refused "oversized body (no length)" "larger than 1048576" \
	    dump --max-size 1M "$BASE/big-chunked"
	net_dump "gzip transfer" 'd["meta"]["title"] == "Zipped"' \
	    dump "$BASE/gzip"
	net_dump "User-Agent marginalia/VERSION" \
	    'any("You are marginalia/" in b["text"] for b in d["blocks"])' \
	    dump "$BASE/ua"
	net_refused "non-HTML content type" "Content-Type: image/png" \
	    dump "$BASE/image"
	net_refused "empty body" "empty" dump "$BASE/empty"
	net_refused "refused connection" "cannot connect" \
	    dump "http://127.0.0.1:$(net_closed_port)/"
	if [ -n "$TLS_BASE" ]; then
		net_refused "self-signed TLS certificate" "TLS error" \
		    dump "$TLS_BASE/page"
	else
		echo "skip TLS: no openssl to make a certificate"
	fi
	net_dump "feed over HTTP, links resolved against it" \
	    'd["kind"] == "rss" and [i["link"] for i in d["items"]] == [base + "/one", base + "/two"]' \
	    dump --from feed --format json "$BASE/feed"
	net_run feed "$BASE/feed"
	if [ "$RC" -eq 0 ] && grep -q "^  2\. Two" "$OUT"; then
		net_ok "feed command over HTTP"
	else
		net_fail "feed command over HTTP" "exit $RC, no numbered item"
	fi
}

# The reader's hook: progress reported, and a fetch cancelled through it.
net_progress_tests() {
	local out
	if [ -z "$PROGRESS" ]; then
		echo "skip progress hook: no net-progress binary given"
		return
	fi
	out=$(timeout 20 "$PROGRESS" "$BASE/page")
	case $out in
	"ok "*" "[1-9]*) net_ok "progress reported ($out)" ;;
	*) net_fail "progress reported" "printed '$out'" ;;
	esac
	out=$(timeout 20 "$PROGRESS" "$BASE/big-chunked" 100000)
	case $out in
	*": cancelled") net_ok "cancelled through progress: $out" ;;
	*) net_fail "cancelled through progress" "printed '$out'" ;;
	esac
}

net_start
net_tests
net_progress_tests
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
