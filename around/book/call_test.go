package book

import (
	"partnercoach/internal/filetest"

	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckCall(t *testing.T) {
	tests := []struct {
		call Call
		want string // "" when it is taken
	}{
		{Call{Phone: "+1 (212) 555-0100"}, ""},
		{Call{Phone: "030 1234567 ext. 12"}, ""},
		{Call{Phone: "+49 30 1234567 x12", Handle: "Zoom: 123 456 7890", Caller: ByNewcomer}, ""},
		{Call{Handle: "Signal: ann.42", Caller: ByCoach}, ""},
		{Call{}, ""},
		{Call{Phone: "zoom.us/j/123"}, "a name on a calling service goes in --handle"},
		{Call{Phone: "12"}, "with its digits"},
		{Call{Phone: "+1 212\x1b[2J555"}, `may not hold the escape character (\x1b)`},
		{Call{Phone: strings.Repeat("1", maxPhoneLength+1)}, "up to 40 characters"},
		{Call{Handle: "ann\u202ecall"}, "hides or reorders"},
		{Call{Handle: "ann\ncall"}, "may not hold"},
		{Call{Handle: " \u200b "}, "start or end with a space"},
		{Call{Handle: "\u200b"}, "a character that shows"},
		{Call{Caller: "them"}, `the caller is the coach or the newcomer, got "them"`},
	}
	for _, tc := range tests {
		err := checkCall(tc.call)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%+v refused: %v", tc.call, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%+v: err %v, want one saying %q", tc.call, err, tc.want)
		}
	}
}

func TestMaskedPhone(t *testing.T) {
	for phone, want := range map[string]string{
		"+1 (212) 555-0100": "…0100", "123": "…123", "": "",
	} {
		if got := (Call{Phone: phone}).MaskedPhone(); got != want {
			t.Errorf("%q masked is %q, want %q", phone, got, want)
		}
	}
}

func TestACallWithAControlCharacterInTheFileIsAProblem(t *testing.T) {
	filetest.PrivateData(t)
	writeNewcomerFile(t, `{"format": 1, "newcomers": [
  {"name": "Alice", "assigned": "2026-11-01", "call": {"phone": "555\u001b[2J"}}
]}`)
	_, problems, err := ListNewcomers()
	if err != nil || len(problems) != 1 {
		t.Fatalf("problems %v, %v", problems, err)
	}
	if msg := problems[0].Error(); !strings.Contains(msg, ":2:4: ") || !strings.Contains(msg, `"Alice": call: a phone number may not hold the escape character`) {
		t.Errorf("problem %q", msg)
	}
	writeNewcomerFile(t, `{"format": 1, "newcomers": [
  {"name": "Alice", "assigned": "2026-11-01", "call": {"caller": "both"}}
]}`)
	if _, problems, _ := ListNewcomers(); len(problems) != 1 || !strings.Contains(problems[0].Error(), `got "both"`) {
		t.Errorf("problems %v", problems)
	}
}

// writeNewcomerFile writes the newcomer list as it is given.
func writeNewcomerFile(t *testing.T, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(listPath()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(listPath(), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}
