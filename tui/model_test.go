package tui

import (
	"image/color"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/internal/e2e"
	"partnercoach/notify"
)

func TestKeysMoveBetweenSteps(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("n", "right")
	if !strings.Contains(h.screen(), "step 3 of 11") {
		t.Fatalf("after n and →: %s", h.screen())
	}
	h.keys("p", "left", "left")
	if !strings.Contains(h.screen(), "step 1 of 11") {
		t.Fatalf("after p and ← twice: %s", h.screen())
	}
}

func TestChecklistToggleAndSelect(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("down", "x")
	s := h.screen()
	if !strings.Contains(s, "[ ] Said I'm a partnership coach") || !strings.Contains(s, "› [x] Said I'm not a therapist") {
		t.Fatalf("second item should be checked off and selected:\n%s", s)
	}
	h.keys("enter")
	if strings.Contains(h.screen(), "[x]") {
		t.Fatalf("enter should clear the item again:\n%s", h.screen())
	}
}

func TestWarningNotificationNamesTurnNotNewcomer(t *testing.T) {
	h := newHarnessWith(t, "first", 80, 24, func(c *app.Config) { c.Sound = true })
	h.toStep("Their turn")
	h.keys("space")
	h.tick(10 * time.Minute)
	if len(h.notes.Notes) != 1 {
		t.Fatalf("want one notification at the warning, got %+v", h.notes.Notes)
	}
	if h.bells() != 0 {
		t.Fatalf("a delivered warning should not ring the bell, rang %d", h.bells())
	}
	n := h.notes.Notes[0]
	if n.Title != "Newcomer's turn: 2 minutes left" || n.Urgent {
		t.Fatalf("warning note = %+v", n)
	}
	h.tick(2 * time.Minute)
	if len(h.notes.Notes) != 2 || h.notes.Notes[1].Title != "Newcomer's turn: time is up" || !h.notes.Notes[1].Urgent {
		t.Fatalf("end note = %+v", h.notes.Notes)
	}
	for _, n := range h.notes.Notes {
		if strings.Contains(n.Title+n.Body, "Alice") {
			t.Fatalf("a notification names the newcomer: %+v", n)
		}
	}
	// With sound, the end of the turn rings the bell beside its urgent
	// note: the notifier itself never writes to the terminal.
	if h.bells() != 1 {
		t.Fatalf("the end of the turn rang the bell %d times, want once", h.bells())
	}
}

// TestQuietByDefault: without sound asked for, no alert rings the bell
// and the end of a turn asks the desktop for no sound.
func TestQuietByDefault(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("Their turn")
	h.keys("space")
	h.tick(12 * time.Minute)
	if len(h.notes.Notes) != 2 || !h.notes.Notes[1].Urgent || h.notes.Notes[1].Sound || h.bells() != 0 {
		t.Fatalf("notes %+v, %d bells: want two notes, the end urgent without a sound, no bell", h.notes.Notes, h.bells())
	}
}

func TestSegmentBoundaryPausesAndNotifies(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("space")
	h.tick(5*time.Minute + 20*time.Second) // the tick comes late
	s := h.screen()
	if !strings.Contains(s, "10:00 left · paused for 0:20 · segment 2 of 3") {
		t.Fatalf("the turn should wait at the boundary with 10:00 left:\n%s", s)
	}
	if len(h.notes.Notes) != 1 || h.notes.Notes[0].Title != "Coach's turn: segment 1 of 3 done" {
		t.Fatalf("notes = %+v", h.notes.Notes)
	}
	h.keys("space")
	h.tick(time.Minute)
	if !strings.Contains(h.screen(), "9:00 left · running · segment 2 of 3") {
		t.Fatalf("after resuming for a minute:\n%s", h.screen())
	}
}

func TestFailedNotificationFallsBack(t *testing.T) {
	for _, sound := range []bool{true, false} {
		h := newHarnessWith(t, "first", 80, 24, func(c *app.Config) { c.Sound = sound })
		h.notes.Err = notify.ErrNoBus
		h.toStep("Their turn")
		h.keys("space")
		h.tick(10 * time.Minute)
		s := h.screen()
		if !strings.Contains(s, "Desktop notification failed (no D-Bus session bus)") {
			t.Fatalf("sound=%v: the status line should say the notification failed:\n%s", sound, s)
		}
		if !strings.Contains(s, "Warning: 2 minutes left in the newcomer's turn") {
			t.Fatalf("sound=%v: the in-app alert is missing:\n%s", sound, s)
		}
		if want := map[bool]int{true: 1, false: 0}[sound]; h.bells() != want {
			t.Fatalf("sound=%v: bells = %d, want %d", sound, h.bells(), want)
		}
	}
}

