package tui

import (
	"fmt"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/session"
)

// toLog ends a first session of fifty minutes in a window of the size
// given and opens its coach log.
func toLog(t *testing.T, w, ht int) *harness {
	t.Helper()
	h := newHarness(t, "first", w, ht)
	h.keys("S")
	h.tick(50 * time.Minute)
	h.keys("E")
	h.choose(app.CmdYes)
	return h
}

// shiftTab is the key press of shift+tab.
var shiftTab = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}

// form is the coach log's form on show.
func (h *harness) form() *logForm { return h.m.screen.(*coachLogModel).form }

// onShow returns the question on show.
func (h *harness) onShow() question { return h.form().questions[h.form().at] }

// TestLogFormAsksEachQuestionInTurn walks a held first session through
// the form with enter and tab, each question's title on screen, the one
// on show marked, and then back with esc and shift+tab.
func TestLogFormAsksEachQuestionInTurn(t *testing.T) {
	h := toLog(t, 100, 30)
	order := []struct {
		ask   ask
		title string
		key   tea.KeyPressMsg
	}{
		{askOutcome, "How did the session go?", keyPress("enter")},
		{askScreening, "Screening for the partnership pool", keyPress("tab")},
		{askFurther, "How many further sessions do you recommend?", keyPress("enter")},
		{askLearn, "What would they learn in them?", keyPress("tab")},
		{askReady, "Ready for a partnership?", keyPress("enter")},
		{askClosing, "Closing note for the coach log", keyPress("esc")},
	}
	for _, step := range order {
		if got := h.onShow().ask; got != step.ask {
			t.Fatalf("question %d on show, want %d:\n%s", got, step.ask, h.screen())
		}
		if !strings.Contains(h.screen(), "┃ "+step.title) {
			t.Fatalf("%q is not on show with its mark:\n%s", step.title, h.screen())
		}
		h.send(step.key)
	}
	for _, want := range []ask{askReady, askLearn, askFurther, askScreening, askOutcome, askOutcome} {
		if got := h.onShow().ask; got != want {
			t.Fatalf("back: question %d on show, want %d", got, want)
		}
		h.send(shiftTab)
	}
	if !strings.Contains(h.screen(), "enter next • ↑ up • ↓ down • ctrl+b back to the session") {
		t.Fatalf("the first question's help offers a way back, or lacks its keys:\n%s", h.screen())
	}
}

// TestLogFormHidesWhatTheOutcomeDoesNotAsk: an outcome other than held
// asks neither the screening nor the recommendation, forward or back.
func TestLogFormHidesWhatTheOutcomeDoesNotAsk(t *testing.T) {
	h := toLog(t, 100, 30)
	h.keys("down", "enter") // did not come
	if h.onShow().ask != askClosing || strings.Contains(h.screen(), "Screening") {
		t.Fatalf("did not come went on to %d:\n%s", h.onShow().ask, h.screen())
	}
	h.keys("esc")
	if h.onShow().ask != askOutcome {
		t.Fatalf("back from the closing note went to %d, want the outcome", h.onShow().ask)
	}
	h.keys("up", "enter")
	if h.onShow().ask != askScreening {
		t.Fatalf("held went on to %d, want the screening", h.onShow().ask)
	}
}

// TestLogFormTakesTheCountTheCoreTakes: the number of further sessions
// is checked by the core's rule as the coach moves on; a wrong one keeps
// the question on show and says what was expected.
func TestLogFormTakesTheCountTheCoreTakes(t *testing.T) {
	for _, tc := range []struct {
		typed  []string
		moves  bool
		stands int
	}{
		{[]string{"backspace", "3"}, true, 3},
		{[]string{"backspace", "2", "0"}, true, 20},
		{[]string{"backspace", "2", "1"}, false, 0},
		{[]string{"backspace", "a"}, false, 0},
		{[]string{"backspace"}, false, 0},
		{[]string{"backspace", "1", "2", "3"}, true, 12}, // the field takes two characters
		// Typed over the count given, the first character replaces it:
		// "2" is 2, not "02", and "12" is 12, not "01".
		{[]string{"2"}, true, 2},
		{[]string{"1", "2"}, true, 12},
		{[]string{"left", "1"}, true, 10}, // a key that edits keeps it
	} {
		t.Run(strings.Join(tc.typed, " "), func(t *testing.T) {
			h := toLog(t, 100, 30)
			h.keys("enter", "enter")
			h.keys(tc.typed...)
			h.keys("enter")
			moved := h.onShow().ask == askLearn
			if moved != tc.moves {
				t.Fatalf("moved on %v, want %v:\n%s", moved, tc.moves, h.screen())
			}
			if !moved && !strings.Contains(h.screen(), fmt.Sprintf("expected a whole number from 0 to %d", app.MaxFurther)) {
				t.Fatalf("no word of what was expected:\n%s", h.screen())
			}
			if moved && h.form().answers().Recommendation.FurtherSessions != tc.stands {
				t.Fatalf("%d further sessions kept, want %d", h.form().answers().Recommendation.FurtherSessions, tc.stands)
			}
		})
	}
}

