//go:build linux

package e2e_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/timer"
)

// The timing tests run one timed turn of a script of their own in the real
// binary, at normal speed, against a real notification server, and compare
// the instants dbus-monitor stamped on the Notify calls with the instants the
// alerts were due. The turn's start is the one the program recorded when it
// handled the start key: its autosave holds the turn's wall-clock deadline,
// and the start is that deadline less the turn's length.
//
// In CI the turns are short and the tests check correctness only: no alert
// comes before its instant, none more than a second after it, and a process
// stopped with SIGSTOP still ends its turn at start plus length. The speed
// targets of issue 5 (at most 50 ms late) are checked by bench/timing.sh,
// which sets PARTNERCOACH_TIMING_FULL=1 for the full-length turns and
// PARTNERCOACH_TIMING_OUT to a file that collects the figures.

// lateBound is how late an alert may be before it is wrong rather than slow:
// a program that woke once a second, or not at the due instant, would miss it.
const lateBound = time.Second

// shellRun runs the program under sh rather than as the pane's own process.
// tmux sends SIGCONT to a pane's process as soon as it stops (except for
// SIGTTIN and SIGTTOU), so a SIGSTOP sent to the pane's process lasts only
// an instant; one sent to the shell's child holds, as it would in any
// terminal. The trailing exit keeps sh from running the program with exec.
const shellRun = `"$0" "$@"; exit $?`

// turnCase is one measured turn: its length and warning, and, for a freeze,
// how long after the start the process is stopped and for how long.
type turnCase struct {
	name            string
	length, warn    time.Duration
	stopAt, stopFor time.Duration
}

// timingFull reports whether the full-length cases of issue 5 were asked for.
func timingFull() bool { return os.Getenv("PARTNERCOACH_TIMING_FULL") == "1" }

// TestDrillAlertTimeliness runs a turn with a warning and checks that both
// notifications reach the notification server at their due instants, not
// before and not a second after. With PARTNERCOACH_TIMING_FULL=1 it runs a
// 3-minute turn and a 10-minute one (the drift case) instead.
func TestDrillAlertTimeliness(t *testing.T) {
	e2e.Drill(t)
	t.Parallel()
	cases := []turnCase{{name: "turn-20s", length: 20 * time.Second, warn: 10 * time.Second}}
	if timingFull() {
		cases = []turnCase{
			{name: "turn-3m", length: 3 * time.Minute, warn: time.Minute},
			{name: "drift-10m", length: 10 * time.Minute, warn: 2 * time.Minute},
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			m := measureTurn(t, c)
			checkLate(t, "warning", m.warnLate)
			checkLate(t, "end", m.endLate)
		})
	}
}

// TestDrillFrozenTurnEndsOnTheWallClock stops the program with SIGSTOP during a
// turn: the turn still ends at its start plus its length on the wall clock,
// not that much later again, and its deadline is the same after the freeze.
// With PARTNERCOACH_TIMING_FULL=1 it freezes a 60 s turn for 10 s.
func TestDrillFrozenTurnEndsOnTheWallClock(t *testing.T) {
	e2e.Drill(t)
	t.Parallel()
	c := turnCase{name: "sigstop-20s", length: 20 * time.Second, warn: 5 * time.Second,
		stopAt: 5 * time.Second, stopFor: 5 * time.Second}
	if timingFull() {
		c = turnCase{name: "sigstop-60s", length: time.Minute, warn: 10 * time.Second,
			stopAt: 20 * time.Second, stopFor: 10 * time.Second}
	}
	m := measureTurn(t, c)
	checkLate(t, "warning", m.warnLate)
	checkLate(t, "end", m.endLate)
	if took := m.end.Time.Sub(m.start); took > c.length+c.stopFor/2 {
		t.Errorf("the turn ended %v after its start: the %v freeze was added to its %v", took, c.stopFor, c.length)
	}
}

