package app

import (
	"errors"
	"time"
)

// saves numbers the autosaves of one run, across its stages, and keeps
// the policy for a save that failed: the failure is shown until a later
// save succeeds, it is tried again at quit, and nothing says "saved" of
// what is not on disk.
type saves struct {
	keeper    Keeper
	seq       uint64               // number of the last autosave asked for
	asked     map[uint64]time.Time // the session time of each save still running
	failedSeq uint64               // number of the last autosave that failed
	failure   string               // why it failed, until a later one succeeds
	retrySeq  uint64               // number of the save tried again at quit, if any
	retrying  bool                 // that save is still running
	okAt      time.Time            // the session time of the last save known on disk
	ok        bool                 // some save of this session is on disk
	// real gives the time of day of an instant of the session's clock,
	// which in a rehearsal runs fast; nil is the identity.
	real func(time.Time) time.Time
}

// onDisk says that the session on show was on disk as of at (brought back
// from its autosave).
func (sv *saves) onDisk(at time.Time) { sv.okAt, sv.ok = at, true }

// save takes a snapshot of the session on show as it is at at, on the
// loop, and returns the job that writes it. It does nothing when nothing
// is kept.
func (c *Core) save(at time.Time) Effects {
	sv := &c.saves
	if sv.keeper == nil || c.ses == nil {
		return Effects{}
	}
	sv.seq++
	seq, k := sv.seq, sv.keeper
	snap := c.ses.Snapshot(at)
	if sv.asked == nil {
		sv.asked = map[uint64]time.Time{}
	}
	sv.asked[seq] = at
	return Effects{Jobs: []Job{func() Result { return SaveResult{Seq: seq, Err: k.Autosave(seq, snap)} }}}
}

// result records how an autosave went. A failure is told once, and shown
// until a later save succeeds; that success is told too. The session goes
// on either way.
func (sv *saves) result(r SaveResult) Effects {
	at := sv.asked[r.Seq]
	delete(sv.asked, r.Seq)
	if r.Seq == sv.retrySeq {
		sv.retrying = false
	}
	switch {
	case r.Err != nil:
		was := sv.failure
		sv.failure, sv.failedSeq = cause(r.Err), r.Seq
		if was == "" {
			return Effects{Notices: []string{sv.failedLine()}}
		}
	case r.Seq > sv.failedSeq:
		// The keeper drops a save numbered below the last it wrote, so
		// the saves asked before this one can no longer change the disk.
		for seq := range sv.asked {
			if seq < r.Seq {
				delete(sv.asked, seq)
			}
		}
		if at.After(sv.okAt) || !sv.ok {
			sv.okAt = at
		}
		sv.ok = true
		if sv.failure != "" {
			sv.failure = ""
			return Effects{Notices: []string{"The session is saved again."}}
		}
	}
	return Effects{}
}

// cause says briefly why a save failed, for a status line the coach reads
// during a call: the innermost error ("no space left on device"), not the
// paths of the temporary files around it.
func cause(err error) string {
	for {
		inner := errors.Unwrap(err)
		if inner == nil {
			return firstLine(err.Error())
		}
		err = inner
	}
}

// failedLine says that the last save failed and what that means.
func (sv *saves) failedLine() string {
	return "Not saved: " + sv.failure + " (the session goes on; the next change tries again)."
}

// lost says what quitting now would lose, while a save has failed, with
// the real time of day of the last save.
func (sv *saves) lost() string {
	at := sv.okAt
	if sv.real != nil {
		at = sv.real(at)
	}
	if !sv.ok {
		return "the whole session (none of it reached the disk)"
	}
	return "what was done after " + at.Format("15:04:05") + " (when it was last saved)"
}

// unsaved reports whether the session on show is not all on disk: its
// last save failed.
func (c *Core) unsaved() bool {
	return c.saves.keeper != nil && c.saves.failure != "" && c.ses != nil && c.stage != Written
}

// retrySave saves the session again, once per failure, as the coach asks
// to quit. It reports false when it was tried already.
func (c *Core) retrySave() (Effects, bool) {
	sv := &c.saves
	if sv.retrySeq == sv.failedSeq && sv.retrySeq != 0 {
		return Effects{}, false
	}
	at := c.clock.Now()
	if c.stage != Running {
		at = c.ended
	}
	e := c.save(at)
	sv.retrySeq = sv.seq
	if len(e.Jobs) == 0 { // the snapshot itself failed
		sv.retrySeq = sv.failedSeq
		return e, false
	}
	sv.retrying = true
	return e, true
}
