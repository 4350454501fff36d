package plain

import (
	"time"

	"partnercoach/session"
)

// autosave takes a snapshot of the session at now, on the loop, and hands
// it to the keeper off the loop, numbered as the session screen numbers
// its saves: the keeper drops a save that finishes after a later one. It
// does nothing when nothing is kept.
func (fe *frontEnd) autosave(now time.Time) {
	k := fe.cfg.Keeper
	if k == nil {
		return
	}
	snap, err := fe.ses.Snapshot(now)
	if err != nil {
		fe.out.say("Cannot save the session: " + firstLine(err.Error()) + " (the session goes on).")
		return
	}
	fe.seq++
	seq := fe.seq
	fe.spawn(func() func() {
		err := k.Autosave(seq, snap)
		return func() { fe.saved(seq, err) }
	})
}

// saved says that an autosave failed, and that the session is saved again
// once a later one succeeds.
func (fe *frontEnd) saved(seq uint64, err error) {
	switch {
	case err != nil:
		if !fe.saveErr {
			fe.out.say("Not saved: " + firstLine(err.Error()) + " (the session goes on; the next change tries again).")
		}
		fe.saveErr, fe.failedSeq = true, seq
	case fe.saveErr && seq > fe.failedSeq:
		fe.saveErr = false
		fe.out.say("The session is saved again.")
	}
}

// writeRecord writes the record of the ended session off the loop.
func (fe *frontEnd) writeRecord(rec session.Record) {
	k := fe.cfg.Keeper
	if k == nil {
		fe.out.say("Nothing was saved: this run was a rehearsal, or started with --no-save.")
		fe.stage, fe.done = finished, true
		return
	}
	fe.stage = writing
	fe.out.say("Writing the coach log.")
	fe.spawn(func() func() {
		id, err := k.Finish(rec)
		return func() { fe.written(rec, id, err) }
	})
}

// written says where the record went, or why it could not be written.
func (fe *frontEnd) written(rec session.Record, id string, err error) {
	if err != nil {
		fe.stage = writeFailed
		fe.out.say("The coach log could not be written: "+firstLine(err.Error())+".",
			"Nothing is lost: the session stays saved, and 'partnercoach resume' brings it back.",
			"Type r to try again, or q to quit.")
		fe.retry = rec
		if fe.quitSoon {
			fe.done = true
		}
		return
	}
	fe.stage, fe.done = finished, true
	fe.out.say("The coach log is saved as " + id + ". 'partnercoach log show " + id + "' prints it; " +
		"'partnercoach invoice' lists the month's sessions.")
}

// retryKey answers the line typed after the record failed.
func (fe *frontEnd) retryKey(line string) {
	switch line {
	case "r", "R", "retry":
		fe.writeRecord(fe.retry)
	case "q", "Q", "quit":
		fe.out.say("Quit. The session stays saved: 'partnercoach resume' brings it back.")
		fe.done = true
	default:
		fe.out.say("Expected r to try again, or q to quit.")
	}
}

// discard removes the autosave of a session in which nothing was done.
func (fe *frontEnd) discard() {
	if k := fe.cfg.Keeper; k != nil {
		if err := k.Discard(); err != nil {
			fe.out.say("Could not remove the autosave: " + firstLine(err.Error()) + ".")
		}
	}
}
