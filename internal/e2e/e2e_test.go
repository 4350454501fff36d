//go:build linux

package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain removes the binary BuildBinary may have built.
func TestMain(m *testing.M) {
	code := m.Run()
	RemoveBinary()
	os.Exit(code)
}

// TestTermExitStatus runs a program that prints, reads a line and exits 3.
func TestTermExitStatus(t *testing.T) {
	t.Parallel()
	Require(t, "tmux")
	term := StartTerm(t, 80, 24, nil, "sh", "-c", `printf "hello world\n"; read x; echo "got:$x"; exit 3`)
	term.WaitForText(5*time.Second, "hello world")
	if pid := term.PID(); pid <= 0 {
		t.Fatalf("PID() = %d", pid)
	}
	term.SendLiteral("typed -text")
	term.Send("Enter")
	if status := term.WaitExit(5 * time.Second); status != 3 {
		t.Fatalf("WaitExit() = %d, want 3", status)
	}
	term.WantExit(3) // the status stays to be read again
	screen := term.ScreenAfterExit()
	for _, want := range []string{"hello world", "got:typed -text", "Pane is dead"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen after exit lacks %q:\n%s", want, screen)
		}
	}
}

// TestTermSignalExit checks that a program ended by a signal reports 128+n.
func TestTermSignalExit(t *testing.T) {
	t.Parallel()
	Require(t, "tmux")
	term := StartTerm(t, 80, 24, nil, "sh", "-c", `kill -TERM $$`)
	if status := term.WaitExit(5 * time.Second); status != 128+15 {
		t.Fatalf("WaitExit() = %d, want 143", status)
	}
}

// TestTermEnv checks the program's environment: TERM, the given variables,
// and nothing leaked from the test's own environment.
func TestTermEnv(t *testing.T) {
	Require(t, "tmux")
	t.Setenv("PC_E2E_LEAK", "leaked")
	home := t.TempDir()
	term := StartTerm(t, 100, 10, []string{"HOME=" + home, "FOO=a b"}, "sh", "-c",
		`echo "term=$TERM home=$HOME foo=$FOO leak=$PC_E2E_LEAK tmux=$TMUX end"; read x`)
	want := "term=tmux-256color home=" + home + " foo=a b leak= tmux= end"
	term.WaitForText(5*time.Second, want)
}

// TestTermResize checks that the program sees the new size after Resize.
func TestTermResize(t *testing.T) {
	t.Parallel()
	Require(t, "tmux")
	term := StartTerm(t, 80, 24, nil, "sh", "-c", `while :; do stty size; sleep 0.1; done`)
	term.WaitForText(5*time.Second, "24 80")
	term.Resize(100, 30)
	term.WaitForText(5*time.Second, "30 100")
	_, err := term.WaitFor(200*time.Millisecond, func(string) bool { return false })
	if err == nil || !strings.Contains(err.Error(), "30 100") {
		t.Fatalf("WaitFor timeout error should show the last screen, got %v", err)
	}
}

