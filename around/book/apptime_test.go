package book

import (
	"strings"
	"testing"
	"time"
)

// The changes of the clocks in 2027 that the tests cross, for a coach in
// Berlin and newcomers in New York, Kolkata (none), Lord Howe (30
// minutes) and Chatham:
//
//	Berlin      28 Mar 02:00 CET → 03:00 CEST     31 Oct 03:00 CEST → 02:00 CET
//	New York    14 Mar 02:00 EST → 03:00 EDT       7 Nov 02:00 EDT → 01:00 EST
//	Lord Howe    4 Apr 02:00 +11 → 01:30 +10:30    3 Oct 02:00 +10:30 → 02:30 +11
//	Chatham      4 Apr 03:45 +13:45 → 02:45 +12:45 26 Sep 02:45 +12:45 → 03:45 +13:45

// TestParseTheirs reads times as the newcomer gives them, on their clock,
// on both sides of each change of their clocks: the hour they skip and
// the hour they pass twice are refused as the coach's own are.
func TestParseTheirs(t *testing.T) {
	tests := []struct {
		zone, in string
		want     string // RFC 3339, or "" for an error
		wantErr  string
	}{
		{"America/New_York", "2027-03-13 02:30", "2027-03-13T02:30:00-05:00", ""},
		{"America/New_York", "2027-03-14 02:30", "", "2027-03-14 02:30 does not exist in their time zone (America/New_York) (the clocks skip it)"},
		{"America/New_York", "2027-03-15 02:30", "2027-03-15T02:30:00-04:00", ""},
		{"America/New_York", "2027-11-06 01:30", "2027-11-06T01:30:00-04:00", ""},
		{"America/New_York", "2027-11-07 01:30", "", "happens twice in their time zone (America/New_York) (the clocks go back); give it with its offset, such as 2027-11-07T01:30:00-04:00 or 2027-11-07T01:30:00-05:00"},
		{"America/New_York", "2027-11-07T01:30:00-05:00", "2027-11-07T01:30:00-05:00", ""},
		{"America/New_York", "2027-11-07T01:30:00+01:00", "", "is not a time on their clock: America/New_York is UTC-04:00 then"},
		{"America/New_York", "2027-11-08 01:30", "2027-11-08T01:30:00-05:00", ""},
		{"Asia/Kolkata", "2027-03-28 02:30", "2027-03-28T02:30:00+05:30", ""},
		{"Asia/Kolkata", "2027-10-31 02:30", "2027-10-31T02:30:00+05:30", ""},
		{"Australia/Lord_Howe", "2027-04-03 01:45", "2027-04-03T01:45:00+11:00", ""},
		{"Australia/Lord_Howe", "2027-04-04 01:45", "", "such as 2027-04-04T01:45:00+11:00 or 2027-04-04T01:45:00+10:30"},
		{"Australia/Lord_Howe", "2027-04-05 01:45", "2027-04-05T01:45:00+10:30", ""},
		{"Australia/Lord_Howe", "2027-10-02 02:15", "2027-10-02T02:15:00+10:30", ""},
		{"Australia/Lord_Howe", "2027-10-03 02:15", "", "does not exist in their time zone (Australia/Lord_Howe)"},
		{"Australia/Lord_Howe", "2027-10-04 02:15", "2027-10-04T02:15:00+11:00", ""},
		{"Pacific/Chatham", "2027-04-03 03:00", "2027-04-03T03:00:00+13:45", ""},
		{"Pacific/Chatham", "2027-04-04 03:00", "", "such as 2027-04-04T03:00:00+13:45 or 2027-04-04T03:00:00+12:45"},
		{"Pacific/Chatham", "2027-04-05 03:00", "2027-04-05T03:00:00+12:45", ""},
		{"Pacific/Chatham", "2027-09-25 03:00", "2027-09-25T03:00:00+12:45", ""},
		{"Pacific/Chatham", "2027-09-26 03:00", "", "does not exist in their time zone (Pacific/Chatham)"},
		{"Pacific/Chatham", "2027-09-27 03:00", "2027-09-27T03:00:00+13:45", ""},
		{"", "2027-09-27 03:00", "", "their time zone is not known"},
		{"Asia/Kolkata", "tomorrow", "", `expected a time such as "2026-03-28 09:00" (their time)`},
	}
	for _, tc := range tests {
		got, err := ParseTheirs(tc.in, tc.zone)
		switch {
		case tc.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseTheirs(%q, %s) = %v, %v; want an error with %q", tc.in, tc.zone, got, err, tc.wantErr)
			}
		case err != nil || got.Format(time.RFC3339) != tc.want:
			t.Errorf("ParseTheirs(%q, %s) = %v, %v; want %s", tc.in, tc.zone, got.Format(time.RFC3339), err, tc.want)
		}
	}
}

