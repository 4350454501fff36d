package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTheNextExportCleansItsLeftovers plants beside an export's file the
// hidden temporary file a kill -9 in the middle of writing it leaves (a
// write of a few kilobytes is over too soon to be killed on purpose), and
// exports again: the leftover is gone, and another file's is not touched.
// On the code before, nothing removed it.
func TestTheNextExportCleansItsLeftovers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := append(homeEnv(dir), "PARTNERCOACH_NOW=2026-12-04T10:00:00Z")
	mustRun(t, env, "newcomer", "add", "Alice Example", "--assigned", "2026-12-01")
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o700)
	stranger := filepath.Join(out, ".notes.txt123")
	os.WriteFile(stranger, []byte("not ours"), 0o600)
	for _, args := range [][]string{
		{"calendar", "export", "--output", filepath.Join(out, "cal.ics")},
		{"log", "export", "--format", "csv", "--output", filepath.Join(out, "log.csv")},
	} {
		leftover := filepath.Join(out, "."+filepath.Base(args[len(args)-1])+"4471239")
		if err := os.WriteFile(leftover, []byte("SUMMARY:Partnership coaching with A.E.\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		mustRun(t, env, args...)
		if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
			t.Errorf("%v left %s: %v", args, leftover, err)
		}
	}
	if _, err := os.Lstat(stranger); err != nil {
		t.Errorf("a file partnercoach did not write was deleted: %v", err)
	}
}
