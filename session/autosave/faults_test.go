//go:build unix

package autosave

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/records"
	"partnercoach/internal/filetest"
	"partnercoach/internal/paths"
)

func TestLeftoverTempsAreRemovedWhenTheLiveSessionOpensAndOnDiscard(t *testing.T) {
	filetest.PrivateState(t)
	filetest.PrivateData(t)
	state := paths.StateDir()
	os.MkdirAll(state, 0o700)
	os.MkdirAll(records.Dir(), 0o700)
	write := func(path string) string {
		if err := os.WriteFile(path, []byte(`{"newcomer": "AB", "note_draft": "secr`), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	left := []string{
		write(filepath.Join(state, ".session.json4817263544")),
		write(filepath.Join(state, ".session.pid11")),
		write(filepath.Join(state, ".session.json.tmp123")),
	}
	oldRec := write(filepath.Join(records.Dir(), ".2026-11-22-1503.json998"))
	old := time.Now().Add(-time.Hour)
	os.Chtimes(oldRec, old, old)
	freshRec := write(filepath.Join(records.Dir(), ".2026-11-22-1504.json999"))
	other := write(filepath.Join(state, "notes123"))

	l, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	want := append(slices.Clone(left), oldRec)
	got := slices.Clone(l.Leftovers())
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("leftovers removed %v, want %v", got, want)
	}
	for _, p := range want {
		if _, err := os.Lstat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there", p)
		}
	}
	for _, p := range []string{freshRec, other} {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	again := write(filepath.Join(state, ".session.json77"))
	if err := l.Discard(0); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(again); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Discard left %s", again)
	}
}

func TestASymlinkedLockFileIsNotFollowed(t *testing.T) {
	filetest.PrivateState(t)
	filetest.PrivateData(t)
	target := filepath.Join(t.TempDir(), "created-through-the-link")
	os.MkdirAll(paths.StateDir(), 0o700)
	os.MkdirAll(paths.DataDir(), 0o700)
	for _, lock := range []string{lockPath(), filepath.Join(paths.DataDir(), "data.lock")} {
		if err := os.Symlink(target, lock); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Open(); err == nil || !strings.Contains(err.Error(), "is a symbolic link, not a regular file") {
		t.Errorf("Open through a symlinked lock: %v", err)
	}
	if _, err := book.AddNewcomer("AB", book.NewDate(2026, time.November, 1)); err == nil || !strings.Contains(err.Error(), "is a symbolic link") {
		t.Errorf("AddNewcomer through a symlinked lock: %v", err)
	}
	if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the lock's target was created: %v", err)
	}
	os.Remove(lockPath())
	filetest.Mkfifo(t, lockPath())
	filetest.Within(t, func() {
		if _, err := Open(); err == nil || !strings.Contains(err.Error(), "FIFO") {
			t.Errorf("Open with a FIFO for a lock: %v", err)
		}
	})
}

func TestAnAutosaveThatIsNotAFileIsRefusedNotMoved(t *testing.T) {
	filetest.PrivateState(t)
	os.MkdirAll(paths.StateDir(), 0o700)
	cases := map[string]func(path string){
		"is a directory":         func(p string) { os.Mkdir(p, 0o700) },
		"is a symbolic link":     func(p string) { os.Symlink("/dev/zero", p) },
		"is a FIFO (named pipe)": func(p string) { filetest.Mkfifo(t, p) },
	}
	for want, mk := range cases {
		os.RemoveAll(Path())
		mk(Path())
		filetest.Within(t, func() {
			u, err := Load()
			if u != nil || err == nil || !strings.Contains(err.Error(), want+", not a regular file") || strings.Contains(err.Error(), "moved aside") {
				t.Errorf("Load with a session.json that %s: %v", want, err)
			}
		})
		if _, err := os.Lstat(Path()); err != nil {
			t.Errorf("it was moved: %v", err)
		}
	}
}
