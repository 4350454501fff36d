// Package session is one live run of a script: where the coach is, what
// has been ticked off, what was chosen and answered, the notes and
// partnering moments, the call's times and the turns' timers. It is a pure
// state machine driven by Apply and Advance, each given the time, so that
// everything it decides can be tested with a fake clock. It also makes
// the session's snapshot, from which a session is restored after a crash
// (the autosave itself is package session/autosave's), and its record,
// the coach log kept when it ends (the files are package around/records').
package session

import (
	"math"
	"time"

	"partnercoach/script"
	"partnercoach/timer"
)

// DefaultWarn is the warning lead time when neither the script nor the
// coach sets one.
const DefaultWarn = 2 * time.Minute

// Options are the choices made when a session starts.
type Options struct {
	// Warn is the default warning lead time of turns whose script gives
	// none. Zero means DefaultWarn.
	Warn time.Duration
	// Newcomer is the newcomer's name or initials. It is shown on the
	// coach's screen only, never in a notification.
	Newcomer string
	// Number is which session this is for the newcomer, from 1; zero
	// when not known.
	Number int
	// Rehearsal is the clock of a rehearsal: how fast it runs and from
	// when. The zero value means real time. Set it for every rehearsal,
	// kept or not: the wall-clock times the session shows come from it.
	Rehearsal Rehearsal
	// Partners names the two partners of a peer session; it is empty in
	// any other.
	Partners Partners
}

// Partners names the two partners of a peer session: Me, who runs
// partnercoach and is Partner A, and Partner, the other one, Partner B.
// Either name may be empty, and the role alone is shown. The names are
// shown on the screen of whoever runs the session, never in a
// notification, and are kept in its autosave only, not in its record.
type Partners struct {
	Me      string `json:"me,omitempty"`
	Partner string `json:"partner,omitempty"`
}

// Rehearsal describes a rehearsal's clock, so that a rehearsal brought
// back after a crash runs on the same clock as before.
type Rehearsal struct {
	// Speed is how many times faster than the wall clock the session's
	// time runs; zero or one means real time.
	Speed float64 `json:"speed"`
	// Origin is the wall-clock instant from which the clock runs fast.
	Origin time.Time `json:"origin"`
}

// On reports whether the options describe a rehearsal.
func (r Rehearsal) On() bool { return r.Speed > 1 }

// Real turns an instant of the rehearsal's clock into the wall-clock
// instant at which the clock read it. Outside a rehearsal it returns t.
func (r Rehearsal) Real(t time.Time) time.Time {
	if !r.On() || t.IsZero() {
		return t
	}
	return r.Origin.Add(time.Duration(float64(t.Sub(r.Origin)) / r.Speed))
}

// Scaled is the inverse of Real: the instant the rehearsal's scaled
// clock (timer.Scaled) read at the wall-clock instant t. Outside a
// rehearsal, or where the answer would not fit in a time.Duration, it
// returns t.
func (r Rehearsal) Scaled(t time.Time) time.Time {
	if !r.On() || t.IsZero() {
		return t
	}
	d := float64(t.Sub(r.Origin)) * r.Speed
	if math.IsNaN(d) || d > math.MaxInt64 || d < math.MinInt64 {
		return t
	}
	return r.Origin.Add(time.Duration(d))
}

// Session is a live run of a script.
type Session struct {
	script   *script.Script
	opts     Options
	opened   time.Time // when the session was made, before the call
	started  time.Time // when the call started, or zero before
	call     CallStart // how the call's clock started
	order    []int     // indices of script steps, in the order they run now
	pos      int       // index into order
	entered  time.Time
	underway bool

	checks  map[string][]bool
	answers map[string]map[int]string
	choices map[string]int
	turns   map[string]*timer.Turn
	spent   map[string]time.Duration
	notes   []Note
	marks   []Mark
	source  string // the script as YAML, for snapshots; made once

	ended      time.Time // when the coach ended the session, or zero
	logAnswers *Closing  // the coach log as written so far
	noteDraft  string    // a note still being written

	history []change // the changes of this run, newest last, for Undo
}

// New makes a session of the script at now. Its clock waits for the
// call: it starts at the coach's first change to the session, or at a
// StartCall action, whichever comes first.
func New(s *script.Script, opts Options, now time.Time) *Session {
	if opts.Warn <= 0 {
		opts.Warn = DefaultWarn
	}
	ses := &Session{
		script:  s,
		opts:    opts,
		opened:  now,
		entered: now,
		checks:  map[string][]bool{},
		answers: map[string]map[int]string{},
		choices: map[string]int{},
		turns:   map[string]*timer.Turn{},
		spent:   map[string]time.Duration{},
	}
	for i, st := range s.Steps {
		ses.order = append(ses.order, i)
		ses.checks[st.ID] = make([]bool, len(st.Checklist))
		if st.Turn != nil {
			warn := st.Turn.Warn.D()
			if warn <= 0 {
				warn = opts.Warn
			}
			ses.turns[st.ID] = timer.NewTurn(st.Turn.SegmentLengths(), warn)
		}
	}
	return ses
}

// Script returns the script the session runs.
func (s *Session) Script() *script.Script { return s.script }

// Options returns the options the session was started with.
func (s *Session) Options() Options { return s.opts }

// Started returns when the call started, the session's clock with it,
// or the zero time while it waits for the call.
func (s *Session) Started() time.Time { return s.started }

// Opened returns when the session was made, before its call started.
func (s *Session) Opened() time.Time { return s.opened }

// UnderWay reports whether the coach has done anything in the session.
func (s *Session) UnderWay() bool { return s.underway }

// Len returns the number of steps.
func (s *Session) Len() int { return len(s.order) }

// Pos returns the position, from 0, of the current step.
func (s *Session) Pos() int { return s.pos }

// Step returns the step at a position in the current order.
func (s *Session) Step(pos int) script.Step { return s.script.Steps[s.order[pos]] }

// Current returns the current step.
func (s *Session) Current() script.Step { return s.Step(s.pos) }

// Checked reports whether an item of a step's checklist is ticked off.
func (s *Session) Checked(stepID string, item int) bool {
	c := s.checks[stepID]
	return item >= 0 && item < len(c) && c[item]
}

// Answer returns the answer recorded for a checklist item, if any.
func (s *Session) Answer(stepID string, item int) (string, bool) {
	a, ok := s.answers[stepID][item]
	return a, ok
}

// Chosen returns the option chosen at a choice step, if any.
func (s *Session) Chosen(stepID string) (int, bool) {
	c, ok := s.choices[stepID]
	return c, ok
}

// Turn returns the timer of a step's turn, or nil if it has none. The
// caller must change it only through Apply.
func (s *Session) Turn(stepID string) *timer.Turn { return s.turns[stepID] }
