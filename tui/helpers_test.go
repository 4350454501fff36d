package tui

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

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
	msgs   []tea.Msg // messages the commands produced, in order
	// keyClock tells when each key is pressed: keys pressed one by one
	// come a second apart, as a person presses commands, so that the
	// rule of bursts sees no typing (see typeFast); the session's clock
	// moves only as the test moves it.
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
	c := &apptest.Clock{T: base}
	n := &apptest.Notifier{}
	k := &apptest.Keeper{}
	cfg := app.Config{Clock: c, Notifier: n, Keeper: k, Fees: fees.Default,
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
	if edit != nil {
		edit(&cfg)
	}
	noTick := func(time.Duration, int) tea.Cmd { return nil } // the test sends ticks itself
	hs := &harness{t: t, m: newModel(cfg, noTick), clock: c, notes: n, keeper: k, keyClock: &apptest.Clock{T: base}}
	hs.m.keyNow = hs.keyClock.Now
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
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
		h.keyClock.Add(time.Second)
		h.send(keyPress(k))
	}
}

// typeFast types text as a typist does, a key every 40 ms, and then
// waits a quiet second.
func (h *harness) typeFast(text string) {
	h.t.Helper()
	h.keyClock.Add(time.Second)
	for _, r := range text {
		h.keyClock.Add(40 * time.Millisecond)
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		h.send(keyPress(k))
	}
	h.keyClock.Add(time.Second)
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
// that come back. The ticks are not made at all: the test moves the clock
// and sends them itself.
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if timerCmd(cmd) {
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
			h.msgs = append(h.msgs, msg)
			if deliver(msg) {
				h.send(msg) // as the program would
			}
		}
	case <-time.After(5 * time.Second):
		h.t.Fatal("a command did not return")
	}
}

// timerCmd reports whether a command only waits for real time to pass
// and then says so: the cursor's blink, or a tick of Bubble Tea's. The
// test drops those rather than sleep through them (the tests move a fake
// clock and send the session's ticks themselves).
func timerCmd(cmd tea.Cmd) bool {
	f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
	if f == nil {
		return false
	}
	name := f.Name()
	return strings.Contains(name, "bubbles/v2/cursor.") || strings.HasPrefix(name, "charm.land/bubbletea/v2.Tick.")
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
// model, as the program would deliver it. Quitting, the bell, and the
// cursor blink (which would blink for ever) stay with the test.
func deliver(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.QuitMsg, tea.RawMsg:
		return false
	}
	name := fmt.Sprintf("%T", msg)
	return !strings.Contains(name, "blink") && !strings.Contains(name, "Blink")
}
