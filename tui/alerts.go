package tui

import (
	"errors"
	"fmt"
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
		note := alertNote(ev, m.silent)
		m.alert, m.alertStep = note.Title, ev.Step
		switch {
		case m.notifier != nil:
			cmds = append(cmds, notifyCmd(m.notifier, note))
		case !m.silent:
			cmds = append(cmds, bellCmd())
		}
	}
	return tea.Batch(cmds...)
}

// alertNote writes the notification for an alert event. It names the turn
// by its role and the time left, and never the newcomer.
func alertNote(ev session.Event, silent bool) timer.Note {
	var n timer.Note
	switch ev.Kind {
	case session.SegmentDone:
		n.Title = fmt.Sprintf("%s: segment %d of %d done", ev.Turn, ev.Segment, ev.Segments)
		n.Body = "Time to check in. The timer is paused until you press space."
	case session.WarningDue:
		n.Title = fmt.Sprintf("%s: %s", ev.Turn, leftPhrase(ev.Left))
		n.Body = "The turn ends at " + ev.At.Add(ev.Left).Format("15:04") + "."
	case session.TurnEnded:
		n.Title = ev.Turn + ": time is up"
		n.Body = "Overtime now counts up on screen."
		n.Urgent = !silent
	}
	return n
}

// notified records a failed notification in the status line and rings
// the bell instead, unless the run is silent.
func (m *sessionModel) notified(msg notifyResultMsg) tea.Cmd {
	if msg.err == nil {
		m.status = ""
		return nil
	}
	m.status = "Desktop notification failed (" + reason(msg.err) + "); the alert is shown here."
	if m.silent {
		return nil
	}
	return bellCmd()
}

// reason says briefly why a notification failed.
func reason(err error) string {
	switch {
	case errors.Is(err, timer.ErrNoBus):
		return "no D-Bus session bus"
	case errors.Is(err, timer.ErrTimeout):
		return "the notification server did not answer"
	case errors.Is(err, timer.ErrBusy):
		return "the notification server is still busy"
	}
	return firstLine(err.Error())
}

// schedule starts the next tick of the current generation.
func (m *sessionModel) schedule(now time.Time) tea.Cmd {
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
