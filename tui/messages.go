package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"partnercoach/timer"
)

// The messages the models exchange.
type (
	// tickMsg wakes the session to redraw and to bring its turns up to
	// date. Ticks of an older generation are stale and dropped.
	tickMsg struct{ gen int }
	// notifyResultMsg reports how a desktop notification went.
	notifyResultMsg struct {
		note timer.Note
		err  error
	}
	// startSessionMsg asks the root to open a session of a script.
	startSessionMsg struct{ index int }
)

// tickCmd wakes the program after the given real delay with a tick of
// generation gen.
func tickCmd(delay time.Duration, gen int) tea.Cmd {
	return tea.Tick(delay, func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}

// notifyCmd sends a note to the desktop, off the update loop, and reports
// the outcome. The notifier bounds how long it waits.
func notifyCmd(n timer.Notifier, note timer.Note) tea.Cmd {
	return func() tea.Msg {
		err := n.Notify(context.Background(), note)
		return notifyResultMsg{note: note, err: err}
	}
}

// bellCmd rings the terminal bell through the program's own output.
func bellCmd() tea.Cmd { return tea.Raw("\a") }
