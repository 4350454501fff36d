package records

import (
	"partnercoach/around/fees"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"

	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// editRecords are Bob Tester's sessions and one with no name, as the
// start screen used to write them.
func editRecords() []session.Record {
	day := func(d int) time.Time { return time.Date(2026, time.November, d, 15, 0, 0, 0, time.UTC) }
	first := recordtest.Simple("2026-11-10-1500", "Bob Tester", 1, day(10), session.Held, 2500)
	first.Script = "first"
	return []session.Record{
		first,
		recordtest.Simple("2026-11-17-1500", "", 0, day(17), session.Held, 0),
		recordtest.Simple("2026-11-24-1500", "Bob Tester", 2, day(24), session.Held, 5000),
		recordtest.Simple("2026-11-26-1500", "Bob Tester", 3, day(26), session.Rescheduled, 0),
	}
}

func TestEditRecord(t *testing.T) {
	fees := fees.Fees{First: 3000, Later: 6000}
	tests := []struct {
		name    string
		id      string
		change  Change
		number  int
		fee     int
		changes []string
		clashes []string
	}{
		{"attach a newcomer to a record with no name", "2026-11-17-1500", Change{Newcomer: " Bob Tester "}, 2, 6000,
			[]string{"newcomer: none → Bob Tester", "session number: none → 2", "fee: $0.00 → $60.00"}, []string{"2026-11-24-1500"}},
		{"attach with a number", "2026-11-17-1500", Change{Newcomer: "Carol", Number: 1}, 1, 3000,
			[]string{"newcomer: none → Carol", "session number: none → 1", "fee: $0.00 → $30.00"}, nil},
		{"held to no-show keeps the fee", "2026-11-10-1500", Change{Outcome: session.NoShow}, 1, 2500,
			[]string{"outcome: held → no-show"}, nil},
		{"held to rescheduled bills nothing", "2026-11-24-1500", Change{Outcome: session.Rescheduled}, 2, 0,
			[]string{"outcome: held → rescheduled", "fee: $50.00 → $0.00"}, nil},
		{"rescheduled to no-show bills by the number", "2026-11-26-1500", Change{Outcome: session.NoShow}, 3, 6000,
			[]string{"outcome: rescheduled → no-show", "fee: $0.00 → $60.00"}, nil},
		{"another number bills by it", "2026-11-10-1500", Change{Number: 2}, 2, 6000,
			[]string{"session number: 1 → 2", "fee: $25.00 → $60.00"}, []string{"2026-11-24-1500"}},
		{"another newcomer renumbers", "2026-11-24-1500", Change{Newcomer: "Dana"}, 1, 3000,
			[]string{"newcomer: Bob Tester → Dana", "session number: 2 → 1", "fee: $50.00 → $30.00"}, nil},
		{"as it was: nothing changes", "2026-11-10-1500", Change{Outcome: session.Held, Newcomer: "Bob Tester"}, 1, 2500, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			filetest.PrivateData(t)
			recordtest.SaveAll(t, Save, editRecords()...)
			path := recordPath(tt.id)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ed, problems, err := EditRecord(tt.id, tt.change, fees)
			if err != nil || len(problems) != 0 {
				t.Fatalf("EditRecord: %v, %v", problems, err)
			}
			if !slices.Equal(ed.Changes, tt.changes) {
				t.Errorf("changes %q, want %q", ed.Changes, tt.changes)
			}
			if !slices.Equal(ed.Clashes, tt.clashes) {
				t.Errorf("clashes %q, want %q", ed.Clashes, tt.clashes)
			}
			got, _, err := Load(tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Number != tt.number || got.FeeCents != tt.fee || got.Format != session.RecordFormat || got.ID != tt.id {
				t.Errorf("saved record: number %d fee %d format %d id %s; want number %d fee %d", got.Number, got.FeeCents, got.Format, got.ID, tt.number, tt.fee)
			}
			after, _ := os.ReadFile(path)
			if (tt.changes == nil) != (string(after) == string(before)) {
				t.Errorf("file rewritten: %v, want %v", string(after) != string(before), tt.changes != nil)
			}
			if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
				t.Errorf("mode %v after the edit", info.Mode().Perm())
			}
		})
	}
}

