package autosave

import (
	"partnercoach/internal/filetest"

	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// openPrivateLive takes the lock in a private state directory, released
// at the end of the test, and returns the time now.
func openPrivateLive(t *testing.T) (*Live, time.Time) {
	t.Helper()
	filetest.PrivateState(t)
	l, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l, time.Now().Round(0)
}

// liveSession returns a first session with a ticked item and a note.
func liveSession(t testing.TB, now time.Time) *session.Session {
	t.Helper()
	sc, err := script.Builtin("first")
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(sc, session.Options{Newcomer: "AB", Number: 1}, now)
	s.Apply(session.Toggle{Item: 0}, now.Add(time.Second))
	s.Apply(session.AddNote{Text: "a note"}, now.Add(2*time.Second))
	return s
}

// snapshot takes a snapshot or fails the test.
func snapshot(t *testing.T, s *session.Session, now time.Time) session.Snapshot {
	t.Helper()
	snap := s.Snapshot(now)
	return snap
}

func TestLiveSaveAndLoad(t *testing.T) {
	l, now := openPrivateLive(t)
	s := liveSession(t, now)
	if err := l.Autosave(1, snapshot(t, s, now)); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(Path())
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("autosave %v, mode %v; want 0600", err, info.Mode().Perm())
	}
	dir, _ := os.Stat(filepath.Dir(Path()))
	if dir.Mode().Perm() != 0o700 {
		t.Fatalf("state dir mode %v, want 0700", dir.Mode().Perm())
	}
	u, err := Load()
	if err != nil || u == nil {
		t.Fatalf("Load: %v, %v", u, err)
	}
	if !u.Session.Checked("welcome", 0) || len(u.Session.Notes()) != 1 || !u.Saved.Equal(now) {
		t.Fatalf("restored %+v saved %v", u.Session.Notes(), u.Saved)
	}
}

func TestLiveDropsAnOlderSave(t *testing.T) {
	l, now := openPrivateLive(t)
	s := liveSession(t, now)
	newer := snapshot(t, s, now)
	s.Apply(session.Toggle{Item: 0}, now.Add(3*time.Second)) // clears it
	older := snapshot(t, s, now)
	older.Steps["welcome"].Checks[0] = false
	if err := l.Autosave(2, newer); err != nil {
		t.Fatal(err)
	}
	if err := l.Autosave(1, older); err != nil {
		t.Fatal(err)
	}
	u, err := Load()
	if err != nil || !u.Session.Checked("welcome", 0) {
		t.Fatalf("the older save won: %v", err)
	}
	if err := l.Remove(); err != nil {
		t.Fatal(err)
	}
	if err := l.Autosave(3, newer); err != nil {
		t.Fatal(err)
	}
	if u, err := Load(); u != nil || err != nil {
		t.Fatalf("a save after Remove brought the autosave back: %v %v", u, err)
	}
}

func TestNoAutosaveIsNotAnError(t *testing.T) {
	filetest.PrivateState(t)
	if u, err := Load(); u != nil || err != nil {
		t.Fatalf("Load() = %v, %v; want nothing", u, err)
	}
}

func TestDamagedAutosaveIsMovedAside(t *testing.T) {
	for name, data := range map[string]string{
		"not json":      "{\"format\": 1,",
		"unknown field": `{"format": 1, "colour": "red"}`,
		"wrong format":  `{"format": 7}`,
	} {
		t.Run(name, func(t *testing.T) {
			filetest.PrivateState(t)
			os.MkdirAll(filepath.Dir(Path()), 0o700)
			if err := os.WriteFile(Path(), []byte(data), 0o600); err != nil {
				t.Fatal(err)
			}
			u, err := Load()
			if u != nil || err == nil || !strings.Contains(err.Error(), "moved aside to") {
				t.Fatalf("Load() = %v, %v", u, err)
			}
			moved, _ := filepath.Glob(Path() + ".damaged-*")
			if len(moved) != 1 {
				t.Fatalf("moved copies %v", moved)
			}
			if b, _ := os.ReadFile(moved[0]); string(b) != data {
				t.Fatalf("the moved copy holds %q, want the original", b)
			}
			if _, err := os.Stat(Path()); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("the damaged autosave is still in place: %v", err)
			}
		})
	}
}

func TestSecondProcessIsToldWhoHoldsTheLock(t *testing.T) {
	filetest.PrivateState(t)
	l, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("STORE_LOCK_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$")
		cmd.Env = append(os.Environ(), "STORE_LOCK_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		want := "process " + strconv.Itoa(os.Getpid())
		if !strings.Contains(string(out), want) {
			t.Fatalf("child said %q, want it to name %q", out, want)
		}
	}
	l.Close()
	again, err := Open()
	if err != nil {
		t.Fatalf("the lock was not released: %v", err)
	}
	again.Close()
}

// TestLockChild runs in a child process of TestSecondProcessIsToldWhoHoldsTheLock.
func TestLockChild(t *testing.T) {
	if os.Getenv("STORE_LOCK_CHILD") == "" {
		t.Skip("run by TestSecondProcessIsToldWhoHoldsTheLock")
	}
	_, err := Open()
	var held *HeldError
	if !errors.As(err, &held) {
		t.Fatalf("Open in a second process: %v, want a HeldError", err)
	}
	os.Stdout.WriteString(err.Error() + "\n")
}

func TestHolderPIDNamesOnlyALiveProcess(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	if err := os.MkdirAll(filepath.Dir(pidPath()), 0o700); err != nil {
		t.Fatal(err)
	}
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip("no true command:", err)
	}
	if err := os.WriteFile(pidPath(), []byte(strconv.Itoa(gone.Process.Pid)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// holderPID waits on the bubble's clock, which moves on when every
	// goroutine of the bubble waits: no real time passes.
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		if pid := holderPID(); pid != 0 {
			t.Fatalf("a process that has gone was named: %d", pid)
		}
		if waited := time.Since(start); waited < holderWait {
			t.Errorf("gave up after %v, want the holder given %v to write its id", waited, holderWait)
		}
		// The holder writes its id a moment after taking the lock.
		go func() {
			time.Sleep(50 * time.Millisecond)
			_ = os.WriteFile(pidPath(), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600)
		}()
		if pid := holderPID(); pid != os.Getpid() {
			t.Fatalf("holder named %d, want %d", pid, os.Getpid())
		}
	})
}

// TestDiscardDropsOnlyTheSavesBefore: a discarded autosave is not brought
// back by a save asked for before the discard (numbered up to last), and a
// session opened after it, in the same run, is saved as usual.
func TestDiscardDropsOnlyTheSavesBefore(t *testing.T) {
	l, now := openPrivateLive(t)
	snap := snapshot(t, liveSession(t, now), now)
	if err := l.Autosave(1, snap); err != nil {
		t.Fatal(err)
	}
	if err := l.Discard(2); err != nil {
		t.Fatal(err)
	}
	if err := l.Autosave(2, snap); err != nil {
		t.Fatal(err)
	}
	if u, err := Load(); u != nil || err != nil {
		t.Fatalf("a save on its way at the discard brought the autosave back: %v %v", u, err)
	}
	if err := l.Autosave(3, snap); err != nil {
		t.Fatal(err)
	}
	if u, err := Load(); u == nil || err != nil {
		t.Fatalf("the save of a session opened after the discard was dropped: %v %v", u, err)
	}
}
