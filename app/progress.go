package app

import (
	"time"

	"partnercoach/session"
)

// Progress is where a step of the session stands, as the agenda shows it.
type Progress int

// The places a step can stand in.
const (
	// Ahead is a step not reached yet.
	Ahead Progress = iota
	// Current is the step on show.
	Current
	// Done is a step the coach has been through: time was spent in it,
	// an item was checked or its choice made, and it has no turn.
	Done
	// Ran is a step whose turn was started: its timer ran.
	Ran
	// Skipped is a step passed by: its turn never started, or nothing was
	// checked in it and it had less than a glance of time.
	Skipped
)

// glance is the time that counts as passing a step by, not doing it.
const glance = 10 * time.Second

// ProgressOf says where the step at position p stands at now. A step is
// past once it lies before the current one, or once it was visited and
// left (time was spent in it).
func ProgressOf(s *session.Session, p int, now time.Time) Progress {
	st := s.Step(p)
	spent := s.Spent(st.ID, now)
	switch {
	case p == s.Pos():
		return Current
	case p > s.Pos() && spent == 0:
		return Ahead
	}
	if t := s.Turn(st.ID); t != nil {
		if t.Started() {
			return Ran
		}
		return Skipped
	}
	if _, made := s.Chosen(st.ID); made {
		return Done // a choice made is the step done, however quickly
	}
	for i := range st.Checklist {
		if s.Checked(st.ID, i) {
			return Done
		}
	}
	if spent < glance {
		return Skipped
	}
	return Done
}

// Word names the progress for a line the accessible mode speaks, or ""
// for a step ahead or on show.
func (p Progress) Word() string {
	switch p {
	case Done:
		return "done"
	case Ran:
		return "its turn ran"
	case Skipped:
		return "skipped"
	}
	return ""
}
