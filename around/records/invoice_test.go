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
	// A month no record can fall in is refused, saying which years can:
	// the code before printed an empty "Invoice for January 0000".
	for _, far := range []string{"0000-01", "1969-12", "2200-01"} {
		if _, err := ParseMonth(far, time.UTC); err == nil || err.Error() != `expected a month from the year 1970 to 2199, got "`+far+`": no record holds a session then` {
			t.Errorf("ParseMonth(%q): %v", far, err)
		}
	}
	for _, edge := range []string{"1970-01", "2199-12"} {
		if _, err := ParseMonth(edge, time.UTC); err != nil {
			t.Errorf("ParseMonth(%q): %v", edge, err)
		}
	}
}

// TestInvoiceBillsEachSessionOnceAcrossZones: a coach who held sessions
// in New York near the turn of a month and makes one invoice there and the
// next in Berlin bills every session once, in the month on the clock it was
// held by, and the invoice shows that date.
func TestInvoiceBillsEachSessionOnceAcrossZones(t *testing.T) {
	newYork := time.FixedZone("EST", -5*3600)
	berlin := time.FixedZone("CET", 3600)
	recs := []session.Record{
		// 20:00 on 31 March in New York is 1 April, 02:00 in Berlin.
		recordtest.Simple("late", "AB", 1, time.Date(2026, time.March, 31, 20, 0, 0, 0, newYork), session.Held, 2500),
		// 01:00 on 1 April in Berlin is 31 March, 19:00 in New York.
		recordtest.Simple("early", "CD", 1, time.Date(2026, time.April, 1, 1, 0, 0, 0, berlin), session.Held, 2500),
	}
	for _, tc := range []struct {
		month string
		loc   *time.Location
		want  string
	}{
		{"2026-03", newYork, "late"}, {"2026-03", berlin, "late"},
		{"2026-04", newYork, "early"}, {"2026-04", berlin, "early"},
	} {
		month, err := ParseMonth(tc.month, tc.loc)
		if err != nil {
			t.Fatal(err)
		}
		inv := BuildInvoice(recs, month)
		if len(inv.Lines) != 1 || inv.Lines[0].ID != tc.want || inv.TotalCents != 2500 {
			t.Errorf("%s in %s: lines %+v, total %d; want %s alone", tc.month, tc.loc, inv.Lines, inv.TotalCents, tc.want)
			continue
		}
		if got, want := inv.Lines[0].Started.Format("2006-01-02"), tc.month; !strings.HasPrefix(got, want) {
			t.Errorf("%s in %s: the line is dated %s", tc.month, tc.loc, got)
		}
	}
}

// TestAClientWhoDidNotComeIsNoNewcomer: a session with a client (kind
// client) that the client did not come to says so in the client's words,
// in its log as on its line of the invoice, never "newcomer did not come".
func TestAClientWhoDidNotComeIsNoNewcomer(t *testing.T) {
	at := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	rec := recordtest.Simple("c2", "Kim", 2, at, session.NoShow, 5000)
	rec.Kind, rec.Script = "client", "coaching"
	line := FormatLines(BuildInvoice([]session.Record{rec}, at).Lines)
	if !strings.Contains(line, "client did not come (billable)") || strings.Contains(line, "newcomer") {
		t.Errorf("the invoice line:\n%s", line)
	}
	log := FormatLog(rec)
	if !strings.Contains(log, "Outcome:  The client did not come (billable)") || strings.Contains(log, "Newcomer did not come") {
		t.Errorf("the log:\n%s", log)
	}
}
