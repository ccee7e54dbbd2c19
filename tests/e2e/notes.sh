#!/usr/bin/env bash
# End-to-end tests of notes in the reader: the real binary in tmux (120×40)
# on a copy of the DW sample, with MARGINALIA_HOME in a temporary directory.
# Select two sentences of Easley's quote, write a note with umlauts and an
# emoji, see it marked and listed after a restart, export it (Markdown and
# W3C), edit the article so the note must be re-anchored, delete the
# passage so it is orphaned, read it back from the library screen; Esc
# drops a note, x asks before it deletes, a locked library keeps the note
# in the prompt. Run from the top directory:
#
#	tests/e2e/notes.sh build/marginalia
#
# Ends with "N passed, N failed"; exits non-zero when a check failed. Uses a
# private tmux server (-L) that is always killed, and waits by polling.
set -u

BIN=$(realpath "${1:-build/marginalia}")
SAMPLE=$(realpath docs/samples/dw-russland-nordkorea.txt)
SOCK=marginalia-notes-$$
TMPD=$(mktemp -d)
ART=$TMPD/article.txt
export MARGINALIA_HOME=$TMPD/home
NOTE="Größe zählt, Ärger wächst 😀"
passed=0
failed=0

n_tmux() {
	tmux -L "$SOCK" -f "$TMPD/tmux.conf" "$@"
}

n_cleanup() {
	n_tmux kill-server >/dev/null 2>&1
	[ -n "${LOCKER:-}" ] && kill "$LOCKER" 2>/dev/null
	rm -rf "$TMPD"
}
trap n_cleanup EXIT
trap 'exit 130' INT TERM

n_ok() {
	passed=$((passed + 1))
	echo "ok   $1"
}

n_ko() {
	failed=$((failed + 1))
	echo "FAIL $1"
	if [ -n "${2:-}" ]; then
		echo "---- seen:"
		printf '%s\n' "$2" | sed 's/^/  | /'
	fi
}

n_screen() {
	n_tmux capture-pane -p -t n 2>/dev/null
}

# Polls until the screen contains the fixed string $1 (20 s at most, for
# the sanitizer build on a loaded machine; a pass returns at once).
n_wait() {
	local i
	for i in $(seq 400); do
		n_screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	return 1
}

# Polls until the screen contains any of the fixed strings given.
n_wait_any() {
	local i want
	for i in $(seq 400); do
		for want in "$@"; do
			n_screen | grep -qF -- "$want" && return 0
		done
		sleep 0.05
	done
	return 1
}

n_check() {
	if n_wait "$2"; then
		n_ok "$1"
	else
		n_ko "$1 (no '$2')" "$(n_screen)"
	fi
}

# n_has NAME TEXT PATTERN: the fixed string PATTERN is in TEXT.
n_has() {
	if printf '%s' "$2" | grep -qF -- "$3"; then
		n_ok "$1"
	else
		n_ko "$1 (no '$3')" "$(printf '%s' "$2" | head -40)"
	fi
}

# Starts the reader (on FILE, or the library with none); waits for the
# hint line of either screen.
n_start() {
	n_tmux kill-session -t n >/dev/null 2>&1
	n_tmux new-session -d -s n -x 120 -y 40 \
	    "env -u VISUAL LANG=C.UTF-8 LC_ALL=C.UTF-8 \
	    XDG_CONFIG_HOME=$TMPD/config EDITOR='$TMPD/ed.sh --append' \
	    MARGINALIA_HOME=$MARGINALIA_HOME '$BIN' $*; echo EXIT=\$?; \
	    sleep 60"
	n_wait_any "q quit" "Note" "note"
}

n_keys() {
	n_tmux send-keys -t n "$@"
}

# Types literal text (UTF-8) into the reader.
n_type() {
	n_tmux send-keys -t n -l -- "$1"
}

n_quit() {
	n_keys q
	n_wait "EXIT=0"
}

# The article pane's first row.
n_top() {
	n_screen | head -1 | sed 's/^.*│//'
}

# Lines marked as annotated: the margin bar after the sidebar border.
n_marked() {
	n_screen | sed -n 's/^.*│▎//p'
}

n_edit() {
	python3 - "$ART" "$1" "$2" <<'PY'
import sys
path, old, new = sys.argv[1:]
s = open(path, encoding="utf-8").read()
assert old in s, old
open(path, "w", encoding="utf-8").write(s.replace(old, new, 1))
PY
}

