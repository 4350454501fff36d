//go:build linux

package e2e_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestTypedFastInTmux types a note on the session screen at once, as a
// paste or a fast typist does, without N, in a running turn: nothing is
// ended, restarted, skipped or paused, and the text is in the note field.
func TestTypedFastInTmux(t *testing.T) {
	t.Parallel()
	term := typingSession(t)
	term.Type("she needs pacing. Expect more Rn") // no gaps: as fast as tmux takes the keys
	s := term.WaitForText(3*time.Second, "Note: she needs pacing. Expect more Rn")
	turnRunsOn(t, s, "typed at once")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Note 1 kept.")
	term.Send("C-c")
}

// TestEndEscapeAndUndoInTmux: E asks and Escape stays; u undoes a move
// and then a tick, saying what it undid.
func TestEndEscapeAndUndoInTmux(t *testing.T) {
	t.Parallel()
	term := startSession(t, nil, "run", "first", "--no-notify", "--no-save")
	term.Send("x")
	term.WaitForText(3*time.Second, "[x]")
	term.Send("n")
	term.WaitForText(3*time.Second, "step 2 of 11")
	term.Send("E")
	term.WaitForText(3*time.Second, "End the session now and write the coach log?")
	term.Send("Escape")
	s := term.WaitForText(3*time.Second, "Nothing was done.")
	if strings.Contains(s, "How did the session go") || !strings.Contains(s, "step 2 of 11") {
		t.Fatalf("Escape should stay in the session:\n%s", s)
	}
	term.Send("u")
	term.WaitForText(3*time.Second, "Undone: moved to")
	term.WaitForText(3*time.Second, "step 1 of 11")
	term.Send("u")
	s = term.WaitForText(3*time.Second, "Undone: ticked")
	if strings.Contains(s, "[x]") {
		t.Fatalf("the tick should be undone:\n%s", s)
	}
	term.Send("C-c")
}

// TestSessionClockWaitsForTheCallInTmux: in a rehearsal at 120 times
// speed, the session clock reads 0 while nobody presses a key, then runs
// from the first.
func TestSessionClockWaitsForTheCallInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	term := e2e.StartTerm(t, 120, 40, nil, e2e.BuildBinary(t), "run", "first", "--no-notify", "--no-save", "--speed", "120")
	term.WaitForText(5*time.Second, "starts with your first key")
	time.Sleep(1500 * time.Millisecond) // three minutes of the rehearsal's clock
	if s := term.Screen(); !strings.Contains(s, "session 0m / 50 min · starts with your first key") {
		t.Fatalf("the session clock should wait for the call:\n%s", s)
	}
	sent := time.Now()
	term.Send("x")
	term.WaitForText(3*time.Second, "at your first key")
	// Each minute of the session clock lasts half a second at 120×: the
	// test waits for two or more, and no more than have passed since the
	// key was sent (a clock that ran from the start would show three more).
	minutes := func(s string) int {
		m := sessionMinutesRe.FindStringSubmatch(s)
		if m == nil {
			return -1
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	s, err := term.WaitFor(5*time.Second, func(s string) bool { return minutes(s) >= 2 })
	if err != nil {
		t.Fatalf("the session clock did not run from the first key: %v", err)
	}
	if most := int(time.Since(sent).Seconds() * 120 / 60); minutes(s) > most {
		t.Fatalf("the session clock reads %d minutes, more than the %d since the first key:\n%s", minutes(s), most, s)
	}
	term.Send("C-c")
}

// sessionMinutesRe reads the session clock's minutes in the header.
var sessionMinutesRe = regexp.MustCompile(`session (\d+)m / 50 min`)
