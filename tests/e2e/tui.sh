#!/usr/bin/env bash
# End-to-end tests of the reader: the real binary inside tmux at 120×40,
# 80×24 and 40×12, keys sent with send-keys, the screen read back with
# capture-pane (-e where attributes matter). Run from the top directory:
#
#	tests/e2e/tui.sh build/marginalia
#
# Ends with "N passed, N failed"; exits non-zero when a check failed. Uses a
# private tmux server (-L marginalia-test-$$) that is always killed, and
# waits by polling the screen, never by long sleeps.
set -u

BIN=$(realpath "${1:-build/marginalia}")
SAMPLE=$(realpath docs/samples/dw-russland-nordkorea.txt)
SOCK=marginalia-test-$$
TMPD=$(mktemp -d)
passed=0
failed=0

e2e_tmux() {
	tmux -L "$SOCK" -f "$TMPD/tmux.conf" "$@"
}

e2e_cleanup() {
	e2e_tmux kill-server >/dev/null 2>&1
	rm -rf "$TMPD"
}
trap e2e_cleanup EXIT
trap 'exit 130' INT TERM

e2e_ok() {
	passed=$((passed + 1))
	echo "ok   $1"
}

e2e_ko() {
	failed=$((failed + 1))
	echo "FAIL $1"
	if [ -n "${2:-}" ]; then
		echo "---- screen:"
		printf '%s\n' "$2" | sed 's/^/  | /'
	fi
}

e2e_screen() {
	e2e_tmux capture-pane -p -t e2e 2>/dev/null
}

# Polls until the screen contains the fixed string $1 (20 s at most: the
# sanitizer build on a loaded machine is slow; a pass returns at once).
e2e_wait() {
	local i
	for i in $(seq 400); do
		e2e_screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	return 1
}

# Polls until the screen contains any of the fixed strings given.
e2e_wait_any() {
	local i want
	for i in $(seq 400); do
		for want in "$@"; do
			e2e_screen | grep -qF -- "$want" && return 0
		done
		sleep 0.05
	done
	return 1
}

# Polls until the screen no longer contains $1.
e2e_wait_gone() {
	local i
	for i in $(seq 400); do
		e2e_screen | grep -qF -- "$1" || return 0
		sleep 0.05
	done
	return 1
}

# check NAME PATTERN: waits for the fixed string on screen.
e2e_check() {
	if e2e_wait "$2"; then
		e2e_ok "$1"
	else
		e2e_ko "$1 (no '$2')" "$(e2e_screen)"
	fi
}

# Starts the reader on FILE at W×H with extra environment; waits for the
# first paint (the status line's counts or the hint).
e2e_start() {
	local w=$1 h=$2 file=$3
	shift 3
	e2e_tmux kill-session -t e2e >/dev/null 2>&1
	e2e_tmux new-session -d -s e2e -x "$w" -y "$h" \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CONFIG_HOME=$TMPD/config \
	    MARGINALIA_HOME=$(mktemp -d -p "$TMPD") $* '$BIN' '$file'; \
	    echo EXIT=\$?; stty -a | tr ';' '\n' | grep -owE -- '-?(icanon|echo)'; echo STTY-DONE; \
	    sleep 60"
	e2e_wait_any "q quit" "§" "too small"
}

e2e_keys() {
	e2e_tmux send-keys -t e2e "$@"
}

# The article pane's first row: what follows the sidebar's border, if any.
e2e_top() {
	e2e_screen | head -1 | sed 's/^.*│//'
}

e2e_last() {
	e2e_screen | tail -1
}

# Sends keys and waits until the last line shows $1.
e2e_keys_msg() {
	local want=$1
	shift
	e2e_keys "$@"
	e2e_wait "$want"
}

printf 'set -g default-terminal tmux-256color\nset -g escape-time 0\n' \
    >"$TMPD/tmux.conf"
mkdir -p "$TMPD/config/marginalia" "$TMPD/home"
# A session that outlives every test's, so the server never exits between.
e2e_tmux new-session -d -s keep -x 80 -y 24 "sleep 600"

. "$(dirname "$0")/tui-checks.sh"

e2e_main
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
