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
	// Turn reports whether the step has a timed turn; Used is how long
	// the turn really ran (it stops when the coach leaves its step), and
	// Length its length with the minutes added or taken off.
	Turn         bool
	Used, Length time.Duration
}

// AccountOf sums up a session that ended at ended. The times spent are
// to the nearest second, as the session's record keeps them
// (session.MakeRecord), so that the coach log on screen says what the
// review and 'log show' later say of the same session.
func AccountOf(s *session.Session, ended time.Time) Account {
	a := Account{Elapsed: kept(s.Elapsed(ended)), Planned: s.Planned(), Notes: len(s.Notes()), Marks: s.Marks()}
	for p := 0; p < s.Len(); p++ {
		st := s.Step(p)
		sa := StepAccount{Title: st.Title, Planned: s.PlannedFor(st.ID), Spent: kept(s.Spent(st.ID, ended)), Items: len(st.Checklist)}
		for i := range st.Checklist {
			if s.Checked(st.ID, i) {
				sa.Done++
			}
		}
		if t := s.Turn(st.ID); t != nil {
			sa.Turn, sa.Length = true, t.Length()
			sa.Used = kept(max(t.Length()-t.Left(ended), 0))
		}
		a.Done, a.Items = a.Done+sa.Done, a.Items+sa.Items
		a.Steps = append(a.Steps, sa)
	}
	return a
}

// kept is a time spent as a record keeps it: to the nearest second.
func kept(d time.Duration) time.Duration { return d.Round(time.Second) }

// Tally counts the notes and, when any were marked, the partnering
// moments, each a phrase: "2 notes", "1 partnering moment". Partnering
// moments are the coach's marks of ICF partnering in a coaching session;
// a session where none was marked (a peer session, where nobody coaches)
// has no count of them rather than a count of none.
func (a Account) Tally() []string {
	t := []string{Count(a.Notes, "note", "notes")}
	if len(a.Marks) > 0 {
		t = append(t, Count(len(a.Marks), "partnering moment", "partnering moments"))
	}
	return t
}
