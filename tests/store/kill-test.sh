#!/usr/bin/env bash
# Durability of the library (issue 6, "Durability"): a note reported saved
# is never lost, a killed writer never leaves a damaged database, two
# writers on one article both keep their notes, and a read-only or damaged
# library gets one clear line instead of a crash.
#
#   kill-test.sh MARGINALIA TOOLDIR
#
# TOOLDIR holds store-check and store-writer (mk/store.mk builds them).
# KILL_ITERATIONS (default 200) and KILL_SECONDS (default 60) bound the
# kill loops. Prints the figures and exits non-zero on any failure.
set -u

iterations=${KILL_ITERATIONS:-200}
seconds=${KILL_SECONDS:-60}
failed=0
work=$(mktemp -d /tmp/marginalia-kill-XXXXXX)
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
# Private copies: a rebuild during the run must not pull the binary away.
cp "$1" "$work/marginalia" && cp "$2/store-writer" "$2/store-check" \
    "$work/" || exit 1
chmod 755 "$work"
bin=$work/marginalia
tools=$work

kill_fail() {
	echo "FAIL: $*"
	failed=$((failed + 1))
}

# An article the text importer keeps whole, with a quote to note.
kill_article() {
	cat >"$1" <<'ARTICLE'
Kim reist nach Russland

Kim Jong Un ist mit seinem gepanzerten Zug nach Russland gereist, wo er Wladimir Putin treffen will.

"Nordkorea will die Gunst der Stunde nutzen", sagt Leif-Eric Easley, Professor für internationale Studien an der Ewha Womans University in Seoul. Es ist deswegen nicht überraschend, dass Kim Russland als sein erstes Auslandsziel gewählt hat.

Die Gespräche dauerten mehrere Stunden und endeten spät in der Nacht.
ARTICLE
}

# A random pause of 0 to 29 ms, the window a kill lands in.
kill_pause() {
	sleep "0.0$(printf '%02d' $((RANDOM % 30)))"
}

# Loop 1: `marginalia note add`, the real binary, killed at random.
kill_cli_loop() {
	local home=$work/cli article=$work/article.txt i=0 start=$SECONDS pid
	mkdir -p "$home"
	kill_article "$article"
	while [ $i -lt "$iterations" ] &&
	    [ $((SECONDS - start)) -lt "$seconds" ]; do
		MARGINALIA_HOME=$home "$bin" note add "$article" \
		    --quote "Kim Russland als sein erstes Auslandsziel" \
		    --note "Notiz $i über Kim 📝" --tag kill \
		    >>"$home/saved" 2>>"$home/errors" &
		pid=$!
		kill_pause
		kill -9 "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		i=$((i + 1))
	done
	echo "note add kill loop: $i iterations in $((SECONDS - start)) s"
	kill_check "$home" "note add"
}

# Loop 2: store-writer saves notes back to back (and re-anchors every
# tenth), so kills land inside transactions far more often.
kill_writer_loop() {
	local home=$work/writer i=0 start=$SECONDS pid
	mkdir -p "$home"
	while [ $i -lt "$iterations" ] &&
	    [ $((SECONDS - start)) -lt "$seconds" ]; do
		"$tools/store-writer" "$home" >>"$home/saved" \
		    2>>"$home/errors" &
		pid=$!
		kill_pause
		kill -9 "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		i=$((i + 1))
	done
	echo "store-writer kill loop: $i iterations in $((SECONDS - start)) s"
	kill_check "$home" "store-writer"
}

kill_check() {
	local home=$1 what=$2
	if ! "$tools/store-check" "$home/library.db" "$home/saved"; then
		kill_fail "$what: the library lost notes or is damaged"
	fi
	# A killed writer never reaches an error message; a live one might
	# only for a lock held too long, which is not what happened here.
	if [ -s "$home/errors" ]; then
		kill_fail "$what: errors: $(sort -u "$home/errors" | head -3)"
	fi
}

# Two writers at once on the same article: both keep every note.
kill_concurrent() {
	local home=$work/two article=$work/article.txt
	mkdir -p "$home"
	for w in a b; do
		(for i in $(seq 1 25); do
			MARGINALIA_HOME=$home "$bin" note add "$article" \
			    --quote "Die Gespräche dauerten" --note "$w $i" \
			    || echo "error $w $i"
		done) >"$home/saved-$w" 2>&1 &
	done
	(for i in $(seq 1 4); do
		"$tools/store-writer" "$home" 25 || echo "error writer"
	done) >"$home/saved-c" 2>&1 &
	wait
	cat "$home"/saved-? >"$home/saved"
	grep -h "error\|marginalia:" "$home"/saved-? && \
	    kill_fail "concurrent writers reported errors"
	echo "concurrent: 2 × 25 note add, 4 × 25 store-writer notes"
	"$tools/store-check" "$home/library.db" "$home/saved" || \
	    kill_fail "concurrent writers lost notes"
}

# Runs the binary as a user who cannot write (root writes through
# permission bits, so drop to nobody when root).
kill_as_user() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		"$@"
	fi
}

# One line "marginalia: …" containing $2, exit status 2, for command $3…
kill_expect() {
	local what=$1 want=$2 out rc
	shift 2
	out=$("$@" 2>&1 >/dev/null)
	rc=$?
	if [ $rc -ne 2 ] || [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ] ||
	    ! printf '%s' "$out" | grep -q "^marginalia: .*$want"; then
		kill_fail "$what: exit $rc, said: $out"
	else
		echo "$what: $out"
	fi
}

kill_readonly_and_damaged() {
	local ro=$work/ro bad=$work/bad article=$work/article.txt
	mkdir -p "$ro" "$bad"
	MARGINALIA_HOME=$ro "$bin" note add "$article" --quote "Kim" \
	    >/dev/null || kill_fail "could not prepare the read-only library"
	chmod 755 "$work"
	chmod 644 "$article"
	chmod 444 "$ro/library.db"
	chmod 777 "$ro"
	kill_expect "read-only file" "read-only" kill_as_user env \
	    MARGINALIA_HOME="$ro" "$bin" note add "$article" --quote "Kim"
	chmod 555 "$ro"
	kill_expect "read-only directory" "read-only" kill_as_user env \
	    MARGINALIA_HOME="$ro" "$bin" note add "$article" --quote "Kim"
	# Reading a read-only library still works.
	if kill_as_user env MARGINALIA_HOME="$ro" "$bin" notes |
	    grep -q "“Kim”"; then
		echo "read-only library: notes still listed"
	else
		kill_fail "read-only library: notes not listed"
	fi
	head -c 8192 /dev/urandom >"$bad/library.db"
	kill_expect "damaged library" "damaged" env MARGINALIA_HOME="$bad" \
	    "$bin" notes
	printf 'SQLite format 3\0' >"$bad/library.db"
	head -c 4096 /dev/urandom >>"$bad/library.db"
	kill_expect "damaged header" "damaged" env MARGINALIA_HOME="$bad" \
	    "$bin" export --format md
}

kill_cli_loop
kill_writer_loop
kill_concurrent
kill_readonly_and_damaged
if [ $failed -ne 0 ]; then
	echo "kill test: $failed failure(s)"
	exit 1
fi
echo "kill test: passed"
