package records

import (
	"fmt"
	"io"
	"strings"
	"time"

	"partnercoach/around/fees"
	"partnercoach/internal/columns"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// InvoiceLine is one billable session on an invoice.
type InvoiceLine struct {
	// ID is the session's record.
	ID string
	// Started is when the session began, on the clock it was held by
	// (the record's own offset).
	Started time.Time
	// Newcomer is the newcomer's name or initials.
	Newcomer string
	// Number is which session it was for the newcomer; zero if unknown.
	Number int
	// Outcome is held or, for a billable no-show, no-show.
	Outcome session.Outcome
	// Client is whether the session was with a client (a script of kind
	// client), not a newcomer: a no-show is then the client's.
	Client bool
	// FeeCents is the fee the record holds, fixed when the session ended.
	FeeCents int
}

// Invoice is the coach's billable sessions in one month.
type Invoice struct {
	// Month is the first instant of the month, in the coach's location.
	Month time.Time
	// Lines are the billable sessions, by start time.
	Lines []InvoiceLine
	// TotalCents is the sum of their fees.
	TotalCents int
}

// ParseMonth reads a month written as 2026-11 and returns its first
// instant in loc.
func ParseMonth(s string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01", strings.TrimSpace(s), loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("expected a month such as 2026-11, got %q", s)
	}
	if t.Year() < earliest.Year() || t.Year() >= latest.Year() {
		return time.Time{}, fmt.Errorf("expected a month %s, got %q: no record holds a session then", Years(), s)
	}
	return t, nil
}

// MonthOf returns the first instant of the month t falls in, in t's
// location.
func MonthOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
}

// HeldMonth is the month a session belongs to: the month of its start on
// the clock it was held by (the offset its record keeps), whatever zone
// the coach is in when asking. A coach who travels between two invoices
// then bills each session once. It is returned as the month's first
// instant in loc, for comparing and printing with other months there.
func HeldMonth(started time.Time, loc *time.Location) time.Time {
	return time.Date(started.Year(), started.Month(), 1, 0, 0, 0, 0, loc)
}

// BuildInvoice collects the sessions billed (see fees.Billed: the
// programme's sessions held, or not come to) whose HeldMonth is the month
// beginning at month, with the fee each record holds. A peer session
// between two partners is never billed.
func BuildInvoice(recs []session.Record, month time.Time) Invoice {
	month = MonthOf(month)
	inv := Invoice{Month: month}
	for _, r := range recs {
		if !fees.Billed(r) || !HeldMonth(r.Started, month.Location()).Equal(month) {
			continue
		}
		inv.Lines = append(inv.Lines, InvoiceLine{
			ID: r.ID, Started: r.Started, Newcomer: r.Newcomer,
			Number: r.Number, Outcome: r.Outcome, Client: r.Client(), FeeCents: BilledCents(r),
		})
		inv.TotalCents += BilledCents(r)
	}
	return inv
}

// BilledCents is what a record's session is billed: the fee it holds when
// it is billed (see fees.Billed), else nothing, whatever a hand edit put in
// its fee_cents. The invoice, the exports and log show all say it.
func BilledCents(r session.Record) int {
	if !fees.Billed(r) {
		return 0
	}
	return r.FeeCents
}

// invoiceTo is whom the coach submits the invoice to, and invoiceSends
// what the packet asks with it.
const (
	invoiceTo    = "The International Focusing Institute"
	invoiceSends = "Submit it to the Institute, with the coaching log of each session filled in:\n" +
		"the Institute pays coaches at the end of each month."
)

// FormatInvoice writes the invoice as text: a heading with the month, whom
// it is for and the coach's name (a place for it when the settings give
// none), one line a session, the total, and what to send it with.
func FormatInvoice(inv Invoice, coach string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Invoice for %s\nTo: %s\n", inv.Month.Format("January 2006"), invoiceTo)
	if coach != "" {
		fmt.Fprintf(&b, "Coach: %s\n", textsafe.Line(coach))
	} else {
		b.WriteString("Coach: [your name] (the settings' coach gives it)\n")
	}
	b.WriteString("\n")
	if len(inv.Lines) == 0 {
		b.WriteString("No billable sessions this month.\n")
	}
	tw := columns.NewWriter(&b, 0, 2)
	writeLines(tw, inv.Lines)
	fmt.Fprintf(tw, "Total\t\t\t%9s\n", fees.FormatCents(inv.TotalCents))
	tw.Flush()
	b.WriteString("\n" + invoiceSends + "\n")
	return b.String()
}

// FormatLines writes invoice lines as FormatInvoice lists them, under the
// heading of their columns, without the month's heading or total: the
// line of one session as the end of that session shows it. It is empty
// for no lines.
func FormatLines(lines []InvoiceLine) string {
	var b strings.Builder
	tw := columns.NewWriter(&b, 0, 2)
	writeLines(tw, lines)
	tw.Flush()
	return b.String()
}

// writeLines writes the heading of the invoice's columns and one line a
// session, tab-separated for a columns.Writer; nothing for no lines.
func writeLines(tw io.Writer, lines []InvoiceLine) {
	if len(lines) > 0 {
		fmt.Fprintf(tw, "Date\tNewcomer\tSession\t%9s\n", "Fee")
	}
	for _, l := range lines {
		line := fmt.Sprintf("%s\t%s\t%s\t%9s", l.Started.Format("2006-01-02"), orUnnamed(textsafe.Column(l.Newcomer)),
			orDash(l.Number), fees.FormatCents(l.FeeCents))
		switch {
		case l.Outcome == session.NoShow && l.Client:
			line += "  client did not come (billable)"
		case l.Outcome == session.NoShow:
			line += "  newcomer did not come (billable)"
		}
		fmt.Fprintln(tw, line)
	}
}

// orUnnamed is a newcomer's name, or a stand-in when none was given.
func orUnnamed(name string) string {
	if name == "" {
		return "(no name)"
	}
	return name
}

// orDash is a session number, or a dash when it is not known.
func orDash(n int) string {
	if n <= 0 {
		return "-"
	}
	return fmt.Sprint(n)
}
