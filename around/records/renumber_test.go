package records

import (
	"slices"
	"testing"

	"partnercoach/around/fees"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/session"
)

// TestEditNamesRecordsPutOutOfStep corrects Bob Tester's first session,
// held, to rescheduled: his second one held is now his first, billed a
// first session's fee, and the edit must say so. The code before changed
// the one record and said nothing of the others, so the invoice went on
// billing his real first session at the later fee, and the newcomer list
// proposed a session number already on record.
func TestEditNamesRecordsPutOutOfStep(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		change Change
		want   []Renumber
	}{
		{"the first becomes rescheduled", "2026-11-10-1500", Change{Outcome: session.Rescheduled},
			[]Renumber{{ID: "2026-11-24-1500", Number: 2, Want: 1}}},
		{"the first goes to another newcomer", "2026-11-10-1500", Change{Newcomer: "Dana"},
			[]Renumber{{ID: "2026-11-24-1500", Number: 2, Want: 1}}},
		{"a session with no name becomes his second", "2026-11-17-1500", Change{Newcomer: "Bob Tester"},
			[]Renumber{{ID: "2026-11-24-1500", Number: 2, Want: 3}}},
		{"the last held changes no other", "2026-11-24-1500", Change{Outcome: session.Rescheduled}, nil},
		{"a no-show to held, after all he came", "2026-11-26-1500", Change{Outcome: session.Held}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			filetest.PrivateData(t)
			recordtest.SaveAll(t, Save, editRecords()...)
			ed, _, err := EditRecord(tt.id, tt.change, fees.Fees{First: 2500, Later: 5000})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ed.OutOfStep, tt.want) {
				t.Errorf("out of step: %+v, want %+v", ed.OutOfStep, tt.want)
			}
		})
	}
}
