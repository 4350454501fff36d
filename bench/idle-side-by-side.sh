#!/usr/bin/env bash
# partnercoach idle beside the least a countdown can cost (issue 21): a
# running 15-minute turn nobody touches (the coach's turn of `run first`)
# and bench/bareloop, a loop that rewrites one line once a second, each in
# its own tmux terminal of 100×30, measured over the same window of time
# (120 s, or PARTNERCOACH_MEASURE_SECONDS), both built as releases are
# (CGO_ENABLED=0 -trimpath). It prints one table: CPU as % of one core,
# wake-ups (context switches) a second, terminal bytes a minute, resident
# and private memory, and partnercoach's CPU as a multiple of the loop's.
# The figures are reported, never asserted; BENCHMARKS.md keeps them with
# the targets. CPU is the time each thread spent on a CPU, which the kernel
# keeps in nanoseconds (/proc/PID/task/*/schedstat); a kernel without
# scheduler statistics gives only 10 ms ticks, 0.008 % of a core over
# 120 s, and the loop's few ticks then make the ratio coarse.
#
# Usage: bench/idle-side-by-side.sh
# Needs: go, tmux. PARTNERCOACH_E2E_BINARY=PATH measures another build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export CI="${CI:-true}" # fail, not skip, when tmux is missing
export PARTNERCOACH_MEASURE_SECONDS="${PARTNERCOACH_MEASURE_SECONDS:-120}"
line=$(go test -run '^$' -bench '^BenchmarkIdleSideBySide$' -benchtime 1x -count 1 ./cmd/partnercoach | grep '^BenchmarkIdleSideBySide')

# metric prints the value the benchmark reported for a unit.
# A metric not reported (the CPU ratio, when the loop used no whole tick)
# prints as a dash.
metric() {
	local v
	v=$(awk -v unit="$1" '{ for (i = 2; i < NF; i++) if ($(i + 1) == unit) { print $i; exit } }' <<<"$line")
	echo "${v:-—}"
}

printf 'idle, side by side, %s s, load average at the end: %s\n' "$PARTNERCOACH_MEASURE_SECONDS" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %14s %14s %10s\n' "figure" "partnercoach" "bare loop" "target"
printf '%-22s %14s %14s %10s\n' "CPU, % of a core" "$(metric pc-cpu-%)" "$(metric loop-cpu-%)" "≤ 0.1"
printf '%-22s %14s %14s %10s\n' "wake-ups a second" "$(metric pc-switches/s)" "$(metric loop-switches/s)" "—"
printf '%-22s %14s %14s %10s\n' "terminal bytes/minute" "$(metric pc-bytes/min)" "$(metric loop-bytes/min)" "≤ 1000"
printf '%-22s %14s %14s %10s\n' "resident, MB" "$(metric pc-MB-resident)" "$(metric loop-MB-resident)" "≤ 12"
printf '%-22s %14s %14s %10s\n' "private, MB" "$(metric pc-MB-private)" "$(metric loop-MB-private)" "≤ 5"
printf '%-22s %14s %14s %10s\n' "CPU ratio" "$(metric cpu-ratio)" "1" "≤ 3"
