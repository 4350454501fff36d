package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestANameMustShowAndKeepItsOrder(t *testing.T) {
	tests := []struct{ name, want string }{
		{"\u200b", "needs a character that shows"},
		{" \u200b\u200c\u200d\u2060\ufeff\ufe0f ", "needs a character that shows"},
		{"\u2800\u3164", "needs a character that shows"},
		{"\u0301", "needs a character that shows"},
		{"Zed\u202eB", `may not hold the right-to-left override (\u202e), which hides or reorders`},
		{"\u2067AB\u2069", `may not hold the right-to-left isolate (\u2067)`},
		{"A\u200fB", `may not hold the right-to-left mark (\u200f)`},
		{"A\u061cB", `may not hold the Arabic letter mark (\u061c)`},
		{"A\u200bB", `may not hold a zero-width space (\u200b)`},
		{"AB\U000E0041", `may not hold the invisible character \U000e0041`},
	}
	for _, r := range []rune{0x202a, 0x202b, 0x202c, 0x202d, 0x2066, 0x2068, 0x200e} {
		tests = append(tests, struct{ name, want string }{"A" + string(r) + "B", "which hides or reorders the text beside it"})
	}
	for _, tc := range tests {
		if _, err := CheckName(tc.name); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("CheckName(%q): %v, want %q", tc.name, err, tc.want)
		}
	}
	for _, name := range []string{"می\u200cخواهم", "👩\u200d👩\u200d👧", "❤\ufe0f", "שלום", "Zoë"} {
		if got, err := CheckName(name); err != nil || got != name {
			t.Errorf("CheckName(%q) = %q, %v", name, got, err)
		}
	}
}

// A name kept before the rule refused hidden characters is still read: the
// list is not moved aside for it, and it prints escaped.
func TestANameKeptBeforeTheRuleIsStillListed(t *testing.T) {
	useTempData(t)
	if err := os.MkdirAll(filepath.Dir(NewcomersPath()), 0o700); err != nil {
		t.Fatal(err)
	}
	book := `{"format": 1, "newcomers": [{"name": "\u200b", "assigned": "2026-11-20"}, {"name": "AB", "assigned": "2026-11-21"}]}`
	if err := os.WriteFile(NewcomersPath(), []byte(book), 0o600); err != nil {
		t.Fatal(err)
	}
	list, problems, err := ListNewcomers()
	if err != nil || len(problems) != 0 || len(list) != 2 || list[0].Name != "\u200b" {
		t.Fatalf("ListNewcomers = %+v, %v, %v", list, problems, err)
	}
}
