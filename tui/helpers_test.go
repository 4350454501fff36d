package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/around/fees"
	"partnercoach/script"
	"partnercoach/session"
)

// base is the fixed start time of every test session.
var base = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// harness drives a root model with a fake clock and notifier.
type harness struct {
	t      testing.TB
	m      *Model
	clock  *apptest.Clock
	notes  *apptest.Notifier
	keeper *apptest.Keeper
	// avail keeps the coach's answers on coaching again.
	avail *apptest.Available
	msgs  []tea.Msg // messages the commands produced, in order
	// keyClock tells when each key is pressed: keys pressed one by one
	// come two seconds apart, each the start of a run of its own, as a
	// person presses commands with a look at the screen between them,
	// so that the rule of typing sees none (see typeAt); the session's
	// clock moves only as the test moves it.
	keyClock *apptest.Clock
}

// newHarness opens the named built-in script (or the start screen when
// name is empty) at the given size.
func newHarness(t testing.TB, name string, w, h int) *harness {
	t.Helper()
	return newHarnessWith(t, name, w, h, nil)
}

// newHarnessWith is newHarness with a last change to the configuration,
// such as a session to resume.
func newHarnessWith(t testing.TB, name string, w, h int, edit func(*app.Config)) *harness {
	t.Helper()
	return newHarnessDrawn(t, name, w, h, edit, Options{})
}

// newHarnessDrawn is newHarnessWith with the screen's own options, such
// as a fixed background.
func newHarnessDrawn(t testing.TB, name string, w, h int, edit func(*app.Config), opts Options) *harness {
	t.Helper()
	cfg := testConfig(t, name)
	hs := &harness{t: t, clock: cfg.Clock.(*apptest.Clock), notes: cfg.Notifier.(*apptest.Notifier),
		keeper: cfg.Keeper.(*apptest.Keeper), keyClock: &apptest.Clock{T: base}, avail: &apptest.Available{}}
	cfg.Availability.Keep = hs.avail.Keep
	if edit != nil {
		edit(&cfg)
	}
	noTick := func(time.Duration, int) tea.Cmd { return nil } // the test sends ticks itself
	hs.m = newModel(cfg, opts, noTick)
	hs.m.keyNow = hs.keyClock.Now
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// testConfig is the configuration of a test's run: the built-in scripts,
// the named one opened at once (none: the start screen), with a fake
// clock at base, a fake notifier and keeper, and a newcomer's first
// session.
func testConfig(t testing.TB, name string) app.Config {
	t.Helper()
	cfg := app.Config{Clock: &apptest.Clock{T: base}, Notifier: &apptest.Notifier{}, Keeper: &apptest.Keeper{}, Fees: fees.Default,
		Session: session.Options{Newcomer: "Alice Example", Number: 1}}
	for _, nm := range script.BuiltinNames() {
		s, err := script.Builtin(nm)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Scripts = append(cfg.Scripts, s)
		if nm == name {
			cfg.Start = s
		}
	}
	return cfg
}

// send delivers a message and runs the commands it returns.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// keys presses each key in turn: a single character, or a name such as
// "space", "enter", "up", "down", "ctrl+c".
func (h *harness) keys(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.keyClock.Add(2 * time.Second)
		h.send(keyPress(k))
	}
}

// typeAt types text a key every gap, after a pause of two seconds.
func (h *harness) typeAt(text string, gap time.Duration) {
	h.t.Helper()
	h.keyClock.Add(2 * time.Second)
	for _, r := range text {
		h.keyClock.Add(gap)
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		h.send(keyPress(k))
	}
}

