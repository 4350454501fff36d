package names

import "testing"

func TestLookup(t *testing.T) {
	onRecord := []string{"Bob Tester", "AB", "Alice Example", "Zoë Müller"}
	tests := []struct {
		typed string
		want  Match
	}{
		{"Bob Tester", Match{OnRecord: "Bob Tester"}},
		{"bob tester", Match{OnRecord: "Bob Tester"}},    // the same newcomer, spelt as on record
		{"  BOB TESTER ", Match{OnRecord: "Bob Tester"}}, // spaces and case do not matter
		{"ab", Match{OnRecord: "AB"}},
		{"Bob Testr", Match{Near: "Bob Tester"}},
		{"bob testr", Match{Near: "Bob Tester"}},
		{"Bob Tetser", Match{Near: "Bob Tester"}}, // two changes in ten letters
		{"Rob Fester", Match{Near: "Bob Tester"}},
		{"Bo Tst", Match{}}, // four of ten: too far
		{"AC", Match{}},     // initials are never taken for others
		{"ABC", Match{}},
		{"Alice Exmple", Match{Near: "Alice Example"}},
		{"Zoe Muller", Match{Near: "Zoë Müller"}}, // two runes of ten, not four bytes
		{"Carol", Match{}},
		{"", Match{}},
	}
	for _, tt := range tests {
		if got := Lookup(tt.typed, onRecord); got != tt.want {
			t.Errorf("Lookup(%q) = %+v, want %+v", tt.typed, got, tt.want)
		}
	}
}

func TestLookupPicksTheClosest(t *testing.T) {
	tests := []struct {
		typed    string
		onRecord []string
		want     string
	}{
		{"Anne Larsen", []string{"Anna Larsen", "Anne Larson"}, "Anna Larsen"}, // a tie: the first
		{"Anne Larso", []string{"Anna Larsen", "Anne Larson"}, "Anne Larson"},
		{"Anne Larsen", nil, ""},
	}
	for _, tt := range tests {
		if got := Lookup(tt.typed, tt.onRecord); got.Near != tt.want || got.OnRecord != "" {
			t.Errorf("Lookup(%q, %q) = %+v, want near %q", tt.typed, tt.onRecord, got, tt.want)
		}
	}
}
