package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// berlinAt is the environment of a coach in Berlin whose one-shot
// commands take now as the instant given (RFC 3339).
func berlinAt(dir, now string) []string {
	return append(homeEnv(dir), "TZ=Europe/Berlin", nowVariable+"="+now)
}

// TestBookingsAsTheIssueTriedThem runs the issue's bookings with the
// binary, a coach in Berlin on Sunday 29 November 2026: each step's
// output must hold what it says and lack what the code before said.
func TestBookingsAsTheIssueTriedThem(t *testing.T) {
	t.Parallel()
	env := berlinAt(t.TempDir(), "2026-11-29T10:00:00+01:00")
	for _, name := range []string{"Olga", "Bob", "Cleo", "Dana", "Kavi", "Noor"} {
		mustRun(t, env, "newcomer", "add", name, "--assigned", "2026-11-25")
	}
	runSteps(t, env, []cliStep{
		{"book Olga", []string{"schedule", "Olga", "2026-12-10 18:00", "--tz", "America/New_York"},
			[]string{"Booked Olga for Thu 10 Dec 18:00 (12:00 for them, America/New_York).\nOlga's time zone is now America/New_York.\n"},
			[]string{"DOUBLE BOOKING", "AT NIGHT"}, ""},
		// The booking is the contact made: the list said OVERDUE.
		{"the list after it", []string{"list"}, []string{"Olga  2026-11-25"}, []string{"Olga  2026-11-25  0  0  1 · first · $25.00  2026-11-28 (assignment)  OVERDUE"}, ""},
		{"Bob 20 minutes later", []string{"schedule", "Bob", "2026-12-10 18:20"},
			[]string{"DOUBLE BOOKING: Olga has a session at Thu 10 Dec 18:00 (12:00 for them, America/New_York), less than an hour from this one.\n",
				"Both are booked. A session takes 50 minutes and 10 more are kept free before the next"}, nil, ""},
		{"Cleo at 18:00", []string{"schedule", "Cleo", "2026-12-10 18:00"},
			[]string{"DOUBLE BOOKING: Olga has a session at Thu 10 Dec 18:00", "DOUBLE BOOKING: Bob has a session at Thu 10 Dec 18:20,"}, nil, ""},
		// A reschedule that only changed --tz said "Moved … 18:00 to 18:00".
		{"Olga's zone alone", []string{"reschedule", "Olga", "2026-12-10 18:00", "--tz", "America/Chicago"},
			[]string{"Olga's time zone is now America/Chicago (it was America/New_York).\nNothing was moved: the session stays at Thu 10 Dec 18:00 (11:00 for them, America/Chicago).\n",
				"partnercoach newcomer draft Olga booked"},
			[]string{"Moved", "reschedule\n"}, ""},
		{"Olga's zone alone, without WHEN", []string{"reschedule", "Olga", "--tz", "America/New_York"},
			[]string{"Olga's time zone is now America/New_York (it was America/Chicago).\nNothing was moved"}, []string{"Moved"}, ""},
		{"the same time again", []string{"reschedule", "Olga", "2026-12-10 18:00"}, nil, nil, "Olga's session is already booked for Thu 10 Dec 18:00 (12:00 for them, America/New_York): nothing to move"},
		{"EST", []string{"schedule", "Dana", "2026-12-12 15:00", "--tz", "EST"}, nil, nil,
			`"EST" is a zone abbreviation, which as a zone keeps UTC-05:00 all year, so summer times would come out an hour off, and it stands for 3 places: give the IANA name of theirs, one of America/New_York (US Eastern, EDT in summer)`},
		{"CST", []string{"schedule", "Dana", "2026-12-12 15:00", "--tz", "CST"}, nil, nil, "America/Chicago (US Central, CDT in summer), Asia/Shanghai (China), America/Havana (Cuba, CDT in summer)"},
		{"Dana on her own clock", []string{"schedule", "Dana", "2026-12-12 09:00", "--their-time", "--tz", "America/New_York"},
			[]string{"Booked Dana for Sat 12 Dec 15:00 (09:00 for them, America/New_York).\n"}, []string{"AT NIGHT"}, ""},
		{"Kavi at night", []string{"schedule", "Kavi", "2026-12-11 19:00", "--tz", "Asia/Kolkata"},
			[]string{"AT NIGHT FOR THEM: it starts at 23:30 on their clock (Asia/Kolkata), between 22:00 and 07:00. It is booked; check the time and their time zone.\n"}, nil, ""},
		{"Noor next year", []string{"schedule", "Noor", "2027-01-10 10:00", "--tz", "Australia/Lord_Howe"},
			[]string{"Booked Noor for Sun 10 Jan 2027 10:00 (20:00 for them, Australia/Lord_Howe).\n"}, nil, ""},
		{"Noor moved into Lord Howe's repeated half hour", []string{"reschedule", "Noor", "2027-04-04 01:45", "--their-time"}, nil, nil,
			"2027-04-04 01:45 happens twice in their time zone (Australia/Lord_Howe) (the clocks go back); give it with its offset, such as 2027-04-04T01:45:00+11:00 or 2027-04-04T01:45:00+10:30"},
		{"Noor's second 01:45", []string{"reschedule", "Noor", "2027-04-04T01:45:00+10:30", "--their-time"},
			[]string{"Moved Noor's session from Sun 10 Jan 2027 10:00 (20:00 for them, Australia/Lord_Howe) to Sat 3 Apr 2027 17:15 (Sun 4 Apr 2027 01:45 UTC+10:30 for them, Australia/Lord_Howe).\n",
				"AT NIGHT FOR THEM: it starts at 01:45"}, nil, ""},
	})
}