// TestFormatWhenForABerlinCoach writes sessions for a coach in Berlin on
// both sides of each change of the clocks, theirs and the newcomers':
// the hour a clock shows twice carries its abbreviation (or offset, where
// the zone database has no letters for it), and a day of another year
// than now's carries its year.
func TestFormatWhenForABerlinCoach(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	now := time.Date(2027, 1, 10, 10, 0, 0, 0, berlin)
	utc := func(m time.Month, d, h, min int) time.Time { return time.Date(2027, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name string
		at   time.Time
		zone string
		want string
	}{
		// The issue: Berlin 06:30 and 07:30 on 7 November both read
		// "01:30 for them".
		{"New York's repeated hour, first", utc(11, 7, 5, 30), "America/New_York", "Sun 7 Nov 06:30 (01:30 EDT for them, America/New_York)"},
		{"New York's repeated hour, second", utc(11, 7, 6, 30), "America/New_York", "Sun 7 Nov 07:30 (01:30 EST for them, America/New_York)"},
		{"the day before", utc(11, 6, 5, 30), "America/New_York", "Sat 6 Nov 06:30 (01:30 for them, America/New_York)"},
		{"the day after", utc(11, 8, 6, 30), "America/New_York", "Mon 8 Nov 07:30 (01:30 for them, America/New_York)"},
		{"New York's spring, before", utc(3, 13, 16, 0), "America/New_York", "Sat 13 Mar 17:00 (11:00 for them, America/New_York)"},
		{"New York's spring, after", utc(3, 15, 16, 0), "America/New_York", "Mon 15 Mar 17:00 (12:00 for them, America/New_York)"},
		{"the coach's repeated hour, first", utc(10, 31, 0, 30), "Asia/Kolkata", "Sun 31 Oct 02:30 CEST (06:00 for them, Asia/Kolkata)"},
		{"the coach's repeated hour, second", utc(10, 31, 1, 30), "Asia/Kolkata", "Sun 31 Oct 02:30 CET (07:00 for them, Asia/Kolkata)"},
		{"the coach's spring, before", utc(3, 27, 8, 0), "Asia/Kolkata", "Sat 27 Mar 09:00 (13:30 for them, Asia/Kolkata)"},
		{"the coach's spring, after", utc(3, 29, 7, 0), "Asia/Kolkata", "Mon 29 Mar 09:00 (12:30 for them, Asia/Kolkata)"},
		{"Lord Howe's repeated half hour, first", utc(4, 3, 14, 45), "Australia/Lord_Howe", "Sat 3 Apr 16:45 (Sun 4 Apr 01:45 UTC+11:00 for them, Australia/Lord_Howe)"},
		{"Lord Howe's repeated half hour, second", utc(4, 3, 15, 15), "Australia/Lord_Howe", "Sat 3 Apr 17:15 (Sun 4 Apr 01:45 UTC+10:30 for them, Australia/Lord_Howe)"},
		{"Lord Howe's spring, before", utc(10, 1, 20, 0), "Australia/Lord_Howe", "Fri 1 Oct 22:00 (Sat 2 Oct 06:30 for them, Australia/Lord_Howe)"},
		{"Lord Howe's spring, after", utc(10, 3, 20, 0), "Australia/Lord_Howe", "Sun 3 Oct 22:00 (Mon 4 Oct 07:00 for them, Australia/Lord_Howe)"},
		{"Chatham's repeated hour, first", utc(4, 3, 13, 15), "Pacific/Chatham", "Sat 3 Apr 15:15 (Sun 4 Apr 03:00 UTC+13:45 for them, Pacific/Chatham)"},
		{"Chatham's repeated hour, second", utc(4, 3, 14, 15), "Pacific/Chatham", "Sat 3 Apr 16:15 (Sun 4 Apr 03:00 UTC+12:45 for them, Pacific/Chatham)"},
		{"Chatham's spring, before", utc(9, 24, 18, 0), "Pacific/Chatham", "Fri 24 Sep 20:00 (Sat 25 Sep 06:45 for them, Pacific/Chatham)"},
		{"Chatham's spring, after", utc(9, 26, 18, 0), "Pacific/Chatham", "Sun 26 Sep 20:00 (Mon 27 Sep 07:45 for them, Pacific/Chatham)"},
		// The issue: 2028-01-10 read "Mon 10 Jan 10:00".
		{"next year", time.Date(2028, 1, 10, 10, 0, 0, 0, berlin), "America/New_York", "Mon 10 Jan 2028 10:00 (04:00 for them, America/New_York)"},
		{"next year for them only", time.Date(2027, 12, 31, 23, 30, 0, 0, berlin), "Pacific/Chatham", "Fri 31 Dec 23:30 (Sat 1 Jan 2028 12:15 for them, Pacific/Chatham)"},
		{"last year, no zone", time.Date(2026, 12, 30, 18, 0, 0, 0, berlin), "", "Wed 30 Dec 2026 18:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatWhen(tc.at, now, tc.zone); got != tc.want {
				t.Errorf("FormatWhen = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFormatTheirsTellsTheRepeatedHourApart writes the two sessions at
// 01:30 on New York's clock on 7 November 2027 for the newcomer, and a
// session of another year.
func TestFormatTheirsTellsTheRepeatedHourApart(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	now := time.Date(2027, 10, 20, 10, 0, 0, 0, berlin)
	first := time.Date(2027, 11, 7, 5, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		at   time.Time
		zone string
		want string
		ok   bool
	}{
		{first, "America/New_York", "Sun 7 Nov 01:30 EDT (America/New_York)", true},
		{first.Add(time.Hour), "America/New_York", "Sun 7 Nov 01:30 EST (America/New_York)", true},
		{time.Date(2028, 1, 10, 16, 0, 0, 0, berlin), "America/New_York", "Mon 10 Jan 2028 10:00 (America/New_York)", true},
		{time.Date(2028, 1, 10, 16, 0, 0, 0, berlin), "", "Mon 10 Jan 2028 16:00 (UTC+01:00)", false},
	} {
		if got, ok := FormatTheirs(tc.at, now, tc.zone); got != tc.want || ok != tc.ok {
			t.Errorf("FormatTheirs(%s, %q) = %q, %v; want %q, %v", tc.at, tc.zone, got, ok, tc.want, tc.ok)
		}
	}
}
