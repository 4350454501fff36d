package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"partnercoach/session"
	"partnercoach/timer"
)

// handle turns session events into what the coach is told: the in-app
// alert always, and a desktop notification or the bell.
func (m *sessionModel) handle(evs []session.Event) tea.Cmd {
	var cmds []tea.Cmd
	for _, ev := range evs {
		if !ev.Alert() {
			continue
		}
		note := ev.Note(m.silent, "press space")
		m.alert, m.alertStep = note.Title, ev.Step
		switch {
		case m.notifier != nil && note.Urgent:
			// The end of a turn: the desktop's attention and the bell,
			// rung here rather than by the notifier (see timer.Note).
			cmds = append(cmds, notifyCmd(m.notifier, note), bellCmd())
		case m.notifier != nil:
			cmds = append(cmds, notifyCmd(m.notifier, note))
		case !m.silent:
			cmds = append(cmds, bellCmd())
		}
	}
	return tea.Batch(cmds...)
}

// notified records a failed notification in the status line and rings
// the bell instead, unless the run is silent.
func (m *sessionModel) notified(msg notifyResultMsg) tea.Cmd {
	if msg.err == nil {
		m.status = ""
		return nil
	}
	m.status = "Desktop notification failed (" + timer.Reason(msg.err) + "); the alert is shown here."
	if m.silent {
		return nil
	}
	return bellCmd()
}

// schedule starts the next tick of the current generation. While an alert
// is to come, it has the notifier get ready for it, so that the alert goes
// out at its instant rather than after a connection is set up.
func (m *sessionModel) schedule(now time.Time) tea.Cmd {
	if w, ok := m.notifier.(timer.Warmer); ok {
		if _, due := m.ses.NextDue(); due {
			w.Warm()
		}
	}
	return m.tick(m.wakeDelay(now), m.gen)
}

// wakeDelay is the real time until the next tick: the next instant the
// screen changes (once a second, on the running turn's own seconds), or
// sooner when an alert falls due, so that it is raised at its instant.
func (m *sessionModel) wakeDelay(now time.Time) time.Duration {
	anchor := m.ses.Started()
	if t := m.ses.Turn(m.ses.Current().ID); t != nil && t.Running() {
		anchor = now.Add(t.Left(now)) // the turn's deadline
	}
	wait := max(m.clock.Wait(nextBoundary(anchor, now).Sub(now)), minRedraw)
	if due, ok := m.ses.NextDue(); ok {
		wait = min(wait, max(m.clock.Wait(due.Sub(now)), time.Millisecond))
	}
	return wait
}

// nextBoundary returns the first instant after now that lies a whole
// number of seconds from anchor.
func nextBoundary(anchor, now time.Time) time.Time {
	d := now.Sub(anchor)
	k := d / time.Second
	if d < 0 && d%time.Second != 0 {
		k--
	}
	return anchor.Add((k + 1) * time.Second)
}
