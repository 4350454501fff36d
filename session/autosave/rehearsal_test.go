package autosave

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// rehearsalOrigin is when the rehearsals of these tests began, by the
// wall clock.
var rehearsalOrigin = time.Date(2026, time.November, 29, 19, 44, 0, 0, time.Local)

// rehearsalSnapshot is the autosave of a followup rehearsal with AB at 60×
// speed, taken two real minutes after it began: two hours on its clock.
// Its saved time is the wall clock's, as session.Snapshot keeps it.
func rehearsalSnapshot(t *testing.T) session.Snapshot {
	t.Helper()
	sc, err := script.Builtin("followup")
	if err != nil {
		t.Fatal(err)
	}
	r := session.Rehearsal{Speed: 60, Origin: rehearsalOrigin}
	s := session.New(sc, session.Options{Newcomer: "AB", Number: 2, Rehearsal: r}, rehearsalOrigin)
	snap := snapshot(t, s, rehearsalOrigin.Add(2*time.Hour))
	snap.Saved = rehearsalOrigin.Add(2 * time.Minute)
	return snap
}

// realSnapshot is the autosave of a first session in real time with AB,
// saved at 19:50.
func realSnapshot(t *testing.T) session.Snapshot {
	t.Helper()
	start := rehearsalOrigin.Add(time.Minute)
	return snapshot(t, liveSession(t, start), start.Add(5*time.Minute))
}

func TestUnfinishedRehearsalIsDescribedAsOne(t *testing.T) {
	l, _ := openPrivateLive(t)
	if err := l.Autosave(1, rehearsalSnapshot(t)); err != nil {
		t.Fatal(err)
	}
	u, err := Load()
	if err != nil || u == nil {
		t.Fatalf("Load: %v, %v", u, err)
	}
	if !u.Rehearsal {
		t.Error("a rehearsal's autosave was not taken for a rehearsal")
	}
	if want := rehearsalOrigin.Add(2 * time.Minute); !u.Saved.Equal(want) {
		t.Errorf("Saved = %v, want the wall clock's %v", u.Saved, want)
	}
	want := "a rehearsal (followup with AB at 60× speed), at step 1 of "
	if d := u.Describe(); !strings.HasPrefix(d, want) || !strings.HasSuffix(d, "saved Sun 29 Nov 19:46") {
		t.Errorf("Describe() = %q, want it to start %q and end with the wall-clock time 19:46", d, want)
	}
}

func TestUnfinishedRealSessionIsNotARehearsal(t *testing.T) {
	l, _ := openPrivateLive(t)
	if err := l.Autosave(1, realSnapshot(t)); err != nil {
		t.Fatal(err)
	}
	u, err := Load()
	if err != nil || u == nil {
		t.Fatalf("Load: %v, %v", u, err)
	}
	if u.Rehearsal {
		t.Error("a real session taken for a rehearsal")
	}
	if d := u.Describe(); !strings.HasPrefix(d, "first with AB, at step 1 of ") || !strings.HasSuffix(d, "saved Sun 29 Nov 19:50") {
		t.Errorf("Describe() = %q", d)
	}
	if strings.Contains(u.Describe(), "rehearsal") {
		t.Errorf("a real session described as a rehearsal: %q", u.Describe())
	}
}

func TestWaitingSetsARehearsalAsideForARealRun(t *testing.T) {
	tests := []struct {
		name      string
		waiting   func(*testing.T) session.Snapshot // nil: no autosave
		rehearsal bool                              // the run about to start
		found     bool                              // a session comes back
		aside     bool                              // a rehearsal is set aside
	}{
		{"nothing waits, real run", nil, false, false, false},
		{"nothing waits, rehearsal run", nil, true, false, false},
		{"real session waits, real run", realSnapshot, false, true, false},
		{"real session waits, rehearsal run", realSnapshot, true, true, false},
		{"rehearsal waits, real run", rehearsalSnapshot, false, false, true},
		{"rehearsal waits, rehearsal run", rehearsalSnapshot, true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, _ := openPrivateLive(t)
			if tt.waiting != nil {
				if err := l.Autosave(1, tt.waiting(t)); err != nil {
					t.Fatal(err)
				}
			}
			u, notice, err := l.Waiting(tt.rehearsal)
			if err != nil {
				t.Fatal(err)
			}
			if (u != nil) != tt.found {
				t.Errorf("found %v, want %v", u != nil, tt.found)
			}
			if want := map[bool]string{true: setAsideNotice}[tt.aside]; notice != want {
				t.Errorf("notice %q, want %q", notice, want)
			}
			_, liveErr := os.Stat(Path())
			_, asideErr := os.Stat(RehearsalPath())
			if tt.aside != (asideErr == nil) || (tt.aside && !errors.Is(liveErr, os.ErrNotExist)) {
				t.Errorf("after Waiting: autosave %v, rehearsal set aside %v", liveErr, asideErr)
			}
			if tt.aside {
				if u, _ := Load(); u != nil {
					t.Error("the rehearsal still waits after being set aside")
				}
			}
		})
	}
}

func TestRehearsalSetAsideComesBack(t *testing.T) {
	l, _ := openPrivateLive(t)
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	if ok, err := l.BringBackRehearsal(); ok || err != nil {
		t.Fatalf("BringBackRehearsal with none set aside: %v, %v", ok, err)
	}
	if err := l.Autosave(1, rehearsalSnapshot(t)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := l.Waiting(false); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(Path(), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if ok, err := l.BringBackRehearsal(); ok || err == nil {
		t.Fatalf("BringBackRehearsal over a waiting session: %v, %v; want a refusal", ok, err)
	}
	if err := os.Remove(Path()); err != nil {
		t.Fatal(err)
	}
	if ok, err := l.BringBackRehearsal(); !ok || err != nil {
		t.Fatalf("BringBackRehearsal: %v, %v", ok, err)
	}
	if u, err := Load(); err != nil || u == nil || !u.Rehearsal {
		t.Fatalf("the rehearsal brought back: %v, %v", u, err)
	}
	if _, _, err := l.Waiting(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(RehearsalPath()); err != nil {
		t.Fatalf("the rehearsal was not set aside again: %v", err)
	}
}
