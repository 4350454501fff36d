//go:build linux

package e2e_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// leftRe reads the plain countdown text, such as "13:58 left".
var leftRe = regexp.MustCompile(`(\d+):(\d\d) left`)

// secondsLeft returns the seconds left shown on screen, or -1.
func secondsLeft(screen string) int {
	m := leftRe.FindStringSubmatch(screen)
	if m == nil {
		return -1
	}
	var min, sec int
	for _, c := range m[1] {
		min = min*10 + int(c-'0')
	}
	for _, c := range m[2] {
		sec = sec*10 + int(c-'0')
	}
	return min*60 + sec
}

// startSession runs the binary in a 100×30 tmux terminal.
func startSession(t *testing.T, env []string, args ...string) *e2e.Term {
	t.Helper()
	e2e.Require(t, "tmux")
	bin := e2e.BuildBinary(t)
	term := e2e.StartTerm(t, 100, 30, env, append([]string{bin}, args...)...)
	term.WaitForText(5*time.Second, "step 1 of 11")
	return term
}

// warningRe reads a turn's warning as the screen says it while it lasts:
// the turn's words, and the time left in minutes or, in its last minute,
// in seconds.
var warningRe = regexp.MustCompile(`Warning: (\d+) (minutes?|seconds?) left in ([^.]+)\.`)

// waitWarning waits up to 20 seconds for the warning of the turn that
// the screen calls turn, such as "the coach's turn", and fails the test
// if it came with more than lead minutes left. It returns the screen.
//
// The warning's words say the time left as it moves, so at a rehearsal's
// speed its first words ("2 minutes left", a minute of the turn) can come
// and go between two looks at a loaded machine's screen; the warning
// itself lasts until the turn's end.
func waitWarning(t *testing.T, term *e2e.Term, turn string, lead int) string {
	t.Helper()
	var m []string
	s, err := term.WaitFor(20*time.Second, func(s string) bool {
		for _, m = range warningRe.FindAllStringSubmatch(s, -1) {
			if m[3] == turn {
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("no warning of %s on the screen: %v", turn, err)
	}
	if left, _ := strconv.Atoi(m[1]); strings.HasPrefix(m[2], "minute") && left > lead {
		t.Errorf("the warning of %s came with %d minutes left, before the %d of its lead:\n%s", turn, left, lead, s)
	}
	return s
}

// toCoachTurn steps forward to the coach's turn of the first session.
func toCoachTurn(t *testing.T, term *e2e.Term) {
	t.Helper()
	for step := 2; step <= 7; step++ {
		term.Send("n") // one at a time, as a person presses them
		term.WaitForText(5*time.Second, fmt.Sprintf("step %d of 11", step))
	}
	term.WaitForText(5*time.Second, "My turn: coach focuses")
}

// TestCoachTurnInTmux runs a first session at 120 times speed in a real
// terminal: the countdown moves, the turn stops at each segment for the
// check-in, the warning appears, and quitting asks first.
func TestCoachTurnInTmux(t *testing.T) {
	t.Parallel()
	term := startSession(t, nil, "run", "first", "--speed", "120", "--no-notify", "--newcomer", "Alice")
	toCoachTurn(t, term)
	term.WaitForText(2*time.Second, "15:00 left · not started")
	term.Send("Space")
	first := secondsLeft(term.WaitForText(3*time.Second, "running · segment 1 of 3"))
	screen, err := term.WaitFor(5*time.Second, func(s string) bool {
		n := secondsLeft(s)
		return n >= 0 && n < first-30
	})
	if err != nil {
		t.Fatalf("the countdown did not move from %d s: %v", first, err)
	}
	t.Logf("countdown moved from %d s to %d s", first, secondsLeft(screen))

	term.WaitForText(10*time.Second, "Segment 1 of 3 of the coach's turn is done")
	// "paused for 0:01" follows "paused" a second later on the turn's
	// clock, a hundredth of a second at 120×.
	if _, err := term.WaitFor(3*time.Second, regexp.MustCompile(`10:00 left · paused( for \d+:\d\d)? · segment 2 of 3`).MatchString); err != nil {
		t.Fatalf("the turn is not paused at 10:00 left for its check-in: %v", err)
	}
	term.Send("Space")
	term.WaitForText(3*time.Second, "running · segment 2 of 3")
	term.WaitForText(10*time.Second, "Segment 2 of 3 of the coach's turn is done")
	term.Send("Space")
	waitWarning(t, term, "the coach's turn", 2)
	term.WaitForText(10*time.Second, "Time is up: the coach's turn is over")
	term.WaitForText(3*time.Second, "Overtime +")

	term.Send("q")
	term.WaitForText(2*time.Second, "Nothing is saved in this run (a rehearsal")
	term.Choose(1)
	term.WantExit(0)
}

// TestSmallWindowInTmux shrinks the terminal below the minimum during a
// turn and back: a message instead of the layout, and the time still
// shown and right.
func TestSmallWindowInTmux(t *testing.T) {
	t.Parallel()
	term := startSession(t, nil, "run", "first", "--no-notify")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "running")
	term.Resize(30, 8)
	term.WaitForText(3*time.Second, "Make the window larger")
	term.WaitForText(3*time.Second, "Coach's turn: 14:5")
	term.Resize(100, 30)
	s := term.WaitForText(3*time.Second, "running · segment 1 of 3")
	if n := secondsLeft(s); n < 14*60+40 || n > 15*60 {
		t.Fatalf("after the resize %d s are left:\n%s", n, s)
	}
	term.Send("C-c")
	term.WantExit(0)
}

// TestStartScreenInTmux opens the start screen with no newcomers on
// record, chooses no newcomer and picks the second script.
func TestStartScreenInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	term := e2e.StartTerm(t, 80, 24, nil, e2e.BuildBinary(t))
	term.WaitForText(5*time.Second, "who is the session with?")
	term.Send("Down", "Enter")
	term.WaitForText(2*time.Second, "no newcomer · choose the script")
	term.Send("Down", "Enter")
	s := term.WaitForText(3*time.Second, "Questions since last time")
	if strings.Contains(s, "Quit anyway") {
		t.Fatal("unexpected quit question")
	}
	term.Send("q")
	term.WaitForText(3*time.Second, "Nothing was done in the session") // asked even so: q may begin a typed word
	term.Choose(1)
	term.WantExit(0)
}
