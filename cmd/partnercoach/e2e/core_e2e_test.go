//go:build linux

package e2e_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestFailedSaveThenQuitInTmux is issue 11's first edge, end to end: the
// autosave cannot be written, the coach checks an item off and quits.
// The screen says the save failed, the quit question says what would be
// lost, nothing says "saved", and the exit status is not zero. The disk is
// made to fail in two ways: session.json is a folder, and (as root) the
// state folder is a full tmpfs.
func TestFailedSaveThenQuitInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	t.Run("session.json is a folder", func(t *testing.T) {
		t.Parallel()
		state := filepath.Join(t.TempDir(), "state")
		if err := os.MkdirAll(filepath.Join(state, "partnercoach", "session.json"), 0o700); err != nil {
			t.Fatal(err)
		}
		term := startSession(t, []string{"XDG_STATE_HOME=" + state}, "run", "first", "--no-notify")
		term.WaitForText(3*time.Second, "is still in its place")
		unsavedQuit(t, term, "the whole session (none of it reached the disk)", "it is a directory, not a file")
	})
	t.Run("the disk is full", func(t *testing.T) {
		t.Parallel()
		if os.Getuid() != 0 {
			t.Skip("mounting a small tmpfs for a full disk needs root")
		}
		state := filepath.Join(t.TempDir(), "state")
		dir := filepath.Join(state, "partnercoach")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", dir).CombinedOutput(); err != nil {
			t.Skipf("cannot mount a tmpfs: %v: %s", err, out)
		}
		t.Cleanup(func() { _ = syscall.Unmount(dir, syscall.MNT_DETACH) })
		term := startSession(t, []string{"XDG_STATE_HOME=" + state}, "run", "first", "--no-notify")
		waitFile(t, filepath.Join(dir, "session.json")) // the first save, before the disk fills
		fill(t, filepath.Join(dir, "filler"))
		unsavedQuit(t, term, "what was done after", "no space left on device")
	})
}

// unsavedQuit checks an item off, with every save failing, quits and
// checks what the coach is told and the exit status.
func unsavedQuit(t *testing.T, term *e2e.Term, lost, why string) {
	t.Helper()
	term.Send("x")
	term.WaitForText(3*time.Second, "Not saved:")
	term.Send("q")
	s, err := term.WaitFor(5*time.Second, func(s string) bool { return strings.Contains(oneLine(s), "Quit anyway?") })
	if err != nil {
		t.Fatal(err)
	}
	if s := oneLine(s); !strings.Contains(s, "could not be saved") || !strings.Contains(s, lost) || !strings.Contains(s, why) {
		t.Fatalf("the quit question does not say what would be lost:\n%s", s)
	}
	if strings.Contains(s, "The session is saved") {
		t.Fatalf("the screen says saved:\n%s", s)
	}
	term.Choose(1)
	code := term.WaitExit(e2e.ExitWait)
	after := term.ScreenAfterExit()
	if code == 0 || !strings.Contains(after, "the session is not saved") {
		t.Fatalf("exit status %d; after exit:\n%s", code, after)
	}
	t.Logf("exit status %d; the last words: %s", code, lineWith(after, "the session is not saved"))
}

// oneLine joins the lines of a screen with spaces, so that a sentence
// wrapped over lines can be found.
func oneLine(screen string) string {
	return strings.Join(strings.Fields(screen), " ")
}

// waitFile waits up to three seconds for a file to appear.
func waitFile(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	t.Fatalf("%s never appeared", path)
}

// fill writes to path until the disk it is on is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for range 1 << 10 {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatal("the tmpfs never filled up")
}

// lineWith returns the first line of s that holds substr, or "".
func lineWith(s, substr string) string {
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, substr) {
			return line
		}
	}
	return ""
}