func TestNoNotifierRingsBellOnlyWithSound(t *testing.T) {
	for sound, want := range map[bool]int{true: 2, false: 0} {
		h := newHarnessWith(t, "first", 80, 24, func(c *app.Config) { c.Notifier, c.Sound = nil, sound })
		h.toStep("Their turn")
		h.keys("space")
		h.tick(10 * time.Minute) // the warning
		h.tick(2 * time.Minute)  // the end
		if h.bells() != want {
			t.Fatalf("sound=%v: %d bells for the warning and the end, want %d", sound, h.bells(), want)
		}
	}
}

func TestStaleTickIsDropped(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("Their turn")
	s := h.m.screen.(*sessionModel)
	old := s.gen
	h.keys("space") // a new generation starts
	h.clock.Add(11 * time.Minute)
	h.send(tickMsg{gen: old})
	if len(h.notes.Notes) != 0 {
		t.Fatalf("a stale tick advanced the session: %+v", h.notes.Notes)
	}
	h.send(tickMsg{gen: s.gen})
	if len(h.notes.Notes) != 1 {
		t.Fatalf("the live tick should bring the warning: %+v", h.notes.Notes)
	}
}

func TestMinutesAnswerSetsNewcomerWarning(t *testing.T) {
	h := newHarness(t, "followup", 80, 24)
	h.toStep("Three questions")
	h.keys("down", "enter", "a", "0", "enter")
	if !strings.Contains(h.screen(), "Type a whole number of minutes") {
		t.Fatalf("0 minutes should be refused:\n%s", h.screen())
	}
	h.keys("backspace", "5", "enter")
	h.toStep("Their turn")
	if !strings.Contains(h.screen(), "warning at 5:00") {
		t.Fatalf("the newcomer's turn should warn at 5:00:\n%s", h.screen())
	}
	h.keys("space")
	h.tick(10 * time.Minute)
	if len(h.notes.Notes) != 1 || h.notes.Notes[0].Title != "Newcomer's turn: 5 minutes left" {
		t.Fatalf("notes = %+v", h.notes.Notes)
	}
}

func TestExtendAndShorten(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("Their turn")
	h.keys("+", "+", "-")
	if !strings.Contains(h.screen(), "13:00 left · not started") {
		t.Fatalf("after +, +, -:\n%s", h.screen())
	}
}

func TestQuit(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("q")
	if h.quitting() || !strings.Contains(h.screen(), "Nothing was done in the session") {
		t.Fatal("q before anything was done asks too: a q typed as a word's first letter must not close the program")
	}
	h.choose(app.CmdYes)
	if !h.quitting() {
		t.Fatal("q and y before anything was done should quit")
	}
	h = newHarness(t, "first", 80, 24)
	h.keys("x", "q")
	if h.quitting() {
		t.Fatal("q under way should ask first")
	}
	h.keys("n")
	if h.quitting() || strings.Contains(h.screen(), "Quit?") || h.session().Pos() != 0 {
		t.Fatal("a letter closes the question, staying, and is no command")
	}
	h.keys("esc", "q", "esc")
	if h.quitting() || strings.Contains(h.screen(), "Quit?") {
		t.Fatal("esc stays")
	}
	h.keys("q")
	h.choose(app.CmdYes)
	if !h.quitting() {
		t.Fatal("y should quit")
	}
	h = newHarness(t, "first", 80, 24)
	h.keys("x", "ctrl+c")
	if !h.quitting() {
		t.Fatal("ctrl+c should quit at once")
	}
}

func TestStartScreenOpensChosenScript(t *testing.T) {
	h := newHarness(t, "", 80, 24)
	h.keys("down", "enter")
	if s := h.session(); s == nil || s.Script().Name != "followup" || !strings.Contains(h.screen(), "Questions since last time") {
		t.Fatalf("enter on the second script should open it:\n%s", h.screen())
	}
}

func TestWakeDelay(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	s := h.m.screen.(*sessionModel)
	h.clock.Add(300 * time.Millisecond)
	if d := s.wakeDelay(h.clock.Now()); d != 700*time.Millisecond {
		t.Fatalf("idle: wake in %v, want the next second of the session clock (700ms)", d)
	}
	h.toStep("Their turn")
	h.keys("space")
	h.clock.Add(9*time.Minute + 59*time.Second + 750*time.Millisecond)
	if d := s.wakeDelay(h.clock.Now()); d != 250*time.Millisecond {
		t.Fatalf("before the warning: wake in %v, want the due instant (250ms)", d)
	}
	h.clock.Add(200 * time.Millisecond)
	if d := s.wakeDelay(h.clock.Now()); d != 50*time.Millisecond {
		t.Fatalf("50ms before the warning: wake in %v, want 50ms, not the 100ms redraw floor", d)
	}
}

func TestBackgroundPicksStyles(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.send(tea.BackgroundColorMsg{Color: color.White})
	if h.m.styles.isDark {
		t.Fatal("a white background should give the light styles")
	}
	h.send(tea.BackgroundColorMsg{Color: color.Black})
	if !h.m.styles.isDark {
		t.Fatal("a black background should give the dark styles")
	}
}

