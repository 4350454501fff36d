//go:build linux

package e2e_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// sgr matches an SGR escape sequence and its parameters.
var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// hasColour reports whether any SGR sequence in s sets a colour (the
// resets to the default colours, 39 and 49, do not count).
func hasColour(s string) bool {
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, err := strconv.Atoi(p)
			if err == nil && (n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 107) {
				return true
			}
		}
	}
	return false
}

// TestNoColor runs the session with NO_COLOR set, and with the setting
// "colours: none": the screen is drawn with no colour at all, and with
// colour otherwise.
func TestNoColor(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	conf := filepath.Join(home, ".config", "partnercoach")
	if err := os.MkdirAll(conf, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(conf, "settings.yaml"), []byte("colours: none\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		env    []string
		colour bool
	}{{nil, true}, {[]string{"NO_COLOR=1"}, false}, {[]string{"HOME=" + home}, false}} {
		term := startSession(t, tc.env, "run", "first", "--no-notify")
		toCoachTurn(t, term)
		styled := term.StyledScreen()
		if got := hasColour(styled); got != tc.colour {
			t.Fatalf("env %v: colour on screen = %v, want %v", tc.env, got, tc.colour)
		}
		term.Send("C-c")
		term.WaitExit(e2e.ExitWait)
	}
}

// TestDrillFrozenServerMidTurn freezes dunst during a turn: the desktop
// notification fails within its timeout, the status line says so, the
// in-app alert shows, the clock keeps moving, and the program quits.
func TestDrillFrozenServerMidTurn(t *testing.T) {
	e2e.Drill(t)
	e2e.Require(t, "tmux", "Xvfb", "dbus-daemon", "dbus-monitor", "dunst")
	ns := e2e.StartNotifyServer(t)
	term := startSession(t, append(ns.Env(), "XDG_RUNTIME_DIR="+t.TempDir()),
		"run", "first", "--speed", "60", "--warn", "11m")
	for range 8 {
		term.Send("n")
	}
	term.WaitForText(5*time.Second, "Their turn: newcomer focuses")
	ns.Freeze()
	defer ns.Thaw()
	term.Send("Space")
	term.WaitForText(5*time.Second, "Warning: 11 minutes left in the newcomer's turn")
	s := term.WaitForText(5*time.Second, "Desktop notification failed (the notification server did not answer)")
	before := secondsLeft(s)
	if _, err := term.WaitFor(3*time.Second, func(s string) bool {
		n := secondsLeft(s)
		return n >= 0 && n < before-30
	}); err != nil {
		t.Fatalf("the clock stopped while the server was frozen: %v", err)
	}
	term.Send("C-c")
	term.WantExit(0)
}