// TestLogFormFieldsTakeTheCoresLimits: what is pasted into what the
// newcomer would learn and into the closing note is cut to the core's
// limits.
func TestLogFormFieldsTakeTheCoresLimits(t *testing.T) {
	h := toLog(t, 100, 30)
	h.keys("enter", "enter", "enter")
	h.send(tea.PasteMsg{Content: strings.Repeat("l", app.MaxLearn+50)})
	h.keys("enter", "enter")
	h.send(tea.PasteMsg{Content: strings.Repeat("c", app.MaxClosing+50)})
	a := h.form().answers()
	if len(a.Recommendation.Learn) != app.MaxLearn || len(a.Summary) != app.MaxClosing {
		t.Fatalf("learn %d and closing %d characters; want %d and %d",
			len(a.Recommendation.Learn), len(a.Summary), app.MaxLearn, app.MaxClosing)
	}
	rows := 0
	for _, l := range strings.Split(h.screen(), "\n") {
		if strings.HasPrefix(l, "┃ ") && !strings.Contains(l, "Closing note") && !strings.Contains(l, "confidential") &&
			!strings.Contains(l, "is full") {
			rows++
		}
	}
	if rows != closingRows { // the text's last three rows, and the cursor's after it
		t.Fatalf("the closing note shows %d rows of its text, want %d:\n%s", rows, closingRows, h.screen())
	}
}

// TestLogFormWritesEveryAnswer answers each question otherwise than its
// default and finds each answer in the record, written at the last enter.
func TestLogFormWritesEveryAnswer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := toLog(t, 80, 24)
		h.keys("enter", "up", "up", "up", "enter") // held; suitable for the pool
		h.keys("backspace", "4", "enter")
		h.typeAt("to listen", 200*time.Millisecond)
		h.keys("enter", "right", "left", "right", "tab") // ready: yes, with the arrows
		if !strings.Contains(h.screen(), "enter done") {
			t.Fatalf("the last question's help does not say enter is done:\n%s", h.screen())
		}
		h.typeAt("went well", 200*time.Millisecond)
		if len(h.keeper.Records) != 0 {
			t.Fatal("written before the last enter")
		}
		h.keys("enter")
		if len(h.keeper.Records) != 1 {
			t.Fatalf("%d records written, want 1:\n%s", len(h.keeper.Records), h.screen())
		}
		r := h.keeper.Records[0]
		want := session.Recommendation{FurtherSessions: 4, Learn: "to listen", Ready: true}
		if r.Outcome != session.Held || r.Screening != session.Suitable || r.Recommendation != want || r.Summary != "went well" {
			t.Fatalf("record %+v", r)
		}
	})
}

// TestLogFormTakesReadyFromTheScreening: a newcomer screened not yet
// ready for the pool, or referred, is not asked whether they are ready
// for a partnership: the recommendation's page says the screening's
// answer in its place, and the record keeps no, even after a yes given
// before the coach went back and changed the screening. On the code
// before, the form asked it and the record kept the yes.
func TestLogFormTakesReadyFromTheScreening(t *testing.T) {
	for _, tc := range []struct {
		name   string
		downs  int
		saying string
	}{
		{"not yet", 1, "Ready for a partnership: no, as the screening says not yet ready for the pool."},
		{"referred", 2, "Ready for a partnership: no, as the screening says referred to a therapist or a hotline."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := toLog(t, 200, 30) // wide: the saying on one line
			// suitable; ready: yes
			h.keys("enter", "up", "up", "up", "enter", "enter", "enter", "y")
			if h.onShow().ask != askClosing || !h.form().answers().Recommendation.Ready {
				t.Fatalf("suitable: on %d, answers %+v", h.onShow().ask, h.form().answers())
			}
			h.keys("esc", "esc", "esc", "esc") // back to the screening
			for range tc.downs {
				h.keys("down")
			}
			h.keys("enter", "enter")
			if h.onShow().ask != askLearn {
				t.Fatalf("on %d, want the question of what they would learn", h.onShow().ask)
			}
			if s := h.screen(); !strings.Contains(s, "  "+tc.saying) || strings.Contains(s, "Ready for a partnership?") {
				t.Fatalf("the recommendation's page does not say the screening answered it:\n%s", s)
			}
			h.keys("enter")
			if h.onShow().ask != askClosing {
				t.Fatalf("after what they would learn, on %d, want the closing note", h.onShow().ask)
			}
			h.keys("enter")
			if len(h.keeper.Records) != 1 {
				t.Fatalf("%d records written, want 1", len(h.keeper.Records))
			}
			if r := h.keeper.Records[0]; r.Recommendation.Ready || !r.Screening.NotReady() {
				t.Fatalf("record: screening %q, recommendation %+v", r.Screening, r.Recommendation)
			}
		})
	}
}

