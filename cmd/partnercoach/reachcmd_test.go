package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reachEnv is a coach in Berlin on 2 March 2027, with a name and a short
// form in the settings, and Olga Example assigned the day before.
func reachEnv(t *testing.T) (env []string, dir string) {
	t.Helper()
	dir = t.TempDir()
	env = append(homeEnv(dir), "TZ=Europe/Berlin", "PARTNERCOACH_NOW=2027-03-02T10:00:00+01:00", "COLUMNS=80")
	settingsFile := filepath.Join(dir, "config", "partnercoach", "settings.yaml")
	if err := os.MkdirAll(filepath.Dir(settingsFile), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(settingsFile, []byte("coach: Ann Coach\nshort_form: \"Focusing short form (I)\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, env, "newcomer", "add", "Olga Example", "--assigned", "2027-03-01")
	return env, dir
}

func TestReachKeepsTheCallPrivately(t *testing.T) {
	env, dir := reachEnv(t)
	if out := mustRun(t, env, "newcomer", "reach", "olga example"); out != "Olga Example: you call them, no number or call handle is kept.\n" {
		t.Errorf("reach with nothing kept: %q", out)
	}
	out := mustRun(t, env, "newcomer", "reach", "Olga Example", "--phone", " +1 212 555 0100 ")
	if out != "Kept for Olga Example: you call them, on +1 212 555 0100.\n" {
		t.Errorf("reach --phone said %q", out)
	}
	mustRun(t, env, "newcomer", "schedule", "Olga Example", "2027-03-09 19:00", "--tz", "America/New_York")
	out = mustRun(t, env, "newcomer", "reach", "Olga Example", "--handle", "Zoom: 123 456 7890")
	if want := "Kept for Olga Example: you call them, on +1 212 555 0100, or Zoom: 123 456 7890.\n" +
		"The message that confirms the session with it: partnercoach newcomer draft 'Olga Example' booked\n"; out != want {
		t.Errorf("reach --handle said %q, want %q", out, want)
	}
	// The list shows who calls and the last four digits, never the number
	// or the handle.
	list := mustRun(t, env, "newcomer", "list")
	if !strings.Contains(list, "Olga Example  Tue 9 Mar 19:00 (13:00 for them, America/New_York)  you call, phone …0100\n") ||
		strings.Contains(list, "555") || strings.Contains(list, "Zoom") {
		t.Errorf("newcomer list:\n%s", list)
	}
	draft := mustRun(t, env, "newcomer", "draft", "Olga Example", "booked")
	if !strings.Contains(draft, "I will call you then on +1 212 555 0100, or if that fails on Zoom: 123 456 7890.") {
		t.Errorf("draft booked:\n%s", draft)
	}
	// Forgetting the newcomer leaves the number nowhere.
	mustRun(t, env, "newcomer", "forget", "Olga Example", "--yes")
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, _ := os.ReadFile(path); strings.Contains(string(data), "555 0100") {
				t.Errorf("%s still holds the number", path)
			}
		}
		return nil
	})
}

func TestReachRefusesWhatIsNoNumberAndChangesParts(t *testing.T) {
	env, _ := reachEnv(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--phone", "zoom.us/j/123"}, "a name on a calling service goes in --handle"},
		{[]string{"--handle", "ann\x1b]8;;http://x\x07"}, `a call handle may not hold the escape character`},
		{[]string{"--caller", "both"}, "--caller: expected coach or newcomer"},
		{[]string{"--clear", "--phone", "123 456"}, "--clear drops everything kept about the call: give it alone"},
	} {
		_, stderr, code := runBinaryEnv(t, env, append([]string{"newcomer", "reach", "Olga Example"}, tc.args...)...)
		if code != 1 || !strings.Contains(stderr, tc.want) || strings.ContainsRune(stderr, 0x1b) {
			t.Errorf("%q: exit %d, %q", tc.args, code, stderr)
		}
	}
	mustRun(t, env, "newcomer", "reach", "Olga Example", "--phone", "030 1234567", "--caller", "newcomer")
	if out := mustRun(t, env, "newcomer", "reach", "Olga Example", "--phone", ""); out != "Kept for Olga Example: they call you, no number or call handle is kept.\n" {
		t.Errorf("dropping the phone: %q", out)
	}
	if out := mustRun(t, env, "newcomer", "reach", "Olga Example", "--clear"); out != "Nothing is kept about the call with Olga Example.\n" {
		t.Errorf("--clear: %q", out)
	}
}

// A handle kept in the file with a character that reorders text, as a
// hand edit may leave, is shown escaped wherever it is printed.
func TestReachPrintsAHandleEscaped(t *testing.T) {
	env, dir := reachEnv(t)
	book := filepath.Join(dir, "data", "partnercoach", "newcomers.json")
	data, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), `"assigned"`, `"call": {"handle": "Signal: ann\u202e42"}, "assigned"`, 1)
	if err := os.WriteFile(book, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, env, "newcomer", "reach", "Olga Example")
	if out != "Olga Example: you call them, on Signal: ann\\u202e42.\n" {
		t.Errorf("reach said %q", out)
	}
	if draft := mustRun(t, env, "newcomer", "draft", "Olga Example", "contact"); !strings.Contains(draft, `I will call you on Signal: ann\u202e42.`) {
		t.Errorf("draft:\n%s", draft)
	}
}
