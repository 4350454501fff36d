//go:build unix

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// pollInterval is how often WaitFor and WaitExit look again.
const pollInterval = 50 * time.Millisecond

// tmuxConfig is written to the private server's config file. remain-on-exit
// must be set here rather than by a later set-option, which races the child.
const tmuxConfig = `set -g remain-on-exit on
set -g status off
set -g default-terminal tmux-256color
set -g history-limit 10000
`

// termCount makes socket names unique within the test process.
var termCount atomic.Int64

// Term is a program running in a pane of a private tmux server, of a fixed
// size, that a test reads and types into.
type Term struct {
	t          testing.TB
	socket     string // the name given to -L
	socketPath string // where tmux made the socket
	pane       string
	lastSend   time.Time // when Send last sent keys, for the pace of commands
	lastKey    string    // the key Send last sent, "" once a screen was waited for or text typed
}

// CommandPace is the least time between two calls of Send, or between
// a screen that WaitFor waited for and the next Send: a person presses
// commands one at a time. partnercoach stamps a key when it handles it,
// not when it was pressed, and takes two keys that type text stamped
// less than its burst gap apart (app.BurstGap, 150 ms) as typing, not as
// commands; a pace well above it keeps two commands apart even when the
// program, slowed by a loaded machine, handles them late. The pace does
// not keep a command from being undone by a letter that is no command
// sent within the run of keys (app.TypingGap, 1.5 s): that is typing
// whatever the pace, and Type tests it. SendLiteral types at once, as a
// typist does.
const CommandPace = 300 * time.Millisecond

// LetterPace is the least time between two different letters sent one
// after the other with Send, with no WaitFor between them: partnercoach
// takes two different letters stamped less than app.LetterGap (250 ms)
// apart as typing, so the margin for a program that handles the first
// late is kept as wide as CommandPace keeps it above app.BurstGap. After
// a WaitFor the program has taken the first letter already, and
// CommandPace is enough.
const LetterPace = 400 * time.Millisecond

// ExitWait is how long a test waits for the program to end once it was
// told to. Ending writes the session once more, with an fsync; in CI, with
// the other packages' tests building and running beside it, an exit after
// a SIGINT once took over 5 s. The wait bounds a hang; it measures no
// speed.
const ExitWait = 20 * time.Second

