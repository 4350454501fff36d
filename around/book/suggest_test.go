package book

import (
	"partnercoach/internal/filetest"

	"strings"
	"testing"
)

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
