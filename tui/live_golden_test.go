package tui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/notify"
)

// liveSizes are the sizes every screen of the live call is drawn at: the
// smallest the full layout takes, a common terminal, and a large one.
var liveSizes = [][2]int{{50, 16}, {80, 24}, {120, 40}}

// TestGoldenLiveCall compares the screens of a live call at each of
// liveSizes with the files in testdata (go test ./tui -update rewrites
// them): what typing shows, the questions that end, and the time left
// kept on screen whatever is open.
func TestGoldenLiveCall(t *testing.T) {
	tests := []struct {
		name string
		act  func(h *harness)
	}{
		{"typed_note", func(h *harness) { h.typeAt("so yes", 250*time.Millisecond) }},
		{"end_question", func(h *harness) { h.keys("E", "right") }},
		{"peek_back", func(h *harness) { h.keys("p") }},
		{"checkin_waited", func(h *harness) { h.tick(90*time.Second + 12*time.Minute) }},
		{"agenda_open", func(h *harness) { h.keys("a") }},
		{"preview_open", func(h *harness) { h.keys("v") }},
		{"help_open", func(h *harness) { h.keys("?") }},
		{"cards_open", func(h *harness) { h.keys("c") }},
		{"shortened", func(h *harness) { h.keys("-", "-", "-", "-", "-", "-") }},
		{"warning_0_58", func(h *harness) {
			h.keys("n", "n", "space")
			h.tick(11*time.Minute + 2*time.Second)
		}},
		{"overtime", func(h *harness) {
			h.keys("n", "n", "space")
			h.tick(12*time.Minute + 45*time.Second)
		}},
	}
	for _, tc := range tests {
		for _, size := range liveSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				h := newHarness(t, "first", size[0], size[1])
				h.toStep("My turn")
				h.keys("space")
				h.tick(3*time.Minute + 30*time.Second)
				tc.act(h)
				golden.RequireEqual(t, h.screen())
			})
		}
	}
}

// TestGoldenNoNotifications: without a notification server, the session
// screen says so from the start, in full until a key, then as a mark in
// the rule; the start screen says so too.
func TestGoldenNoNotifications(t *testing.T) {
	noServer := func(c *app.Config) { c.Notifier.(*apptest.Notifier).ProbeErr = notify.ErrNoServer }
	for _, size := range liveSizes {
		for _, keys := range [][]string{nil, {"x"}} {
			t.Run(fmt.Sprintf("session_%dx%d_keys%d", size[0], size[1], len(keys)), func(t *testing.T) {
				h := newHarnessWith(t, "first", size[0], size[1], noServer)
				h.run(do(h.m.begun)) // as Init does: the probe
				h.keys(keys...)
				golden.RequireEqual(t, h.screen())
			})
		}
	}
	t.Run("start_80x24", func(t *testing.T) {
		h := newHarnessWith(t, "", 80, 24, noServer)
		h.run(do(h.m.begun))
		golden.RequireEqual(t, h.screen())
	})
}

// TestGoldenAnswersAndChoices: the answer in words takes the width there
// is, and a choice made shows as done in the agenda, at each size.
func TestGoldenAnswersAndChoices(t *testing.T) {
	for _, size := range liveSizes {
		t.Run(fmt.Sprintf("answer_%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, "followup", size[0], size[1])
			h.toStep("Three questions")
			h.keys("down", "down", "enter")
			h.typeAt("mostly quiet please, and say back my words now and then", 200*time.Millisecond)
			golden.RequireEqual(t, h.screen())
		})
		t.Run(fmt.Sprintf("choice_%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, "first", size[0], size[1])
			h.toStep("Who focuses first")
			h.keys("down", "enter", "n")
			if size[0] < agendaMinWidth {
				h.keys("a")
			}
			golden.RequireEqual(t, h.screen())
		})
	}
}