// StartTerm starts argv in a new private tmux server with a width×height
// window and registers a cleanup that kills the server. Without tmux it
// skips the test, or fails it under CI=true (see Require).
//
// The program gets a clean environment: PATH, TERM=tmux-256color,
// LANG=C.UTF-8 and HOME set to a fresh temporary directory, then env (in
// "NAME=value" form) on top, so a given HOME or XDG_* directory wins and
// nothing else leaks in from the test's environment.
func StartTerm(t testing.TB, width, height int, env []string, argv ...string) *Term {
	t.Helper()
	Require(t, "tmux")
	if len(argv) == 0 {
		t.Fatal("StartTerm: no command given")
	}
	conf := filepath.Join(t.TempDir(), "tmux.conf")
	if err := os.WriteFile(conf, []byte(tmuxConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	term := &Term{
		t:      t,
		socket: fmt.Sprintf("pc-e2e-%d-%d", os.Getpid(), termCount.Add(1)),
	}
	args := []string{"-f", conf, "new-session", "-d",
		"-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"-P", "-F", "#{pane_id} #{socket_path}", "--", "env", "-i"}
	args = append(args, paneEnv(t, env)...)
	args = append(args, argv...)
	out, err := term.tmux(args...)
	if err != nil {
		t.Fatalf("starting tmux: %v", err)
	}
	t.Cleanup(term.kill)
	term.pane, term.socketPath, _ = strings.Cut(strings.TrimSpace(out), " ")
	return term
}

// kill stops the tmux server, which hangs up on the program, and removes the
// socket, which tmux leaves behind.
func (term *Term) kill() {
	term.tmux("kill-server")
	if term.socketPath != "" {
		os.Remove(term.socketPath)
	}
}

// Close closes the terminal under the program, as a coach closing the
// window does: the tmux server goes, and with it the program's terminal, so
// the kernel and tmux send it SIGHUP. Close waits until the program has
// gone with every file it held (see exited) and fails the test if that
// takes longer than timeout.
func (term *Term) Close(timeout time.Duration) {
	term.t.Helper()
	pid := term.PID()
	term.kill()
	deadline := time.Now().Add(timeout)
	for {
		if exited(pid) {
			return
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the program (process %d) still runs %v after its terminal closed", pid, timeout)
		}
		time.Sleep(pollInterval)
	}
}

// paneEnv returns the program's environment: a clean base with env on top.
func paneEnv(t testing.TB, env []string) []string {
	vars := map[string]string{
		"PATH": os.Getenv("PATH"),
		"TERM": "tmux-256color",
		"LANG": "C.UTF-8",
		"HOME": t.TempDir(),
	}
	order := []string{"PATH", "TERM", "LANG", "HOME"}
	for _, kv := range env {
		name, value, ok := strings.Cut(kv, "=")
		if !ok {
			t.Fatalf("StartTerm: environment entry %q is not NAME=value", kv)
		}
		if _, seen := vars[name]; !seen {
			order = append(order, name)
		}
		vars[name] = value
	}
	list := make([]string, 0, len(order))
	for _, name := range order {
		list = append(list, name+"="+vars[name])
	}
	return list
}

// tmux runs one tmux command against the private server and returns its
// standard output. TMUX is removed from its environment so that a test run
// inside tmux does not talk to the developer's server.
func (term *Term) tmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-u", "-L", term.socket}, args...)...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TMUX=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}

// run runs a tmux command and fails the test if it fails.
func (term *Term) run(args ...string) string {
	term.t.Helper()
	out, err := term.tmux(args...)
	if err != nil {
		term.t.Fatal(err)
	}
	return out
}

// Screen returns the visible contents of the pane, one line per row.
func (term *Term) Screen() string {
	term.t.Helper()
	return term.run("capture-pane", "-p", "-t", term.pane)
}

// StyledScreen returns the visible contents of the pane with the escape
// sequences of its colours and attributes, to check how it is styled.
func (term *Term) StyledScreen() string {
	term.t.Helper()
	return term.run("capture-pane", "-p", "-e", "-t", term.pane)
}

// ScreenAfterExit returns the pane's contents with its whole history. Use it
// once the program has exited: the "Pane is dead" line scrolls the pane up a
// row, so the first line of output would be missing from Screen.
func (term *Term) ScreenAfterExit() string {
	term.t.Helper()
	return term.run("capture-pane", "-p", "-S", "-", "-t", term.pane)
}

// WaitFor polls the screen every 50 ms until ok returns true for it and
// returns that screen. After timeout it returns the last screen and an error
// that shows it.
func (term *Term) WaitFor(timeout time.Duration, ok func(screen string) bool) (string, error) {
	deadline := time.Now().Add(timeout)
	for {
		screen, err := term.tmux("capture-pane", "-p", "-t", term.pane)
		if err != nil {
			return screen, err
		}
		if ok(screen) {
			// The program has taken the keys before: the pace of the next
			// counts from now, since it may have taken them late.
			term.lastSend, term.lastKey = time.Now(), ""
			return screen, nil
		}
		if time.Now().After(deadline) {
			return screen, fmt.Errorf("condition not met after %v; last screen:\n%s", timeout, screen)
		}
		time.Sleep(pollInterval)
	}
}

// WaitForText waits until the screen contains substr and returns the screen.
// It fails the test, showing the last screen, if that takes longer than timeout.
func (term *Term) WaitForText(timeout time.Duration, substr string) string {
	term.t.Helper()
	screen, err := term.WaitFor(timeout, func(s string) bool { return strings.Contains(s, substr) })
	if err != nil {
		term.t.Fatalf("waiting for %q: %v", substr, err)
	}
	return screen
}

// Send types keys by their tmux names, such as "Space", "Right", "Enter",
// "q" or "C-c".
//
// Each key comes at least CommandPace after the keys before, as a person
// presses commands one at a time.
func (term *Term) Send(keys ...string) {
	term.t.Helper()
	for _, k := range keys {
		pace := CommandPace
		if k != term.lastKey && isLetterKey(k) && isLetterKey(term.lastKey) {
			pace = LetterPace
		}
		term.paced(pace)
		term.run("send-keys", "-t", term.pane, k)
		term.lastKey = k
	}
}

// isLetterKey reports whether a key name sent to tmux is one letter.
func isLetterKey(k string) bool {
	r, size := utf8.DecodeRuneInString(k)
	return size == len(k) && unicode.IsLetter(r)
}

// Choose answers a question that ends or discards (partnercoach's
// app.Asking: quit, end, restart, discard), which opens on staying: it
// presses → n times, to the n-th answer after staying, then Enter, each
// at the pace of commands. (No letter answers such a question.)
func (term *Term) Choose(n int) {
	term.t.Helper()
	for range n {
		term.Send("Right")
	}
	term.Send("Enter")
}

// TypePause is the least time between the keys before and Type's first
// character: what the keys of the last moments did (keys less than
// app.TypingGap, 1.5 s, apart) is undone when they turn out to be typing,
// so a test that types after commands, and means the commands to stand,
// waits as long first.
const TypePause = 2 * time.Second

// Type types text one character at a time, as a person does, with
// gaps[i%len(gaps)] before the i-th character, the first at least
// TypePause after the keys before.
func (term *Term) Type(text string, gaps ...time.Duration) {
	term.t.Helper()
	term.paced(TypePause)
	for i, r := range text {
		if i > 0 && len(gaps) > 0 {
			time.Sleep(gaps[i%len(gaps)])
		}
		term.run("send-keys", "-t", term.pane, "-l", "--", string(r))
	}
	term.lastSend, term.lastKey = time.Now(), ""
}

// paced waits until at least pace has passed since the last keys sent.
func (term *Term) paced(pace time.Duration) {
	if wait := time.Until(term.lastSend.Add(pace)); wait > 0 {
		time.Sleep(wait)
	}
	term.lastSend = time.Now()
}

// SendLiteral types s character by character, with no key names looked up.
//
// It comes at least CommandPace after the keys before, as a person starts
// typing, but its characters go at once.
func (term *Term) SendLiteral(s string) {
	term.t.Helper()
	term.paced(CommandPace)
	term.run("send-keys", "-t", term.pane, "-l", "--", s)
}

// Paste pastes text as a terminal does when the coach pastes: through a
// tmux buffer, bracketed (ESC [200~ … ESC [201~) when the program asked
// for bracketed paste, with its line feeds sent as carriage returns, as
// tmux sends them. It comes at least CommandPace after the keys before.
func (term *Term) Paste(text string) {
	term.t.Helper()
	term.paced(CommandPace)
	term.run("set-buffer", "-b", "e2e-paste", "--", text)
	term.run("paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", term.pane)
	term.lastKey = ""
}

// Resize changes the window to width×height; the program gets a SIGWINCH.
// tmux 3.3 sets the window's window-size option to manual as it does so.
func (term *Term) Resize(width, height int) {
	term.t.Helper()
	term.run("resize-window", "-t", term.pane, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height))
}

// Title returns the pane's title (#{pane_title}), which the program sets
// with the OSC 0 or 2 sequence.
func (term *Term) Title() string {
	term.t.Helper()
	return strings.TrimSuffix(term.run("display-message", "-p", "-t", term.pane, "#{pane_title}"), "\n")
}

// WaitForTitle polls the pane's title every 50 ms until ok returns true
// for it, and returns it; it fails the test, saying the last title, after
// timeout.
func (term *Term) WaitForTitle(timeout time.Duration, ok func(title string) bool) string {
	term.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		title := term.Title()
		if ok(title) {
			return title
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the pane's title is still %q after %v", title, timeout)
		}
		time.Sleep(pollInterval)
	}
}

// PID returns the process id of the program in the pane.
func (term *Term) PID() int {
	term.t.Helper()
	out := term.run("display-message", "-p", "-t", term.pane, "#{pane_pid}")
	pid, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		term.t.Fatalf("pane pid %q: %v", out, err)
	}
	return pid
}

