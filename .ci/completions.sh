# shellcheck shell=bash disable=SC2154 # $tmp and $version come from .ci/distro-check
# The checks of the shells' completions, sourced by .ci/distro-check, which
# defines fail and step. Each shell runs in a private tmux server, started
# with no user's settings, loads the completion file the release made
# (fish's explicitly: Debian 12's fish 3.6 completes nothing under
# --no-config otherwise), and is typed at, TAB included, as a coach would.

# COMPLETION_SOCKET names the private tmux server of the shell being
# checked; start_shell gives each shell a server of its own.
COMPLETION_SOCKET=partnercoach-complete-$$
# completion_wait is how long a shell may take to show what is awaited.
completion_wait=10

# write_fixture DIR NEWCOMERS RECORDS writes a data folder in the formats
# docs/records.md gives: the newcomer list (Bob Tester, Anna-Lena O'Brien
# and AB, then "Newcomer 003" and so on) and records of follow-up sessions
# of realistic size, from 2025-01-01 09:00, eight a day, named in turn.
write_fixture() {
	local dir=$1 newcomers=$2 records=$3
	local data=$dir/data/partnercoach
	mkdir -p "$data/records" "$dir/config" "$dir/state"
	chmod -R 700 "$dir"
	local names=("Bob Tester" "Anna-Lena O'Brien" "AB") i
	for ((i = ${#names[@]}; i < newcomers; i++)); do
		names+=("$(printf 'Newcomer %03d' "$i")")
	done
	{
		printf '{\n  "format": 1,\n  "newcomers": [\n'
		for ((i = 0; i < ${#names[@]}; i++)); do
			printf '    {"name": "%s", "assigned": "2025-01-01"}%s\n' "${names[i]}" "$( ((i + 1 < ${#names[@]})) && echo ,)"
		done
		printf '  ]\n}\n'
	} >"$data/newcomers.json"
	local month day hour id n=0
	for ((month = 1; month <= 12 && n < records; month++)); do
		for ((day = 1; day <= 28 && n < records; day++)); do
			for ((hour = 9; hour <= 16 && n < records; hour++)); do
				id=$(printf '2025-%02d-%02d-%02d00' "$month" "$day" "$hour")
				fixture_record "$id" "${names[n % ${#names[@]}]}" "${id:0:10}T${id:11:2}:00:00Z" >"$data/records/$id.json"
				n=$((n + 1))
			done
		done
	done
	chmod 600 "$data/newcomers.json" "$data"/records/*.json
}

# fixture_record ID NAME STARTED prints the record of one follow-up session.
fixture_record() {
	cat <<RECORD
{
  "format": 1,
  "id": "$1",
  "newcomer": "$2",
  "session_number": 2,
  "script": "followup",
  "script_title": "Follow-up partnership coaching session",
  "started": "$3",
  "ended": "${3%:00:00Z}:50:00Z",
  "outcome": "held",
  "fee_cents": 2500,
  "steps": [
    {"id": "welcome", "title": "Welcome", "planned": "5m0s", "actual": "5m40s",
     "covered": ["Asked how the week was", "Agreed on the time signal"]},
    {"id": "newcomer-turn", "title": "Their turn", "planned": "15m0s", "actual": "16m10s",
     "turn": {"name": "Newcomer's turn", "length": "15m0s", "used": "16m10s"}},
    {"id": "coach-turn", "title": "My turn", "planned": "15m0s", "actual": "14m30s",
     "turn": {"name": "Coach's turn", "length": "15m0s", "used": "14m30s"}},
    {"id": "close", "title": "Closing", "planned": "5m0s", "actual": "6m0s",
     "answers": {"Would you like another session?": "yes"}}
  ],
  "recommendation": {"further_sessions": 1, "learn": "asking for the listening they want", "ready_for_partnership": false},
  "notes": [{"at": "${3%:00:00Z}:20:00Z", "step": "newcomer-turn", "text": "Found a felt sense quickly"}],
  "summary": "A steady session."
}
RECORD
}

# host_binary unpacks this machine's binary from its archive into $tmp/bin.
host_binary() {
	local target name
	target="$(go env GOHOSTOS)_$(go env GOHOSTARCH)"
	name="partnercoach_${version}_$target"
	mkdir -p "$tmp/bin"
	tar -xzf "dist/release/$name.tar.gz" -C "$tmp" "$name/partnercoach"
	mv "$tmp/$name/partnercoach" "$tmp/bin/partnercoach"
}

tm() { tmux -L "$COMPLETION_SOCKET" "$@"; }

# start_shell NAME SETUP CMD... starts a shell in a fresh tmux server with
# the fixture's data, this release's binary first on the PATH and no
# user's settings, types SETUP (which loads the completion and sets the
# prompt to "$ ") and waits for its prompt.
start_shell() {
	local name=$1 setup=$2
	shift 2
	# The last shell's server is stopped, and this one gets a new socket: a
	# client that reaches a server still shutting down on the old socket
	# fails with "server exited unexpectedly".
	tm kill-server 2>/dev/null || true
	COMPLETION_SOCKET=partnercoach-complete-$$-$name
	mkdir -p "$tmp/home-$name"
	tm -f /dev/null new-session -d -s pc -x 160 -y 50 -c "$tmp/work" \
		env -i HOME="$tmp/home-$name" PATH="$tmp/bin:/usr/bin:/bin" TERM=tmux-256color LANG=C.UTF-8 \
		XDG_CONFIG_HOME="$tmp/small/config" XDG_DATA_HOME="$tmp/small/data" XDG_STATE_HOME="$tmp/small/state" "$@"
	sleep 0.5
	tm send-keys -t pc -l "$setup"
	tm send-keys -t pc Enter
	wait_clean || fail "$name: no prompt after setting up: $(tm capture-pane -p -t pc | tail -n 5)"
}

# wait_clean clears the screen and waits until it shows nothing but a
# prompt, so that nothing typed before is taken for what comes next.
wait_clean() {
	tm send-keys -t pc -l "clear"
	tm send-keys -t pc Enter
	local deadline=$((SECONDS + completion_wait))
	while [[ $(tm capture-pane -p -t pc | grep -v '^ *$') != "\$" ]]; do
		((SECONDS < deadline)) || return 1
		sleep 0.05
	done
	tm clear-history -t pc
}

# command_line prints the last line the shell shows that starts with its
# prompt: the line being typed.
command_line() {
	tm capture-pane -p -J -t pc | grep '^\$ ' | tail -n 1 | sed 's/ *$//'
}

# wait_for REGEX waits until a line of the screen matches.
wait_for() {
	local deadline=$((SECONDS + completion_wait))
	while ((SECONDS < deadline)); do
		tm capture-pane -p -J -t pc | grep -qE -- "$1" && return 0
		sleep 0.05
	done
	return 1
}

# try_tab SHELL TYPED WANT types TYPED and TAB, and waits for the command
# line to read WANT; then it clears the line.
try_tab() {
	local shell=$1 typed=$2 want=$3 deadline=$((SECONDS + completion_wait))
	tm send-keys -t pc -l "$typed"
	tm send-keys -t pc Tab
	while [[ $(command_line) != "\$ $want" ]]; do
		((SECONDS < deadline)) || fail "$shell: '$typed' and TAB gave '$(command_line)', want '\$ $want'"
		sleep 0.05
	done
	printf '  %-5s %-50s -> %s\n' "$shell" "$typed⇥" "$want"
	tm send-keys -t pc C-e C-u # to the end of the line, then erase it
	wait_clean || fail "$shell: no prompt after clearing: $(tm capture-pane -p -t pc | grep -v "^ *$" | tail -n 5)"
}

# try_run SHELL TYPED WANT_LINE REST OUTPUT completes TYPED with TAB to
# WANT_LINE, types REST and Enter, and waits for OUTPUT: the shell passed
# the completed name to the program as one argument, quotes and all.
try_run() {
	local shell=$1 typed=$2 want=$3 rest=$4 output=$5 deadline=$((SECONDS + completion_wait))
	tm send-keys -t pc -l "$typed"
	tm send-keys -t pc Tab
	while [[ $(command_line) != "\$ $want" ]]; do
		((SECONDS < deadline)) || fail "$shell: '$typed' and TAB gave '$(command_line)', want '\$ $want'"
		sleep 0.05
	done
	tm send-keys -t pc -l "$rest"
	tm send-keys -t pc Enter
	wait_for "^$output\$" || fail "$shell: '$want$rest' did not print '$output': $(tm capture-pane -p -t pc | tail -n 5)"
	printf '  %-5s %-50s -> %s, which prints: %s\n' "$shell" "$typed⇥" "$want" "${output//\\/}"
	wait_clean || fail "$shell: no prompt after clearing: $(tm capture-pane -p -t pc | grep -v "^ *$" | tail -n 5)"
}

# completion_cases tries every completion the release promises in one
# shell, already started.
completion_cases() {
	local sh=$1
	try_run "$sh" "partnercoach newcomer draft Bo" 'partnercoach newcomer draft Bob\ Tester' "contact" "To: Bob Tester \\(the newcomer\\)"
	try_run "$sh" "partnercoach newcomer draft Anna" "partnercoach newcomer draft Anna-Lena\\ O\\'Brien" "contact" "To: Anna-Lena O'Brien \\(the newcomer\\)"
	try_tab "$sh" "partnercoach newcomer schedule Bo" 'partnercoach newcomer schedule Bob\ Tester'
	try_tab "$sh" "partnercoach run --newcomer Anna" "partnercoach run --newcomer Anna-Lena\\ O\\'Brien"
	try_tab "$sh" "partnercoach newcomer forget Bo" 'partnercoach newcomer forget Bob\ Tester'
	try_tab "$sh" "partnercoach newcomer draft AB res" 'partnercoach newcomer draft AB reschedule'
	try_tab "$sh" "partnercoach log show 2025-01-02-1" 'partnercoach log show 2025-01-02-1000'
	try_tab "$sh" "partnercoach log edit 2025-01-01-09" 'partnercoach log edit 2025-01-01-0900'
	try_tab "$sh" "partnercoach script show fo" 'partnercoach script show followup'
	try_tab "$sh" "partnercoach run foll" 'partnercoach run followup'
	try_tab "$sh" "partnercoach newcomer schedule AB x --tz Europe/Berl" 'partnercoach newcomer schedule AB x --tz Europe/Berlin'
	try_tab "$sh" "partnercoach newcomer reschedule AB x --tz Pacific/Chat" 'partnercoach newcomer reschedule AB x --tz Pacific/Chatham'
	try_tab "$sh" "partnercoach newcomer cancel AB --by co" 'partnercoach newcomer cancel AB --by coach'
	try_tab "$sh" "partnercoach log export --format j" 'partnercoach log export --format json'
	try_tab "$sh" "partnercoach log edit 2025-01-01-0900 --outcome no" 'partnercoach log edit 2025-01-01-0900 --outcome no-show'
}

# completion_checks writes a small data folder and tries the completions
# in bash, zsh and fish. The folder the shells work in holds files whose
# names start like the flags' choices (json-notes.txt, coach.txt), which
# the completion must not offer.
completion_checks() {
	host_binary
	write_fixture "$tmp/small" 3 10
	mkdir -p "$tmp/work"
	touch "$tmp/work/json-notes.txt" "$tmp/work/coach.txt" "$tmp/work/followup-plan.txt"
	local extras=$PWD/dist/extras/completions
	trap 'tm kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
	start_shell bash "PS1='\$ '; source /usr/share/bash-completion/bash_completion; source '$extras/partnercoach.bash'" \
		bash --norc --noprofile -i
	completion_cases bash
	start_shell zsh "PS1='\$ '; fpath=('$extras' \$fpath); autoload -Uz compinit; compinit -u -D" zsh -f -i
	completion_cases zsh
	start_shell fish "function fish_prompt; printf '\$ '; end; set -g fish_autosuggestion_enabled 0; source '$extras/partnercoach.fish'" \
		fish --no-config -i
	completion_cases fish
	tm kill-server
}

# completion_latency times what one TAB runs in bash, the completion
# function and the program it calls, with 200 newcomers and 2,000 records:
# the median and the slowest of 20. The last word of each line is the one
# being completed.
completion_latency() {
	write_fixture "$tmp/big" 200 2000
	local line
	for line in "newcomer schedule " "newcomer schedule New" "run --newcomer Bo" "log show 2025-09-2" "log show " \
		"newcomer schedule AB x --tz Europe/" "log export --format "; do
		XDG_CONFIG_HOME="$tmp/big/config" XDG_DATA_HOME="$tmp/big/data" XDG_STATE_HOME="$tmp/big/state" PATH="$tmp/bin:$PATH" \
			bash --norc --noprofile -c '
			source /usr/share/bash-completion/bash_completion
			source "$1"
			compopt() { :; } # no completion is under way to set options of
			COMP_LINE="partnercoach $2" COMP_POINT=$((${#2} + 13))
			read -ra COMP_WORDS <<<"$COMP_LINE"
			[[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
			COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
			times=()
			for i in {1..20}; do
				start=$EPOCHREALTIME
				__start_partnercoach partnercoach "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
				times+=("$(( (${EPOCHREALTIME/./} - ${start/./}) / 1000 ))")
			done
			mapfile -t sorted < <(printf "%s\n" "${times[@]}" | sort -n)
			printf "  %-46s %5d offered, median %4d ms, slowest %4d ms\n" \
				"partnercoach $2⇥" "${#COMPREPLY[@]}" "${sorted[9]}" "${sorted[19]}"
		' _ "$PWD/dist/extras/completions/partnercoach.bash" "$line"
	done
}
