package app

import (
	"time"

	"partnercoach/session"
)

// Account is the account of an ended session that both front ends show
// beside its coach log: how long it took against its plan, what was
// covered, the notes and the partnering moments.
type Account struct {
	Elapsed, Planned time.Duration
	// Done and Items count the checklist items covered, and all of them.
	Done, Items int
	Notes       int
	Marks       []session.Mark
	Steps       []StepAccount
}

// StepAccount is one step's line of the account.
type StepAccount struct {
	Title          string
	Planned, Spent time.Duration
	Done, Items    int
}

// AccountOf sums up a session that ended at ended.
func AccountOf(s *session.Session, ended time.Time) Account {
	a := Account{Elapsed: s.Elapsed(ended), Planned: s.Planned(), Notes: len(s.Notes()), Marks: s.Marks()}
	for p := 0; p < s.Len(); p++ {
		st := s.Step(p)
		sa := StepAccount{Title: st.Title, Planned: s.PlannedFor(st.ID), Spent: s.Spent(st.ID, ended), Items: len(st.Checklist)}
		for i := range st.Checklist {
			if s.Checked(st.ID, i) {
				sa.Done++
			}
		}
		a.Done, a.Items = a.Done+sa.Done, a.Items+sa.Items
		a.Steps = append(a.Steps, sa)
	}
	return a
}
