#!/usr/bin/env bash
# Speed and memory figures (issue 5), measured on the built program in a real
# terminal: tmux, 100×30, `run first`, release-style build (static, no cgo).
#
#   BenchmarkIdleTurn      a running turn nobody touches, for 60 s
#                          (PARTNERCOACH_MEASURE_SECONDS to change): CPU as %
#                          of one core (each thread's time on a CPU, from
#                          /proc/PID/task/*/schedstat),
#                          context switches a second, bytes written to the
#                          terminal a minute (tmux pipe-pane), memory at the end
#                          (VmRSS, RssAnon from /proc/PID/status)
#   BenchmarkFirstFrame    key press that starts the program to its first frame
#                          on tmux's screen, 10 starts
#   BenchmarkKeyPress      key press (n, p) to the step it shows, 20 presses
#                          during a running turn
#   BenchmarkFullSession   a whole first session at --speed 60 (about 55 s):
#                          memory at the end and the peak (VmHWM)
# and the in-process benchmarks: one frame, one tick, a snapshot, an autosave.
#
# The figures are reported, never asserted. BENCHMARKS.md holds the last ones
# with the targets. PARTNERCOACH_E2E_BINARY=PATH measures another build.
#
# Usage: bench/measure.sh
# Needs: go, tmux.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export CI="${CI:-true}" # fail, not skip, when tmux is missing
run() { go test -run '^$' -bench "$1" -benchtime "$2" -count 1 "${@:3}" | grep -E '^(Benchmark|ok|FAIL|---)'; }

echo "== the program in tmux"
run '^BenchmarkIdleTurn$' 1x ./cmd/partnercoach
run '^BenchmarkFirstFrame$' 10x ./cmd/partnercoach
run '^BenchmarkKeyPress$' 20x ./cmd/partnercoach
run '^BenchmarkFullSession$' 1x ./cmd/partnercoach

echo "== in process"
run . 1s -benchmem ./tui ./session ./session/autosave ./around/book
