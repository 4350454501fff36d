package book

import (
	"partnercoach/internal/filetest"
	"partnercoach/internal/safefile"

	"encoding/json"
	"os"
	"testing"
	"time"
)

// formatOneBook is a newcomer list as partnercoach wrote it before ids:
// two newcomers, one with two appointments booked at the same instant.
const formatOneBook = `{
  "format": 1,
  "newcomers": [
    {"name": "AB", "assigned": "2026-11-19",
     "appointments": [
       {"at": "2026-11-25T10:00:00Z", "booked": "2026-11-20T09:00:00Z", "state": "rescheduled", "by": "coach", "changed": "2026-11-21T09:00:00Z"},
       {"at": "2026-11-26T10:00:00Z", "booked": "2026-11-20T09:00:00Z", "state": "booked"}
     ]},
    {"name": "CD", "assigned": "2026-11-19"}
  ]
}`

// bookOnDisk reads the newcomer list file as it is, without the store.
func bookOnDisk(t *testing.T) newcomerFile {
	t.Helper()
	data, err := os.ReadFile(listPath())
	if err != nil {
		t.Fatal(err)
	}
	var f newcomerFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// allIDs lists the ids of the newcomers and their appointments, in order.
func allIDs(list []Newcomer) []string {
	var ids []string
	for _, n := range list {
		ids = append(ids, n.ID)
		for _, a := range n.Appointments {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

func TestABookWithoutIDsIsReadAndGivenThemOnce(t *testing.T) {
	filetest.PrivateData(t)
	if err := safefile.WriteFile(listPath(), []byte(formatOneBook)); err != nil {
		t.Fatal(err)
	}
	first := allIDs(mustList(t))
	if len(first) != 4 {
		t.Fatalf("ids %q", first)
	}
	seen := map[string]bool{}
	for _, id := range first {
		if !bookIDRE.MatchString(id) || seen[id] {
			t.Errorf("id %q is malformed or repeated in %q", id, first)
		}
		seen[id] = true
	}
	f := bookOnDisk(t)
	if f.Format != newcomersFormat || allIDs(f.Newcomers)[0] != first[0] {
		t.Fatalf("the book was not written back with its ids: format %d, ids %q", f.Format, allIDs(f.Newcomers))
	}
	again := allIDs(mustList(t))
	if len(again) != len(first) {
		t.Fatalf("ids %q, then %q", first, again)
	}
	for i := range first {
		if first[i] != again[i] {
			t.Errorf("id %d moved from %s to %s", i, first[i], again[i])
		}
	}
}

func TestNewEntriesGetIDsThatStay(t *testing.T) {
	filetest.PrivateData(t)
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	AddNewcomer("AB", NewDate(2026, 11, 19))
	before := mustList(t)[0].ID
	if _, _, err := Schedule("AB", now.Add(48*time.Hour), "", now); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Reschedule("AB", now.Add(72*time.Hour), ByCoach, "", now); err != nil {
		t.Fatal(err)
	}
	AddNewcomer("Aaron", NewDate(2026, 11, 20))
	list := mustList(t)
	ab := list[0]
	if ab.ID != before || len(ab.Appointments) != 2 {
		t.Fatalf("AB: id %s (was %s), %d appointments", ab.ID, before, len(ab.Appointments))
	}
	if ab.Appointments[0].ID == "" || ab.Appointments[0].ID == ab.Appointments[1].ID {
		t.Errorf("appointment ids %q and %q", ab.Appointments[0].ID, ab.Appointments[1].ID)
	}
	if list[1].ID == "" || list[1].ID == ab.ID {
		t.Errorf("the second newcomer's id %q", list[1].ID)
	}
}

func TestStampIDsMendsCopiedAndHandWrittenIDs(t *testing.T) {
	const good = "0123456789abcdef"
	tests := []struct {
		name    string
		list    []Newcomer
		changed bool
	}{
		{"all good", []Newcomer{{ID: good, Appointments: []Appointment{{ID: good}}}}, false},
		{"none", []Newcomer{{}}, true},
		{"a copied entry", []Newcomer{{ID: good}, {ID: good}}, true},
		{"a copied appointment", []Newcomer{{ID: good, Appointments: []Appointment{{ID: good}, {ID: good}}}}, true},
		{"a name written in", []Newcomer{{ID: "alice-example"}}, true},
		{"capitals", []Newcomer{{ID: "0123456789ABCDEF"}}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := stampIDs(tc.list); got != tc.changed {
				t.Errorf("changed %v, want %v", got, tc.changed)
			}
			if tc.list[0].ID != good && !tc.changed {
				t.Errorf("a good id was replaced")
			}
			seen := map[string]bool{}
			for _, n := range tc.list {
				if !bookIDRE.MatchString(n.ID) || seen[n.ID] {
					t.Errorf("newcomer id %q", n.ID)
				}
				seen[n.ID] = true
				inEntry := map[string]bool{}
				for _, a := range n.Appointments {
					if !bookIDRE.MatchString(a.ID) || inEntry[a.ID] {
						t.Errorf("appointment id %q", a.ID)
					}
					inEntry[a.ID] = true
				}
			}
		})
	}
}

// TestNewBookIDsAreWellFormedAndDistinct makes many ids and wants each of
// the form stampID accepts and none twice: an id padded short, or one
// made from a generator that repeats, fails.
func TestNewBookIDsAreWellFormedAndDistinct(t *testing.T) {
	const n = 20000
	seen := make(map[string]bool, n)
	for range n {
		id := newBookID()
		if !bookIDRE.MatchString(id) {
			t.Fatalf("id %q is not 16 lowercase hexadecimal digits", id)
		}
		if seen[id] {
			t.Fatalf("id %q made twice in %d", id, len(seen)+1)
		}
		seen[id] = true
	}
}
