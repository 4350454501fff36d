//go:build linux

package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// oneMinuteTurn is a short script for the drills: a one-minute turn of the
// coach's with its warning 30 seconds before the end, then a closing step.
const oneMinuteTurn = `name: drill-short
title: Drill with a one-minute turn
length: 2m
steps:
  - id: turn
    title: A one-minute turn
    turn:
      focuser: coach
      listener: newcomer
      length: 1m
      warn: 30s
  - id: close
    title: Close
    time: 1m
    points:
      - Say goodbye.
`

// writeScript writes a script file for a drill and returns its path.
func writeScript(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// turnLeft returns the seconds left of the turn on screen, read from its
// state line ("0:42 left · running"), or -1 without one. Unlike
// secondsLeft it ignores the time in an alert banner.
func turnLeft(screen string) int {
	m := turnRe.FindStringSubmatch(screen)
	if m == nil {
		return -1
	}
	return secondsLeft(m[0])
}

// TestDrillFrozenNotificationServer runs a one-minute turn at ten times
// speed with dunst frozen by SIGSTOP from before the turn starts: the
// countdown keeps moving, the warning and the end show in the window, the
// status line says the desktop notification failed, and q then y quits at
// once with status 0 while dunst is still frozen.
func TestDrillFrozenNotificationServer(t *testing.T) {
	e2e.Drill(t)
	e2e.Require(t, "tmux", "Xvfb", "dbus-daemon", "dbus-monitor", "dunst")
	begun := time.Now()
	ns := e2e.StartNotifyServer(t)
	file := writeScript(t, "short.yaml", oneMinuteTurn)
	term := e2e.StartTerm(t, 100, 30, append(ns.Env(), "XDG_RUNTIME_DIR="+t.TempDir()),
		e2e.BuildBinary(t), "run", file, "--speed", "10")
	term.WaitForText(5*time.Second, "step 1 of 2")
	ns.Freeze()
	t.Cleanup(ns.Thaw)
	term.Send("Space")
	started := time.Now()
	first := turnLeft(term.WaitForText(3*time.Second, "running"))

	s := term.WaitForText(5*time.Second, "Warning: 30 seconds left in the coach's turn")
	warned := time.Since(started)

	// The countdown moves on while the notification hangs (it is given two
	// seconds): at ten times speed, half a second of wall clock is five
	// seconds of the turn.
	from := turnLeft(s)
	s, err := term.WaitFor(1500*time.Millisecond, func(s string) bool {
		n := turnLeft(s)
		return n >= 0 && n <= from-5
	})
	if err != nil {
		t.Fatalf("the countdown stopped at %d s while the notification hung: %v", from, err)
	}
	pending := !strings.Contains(s, "Desktop notification failed")
	s = term.WaitForText(5*time.Second, "Desktop notification failed (")
	failed := time.Since(started)
	t.Logf("status line: %s", statusLine(s))
	term.WaitForText(5*time.Second, "Time is up: the coach's turn is over")
	term.WaitForText(2*time.Second, "Overtime +")
	quitWhileFrozen(t, term, ns)
	t.Logf("frozen server: turn from %d s, in-app warning %.2f s after start, failure shown %.2f s after start, "+
		"countdown moved while the call was pending: %v, %d Notify calls reached the bus unanswered; test wall time %.1f s",
		first, warned.Seconds(), failed.Seconds(), pending, len(ns.Notifications()), time.Since(begun).Seconds())
}

// quitWhileFrozen quits with q and y while dunst is still frozen and checks
// that the program exits at once with status 0.
func quitWhileFrozen(t *testing.T, term *e2e.Term, ns *e2e.NotifyServer) {
	t.Helper()
	if !ns.Frozen() {
		t.Fatal("dunst is no longer frozen")
	}
	term.Send("q")
	term.WaitForText(2*time.Second, "Quit anyway?")
	term.Choose(1)
	asked := time.Now()
	if code := term.WaitExit(3 * time.Second); code != 0 {
		t.Fatalf("exit status %d with dunst frozen; screen:\n%s", code, term.ScreenAfterExit())
	}
	if took := time.Since(asked); took > 1500*time.Millisecond {
		t.Fatalf("quitting took %v with dunst frozen", took)
	}
	if !ns.Frozen() {
		t.Fatal("dunst was thawed before the program quit")
	}
	t.Logf("quit with dunst frozen: exit status 0 after %d ms", time.Since(asked).Milliseconds())
}

// statusLine returns the line of the screen that reports a failed
// desktop notification, trimmed.
func statusLine(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, "Desktop notification failed") {
			return strings.TrimSpace(line)
		}
	}
	return ""
}
