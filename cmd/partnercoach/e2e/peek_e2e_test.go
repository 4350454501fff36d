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

// liveRe reads the header's line of a turn left running while the coach
// looks back: its time left.
var liveRe = regexp.MustCompile(`▶ Coach's turn on step 7: (\d+):(\d\d) left, running`)

// liveSeconds returns the seconds left on the live turn's line, or -1.
func liveSeconds(s string) int {
	m := liveRe.FindStringSubmatch(s)
	if m == nil {
		return -1
	}
	min, _ := strconv.Atoi(m[1])
	sec, _ := strconv.Atoi(m[2])
	return min*60 + sec
}

// TestLookingBackIsAPeekInTmux (issue 19, item 2): p from the coach's
// running turn leaves it running, in the header while the coach is on
// the step before; n goes back to it running; moving on past it ends it
// and says so.
func TestLookingBackIsAPeekInTmux(t *testing.T) {
	t.Parallel()
	term := startSession(t, nil, "run", "first", "--speed", "60", "--no-notify", "--no-save")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "· running")
	term.Send("p")
	s := term.WaitForText(3*time.Second, "▶ Coach's turn on step 7:")
	first := liveSeconds(s)
	if first < 0 || !strings.Contains(s, "step 6 of 11") {
		t.Fatalf("looking back, the header should show the turn running:\n%s", s)
	}
	if _, err := term.WaitFor(5*time.Second, func(s string) bool { n := liveSeconds(s); return n >= 0 && n < first-30 }); err != nil {
		t.Fatalf("the turn did not run on while the coach looked back: %v", err)
	}
	term.Send("n")
	s = term.WaitForText(3*time.Second, "step 7 of 11")
	if strings.Contains(s, "▶ Coach's turn on step") || !strings.Contains(s, "· running") {
		t.Fatalf("back on its step, the turn runs:\n%s", s)
	}
	term.Send("n")
	s = term.WaitForText(3*time.Second, "step 8 of 11")
	if flat := strings.Join(strings.Fields(s), " "); !strings.Contains(flat, "The coach's turn ended as you moved on: it ran") {
		t.Fatalf("moving on past the turn should say it ended:\n%s", s)
	}
	term.Send("C-c")
}

// TestCheckInLeftWaitingInTmux (issue 19, item 3): a check-in left paused
// says how long it has waited, and after a few minutes (3 at 60× speed:
// 3 s) a silent notification says so, naming no one.
func TestCheckInLeftWaitingInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux", "Xvfb", "dbus-daemon", "dbus-monitor", "dunst")
	ns := e2e.StartNotifyServer(t)
	term := startSession(t, append(ns.Env(), "XDG_RUNTIME_DIR="+t.TempDir()), "run", "first", "--speed", "60", "--newcomer", "Alice Example", "--no-save")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(10*time.Second, "Segment 1 of 3 of the coach's turn is done")
	n, err := ns.WaitNotification(10*time.Second, func(n e2e.Notification) bool { return strings.Contains(n.Summary, "paused") })
	if err != nil {
		t.Fatalf("no reminder of the check-in: %v\n%s", err, term.Screen())
	}
	if n.Summary != "Coach's turn: paused 3 minutes" || strings.Contains(n.Hints, `"sound-name"`) || strings.Contains(n.Summary+n.Body, "Alice") {
		t.Fatalf("the reminder: %+v", n)
	}
	if s := term.WaitForText(3*time.Second, "paused for "); !regexp.MustCompile(`paused for [3-9]:\d\d`).MatchString(s) {
		t.Fatalf("the check-in should say how long it has waited:\n%s", s)
	}
	term.Send("C-c")
}

// TestTimeLeftStaysInTmux (issue 19, items 4 and 6): at 80×24 and 50×16,
// the header says what step comes next during a turn (at 80); the agenda, the
// preview, the help and the cards each keep the running turn's time left
// on screen, and one Escape returns to the session.
func TestTimeLeftStaysInTmux(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {50, 16}} {
		t.Run(strconv.Itoa(size[0]), func(t *testing.T) {
			t.Parallel()
			term := startAt(t, size[0], size[1], nil, "step 1 of 11", "run", "first", "--no-notify", "--no-save")
			toCoachTurn(t, term)
			term.Send("Space")
			s := term.WaitForText(3*time.Second, "· running")
			if head := strings.Split(s, "\n")[0]; size[0] >= 80 && !strings.Contains(head, "next: Feedback on my turn") { // item 6
				t.Fatalf("at %d columns the header does not say what comes next: %q", size[0], head)
			}
			for _, open := range []struct{ key, shows string }{
				{"a", "Agenda"}, {"v", "Next: Feedback"}, {"?", "1 min more"}, {"c", "Reference cards"},
			} {
				term.Send(open.key)
				s := term.WaitForText(3*time.Second, open.shows)
				if !regexp.MustCompile(`\d+:\d\d left · running`).MatchString(s) {
					t.Fatalf("%s open at %dx%d: the time left is not on screen:\n%s", open.key, size[0], size[1], s)
				}
				term.Send("Escape")
				if _, err := term.WaitFor(3*time.Second, func(s string) bool {
					return !strings.Contains(s, open.shows) && strings.Contains(s, "My turn: coach")
				}); err != nil {
					t.Fatalf("one Escape did not close %s: %v", open.key, err)
				}
			}
			term.Send("C-c")
		})
	}
}

// TestReadoutsFollowTheTurnInTmux (issue 19, item 7): after - six times the
// turn reads "planned 9 min"; in the last minute the warning's banner says
// the seconds left, not "2 minutes"; in overtime nothing speaks of a
// warning to come.
func TestReadoutsFollowTheTurnInTmux(t *testing.T) {
	t.Parallel()
	term := startAt(t, 80, 24, nil, "step 1 of 11", "run", "first", "--speed", "120", "--no-notify", "--no-save")
	toCoachTurn(t, term)
	for range 6 {
		term.Send("-")
	}
	term.WaitForText(3*time.Second, "planned 9 min")
	term.Send("n", "n")
	term.WaitForText(3*time.Second, "Their turn: newcomer focuses")
	term.Send("Space")
	s, err := term.WaitFor(10*time.Second, func(s string) bool { return regexp.MustCompile(`(?m)^0:[0-5]\d left · running`).MatchString(s) })
	if err != nil {
		t.Fatalf("the last minute did not come: %v", err)
	}
	if !strings.Contains(s, "seconds left in the newcomer's turn") || strings.Contains(s, "2 minutes left") {
		t.Fatalf("in the last minute the banner should say the seconds left:\n%s", s)
	}
	s = term.WaitForText(5*time.Second, "Overtime +")
	if strings.Contains(s, "warning at") {
		t.Fatalf("in overtime a warning to come is spoken of:\n%s", s)
	}
	term.Send("C-c")
}
