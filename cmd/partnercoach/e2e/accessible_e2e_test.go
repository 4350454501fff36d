//go:build linux

package e2e_test

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// shortScript is a script with a one-minute newcomer's turn that warns 30
// seconds before its end.
const shortScript = `name: short
title: A short practice session
length: 2m
steps:
  - id: hello
    title: Hello
    time: 1m
    checklist:
      - Said hello
  - id: their-turn
    title: "Their turn: newcomer focuses, coach listens"
    turn:
      focuser: newcomer
      listener: coach
      length: 1m
      warn: 30s
`

// accessibleSpeed is the rehearsal speed of the short script's runs: its
// one-minute turn takes five seconds, the warning half way.
const accessibleSpeed = 12

// spokenLeftRe reads the seconds of "14 minutes 58 seconds left, running".
var spokenLeftRe = regexp.MustCompile(`14 minutes (\d+) seconds? left, running`)

// xdgEnv returns an environment whose XDG directories lie under dir, so
// that a test never reads or writes the real ones. HOME is left as it is.
func xdgEnv(dir string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + os.Getenv("HOME"),
		"LANG=C.UTF-8",
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
	}
}

// writeShortScript writes shortScript into dir and returns its path.
func writeShortScript(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "short.yaml")
	if err := os.WriteFile(path, []byte(shortScript), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// piped is the binary running with its standard input and output on
// pipes, so that its output is no terminal.
type piped struct {
	t     *testing.T
	cmd   *exec.Cmd
	in    io.WriteCloser
	lines chan string
	mu    sync.Mutex
	all   strings.Builder // every line read so far
	done  chan error
}

// startPiped starts the binary with args in env, its output on a pipe.
func startPiped(t *testing.T, env []string, args ...string) *piped {
	t.Helper()
	cmd := exec.Command(e2e.BuildBinary(t), args...)
	cmd.Env = env
	var stderr e2e.SyncBuffer // read by the cleanup while the command may still write
	cmd.Stderr = &stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &piped{t: t, cmd: cmd, in: in, lines: make(chan string, 1000), done: make(chan error, 1)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.mu.Lock()
			p.all.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
			p.lines <- sc.Text()
		}
		close(p.lines)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		if s := stderr.String(); s != "" {
			t.Logf("stderr:\n%s", s)
		}
	})
	return p
}

// send types one line.
func (p *piped) send(line string) {
	p.t.Helper()
	if _, err := io.WriteString(p.in, line+"\n"); err != nil {
		p.t.Fatalf("typing %q: %v", line, err)
	}
}

// expect reads lines until one holds want, and returns it. It fails the
// test, showing everything read, after timeout or at the end of output.
func (p *piped) expect(timeout time.Duration, want string) string {
	p.t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case l, ok := <-p.lines:
			if !ok {
				p.t.Fatalf("output ended before %q; it was:\n%s", want, p.output())
			}
			if strings.Contains(l, want) {
				return l
			}
		case <-deadline:
			p.t.Fatalf("no %q after %v; output so far:\n%s", want, timeout, p.output())
		}
	}
}

// output returns every line read so far.
func (p *piped) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.all.String()
}

// wait closes the input and waits for the program to exit, returning its
// exit status.
func (p *piped) wait(timeout time.Duration) int {
	p.t.Helper()
	p.in.Close()
	for range p.lines { // read to the end so that the program is not blocked
	}
	select {
	case err := <-p.done:
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				return ee.ExitCode()
			}
			p.t.Fatal(err)
		}
		return 0
	case <-time.After(timeout):
		p.t.Fatalf("still running after %v; output:\n%s", timeout, p.output())
	}
	return -1
}