// TestMovingOnEndsTheTurnAndLookingBackIsAPeek: moving on past a running
// turn ends it, and says so; back on its step it shows what it ran.
// Looking back from a running turn leaves it running, shown in the header.
func TestMovingOnEndsTheTurnAndLookingBackIsAPeek(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("Their turn")
	h.keys("space")
	h.tick(90 * time.Second)
	h.keys("n")
	if s := strings.Join(strings.Fields(h.screen()), " "); !strings.Contains(s, "The newcomer's turn ended as you moved on: it ran 1:30 of 12:00 (u takes it back).") {
		t.Fatalf("moving on says the turn ended:\n%s", s)
	}
	h.tick(20 * time.Minute)
	if s := h.screen(); strings.Contains(s, "running") || strings.Contains(s, "⚠") {
		t.Fatalf("a turn left behind neither runs nor alerts on the next step:\n%s", s)
	}
	h.keys("p")
	if s := h.screen(); !strings.Contains(s, "10:30 left · ended as you moved on: it ran 1:30") {
		t.Fatalf("back on its step the turn has the time it had when left:\n%s", s)
	}
	h.keys("space", "p")
	h.tick(time.Minute)
	s := h.screen()
	if !strings.Contains(s, "▶ Newcomer's turn on step 9: 9:30 left, running; n goes back to it.") || !h.session().Turn("newcomer-turn").Running() {
		t.Fatalf("looking back, the turn runs on, in the header:\n%s", s)
	}
	h.keys("n")
	if s := h.screen(); strings.Contains(s, "▶ Newcomer's turn") || !strings.Contains(s, "9:30 left · running") {
		t.Fatalf("back on its step, the turn runs:\n%s", s)
	}
}

func TestTimerKeyOnStepWithoutTurn(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("space")
	if !strings.Contains(h.screen(), "This step has no timer") {
		t.Fatalf("space on a step without a turn should say so:\n%s", h.screen())
	}
	h.keys("down")
	if strings.Contains(h.screen(), "This step has no timer") {
		t.Fatal("the hint should go with the next key")
	}
}

// TestRandomKeysInTheCoachLog presses random keys in the coach log form,
// at random sizes, until it is written or the keys run out: no panic, and
// the view always fits.
func TestRandomKeysInTheCoachLog(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		keys := []string{"up", "down", "enter", "tab", "esc", "x", "1", "backspace", "space", "q", "r", "?"}
		h := newHarness(t, "first", 100, 30)
		h.keys("x", "m", "E")
		h.choose(app.CmdYes)
		rng := rand.New(rand.NewPCG(3, 5))
		w, ht := 100, 30
		for i := 0; i < 150 && len(h.keeper.Records) == 0; i++ {
			if rng.IntN(10) == 0 {
				w, ht = rng.IntN(200)+1, rng.IntN(60)+1
				h.send(teaSize(w, ht))
			}
			h.keys(keys[rng.IntN(len(keys))])
			lines := strings.Split(h.screen(), "\n")
			if len(lines) > ht {
				t.Fatalf("at %d×%d the coach log is %d lines tall", w, ht, len(lines))
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Fatalf("at %d×%d a line of the coach log is %d wide: %q", w, ht, ansi.StringWidth(l), l)
				}
			}
		}
	})
}

// TestRandomKeysNeverPanic presses thousands of random keys, with ticks
// and resizes among them, in both scripts, and draws after each.
func TestRandomKeysNeverPanic(t *testing.T) {
	keys := []string{"n", "p", "left", "right", "up", "down", "space", "x", "enter", "+", "-",
		"R", "a", "?", "pgup", "pgdown", "esc", "backspace", "3", "0", "q", "n", "y",
		"N", "m", "c", "/", "tab"}
	for _, name := range []string{"first", "followup", "coaching", ""} {
		t.Run("script "+name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, name, 80, 24)
			rng := rand.New(rand.NewPCG(1, uint64(len(name))))
			for i := 0; i < randomKeyPresses() && !h.quitting(); i++ {
				switch r := rng.IntN(20); {
				case r == 0:
					h.send(teaSize(rng.IntN(300)+1, rng.IntN(100)+1))
				case r < 4:
					h.tick(time.Duration(rng.IntN(120)) * time.Second)
				default:
					k := keys[rng.IntN(len(keys))]
					if k == "y" || k == "q" {
						k = "x" // keep the session going
					}
					h.keys(k)
				}
				_ = h.screen()
			}
		})
	}
}

// randomKeyPresses is how many random presses TestRandomKeysNeverPanic
// makes in each script: 1,000 in the README's test run, 6,000 with the
// long drills (PARTNERCOACH_DRILLS=1, as CI runs them).
func randomKeyPresses() int {
	if os.Getenv(e2e.DrillsVar) == "1" {
		return 6000
	}
	return 1000
}
