package app

import (
	"fmt"

	"partnercoach/session"
)

// Keeps is what a run keeps of its session (see KeepsOf).
type Keeps struct {
	// Autosave is the session saved as it runs, so that 'resume' brings
	// it back after a crash.
	Autosave bool
	// Record is its record written when it ends (the coach log, the
	// invoice), and someone new it is with put on the newcomer list.
	Record bool
}

// KeepsOf is the one rule of what a run keeps, given its rehearsal clock
// (the zero value in real time) and whether --save or --no-save was
// given. A session in real time keeps everything, unless --no-save keeps
// nothing. A rehearsal keeps nothing unless asked: its times are not the
// wall clock's, and it is no session to log or invoice. With --save it
// keeps its autosave, never a record, so that a crash drill can bring it
// back.
func KeepsOf(r session.Rehearsal, save, noSave bool) Keeps {
	switch {
	case noSave:
		return Keeps{}
	case r.On():
		return Keeps{Autosave: save}
	}
	return Keeps{Autosave: true, Record: true}
}

// recorded reports whether a session kept as it ran has its record
// written when it ends (see KeepsOf): a rehearsal's autosave goes instead.
func recorded(o session.Options) bool { return KeepsOf(o.Rehearsal, true, false).Record }

// Notice says, as a rehearsal opens, what it keeps: "Rehearsal at 60×
// speed: nothing of it is saved." It is "" in real time.
func (k Keeps) Notice(r session.Rehearsal) string {
	switch {
	case !r.On():
		return ""
	case k.Autosave:
		return fmt.Sprintf("Rehearsal at %g× speed: kept for 'resume', never logged.", r.Speed)
	}
	return fmt.Sprintf("Rehearsal at %g× speed: nothing of it is saved.", r.Speed)
}
