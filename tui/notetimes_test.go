package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/session"
)

// resumedDaysLater is a first session whose call started on Thu 19 Nov
// at 08:00, three days before base, with a note taken on its first step
// five minutes in and a partnering moment marked a minute later; it is
// resumed at base in a window w×ht.
func resumedDaysLater(t *testing.T, w, ht int) *harness {
	t.Helper()
	start := base.Add(-74 * time.Hour)
	ses := session.New(apptest.Builtin(t, "first"), session.Options{Newcomer: "Alice Example", Number: 1}, start)
	ses.Apply(session.StartCall{}, start)
	ses.Apply(session.AddNote{Text: "Hears well on a headset, and asked whether partners meet by phone"}, start.Add(5*time.Minute))
	ses.Apply(session.MarkMoment{}, start.Add(6*time.Minute))
	return newHarnessWith(t, "", w, ht, func(c *app.Config) { c.Resume = ses })
}

// TestNoteTimesCarryTheirDay: after a session is resumed days later, a
// note taken on an earlier day says its day on the full screen, as the
// accessible mode says it (app.TimeOfDayAt, the one rule), and a note
// taken today says its time alone; the note's text wraps after the
// longer time within the window. On the code before, the full screen
// drew "✎ 08:05" with no day.
func TestNoteTimesCarryTheirDay(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {60, 30}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := resumedDaysLater(t, size[0], size[1])
			h.keys("N")
			h.typeAt("Said back exactly", 200*time.Millisecond)
			h.keys("enter")
			s := h.screen()
			for _, want := range []string{"✎ 08:05 on Thu 19 Nov Hears well", "✎ 10:00 Said back exactly"} {
				if !strings.Contains(s, want) {
					t.Fatalf("the screen lacks %q:\n%s", want, s)
				}
			}
			for i, l := range strings.Split(s, "\n") {
				if ansi.StringWidth(l) > size[0] {
					t.Fatalf("line %d is %d cells wide: %q", i, ansi.StringWidth(l), l)
				}
			}
			golden.RequireEqual(t, s)
		})
	}
}

// TestNoteTimeGainsItsDayAtMidnight: a note's time drawn before midnight
// gains its day once the clock passes midnight, with nothing else
// changed on the screen's step (its drawing is kept while its inputs
// stay: the day is one of them).
func TestNoteTimeGainsItsDayAtMidnight(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("S")
	h.clock.Add(13*time.Hour + 50*time.Minute) // 23:50
	h.keys("N")
	h.typeAt("Late call", 200*time.Millisecond)
	h.keys("enter")
	if s := h.screen(); !strings.Contains(s, "✎ 23:50 Late call") {
		t.Fatalf("before midnight:\n%s", s)
	}
	h.tick(20 * time.Minute)
	if s := h.screen(); !strings.Contains(s, "✎ 23:50 on Sun 22 Nov Late call") {
		t.Fatalf("after midnight, the note does not say its day:\n%s", s)
	}
}

// TestCoachLogMomentsCarryTheirDay: the coach log's account of the
// partnering moments says the day of one marked on an earlier day.
func TestCoachLogMomentsCarryTheirDay(t *testing.T) {
	h := resumedDaysLater(t, 100, 30)
	h.keys("E")
	h.choose(app.CmdYes)
	if s := h.screen(); !strings.Contains(s, "moment at 08:06 on Thu 19 Nov") {
		t.Fatalf("the coach log's moment lacks its day:\n%s", s)
	}
}