// TestAccessibleWithPipes runs a short turn with the output on a pipe: the
// accessible mode starts by itself, says the steps, the warning on time
// and the end of the turn, and asks before quitting.
func TestAccessibleWithPipes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeShortScript(t, dir)
	speed := strconv.Itoa(accessibleSpeed)
	p := startPiped(t, xdgEnv(dir), "run", path, "--speed", speed, "--no-notify", "--newcomer", "Alice")
	p.expect(5*time.Second, "partnercoach, accessible mode.")
	p.expect(time.Second, "Rehearsal at "+speed+"× speed")
	p.expect(time.Second, "Step 1 of 2: Hello. Planned 1 minute. Next: Their turn: newcomer focuses, coach listens.")
	p.expect(time.Second, "1. Said hello, not done")
	p.send("x 1")
	p.expect(2*time.Second, "Done: 1. Said hello.")
	p.send("bogus")
	p.expect(2*time.Second, `“bogus” is not a command: expected a command such as n (next step)`)
	p.send("n")
	p.expect(2*time.Second, "Step 2 of 2: Their turn: newcomer focuses, coach listens. This is the last step")
	p.expect(time.Second, "Focusing: the newcomer, Alice, session 1. Listening: you, the coach.")
	p.expect(time.Second, "Newcomer's turn, 1 minute, not started: s starts it.")
	p.send("s")
	started := time.Now()
	p.expect(2*time.Second, "Started. Newcomer's turn, 1 minute left, running.")
	warnAt, endAt := 30*time.Second/accessibleSpeed, time.Minute/accessibleSpeed
	p.expect(8*time.Second, "Warning: 30 seconds left in the newcomer's turn.")
	if d := time.Since(started); d < warnAt-time.Second || d > warnAt+2*time.Second {
		t.Errorf("the warning came %v after the start, want about %v (30 s at %d× speed)", d, warnAt, accessibleSpeed)
	}
	p.expect(8*time.Second, "Time is up: the newcomer's turn is over.")
	if d := time.Since(started); d < endAt-time.Second {
		t.Errorf("the turn ended %v after the start, want about %v", d, endAt)
	}
	p.send("t")
	p.expect(2*time.Second, "Newcomer's turn is over:")
	p.send("q")
	p.expect(2*time.Second, "Nothing is saved in this run (a rehearsal). Quit anyway? Type quit to quit; anything else stays.")
	p.send("quit")
	p.expect(2*time.Second, "Quit. Nothing of the session is saved")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	if strings.Contains(p.output(), "\x1b") {
		t.Fatalf("an escape character in the output:\n%q", p.output())
	}
	if _, err := os.Stat(filepath.Join(dir, "state", "partnercoach", "session.json")); !os.IsNotExist(err) {
		t.Fatalf("a rehearsal left an autosave: %v", err)
	}
}

// TestAccessibleAutosaveAndResume runs a session in real time with its
// output on a pipe, quits it, and brings it back with resume
// --accessible: the step, the check, the note and the running turn are
// back; the end of input quits and keeps the autosave.
func TestAccessibleAutosaveAndResume(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := xdgEnv(dir)
	p := startPiped(t, env, "run", "first", "--no-notify", "--newcomer", "AB")
	p.expect(5*time.Second, "Step 1 of 11: Welcome and introductions.")
	p.send("x 1")
	p.expect(2*time.Second, "Done: 1. Said I'm a partnership coach.")
	p.send("note wants short turns")
	p.expect(2*time.Second, "Note 1 kept.")
	for range 6 {
		p.send("n")
	}
	p.expect(3*time.Second, "Step 7 of 11: My turn: coach focuses, newcomer listens.")
	p.send("s")
	p.expect(2*time.Second, "Started. Coach's turn, segment 1 of 3, 15 minutes left, running")
	startedAt := time.Now()
	p.send("q")
	p.expect(2*time.Second, "Quit? The session is saved: 'partnercoach resume' brings it back.")
	p.send("quit")
	p.expect(2*time.Second, "Quit. The session is saved")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	autosave := filepath.Join(dir, "state", "partnercoach", "session.json")
	if info, err := os.Stat(autosave); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("autosave: %v", err)
	}

	time.Sleep(1100 * time.Millisecond) // the turn runs on while nobody is there
	again := startPiped(t, env, "resume", "--accessible", "--no-notify")
	again.expect(5*time.Second, "Resumed the session saved at")
	again.expect(time.Second, "Step 7 of 11: My turn: coach focuses, newcomer listens.")
	line := again.expect(time.Second, "Coach's turn, segment 1 of 3, 14 minutes ")
	m := spokenLeftRe.FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("the turn is not running on: %q", line)
	}
	left, _ := strconv.Atoi(m[1])
	left += 14 * 60
	if want := 15*60 - int(time.Since(startedAt).Seconds()); left < want-1 || left > want+1 || left >= 15*60 {
		t.Fatalf("%d s left after resuming, want %d ± 1: %q", left, want, line)
	}
	for range 6 {
		again.send("b")
	}
	again.expect(3*time.Second, "Step 1 of 11: Welcome and introductions.")
	again.expect(time.Second, "1. Said I'm a partnership coach, done")
	again.expect(time.Second, "Note at ")
	again.send("t") // the coach's turn was paused when the coach went back from its step
	again.expect(2*time.Second, "This step has no timer.")
	if code := again.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	if !strings.Contains(again.output(), "End of input: quit. The session is saved") {
		t.Fatalf("the end of input did not quit keeping the session:\n%s", again.output())
	}
	if _, err := os.Stat(autosave); err != nil {
		t.Fatalf("the autosave is gone after the end of input: %v", err)
	}
}

