#!/usr/bin/env bash
# The crash drill of issue 5, repeated: kill -9 at random moments across whole
# first sessions run at --speed 60 --save, and resume after each.
#
# Each run is CI's TestDrillCrashAtSpeed: one session of 20 kills at random
# moments (about 35 s). After each kill, resume must bring back what was on
# screen just before it: the step, the checklist, the notes, and the turn's
# state and time left (a running turn runs on at 60x while the program is
# down). The log gives each kill, and per run the count of resumes that lost
# something (the goal is 0), how far the time left came back from what the
# wall clock says, and the seed of the kill moments. PC_DRILL_KILLS sets the
# kills per session instead of 20.
#
# Usage: bench/drill-crash.sh [RUNS]    RUNS sessions (default 5: 100 kills)
# Needs: go, tmux
# Exit status: 0 when no resume lost anything, non-zero otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-5}"
PARTNERCOACH_DRILLS=1 go test -count="$runs" -timeout 60m -v \
	-run '^TestDrillCrashAtSpeed$' ./cmd/partnercoach/e2e | grep -E 'crash drill at|kill [0-9]+:|^(--- |ok|FAIL|PASS)'
