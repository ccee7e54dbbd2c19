#!/bin/sh
# Installs what marginalia needs to build (and, with --test, to test, fuzz
# and benchmark) on a Debian machine. Only missing pieces are installed, so a
# ready machine pays nothing; as non-root it prints the exact command and
# stops.
set -eu

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# pkg-config module -> Debian package
build_pairs="ncursesw:libncurses-dev libxml-2.0:libxml2-dev libutf8proc:libutf8proc-dev sqlite3:libsqlite3-dev jansson:libjansson-dev libcurl:libcurl4-openssl-dev"
test_pairs="cmocka:libcmocka-dev"
# command -> Debian package. setpriv (util-linux) runs a CLI test as an
# unprivileged user; /usr/bin/time -v gives make bench its max RSS (the
# shell's time keyword cannot); man renders the man page in the CLI tests.
test_cmds="tmux:tmux valgrind:valgrind clang:clang python3:python3 setpriv:util-linux /usr/bin/time:time man:man-db"
# Data files `make model` (and so the model check of make test) reads, by
# path; `command -v` finds a path as well as a command (docs/ner.md).
test_cmds="$test_cmds /usr/share/dict/ngerman:wngerman /usr/share/dict/american-english:wamerican /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo:iso-codes /usr/share/locale/en/LC_MESSAGES/geonames.mo:libgeonames-common"

missing=""
command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"
command -v cc >/dev/null 2>&1 || missing="$missing gcc"
command -v make >/dev/null 2>&1 || missing="$missing make"

pairs="$build_pairs"
[ $want_test = 1 ] && pairs="$pairs $test_pairs"
for pair in $pairs; do
	mod=${pair%%:*}
	pkg=${pair#*:}
	if ! command -v pkg-config >/dev/null 2>&1 ||
	    ! pkg-config --exists "$mod" 2>/dev/null; then
		missing="$missing $pkg"
	fi
done
if [ $want_test = 1 ]; then
	for pair in $test_cmds; do
		cmd=${pair%%:*}
		pkg=${pair#*:}
		command -v "$cmd" >/dev/null 2>&1 || missing="$missing $pkg"
	done
	# libFuzzer's runtime is only a Recommends of clang, and apt runs
	# below without recommends: ask clang whether it can find it.
	if ! command -v clang >/dev/null 2>&1 ||
	    [ ! -f "$(clang -print-file-name=libclang_rt.fuzzer-"$(uname -m)".a)" ]; then
		missing="$missing libclang-rt-dev"
	fi
fi

missing=$(echo $missing)
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
	echo "marginalia: missing build dependencies; run as root:" >&2
	echo "  apt-get update && apt-get install -y $missing" >&2
	exit 1
fi
echo "marginalia: installing $missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >&2
