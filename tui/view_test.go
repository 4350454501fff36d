package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/timer"
)

// TestGoldenScreens compares the screens a coach sees, stripped of
// styling, with the files in testdata (go test ./tui -update rewrites
// them).
func TestGoldenScreens(t *testing.T) {
	tests := []struct {
		name   string
		script string
		w, h   int
		act    func(h *harness)
	}{
		{"start", "", 80, 24, func(*harness) {}},
		{"first_welcome_80x24", "first", 80, 24, func(*harness) {}},
		{"first_welcome_120x40", "first", 120, 40, func(*harness) {}},
		{"coach_turn_running", "first", 80, 24, func(h *harness) {
			h.toStep("My turn")
			h.keys("space")
			h.tick(3*time.Minute + 30*time.Second)
		}},
		{"coach_turn_checkin", "first", 100, 30, (*harness).toCheckIn},
		{"coach_turn_warning", "first", 100, 30, (*harness).toWarning},
		{"newcomer_turn_overtime", "first", 80, 24, (*harness).toOvertime},
		{"followup_answer", "followup", 80, 24, func(h *harness) {
			h.toStep("Three questions")
			h.keys("down", "enter", "4", "enter")
		}},
		{"choice", "first", 80, 24, func(h *harness) {
			h.toStep("Who focuses first")
			h.keys("down", "enter")
		}},
		{"help", "first", 80, 24, func(h *harness) { h.keys("?") }},
		{"quit_confirm", "first", 80, 24, func(h *harness) { h.keys("x", "q") }},
		{"coach_log_100x30", "first", 100, 30, func(h *harness) {
			h.keys("x", "N", "o", "k", "enter", "m")
			h.tick(52 * time.Minute)
			h.keys("E")
			h.choose(app.CmdYes)
		}},
		{"coach_log_80x24", "first", 80, 24, func(h *harness) {
			h.keys("S")
			h.tick(50 * time.Minute)
			h.keys("E")
			h.choose(app.CmdYes)
			h.keys("enter")
		}},
		{"note_open", "first", 80, 24, func(h *harness) { h.keys("N", "s", "o", "f", "t") }},
		{"cards_list", "first", 100, 30, func(h *harness) {
			h.toStep("My turn")
			h.keys("space", "c")
			h.tick(time.Minute)
		}},
		{"too_small_in_turn", "first", 80, 24, func(h *harness) {
			h.toStep("My turn")
			h.keys("space")
			h.tick(time.Minute)
			h.send(tea.WindowSizeMsg{Width: 40, Height: 10})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, tc.script, tc.w, tc.h)
			tc.act(h)
			golden.RequireEqual(t, h.screen())
		})
	}
}

// TestScreenFitsEverySize draws the session at many sizes, from 1×1 up,
// in a running turn and checks that no line is wider than the window and
// there are never more lines than rows.
func TestScreenFitsEverySize(t *testing.T) {
	for first := 1; first <= 22; first += 7 { // every 7th width, in four bands side by side
		t.Run(fmt.Sprintf("widths from %d", first), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, "first", 80, 24)
			h.toStep("My turn")
			h.keys("space")
			h.tick(90 * time.Second)
			for w := first; w <= 300; w += 28 {
				for ht := 1; ht <= 100; ht += 3 {
					h.send(teaSize(w, ht))
					lines := strings.Split(h.screen(), "\n")
					if len(lines) > ht {
						t.Fatalf("%dx%d: %d lines", w, ht, len(lines))
					}
					for i, l := range lines {
						if lw := ansi.StringWidth(l); lw > w {
							t.Fatalf("%dx%d: line %d is %d wide: %q", w, ht, i, lw, l)
						}
					}
				}
			}
		})
	}
}

// TestPlainCountdownText checks that the time left is always written as
// plain m:ss text, whatever the big digits show, and that the segment's
// time moves by the minute until its last minute.
func TestPlainCountdownText(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("space")
	for _, step := range []struct {
		d    time.Duration
		want string
	}{
		{0, "15:00 left · running · segment 1 of 3 · 5 min left in it · warning at 2:00 left"},
		{time.Second, "14:59 left · running · segment 1 of 3 · 4 min left in it"},
		{61*time.Second + 500*time.Millisecond, "13:58 left"},
		{3*time.Minute + 20*time.Second, "10:38 left · running · segment 1 of 3 · 0:38 left in it"},
	} {
		h.tick(step.d)
		if s := h.screen(); !strings.Contains(s, step.want) {
			t.Fatalf("after %v: want %q on screen:\n%s", step.d, step.want, s)
		}
	}
	h = newHarness(t, "first", 80, 24)
	h.toWarning()
	h.tick(3 * time.Minute) // into overtime
	if s := h.screen(); !strings.Contains(s, "Overtime +") || strings.Contains(s, "in it") {
		t.Fatalf("in overtime the segment's time is still shown:\n%s", s)
	}
}

