# The checks of tests/e2e/tui.sh, one function per scenario; sourced by it
# (it provides e2e_start, e2e_keys, e2e_check, e2e_ok, e2e_ko …).

e2e_sidebar() {
	local s
	e2e_start 120 40 "$SAMPLE"
	e2e_check "120x40 title on top" "Russland und Nordkorea suchen Schulterschluss"
	e2e_check "120x40 kicker" "Politik · Asien"
	e2e_check "120x40 byline" "Julian Ryall"
	e2e_check "120x40 date" "2023-09-13"
	s=$(e2e_screen | sed 's/│.*//')
	if printf '%s\n' "$s" | grep -qF "Nordkorea und Russland beide auf" &&
	    printf '%s\n' "$s" | grep -qF "Waffenlieferungen wahrscheinlich?" &&
	    printf '%s\n' "$s" | grep -qF "Tauschgeschäft mit"; then
		e2e_ok "outline shows the three sections"
	else
		e2e_ko "outline shows the three sections" "$(e2e_screen)"
	fi
	e2e_keys 2
	e2e_wait "[Quotes]"
	s=$(e2e_screen | sed 's/│.*//')
	if printf '%s\n' "$s" | grep -A1 -F " Leif-Eric Easley" |
	    grep -qF "Professor für internationale St" &&
	    printf '%s\n' "$s" | grep -A1 -F " Yakov Zinberg" |
	    grep -qF "Professor für internationale Be"; then
		e2e_ok "quotes grouped under Easley and Zinberg with roles"
	else
		e2e_ko "quotes grouped under Easley and Zinberg with roles" \
		    "$(e2e_screen)"
	fi
	e2e_keys 3
	e2e_wait "[Entities]"
	s=$(e2e_screen | sed 's/│.*//')
	if printf '%s\n' "$s" | grep -qF " People" &&
	    printf '%s\n' "$s" | grep -qE "Wladimir Putin +[0-9]+" &&
	    printf '%s\n' "$s" | grep -qE "Kim Jong Un +[0-9]+" &&
	    printf '%s\n' "$s" | grep -qF " Places"; then
		e2e_ok "entities grouped by type with counts"
	else
		e2e_ko "entities grouped by type with counts" "$(e2e_screen)"
	fi
	e2e_keys 4
	e2e_check "notes tab says so" "No notes yet"
}

e2e_sections() {
	e2e_start 120 40 "$SAMPLE"
	e2e_keys ']'
	e2e_wait "§1/3"
	e2e_keys ']'
	if e2e_wait "§2/3" && e2e_top | grep -qF "Waffenlieferungen wahrscheinlich?"
	then
		e2e_ok "] lands on Waffenlieferungen wahrscheinlich?"
	else
		e2e_ko "] lands on Waffenlieferungen wahrscheinlich?" \
		    "$(e2e_screen)"
	fi
	e2e_keys '['
	if e2e_wait "§1/3" && e2e_top | grep -qF "Nordkorea und Russland beide"
	then
		e2e_ok "[ goes back a section"
	else
		e2e_ko "[ goes back a section" "$(e2e_screen)"
	fi
}

e2e_quotes() {
	local i=0 n=0 msg prev=0 bad=0
	e2e_start 120 40 "$SAMPLE"
	while [ $i -lt 60 ]; do
		e2e_keys '>'
		i=$((i + 1))
		e2e_wait "quote $i/" || break
		msg=$(e2e_last)
		n=$(printf '%s' "$msg" | sed -nE 's|^quote [0-9]+/([0-9]+).*|\1|p')
		[ "$i" -eq $((prev + 1)) ] || bad=1
		prev=$i
		[ "$i" -eq "$n" ] && break
	done
	if [ "$bad" -eq 0 ] && [ "$n" -gt 0 ] && [ "$prev" -eq "$n" ]; then
		e2e_ok "> visits quotes 1..$n in order"
	else
		e2e_ko "> visits quotes in order (got $prev of $n)" "$(e2e_screen)"
	fi
	e2e_keys '>'
	e2e_check "> after the last quote says so" "No more quotes"
	e2e_keys '<'
	e2e_check "< goes back" "quote $((n - 1))/$n"
}

e2e_search() {
	local top
	e2e_start 120 40 "$SAMPLE"
	e2e_keys / Z i n b e r g Enter
	e2e_check "/Zinberg finds the first mention" "match 1/2: Zinberg"
	top=$(e2e_top)
	e2e_keys n
	e2e_check "n goes to the second" "match 2/2: Zinberg"
	if [ "$(e2e_top)" != "$top" ] && e2e_top | grep -qF Zinberg; then
		e2e_ok "n scrolls to the match"
	else
		e2e_ko "n scrolls to the match" "$(e2e_screen)"
	fi
	e2e_keys n
	e2e_check "n cycles back to the first" "match 1/2: Zinberg (wrapped)"
	if e2e_tmux capture-pane -p -e -t e2e | grep -qE $'7m(\e\\[[0-9;]*m)*Zinberg'; then
		e2e_ok "matches are highlighted"
	else
		e2e_ko "matches are highlighted" "$(e2e_tmux capture-pane -p -e -t e2e | cat -v | head -5)"
	fi
	e2e_keys / z i n b e r g Enter
	e2e_check "search ignores case" "match 1/2"
	e2e_keys / X q z q Enter
	e2e_check "a failed search says so" "Not found: Xqzq"
}