# Writes a note on the two sentences starting at Easley's quote.
n_write() {
	n_start "'$ART'"
	n_keys / && n_type "Gunst der Stunde" && n_keys Enter
	n_wait "match 1/1"
	n_keys v ')'
	n_keys a
	n_wait "Note: "
	n_type "$NOTE"
	n_check "the prompt shows the note as typed" "Note: $NOTE"
	# Left steps over the emoji and the space as one character each.
	n_keys Left Left Left BSpace
	n_check "Left and Backspace by character" \
	    "Note: Größe zählt, Ärger wächt 😀"
	n_type "s"
	n_check "typing in the middle" "Note: $NOTE"
	n_keys Home Right Right Right Right Right DC
	n_check "Home, Right and Delete edit in place" "Note: Größezählt,"
	n_type " "
	n_keys End
	n_check "End and the note as it was" "Note: $NOTE"
	n_keys Enter
	n_check "Enter saves the note" "Note saved"
	n_check "the status line counts it" "entities · 1 note"
	if n_marked | grep -qF "Gunst der Stunde" &&
	    n_marked | grep -qF "dass Kim Russland als sein"; then
		n_ok "both sentences are marked"
	else
		n_ko "both sentences are marked" "$(n_screen)"
	fi
}

n_cancel_delete() {
	n_keys '}' '}' ')'
	n_keys a
	n_wait "Note: "
	n_type "nicht speichern"
	n_keys Escape
	n_check "Esc drops the note" "Note dropped"
	n_check "nothing was saved" "entities · 1 note"
	n_keys h
	n_check "h highlights without a note" "entities · 2 notes"
	n_keys x
	n_check "x asks first" "(y/n)"
	n_keys n
	n_check "n keeps it" "Kept"
	n_keys x
	n_wait "(y/n)"
	n_keys y
	n_check "x then y deletes it" "Note deleted"
	n_check "one note left" "entities · 1 note"
}

# A library locked by another process: the note stays in the prompt.
n_locked() {
	local ready=$TMPD/locked
	n_keys M
	n_wait "note 1/1"
	n_keys A
	n_check "A opens the note to edit" "Edit note: $NOTE"
	n_type " (2)"
	python3 - "$MARGINALIA_HOME/library.db" "$ready" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=1, isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").close()
time.sleep(9)
db.execute("ROLLBACK")
PY
	LOCKER=$!
	for _ in $(seq 100); do [ -e "$ready" ] && break; sleep 0.05; done
	n_keys Enter
	n_check "a locked library: the error is shown" "Not saved:"
	n_check "the note stays in the prompt" "Edit note: $NOTE (2)"
	wait "$LOCKER"
	LOCKER=
	n_keys BSpace BSpace BSpace BSpace Enter
	n_check "Enter retries once the lock is gone" "Note saved"
}

# C-e: $EDITOR (split on spaces: a script and its flag) on a private file.
n_editor() {
	local seen
	n_keys A
	n_wait "Edit note: "
	n_keys C-e
	n_check "C-e: the editor's text comes back to the prompt" \
	    "Edit note: $NOTE, mit Editor"
	seen=$(cat "$TMPD/ed.seen" 2>/dev/null)
	if [ "$seen" = "--append 600 $NOTE" ] &&
	    [ ! -e "$(cat "$TMPD/ed.path")" ]; then
		n_ok "the editor got a 0600 file with the note, removed after"
	else
		n_ko "the editor got a 0600 file with the note, removed after" \
		    "$seen"
	fi
	n_keys Escape
	n_check "Esc drops the edit" "Note dropped"
}

n_reopen() {
	n_keys ']' ']'
	n_wait "§3/3"
	n_quit
	n_start "'$ART'"
	if n_top | grep -qF "Tauschgeschäft"; then
		n_ok "the reading position resumes"
	else
		n_ko "the reading position resumes" "$(n_screen)"
	fi
	n_keys 4
	n_check "the Notes tab lists the quote" "Nordkorea will die Gunst"
	n_check "the Notes tab lists the note" "Größe zählt, Ärger wächst"
	n_keys Enter
	n_wait "Gunst der Stunde"
	if n_marked | grep -qF "Gunst der Stunde"; then
		n_ok "Enter in the Notes tab jumps to the marked text"
	else
		n_ko "Enter in the Notes tab jumps to the marked text" \
		    "$(n_screen)"
	fi
	# The cursor's grey covers the first sentence; the second shows the
	# note's yellow.
	if n_tmux capture-pane -e -p -t n | grep -F "dass Kim Russland" |
	    grep -q $'\e\\[[0-9;]*43m'; then
		n_ok "the annotated text has the note colour"
	else
		n_ko "the annotated text has the note colour"
	fi
	n_quit
}

