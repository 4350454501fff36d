package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
)

// The messages the models exchange.
type (
	// tickMsg wakes the session to redraw and to bring its turns up to
	// date. Ticks of an older generation are stale and dropped.
	tickMsg struct{ gen int }
	// resultMsg carries the result of a job of the core back to the loop.
	resultMsg struct{ r app.Result }
	// reportedMsg tells the screen a result the core has taken, with the
	// notices it gave.
	reportedMsg struct {
		r       app.Result
		notices []string
	}
)

// tickCmd wakes the program after the given real delay with a tick of
// generation gen.
func tickCmd(delay time.Duration, gen int) tea.Cmd {
	return tea.Tick(delay, func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}

// do turns what the core asks for into commands: each job run off the
// update loop, its result brought back, and the bell.
func do(e app.Effects) tea.Cmd {
	var cmds []tea.Cmd
	for _, job := range e.Jobs {
		cmds = append(cmds, func() tea.Msg { return resultMsg{r: job()} })
	}
	if e.Bell {
		cmds = append(cmds, bellCmd())
	}
	return tea.Batch(cmds...)
}

// bellCmd rings the terminal bell through the program's own output.
func bellCmd() tea.Cmd { return tea.Raw("\a") }