# Presses j in the Entities tab until Wladimir Putin is selected.
e2e_select_putin() {
	local i
	for i in $(seq 40); do
		e2e_screen | grep -qE "^> Wladimir Putin" && return 0
		e2e_keys j
		sleep 0.05
	done
	return 1
}

e2e_entity() {
	local w=$1 h=$2
	e2e_start "$w" "$h" "$SAMPLE"
	e2e_keys 3
	e2e_wait "[Entities]"
	if e2e_select_putin; then
		e2e_ok "${w}x$h: Putin selected in the Entities tab"
	else
		e2e_ko "${w}x$h: Putin selected in the Entities tab" "$(e2e_screen)"
		return
	fi
	e2e_keys e
	if e2e_wait "Wladimir Putin: mention 1/" &&
	    e2e_top | grep -qF "Putin"; then
		e2e_ok "${w}x$h: e jumps to Putin's next mention"
	else
		e2e_ko "${w}x$h: e jumps to Putin's next mention" "$(e2e_screen)"
	fi
	e2e_keys e
	e2e_check "${w}x$h: e again goes on" "Wladimir Putin: mention 2/"
}

e2e_resize() {
	local before after
	e2e_start 120 40 "$SAMPLE"
	e2e_keys ']' ']' j j
	e2e_wait "§2/3"
	sleep 0.1
	before=$(e2e_top)
	e2e_tmux resize-window -t e2e -x 40 -y 12
	if e2e_wait_gone "[Outline]" && e2e_wait "§2/3"; then
		e2e_ok "resize to 40x12 re-wraps (sidebar folds away)"
	else
		e2e_ko "resize to 40x12 re-wraps" "$(e2e_screen)"
	fi
	e2e_tmux resize-window -t e2e -x 120 -y 40
	e2e_wait "[Outline]"
	sleep 0.1
	after=$(e2e_top)
	if [ -n "$before" ] && [ "$before" = "$after" ]; then
		e2e_ok "resize 120x40 → 40x12 → 120x40 keeps the position"
	else
		e2e_ko "resize keeps the position ('$before' vs '$after')" \
		    "$(e2e_screen)"
	fi
	e2e_tmux resize-window -t e2e -x 15 -y 5
	e2e_check "below 20x6: terminal too small" "terminal too"
	e2e_tmux resize-window -t e2e -x 20 -y 6
	e2e_check "20x6 still reads" "§"
}

e2e_sizes() {
	e2e_start 80 24 "$SAMPLE"
	e2e_check "80x24 shows the sidebar" "[Outline]"
	e2e_keys s
	if e2e_wait_gone "[Outline]"; then
		e2e_ok "80x24: s hides the sidebar"
	else
		e2e_ko "80x24: s hides the sidebar" "$(e2e_screen)"
	fi
	e2e_start 40 12 "$SAMPLE"
	if e2e_wait "Russland und Nordkorea" && ! e2e_screen | grep -qF "[Outline]"
	then
		e2e_ok "40x12: article only, sidebar folded"
	else
		e2e_ko "40x12: article only, sidebar folded" "$(e2e_screen)"
	fi
	e2e_keys s
	e2e_check "40x12: s shows the sidebar" "[Outline]"
	e2e_keys Tab
	e2e_check "40x12: Tab returns to the article" "Politik"
	e2e_keys Space
	e2e_wait_gone "Politik"
	e2e_keys g
	e2e_check "40x12: Space and g page and return" "Politik"
}

e2e_hostile() {
	local f=$TMPD/escape.txt title
	printf 'Escape test article\n\nOSC here \033]0;pwned\007 and a clear \033[2J and a CSI \302\233 31m and an override \342\200\256reversed\342\200\254 end.\n\nSecond paragraph is calm.\n' >"$f"
	e2e_start 80 24 "$f"
	e2e_check "escape article shows its text" "reversed"
	title=$(e2e_tmux display-message -p -t e2e '#{pane_title}')
	if [ "$title" != "pwned" ] && e2e_screen | tail -2 | head -1 |
	    grep -qF "§" && e2e_screen | grep -qF "�reversed�"; then
		e2e_ok "escape bytes leave the pane intact, bidi drawn inert"
	else
		e2e_ko "escape bytes leave the pane intact (title '$title')" \
		    "$(e2e_screen)"
	fi
}

