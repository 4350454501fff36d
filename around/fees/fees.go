// Package fees is the one rule for what a session is numbered and billed,
// after the packet: the coach is paid $25 for a newcomer's first session
// and $50 for each later one, and a newcomer who has not called off a
// session 24 hours before it is charged for it, and the coach paid.
//
// A newcomer's sessions are numbered by the sessions they have had: the
// next one is their held sessions plus one. A session they did not come
// to, without cancelling 24 hours ahead, is billed as the session it
// stood for, and the next one keeps its number: a no-show before their
// first session is billed as a first session, and the next is still
// their first, with the introduction and the screening. The script
// proposed follows the number: first for session 1, followup after.
//
// A session is billed when it is one of the programme's: with a newcomer
// (whatever its script), or, with no newcomer named, a session of the
// programme's own first or followup script. A session between two
// partners and a rehearsal are never billed, and nor is a session of
// another script with no newcomer, such as a coaching session outside
// Focusing: there is no programme session to bill.
package fees

import (
	"fmt"

	"partnercoach/around/names"
	"partnercoach/script"
	"partnercoach/session"
)

// Fees are what the coach is paid for a newcomer's sessions, in cents.
type Fees struct {
	// First is the fee for a newcomer's first session.
	First int
	// Later is the fee for each session after the first.
	Later int
}

// Default are the packet's fees: $25 for a first session, $50 for each
// after it. The settings may change them (fees.first, fees.later).
var Default = Fees{First: 2500, Later: 5000}

// MaxCents bounds a fee, in the settings and in a record: a million
// dollars or more is a slip of the keyboard, and sums of fees below it
// stay far from overflowing.
const MaxCents = 1_000_000 * 100

// FormatCents writes an amount of cents as dollars: 2500 is "$25.00".
func FormatCents(cents int) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s$%d.%02d", sign, cents/100, cents%100)
}

// The programme's own scripts, which a session with no newcomer named is
// billed by.
const (
	firstScript    = "first"
	followupScript = "followup"
)

// Session is what a session's fee depends on.
type Session struct {
	// Newcomer is the newcomer's name, or "" for none.
	Newcomer string
	// Number is the session's number for the newcomer, from 1, or 0
	// when it is not known.
	Number int
	// Script is the name of the script it runs.
	Script string
	// Peer is a session between two partners; Rehearsal one at a
	// rehearsal's speed.
	Peer, Rehearsal bool
}

// SessionFor is the session of the script with the options given.
func SessionFor(o session.Options, s *script.Script) Session {
	return Session{Newcomer: o.Newcomer, Number: o.Number, Script: s.Name, Peer: s.Peer(), Rehearsal: o.Rehearsal.On()}
}

// sessionOf is the session a record keeps.
func sessionOf(r session.Record) Session {
	return Session{Newcomer: r.Newcomer, Number: r.Number, Script: r.Script, Peer: r.Peer()}
}

// Programme reports whether the session is one of the programme's, which
// the Institute pays for: not between partners, not a rehearsal, and with
// a newcomer or a number, or else of the first or followup script.
func (s Session) Programme() bool {
	if s.Peer || s.Rehearsal {
		return false
	}
	return s.Newcomer != "" || s.Number > 0 || s.Script == firstScript || s.Script == followupScript
}

// Of is the fee of a session, held or not come to: nothing for a session
// that is not the programme's; else the first fee for session 1 and the
// later fee after it, or, with no number, the first fee for the first
// script and the later fee for any other.
func (f Fees) Of(s Session) int {
	switch {
	case !s.Programme():
		return 0
	case s.Number == 1, s.Number == 0 && s.Script == firstScript:
		return f.First
	}
	return f.Later
}

// Billed reports whether a record goes on the invoice: a session of the
// programme's that was held, or that the newcomer did not come to.
func Billed(r session.Record) bool {
	return r.Outcome.Billable() && sessionOf(r).Programme()
}

// OfRecord is the fee a record's session is billed: Of its session when
// it is billed (see Billed), else nothing.
func (f Fees) OfRecord(r session.Record) int {
	if !Billed(r) {
		return 0
	}
	return f.Of(sessionOf(r))
}

// Counts reports whether a record uses up one of its newcomer's session
// numbers: a session held. A session not come to does not (the next keeps
// its number), and nor does a session between partners.
func Counts(r session.Record) bool { return r.Outcome == session.Held && !r.Peer() }

// Next is what a newcomer's next session will be.
type Next struct {
	// Number is the session's number for the newcomer, from 1.
	Number int
	// Script is the built-in script proposed: "first" or "followup".
	Script string
	// FeeCents is the fee for it.
	FeeCents int
}

// NextSession works out a newcomer's next session from the records: its
// number follows their sessions held (see Counts), the script proposed
// follows the number, and the fee follows both (see Of).
func NextSession(name string, recs []session.Record, f Fees) Next {
	n := 1
	for _, r := range recs {
		if names.Same(r.Newcomer, name) && Counts(r) {
			n++
		}
	}
	s := followupScript
	if n == 1 {
		s = firstScript
	}
	return Next{Number: n, Script: s, FeeCents: f.Of(Session{Newcomer: name, Number: n, Script: s})}
}
