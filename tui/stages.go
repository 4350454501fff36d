package tui

// This file moves the run from one stage to the next (the start screen,
// the session, the coach log) and shows the screen of each.

import (
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/script"
)

// openMsg asks the root to open another stage of the run: a new session
// of a script, the unfinished session on offer (or its coach log), or the
// coach log of the session on show.
type openMsg struct {
	start  *script.Script // a new session of this script
	offer  bool           // the unfinished session on offer
	finish bool           // with offer: its coach log
	end    bool           // end the session on show
	reopen bool           // back from the coach log to the session
}

// open moves the core to the stage a message asks for and shows its
// screen.
func (m *Model) open(msg openMsg) tea.Cmd {
	var e app.Effects
	switch stage := m.core.Stage(); {
	case msg.end && stage == app.Running:
		e = m.core.End()
	case msg.reopen:
		var err error
		if e, err = m.core.Reopen(); err != nil {
			return nil
		}
	case (msg.start != nil || msg.offer) && stage != app.Choosing:
		return nil // a second press that came too late
	case msg.start != nil:
		e = m.core.StartScript(msg.start)
	case msg.offer:
		e = m.core.ResumeOffer(msg.finish)
	default:
		return nil
	}
	m.screen = m.screenOf(m.core.Stage())
	m.showHelp, m.quit = false, nil
	return tea.Batch(m.screen.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height}), m.screen.Init(), do(e))
}