// TestAccessibleInTmuxWithDumbTerminal runs the program in a real terminal
// that says TERM=dumb, through script(1), which logs every byte the
// program writes: the accessible mode starts by itself, writes no escape
// character at all, and leaves its lines in the pane's history (no
// alternate screen).
func TestAccessibleInTmuxWithDumbTerminal(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux", "script")
	dir := t.TempDir()
	path := writeShortScript(t, dir)
	logFile := filepath.Join(dir, "typescript")
	command := strings.Join([]string{e2e.BuildBinary(t), "run", path, "--speed", strconv.Itoa(accessibleSpeed), "--no-notify"}, " ")
	env := append(xdgEnv(dir), "TERM=dumb")
	term := e2e.StartTerm(t, 100, 30, env, "script", "-q", "-e", "-c", command, logFile)
	term.WaitForText(5*time.Second, "Step 1 of 2: Hello.")
	term.SendLiteral("n")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Step 2 of 2: Their turn")
	term.SendLiteral("s")
	term.Send("Enter")
	term.WaitForText(10*time.Second, "Warning: 30 seconds left in the newcomer's turn.")
	term.SendLiteral("x") // half a line when the end comes
	term.WaitForText(10*time.Second, "Time is up: the newcomer's turn is over.")
	term.Send("BSpace")
	term.SendLiteral("q")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Quit anyway?")
	term.SendLiteral("quit")
	term.Send("Enter")
	if code := term.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("exit status %d:\n%s", code, term.ScreenAfterExit())
	}

	history := term.ScreenAfterExit()
	if !regexp.MustCompile(`(?m)^x\n+Time is up: the newcomer's turn is over\.`).MatchString(history) {
		t.Fatalf("the alert did not start on a line of its own after the half-typed x:\n%s", history)
	}
	for _, want := range []string{"partnercoach, accessible mode.", "Step 1 of 2: Hello.", "Warning: 30 seconds left",
		"Quit. Nothing of the session is saved"} {
		if !strings.Contains(history, want) {
			t.Fatalf("%q is not in the pane's history after exit (an alternate screen?):\n%s", want, history)
		}
	}
	if styled := term.StyledScreen(); strings.Contains(styled, "\x1b") {
		t.Fatalf("the pane holds styled text:\n%q", styled)
	}
	raw, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatal(err)
	}
	body := programBytes(string(raw))
	if !strings.Contains(body, "Time is up: the newcomer's turn is over.") {
		t.Fatalf("the log does not hold the session:\n%q", body)
	}
	if i := strings.IndexByte(body, 0x1b); i >= 0 {
		t.Fatalf("an escape character at byte %d of the program's output:\n%q", i, body[max(i-40, 0):min(i+40, len(body))])
	}
}

// programBytes cuts script(1)'s own first and last lines from its log,
// leaving what the terminal received.
func programBytes(log string) string {
	if _, rest, ok := strings.Cut(log, "\n"); ok {
		log = rest
	}
	if i := strings.LastIndex(log, "\nScript done"); i >= 0 {
		log = log[:i]
	}
	return log
}
