package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAvailableCommand: 'partnercoach available' says the coach has not
// answered yet; yes and no keep an answer at PARTNERCOACH_NOW and say it;
// no --until keeps the day of return, which 'newcomer list' says at its
// end and which turns into a reminder once it has come. The file is
// private and names nobody.
func TestAvailableCommand(t *testing.T) {
	dir := t.TempDir()
	env := homeEnv(dir)
	at := func(now string) []string { return append(append([]string{}, env...), "PARTNERCOACH_NOW="+now) }
	steps := []struct {
		now  string
		args []string
		want string
	}{
		{"2026-12-04T10:00:00Z", []string{"available"},
			"You have not said yet whether you are available to coach again: 'partnercoach available yes' or 'partnercoach available no' says it.\n"},
		{"2026-12-04T10:00:00Z", []string{"available", "yes"}, "You said today you are available to coach again.\n"},
		{"2026-12-07T10:00:00Z", []string{"available"}, "You said on Fri 4 Dec you are available to coach again.\n"},
		{"2026-12-07T10:00:00Z", []string{"available", "no", "--until", "2027-01-10"},
			"You said today you are not available to coach until Sun 10 Jan 2027.\n"},
		{"2026-12-08T10:00:00Z", []string{"newcomer", "list"},
			"No newcomers yet; add one with: partnercoach newcomer add NAME\n\n" +
				"You said on Mon 7 Dec you are not available to coach until Sun 10 Jan 2027.\n"},
		{"2027-01-10T10:00:00Z", []string{"available"},
			"You said on Mon 7 Dec 2026 you would be available to coach again from Sun 10 Jan: 'partnercoach available yes' says you are.\n"},
		{"2027-01-10T10:00:00Z", []string{"available", "N"}, "You said today you are not available to coach for now.\n"},
	}
	for _, s := range steps {
		out, stderr, code := runBinaryEnv(t, at(s.now), s.args...)
		if code != 0 || stderr != "" || out != s.want {
			t.Fatalf("%s at %s: exit %d, stderr %q, output:\n%s\nwant:\n%s", strings.Join(s.args, " "), s.now, code, stderr, out, s.want)
		}
	}
	path := filepath.Join(dir, "data", "partnercoach", "available.json")
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("%s: %v, mode %v", path, err, info.Mode().Perm())
	}
	data, _ := os.ReadFile(path)
	want := "{\n  \"format\": 1,\n  \"available\": false,\n  \"said\": \"2027-01-10T10:00:00Z\"\n}\n"
	if string(data) != want {
		t.Errorf("the file:\n%s\nwant:\n%s", data, want)
	}
}

// TestAvailableRefusesWhatItCannotKeep: a word that is neither yes nor
// no, --until with yes or with a day gone by, and a malformed day are
// refused with what was expected, and nothing is kept.
func TestAvailableRefusesWhatItCannotKeep(t *testing.T) {
	env := append(homeEnv(t.TempDir()), "PARTNERCOACH_NOW=2026-12-04T10:00:00Z")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"available", "maybe"}, `partnercoach: expected yes or no, got "maybe"`},
		{[]string{"available", "yes", "--until", "2027-01-10"}, "partnercoach: --until goes with no"},
		{[]string{"available", "--until", "2027-01-10"}, "partnercoach: --until goes with no"},
		{[]string{"available", "no", "--until", "2026-12-04"}, "partnercoach: --until: 2026-12-04 is not still to come (today is 2026-12-04)"},
		{[]string{"available", "no", "--until", "10/01/2027"}, `partnercoach: --until: expected a date such as 2026-11-22, got "10/01/2027"`},
		{[]string{"available", "yes", "no"}, "partnercoach: accepts at most 1 arg(s), received 2"},
	} {
		_, stderr, code := runBinaryEnv(t, env, tt.args...)
		if code != 1 || !strings.HasPrefix(stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", strings.Join(tt.args, " "), code, stderr, tt.want)
		}
	}
	out, _, _ := runBinaryEnv(t, env, "available")
	if !strings.HasPrefix(out, "You have not said yet") {
		t.Errorf("a refused answer was kept: %q", out)
	}
}
