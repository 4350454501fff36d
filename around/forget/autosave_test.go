package forget

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/filetest"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/session/autosave"
)

// saveLive writes, through the live session's lock, the autosave of a
// first session with AB that started at now, a rehearsal at 60× speed
// when rehearsal is set.
func saveLive(t *testing.T, l *autosave.Live, now time.Time, rehearsal bool) {
	t.Helper()
	sc, err := script.Builtin("first")
	if err != nil {
		t.Fatal(err)
	}
	o := session.Options{Newcomer: "AB", Number: 1}
	if rehearsal {
		o.Rehearsal = session.Rehearsal{Speed: 60, Origin: now}
	}
	snap := session.New(sc, o, now).Snapshot(now)
	if err := l.Autosave(1, snap); err != nil {
		t.Fatal(err)
	}
}

func TestForgetDeletesTheirAutosaveOnly(t *testing.T) {
	filetest.PrivateState(t)
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	now := time.Now().Round(0)
	l, err := autosave.Open()
	if err != nil {
		t.Fatal(err)
	}
	saveLive(t, l, now, false)
	if _, _, err := Newcomer("ab"); err == nil || !strings.Contains(err.Error(), "still open") {
		t.Fatalf("Forget while the session is live: %v, want a refusal", err)
	}
	l.Close()
	if f, _, err := Newcomer("Someone Else"); err != nil || len(f.Copies) != 0 {
		t.Fatalf("forgetting another newcomer: %+v, %v", f, err)
	}
	if _, err := os.Stat(autosave.Path()); err != nil {
		t.Fatalf("another newcomer's forget removed the autosave: %v", err)
	}
	f, _, err := Newcomer("ab")
	if err != nil || len(f.Copies) != 1 || f.Copies[0] != autosave.Path() {
		t.Fatalf("Forget: %+v, %v", f, err)
	}
	if _, err := os.Stat(autosave.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the autosave is still there: %v", err)
	}
}

// TestForgetDeletesTheRehearsalSetAside: a rehearsal with the newcomer,
// set aside while a session in real time runs, goes with them.
func TestForgetDeletesTheRehearsalSetAside(t *testing.T) {
	filetest.PrivateState(t)
	filetest.PrivateData(t)
	l, err := autosave.Open()
	if err != nil {
		t.Fatal(err)
	}
	saveLive(t, l, time.Now().Round(0), true)
	if u, notice, err := l.Waiting(false); u != nil || notice == "" || err != nil {
		t.Fatalf("Waiting: %v, %q, %v; want the rehearsal set aside", u, notice, err)
	}
	l.Close()
	f, _, err := Newcomer("ab")
	if err != nil || len(f.Copies) != 1 || f.Copies[0] != autosave.RehearsalPath() {
		t.Fatalf("Forget: %+v, %v; want the rehearsal set aside deleted", f, err)
	}
	if _, err := os.Stat(autosave.RehearsalPath()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the rehearsal set aside outlived forget: %v", err)
	}
}
