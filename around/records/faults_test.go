//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/paths"
	"partnercoach/session"
)

// mkfifo makes a FIFO at path, or skips the test where there are none.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
}

// mknodChar makes a character device (the same as /dev/null's) at path,
// or skips the test when not run as root.
func mknodChar(t *testing.T, path string) {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Stat("/dev/null", &st); err != nil {
		t.Skipf("no /dev/null: %v", err)
	}
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o600, int(st.Rdev)); err != nil {
		t.Skipf("cannot make a device node (needs root): %v", err)
	}
}

// within fails the test if f does not return within a few seconds: a read
// that blocks on a FIFO never would.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("did not return: it blocked")
	}
}

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	mkfifo(t, fifo)
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big")
	if err := os.WriteFile(big, make([]byte, MaxFileSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o700)
	tests := []struct{ path, want string }{
		{fifo, "is a FIFO (named pipe), not a regular file"},
		{zero, "is a symbolic link, not a regular file"},
		{sub, "is a directory, not a regular file"},
		{big, "larger than 4 MB"},
	}
	for _, tc := range tests {
		within(t, func() {
			_, err := readFile(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("readFile(%s): %v, want %q", filepath.Base(tc.path), err, tc.want)
			}
		})
	}
	dev := filepath.Join(dir, "dev")
	mknodChar(t, dev)
	if _, err := readFile(dev); err == nil || !strings.Contains(err.Error(), "is a device") {
		t.Errorf("readFile(device): %v", err)
	}
}

func TestLogShowOfASymlinkOrFIFOIsRefused(t *testing.T) {
	useTempData(t)
	mustSave(t, simpleRecord("good", "AB", 1, at(9, 0, 0), session.Held, 2500))
	if err := os.Symlink("/dev/zero", RecordPath("zero")); err != nil {
		t.Fatal(err)
	}
	mkfifo(t, RecordPath("fifo"))
	os.Mkdir(RecordPath("folder"), 0o700)
	for _, id := range []string{"zero", "fifo"} {
		within(t, func() {
			_, _, err := Load(id)
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("Load(%s): %v", id, err)
			}
		})
	}
	var recs []session.Record
	var problems []Problem
	within(t, func() { recs, problems = List() })
	if len(recs) != 1 {
		t.Fatalf("records %v", recs)
	}
	var named []string
	for _, p := range problems {
		named = append(named, filepath.Base(p.Path))
		if p.MovedTo != "" {
			t.Errorf("%s was moved", p.Path)
		}
	}
	slices.Sort(named)
	if !slices.Equal(named, []string{"fifo.json", "folder.json", "zero.json"}) {
		t.Fatalf("problems %v, want the FIFO, the folder and the link named", problems)
	}
}

func TestLeftoverTempsAreRemovedWhenTheLiveSessionOpensAndOnDiscard(t *testing.T) {
	privateState(t)
	useTempData(t)
	state := paths.StateDir()
	os.MkdirAll(state, 0o700)
	os.MkdirAll(RecordsDir(), 0o700)
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
	oldRec := write(filepath.Join(RecordsDir(), ".2026-11-22-1503.json998"))
	old := time.Now().Add(-time.Hour)
	os.Chtimes(oldRec, old, old)
	freshRec := write(filepath.Join(RecordsDir(), ".2026-11-22-1504.json999"))
	other := write(filepath.Join(state, "notes123"))

	l, err := OpenLive()
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
	if err := l.Discard(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(again); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Discard left %s", again)
	}
}

func TestNewcomerListTempsAreRemovedUnderItsLock(t *testing.T) {
	useTempData(t)
	os.MkdirAll(paths.DataDir(), 0o700)
	temp := filepath.Join(paths.DataDir(), ".newcomers.json5551")
	os.WriteFile(temp, []byte(`{"format": 1, "newcomers": [{"name": "AB"`), 0o600)
	if _, _, err := ListNewcomers(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(temp); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s is still there", temp)
	}
}

