//go:build linux

package e2e_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// The sequences the program writes for the glance: the window's title
// (OSC 2) and the progress of the tab or taskbar (OSC 9;4: state 1
// normal, 4 warning, 2 error, 0 cleared).
const (
	titleSeq    = "\x1b]2;"
	progressSeq = "\x1b]9;4;"
)

// runningTitle is the title of the newcomer's turn while it runs within
// its time.
var runningTitle = regexp.MustCompile(`^Newcomer \d+:\d\d$`)

// writeSettings writes a settings file into the config folder of env's
// XDG_CONFIG_HOME, private to the coach as it must be.
func writeSettings(t *testing.T, env []string, text string) {
	t.Helper()
	var config string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "XDG_CONFIG_HOME="); ok {
			config = v
		}
	}
	dir := filepath.Join(config, "partnercoach")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "settings.yaml"), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestGlanceInTmux runs the newcomer's turn of a followup at 300 times
// speed with the progress on: the pane's title (#{pane_title}) follows the
// step and the turn, from "Newcomer 15:00 not started" to its time
// running and "+m:ss over"; the progress read from the pane's output goes
// through the normal, warning and error states and is cleared once the
// turn is paused; nothing of either is written while the screen waits;
// and quitting clears the title.
func TestGlanceInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	env := xdgEnv(t.TempDir())
	writeSettings(t, env, "progress: on\n")
	out := filepath.Join(t.TempDir(), "pane.out")
	term := e2e.StartTerm(t, 80, 24, env, e2e.BuildBinary(t), "run", "followup", "--speed", "300", "--no-notify")
	term.PipeOutput(out)
	term.WaitForText(5*time.Second, "step 1 of 10")
	term.WaitForTitle(5*time.Second, func(s string) bool { return s == "partnercoach · step 1/10" })
	term.Send("n", "n", "n", "n")
	term.WaitForText(5*time.Second, "Their turn: newcomer focuses")
	term.WaitForTitle(5*time.Second, func(s string) bool { return s == "Newcomer 15:00 not started" })
	term.Send("Space")
	term.WaitForTitle(5*time.Second, runningTitle.MatchString)
	isOver := func(s string) bool { return strings.HasPrefix(s, "Newcomer +") && strings.HasSuffix(s, " over") }
	term.WaitForTitle(15*time.Second, isOver)
	term.Send("Space") // paused in overtime
	var written string
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if written = readPane(t, out); strings.HasSuffix(strings.Join(progressStates(written), " "), "0") {
			break
		}
	}
	if states, want := progressStates(written), []string{"1", "4", "2", "0"}; strings.Join(states, " ") != strings.Join(want, " ") {
		t.Errorf("the progress went through the states %v, want %v (normal, warning, error, cleared)", states, want)
	}
	if !strings.Contains(written, progressSeq+"2;100") {
		t.Errorf("overtime is not the error state at 100%%")
	}
	time.Sleep(1500 * time.Millisecond) // the screen waits: the turn is paused
	idle := readPane(t, out)[len(written):]
	if strings.Contains(idle, titleSeq) || strings.Contains(idle, progressSeq) {
		t.Errorf("the title or the progress was written while the turn was paused: %q", idle)
	}
	if title := term.Title(); !isOver(title) {
		t.Errorf("the paused turn's title is %q", title)
	}
	term.Send("q")
	term.WaitForText(5*time.Second, "Quit anyway?")
	term.Choose(1)
	term.WaitExit(e2e.ExitWait)
	if tail := readPane(t, out)[len(written):]; !strings.Contains(tail, titleSeq+"\a") {
		t.Errorf("quitting did not clear the title: %q", tail[max(len(tail)-200, 0):])
	}
}

// TestGlanceOffInTmux: inside tmux the progress is off by itself (auto:
// tmux would not pass it on), while the title follows the turn; with
// --no-title the program leaves the title alone.
func TestGlanceOffInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	for _, args := range [][]string{{}, {"--no-title"}} {
		out := filepath.Join(t.TempDir(), "pane.out")
		argv := append([]string{e2e.BuildBinary(t), "run", "followup", "--speed", "120", "--no-notify", "--no-save"}, args...)
		term := e2e.StartTerm(t, 80, 24, xdgEnv(t.TempDir()), argv...)
		term.PipeOutput(out)
		term.WaitForText(5*time.Second, "step 1 of 10")
		before := term.Title()
		term.Send("n", "n", "n", "n", "Space")
		term.WaitForText(5*time.Second, "running")
		time.Sleep(500 * time.Millisecond)
		written := readPane(t, out)
		if strings.Contains(written, progressSeq) {
			t.Errorf("%v: the progress was written inside tmux", args)
		}
		switch title := term.Title(); {
		case len(args) == 0 && !runningTitle.MatchString(title):
			t.Errorf("the title is %q during the turn", title)
		case len(args) > 0 && (title != before || strings.Contains(written, titleSeq)):
			t.Errorf("--no-title: the title went from %q to %q", before, title)
		}
	}
}

// readPane reads what the program wrote to its terminal so far.
func readPane(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return string(data)
}

// progressStates lists the states of the progress sequences written, each
// once where it follows another.
func progressStates(written string) []string {
	var states []string
	for _, part := range strings.Split(written, progressSeq)[1:] {
		state := part[:len(part)-len(strings.TrimLeft(part, "0123456789"))]
		if len(states) == 0 || states[len(states)-1] != state {
			states = append(states, state)
		}
	}
	return states
}
