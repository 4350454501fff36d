//go:build linux

package e2e_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// twelvePieces is a script whose one turn comes in twelve segments, eleven
// of 30 seconds and a last of two minutes with the warning a minute before
// its end: thirteen alerts, each on screen for half a second or more of
// wall clock at 60 times speed.
const twelvePieces = `name: drill-pieces
title: Drill with a turn in twelve pieces
length: 7m30s
steps:
  - id: turn
    title: A turn in twelve pieces
    turn:
      focuser: newcomer
      listener: coach
      length: 7m30s
      segments: [30s, 30s, 30s, 30s, 30s, 30s, 30s, 30s, 30s, 30s, 30s, 2m]
      warn: 1m
`

// fakeLaunch stands in for dbus-launch on the program's PATH: it writes
// down that it was run, and by whom, and starts nothing. GLib's
// notify-send, and D-Bus libraries such as godbus, run dbus-launch to
// start a session bus when they find none, so any attempt shows in the log.
const fakeLaunch = `#!/bin/sh
echo "parent $PPID: dbus-launch $*" >> "$(dirname "$0")/launched.log"
exit 1
`

// TestDrillNoSessionBus runs a turn with thirteen alerts with no session
// bus at all: no DBUS_SESSION_BUS_ADDRESS, no DISPLAY, and a runtime
// directory with no bus socket. Every alert shows in the window with the
// reason no desktop notification went out; dbus-launch is never run, and
// no dbus-daemon or dbus-launch process started by partnercoach is left.
func TestDrillNoSessionBus(t *testing.T) {
	e2e.Drill(t)
	e2e.Require(t, "tmux")
	begun := time.Now()
	before, err := e2e.SessionBusProcesses()
	if err != nil {
		t.Fatal(err)
	}
	fake := t.TempDir()
	if err := os.WriteFile(filepath.Join(fake, "dbus-launch"), []byte(fakeLaunch), 0o755); err != nil {
		t.Fatal(err)
	}
	marker := fmt.Sprintf("PC_DRILL_MARK=nobus-%d-%d", os.Getpid(), time.Now().UnixNano())
	env := []string{"PATH=" + fake + ":" + os.Getenv("PATH"), "XDG_RUNTIME_DIR=" + t.TempDir(), marker}
	file := writeScript(t, "pieces.yaml", twelvePieces)
	term := e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "run", file, "--speed", "60")
	term.WaitForText(5*time.Second, "step 1 of 1")
	alerts := runTwelvePieces(t, term)
	pid := term.PID()
	term.Send("C-c")
	term.WantExit(0)
	if log, err := os.ReadFile(filepath.Join(fake, "launched.log")); err == nil {
		t.Fatalf("partnercoach tried to start a session bus:\n%s", log)
	}
	left := busLeftBehind(t, before, pid, marker)
	t.Logf("no session bus: %d alerts shown in the window, each with the reason; dbus-launch run 0 times; "+
		"%d bus processes left by partnercoach; test wall time %.1f s", alerts, left, time.Since(begun).Seconds())
}

// runTwelvePieces runs the turn of twelvePieces to its end and returns
// how many alerts it saw in the window, each with the mark under the
// header that says no desktop notification goes out for want of a
// session bus: the status line said so in full from the start.
func runTwelvePieces(t *testing.T, term *e2e.Term) int {
	t.Helper()
	const why, mark = "No desktop alerts (no D-Bus session bus)", "⚠ no desktop alerts"
	alerts := 0
	term.WaitForText(2*time.Second, why)
	term.Send("Space")
	for k := 1; k < 12; k++ {
		term.WaitForText(5*time.Second, fmt.Sprintf("Segment %d of 12 of the newcomer's turn is done", k))
		term.WaitForText(2*time.Second, mark)
		alerts++
		term.Send("Space")
		term.WaitForText(2*time.Second, fmt.Sprintf("running · segment %d of 12", k+1))
	}
	term.WaitForText(5*time.Second, "Warning: 1 minute left in the newcomer's turn")
	alerts++
	s := term.WaitForText(5*time.Second, "Time is up: the newcomer's turn is over")
	alerts++
	if !strings.Contains(s, mark) {
		t.Fatalf("after the last alert the header's mark does not say desktop alerts fail:\n%s", s)
	}
	return alerts
}

// busLeftBehind compares the session bus processes now with those running
// before the test. A new one that carries the marker in its environment,
// or whose parent is partnercoach, was started by partnercoach and fails
// the test; others (another test's private bus) are only counted in the
// log. It returns the number left by partnercoach, which is 0 unless the
// test has failed.
func busLeftBehind(t *testing.T, before []int, pid int, marker string) int {
	t.Helper()
	after, err := e2e.SessionBusProcesses()
	if err != nil {
		t.Fatal(err)
	}
	ours, others := 0, 0
	for _, p := range after {
		switch {
		case slices.Contains(before, p):
		case e2e.HasEnv(p, marker) || e2e.ParentPID(p) == pid:
			ours++
			t.Errorf("bus process %d (parent %d) was started by partnercoach and is still running", p, e2e.ParentPID(p))
		default:
			others++
		}
	}
	if others > 0 {
		t.Logf("%d new bus processes not started by partnercoach (other tests' private buses)", others)
	}
	return ours
}
