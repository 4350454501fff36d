package tui

import (
	"fmt"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"
)

// counterModel shows a number that each bumpMsg raises.
type counterModel struct{ n int }

// bumpMsg raises the counter.
type bumpMsg struct{}

func (m counterModel) Init() tea.Cmd { return nil }

func (m counterModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(bumpMsg); ok {
		m.n++
	}
	return m, nil
}

func (m counterModel) View() tea.View { return tea.NewView(fmt.Sprintf("n=%d", m.n)) }

// watchWriter counts what a program writes.
type watchWriter struct {
	mu     sync.Mutex
	writes int
}

func (w *watchWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	return len(p), nil
}

// count returns how many writes there have been.
func (w *watchWriter) count() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.writes
}

// quiet waits until nothing has been written for d and returns the count
// of writes.
func (w *watchWriter) quiet(d time.Duration) int {
	n, since := w.count(), time.Now()
	for time.Since(since) < d {
		time.Sleep(10 * time.Millisecond)
		if c := w.count(); c != n {
			n, since = c, time.Now()
		}
	}
	return n
}

// waitWrite polls until there have been more than n writes and returns
// when it saw them.
func (w *watchWriter) waitWrite(t *testing.T, n int) time.Time {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(time.Millisecond) {
		if w.count() > n {
			return time.Now()
		}
	}
	t.Fatalf("nothing written after write %d", n)
	return time.Time{}
}

// TestFrameAfterIdleIsDrawnAtOnce checks the patched renderer of
// third_party/bubbletea: at one frame a second, a change made after an
// idle spell is drawn at once, not at the next tick of a frame-rate
// ticker, even when a message that changed nothing came in between (as
// the note of a finished autosave does). A ticker would draw each change
// 0 to 1000 ms late. The program runs in a synctest bubble: its ticker
// and the test's waits are on the bubble's fake clock, which moves only
// when every goroutine waits, so the test takes no real second and a
// late frame shows as late however busy the machine is.
func TestFrameAfterIdleIsDrawnAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		out := &watchWriter{}
		p := tea.NewProgram(counterModel{}, tea.WithInput(nil), tea.WithOutput(out),
			tea.WithWindowSize(20, 3), tea.WithFPS(1), tea.WithoutSignalHandler())
		done := make(chan error, 1)
		go func() { _, err := p.Run(); done <- err }()
		defer func() { p.Quit(); <-done }()
		out.waitWrite(t, 0)
		before := out.quiet(1100 * time.Millisecond) // idle for longer than a frame interval
		for i := 1; i <= 3; i++ {
			sent := time.Now()
			p.Send(bumpMsg{})
			drawn := out.waitWrite(t, before)
			if late := drawn.Sub(sent); late > 250*time.Millisecond {
				t.Fatalf("change %d drawn %v after it was made, want at once", i, late)
			} else {
				t.Logf("change %d drawn after %v", i, late)
			}
			time.Sleep(10 * time.Millisecond)
			p.Send(struct{}{}) // changes nothing, within the frame interval
			time.Sleep(time.Until(drawn.Add(1050 * time.Millisecond)))
			before = out.count()
		}
	})
}