// TestLogFormReadyTakesYAndN: y and n answer whether the newcomer is
// ready, and move on.
func TestLogFormReadyTakesYAndN(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{{"y", true}, {"Y", true}, {"n", false}, {"N", false}} {
		h := toLog(t, 100, 30)
		h.keys("enter", "enter", "enter", "enter")
		if tc.want == false {
			h.keys("right") // from no to yes, so that n changes it
		}
		h.keys(tc.key)
		if h.onShow().ask != askClosing || h.form().answers().Recommendation.Ready != tc.want {
			t.Errorf("%s: on %d, ready %v", tc.key, h.onShow().ask, h.form().answers().Recommendation.Ready)
		}
	}
}

// TestCoachLogFormGoldens draws each page of the form at three sizes:
// the outcome, the recommendation with a wrong count, the recommendation
// of a newcomer referred on (its readiness answered by the screening),
// the closing note wrapped.
func TestCoachLogFormGoldens(t *testing.T) {
	pages := []struct {
		name string
		act  func(h *harness)
	}{
		{"outcome", func(*harness) {}},
		{"recommendation", func(h *harness) { h.keys("enter", "enter", "backspace", "a", "enter") }},
		{"referred", func(h *harness) { h.keys("enter", "up", "enter") }}, // ready for a partnership: no, not asked
		{"closing", func(h *harness) {
			h.keys("enter", "enter", "enter", "enter", "enter")
			h.send(tea.PasteMsg{Content: "Listened well; asked about the partnership pool, and a second session next week."})
		}},
	}
	for _, size := range [][2]int{{50, 16}, {80, 24}, {120, 40}} {
		for _, p := range pages {
			t.Run(fmt.Sprintf("%s_%dx%d", p.name, size[0], size[1]), func(t *testing.T) {
				h := toLog(t, size[0], size[1])
				p.act(h)
				golden.RequireEqual(t, h.screen())
			})
		}
	}
}

// TestLogFormFitsEverySize draws each page of the form at many sizes:
// no line is wider than the window, there are never more lines than
// rows, and the question on show is on screen wherever the window has
// room for the head and it.
func TestLogFormFitsEverySize(t *testing.T) {
	h := toLog(t, 80, 24)
	for page, keys := range [][]string{{}, {"enter", "enter"}, {"enter"}, {"enter"}, {"enter"}} {
		h.keys(keys...)
		if a := h.onShow().ask; a == askLearn || a == askClosing {
			h.send(tea.PasteMsg{Content: strings.Repeat("word ", 30)})
		}
		title := h.onShow().title
		if want := []ask{askOutcome, askFurther, askLearn, askReady, askClosing}[page]; h.onShow().ask != want {
			t.Fatalf("page %d: question %d on show, want %d", page, h.onShow().ask, want)
		}
		for w := 1; w <= 200; w += 13 {
			for ht := 1; ht <= 60; ht += 4 {
				h.send(teaSize(w, ht))
				s := h.screen()
				lines := strings.Split(s, "\n")
				if len(lines) > ht {
					t.Fatalf("page %d at %dx%d: %d lines", page, w, ht, len(lines))
				}
				for i, l := range lines {
					if lw := ansi.StringWidth(l); lw > w {
						t.Fatalf("page %d at %dx%d: line %d is %d wide: %q", page, w, ht, i, lw, l)
					}
				}
				if w >= 60 && ht >= 16 && !strings.Contains(s, title) {
					t.Fatalf("page %d at %dx%d: %q is not on screen:\n%s", page, w, ht, title, s)
				}
			}
		}
	}
}

// TestLogFormKeepsItsWarningUntilTheAnswerChanges: the warning under a
// number of further sessions the core does not take stays while the
// answer stays as it was (the cursor moved, a paste into a full field),
// and goes once the answer changes.
func TestLogFormKeepsItsWarningUntilTheAnswerChanges(t *testing.T) {
	h := toLog(t, 100, 30)
	h.keys("enter", "enter", "backspace", "a", "b", "enter")
	warning := "expected a whole number from 0 to 20"
	if !strings.Contains(h.screen(), warning) {
		t.Fatalf("no warning for ab:\n%s", h.screen())
	}
	h.keys("left")
	h.paste("7")
	if !strings.Contains(h.screen(), warning) {
		t.Fatalf("the warning went with the answer still ab:\n%s", h.screen())
	}
	h.keys("backspace")
	if strings.Contains(h.screen(), warning) {
		t.Fatalf("the warning stayed once the answer changed:\n%s", h.screen())
	}
}