func TestEditRecordRefuses(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, Save, editRecords()...)
	tests := []struct {
		name   string
		id     string
		change Change
		want   string
	}{
		{"nothing asked", "2026-11-10-1500", Change{}, "nothing to change"},
		{"a name with an escape", "2026-11-10-1500", Change{Newcomer: "Bob\x1b[31m"}, "may not hold"},
		{"an outcome not known", "2026-11-10-1500", Change{Outcome: "cancelled"}, "is not one of held, no-show"},
		{"a negative number", "2026-11-10-1500", Change{Number: -1}, "expected 1 or more"},
		{"an id one slip away", "2026-11-10-1505", Change{Outcome: session.Held}, `"2026-11-10-1505"; close ones: 2026-11-10-1500`},
		{"an id of that day", "2026-11-24-0900", Change{Outcome: session.Held}, "close ones: 2026-11-24-1500"},
		{"an id far from all", "yesterday", Change{Outcome: session.Held}, `no record has the id "yesterday" (partnercoach log lists them)`},
		{"a path", "../newcomers", Change{Outcome: session.Held}, "no record has the id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := EditRecord(tt.id, tt.change, fees.Default)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("EditRecord: %v, want an error containing %q", err, tt.want)
			}
		})
	}
	recs, _ := List()
	if !slices.EqualFunc(recs, editRecords(), func(a, b session.Record) bool {
		return a.ID == b.ID && a.Outcome == b.Outcome && a.Newcomer == b.Newcomer
	}) {
		t.Errorf("a refused edit changed the records: %+v", recs)
	}
}

func TestCloseIDs(t *testing.T) {
	ids := []string{"2026-11-10-1500", "2026-11-10-1700", "2026-11-11-1500", "2026-12-01-0900"}
	tests := []struct {
		id   string
		want []string
	}{
		{"2026-11-10-1501", []string{"2026-11-10-1500", "2026-11-10-1700", "2026-11-11-1500"}},
		{"2026-12-01-1000", []string{"2026-12-01-0900"}},
		{"2027-01-01-1000", nil},
		{strings.Repeat("2", 200), nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := closeIDs(tt.id, ids); !slices.Equal(got, tt.want) {
			t.Errorf("closeIDs(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestParseOutcome(t *testing.T) {
	for _, o := range session.Outcomes {
		if got, err := ParseOutcome(" " + strings.ToUpper(string(o)) + " "); err != nil || got != o {
			t.Errorf("ParseOutcome(%q) = %q, %v", o, got, err)
		}
	}
	if _, err := ParseOutcome("noshow"); err == nil || !strings.Contains(err.Error(), "no-show") {
		t.Errorf("ParseOutcome(noshow): %v, want the outcomes listed", err)
	}
}

func TestEditRecordOfADamagedRecordSaysWhy(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, Save, editRecords()[0])
	recordtest.WriteIn(t, Dir(), "2026-11-24-1500.json", `{"format": 1, "id": "2026-11-24-1500", "outcome": "cancelled"}`)
	_, problems, err := EditRecord("2026-11-24-1500", Change{Outcome: session.NoShow}, fees.Default)
	if err == nil || !strings.Contains(err.Error(), "2026-11-24-1500.json:") || !strings.Contains(err.Error(), "moved aside") {
		t.Fatalf("EditRecord of a damaged record: %v", err)
	}
	if len(problems) != 0 {
		t.Errorf("problems %v, want none but the error", problems)
	}
	if _, err := os.Stat(recordPath("2026-11-24-1500")); !os.IsNotExist(err) {
		t.Errorf("the damaged record was not moved aside: %v", err)
	}
}

// TestEditOfARecordWithoutStepsWritesNoNull: a record written by hand
// without "steps", corrected with log edit, is written again with an
// empty list of steps, as every record the program writes has, never
// null.
func TestEditOfARecordWithoutStepsWritesNoNull(t *testing.T) {
	filetest.PrivateData(t)
	path := recordtest.WriteIn(t, Dir(), "2026-11-10-1500.json", `{
  "format": 1,
  "id": "2026-11-10-1500",
  "newcomer": "Bob Tester",
  "session_number": 1,
  "script": "first",
  "started": "2026-11-10T15:00:00Z",
  "ended": "2026-11-10T15:50:00Z",
  "outcome": "held",
  "fee_cents": 2500
}
`)
	if _, problems, err := EditRecord("2026-11-10-1500", Change{Outcome: session.NoShow}, fees.Fees{First: 2500, Later: 5000}); err != nil || len(problems) != 0 {
		t.Fatalf("EditRecord: %v, %v", problems, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"steps": []`) || strings.Contains(string(data), "null") {
		t.Fatalf("written again as:\n%s", data)
	}
}