// TTY returns the path of the pane's terminal, such as /dev/pts/3.
func (term *Term) TTY() string {
	term.t.Helper()
	return strings.TrimSpace(term.run("display-message", "-p", "-t", term.pane, "#{pane_tty}"))
}

// paneEnd is what tmux reports about the end of the program in a pane.
type paneEnd struct {
	dead      bool
	status    string // exit status, once tmux has reaped the program
	signal    string // the signal that ended it, if one did
	serverPID int
	panePID   int
}

// end asks the server how the program in the pane ended, if it has.
func (term *Term) end() (paneEnd, error) {
	out, err := term.tmux("display-message", "-p", "-t", term.pane,
		"#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}|#{pid}|#{pane_pid}")
	if err != nil {
		return paneEnd{}, err
	}
	f := strings.Split(strings.TrimSpace(out), "|")
	if len(f) != 5 {
		return paneEnd{}, fmt.Errorf("unexpected pane state %q", out)
	}
	serverPID, err1 := strconv.Atoi(f[3])
	panePID, err2 := strconv.Atoi(f[4])
	if err1 != nil || err2 != nil {
		return paneEnd{}, fmt.Errorf("unexpected pane state %q", out)
	}
	return paneEnd{f[0] == "1", f[1], f[2], serverPID, panePID}, nil
}

