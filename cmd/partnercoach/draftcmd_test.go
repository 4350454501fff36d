package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDraftThroughTheBinary(t *testing.T) {
	dir := t.TempDir()
	env := append(homeEnv(dir), "TZ=America/New_York")
	settingsFile := filepath.Join(dir, "config", "partnercoach", "settings.yaml")
	if err := os.MkdirAll(filepath.Dir(settingsFile), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(settingsFile, []byte("coach: Ann\nshort_form: \"Short form (I)\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, env, "newcomer", "add", "Alice Example")
	out, stderr, code := runBinaryEnv(t, env, "newcomer", "draft", "alice example", "contact")
	if code != 0 || !strings.Contains(out, "Dear Alice Example,") || !strings.Contains(out, `short form "Short form (I)"`) || !strings.HasSuffix(out, "Ann\n") {
		t.Errorf("contact: exit %d\n%s\n%s", code, out, stderr)
	}
	if want := "Note: No number or call handle is kept for them: once they tell you, keep it with: partnercoach newcomer reach 'Alice Example' --phone NUMBER (or --handle HANDLE).\n" +
		"Note: Nothing was sent. Once you have made contact, record it with: partnercoach newcomer contacted 'Alice Example'\n"; stderr != want {
		t.Errorf("notes %q, want %q", stderr, want)
	}
	_, stderr, code = runBinaryEnv(t, env, "newcomer", "draft", "Alice Example", "reschedule")
	if code == 0 || !strings.Contains(stderr, "Alice Example has no session booked to come") {
		t.Errorf("reschedule without a booking: exit %d, %q", code, stderr)
	}
}
