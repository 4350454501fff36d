package session

import (
	"maps"
	"time"

	"partnercoach/timer"
)

// Undo reverts the last change of this run that has not been undone:
// again and again, back through every change since the session was made
// or brought back. It returns an Undone event saying what it undid, and
// nothing when there is nothing left to undo.
//
// Undoing treats the change as if it had never been made, against the
// real clock: undoing a pause lets the turn run on as if never paused
// (the time since counts), undoing a start or a resume puts the turn back
// as it was (the time since does not count), and undoing a move returns
// to the step left, with its turn running again if leaving paused it.
// Minutes added and warnings set while a turn runs are taken back from
// the turn as it is now, so that alerts already given are not given
// twice. The history is not saved: a session brought back from its
// autosave starts with none.
type Undo struct{}

func (Undo) apply(*Session, time.Time) []Event { return nil } // see Session.undo

// maxUndo bounds the history of changes kept for Undo.
const maxUndo = 1000

// change is one undoable change: what it did, the state before it, and
// how to put its turns back.
type change struct {
	undid  string
	before memento
	turns  []turnFix
	// call is whether the change started the call's clock as a side
	// effect: the coach's first change.
	call bool
}

// turnFix says how to put one turn back. A turn whose running changed
// (started, paused, resumed, restarted) gets its whole state back, since
// no alert of it can have fallen due since; otherwise the length and the
// warning are changed back on the turn as it is now.
type turnFix struct {
	id       string
	whole    bool
	state    timer.SavedTurn
	added    time.Duration
	warn     time.Duration
	warnBack bool
}

// memento is the state of a session but its turns, and its turns' states
// for comparison.
type memento struct {
	pos      int
	order    []int
	entered  time.Time
	started  time.Time
	call     CallStart
	underway bool
	ended    time.Time
	checks   map[string][]bool
	answers  map[string]map[int]string
	choices  map[string]int
	spent    map[string]time.Duration
	notes    int
	marks    int
	turns    map[string]timer.SavedTurn
}

// memento returns a copy of the session's state.
func (s *Session) memento() memento {
	m := memento{
		pos: s.pos, order: append([]int(nil), s.order...), entered: s.entered,
		started: s.started, call: s.call, underway: s.underway, ended: s.ended,
		checks: map[string][]bool{}, answers: map[string]map[int]string{},
		choices: maps.Clone(s.choices), spent: maps.Clone(s.spent),
		notes: len(s.notes), marks: len(s.marks), turns: map[string]timer.SavedTurn{},
	}
	for id, c := range s.checks {
		m.checks[id] = append([]bool(nil), c...)
	}
	for id, a := range s.answers {
		m.answers[id] = maps.Clone(a)
	}
	for id, t := range s.turns {
		m.turns[id] = t.Saved()
	}
	return m
}

// restore puts back the state of a memento, but its turns.
func (s *Session) restore(m memento) {
	s.pos, s.order, s.entered = m.pos, m.order, m.entered
	s.started, s.call, s.underway, s.ended = m.started, m.call, m.underway, m.ended
	s.checks, s.answers, s.choices, s.spent = m.checks, m.answers, m.choices, m.spent
	s.notes, s.marks = s.notes[:m.notes], s.marks[:m.marks]
}

// remember keeps the change that action a made from the state before.
func (s *Session) remember(a Action, before memento, now time.Time) {
	_, byKey := a.(StartCall)
	c := change{undid: s.describe(a, before), before: before,
		call: !byKey && before.call == CallWaiting && s.call != CallWaiting}
	for id, t := range s.turns {
		was, is := before.turns[id], t.Saved()
		switch {
		case was.Started != is.Started || was.Running != is.Running:
			c.turns = append(c.turns, turnFix{id: id, whole: true, state: was})
		case was.Length != is.Length || was.Warn != is.Warn:
			c.turns = append(c.turns, turnFix{id: id, added: is.Length - was.Length,
				warn: was.Warn, warnBack: was.Warn != is.Warn})
		}
	}
	if len(s.history) == maxUndo {
		s.history = append(s.history[:0], s.history[1:]...)
	}
	s.history = append(s.history, c)
}

// undo reverts the last change at now.
func (s *Session) undo(now time.Time) []Event {
	if len(s.history) == 0 {
		return nil
	}
	c := s.history[len(s.history)-1]
	s.history = s.history[:len(s.history)-1]
	s.restore(c.before)
	for _, f := range c.turns {
		s.putBack(f, now)
	}
	undid := c.undid
	if c.call {
		undid += "; the session clock waits for the call again"
	}
	return []Event{{Kind: Undone, At: now, Step: s.Current().ID, Undid: undid}}
}

// putBack puts one turn back as a change found it.
func (s *Session) putBack(f turnFix, now time.Time) {
	t := s.turns[f.id]
	if f.whole {
		st := s.script.Steps[s.script.StepIndex(f.id)]
		if back, err := timer.RestoreTurn(st.Turn.SegmentLengths(), f.state); err == nil {
			s.turns[f.id] = back
		}
		return
	}
	if f.added != 0 {
		t.Add(-f.added, now)
	}
	if f.warnBack {
		t.SetWarn(f.warn, now)
	}
}

// CanUndo returns what Undo would undo now, and false when nothing is
// left to undo.
func (s *Session) CanUndo() (string, bool) {
	if len(s.history) == 0 {
		return "", false
	}
	return s.history[len(s.history)-1].undid, true
}