// checkLate fails the test if an alert came before its instant or more than
// lateBound after it.
func checkLate(t *testing.T, what string, late time.Duration) {
	t.Helper()
	if late < 0 || late > lateBound {
		t.Errorf("the %s notification came %v after its due instant, want between 0 and %v",
			what, late, lateBound)
	}
}

// measured is what one timed turn showed.
type measured struct {
	start             time.Time     // the turn's start, as the program recorded it
	keyLag            time.Duration // from sending the start key to that start
	stopped           time.Duration // how long the process was stopped, if it was
	warn, end         e2e.Notification
	warnLate, endLate time.Duration // from the due instants to the Notify calls
}

// measureTurn runs c's turn in the binary and measures when its warning and
// end reached the notification server. It logs the figures and, when
// PARTNERCOACH_TIMING_OUT names a file, appends them to it.
func measureTurn(t *testing.T, c turnCase) measured {
	t.Helper()
	e2e.Require(t, "tmux", "Xvfb", "dbus-daemon", "dbus-monitor", "dunst")
	ns := e2e.StartNotifyServer(t)
	state := t.TempDir()
	env := append(ns.Env(), "XDG_RUNTIME_DIR="+t.TempDir(), "XDG_STATE_HOME="+state,
		"XDG_CONFIG_HOME="+t.TempDir(), "XDG_DATA_HOME="+t.TempDir())
	term := e2e.StartTerm(t, 100, 30, env, "sh", "-c", shellRun, e2e.BuildBinary(t), "run", writeTurnScript(t, c))
	term.WaitForText(5*time.Second, "not started")
	autosave := filepath.Join(state, "partnercoach", "session.json")

	sent := time.Now().Round(0)
	term.Send("Space")
	st := waitTurn(t, autosave, "turn", "running", func(st timer.SavedTurn) bool { return st.Running })
	seen := time.Now().Round(0)
	m := measured{start: st.Deadline.Add(-st.Length)}
	m.keyLag = m.start.Sub(sent)
	if m.start.Before(sent) || m.start.After(seen) || st.Length != c.length {
		t.Fatalf("the autosave says a %v turn started at %s, not between the key (%s) and the save (%s)",
			st.Length, stamp(m.start), stamp(sent), stamp(seen))
	}
	if c.stopFor > 0 {
		m.stopped = freeze(t, childPID(t, term.PID()), m.start.Add(c.stopAt), c.stopFor)
	}
	wait := time.Until(st.Deadline) + 5*time.Second
	m.warn = waitNote(t, ns, wait, "left")
	m.end = waitNote(t, ns, wait, "time is up")
	m.warnLate = m.warn.Time.Sub(st.Deadline.Add(-c.warn))
	m.endLate = m.end.Time.Sub(st.Deadline)

	after := waitTurn(t, autosave, "turn", "ended", func(st timer.SavedTurn) bool { return st.Ended })
	if !after.Deadline.Equal(st.Deadline) {
		t.Errorf("the deadline moved from %s to %s", stamp(st.Deadline), stamp(after.Deadline))
	}
	term.Send("C-c")
	if code := term.WaitExit(e2e.ExitWait); code != 0 {
		t.Errorf("exit status %d", code)
	}
	report(t, c, m)
	return m
}

