package tui

import (
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/around/review"
)

// TestReviewAtTheEnd: once the coach log is written, the screen shows the
// review of the session, planned against taken for each step, drawn for
// the window under the steps after the coach log: at 80 columns and at
// 120 (goldens), and narrower windows get lines no wider than themselves.
// Where the window cuts the review, pgdown brings the rest into view.
func TestReviewAtTheEnd(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x30", 120, 30}, {"64x24", 64, 24}} {
		t.Run(size.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				h := newHarness(t, "first", size.w, size.h)
				runWholeFirstSession(h)
				if len(h.keeper.Records) != 1 {
					t.Fatalf("%d records written; screen:\n%s", len(h.keeper.Records), h.screen())
				}
				first := h.screen()
				seen := first
				for range 3 {
					h.keys("pgdown")
					seen += h.screen()
				}
				for _, s := range []string{first, h.screen()} {
					for i, line := range strings.Split(s, "\n") {
						if w := ansi.StringWidth(line); w > size.w {
							t.Errorf("line %d is %d cells wide: %q", i+1, w, line)
						}
					}
				}
				for _, want := range []string{"saved as 2026-11-22-0001", review.Heading, "Each cell is",
					"Self-guiding instru", "+5:00", "Their turn: newcome", "ran over by 1:30 (length 12:00)", "Recap, screening"} {
					if !strings.Contains(seen, want) {
						t.Errorf("the screens lack %q:\n%s", want, seen)
					}
				}
				if size.w < 80 {
					return
				}
				golden.RequireEqual(t, first)
			})
		})
	}
}

// runWholeFirstSession runs a first session through every step, some over
// their plan and some under, the newcomer's turn 1:30 into overtime, and
// fills in the coach log.
func runWholeFirstSession(h *harness) {
	h.t.Helper()
	h.keys("x") // the call starts with the first key
	steps := []struct {
		prefix string
		took   time.Duration
	}{
		{"Welcome", 6*time.Minute + 30*time.Second},
		{"Confidentiality", 2 * time.Minute},
		{"How the session", 2 * time.Minute},
		{"Self-guiding", 8 * time.Minute},
		{"A little about", 3 * time.Minute},
		{"Who focuses", time.Minute},
	}
	for _, st := range steps {
		h.toStep(st.prefix)
		h.tick(st.took)
		h.keys("n")
	}
	h.toStep("My turn")
	h.keys("space")
	for range 2 {
		h.tick(5 * time.Minute) // to the check-in
		h.keys("space")
	}
	h.tick(4 * time.Minute)
	h.keys("n")
	h.toStep("Feedback on my turn")
	h.tick(5 * time.Minute)
	h.keys("n")
	h.toStep("Their turn")
	h.keys("space")
	h.tick(13*time.Minute + 30*time.Second)
	h.keys("n")
	h.toStep("Feedback on their turn")
	h.tick(4 * time.Minute)
	h.keys("n")
	h.toStep("Recap")
	h.tick(5 * time.Minute)
	h.keys("E")
	h.choose(app.CmdYes)
	fillLog(h)
}
