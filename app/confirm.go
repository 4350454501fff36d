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

// Confirmation returns the question to ask before a risky command, or ""
// when it is done at once (or would do nothing: see Refusal). The front
// end adds its keys: yes does it, Escape or no stays.
func (c *Core) Confirmation(r Risky) string {
	if c.stage != Running {
		return ""
	}
	now := c.clock.Now()
	switch r {
	case EndSession:
		q := c.EndForm().Ask
		if _, how := c.ses.CallStarted(); how == session.CallWaiting {
			q += " The call has not started."
		}
		return q
	case RestartTurn:
		if c.Refusal(session.Restart{}) != nil {
			return ""
		}
		st := c.ses.Current()
		t := c.ses.Turn(st.ID)
		return fmt.Sprintf("Restart %s at its full %s? It has %s left now.",
			TurnPhrase(c.ses.Options(), st.Turn), Spoken(t.Length()), leftNow(t.Left(now)))
	}
	return ""
}

// leftNow says the time left in a turn, or its overtime, as the screen
// shows it (MinSec).
func leftNow(d time.Duration) string {
	if d < 0 {
		return "none (" + MinSec(d) + " over)"
	}
	return MinSec(d)
}

// CanReopen reports whether the coach log on show can go back to the
// session: nothing of it has been written yet.
func (c *Core) CanReopen() bool {
	return c.ses != nil && (c.stage == Logging || c.stage == WriteFailed)
}

// Reopen goes back from the coach log to the session, which runs on as
// if it had not been ended, while nothing of the log has been written.
// The answers written so far stay with the session for when it ends
// again.
func (c *Core) Reopen() (Effects, error) {
	if !c.CanReopen() {
		return Effects{}, errors.New("the coach log is written")
	}
	now := c.clock.Now()
	if c.endedNow {
		c.ses.Apply(session.Undo{}, now)
	} else {
		snap, err := c.ses.Snapshot(now)
		if err != nil {
			return Effects{}, err
		}
		snap.Ended = time.Time{}
		back, err := session.Restore(snap)
		if err != nil {
			return Effects{}, err
		}
		c.ses = back
	}
	c.stage, c.ended = Running, time.Time{}
	return c.save(now), nil
}

// ConfirmDelay is how long a question must have been on show before a
// key answers yes to it: a key sooner was pressed before the question
// could be read, as the next letter of something typed.
const ConfirmDelay = 400 * time.Millisecond

// Answerable reports whether a yes pressed at now, to a question asked
// at asked, is taken: the question has been on show for ConfirmDelay of
// real time.
func (c *Core) Answerable(asked, now time.Time) bool {
	return c.clock.Wait(now.Sub(asked)) >= ConfirmDelay
}