// writeTurnScript writes a script of one step holding c's turn and returns
// its path.
func writeTurnScript(t *testing.T, c turnCase) string {
	t.Helper()
	text := fmt.Sprintf(`name: timing
title: Timing check
length: %[1]v
steps:
  - id: turn
    title: One timed turn
    turn:
      focuser: coach
      listener: newcomer
      length: %[1]v
      warn: %[2]v
`, c.length, c.warn)
	path := filepath.Join(t.TempDir(), "timing.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// waitTurn polls the autosave at path every 5 ms until the turn of the
// step with the id step satisfies ok, named what in the error, and returns
// the turn's state. It fails the test after three seconds.
func waitTurn(t *testing.T, path, step, what string, ok func(timer.SavedTurn) bool) timer.SavedTurn {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		st, err := savedTurn(path, step)
		if err == nil && ok(st) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("the autosave's turn is not %s after 3 s: %+v, %v", what, st, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// savedTurn reads the state of the turn of the step with the id id in
// the autosave at path.
func savedTurn(path, id string) (timer.SavedTurn, error) {
	var save struct {
		Steps map[string]struct {
			Turn *timer.SavedTurn `json:"turn"`
		} `json:"steps"`
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return timer.SavedTurn{}, err
	}
	if err := json.Unmarshal(data, &save); err != nil {
		return timer.SavedTurn{}, err
	}
	step, ok := save.Steps[id]
	if !ok || step.Turn == nil {
		return timer.SavedTurn{}, errors.New("no turn saved for the step")
	}
	return *step.Turn, nil
}

// freeze stops pid with SIGSTOP at the instant at, lets it run again with
// SIGCONT after d, and returns how long it was stopped as the test saw it.
// It fails the test if the process was not stopped throughout.
func freeze(t *testing.T, pid int, at time.Time, d time.Duration) time.Duration {
	t.Helper()
	time.Sleep(time.Until(at)) // the freeze is placed on the turn's own time
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	from := time.Now()
	time.Sleep(d) // the freeze itself is what is tested
	state := procState(pid)
	if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	stopped := time.Since(from)
	if state != 'T' {
		t.Fatalf("the process was in state %q at the end of the freeze, not stopped (T)", state)
	}
	return stopped
}

// childPID returns the process id of the one child of process pid, polling
// for up to three seconds until it has one.
func childPID(t *testing.T, pid int) int {
	t.Helper()
	path := fmt.Sprintf("/proc/%d/task/%d/children", pid, pid)
	deadline := time.Now().Add(3 * time.Second)
	for {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if f := strings.Fields(string(data)); len(f) == 1 {
			child, err := strconv.Atoi(f[0])
			if err != nil {
				t.Fatalf("reading %s: %v", path, err)
			}
			return child
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d has children %q after 3 s, want one", pid, data)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// procState returns the state letter of process pid, or 0 if it cannot be
// read.
func procState(pid int) byte {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	i := strings.LastIndexByte(string(data), ')') // the command name may hold spaces
	if i < 0 || i+2 >= len(data) {
		return 0
	}
	return data[i+2]
}

// waitNote waits for the one notification whose summary ends in suffix and
// fails the test if none comes within wait or more than one does.
func waitNote(t *testing.T, ns *e2e.NotifyServer, wait time.Duration, suffix string) e2e.Notification {
	t.Helper()
	match := func(n e2e.Notification) bool { return strings.HasSuffix(n.Summary, suffix) }
	n, err := ns.WaitNotification(wait, match)
	if err != nil {
		t.Fatalf("no notification ending in %q: %v", suffix, err)
	}
	count := 0
	for _, o := range ns.Notifications() {
		if match(o) {
			count++
		}
	}
	if count != 1 {
		t.Errorf("%d notifications end in %q, want 1", count, suffix)
	}
	return n
}

// report logs the figures of a measured turn and appends them, tab
// separated, to the file PARTNERCOACH_TIMING_OUT names, if it names one.
func report(t *testing.T, c turnCase, m measured) {
	t.Helper()
	t.Logf("%s: started %s (%.1f ms after the key was sent); warning %.1f ms late, end %.1f ms late; stopped %v",
		c.name, stamp(m.start), ms(m.keyLag), ms(m.warnLate), ms(m.endLate), m.stopped.Round(time.Millisecond))
	path := os.Getenv("PARTNERCOACH_TIMING_OUT")
	if path == "" {
		return
	}
	line := fmt.Sprintf("%s\t%v\t%v\t%v\t%.1f\t%.1f\t%.1f\n", c.name, c.length, c.warn,
		m.stopped.Round(time.Millisecond), ms(m.keyLag), ms(m.warnLate), ms(m.endLate))
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(line); err != nil {
		t.Fatal(err)
	}
}

// ms returns d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// stamp formats an instant to the microsecond.
func stamp(at time.Time) string { return at.Format("15:04:05.000000") }
