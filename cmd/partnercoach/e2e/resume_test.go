//go:build linux

package e2e_test

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/timer"
)

// TestResumeAfterKillInTmux starts a session, ticks an item, writes a
// note, starts a turn, kills the process with SIGKILL and resumes: the
// step, the check, the note and the time left are all back.
func TestResumeAfterKillInTmux(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := []string{"HOME=" + home}
	term := startSession(t, env, "run", "first", "--no-notify", "--newcomer", "AB")
	term.Send("x")
	term.WaitForText(2*time.Second, "[x] Said I'm a partnership coach")
	term.Send("N")
	term.SendLiteral("wants short turns")
	term.Send("Enter")
	term.WaitForText(2*time.Second, "wants short turns")
	toCoachTurn(t, term)
	startedAt := time.Now() // no frame showing the turn running is older
	term.Send("Space")
	before := secondsLeft(term.WaitForText(3*time.Second, "running · segment 1 of 3"))
	// The screen shows the turn running a moment before the autosave
	// holds it (see waitSaved); a kill in that moment loses the start,
	// which no program can keep, so the kill waits for the save.
	waitTurn(t, filepath.Join(home, ".local", "state", "partnercoach", "session.json"), "coach-turn", "running",
		func(st timer.SavedTurn) bool { return st.Running })
	if err := syscall.Kill(term.PID(), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if code := term.WaitExit(e2e.ExitWait); code != 128+int(syscall.SIGKILL) {
		t.Fatalf("exit status %d, want death by SIGKILL", code)
	}
	time.Sleep(2 * time.Second) // time the turn keeps running while down

	again := e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "resume", "--no-notify")
	again.WaitForText(5*time.Second, "step 7 of 11")
	again.WaitForText(2*time.Second, "Resumed the session saved at")
	s := again.WaitForText(2*time.Second, "running · segment 1 of 3")
	// The turn ran on while the program was down: every frame after the
	// resume is drawn at least 2 s after the kill, so it shows at least
	// 2 s less than the last frame before it; and no more time has gone
	// than since the turn was started, whatever the machine's load made
	// of the frames' timing.
	most := before - 2
	least := before - 1 - int(math.Ceil(time.Since(startedAt).Seconds()))
	if got := secondsLeft(s); got < least || got > most {
		t.Fatalf("%d s left after resuming, want %d to %d (%d before the kill):\n%s", got, least, most, before, s)
	}
	for range 6 {
		again.Send("p")
	}
	s = again.WaitForText(3*time.Second, "step 1 of 11")
	if !strings.Contains(s, "[x] Said I'm a partnership coach") || !strings.Contains(s, "wants short turns") {
		t.Fatalf("the check or the note is not back:\n%s", s)
	}
	again.Send("C-c")
	again.WantExit(0)
	info, err := os.Stat(filepath.Join(home, ".local", "state", "partnercoach", "session.json"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("autosave: %v, mode %v", err, info.Mode().Perm())
	}
}

// TestResumeAfterTheTerminalClosedInTmux closes the terminal in the middle
// of a session, as a coach closing the window does, and starts partnercoach
// again in a new one: it resumes the session by itself, on the same step,
// with the item ticked and the note kept.
func TestResumeAfterTheTerminalClosedInTmux(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := []string{"HOME=" + home}
	term := startSession(t, env, "run", "first", "--no-notify", "--newcomer", "AB")
	term.Send("n")
	term.WaitForText(2*time.Second, "step 2 of 11")
	term.Send("x")
	term.WaitForText(2*time.Second, "[x] Said the session is confidential")
	term.Send("N")
	term.SendLiteral("asked about privacy")
	term.Send("Enter")
	// Kept, not still being typed: the note shows under the step with its
	// time, and the autosave holds it as a note, not as a draft.
	if _, err := term.WaitFor(3*time.Second, func(s string) bool {
		return strings.Contains(s, "asked about privacy") && strings.Contains(s, "✎") && !strings.Contains(s, "enter = keep")
	}); err != nil {
		t.Fatalf("the note was not kept: %v\n%s", err, term.Screen())
	}
	t.Logf("the note was in the autosave %v after it was on screen", waitSaved(t, home, `"text": "asked about privacy"`))
	term.Close(5 * time.Second)

	again := e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t))
	again.WaitForText(5*time.Second, "Resumed the session saved at")
	s := again.WaitForText(2*time.Second, "step 2 of 11")
	for _, want := range []string{"[x] Said the session is confidential", "asked about privacy"} {
		if !strings.Contains(s, want) {
			t.Fatalf("%q is not back after the terminal closed:\n%s", want, s)
		}
	}
	again.Send("C-c")
	again.WantExit(0)
}

// waitSaved waits until the autosave in home holds text and returns how
// long that took. The screen shows a change a moment before the autosave
// holds it: a terminal closed in that moment loses the change (it was never
// saved, and nothing said so).
func waitSaved(t *testing.T, home, text string) time.Duration {
	t.Helper()
	path := filepath.Join(home, ".local", "state", "partnercoach", "session.json")
	start := time.Now()
	deadline := start.Add(3 * time.Second)
	for {
		data, err := os.ReadFile(path)
		if err == nil && strings.Contains(string(data), text) {
			return time.Since(start).Round(time.Millisecond)
		}
		if time.Now().After(deadline) {
			t.Fatalf("the autosave %s does not hold %q after 3 s (%v)", path, text, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSecondInstanceInTmux starts a session and then a second program with
// the same home: it does not take the session over and names the process
// that has it.
func TestSecondInstanceInTmux(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := []string{"HOME=" + home}
	term := startSession(t, env, "run", "first", "--no-notify")
	term.Send("x")
	term.WaitForText(2*time.Second, "[x]")
	second := e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "resume")
	if code := second.WaitExit(e2e.ExitWait); code != 1 {
		t.Fatalf("second instance exit status %d, want 1", code)
	}
	s := second.ScreenAfterExit()
	want := "another partnercoach (process " + strconv.Itoa(term.PID()) + ") has the live session open"
	if !strings.Contains(s, want) {
		t.Fatalf("second instance said:\n%s\nwant %q", s, want)
	}
	term.WaitForText(time.Second, "[x]")
	term.Send("C-c")
	term.WaitExit(e2e.ExitWait)
}

// TestRehearsalSavesNothingInTmux runs a session at 60 times speed: it
// says that nothing is saved, and nothing is written.
func TestRehearsalSavesNothingInTmux(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	term := startSession(t, []string{"HOME=" + home}, "run", "first", "--speed", "60", "--no-notify")
	term.WaitForText(2*time.Second, "Rehearsal at 60× speed: nothing of it is saved.")
	term.Send("x")
	term.WaitForText(2*time.Second, "[x]")
	term.WaitForText(time.Second, "step 1 of 11 · rehearsal 60×")
	term.Send("C-c")
	term.WaitExit(e2e.ExitWait)
	for _, dir := range []string{".local/state", ".local/share"} {
		if _, err := os.Stat(filepath.Join(home, dir, "partnercoach")); !os.IsNotExist(err) {
			t.Fatalf("a rehearsal wrote under %s: %v", dir, err)
		}
	}
}
