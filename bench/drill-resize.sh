#!/usr/bin/env bash
# The resize storm of issue 5 at full length: every size through tmux itself.
#
# CI's TestDrillResizeStorm sends its 200 window sizes (1x1 to 300x100) through
# tmux as fast as tmux takes them, but tmux 3.3a passes a pane's resizes on to
# the program at most once per 250 ms (the first and the last of a burst), so
# the program sees only a handful of them; the CI test then sets the same 200
# sizes on the pane's terminal directly, which the program does see one by
# one. This script runs the same test with PC_DRILL_FULL=1, which paces the
# storm through tmux at 260 ms a size, so that tmux itself delivers all 200:
# about a minute a run. The figures (sizes, panics, how far the countdown is
# from the wall clock afterwards, the seed of the sizes) are in the log lines.
#
# Usage: bench/drill-resize.sh [RUNS]    RUNS runs (default 1)
# Needs: go, tmux
# Exit status: 0 when every run passed, non-zero otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-1}"
PARTNERCOACH_DRILLS=1 PC_DRILL_FULL=1 go test -count="$runs" -timeout 30m -v \
	-run '^TestDrillResizeStorm$' ./cmd/partnercoach/e2e | grep -E 'resize storm:|^(--- |ok|FAIL|PASS)'
