package stats

import (
	"slices"
	"time"

	"partnercoach/around/records"
	"partnercoach/session"
)

// Length is how long held sessions ran against their plan.
type Length struct {
	// Sessions counts the held sessions with a plan and a length.
	Sessions int
	// Planned and Taken are their mean planned and mean actual length.
	Planned, Taken time.Duration
	// Over counts the sessions that ran more than Slack past their plan.
	Over int
	// Shortest and Longest are the shortest and the longest length.
	Shortest, Longest time.Duration

	plannedSum, takenSum time.Duration
}

// add counts a held session, if it has a plan and a length.
func (l *Length) add(r session.Record) {
	planned, taken := records.Planned(r).D(), records.Length(r).D()
	if planned <= 0 || taken <= 0 {
		return
	}
	if l.Sessions == 0 || taken < l.Shortest {
		l.Shortest = taken
	}
	l.Longest = max(l.Longest, taken)
	l.Sessions++
	l.plannedSum += planned
	l.takenSum += taken
	l.Planned = mean(l.plannedSum, l.Sessions)
	l.Taken = mean(l.takenSum, l.Sessions)
	if taken-planned > Slack {
		l.Over++
	}
}

// Turns is how timed turns ran against their length.
type Turns struct {
	// Runs counts the turns; Over counts those that ran past their
	// length, by a second or more.
	Runs, Over int
	// AvgOver is the mean time past the length of the turns that ran
	// over, and MostOver the most.
	AvgOver, MostOver time.Duration

	overSum time.Duration
}

// add counts a turn.
func (t *Turns) add(tr *session.TurnRecord) {
	if tr == nil || tr.Length <= 0 {
		return
	}
	t.Runs++
	if over := (tr.Used - tr.Length).D().Round(time.Second); over > 0 {
		t.Over++
		t.overSum += over
		t.AvgOver = mean(t.overSum, t.Over)
		t.MostOver = max(t.MostOver, over)
	}
}

// Timing is how long held sessions ran against their plan, and how their
// timed turns ran against their length.
type Timing struct {
	Length Length
	Turns  Turns
}

// add counts a held session and its turns.
func (t *Timing) add(r session.Record) {
	t.Length.add(r)
	for _, st := range r.Steps {
		t.Turns.add(st.Turn)
	}
}

// StepTime is how one step of a script ran, on average over the held
// sessions that had it.
type StepTime struct {
	// ID and Title name the step; Title is the latest one used.
	ID, Title string
	// Runs counts the sessions that had the step.
	Runs int
	// Planned and Taken are the mean planned time and the mean time taken.
	Planned, Taken time.Duration
	// TurnName names the step's timed turn, if it had one, and Turns is
	// how that turn ran.
	TurnName string
	Turns    Turns

	plannedSum, takenSum time.Duration
}

// ScriptTime is how the steps of one script ran over its held sessions.
type ScriptTime struct {
	// Script is the script's name, and Sessions counts its held sessions.
	Script   string
	Sessions int
	// Steps are in the order of the script's latest held session, then
	// the others, in the order of the sessions before.
	Steps []StepTime
}

// scriptTimes gathers how the steps of each script ran in held sessions,
// the script with the most sessions first. Steps with no planned time and
// no time taken in any session are left out.
func scriptTimes(recs []session.Record) []ScriptTime {
	var out []ScriptTime
	for _, r := range recs {
		if r.Outcome != session.Held {
			continue
		}
		i := slices.IndexFunc(out, func(s ScriptTime) bool { return s.Script == r.Script })
		if i < 0 {
			out = append(out, ScriptTime{Script: r.Script})
			i = len(out) - 1
		}
		out[i].add(r)
	}
	for i := range out {
		out[i].Steps = slices.DeleteFunc(out[i].Steps, func(s StepTime) bool { return s.plannedSum == 0 && s.takenSum == 0 })
	}
	slices.SortStableFunc(out, func(a, b ScriptTime) int { return b.Sessions - a.Sessions })
	return out
}

// add counts a held session of the script, moving its steps into the
// order it ran them in.
func (st *ScriptTime) add(r session.Record) {
	st.Sessions++
	var order []StepTime
	for _, sr := range r.Steps {
		i := slices.IndexFunc(st.Steps, func(s StepTime) bool { return s.ID == sr.ID })
		s := StepTime{ID: sr.ID}
		if i >= 0 {
			s = st.Steps[i]
			st.Steps = slices.Delete(st.Steps, i, i+1)
		}
		s.Title = sr.Title
		s.Runs++
		s.plannedSum += sr.Planned.D()
		s.takenSum += sr.Actual.D()
		s.Planned, s.Taken = mean(s.plannedSum, s.Runs), mean(s.takenSum, s.Runs)
		if sr.Turn != nil {
			s.TurnName = sr.Turn.Name
			s.Turns.add(sr.Turn)
		}
		order = append(order, s)
	}
	st.Steps = append(order, st.Steps...)
}

// mean is a total divided by a count, to the second.
func mean(total time.Duration, n int) time.Duration {
	if n == 0 {
		return 0
	}
	return (total / time.Duration(n)).Round(time.Second)
}