// TestNotifyServer sends a notification with notify-send and finds it.
func TestNotifyServer(t *testing.T) {
	t.Parallel()
	Require(t, "notify-send")
	ns := StartNotifyServer(t)
	sent := time.Now()
	notifySend(t, ns, 10*time.Second, "-a", "tester", "Summary here", "Body here")
	n, err := ns.WaitNotification(5*time.Second, func(n Notification) bool {
		return n.AppName == "tester" && n.Summary == "Summary here" && n.Body == "Body here"
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := n.Time.Sub(sent); d < -time.Second || d > 5*time.Second {
		t.Errorf("notification stamped %v, sent at %v", n.Time, sent)
	}
	if !strings.Contains(n.Hints, `"urgency"`) {
		t.Errorf("hints lack urgency:\n%s", n.Hints)
	}
}

// TestNotifyServerFrozen checks that a Notify call to a frozen dunst fails
// within the bus's reply timeout, and that a thawed dunst answers again.
// It calls Notify with dbus-send: notify-send asks GetServerInformation
// first, three times over, and never sends the Notify to a frozen server.
func TestNotifyServerFrozen(t *testing.T) {
	t.Parallel()
	Require(t, "notify-send")
	ns := StartNotifyServer(t)
	ns.Freeze()
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "dbus-send", "--bus="+ns.Address, "--print-reply",
		"--dest=org.freedesktop.Notifications", "/org/freedesktop/Notifications",
		"org.freedesktop.Notifications.Notify", "string:tester", "uint32:0", "string:",
		"string:While frozen", "string:", "array:string:", "dict:string:string:", "int32:-1",
	).CombinedOutput()
	took := time.Since(start)
	if err == nil || !strings.Contains(string(out), "NoReply") || took > 6*time.Second {
		t.Fatalf("Notify to a frozen server: err=%v after %v, output %q", err, took, out)
	}
	t.Logf("Notify to a frozen server failed after %v", took.Round(time.Millisecond))
	if _, err := ns.WaitNotification(time.Second, func(n Notification) bool {
		return n.Summary == "While frozen"
	}); err != nil {
		t.Fatal(err)
	}
	ns.Thaw()
	notifySend(t, ns, 10*time.Second, "-a", "tester", "After thaw", "")
	if _, err := ns.WaitNotification(5*time.Second, func(n Notification) bool {
		return n.Summary == "After thaw"
	}); err != nil {
		t.Fatal(err)
	}
}

// TestNotifyServerLeavesNothing checks that the cleanup stops every process
// and that SessionBusProcesses sees the private bus while it runs.
func TestNotifyServerLeavesNothing(t *testing.T) {
	t.Parallel()
	var pids []int
	t.Run("run", func(t *testing.T) {
		ns := StartNotifyServer(t)
		for _, p := range ns.procs {
			pids = append(pids, p.cmd.Process.Pid)
		}
		buses, err := SessionBusProcesses()
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ns.procs {
			if p.name == "dbus-daemon" && !slices.Contains(buses, p.cmd.Process.Pid) {
				t.Errorf("SessionBusProcesses() = %v, lacks the private bus %d", buses, p.cmd.Process.Pid)
			}
		}
	})
	if len(pids) == 0 {
		t.Skip("the notification server did not start")
	}
	for _, pid := range pids {
		if _, err := os.Stat(filepath.Join("/proc", strconv.Itoa(pid))); err == nil {
			t.Errorf("process %d is still there after cleanup", pid)
		}
	}
}

// TestParseNotifications checks the parser on quotes and newlines inside
// strings and on a call that is still being written.
func TestParseNotifications(t *testing.T) {
	t.Parallel()
	out := `signal time=1.5 sender=org.freedesktop.DBus -> destination=:1.2 serial=4 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameLost
   string ":1.2"
method call time=1795315718.956053 sender=:1.4 -> destination=:1.0 serial=9 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "app"
   uint32 0
   string ""
   string "Sum "quoted"
two"
   string ""
   array [
      string "default"
      string "Open"
   ]
   array [
      dict entry(
         string "urgency"
         variant             byte 2
      )
   ]
   int32 -1
method call time=1795315719.000001 sender=:1.5 -> destination=:1.0 serial=9 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "app"
   uint32 0
   string ""
   string "incomplete"
`
	got := parseNotifications(out)
	if len(got) != 1 {
		t.Fatalf("parsed %d notifications, want 1: %+v", len(got), got)
	}
	n := got[0]
	if n.AppName != "app" || n.Summary != "Sum \"quoted\"\ntwo" || n.Body != "" {
		t.Errorf("parsed %+v", n)
	}
	if want := time.Unix(1795315718, 956053000); !n.Time.Equal(want) {
		t.Errorf("Time = %v, want %v", n.Time, want)
	}
	if !strings.Contains(n.Hints, `variant             byte 2`) || strings.Contains(n.Hints, "default") {
		t.Errorf("Hints = %q", n.Hints)
	}
}

// TestBuild builds a small program the way BuildBinary builds partnercoach
// (a real build of partnercoach is what every end-to-end test in
// cmd/partnercoach starts with): static, without cgo, without the paths.
func TestBuild(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "hello")
	if err := build("./internal/e2e/testdata/hello", path); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(path).Output()
	if err != nil {
		t.Fatalf("running the build: %v", err)
	}
	if got, want := string(out), "-trimpath=true\nCGO_ENABLED=0\n"; got != want {
		t.Fatalf("the build says %q, want %q", got, want)
	}
	if err := build("./internal/e2e/testdata/missing", path); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("building a missing package: %v, want an error naming it", err)
	}
}

// TestBuildBinaryOnce gives BuildBinary another build to use, as the
// benchmarks do: it returns that path, and the same path again.
func TestBuildBinaryOnce(t *testing.T) {
	fake := filepath.Join(t.TempDir(), "partnercoach")
	t.Setenv("PARTNERCOACH_E2E_BINARY", fake)
	if got := BuildBinary(t); got != fake {
		t.Fatalf("BuildBinary() = %s, want %s", got, fake)
	}
	t.Setenv("PARTNERCOACH_E2E_BINARY", "")
	if again := BuildBinary(t); again != fake {
		t.Fatalf("second BuildBinary() = %s, want the first, %s", again, fake)
	}
}

// fakeTB records what Drill does with a test.
type fakeTB struct {
	testing.TB
	name            string
	skipped, failed string
}

func (f *fakeTB) Helper()                           {}
func (f *fakeTB) Name() string                      { return f.name }
func (f *fakeTB) Skipf(format string, args ...any)  { f.skipped = fmt.Sprintf(format, args...) }
func (f *fakeTB) Fatalf(format string, args ...any) { f.failed = fmt.Sprintf(format, args...) }

// TestTheDrillSwitch checks the switch of the long drills: off, a drill skips with
// the command that runs it; on, it runs; a drill not named TestDrill fails.
func TestTheDrillSwitch(t *testing.T) {
	for _, tc := range []struct {
		name, env       string
		skipped, failed bool
	}{
		{"TestDrillStorm", "", true, false},
		{"TestDrillStorm/sub", "0", true, false},
		{"TestDrillStorm", "1", false, false},
		{"TestStorm", "1", false, true},
	} {
		t.Setenv(DrillsVar, tc.env)
		f := &fakeTB{name: tc.name}
		Drill(f)
		if (f.skipped != "") != tc.skipped || (f.failed != "") != tc.failed {
			t.Errorf("%s with %s=%q: skipped %q, failed %q", tc.name, DrillsVar, tc.env, f.skipped, f.failed)
		}
		if tc.skipped && !strings.Contains(f.skipped, DrillsCommand) {
			t.Errorf("%s: the skip %q does not give the command", tc.name, f.skipped)
		}
	}
}

// notifyCommand returns notify-send with args, run against ns.
func notifyCommand(t *testing.T, ns *NotifyServer, timeout time.Duration, args ...string) *exec.Cmd {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	cmd := exec.CommandContext(ctx, "notify-send", args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH")}, ns.Env()...)
	return cmd
}

// notifySend runs notify-send with args against ns and fails if it fails.
func notifySend(t *testing.T, ns *NotifyServer, timeout time.Duration, args ...string) {
	t.Helper()
	if out, err := notifyCommand(t, ns, timeout, args...).CombinedOutput(); err != nil {
		t.Fatalf("notify-send %q: %v: %s", args, err, out)
	}
}