func TestASymlinkedLockFileIsNotFollowed(t *testing.T) {
	privateState(t)
	useTempData(t)
	target := filepath.Join(t.TempDir(), "created-through-the-link")
	os.MkdirAll(paths.StateDir(), 0o700)
	os.MkdirAll(paths.DataDir(), 0o700)
	for _, lock := range []string{lockPath(), DataLockPath()} {
		if err := os.Symlink(target, lock); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := OpenLive(); err == nil || !strings.Contains(err.Error(), "is a symbolic link, not a regular file") {
		t.Errorf("OpenLive through a symlinked lock: %v", err)
	}
	if _, err := AddNewcomer("AB", day(1)); err == nil || !strings.Contains(err.Error(), "is a symbolic link") {
		t.Errorf("AddNewcomer through a symlinked lock: %v", err)
	}
	if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the lock's target was created: %v", err)
	}
	os.Remove(lockPath())
	mkfifo(t, lockPath())
	within(t, func() {
		if _, err := OpenLive(); err == nil || !strings.Contains(err.Error(), "FIFO") {
			t.Errorf("OpenLive with a FIFO for a lock: %v", err)
		}
	})
}

func TestWriteOutputWritesOnlyToAFileOrANewPath(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	mkfifo(t, fifo)
	target := filepath.Join(dir, "target")
	os.WriteFile(target, []byte("keep me"), 0o644)
	link := filepath.Join(dir, "link")
	os.Symlink(target, link)
	dangling := filepath.Join(dir, "dangling")
	os.Symlink(filepath.Join(dir, "nowhere"), dangling)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o700)
	tests := []struct{ path, want string }{
		{fifo, "it is a FIFO (named pipe), not a regular file"},
		{link, "it is a symbolic link, not a regular file"},
		{dangling, "it is a symbolic link"},
		{sub, "it is a directory"},
	}
	for _, tc := range tests {
		within(t, func() {
			err := WriteOutput(tc.path, []byte("export"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("WriteOutput(%s): %v, want %q", filepath.Base(tc.path), err, tc.want)
			}
		})
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the link's target was written: %q", b)
	}
	if _, err := os.Lstat(filepath.Join(dir, "nowhere")); err == nil {
		t.Error("the dangling link's target was created")
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
	dev := filepath.Join(dir, "dev")
	mknodChar(t, dev)
	if err := WriteOutput(dev, []byte("x")); err == nil || !strings.Contains(err.Error(), "it is a device") {
		t.Errorf("WriteOutput(device): %v", err)
	}
	if info, _ := os.Lstat(dev); info.Mode()&os.ModeDevice == 0 {
		t.Error("the device node was replaced")
	}
	for _, p := range []string{filepath.Join(dir, "new.csv"), target} {
		if err := WriteOutput(p, []byte("export")); err != nil {
			t.Fatal(err)
		}
		info, _ := os.Stat(p)
		if b, _ := os.ReadFile(p); string(b) != "export" || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %q, mode %v", p, b, info.Mode().Perm())
		}
	}
}

func TestAnAutosaveThatIsNotAFileIsRefusedNotMoved(t *testing.T) {
	privateState(t)
	os.MkdirAll(paths.StateDir(), 0o700)
	cases := map[string]func(path string){
		"is a directory":         func(p string) { os.Mkdir(p, 0o700) },
		"is a symbolic link":     func(p string) { os.Symlink("/dev/zero", p) },
		"is a FIFO (named pipe)": func(p string) { mkfifo(t, p) },
	}
	for want, mk := range cases {
		os.RemoveAll(LivePath())
		mk(LivePath())
		within(t, func() {
			u, err := LoadLive()
			if u != nil || err == nil || !strings.Contains(err.Error(), want+", not a regular file") || strings.Contains(err.Error(), "moved aside") {
				t.Errorf("LoadLive with a session.json that %s: %v", want, err)
			}
		})
		if _, err := os.Lstat(LivePath()); err != nil {
			t.Errorf("it was moved: %v", err)
		}
	}
}

func TestForgetReportsWhatItCannotRead(t *testing.T) {
	useTempData(t)
	os.MkdirAll(DamagedDir(), 0o700)
	fifo := filepath.Join(DamagedDir(), "r1.20261122-150000.json")
	mkfifo(t, fifo)
	within(t, func() {
		f, _, err := Forget("AB")
		if err != nil || !slices.Equal(f.Unreadable, []string{fifo}) {
			t.Errorf("Forget: %+v, %v", f, err)
		}
	})
}
