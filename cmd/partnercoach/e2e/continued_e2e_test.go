//go:build linux

package e2e_test

import (
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestStopAndContinueInTmux stops the program (SIGSTOP, as a shell's job
// control or a debugger would) on the first step, does to its terminal what
// a shell does meanwhile (line mode, and a "Stopped" line written over the
// screen), and continues it: the program must take the terminal back in
// raw mode, draw its screen anew without the shell's line, and act on the
// next key at once. On the code before, the terminal stayed in line mode,
// the key waited for Enter, and the shell's line stayed on screen.
func TestStopAndContinueInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "stty")
	env := e2e.HomeEnv(t.TempDir())
	term := e2e.StartTerm(t, 100, 30, env, "sh", "-c", shellRun, e2e.BuildBinary(t), "run", "first", "--no-notify", "--no-save")
	term.WaitForText(5*time.Second, "step 1 of 11")
	pid, tty := childPID(t, term.PID()), term.TTY()
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	stty(t, tty, "sane")
	f, err := os.OpenFile(tty, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\r\n[1]+  Stopped   by the shell\r\n$ fg\r\n")
	f.Close()
	term.WaitForText(3*time.Second, "Stopped   by the shell")
	if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	if _, err := term.WaitFor(5*time.Second, func(s string) bool {
		return !strings.Contains(s, "Stopped") && strings.Contains(s, "step 1 of 11")
	}); err != nil {
		t.Fatalf("the screen was not drawn anew: %v", err)
	}
	if mode := stty(t, tty, "-a"); !strings.Contains(mode, "-icanon") || !strings.Contains(mode, "-echo ") {
		t.Fatalf("the terminal is not back in raw mode: %s", mode)
	}
	term.Send("n")
	term.WaitForText(3*time.Second, "step 2 of 11")
	term.Send("C-c")
}

// stty runs stty on a terminal with args and returns what it printed.
func stty(t *testing.T, tty string, args ...string) string {
	t.Helper()
	out, err := exec.Command("stty", append([]string{"-F", tty}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("stty %v: %v: %s", args, err, out)
	}
	return string(out)
}
