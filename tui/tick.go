package tui

// This file schedules the session screen's one tick chain: when the
// program wakes next, by the turn's deadline and the next alert due.

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// schedule starts the next tick of the current generation.
func (m *sessionModel) schedule(now time.Time) tea.Cmd {
	return m.tick(m.wakeDelay(now), m.gen)
}

// wakeDelay is the real time until the next tick: the next instant the
// screen changes (once a second, on the running turn's own seconds), or
// sooner when an alert falls due, so that it is raised at its instant.
func (m *sessionModel) wakeDelay(now time.Time) time.Duration {
	anchor := m.ses.Started()
	if anchor.IsZero() { // the call has not started: the screen changes on the opening's seconds
		anchor = m.ses.Opened()
	}
	if t := m.ses.Turn(m.ses.Current().ID); t != nil && t.Running() {
		anchor = now.Add(t.Left(now)) // the turn's deadline
	}
	wait := max(m.clock.Wait(nextBoundary(anchor, now).Sub(now)), minRedraw)
	if due, ok := m.core.NextWake(); ok {
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