e2e_colours() {
	local plain
	e2e_start 120 40 "$SAMPLE" NO_COLOR=1
	e2e_wait "Schulterschluss"
	plain=$(e2e_tmux capture-pane -p -e -t e2e)
	if ! printf '%s' "$plain" | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|38|48|9[0-7])[;m]' &&
	    printf '%s' "$plain" | grep -qE $'\e\\[([0-9;]*;)?4[;m]' &&
	    printf '%s' "$plain" | grep -qE $'\e\\[([0-9;]*;)?3[;m]'; then
		e2e_ok "NO_COLOR: no colour, quotes and mentions by attributes"
	else
		e2e_ko "NO_COLOR: no colour, attributes only" \
		    "$(printf '%s' "$plain" | cat -v | head -12)"
	fi
	e2e_start 120 40 "$SAMPLE"
	e2e_wait "Schulterschluss"
	if e2e_tmux capture-pane -p -e -t e2e | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|38)[;m]'
	then
		e2e_ok "colours without NO_COLOR"
	else
		e2e_ko "colours without NO_COLOR"
	fi
}

e2e_help_config() {
	printf 'bind x quit\nbind zz nothing\ncolor quote red\nbind sidebar J select-next\n' \
	    >"$TMPD/config/marginalia/config"
	e2e_start 80 24 "$SAMPLE"
	e2e_check "a bad config line is reported with its number" \
	    "config:2: unknown key 'zz'"
	e2e_keys '?'
	e2e_check "? shows help from the command table" "section-next"
	e2e_keys Space Space
	e2e_check "help lists a rebound key" "q, x"
	e2e_keys q
	e2e_wait_gone "section-next"
	e2e_keys x
	e2e_check "the rest of the config applies (x quits)" "EXIT=0"
	rm -f "$TMPD/config/marginalia/config"
}

e2e_quit() {
	local s
	e2e_start 80 24 "$SAMPLE"
	e2e_keys q
	if e2e_wait "EXIT=0" && e2e_wait STTY-DONE; then
		e2e_ok "q exits with status 0"
	else
		e2e_ko "q exits with status 0" "$(e2e_screen)"
	fi
	s=$(e2e_screen)
	if [ "$(e2e_tmux display-message -p -t e2e '#{alternate_on}')" = 0 ] &&
	    printf '%s\n' "$s" | grep -qx "icanon" &&
	    printf '%s\n' "$s" | grep -qx "echo" &&
	    [ "$(e2e_tmux display-message -p -t e2e '#{cursor_flag}')" = 1 ]
	then
		e2e_ok "the terminal is restored (screen, icanon, echo, cursor)"
	else
		e2e_ko "the terminal is restored" "$s"
	fi
	e2e_start 80 24 "$SAMPLE"
	e2e_tmux run-shell -t e2e "pkill -TERM -P #{pane_pid} -x marginalia"
	if e2e_wait STTY-DONE && e2e_screen | grep -qx "icanon"; then
		e2e_ok "SIGTERM restores the terminal"
	else
		e2e_ko "SIGTERM restores the terminal" "$(e2e_screen)"
	fi
}

# A mouse event as an xterm (X10) report, which tmux-256color's kmous
# names: ESC [ M, then button, column and row, each plus 32 (1-based).
e2e_mouse() {
	local button=$1 col=$2 row=$3
	e2e_keys -l "$(printf '\033[M%b%b%b' \
	    "\\$(printf '%03o' $((32 + button)))" \
	    "\\$(printf '%03o' $((33 + col)))" \
	    "\\$(printf '%03o' $((33 + row)))")"
}

e2e_mouse_checks() {
	local before
	e2e_start 120 40 "$SAMPLE"
	# Press and release on the Outline's third section row (screen row 4).
	e2e_mouse 0 5 4
	e2e_mouse 3 5 4
	if e2e_wait "§2/3" && e2e_top | grep -qF "Waffenlieferungen wahrscheinlich?"
	then
		e2e_ok "a click on a sidebar row jumps there"
	else
		e2e_ko "a click on a sidebar row jumps there" "$(e2e_screen)"
	fi
	before=$(e2e_top)
	e2e_mouse 65 60 10	# wheel down over the article
	e2e_wait_changed_top "$before"
	if [ "$(e2e_top)" != "$before" ]; then
		e2e_ok "the mouse wheel scrolls the article"
	else
		e2e_ko "the mouse wheel scrolls the article" "$(e2e_screen)"
	fi
}

# Polls until the article's first row differs from $1.
e2e_wait_changed_top() {
	local i
	for i in $(seq 100); do
		[ "$(e2e_top)" != "$1" ] && return 0
		sleep 0.05
	done
	return 1
}

e2e_main() {
	e2e_sidebar
	e2e_sections
	e2e_mouse_checks
	e2e_quotes
	e2e_search
	e2e_entity 120 40
	e2e_entity 40 12
	e2e_resize
	e2e_sizes
	e2e_hostile
	e2e_colours
	e2e_help_config
	e2e_quit
}