// cliStep is a newcomer command and what it must say: want and not on
// standard output, or the error wantErr on standard error.
type cliStep struct {
	name      string
	args      []string
	want, not []string
	wantErr   string
}

// runSteps runs each step's newcomer command in env, in order.
func runSteps(t *testing.T, env []string, steps []cliStep) {
	t.Helper()
	for _, s := range steps {
		out, stderr, code := runBinaryEnv(t, env, append([]string{"newcomer"}, s.args...)...)
		if s.wantErr != "" {
			if code != 1 || !strings.Contains(stderr, s.wantErr) {
				t.Errorf("%s: exit %d, stderr %q; want an error with %q", s.name, code, stderr, s.wantErr)
			}
			continue
		}
		if code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", s.name, code, stderr)
		}
		for _, w := range s.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s said:\n%s\nwant it to hold %q", s.name, out, w)
			}
		}
		for _, w := range s.not {
			if strings.Contains(out, w) {
				t.Errorf("%s said:\n%s\nwant it without %q", s.name, out, w)
			}
		}
	}
}

// TestPaymentNoticesAndContactsTakeATime records payment notices and
// contacts now, at a time, and on a day.
func TestPaymentNoticesAndContactsTakeATime(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := berlinAt(dir, "2027-03-26T14:05:00+01:00")
	mustRun(t, env, "newcomer", "add", "Olga", "--assigned", "2027-03-01")
	tests := []struct {
		args    []string
		want    string
		wantErr string
	}{
		{[]string{"paid", "Olga"}, "Recorded a payment notice for Olga at 2027-03-26 14:05: contact them within 72 hours, by Mon 29 Mar 15:05, to set up the next session.\n", ""},
		{[]string{"paid", "Olga", "--at", "2027-03-20 09:30"}, "Recorded a payment notice for Olga at 2027-03-20 09:30: contact them within 72 hours, by Tue 23 Mar 09:30, to set up the next session.\n", ""},
		{[]string{"paid", "Olga", "--date", "2027-03-10"}, "Recorded a payment notice for Olga on 2027-03-10, with no time: its 72 hours count from the start of that day, " +
			"so contact them by Sat 13 Mar 00:00 to set up the next session (--at gives the time the notice came).\n", ""},
		{[]string{"contacted", "Olga"}, "Recorded a contact with Olga at 2027-03-26 14:05.\n", ""},
		{[]string{"contacted", "Olga", "--date", "2027-03-21"}, "Recorded a contact with Olga on 2027-03-21.\n", ""},
		{[]string{"paid", "Olga", "--at", "2027-03-27 09:00"}, "", "--at: 2027-03-27 09:00 is still to come"},
		{[]string{"paid", "Olga", "--at", "2027-03-20 09:30", "--date", "2027-03-20"}, "", "give --date (a day) or --at (a time), not both"},
		{[]string{"contacted", "Olga", "--at", "2026-10-25 02:30"}, "", "happens twice in your time zone"},
	}
	for _, tc := range tests {
		out, stderr, code := runBinaryEnv(t, env, append([]string{"newcomer"}, tc.args...)...)
		if tc.wantErr != "" {
			if code != 1 || !strings.Contains(stderr, tc.wantErr) {
				t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, code, stderr, tc.wantErr)
			}
			continue
		}
		if code != 0 || out != tc.want {
			t.Errorf("%v: exit %d, stderr %q, said %q; want %q", tc.args, code, stderr, out, tc.want)
		}
	}
	// The contact on the 21st answered the notices of the 10th (late) and
	// the 20th; the one at 14:05 on the 26th answered that of the same
	// instant. A notice at 15:00 is still to be answered, by 16:00 on
	// Monday: 72 hours across the change of the clocks.
	if got := row(t, mustRun(t, env, "newcomer", "list"), "Olga"); got != "Olga 2027-03-01 0 0 1 · first · $25.00 -" {
		t.Errorf("the list: %q", got)
	}
	later := berlinAt(dir, "2027-03-26T15:00:00+01:00")
	mustRun(t, later, "newcomer", "paid", "Olga")
	if got := row(t, mustRun(t, later, "newcomer", "list"), "Olga"); got != "Olga 2027-03-01 0 0 1 · first · $25.00 2027-03-29 16:00 (72 h from the payment notice)" {
		t.Errorf("the list after a notice at 15:00: %q", got)
	}
}

