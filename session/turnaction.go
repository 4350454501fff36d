package session

import (
	"fmt"
	"time"

	"partnercoach/timer"
)

// currentTurn returns the current step's id, turn name and timer, or a
// nil timer when the step has no turn.
func (s *Session) currentTurn() (string, string, *timer.Turn) {
	st := s.Current()
	t := s.turns[st.ID]
	if t == nil {
		return st.ID, "", nil
	}
	return st.ID, st.Turn.Name(), t
}

func (StartPause) apply(s *Session, now time.Time) []Event {
	id, name, t := s.currentTurn()
	if t == nil || !t.Running() && s.RunsElsewhere() {
		return nil // one turn runs at a time
	}
	kind := TurnPaused
	switch {
	case !t.Started():
		kind = TurnStarted
	case !t.Running():
		kind = TurnResumed
	}
	t.Toggle(now)
	return []Event{{Kind: kind, At: now, Step: id, Turn: name, Left: t.Left(now)}}
}

// RunsElsewhere reports whether a turn runs on a step other than the
// current one: one left running while the coach looks back.
func (s *Session) RunsElsewhere() bool {
	p, ok := s.LiveTurn()
	return ok && s.turns[s.Step(p).ID].Running()
}

func (a Extend) apply(s *Session, now time.Time) []Event {
	id, name, t := s.currentTurn()
	if t == nil || a.By == 0 {
		return nil
	}
	t.Add(a.By, now)
	return []Event{{Kind: TurnChanged, At: now, Step: id, Turn: name, Left: t.Left(now)}}
}

func (Restart) apply(s *Session, now time.Time) []Event {
	id, name, t := s.currentTurn()
	if t == nil || !t.Started() {
		return nil
	}
	t.Restart()
	return []Event{{Kind: TurnRestarted, At: now, Step: id, Turn: name, Left: t.Left(now)}}
}

// minutesText writes a number of minutes as an answer keeps it, in the
// session and its record: "1 minute", "20 minutes" (never "1 hour").
func minutesText(m int) string {
	if m == 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}
