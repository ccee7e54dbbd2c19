#!/usr/bin/env bash
# The note commands end to end, in a temporary MARGINALIA_HOME: note add
# with umlauts and an emoji, notes, the three exports (to stdout and to
# files, never overwriting without --force), import into an empty library
# with nothing lost, and re-anchoring after the article file is edited:
# a paragraph inserted before the note, a word changed inside the quote,
# the passage deleted (the note is orphaned, still listed and exported).
#
#   cli-test.sh MARGINALIA SAMPLE
set -u

work=$(mktemp -d /tmp/marginalia-cli-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$1" "$work/marginalia" || exit 1
bin=$work/marginalia
article=$work/article.txt
cp "$2" "$article" || exit 1
export MARGINALIA_HOME=$work/home
failed=0
passed=0
quote="Nordkorea will die Gunst der Stunde nutzen, dass ein neuer 'Kalter"
quote="$quote Krieg' zu beginnen droht. Es ist deswegen nicht überraschend,"
quote="$quote dass Kim Russland als sein erstes Auslandsziel nach der"
quote="$quote Pandemie gewählt hat"
note="Größe zählt 😀"

cli_ok() {
	if [ "$1" -eq 0 ]; then
		passed=$((passed + 1))
	else
		echo "FAIL: $2"
		failed=$((failed + 1))
	fi
}

# cli_has NAME TEXT PATTERN: the fixed string PATTERN is in TEXT.
cli_has() {
	printf '%s' "$2" | grep -qF -- "$3"
	cli_ok $? "$1: no '$3' in: $(printf '%s' "$2" | head -c 600)"
}

cli_edit() {
	python3 - "$article" "$1" "$2" <<'PY'
import sys
path, old, new = sys.argv[1:]
s = open(path, encoding="utf-8").read()
assert old in s, old
open(path, "w", encoding="utf-8").write(s.replace(old, new, 1))
PY
}

out=$("$bin" note add "$article" --quote "$quote" --note "$note" \
    --tag nordkorea --tag "kalter krieg" --colour yellow)
cli_ok $? "note add"
cli_has "note add" "$out" "saved urn:uuid:"
out=$("$bin" note add "$article" --quote "not in the article" 2>&1)
[ $? -eq 2 ]
cli_ok $? "note add of a missing quote must fail with status 2"
cli_has "missing quote" "$out" "marginalia: the quote is not"

out=$("$bin" notes)
cli_has "notes" "$out" "Russland und Nordkorea suchen Schulterschluss"
cli_has "notes" "$out" "$note"
cli_has "notes" "$out" "#nordkorea #kalter krieg"

md=$("$bin" export --format md "$article")
cli_has "md" "$md" "# Russland und Nordkorea suchen Schulterschluss"
cli_has "md" "$md" "## Nordkorea und Russland beide auf Weltbühne isoliert"
cli_has "md" "$md" "> $quote"
cli_has "md" "$md" "#nordkorea #kalter-krieg · "
md=$("$bin" export --format md --quotes "$article")
cli_has "md --quotes" "$md" "## Who said what"
cli_has "md --quotes" "$md" \
    "**Leif-Eric Easley**, Professor für internationale Studien"

"$bin" export --format w3c -o "$work/notes.json" "$article"
cli_ok $? "export w3c -o"
w3c=$(cat "$work/notes.json")
cli_has "w3c" "$w3c" '"@context": "http://www.w3.org/ns/anno.jsonld"'
cli_has "w3c" "$w3c" '"type": "TextQuoteSelector"'
cli_has "w3c" "$w3c" '"type": "TextPositionSelector"'
cli_has "w3c" "$w3c" "\"value\": \"$note\""
out=$("$bin" export --format md -o "$work/notes.json" 2>&1)
[ $? -eq 2 ] && cmp -s "$work/notes.json" <(printf '%s\n' "$w3c")
cli_ok $? "export must not overwrite without --force: $out"
"$bin" export --format md --force -o "$work/notes.json"
cli_ok $? "export --force"
json=$("$bin" export --format json)
cli_has "json" "$json" '"marginalia_notes": 1'
cli_has "json" "$json" '"orphaned": false'

# Import into an empty library, then export again: the same W3C.
out=$(MARGINALIA_HOME=$work/other "$bin" import "$work/notes.md" 2>&1)
[ $? -eq 2 ]
cli_ok $? "import of Markdown must fail: $out"
printf '%s\n' "$w3c" >"$work/w3c.json"
out=$(MARGINALIA_HOME=$work/other "$bin" import "$work/w3c.json")
cli_has "import" "$out" "imported 1 note"
again=$(MARGINALIA_HOME=$work/other "$bin" export --format w3c)
[ "$again" = "$w3c" ]
cli_ok $? "import round trip differs"

# Re-anchoring as the article file changes.
cli_edit "Kim Jong Un" "Ein neuer erster Satz steht hier. Kim Jong Un"
cli_edit '"Nordkorea will die Gunst' \
    $'Ein ganz neuer Absatz vor dem Zitat.\n\n"Nordkorea will die Gunst'
out=$("$bin" notes "$article")
cli_has "paragraph inserted" "$out" "“$quote”"
cli_edit "nicht überraschend" "nicht erstaunlich"
out=$("$bin" notes "$article")
cli_has "word changed" "$out" "nicht erstaunlich, dass Kim"
printf '%s' "$out" | grep -q orphaned
[ $? -ne 0 ]
cli_ok $? "word changed: the note must not be orphaned"
python3 - "$article" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i = s.index('"Nordkorea will die Gunst')
open(sys.argv[1], "w", encoding="utf-8").write(s[:i] + s[s.index("\n", i) + 1:])
PY
out=$("$bin" notes "$article")
cli_has "passage deleted" "$out" "orphaned “Nordkorea will"
md=$("$bin" export --format md "$article")
cli_has "orphan exported" "$md" "## Orphaned notes"
cli_has "orphan exported" "$md" "$note"

echo "store cli: $passed passed, $failed failed"
[ $failed -eq 0 ]
