package app

import (
	"errors"
	"fmt"
	"time"

	"partnercoach/session"
)

// This file holds the rule of what the coach must confirm before it is
// done: what cannot be taken back with one key. Ending the session and
// restarting a turn are asked first; quitting is asked by Quit.

// Risky names a command that is asked before it is done.
type Risky int

// The commands that are asked first.
const (
	// EndSession ends the session and opens its coach log.
	EndSession Risky = iota + 1
	// RestartTurn puts the current step's turn back to its full length.
	RestartTurn
)

// Confirmation returns the question to ask before a risky command, and
// false when it is done at once (or would do nothing: see Refusal). Its
// answers are staying, chosen first, and doing it (see Asking).
func (c *Core) Confirmation(r Risky) (Asking, bool) {
	if c.stage != Running {
		return Asking{}, false
	}
	now := c.clock.Now()
	switch r {
	case EndSession:
		f := c.EndForm()
		q := f.Ask
		if _, how := c.ses.CallStarted(); how == session.CallWaiting {
			q += " The call has not started."
		}
		return newAsking(q, Option{Command: CmdYes, Label: f.End, Word: wordOf(OnSession, CmdEnd)}), true
	case RestartTurn:
		if c.Refusal(session.Restart{}) != nil {
			return Asking{}, false
		}
		st := c.ses.Current()
		t := c.ses.Turn(st.ID)
		ask := func(say func(time.Duration) string) string {
			return fmt.Sprintf("Restart %s at its full %s? It has %s left now.",
				TurnPhrase(c.ses.Options(), st.Turn), Spoken(t.Length()), leftNow(t.Left(now), say))
		}
		q := newAsking(ask(MinSec), Option{Command: CmdYes, Label: "Restart the turn", Word: wordOf(OnSession, CmdRestart)})
		q.Spoken = ask(Spoken)
		return q, true
	}
	return Asking{}, false
}

// leftNow says the time left in a turn, or its overtime, with say: as
// the screen shows it (MinSec), or in words (Spoken).
func leftNow(d time.Duration, say func(time.Duration) string) string {
	if d < 0 {
		return "none (" + say(d) + " over)"
	}
	return say(d)
}

// CanReopen reports whether the coach log on show can go back to the
// session: nothing of it has been written yet.
func (c *Core) CanReopen() bool {
	return c.ses != nil && (c.stage == Logging || c.stage == WriteFailed)
}

// Reopen goes back from the coach log to the session, which runs on as
// if it had not been ended, while nothing of the log has been written.
// The answers written so far stay with the session for when it ends
// again. A session brought back to its coach log (ended when it was last
// saved, or before) comes back as a resumed one does, with the notice
// that says so, and whether the time it was closed counts in its length.
func (c *Core) Reopen() (Effects, error) {
	if !c.CanReopen() {
		return Effects{}, errors.New("the coach log is written")
	}
	now := c.clock.Now()
	var e Effects
	if c.endedNow {
		c.ses.Apply(session.Undo{}, now)
	} else {
		snap := c.ses.Snapshot(now)
		snap.Ended = time.Time{}
		back, err := session.Restore(snap)
		if err != nil {
			return Effects{}, err
		}
		c.ses = back
	}
	if c.loggedBack && !c.ses.Options().Rehearsal.On() { // a rehearsal's clock is not the wall's
		c.cfg.Notice = ResumedNotice(c.ses, c.cfg.Saved, now)
		e.Notices = append(e.Notices, c.cfg.Notice)
	}
	c.loggedBack = false
	c.stage, c.ended = Running, time.Time{}
	e.add(c.save(now))
	return e, nil
}
