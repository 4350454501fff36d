//go:build linux

package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// injected is what the test writes into the autosave, in JSON's escaped
// form: a clear-screen and an OSC 8 hyperlink. On screen they must show as
// their escapes, never act.
const injected = `\u001b[2J\u001b]8;;https://example.invalid\u0007x\u001b]8;;\u0007`

// TestEditedAutosaveCannotInjectInTmux edits the autosave on disk so that
// the newcomer's name and a note hold escape sequences, resumes it in a
// real terminal, and finds them shown escaped, on a screen that was not
// cleared: in the step's notes and the coach log's heading.
func TestEditedAutosaveCannotInjectInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	dir := t.TempDir()
	env := e2e.HomeEnv(dir)
	bin := e2e.BuildBinary(t)
	term := e2e.StartTerm(t, 100, 30, env, bin, "run", "first", "--newcomer", "Alice", "--no-notify")
	term.WaitForText(5*time.Second, "step 1 of 11")
	term.Send("N")
	term.SendLiteral("plain note")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Note 1 kept.")
	term.Send("q")
	term.WaitForText(3*time.Second, "Quit?")
	term.Choose(1)
	if code := term.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("exit status %d quitting", code)
	}

	autosave := filepath.Join(dir, "state", "partnercoach", "session.json")
	data, err := os.ReadFile(autosave)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.ReplaceAll(string(data), `"Alice"`, `"Alice `+injected+`"`)
	edited = strings.ReplaceAll(edited, `"plain note"`, `"plain note `+injected+`"`)
	if edited == string(data) || strings.Count(edited, injected) != 2 {
		t.Fatalf("the autosave does not hold the name and the note as expected:\n%s", data)
	}
	if err := os.WriteFile(autosave, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}

	term = e2e.StartTerm(t, 100, 30, env, bin, "resume", "--no-notify")
	s := term.WaitForText(5*time.Second, `\x1b[2J\x1b]8;;https://example.invalid\x07x`)
	if !strings.Contains(s, "✎") || !strings.Contains(s, "plain note") || !strings.Contains(s, "First partnership coaching session · step 1 of 11") || !strings.Contains(s, "────") {
		t.Fatalf("the screen was cleared or broken by the note:\n%s", s)
	}
	term.Send("E")
	term.WaitForText(formWait, "End the session now and write the coach log?")
	term.Choose(1)
	s = term.WaitForText(formWait, "How did the session go?")
	if !strings.Contains(s, `Alice \x1b[2J`) || !strings.Contains(s, "Coach log · First") {
		t.Fatalf("the coach log does not show the name escaped:\n%s", s)
	}
	if styled := term.StyledScreen(); strings.Contains(styled, "example.invalid\x07") ||
		strings.Contains(styled, "\x1b]8;;https") {
		t.Fatalf("a hyperlink reached the terminal:\n%q", styled)
	}
	term.Send("C-c")
}
