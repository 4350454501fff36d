package app

import (
	"fmt"
	"strings"

	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
	"partnercoach/script"
	"partnercoach/session"
)

// Roster is what the start screen offers of the newcomers on record.
type Roster struct {
	// Entries are the newcomers on record with their next session (see
	// book.Roster), those with an appointment first.
	Entries []book.RosterEntry
	// Add puts someone new on the newcomer list, assigned today. It runs
	// off the front end's loop, as a job, when their first session
	// starts; nil adds nobody (a run that keeps nothing).
	Add func(name string) error
}

// Who is whom a new session is with, as the start screen lists and
// chooses them: a newcomer on record, someone new, or nobody.
type Who struct {
	// Name is the newcomer's name, checked by names.Check, or ""
	// for a session with no newcomer. Print it through textsafe.
	Name string
	// New is someone not on record yet: they are added to the newcomer
	// list as their first session starts.
	New bool
	// Number, Script and FeeCents are their next session: its number for
	// them, the script proposed and its fee. All are zero for no
	// newcomer.
	Number   int
	Script   string
	FeeCents int
	// When is their next appointment, as the start screen shows it, or
	// "" when none is booked.
	When string
}

// whoNext is a newcomer with their next session.
func whoNext(name string, next fees.Next) Who {
	return Who{Name: name, Number: next.Number, Script: next.Script, FeeCents: next.FeeCents}
}

// Label says who in a few words, for the start screen: "Bob Tester,
// session 3" or "no newcomer". The name is made safe to print.
func (w Who) Label() string {
	if w.Name == "" {
		return "no newcomer"
	}
	return NewcomerLabel(session.Options{Newcomer: w.Name, Number: w.Number})
}

// Money writes an amount of cents as the coach's currency: 2500 is
// "$25.00".
func Money(cents int) string { return fees.FormatCents(cents) }

// AddedResult is how putting someone new on the newcomer list went.
type AddedResult struct {
	Name string
	Err  error
}

func (AddedResult) result() {}

// Roster returns the newcomers on record the start screen lists, each
// with their next session and appointment.
func (c *Core) Roster() []Who {
	out := make([]Who, 0, len(c.cfg.Roster.Entries))
	for _, e := range c.cfg.Roster.Entries {
		w := whoNext(e.Name, e.Next)
		w.When = e.When
		out = append(out, w)
	}
	return out
}

// Known returns the newcomer on record whose name is name, in any case,
// as whom a session is with.
func (c *Core) Known(name string) (Who, bool) {
	for _, w := range c.Roster() {
		if names.Same(w.Name, name) {
			return w, true
		}
	}
	return Who{}, false
}

// NameTyped reads a name typed for the session: a newcomer on record
// (in any case), or someone new. A name close to one on record ("Bob
// Testr" for "Bob Tester") is not taken: it returns the name on record as
// near, for the front end to ask "did you mean"; the coach then takes
// Known(near) or NewNewcomer(name). A name that names.Check refuses is
// an error.
func (c *Core) NameTyped(typed string) (who Who, near string, err error) {
	name, err := names.Check(typed)
	if err != nil {
		return Who{}, "", err
	}
	onRecord := make([]string, len(c.cfg.Roster.Entries))
	for i, e := range c.cfg.Roster.Entries {
		onRecord[i] = e.Name
	}
	switch m := names.Lookup(name, onRecord); {
	case m.OnRecord != "":
		w, _ := c.Known(m.OnRecord)
		return w, "", nil
	case m.Near != "":
		return Who{}, m.Near, nil
	}
	return c.NewNewcomer(name), "", nil
}

// NewNewcomer is someone new, whose first session this is. The name must
// have passed names.Check.
func (c *Core) NewNewcomer(name string) Who {
	w := whoNext(name, fees.NextSession(name, nil, c.cfg.Fees))
	w.New = true
	return w
}

// SetWho sets whom the session about to start is with; StartScript then
// applies it to the script picked.
func (c *Core) SetWho(w Who) { c.who = &w }

