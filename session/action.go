package session

import (
	"slices"
	"time"

	"partnercoach/script"
)

// Action is something the coach does. Apply carries it out.
type Action interface {
	apply(s *Session, now time.Time) []Event
}

// The actions a coach can take.
type (
	// Next moves to the next step.
	Next struct{}
	// Prev moves to the previous step.
	Prev struct{}
	// Toggle ticks off, or clears, a checklist item of the current step.
	Toggle struct{ Item int }
	// Answer records the answer to a checklist item of the current step
	// and ticks it off. For a warning-minutes item, Minutes becomes the
	// warning lead time of the turn the item is for, or else of the
	// newcomer's turns; minutes not shorter than that turn (see
	// WarnLimit) do nothing. For a text item, Text is the answer; one
	// that CheckAnswer refuses does nothing.
	Answer struct {
		Item    int
		Minutes int
		Text    string
	}
	// Choose picks an option of the current step's choice.
	Choose struct{ Option int }
	// StartPause starts, pauses or resumes the current step's turn.
	StartPause struct{}
	// Extend adds time to the current step's turn, or removes it when By
	// is negative.
	Extend struct{ By time.Duration }
	// Restart puts the current step's turn back to its full length.
	Restart struct{}
)

// Apply carries out an action at now and returns what happened. Due timer
// events are brought up to date first. An action that does not fit the
// current step does nothing and returns no events. The first action that
// changes the session starts the call's clock, before it takes effect.
// Every change can be undone (see Undo).
func (s *Session) Apply(a Action, now time.Time) []Event {
	evs := s.Advance(now)
	if _, ok := a.(Undo); ok {
		return append(evs, s.undo(now)...)
	}
	before := s.memento()
	var got []Event
	if s.call == CallWaiting && startsCall(a) {
		got = s.startCall(CallAtFirstAction, now)
	}
	done := a.apply(s, now)
	if len(done) == 0 {
		s.restore(before)
		return evs
	}
	s.underway = true
	s.remember(a, before, now)
	return append(evs, append(got, done...)...)
}

// Advance brings every turn up to now and returns the events that fell
// due. At most one turn runs: its own step's, or, while the coach looks
// back at an earlier step, the turn left running ahead (see moveTo).
func (s *Session) Advance(now time.Time) []Event {
	var evs []Event
	for _, i := range s.order {
		st := s.script.Steps[i]
		if t := s.turns[st.ID]; t != nil {
			for _, ev := range t.Advance(now) {
				evs = append(evs, fromTimer(st.ID, st.Turn.Name(), ev, s.Real))
			}
		}
	}
	slices.SortStableFunc(evs, func(a, b Event) int { return a.At.Compare(b.At) })
	return evs
}

// NextDue returns the earliest instant at which a running turn has an
// event due, and false if none has.
func (s *Session) NextDue() (time.Time, bool) {
	var best time.Time
	found := false
	for _, t := range s.turns {
		if at, ok := t.NextDue(); ok && (!found || at.Before(best)) {
			best, found = at, true
		}
	}
	return best, found
}

// moveTo makes the step at pos current, recording the time spent.
// Looking back is a peek: a turn keeps running while the coach is on an
// earlier step. Moving on past a started turn ends it (timer.Turn.Close):
// it stops, its time is what it really ran, and it waits on nobody.
func (s *Session) moveTo(pos int, now time.Time) []Event {
	if pos < 0 || pos >= len(s.order) || pos == s.pos {
		return nil
	}
	id := s.Current().ID
	s.spent[id] += now.Sub(s.entered)
	s.pos, s.entered = pos, now
	return append(s.closePassed(now), Event{Kind: StepEntered, At: now, Step: s.Current().ID})
}

// closePassed ends every started turn, not yet ended, on a step behind
// the current one, and says so.
func (s *Session) closePassed(now time.Time) []Event {
	var evs []Event
	for p := 0; p < s.pos; p++ {
		st := s.Step(p)
		if t := s.turns[st.ID]; t != nil && t.Started() && !t.Closed() {
			t.Close(now)
			evs = append(evs, Event{Kind: TurnClosed, At: now, Step: st.ID, Turn: st.Turn.Name(), Left: t.Left(now)})
		}
	}
	return evs
}

// LiveTurn returns the position of a step other than the current one
// whose turn is live: started and not ended, so running, or paused
// waiting on the coach, while the coach looks back. A running turn comes
// first. It reports false when there is none.
func (s *Session) LiveTurn() (int, bool) {
	found, at := false, 0
	for p := range s.order {
		t := s.turns[s.Step(p).ID]
		if p == s.pos || t == nil || !t.Started() || t.Closed() {
			continue
		}
		if t.Running() {
			return p, true
		}
		if !found {
			found, at = true, p
		}
	}
	return at, found
}

// NextStep returns the step after the current one, to preview it without
// leaving the current step, and false at the last step.
func (s *Session) NextStep() (script.Step, bool) {
	if s.pos+1 >= len(s.order) {
		return script.Step{}, false
	}
	return s.Step(s.pos + 1), true
}

func (Next) apply(s *Session, now time.Time) []Event { return s.moveTo(s.pos+1, now) }
func (Prev) apply(s *Session, now time.Time) []Event { return s.moveTo(s.pos-1, now) }

func (a Toggle) apply(s *Session, now time.Time) []Event {
	id := s.Current().ID
	c := s.checks[id]
	if a.Item < 0 || a.Item >= len(c) {
		return nil
	}
	c[a.Item] = !c[a.Item]
	return []Event{{Kind: ItemToggled, At: now, Step: id}}
}

func (a Answer) apply(s *Session, now time.Time) []Event {
	st := s.Current()
	if a.Item < 0 || a.Item >= len(st.Checklist) {
		return nil
	}
	var text string
	if st.Checklist[a.Item].Answer == script.TextAnswer {
		t, err := CheckAnswer(a.Text)
		if err != nil {
			return nil
		}
		text = t
	} else {
		if a.Minutes < 0 || a.Text != "" || !s.warnFits(a.Item, a.Minutes) {
			return nil
		}
		text = minutesText(a.Minutes)
	}
	if s.answers[st.ID] == nil {
		s.answers[st.ID] = map[int]string{}
	}
	s.answers[st.ID][a.Item] = text
	s.checks[st.ID][a.Item] = true
	if it := st.Checklist[a.Item]; it.Answer == script.WarnMinutes {
		s.setWarn(it, time.Duration(a.Minutes)*time.Minute, now)
	}
	return []Event{{Kind: AnswerSet, At: now, Step: st.ID}}
}

func (a Choose) apply(s *Session, now time.Time) []Event {
	st := s.Current()
	if st.Choice == nil || a.Option < 0 || a.Option >= len(st.Choice.Options) {
		return nil
	}
	was := s.turnPlans()
	s.choices[st.ID] = a.Option
	s.reorder()
	s.resize(was, now)
	return []Event{{Kind: OptionChosen, At: now, Step: st.ID}}
}
