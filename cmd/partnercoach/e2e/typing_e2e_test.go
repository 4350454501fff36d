//go:build linux

package e2e_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// The texts a coach types on the session screen without opening the note
// field first, and the paces they are typed at, one letter at a time.
var (
	typedTexts = []string{"quiet", "Every", "so yes", "needs more time", "she needs pacing. Expect more Rest, then quiet"}
	typedPaces = []struct {
		name string
		gaps []time.Duration
	}{
		{"0.12s", []time.Duration{120 * time.Millisecond}},
		{"0.25s", []time.Duration{250 * time.Millisecond}},
		{"0.4s", []time.Duration{400 * time.Millisecond}},
		{"uneven", []time.Duration{230 * time.Millisecond, 410 * time.Millisecond, 160 * time.Millisecond,
			620 * time.Millisecond, 90 * time.Millisecond, 300 * time.Millisecond, 1100 * time.Millisecond}},
	}
)

// commandWords are words made of the session screen's command letters
// alone: typed at a typist's pace, two different letters come closer
// than app.LetterGap (250 ms), which shows them to be typing. On the code
// before, "sun" ended the running turn and moved on, and "as" paused it.
var commandWords = []string{"sun", "as", "Sam", "snap"}

// TestCommandWordsEndNothingInTmux types "sun" a letter every 170 ms
// during the coach's running turn: the turn runs on, on its step, with
// the word in the note field. (TestDrillTypingInTmux types the others.)
func TestCommandWordsEndNothingInTmux(t *testing.T) {
	t.Parallel()
	term := typingSession(t)
	typeAndCheck(t, term, commandWords[0], []time.Duration{170 * time.Millisecond})
	term.Send("C-c")
}

// TestTypingEndsNothingInTmux types three of the texts at three paces,
// one letter at a time, during the coach's running turn: each leaves the
// turn running on its step with the text in the note field, and one
// Escape drops it. (TestDrillTypingInTmux types every text at every pace.)
func TestTypingEndsNothingInTmux(t *testing.T) {
	t.Parallel()
	term := typingSession(t)
	typeAndCheck(t, term, "quiet", typedPaces[1].gaps)
	typeAndCheck(t, term, "so yes", typedPaces[2].gaps)
	typeAndCheck(t, term, "Every", typedPaces[3].gaps)
	term.Send("C-c")
}

// TestDrillTypingInTmux types every text at every pace, a session for
// each pace.
func TestDrillTypingInTmux(t *testing.T) {
	e2e.Drill(t)
	for _, pace := range typedPaces {
		t.Run(pace.name, func(t *testing.T) {
			t.Parallel()
			term := typingSession(t)
			for _, text := range typedTexts {
				typeAndCheck(t, term, text, pace.gaps)
			}
			term.Send("C-c")
		})
	}
	t.Run("command words", func(t *testing.T) {
		t.Parallel()
		term := typingSession(t)
		for _, word := range commandWords {
			typeAndCheck(t, term, word, []time.Duration{170 * time.Millisecond, 200 * time.Millisecond})
		}
		term.Send("C-c")
	})
}

// typingSession opens a first session at the coach's turn, running.
func typingSession(t *testing.T) *e2e.Term {
	t.Helper()
	term := startSession(t, nil, "run", "first", "--no-notify", "--no-save")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "· running")
	return term
}

// typeAndCheck types text and checks that the turn runs on, on its step,
// with the text in the note field; then one Escape drops the text, and
// the turn still runs there.
func typeAndCheck(t *testing.T, term *e2e.Term, text string, gaps []time.Duration) {
	t.Helper()
	term.Type(text, gaps...)
	s, err := term.WaitFor(5*time.Second, func(s string) bool { return strings.Contains(s, "Note: "+text) })
	if err != nil {
		t.Fatalf("%q at %v: the text is not in the note field: %v", text, gaps, err)
	}
	turnRunsOn(t, s, fmt.Sprintf("%q at %v", text, gaps))
	term.Send("Escape")
	s = term.WaitForText(3*time.Second, "The typed text is dropped.")
	turnRunsOn(t, s, fmt.Sprintf("after %q and Escape", text))
}

// turnRunsOn fails the test unless the screen shows the coach's turn
// running on step 7, with no question asked and nothing ended.
func turnRunsOn(t *testing.T, s, what string) {
	t.Helper()
	for _, bad := range []string{"Quit?", "End the session now", "Restart the", "· paused", "How did the session go"} {
		if strings.Contains(s, bad) {
			t.Fatalf("%s: %q on screen:\n%s", what, bad, s)
		}
	}
	for _, want := range []string{"step 7 of 11", "My turn: coach focuses", "· running"} {
		if !strings.Contains(s, want) {
			t.Fatalf("%s: %q not on screen:\n%s", what, want, s)
		}
	}
}