// Who returns whom the session about to start is with, and false when
// nobody was set on the start screen (the command line's newcomer, if
// any, stands).
func (c *Core) Who() (Who, bool) {
	if c.who == nil {
		return Who{}, false
	}
	return *c.who, true
}

// Proposed returns the name of the script proposed for whom the session
// is with: the newcomer's next (first or followup), else the script the
// configuration preselects.
func (c *Core) Proposed() string {
	if w, ok := c.Who(); ok && w.Name != "" {
		return w.Script
	}
	return c.cfg.Preselect
}

// LeftOutLine says which of the coach's own scripts are not offered, as
// they fail to check, and where to read why; "" when none is left out.
func (c *Core) LeftOutLine() string {
	names := c.cfg.LeftOut
	if len(names) == 0 {
		return ""
	}
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = textsafe.Line(n)
	}
	return fmt.Sprintf("Not offered, as %s: %s ('partnercoach script list' says why).",
		Count(len(names), "script of yours has a problem", "scripts of yours have problems"), strings.Join(quoted, ", "))
}

// FeeFor returns the fee of a session of the script with whom was set
// (see fees.Fees.Of): none for a peer session or a rehearsal, which are
// never billed.
func (c *Core) FeeFor(s *script.Script) int {
	return c.cfg.Fees.Of(fees.SessionFor(c.optionsFor(s), s))
}

// optionsFor returns the session options of a new session of the script:
// the configuration's, with the newcomer set on the start screen, if
// any. A peer session is with no newcomer; a session of another kind has
// no partners.
func (c *Core) optionsFor(s *script.Script) session.Options {
	o := c.cfg.Session
	if w, ok := c.Who(); ok {
		o.Newcomer, o.Number = w.Name, w.Number
	}
	if s.Peer() {
		o.Newcomer, o.Number = "", 0
	} else {
		o.Partners = session.Partners{}
	}
	return o
}

// whoStart applies whom the session is with to a new session of the
// script: its options, and the job that puts someone new on the newcomer
// list.
func (c *Core) whoStart(s *script.Script) (session.Options, Effects) {
	o := c.optionsFor(s)
	w, ok := c.Who()
	if !ok {
		return o, Effects{}
	}
	c.cfg.Session = o
	add := c.cfg.Roster.Add
	if !w.New || s.Peer() || add == nil {
		return o, Effects{}
	}
	name := w.Name
	return o, Effects{Jobs: []Job{func() Result { return AddedResult{Name: name, Err: add(name)} }}}
}

// added says how putting someone new on the list went: a failure is told
// once; the session goes on with their name either way.
func (c *Core) added(r AddedResult) Effects {
	if r.Err == nil {
		return Effects{Notices: []string{fmt.Sprintf("%s is now on the newcomer list.", textsafe.Line(r.Name))}}
	}
	return Effects{Notices: []string{fmt.Sprintf("Could not put %s on the newcomer list (%s); the session keeps their name. Add them later with: partnercoach newcomer add %s",
		textsafe.Line(r.Name), firstLine(r.Err.Error()), shellword.Quote(r.Name, "NAME"))}}
}

// Given returns whom the command line named (--newcomer), as whom the
// session is with, and false when it named nobody.
func (c *Core) Given() (Who, bool) {
	o := c.cfg.Session
	if o.Newcomer == "" {
		return Who{}, false
	}
	if w, ok := c.Known(o.Newcomer); ok {
		return w, true
	}
	next := fees.NextSession(o.Newcomer, nil, c.cfg.Fees)
	if o.Number > 0 {
		next.Number = o.Number
	}
	if c.cfg.Preselect != "" {
		next.Script = c.cfg.Preselect // worked out from the records with the number
	}
	next.FeeCents = c.cfg.Fees.Of(fees.Session{Newcomer: o.Newcomer, Number: next.Number, Script: next.Script})
	return whoNext(o.Newcomer, next), true
}
