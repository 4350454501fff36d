//go:build unix

package filetest

import (
	"syscall"
	"testing"
	"time"
)

// Mkfifo makes a FIFO at path, or skips the test where there are none.
func Mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
}

// MknodChar makes a character device (the same as /dev/null's) at path,
// or skips the test when not run as root.
func MknodChar(t *testing.T, path string) {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Stat("/dev/null", &st); err != nil {
		t.Skipf("no /dev/null: %v", err)
	}
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o600, int(st.Rdev)); err != nil {
		t.Skipf("cannot make a device node (needs root): %v", err)
	}
}

// Within fails the test if f does not return within a few seconds: a read
// that blocks on a FIFO never would.
func Within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("did not return: it blocked")
	}
}