// TestGoldenNewcomerList keeps newcomer list as a coach in Berlin reads it
// on Wednesday 2 December 2026, with newcomers in New York, Kolkata, Lord
// Howe, Chatham and one whose zone is not known: assignments' last days and the
// 72 hours of payment notices, sessions booked this year and the next,
// and one in the hour Lord Howe's clocks show twice. go test
// ./cmd/partnercoach -run TestGoldenNewcomerList -update rewrites it.
func TestGoldenNewcomerList(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	at := func(now string, args ...string) {
		mustRun(t, berlinAt(dir, now), append([]string{"newcomer"}, args...)...)
	}
	const before = "2026-11-26T09:00:00+01:00"
	at(before, "add", "Olga Example", "--assigned", "2026-11-25")
	at(before, "schedule", "Olga Example", "2026-12-10 18:00", "--tz", "America/New_York")
	at(before, "add", "Kavi", "--assigned", "2026-11-20")
	at(before, "contacted", "Kavi", "--date", "2026-11-21")
	at(before, "schedule", "Kavi", "2026-12-03 08:30", "--tz", "Asia/Kolkata")
	at("2026-12-01T14:05:00+01:00", "paid", "Kavi")
	at(before, "add", "Lena", "--assigned", "2026-11-20")
	at(before, "schedule", "Lena", "2027-04-04T01:45:00+11:00", "--their-time", "--tz", "Australia/Lord_Howe")
	at("2026-11-29T10:00:00+01:00", "paid", "Lena", "--date", "2026-11-28")
	at("2026-12-01T12:00:00+01:00", "add", "Chen", "--assigned", "2026-12-01")
	at(before, "add", "Tama", "--assigned", "2026-11-25")
	at(before, "schedule", "Tama", "2026-12-05 20:00", "--tz", "Pacific/Chatham")
	at(before, "add", "Noor", "--assigned", "2026-11-25")
	at(before, "schedule", "Noor", "2027-01-10 10:00")
	out := mustRun(t, berlinAt(dir, "2026-12-02T10:00:00+01:00"), "newcomer", "list")
	golden.RequireEqual(t, []byte(out))
	if !slices.ContainsFunc(strings.Split(out, "\n"), func(l string) bool { return strings.Contains(l, "OVERDUE") }) {
		t.Error("no deadline is overdue: the golden should show one")
	}
}
