package names

import (
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
		if _, err := Check(tc.name); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Check(%q): %v, want %q", tc.name, err, tc.want)
		}
	}
	for _, name := range []string{"می\u200cخواهم", "👩\u200d👩\u200d👧", "❤\ufe0f", "שלום", "Zoë"} {
		if got, err := Check(name); err != nil || got != name {
			t.Errorf("Check(%q) = %q, %v", name, got, err)
		}
	}
}

// TestNameKeyIsSameName: two names have one key exactly when Same
// takes them for one newcomer, for the letters whose case is not one to
// one (the Kelvin sign, the long s, Greek final sigma, Turkish dotted
// and dotless i) and spaces around.
func TestNameKeyIsSameName(t *testing.T) {
	names := []string{"Kai", "\u212aai", "kAI", "Sue", "\u017fue", "SUE", "Σίσυφος", "σίσυφοσ", "ΣΊΣΥΦΟΣ", "σίσυφος",
		"Işık", "ISIK", "işik", "İşik", "Zo\u00e9", "Zoe\u0301", "ZOE\u0301", "zo\u00c9", "Zoe", "  Ann Lee ", "ann lee", "Ann  Lee", "AB", "ab", "A\xffB", "a\xffb", ""}
	for _, a := range names {
		for _, b := range names {
			if same, keys := Same(a, b), Key(a) == Key(b); same != keys {
				t.Errorf("%q and %q: Same %v, same key %v", a, b, same, keys)
			}
		}
	}
}

// TestSameHoweverTheAccentsAreWritten: é as one character and as an e
// with a combining accent are one newcomer, and a name that enters
// partnercoach is kept with its accents composed; an e without its accent
// is someone else.
func TestSameHoweverTheAccentsAreWritten(t *testing.T) {
	if !Same("Zo\u00e9 Smith", "ZOE\u0301 SMITH") || Same("Zo\u00e9 Smith", "Zoe Smith") {
		t.Error("Same does not take the two ways of writing é for one, or takes e for é")
	}
	if got, err := Check(" Zoe\u0301 Smith "); err != nil || got != "Zo\u00e9 Smith" {
		t.Errorf("Check kept %q, %v; want the accent composed", got, err)
	}
	long := strings.Repeat("e\u0301", MaxLength) // 100 characters once composed
	if _, err := Check(long); err != nil {
		t.Errorf("Check counted the accents apart: %v", err)
	}
}

func TestOneNameRule(t *testing.T) {
	tests := []struct{ name, want string }{
		{"  AB  ", ""},
		{"Zoë Ångström", ""},
		{strings.Repeat("é", MaxLength), ""},
		{strings.Repeat("é", MaxLength+1), "may be up to 100 characters, got 101"},
		{"", "got nothing"},
		{" \t ", "got nothing"},
		{"A\tB", "may not hold a tab"},
		{"A\x1b]8;;http://x\x07B", `may not hold the escape character (\x1b)`},
		{"A\u009bB", `may not hold the control character \x9b`},
		{"A\rB", "may not hold a carriage return"},
		{"A\xffB", "may not hold a byte that is not UTF-8"},
	}
	for _, tc := range tests {
		got, err := Check(tc.name)
		switch {
		case tc.want == "" && (err != nil || got != strings.TrimSpace(tc.name)):
			t.Errorf("Check(%q) = %q, %v", tc.name, got, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Check(%q): %v, want %q", tc.name, err, tc.want)
		}
	}
}
