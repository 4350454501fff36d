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

// TestNewcomerForgetFindsARehearsalSetAside sets a rehearsal with AB aside
// as a real run would, then forgets AB with the binary: the rehearsal set
// aside goes too, and the command says so.
func TestNewcomerForgetFindsARehearsalSetAside(t *testing.T) {
	dir := t.TempDir()
	env := e2e.HomeEnv(dir)
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	sc, err := script.Builtin("followup")
	if err != nil {
		t.Fatal(err)
	}
	origin := time.Date(2026, time.November, 29, 19, 44, 0, 0, time.UTC)
	s := session.New(sc, session.Options{Newcomer: "AB", Rehearsal: session.Rehearsal{Speed: 60, Origin: origin}}, origin)
	snap := s.Snapshot(origin.Add(time.Hour))
	l, err := autosave.Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Autosave(1, snap); err != nil {
		t.Fatal(err)
	}
	u, notice, err := l.Waiting(false)
	l.Close()
	if err != nil || u != nil || notice != "A rehearsal left unfinished was set aside; 'partnercoach resume' brings it back when no other session waits." {
		t.Fatalf("Waiting for a real run: %v, %q, %v", u, notice, err)
	}
	out := mustRun(t, env, "newcomer", "forget", "AB", "--yes")
	if !strings.Contains(out, autosave.RehearsalPath()) {
		t.Errorf("forget did not name the rehearsal set aside:\n%s", out)
	}
	if _, err := os.Stat(autosave.RehearsalPath()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the rehearsal set aside outlived forget: %v", err)
	}
}
