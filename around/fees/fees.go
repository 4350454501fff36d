package store

import "fmt"

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

// DefaultFees are the packet's fees: $25 for a first session, $50 after.
var DefaultFees = Fees{First: DefaultFirstFeeCents, Later: DefaultLaterFeeCents}

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
