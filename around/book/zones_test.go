package book

import (
	"strings"
	"testing"
	"time"
)

func TestCheckZone(t *testing.T) {
	tests := []struct {
		zone string
		want []string // in the refusal, or nil when the zone is taken
	}{
		{"", nil},
		{"America/New_York", nil},
		{"Asia/Kolkata", nil},
		{"Australia/Lord_Howe", nil},
		{"Pacific/Chatham", nil},
		{"US/Eastern", nil}, // an old name, but of a place: it follows New York's clock
		// The EST: a fixed -05:00, so New York's summer came out an
		// hour off.
		{"EST", []string{`"EST" is a zone abbreviation`, "UTC-05:00 all year", "America/New_York (US Eastern, EDT in summer)"}},
		{"est", []string{"America/New_York"}},
		// CST stands for the US Central zone, China's, Cuba's and Mexico's.
		{"CST", []string{"stands for 4 places", "America/Chicago (US Central, CDT in summer)", "Asia/Shanghai (China)", "America/Havana (Cuba, CDT in summer)", "America/Mexico_City"}},
		{"IST", []string{"Asia/Kolkata (India)", "Europe/Dublin", "Asia/Jerusalem"}},
		{"LHDT", []string{"the IANA name of the place, Australia/Lord_Howe"}},
		{"CHADT", []string{"Pacific/Chatham"}},
		{"UTC", []string{"fixed offset"}},
		{"GMT", []string{"Europe/London (the UK, BST in summer)"}},
		{"UTC+5", []string{`"UTC+5" is a fixed offset`}},
		{"+05:30", []string{"fixed offset"}},
		{"GMT-3", []string{"fixed offset"}},
		{"Etc/GMT+5", []string{"not the name of a place"}},
		{"posix/Europe/Berlin", []string{"not the name of a place"}},
		{"EST5EDT", []string{"not the name of a place (Area/Place)"}},
		{"Japan", []string{"not the name of a place (Area/Place)"}},
		{"Mars/Olympus", []string{"is not a time zone name"}},
		{"Local", []string{"expected a time zone name"}},
	}
	for _, tc := range tests {
		err := CheckZone(tc.zone)
		switch {
		case tc.want == nil && err != nil:
			t.Errorf("CheckZone(%q) = %v, want it taken", tc.zone, err)
		case tc.want != nil && err == nil:
			t.Errorf("CheckZone(%q) took it, want a refusal with %q", tc.zone, tc.want)
		case err != nil:
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("CheckZone(%q) = %q, want it to hold %q", tc.zone, err, w)
				}
			}
		}
	}
}

// numberedAbbreviations are the abbreviations whose places the zone
// database names by their offset alone ("+1030"), with that offset.
var numberedAbbreviations = map[string]time.Duration{
	"LHST": 10*time.Hour + 30*time.Minute, "LHDT": 11 * time.Hour,
	"CHAST": 12*time.Hour + 45*time.Minute, "CHADT": 13*time.Hour + 45*time.Minute,
}

// TestAbbreviationsNameTheirPlaces checks the table against the zone
// database built into partnercoach: each place named for an abbreviation
// uses it (or, where the database writes a number, its offset) at some
// time of 2026.
func TestAbbreviationsNameTheirPlaces(t *testing.T) {
	for abbr, places := range abbreviations {
		for _, p := range places {
			loc, err := time.LoadLocation(p.zone)
			if err != nil {
				t.Errorf("%s: %v", abbr, err)
				continue
			}
			found := false
			for h := 0; h < 365*24 && !found; h += 12 {
				name, off := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(h) * time.Hour).In(loc).Zone()
				want, numbered := numberedAbbreviations[abbr]
				found = name == abbr || (numbered && time.Duration(off)*time.Second == want)
			}
			if !found {
				t.Errorf("%s: %s never uses it in 2026", abbr, p.zone)
			}
			if err := CheckZone(p.zone); err != nil {
				t.Errorf("%s: its place %s is refused: %v", abbr, p.zone, err)
			}
		}
	}
}

// TestAStoredAbbreviationIsStillRead: a book written before zones had to
// name a place may keep EST; it is read, not taken for damaged, and
// ZoneProblem says what is wrong with it.
func TestAStoredAbbreviationIsStillRead(t *testing.T) {
	if err := checkStoredZone("EST"); err != nil {
		t.Errorf("a stored EST: %v", err)
	}
	if err := ZoneProblem("EST"); err == nil {
		t.Error("ZoneProblem(EST) = nil")
	}
	if err := checkStoredZone("Mars/Olympus"); err == nil {
		t.Error("a stored zone nobody knows was read")
	}
}