func TestRehearsalIsMarkedInTheHeader(t *testing.T) {
	for _, tc := range []struct {
		w    int
		want string
	}{{100, "step 1 of 11 · rehearsal 60×"}, {80, "step 1 of 11 · rehearsal 60×"}, {50, "step 1 of 11 · rehearsal 60×"}} {
		h := newHarnessWith(t, "first", tc.w, 24, func(c *app.Config) { c.Clock = timer.NewScaled(60) })
		head := strings.SplitN(h.screen(), "\n", 2)[0]
		if !strings.Contains(head, tc.want) || !strings.Contains(head, "session 0m / 50 min") {
			t.Errorf("at %d columns the header is %q, want %q and the session clock", tc.w, head, tc.want)
		}
	}
}

// TestColourGoldens keeps a few screens with their colours, since colour
// is the coach's signal at a glance: the warning period, overtime, and a
// turn paused at its check-in (go test ./tui -update rewrites them).
func TestColourGoldens(t *testing.T) {
	tests := []struct {
		name string
		act  func(h *harness)
	}{
		{"warning", (*harness).toWarning},
		{"overtime", (*harness).toOvertime},
		{"paused", (*harness).toCheckIn},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarnessDrawn(t, "first", 80, 24, nil, Options{Background: "dark"})
			tc.act(h)
			got := h.m.View().Content
			if !strings.Contains(got, "\x1b[") {
				t.Fatal("the screen has no colour")
			}
			golden.RequireEqual(t, got)
		})
	}
}

// sessionStates are the states of the session screen the goldens keep:
// the quiet stretch of a running turn, the warning, overtime, a turn the
// coach paused, and a segment's check-in.
var sessionStates = []struct {
	name string
	act  func(h *harness)
}{
	{"running", func(h *harness) {
		h.toStep("My turn")
		h.keys("space")
		h.tick(3*time.Minute + 30*time.Second)
	}},
	{"warning", (*harness).toWarning},
	{"overtime", (*harness).toOvertime},
	{"paused", func(h *harness) {
		h.toStep("Their turn")
		h.keys("space")
		h.tick(4*time.Minute + 20*time.Second)
		h.keys("space")
	}},
	{"checkin", (*harness).toCheckIn},
}

// TestSessionGoldens keeps the session screen in each of its states at
// the smallest size, the usual one and a large one, stripped of styling
// (go test ./tui -update rewrites them).
func TestSessionGoldens(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {80, 24}, {120, 40}} {
		for _, st := range sessionStates {
			t.Run(fmt.Sprintf("%s_%dx%d", st.name, size[0], size[1]), func(t *testing.T) {
				h := newHarness(t, "first", size[0], size[1])
				st.act(h)
				golden.RequireEqual(t, h.screen())
			})
		}
	}
}

// TestSessionColourGoldens keeps the session screen with its colours at
// the smallest and a large size, where the colour says warning, overtime
// or pause at a glance.
func TestSessionColourGoldens(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {120, 40}} {
		for _, st := range sessionStates {
			t.Run(fmt.Sprintf("%s_%dx%d", st.name, size[0], size[1]), func(t *testing.T) {
				h := newHarnessDrawn(t, "first", size[0], size[1], nil, Options{Background: "dark"})
				st.act(h)
				got := h.m.View().Content
				if !strings.Contains(got, "\x1b[") {
					t.Fatal("the screen has no colour")
				}
				if c, ok := signalColour[st.name]; ok && !strings.Contains(got, c) {
					t.Errorf("the %s state is not in its colour (%q)", st.name, c)
				}
				golden.RequireEqual(t, got)
			})
		}
	}
}

// signalColour is the colour (on a dark background) that says a state
// at a glance: amber for the warning, red for overtime, grey for a pause.
var signalColour = map[string]string{
	"warning":  "38;2;255;180;84",
	"overtime": "38;2;255;107;107",
	"paused":   "38;2;154;154;154",
	"checkin":  "38;2;154;154;154",
}

// toCheckIn runs the coach's turn to its first check-in, where it waits
// paused.
func (h *harness) toCheckIn() {
	h.toStep("My turn")
	h.keys("space")
	h.tick(5*time.Minute + 10*time.Second)
}

// toWarning runs the coach's turn into its warning period.
func (h *harness) toWarning() {
	h.toStep("My turn")
	h.keys("space")
	for range 2 {
		h.tick(5 * time.Minute)
		h.keys("space")
	}
	h.tick(3*time.Minute + 30*time.Second)
}

// toOvertime runs the newcomer's turn into overtime.
func (h *harness) toOvertime() {
	h.toStep("Their turn")
	h.keys("space")
	h.tick(12*time.Minute + 45*time.Second)
}