// WaitExit waits until the program has exited and returns its exit status,
// or 128 plus the signal number if a signal ended it. The status comes from
// #{pane_dead_status}, since #{pane_dead} turns 1 before tmux has reaped the
// child. Debian's tmux 3.3a sometimes misses the SIGCHLD (tmux issue #311);
// while the pane is dead without a status, or the program is a zombie,
// WaitExit sends SIGCHLD to the tmux server again. It fails the test after
// timeout.
func (term *Term) WaitExit(timeout time.Duration) int {
	term.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		end, err := term.end()
		if err != nil {
			term.t.Fatal(err)
		}
		if code, err := strconv.Atoi(end.status); err == nil {
			return code
		}
		if sig, err := strconv.Atoi(end.signal); err == nil {
			return 128 + sig
		}
		if end.dead || isZombie(end.panePID) {
			syscall.Kill(end.serverPID, syscall.SIGCHLD)
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("program still running after %v; last screen:\n%s",
				timeout, term.ScreenAfterExit())
		}
		time.Sleep(pollInterval)
	}
}

// WantExit waits up to ExitWait for the program to end and fails the test
// unless its exit status is want.
func (term *Term) WantExit(want int) {
	term.t.Helper()
	if code := term.WaitExit(ExitWait); code != want {
		term.t.Fatalf("exit status %d", code)
	}
}

// exited reports whether the process pid has exited and let go of its
// files (and so of its locks). Its parent gone, nobody may reap it soon, so
// a zombie counts; but the first thread of a Go program can be a zombie
// while the others still hold the files, so a zombie must also have no
// open file left.
func exited(pid int) bool {
	if _, err := os.Stat(fmt.Sprintf("/proc/%d", pid)); err != nil {
		return true
	}
	if !isZombie(pid) {
		return false
	}
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	return err != nil || len(fds) == 0
}

// isZombie reports whether pid is a process that has exited but not been
// reaped.
func isZombie(pid int) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// The state follows the command name, which is in parentheses and may
	// itself hold spaces and parentheses.
	i := strings.LastIndexByte(string(data), ')')
	return i >= 0 && i+2 < len(data) && data[i+2] == 'Z'
}
