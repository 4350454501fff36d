// Package fees is the one rule for what a session is numbered and billed:
// a newcomer's sessions are numbered from 1, the next proposed script
// follows the number, and the fee follows the number and the packet's
// amounts, which the settings may change.
package fees

import (
	"fmt"

	"partnercoach/around/names"
	"partnercoach/session"
)

// The packet's fees, in cents: a newcomer's first session, and each one
// after it. Settings may change them.
const (
	DefaultFirstFeeCents = 2500
	DefaultLaterFeeCents = 5000
)

// Fees are what the coach is paid for a session, in cents.
type Fees struct {
	// First is the fee for a newcomer's first session.
	First int
	// Later is the fee for each session after the first.
	Later int
}

// Default are the packet's fees: $25 for a first session, $50 after.
var Default = Fees{First: DefaultFirstFeeCents, Later: DefaultLaterFeeCents}

// For returns the fee for a newcomer's session with the given number,
// counted from 1.
func (f Fees) For(number int) int {
	if number <= 1 {
		return f.First
	}
	return f.Later
}

// FormatCents writes an amount of cents as dollars: 2500 is "$25.00".
func FormatCents(cents int) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s$%d.%02d", sign, cents/100, cents%100)
}

// ForSession returns the fee for a session: by the newcomer's session
// number when it is known (above zero), else by the script, a first
// session's fee for the built-in "first" and the later fee for any other.
func (f Fees) ForSession(number int, script string) int {
	if number > 0 {
		return f.For(number)
	}
	if script == "first" {
		return f.First
	}
	return f.Later
}

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
// number follows the sessions that count (held, or a billable no-show),
// and the script and the fee follow from the number.
func NextSession(name string, recs []session.Record, fees Fees) Next {
	n := CountedSessions(name, recs) + 1
	s := "followup"
	if n == 1 {
		s = "first"
	}
	return Next{Number: n, Script: s, FeeCents: fees.For(n)}
}

// CountedSessions counts the newcomer's sessions whose outcome counts
// towards their number: held, or a billable no-show.
func CountedSessions(name string, recs []session.Record) int {
	n := 0
	for _, r := range recs {
		if names.Same(r.Newcomer, name) && r.Outcome.Counts() && !r.Peer() {
			n++
		}
	}
	return n
}
