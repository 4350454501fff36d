//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"partnercoach/around/records"
	"partnercoach/internal/e2e"
	"partnercoach/script"
	"partnercoach/session"
)

// runBounded runs the binary as runBinaryEnv does, but fails the test if
// it has not ended within ten seconds: a read of a FIFO or of /dev/zero
// would never end.
func runBounded(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, e2e.BuildBinary(t), args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%v did not end within 10 s", args)
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestUnknownSubcommandsFail(t *testing.T) {
	for _, args := range [][]string{
		{"newcomer", "frobnicate"}, {"config", "frob"}, {"completion", "bogus"}, {"script", "zzz"}, {"log", "zzz"},
	} {
		out, stderr, code := runBinary(t, args...)
		if code == 0 || !strings.Contains(stderr, `unknown command "`+args[1]+`"`) || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
	if out, _, code := runBinary(t, "completion", "bash"); code != 0 || !strings.Contains(out, "bash completion") {
		t.Errorf("completion bash: exit %d", code)
	}
}

// hostileText holds what would act on a terminal if printed raw, and the
// characters that would reorder or hide the text after them.
const hostileText = "\x1b[2J\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07 \u009b31m \u009d0;title\u009c over\rwrite \x1b[31mred " +
	"\u202edesrever\u202c \u2066iso\u2069 zero\u200bwidth\ufeff"

// assertPrintable fails if out holds a control character but a line
// break, or a hidden character.
func assertPrintable(t *testing.T, what, out string) {
	t.Helper()
	if i := strings.IndexFunc(out, func(r rune) bool {
		return unicode.IsControl(r) && r != '\n' || strings.ContainsRune(hiddenRunes, r)
	}); i >= 0 {
		t.Errorf("%s prints %q at byte %d:\n%q", what, out[i:min(i+4, len(out))], i, out)
	}
}

func TestEverythingPrintedFromDataIsEscaped(t *testing.T) {
	dir := t.TempDir()
	env := homeEnv(dir)
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	start := time.Now().Add(-time.Hour).Round(time.Second)
	rec := session.Record{
		ID: "2026-01-01-1200", Newcomer: "AB" + hostileText, Number: 1, Script: "first" + hostileText,
		ScriptTitle: "Title" + hostileText, Started: start, Ended: start.Add(50 * time.Minute), Outcome: session.Held,
		FeeCents: 2500, Summary: hostileText,
		Steps: []session.StepRecord{{ID: "w", Title: "W" + hostileText, Planned: script.Duration(time.Minute),
			Actual: script.Duration(time.Minute), Covered: []string{hostileText}, Answers: map[string]string{hostileText: hostileText}}},
		Notes: []session.Note{{At: start, Step: "w", Text: hostileText}},
	}
	if _, err := records.Save(rec); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"log"}, {"log", "show", rec.ID}, {"newcomer", "list"}, {"invoice", "--month", start.Format("2006-01")},
		{"log", "export", "--format", "md"}, {"log", "export", "--format", "csv"},
	} {
		out, stderr, code := runBounded(t, env, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, %s", args, code, stderr)
		}
		assertPrintable(t, strings.Join(args, " "), out+stderr)
		if len(out) < 20 {
			t.Errorf("%v printed little: %q", args, out)
		}
	}
	out, _, _ := runBounded(t, env, "log", "export", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 || !strings.HasPrefix(rows[1][2], `AB\x1b[2J`) {
		t.Fatalf("csv %q, %v", rows, err)
	}
	// A script of the coach's own with escapes in its title.
	scripts := filepath.Join(dir, "config", "partnercoach", "scripts")
	os.MkdirAll(scripts, 0o700)
	src, _ := os.ReadFile(filepath.Join("..", "..", "docs", "example-script.yaml"))
	bad := strings.Replace(string(src), "title:", "title: \"\\e[31mred \\x9b31m\"\nx-title:", 1)
	os.WriteFile(filepath.Join(scripts, "mine.yaml"), []byte(bad), 0o600)
	os.WriteFile(filepath.Join(scripts, "raw\x1b[31m.yaml"), []byte("title: \x1b]8;;http://x\x07\n"), 0o600)
	out, stderr, _ := runBounded(t, env, "script", "list")
	assertPrintable(t, "script list", out+stderr)
	out, stderr, _ = runBounded(t, env, "script", "show", "mine")
	assertPrintable(t, "script show", out+stderr)
}