n_export() {
	local md w3c
	md=$("$BIN" export --format md "$ART")
	n_has "md: the title" "$md" \
	    "# Russland und Nordkorea suchen Schulterschluss"
	n_has "md: the quote as a block" "$md" \
	    "> \"Nordkorea will die Gunst der Stunde nutzen"
	n_has "md: both sentences" "$md" "Pandemie gewählt hat"
	n_has "md: the note" "$md" "$NOTE"
	w3c=$("$BIN" export --format w3c "$ART")
	n_has "w3c: context" "$w3c" \
	    '"@context": "http://www.w3.org/ns/anno.jsonld"'
	n_has "w3c: quote selector" "$w3c" '"type": "TextQuoteSelector"'
	n_has "w3c: position selector" "$w3c" '"type": "TextPositionSelector"'
	n_has "w3c: exact" "$w3c" "Nordkorea will die Gunst der Stunde"
	n_has "w3c: the note as a TextualBody" "$w3c" "\"value\": \"$NOTE\""
}

n_reanchor() {
	n_edit "\"Nordkorea will die Gunst" "Dieser Absatz wurde nachträglich \
eingefügt, um die Verankerung der Notizen zu prüfen, und steht vor dem Zitat.

\"Nordkorea will die Gunst"
	n_edit "nicht überraschend, dass Kim" "nicht erstaunlich, dass Kim"
	n_start "'$ART'"
	n_check "reopening says the note moved" "re-anchored"
	n_keys m
	n_wait "Gunst der Stunde"
	if n_marked | grep -qF "nicht erstaunlich, dass Kim" &&
	    ! n_marked | grep -qF "nachträglich"; then
		n_ok "re-anchored: still marked at the quote"
	else
		n_ko "re-anchored: still marked at the quote" "$(n_screen)"
	fi
	n_quit
}

n_orphan() {
	local md
	python3 - "$ART" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s2 = re.sub(r'"Nordkorea will die Gunst[^\n]*\n', "", s, count=1)
assert s2 != s
open(sys.argv[1], "w", encoding="utf-8").write(s2)
PY
	n_start "'$ART'"
	n_check "reopening says the note is orphaned" "1 orphaned"
	n_keys 4
	n_check "the Notes tab lists it as orphaned" "orphaned: “"
	n_check "with its note" "Größe zählt"
	n_quit
	md=$("$BIN" export --format md "$ART")
	n_has "an orphan is still exported" "$md" \
	    "Nordkorea will die Gunst der Stunde"
	n_has "with its note" "$md" "$NOTE"
}

n_library() {
	n_start
	n_check "the library lists the article" \
	    "Russland und Nordkorea suchen Schulterschluss"
	n_check "with its notes count" "1 note"
	n_keys Enter
	n_check "Enter opens it from the stored text" "quotes · "
	n_keys 4
	n_check "its notes come along" "orphaned: “"
	n_keys x
	n_wait "(y/n)"
	n_keys y
	n_check "x on the Notes tab deletes the orphan" "Note deleted"
	n_keys q
	n_check "q goes back to the library" "0 notes"
	n_keys q
	n_check "q quits the library" "EXIT=0"
}

n_nostore() {
	local home=$MARGINALIA_HOME
	MARGINALIA_HOME=/proc/marginalia-none
	n_start "'$ART'"
	n_check "without a library the reader still runs" "quotes · "
	n_check "and says why" "Library unavailable"
	n_keys a
	n_check "a says notes cannot be saved" "Notes cannot be saved"
	n_quit
	MARGINALIA_HOME=$home
}

printf 'set -g default-terminal tmux-256color\nset -g escape-time 0\n' \
    >"$TMPD/tmux.conf"
mkdir -p "$TMPD/config" "$MARGINALIA_HOME"
cp "$SAMPLE" "$ART"
# The "editor": records what it was given, then adds to the note.
cat >"$TMPD/ed.sh" <<EOF
#!/bin/sh
printf '%s %s %s' "\$1" "\$(stat -c %a "\$2")" "\$(cat "\$2")" \
    >"$TMPD/ed.seen"
printf '%s' "\$2" >"$TMPD/ed.path"
printf '%s, mit Editor\n' "\$(cat "\$2")" >"\$2"
EOF
chmod +x "$TMPD/ed.sh"
n_tmux new-session -d -s keep -x 80 -y 24 "sleep 600"

n_write
n_cancel_delete
n_locked
n_editor
n_reopen
n_export
n_reanchor
n_orphan
n_library
n_nostore
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
