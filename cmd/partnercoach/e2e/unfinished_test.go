package e2e_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/session/autosave"
)

// leaveUnfinished writes the autosave of an unfinished first session with
// AB under dir's state directory, as a crashed run would leave it.
func leaveUnfinished(t *testing.T, dir string) { leaveUnfinishedAt(t, dir, time.Now()) }

// leaveUnfinishedAt is leaveUnfinished of a session saved at now.
func leaveUnfinishedAt(t *testing.T, dir string, now time.Time) {
	t.Helper()
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	sc, err := script.Builtin("first")
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(sc, session.Options{Newcomer: "AB", Number: 1}, now)
	s.Apply(session.Next{}, now)
	snap := s.Snapshot(now)
	l, err := autosave.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := l.Autosave(1, snap); err != nil {
		t.Fatal(err)
	}
}

// leaveUnfinishedThenParallel leaves, as leaveUnfinishedAt does, an
// unfinished session saved at now under dir, and then marks t, a
// top-level test, parallel. Leaving it sets the test process's
// XDG_STATE_HOME for a moment, which a parallel test may not do, so it
// is done in a subtest while t is still serial: no parallel test of the
// package runs yet, and the variable is put back as the subtest ends.
// It returns the path of the autosave left.
func leaveUnfinishedThenParallel(t *testing.T, dir string, now time.Time) string {
	t.Helper()
	t.Run("leave an unfinished session", func(t *testing.T) { leaveUnfinishedAt(t, dir, now) })
	t.Parallel()
	return filepath.Join(dir, "state", "partnercoach", "session.json")
}

func TestRunRefusesWhileASessionIsUnfinished(t *testing.T) {
	dir := t.TempDir()
	leaveUnfinished(t, dir)
	_, stderr, code := runBinaryEnv(t, e2e.HomeEnv(dir), "run", "followup")
	if code != 1 || !strings.Contains(stderr, "an unfinished session is waiting (first with AB, at step 2 of 11") ||
		!strings.Contains(stderr, "'partnercoach resume --discard'") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestResumeDiscard(t *testing.T) {
	dir := t.TempDir()
	leaveUnfinished(t, dir)
	out, stderr, code := runBinaryEnv(t, e2e.HomeEnv(dir), "resume", "--discard")
	if code != 0 || !strings.HasPrefix(out, "Discarded the unfinished session (first with AB, at step 2 of 11") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if _, err := os.Stat(autosave.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the autosave is still there: %v", err)
	}
	_, stderr, code = runBinaryEnv(t, e2e.HomeEnv(dir), "resume")
	if code != 1 || !strings.Contains(stderr, "partnercoach: there is no unfinished session to resume") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
