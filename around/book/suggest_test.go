package book

import (
	"partnercoach/internal/filetest"

	"strings"
	"testing"
)

func TestSuggest(t *testing.T) {
	list := []Newcomer{{Name: "Bob Tester"}, {Name: "AB"}, {Name: "Alice Example"}, {Name: "Zoë Müller"}}
	tests := []struct {
		name string
		want string // "" for no suggestion
	}{
		{"Bob Testr", "Bob Tester"},
		{"bob tester", ""},    // the same newcomer: nothing to suggest
		{"  BOB TESTER ", ""}, // spaces and case do not matter
		{"bob testr", "Bob Tester"},
		{"Bob Tetser", "Bob Tester"}, // two changes in ten letters
		{"Rob Fester", "Bob Tester"},
		{"Bo Tst", ""}, // four of ten: too far
		{"AC", ""},     // initials are never taken for others
		{"ABC", ""},
		{"Alice Exmple", "Alice Example"},
		{"Zoe Muller", "Zoë Müller"}, // two runes of ten, not four bytes
		{"Carol", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := Suggest(tt.name, list)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Suggest(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestSuggestPicksTheClosest(t *testing.T) {
	list := []Newcomer{{Name: "Anna Larsen"}, {Name: "Anne Larson"}}
	if got, _ := Suggest("Anne Larsen", list); got != "Anna Larsen" {
		t.Errorf("a tie: Suggest = %q, want the first listed", got)
	}
	if got, _ := Suggest("Anne Larso", list); got != "Anne Larson" {
		t.Errorf("Suggest = %q, want the closest, Anne Larson", got)
	}
	if _, ok := Suggest("Anne Larsen", nil); ok {
		t.Error("a suggestion from an empty list")
	}
}

func TestNotListed(t *testing.T) {
	list := []Newcomer{{Name: "Bob Tester"}}
	tests := []struct{ name, want string }{
		{"Bob Testr", `no newcomer is called "Bob Testr"; did you mean "Bob Tester"? For someone new, add them first with: partnercoach newcomer add 'Bob Testr'`},
		{"GH", `no newcomer is called "GH"; add them first with: partnercoach newcomer add GH`},
	}
	for _, tt := range tests {
		if got := NotListed(tt.name, list).Error(); got != tt.want {
			t.Errorf("NotListed(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestChangingAMisspeltNewcomerAsksDidYouMean(t *testing.T) {
	filetest.PrivateData(t)
	if _, err := AddNewcomer("Bob Tester", Date{2026, 3, 1}); err != nil {
		t.Fatal(err)
	}
	_, err := RecordContact("Bob Testr", OnDay(Date{2026, 3, 2}))
	if err == nil || !strings.Contains(err.Error(), `did you mean "Bob Tester"?`) {
		t.Fatalf("RecordContact of a misspelt name: %v", err)
	}
}
