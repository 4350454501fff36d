package book

import (
	"partnercoach/around/fees"
	"partnercoach/around/records"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"

	"testing"
	"time"

	"partnercoach/session"
)

func TestRoster(t *testing.T) {
	utc := time.UTC
	now := time.Date(2026, time.March, 25, 12, 0, 0, 0, utc)
	booked := func(at time.Time) []Appointment {
		return []Appointment{{At: at, Booked: now.AddDate(0, 0, -1), State: Booked}}
	}
	list := []Newcomer{
		{Name: "AB", Assigned: Date{2026, 3, 1}, TimeZone: "Europe/Berlin", Appointments: booked(time.Date(2026, time.March, 28, 3, 0, 0, 0, utc))},
		{Name: "CD", Assigned: Date{2026, 3, 2}, Appointments: booked(time.Date(2026, time.March, 26, 15, 0, 0, 0, utc))},
		{Name: "EF", Assigned: Date{2026, 3, 3}},
		{Name: "GH", Assigned: Date{2026, 3, 4}, Appointments: booked(now.Add(-time.Hour))}, // passed: not to come
		// The start screen's line said "Mon 10 Jan 10:00" of 2028.
		{Name: "IJ", Assigned: Date{2026, 3, 5}, Appointments: booked(time.Date(2028, time.January, 10, 10, 0, 0, 0, utc))},
	}
	recs := []session.Record{
		recordtest.Simple("r1", "EF", 1, time.Date(2026, time.March, 10, 15, 0, 0, 0, utc), session.Held, 2500),
		recordtest.Simple("r2", "ef", 2, time.Date(2026, time.March, 17, 15, 0, 0, 0, utc), session.NoShow, 5000),
		recordtest.Simple("r3", "Unlisted", 1, time.Date(2026, time.March, 18, 15, 0, 0, 0, utc), session.Held, 2500),
		recordtest.Simple("r4", "CD", 1, time.Date(2026, time.March, 19, 15, 0, 0, 0, utc), session.Rescheduled, 0),
	}
	f := fees.Fees{First: 3000, Later: 6000}
	want := []RosterEntry{
		{Name: "CD", Listed: true, Next: fees.Next{Number: 1, Script: "first", FeeCents: 3000}, At: list[1].Appointments[0].At, When: "Thu 26 Mar 15:00"},
		{Name: "AB", Listed: true, Next: fees.Next{Number: 1, Script: "first", FeeCents: 3000}, At: list[0].Appointments[0].At, When: "Sat 28 Mar 03:00 (04:00 for them, Europe/Berlin)"},
		{Name: "IJ", Listed: true, Next: fees.Next{Number: 1, Script: "first", FeeCents: 3000}, At: list[4].Appointments[0].At, When: "Mon 10 Jan 2028 10:00"},
		{Name: "EF", Listed: true, Next: fees.Next{Number: 2, Script: "followup", FeeCents: 6000}},
		{Name: "GH", Listed: true, Next: fees.Next{Number: 1, Script: "first", FeeCents: 3000}},
		{Name: "Unlisted", Listed: false, Next: fees.Next{Number: 2, Script: "followup", FeeCents: 6000}},
	}
	got := Roster(list, recs, f, now)
	if len(got) != len(want) {
		t.Fatalf("Roster gave %d entries, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestLoadRosterReadsTheFiles(t *testing.T) {
	filetest.PrivateData(t)
	now := time.Date(2026, time.March, 25, 12, 0, 0, 0, time.UTC)
	if _, err := AddNewcomer("Bob Tester", Date{2026, 3, 1}); err != nil {
		t.Fatal(err)
	}
	recordtest.SaveAll(t, records.Save, recordtest.Simple("2026-03-10-1500", "Bob Tester", 1, time.Date(2026, time.March, 10, 15, 0, 0, 0, time.UTC), session.Held, 2500))
	got, problems, err := LoadRoster(fees.Default, now)
	if err != nil || len(problems) != 0 {
		t.Fatalf("LoadRoster: %v, %v", problems, err)
	}
	if len(got) != 1 || got[0].Name != "Bob Tester" || got[0].Next != (fees.Next{Number: 2, Script: "followup", FeeCents: fees.Default.Later}) || got[0].When != "" {
		t.Fatalf("LoadRoster = %+v", got)
	}
}

func TestKnown(t *testing.T) {
	list := []Newcomer{{Name: "Bob Tester"}}
	recs := []session.Record{{Newcomer: "bob tester"}, {Newcomer: ""}, {Newcomer: "Carol Sample"}, {Newcomer: "carol sample"}}
	got := Known(list, recs)
	if len(got) != 2 || got[0].Name != "Bob Tester" || got[1].Name != "Carol Sample" {
		t.Fatalf("Known = %+v", got)
	}
	if m := Lookup("Carol Sampel", got); m.Near != "Carol Sample" {
		t.Errorf("Lookup of a name known only from records = %+v", m)
	}
}