// keyPress builds the key press message for a key name.
func keyPress(k string) tea.KeyPressMsg {
	named := map[string]rune{
		"space": tea.KeySpace, "enter": tea.KeyEnter, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "esc": tea.KeyEscape,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "backspace": tea.KeyBackspace,
		"tab": tea.KeyTab,
	}
	if k == "ctrl+c" || k == "ctrl+b" {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	if r, ok := named[k]; ok {
		if r == tea.KeySpace {
			return tea.KeyPressMsg{Code: r, Text: " "}
		}
		return tea.KeyPressMsg{Code: r}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// run executes a command and any batch it holds, keeping the messages
// that come back and delivering them, as the program would, by what they
// are (see deliver). A command that waits on a timer, such as a cursor's
// blink, waits on the bubble's fake clock when the test runs in
// synctest.Test, and costs no real time.
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				h.run(c)
			}
		case nil:
		default:
			if blink(msg) && !inBubble() {
				h.t.Error("a cursor's blink waited on the real clock: run the test in synctest.Test")
			}
			h.msgs = append(h.msgs, msg)
			if deliver(msg) {
				h.send(msg) // as the program would
			}
		}
	case <-time.After(5 * time.Second):
		h.t.Fatal("a command did not return")
	}
}

// tick moves the clock by d and delivers a tick of the live generation.
func (h *harness) tick(d time.Duration) {
	h.t.Helper()
	h.clock.Add(d)
	if s, ok := h.m.screen.(*sessionModel); ok {
		h.send(tickMsg{gen: s.gen})
	}
}

// screen returns the view without styling, as a reader sees it.
func (h *harness) screen() string {
	return ansi.Strip(h.m.View().Content)
}

// quitting reports whether a command asked the program to quit.
func (h *harness) quitting() bool {
	for _, m := range h.msgs {
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

// bells counts the bells rung through the program.
func (h *harness) bells() int {
	n := 0
	for _, m := range h.msgs {
		if r, ok := m.(tea.RawMsg); ok && r.Msg == "\a" {
			n++
		}
	}
	return n
}

// toStep presses n until the step with the given title prefix is on
// screen.
func (h *harness) toStep(prefix string) {
	h.t.Helper()
	s := h.m.screen.(*sessionModel)
	for i := 0; i < s.ses.Len(); i++ {
		if strings.HasPrefix(s.ses.Current().Title, prefix) {
			return
		}
		h.keys("n")
	}
	h.t.Fatalf("no step titled %q", prefix)
}

// teaSize is a window size message.
func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// deliver reports whether a message a command returned goes back to the
// model, as the program would deliver it. Quitting and the bell stay with
// the test, and so do the cursor's blinks, which would blink for ever;
// the session's ticks are not made at all (the tests send them with
// tick).
func deliver(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.QuitMsg, tea.RawMsg:
		return false
	}
	return !blink(msg)
}

// blink reports whether a message is a cursor's blink, or the one that
// starts its blinking.
func blink(msg tea.Msg) bool {
	_, ok := msg.(cursor.BlinkMsg)
	return ok || reflect.TypeOf(msg) == reflect.TypeOf(cursor.Blink())
}

// inBubble reports whether the test runs in a synctest bubble, whose
// fake clock starts at midnight UTC on 1 January 2000 (the tests' own
// clocks are apptest.Clocks, in 2026).
func inBubble() bool { return time.Now().Before(time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)) }

// choose answers the question on show (app.Asking) with the answer that
// does c: → until it is chosen, then enter, as a person does.
func (h *harness) choose(c app.Command) {
	h.t.Helper()
	for range 4 {
		a := h.asking()
		if a == nil {
			h.t.Fatalf("no question on show:\n%s", h.screen())
		}
		if a.Options[a.Chosen()].Command == c {
			h.keys("enter")
			return
		}
		h.keys("right")
	}
	h.t.Fatalf("the question on show has no answer %d:\n%s", c, h.screen())
}

// asking returns the question on show, or nil.
func (h *harness) asking() *app.Asking {
	switch s := h.m.screen.(type) {
	case *sessionModel:
		if s.confirm != nil && h.m.quit == nil {
			return &s.confirm.ask
		}
	case *startModel:
		if s.discarding != nil {
			return s.discarding
		}
	}
	return h.m.quit
}
