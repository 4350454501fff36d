//go:build linux

package e2e_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestWarningReachesNotificationServer runs the newcomer's turn of a first
// session at high speed against a real notification server (dunst on a
// private D-Bus bus under Xvfb): the warning and the end arrive with the
// turn and the time left, and without the newcomer's name. The end asks
// for a sound only in a run with --sound: quiet is the default.
func TestWarningReachesNotificationServer(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux", "Xvfb", "dbus-daemon", "dbus-monitor", "dunst")
	for _, sound := range []bool{false, true} {
		t.Run(map[bool]string{false: "quiet", true: "sound"}[sound], func(t *testing.T) {
			t.Parallel()
			ns := e2e.StartNotifyServer(t)
			args := []string{"run", "first", "--speed", "120", "--newcomer", "Alice Example"}
			if sound {
				args = append(args, "--sound")
			}
			warn, end := newcomerTurnNotes(t, ns, args)
			if warn.AppName != "partnercoach" || warn.Summary != "Newcomer's turn: 2 minutes left" {
				t.Fatalf("warning notification = %+v", warn)
			}
			if end.Summary != "Newcomer's turn: time is up" {
				t.Fatalf("end notification = %+v", end)
			}
			if got := strings.Contains(end.Hints, `"sound-name"`); got != sound {
				t.Fatalf("sound=%v: sound hint present = %v in %q", sound, got, end.Hints)
			}
			for _, n := range ns.Notifications() {
				if strings.Contains(n.Summary+n.Body+n.Hints, "Alice") {
					t.Fatalf("a notification names the newcomer: %+v", n)
				}
			}
			t.Logf("warning at %s, end at %s: %.3f s apart in real time (2 min at 120× is 1 s)",
				warn.Time.Format("15:04:05.000"), end.Time.Format("15:04:05.000"), end.Time.Sub(warn.Time).Seconds())
		})
	}
}

// newcomerTurnNotes runs the binary with args, starts the newcomer's turn
// of the first session and returns its warning and end notifications.
func newcomerTurnNotes(t *testing.T, ns *e2e.NotifyServer, args []string) (warn, end e2e.Notification) {
	t.Helper()
	term := startSession(t, append(ns.Env(), "XDG_RUNTIME_DIR="+t.TempDir()), args...)
	for range 8 {
		term.Send("n")
	}
	term.WaitForText(5*time.Second, "Their turn: newcomer focuses")
	term.Send("Space")
	warn, err := ns.WaitNotification(15*time.Second, func(n e2e.Notification) bool {
		return strings.Contains(n.Summary, "left")
	})
	if err != nil {
		t.Fatalf("no warning notification: %v\nscreen:\n%s", err, term.Screen())
	}
	end, err = ns.WaitNotification(10*time.Second, func(n e2e.Notification) bool {
		return strings.Contains(n.Summary, "time is up")
	})
	if err != nil {
		t.Fatalf("no end notification: %v", err)
	}
	if s := term.Screen(); strings.Contains(s, "Desktop notification failed") {
		t.Fatalf("the status line reports a failure:\n%s", s)
	}
	term.Send("C-c")
	term.WantExit(0)
	return warn, end
}

// TestNoSessionBusFallsBack runs a turn with no D-Bus session bus at all:
// the alert is shown in the window, the status line says why no desktop
// notification was sent, and the program starts no bus daemon, neither
// during the session nor left after it. One it started would carry the
// marker in its environment; other tests' buses do not count.
func TestNoSessionBusFallsBack(t *testing.T) {
	t.Parallel()
	before, err := e2e.SessionBusProcesses()
	if err != nil {
		t.Fatal(err)
	}
	marker := fmt.Sprintf("PC_TEST_MARK=nobus-%d-%d", os.Getpid(), time.Now().UnixNano())
	term := startSession(t, []string{"XDG_RUNTIME_DIR=" + t.TempDir(), marker},
		"run", "first", "--speed", "120", "--warn", "11m")
	for range 8 {
		term.Send("n")
	}
	term.WaitForText(5*time.Second, "Their turn: newcomer focuses")
	term.Send("Space")
	waitWarning(t, term, "the newcomer's turn", 11)
	term.WaitForText(3*time.Second, "⚠ no desktop alerts") // said in full from the start
	pid := term.PID()
	busLeftBehind(t, before, pid, marker) // none started during the session
	term.Send("C-c")
	term.WantExit(0)
	busLeftBehind(t, before, pid, marker) // nor left after it
}
