package tui

import (
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/around/availability"
)

// saidBefore is the answer a test's coach gave a week before its session.
var saidBefore = availability.Answer{Available: true, Said: time.Date(2026, 11, 13, 18, 0, 0, 0, time.UTC)}

// TestAfterTheCoachLogGoldens: once the coach log of a first session is
// written, the screen shows its invoice line ready to submit, when the
// Institute pays, and asks whether the coach is available again, saying
// what they said before; n keeps not now, with the time it was given,
// and says so. Goldens at 80×24 and 120×40, asked and answered.
func TestAfterTheCoachLogGoldens(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		t.Run(size.name, func(t *testing.T) {
			var asked, answered string
			synctest.Test(t, func(t *testing.T) {
				h := newHarnessWith(t, "first", size.w, size.h, func(c *app.Config) { c.Availability.Said = saidBefore })
				runWholeFirstSession(h)
				asked = h.screen()
				for _, want := range []string{"Ready to submit with the invoice of November 2026 ('partnercoach invoice')",
					"pays at the end of the month,", "coach pages:", "2026-11-22  Alice Example  1           $25.00",
					"Are you available to coach another newcomer? y = available, n = not now",
					"You said on Fri 13 Nov you are available to coach again.", "y available • n not now"} {
					if !strings.Contains(asked, want) {
						t.Errorf("the screen lacks %q:\n%s", want, asked)
					}
				}
				h.keys("n")
				kept := h.avail.Kept()
				if len(kept) != 1 || kept[0].Available || !kept[0].Said.Equal(h.clock.T) {
					t.Fatalf("kept %+v, want not now at %v", kept, h.clock.T)
				}
				answered = h.screen()
				if !strings.Contains(answered, "Kept: you are not available to coach for now;") || strings.Contains(answered, "You said") {
					t.Errorf("the answer is not said as kept:\n%s", answered)
				}
			})
			t.Run("asked", func(t *testing.T) { golden.RequireEqual(t, asked) })
			t.Run("answered", func(t *testing.T) { golden.RequireEqual(t, answered) })
		})
	}
}

// TestTheAnswerCanChange: y after n keeps yes, and q still quits at once
// once the answer is kept.
func TestTheAnswerCanChange(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, "first", 100, 30)
		runWholeFirstSession(h)
		h.keys("n")
		h.keys("Y")
		kept := h.avail.Kept()
		if len(kept) != 2 || kept[0].Available || !kept[1].Available {
			t.Fatalf("kept %+v, want not now then yes", kept)
		}
		if s := h.screen(); !strings.Contains(s, "Kept: you are available to coach another newcomer;") {
			t.Errorf("the screen:\n%s", s)
		}
		h.keys("q")
		if !h.quitting() {
			t.Error("q did not quit")
		}
	})
}

// TestTheReviewScrolls: in a small window the review gives way to the
// steps after the coach log, says how much is out of view, and pgdown and
// pgup move it a page, never past its ends; the steps stay in view.
func TestTheReviewScrolls(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, "first", 80, 24)
		runWholeFirstSession(h)
		if s := h.screen(); !strings.Contains(s, "↓ 7 more lines (pgdown)") || strings.Contains(s, "Recap, screening") {
			t.Fatalf("the top of the review:\n%s", s)
		}
		h.keys("pgdown", "pgdown", "pgdown")
		bottom := h.screen()
		if !strings.Contains(bottom, "Recap, screening") || !strings.Contains(bottom, "↑ 7 more lines (pgup)") ||
			!strings.Contains(bottom, "Are you available to coach another newcomer?") {
			t.Fatalf("the end of the review:\n%s", bottom)
		}
		h.keys("pgup")
		if s := h.screen(); !strings.Contains(s, "Time by step, planned → taken") {
			t.Errorf("pgup did not go back to the top:\n%s", s)
		}
	})
}

// TestNothingAfterAnExchange: the end of a session between partners has
// no invoice line and asks nothing; y does nothing there.
func TestNothingAfterAnExchange(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarnessWith(t, "partnership", 80, 24, namedPartners)
		h.tick(50 * time.Minute)
		h.keys("E")
		h.choose(app.CmdYes)
		h.keys("enter", "enter") // we had the exchange; no note
		s := h.screen()
		if !strings.Contains(s, "The exchange's record is saved as") {
			t.Fatalf("the record is not written:\n%s", s)
		}
		h.keys("y")
		if strings.Contains(s, "invoice") || strings.Contains(s, "available") || len(h.avail.Kept()) != 0 {
			t.Errorf("kept %+v; screen:\n%s", h.avail.Kept(), s)
		}
	})
}

// TestTheStartScreenSaysTheAnswer: the start screen says what the coach
// last said of coaching again, above its last line.
func TestTheStartScreenSaysTheAnswer(t *testing.T) {
	h := newHarnessWith(t, "", 80, 24, func(c *app.Config) { c.Availability.Said = saidBefore })
	lines := strings.Split(h.screen(), "\n")
	if got := strings.TrimSpace(lines[len(lines)-4]); got != "You said on Fri 13 Nov you are available to coach again." {
		t.Errorf("the line above the confidentiality's: %q\n%s", got, h.screen())
	}
}
