package records

import (
	"partnercoach/around/records/recordtest"

	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

func TestInvoiceCountsBillableSessionsOfTheMonth(t *testing.T) {
	loc := time.FixedZone("coach", -5*3600)
	in := func(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, loc) }
	recs := []session.Record{
		recordtest.Simple("oct", "AB", 1, in(time.October, 31, 23, 0), session.Held, 2500),
		recordtest.Simple("n1", "AB", 1, in(time.November, 1, 0, 30), session.Held, 2500),
		recordtest.Simple("n2", "AB", 2, in(time.November, 10, 9, 0), session.NoShow, 5000),
		recordtest.Simple("moved", "AB", 3, in(time.November, 12, 9, 0), session.Rescheduled, 5000),
		recordtest.Simple("waived", "CD", 1, in(time.November, 13, 9, 0), session.Transferred, 2500),
		recordtest.Simple("n3", "AB", 3, in(time.November, 30, 23, 30), session.Held, 5000),
		recordtest.Simple("dec", "AB", 4, in(time.December, 1, 0, 10), session.Held, 5000),
		peerRecord("peer", "AB", in(time.November, 20, 9, 0)),
	}
	month, err := ParseMonth("2026-11", loc)
	if err != nil {
		t.Fatal(err)
	}
	inv := BuildInvoice(recs, month)
	var ids []string
	for _, l := range inv.Lines {
		ids = append(ids, l.ID)
	}
	if strings.Join(ids, " ") != "n1 n2 n3" || inv.TotalCents != 12500 {
		t.Fatalf("lines %v, total %d", ids, inv.TotalCents)
	}
	text := FormatInvoice(inv, "Jo Coach")
	want := "Invoice for November 2026\n" +
		"To: The International Focusing Institute\n" +
		"Coach: Jo Coach\n" +
		"\n" +
		"Date        Newcomer  Session        Fee\n" +
		"2026-11-01  AB        1           $25.00\n" +
		"2026-11-10  AB        2           $50.00  newcomer did not come (billable)\n" +
		"2026-11-30  AB        3           $50.00\n" +
		"Total                            $125.00\n" +
		"\n" +
		"Submit it to the Institute, with the coaching log of each session filled in:\n" +
		"the Institute pays coaches at the end of each month.\n"
	if text != want {
		t.Fatalf("invoice:\n%s\nwant:\n%s", text, want)
	}
}

// TestFormatLinesAsTheInvoice: one session's lines, as the end of that
// session shows them, are the heading of the invoice's columns and the
// session's line, in the words and columns of the month's invoice; no
// lines are nothing.
func TestFormatLinesAsTheInvoice(t *testing.T) {
	at := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	rec := recordtest.Simple("n2", "AB", 2, at, session.NoShow, 5000)
	inv := BuildInvoice([]session.Record{rec}, at)
	got := FormatLines(inv.Lines)
	want := "Date        Newcomer  Session        Fee\n" +
		"2026-11-10  AB        2           $50.00  newcomer did not come (billable)\n"
	if got != want || !strings.Contains(FormatInvoice(inv, ""), want) {
		t.Fatalf("lines:\n%s\nwant:\n%s\nin the invoice:\n%s", got, want, FormatInvoice(inv, ""))
	}
	if FormatLines(nil) != "" {
		t.Errorf("no lines: %q", FormatLines(nil))
	}
}

func TestEmptyInvoice(t *testing.T) {
	month := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	text := FormatInvoice(BuildInvoice(nil, month), "")
	if !strings.HasPrefix(text, "Invoice for February 2026\nTo: The International Focusing Institute\n"+
		"Coach: [your name] (the settings' coach gives it)\n\nNo billable sessions this month.\n") || !strings.Contains(text, "$0.00") {
		t.Fatalf("empty invoice:\n%s", text)
	}
}

func TestParseMonth(t *testing.T) {
	for _, bad := range []string{"2026-13", "2026-1", "11/2026", ""} {
		if _, err := ParseMonth(bad, time.UTC); err == nil || err.Error() != `expected a month such as 2026-11, got "`+bad+`"` {
			t.Errorf("ParseMonth(%q): %v", bad, err)
		}
	}
}
