//go:build linux

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// Alive reports whether the program in the pane is still running: the pane
// is not dead and its process is not a zombie. A panic would end it.
func (term *Term) Alive() bool {
	term.t.Helper()
	end, err := term.end()
	if err != nil {
		term.t.Fatal(err)
	}
	return !end.dead && !isZombie(end.panePID)
}

// Size returns the window's width and height as tmux has them, which may
// differ from what was asked of resize-window.
func (term *Term) Size() (width, height int) {
	term.t.Helper()
	out := term.run("display-message", "-p", "-t", term.pane, "#{window_width} #{window_height}")
	if _, err := fmt.Sscan(out, &width, &height); err != nil {
		term.t.Fatalf("window size %q: %v", out, err)
	}
	return width, height
}

// WaitChange polls the screen every 10 ms until read gives a value other
// than from (and not -1) and returns the new value with the instant it was
// first seen. Waiting for a change pins a once-a-second countdown to within
// a poll of the wall clock. It fails the test after timeout.
func (term *Term) WaitChange(timeout time.Duration, from int, read func(screen string) int) (int, time.Time) {
	term.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen, err := term.tmux("capture-pane", "-p", "-t", term.pane)
		if err != nil {
			term.t.Fatal(err)
		}
		if n := read(screen); n != -1 && n != from {
			return n, time.Now()
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the value %d did not change in %v; last screen:\n%s", from, timeout, screen)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// ParentPID returns the parent process id of pid, or 0 if pid is gone.
func ParentPID(pid int) int {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name, which is in parentheses, are the
	// state and then the parent's pid.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 2 {
		return 0
	}
	ppid, _ := strconv.Atoi(f[1])
	return ppid
}

// HasEnv reports whether the environment pid started with holds the entry
// kv ("NAME=value"). A process inherits it from the one that started it, so
// a marker variable given to a program shows which processes it spawned,
// even those that have been reparented since.
func HasEnv(pid int, kv string) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", pid))
	if err != nil {
		return false
	}
	for _, entry := range bytes.Split(data, []byte{0}) {
		if string(entry) == kv {
			return true
		}
	}
	return false
}

// Frozen reports whether dunst is stopped (state T), as Freeze leaves it.
func (ns *NotifyServer) Frozen() bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", ns.dunst.cmd.Process.Pid))
	if err != nil {
		return false
	}
	i := bytes.LastIndexByte(data, ')')
	return i >= 0 && i+2 < len(data) && data[i+2] == 'T'
}

// PtySizer returns a function that sets the size of the pane's terminal
// directly, as a terminal emulator would, behind tmux's back: the kernel
// sends the program a SIGWINCH at once. tmux 3.3a holds back a pane's
// resizes that come within 250 ms of each other and passes on only the
// first and the last, so this is how a test makes the program see every
// size of a fast storm. tmux still thinks the window has its own size;
// Resize to another size and back puts the two in step again. The function
// fails once the program has gone, since its terminal goes with it.
func (term *Term) PtySizer() func(width, height int) error {
	term.t.Helper()
	tty := strings.TrimSpace(term.run("display-message", "-p", "-t", term.pane, "#{pane_tty}"))
	f, err := os.OpenFile(tty, os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		term.t.Fatal(err)
	}
	term.t.Cleanup(func() { f.Close() })
	return func(width, height int) error {
		ws := struct{ rows, cols, x, y uint16 }{uint16(height), uint16(width), 0, 0}
		_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TIOCSWINSZ,
			uintptr(unsafe.Pointer(&ws)))
		if errno != 0 {
			return fmt.Errorf("setting the size of %s: %w", tty, errno)
		}
		return nil
	}
}
