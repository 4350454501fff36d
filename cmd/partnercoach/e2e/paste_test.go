package e2e_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"partnercoach/around/records"
	"partnercoach/internal/e2e"
	"partnercoach/session"
)

// pasteNames are names a coach may give that a shell would act on if a
// suggested command held them badly quoted: each would create a file
// named pwned in the folder the command is pasted in.
var pasteNames = []string{
	"Zed $(touch pwned)",
	"O'Brien `touch pwned`",
	`Back\slash "q"; touch pwned`,
	"Zoë & touch pwned > x",
}

// paste finds the line of out that holds prefix, takes the command from
// prefix to the line's end, and runs it with sh in an empty folder, as a
// coach pasting it into a terminal would. The command must succeed and
// create nothing in the folder; paste returns what it printed.
func paste(t *testing.T, env []string, out, prefix string) string {
	t.Helper()
	i := strings.Index(out, prefix)
	if i < 0 {
		t.Fatalf("no suggestion %q in:\n%s", prefix, out)
	}
	line, _, _ := strings.Cut(out[i:], "\n")
	work := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var b bytes.Buffer
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", line)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = work, env, &b, &b
	if err := cmd.Run(); err != nil {
		t.Fatalf("pasting %s: %v\n%s", line, err, b.String())
	}
	if entries, _ := os.ReadDir(work); len(entries) > 0 {
		t.Fatalf("pasting %s created %s", line, entries[0].Name())
	}
	return b.String()
}

// TestEverySuggestedCommandRunsAsPrinted pastes, for names holding command
// substitutions, backticks, quotes, a backslash and separators, each
// command partnercoach suggests with a newcomer's name in it: adding
// someone not listed (from newcomer contacted and from log edit), the
// draft after a move, the contact to record after a first contact's
// draft, and the no-show after a late cancellation. Each runs the one command it shows,
// with the name intact, and nothing else.
func TestEverySuggestedCommandRunsAsPrinted(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	env := append(e2e.HomeEnv(dir), "PARTNERCOACH_NOW=2026-03-20T10:00:00Z")
	env[0] = "PATH=" + filepath.Dir(e2e.BuildBinary(t)) + string(os.PathListSeparator) + os.Getenv("PATH")
	for _, name := range pasteNames {
		_, stderr, code := runBinaryEnv(t, env, "newcomer", "contacted", name)
		if code != 1 {
			t.Fatalf("contacted %q, not listed: exit %d, %s", name, code, stderr)
		}
		paste(t, env, stderr, "partnercoach newcomer add ")
		mustRun(t, env, "newcomer", "schedule", name, "2026-03-20 15:00")
		out := mustRun(t, env, "newcomer", "cancel", name, "--by", "newcomer")
		if got := paste(t, env, out, "partnercoach newcomer no-show "); !strings.Contains(got, "Recorded ") {
			t.Fatalf("the pasted no-show recorded nothing:\n%s", got)
		}
		mustRun(t, env, "newcomer", "schedule", name, "2026-03-21 09:00")
		out = mustRun(t, env, "newcomer", "reschedule", name, "2026-03-22 09:00", "--by", "coach")
		if draft := paste(t, env, out, "partnercoach newcomer draft "); !strings.Contains(draft, "Subject:") {
			t.Fatalf("the pasted draft printed no draft:\n%s", draft)
		}
		_, notes, _ := runBinaryEnv(t, env, "newcomer", "draft", name, "contact")
		paste(t, env, notes, "partnercoach newcomer contacted ")
	}
	list := mustRun(t, env, "newcomer", "list")
	for _, name := range pasteNames {
		listed := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` +2026-03-20 +0 +1 `)
		if !listed.MatchString(list) {
			t.Errorf("%q is not listed as added on 2026-03-20 with one no-show:\n%s", name, list)
		}
	}
	// log edit naming someone far from everyone listed.
	start := time.Date(2026, 3, 19, 12, 0, 0, 0, time.UTC)
	if _, err := records.Save(session.Record{ID: "2026-03-19-1200", Newcomer: "AB", Number: 1, Script: "first",
		Started: start, Ended: start.Add(50 * time.Minute), Outcome: session.Held, FeeCents: 2500}); err != nil {
		t.Fatal(err)
	}
	other := "Ann Example $(touch pwned)'s"
	_, stderr, code := runBinaryEnv(t, env, "log", "edit", "2026-03-19-1200", "--newcomer", other)
	if code != 0 {
		t.Fatalf("log edit: exit %d, %s", code, stderr)
	}
	paste(t, env, stderr, "partnercoach newcomer add ")
	if list := mustRun(t, env, "newcomer", "list"); !strings.Contains(list, other) {
		t.Errorf("the pasted add did not list %q:\n%s", other, list)
	}
}
