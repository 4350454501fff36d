package session

import (
	"time"

	"partnercoach/script"
)

// This file works out the planned times that the options chosen so far
// change: an option may set the length of turns (script.Option.Lengths),
// such as the halves of a peer session.

// turnPlan returns the planned length of a step's turn: the length the
// options chosen so far give it, the last in script order winning, or
// else the script's.
func (s *Session) turnPlan(st script.Step) time.Duration {
	d := st.Turn.Length.D()
	for _, c := range s.script.Steps {
		k, ok := s.choices[c.ID]
		if !ok || c.Choice == nil {
			continue
		}
		if l, ok := c.Choice.Options[k].Lengths[st.ID]; ok {
			d = l.D()
		}
	}
	return d
}

// turnPlans returns the planned length of every turn, by step id.
func (s *Session) turnPlans() map[string]time.Duration {
	plans := map[string]time.Duration{}
	for _, st := range s.script.Steps {
		if st.Turn != nil {
			plans[st.ID] = s.turnPlan(st)
		}
	}
	return plans
}

// resize gives each turn whose planned length differs from was the
// difference, on its timer as it is now, so that minutes added to or
// taken off the turn stay.
func (s *Session) resize(was map[string]time.Duration, now time.Time) {
	for id, d := range s.turnPlans() {
		if diff := d - was[id]; diff != 0 {
			s.turns[id].Add(diff, now)
		}
	}
}

// PlannedFor returns the planned time of the step with the given id in
// this session: the script's, with its turn at the length the options
// chosen so far give it. Front ends show it in place of the script
// step's own Planned.
func (s *Session) PlannedFor(id string) time.Duration {
	i := s.script.StepIndex(id)
	if i < 0 {
		return 0
	}
	st := s.script.Steps[i]
	if st.Turn == nil {
		return st.Planned()
	}
	return st.Planned() + s.turnPlan(st) - st.Turn.Length.D()
}

// PlannedNow returns the planned time of the step with the given id as
// it stands: PlannedFor, with its turn at its current length, the
// minutes added or taken off it included. The screens' read-outs and the
// projected end follow it; the record keeps PlannedFor, the plan.
func (s *Session) PlannedNow(id string) time.Duration {
	d := s.PlannedFor(id)
	if i := s.script.StepIndex(id); i >= 0 && s.script.Steps[i].Turn != nil {
		d += s.turns[id].Length() - s.turnPlan(s.script.Steps[i])
	}
	return d
}

// planShift returns how much the options chosen so far lengthen (or
// shorten) the session's plan.
func (s *Session) planShift() time.Duration {
	var d time.Duration
	for _, st := range s.script.Steps {
		if st.Turn != nil {
			d += s.turnPlan(st) - st.Turn.Length.D()
		}
	}
	return d
}
