//go:build linux

package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestNotifyTestCommand runs 'partnercoach notify test' against a real
// notification server (dunst on a private D-Bus bus under Xvfb): silent
// unless --sound, exit status 0, and, with the server frozen, exit status
// 1 within the deadline and a plain account of why.
func TestNotifyTestCommand(t *testing.T) {
	t.Parallel()
	ns := e2e.StartNotifyServer(t)
	home := t.TempDir()
	env := append(e2e.HomeEnv(home), ns.Env()...)
	env = append(env, "XDG_RUNTIME_DIR="+t.TempDir())
	for _, sound := range []bool{false, true} {
		args := []string{"notify", "test"}
		if sound {
			args = append(args, "--sound")
		}
		stdout, stderr, code := runBinaryEnv(t, env, args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, "Sent a test notification") {
			t.Fatalf("%v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, stdout, stderr)
		}
		n, err := ns.WaitNotification(3*time.Second, func(n e2e.Notification) bool {
			return n.Summary == "Test notification" && strings.Contains(n.Hints, `"sound-name"`) == sound
		})
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if n.AppName != "partnercoach" || !strings.Contains(n.Body, "each alert of a turn") {
			t.Errorf("%v: notification %+v", args, n)
		}
	}
	if got := len(ns.Notifications()); got != 2 {
		t.Errorf("%d notifications arrived, want 2", got)
	}

	// With notifications turned off in the settings, the test still shows
	// one, and says that none will come during the call.
	conf := filepath.Join(home, "config", "partnercoach")
	if err := os.MkdirAll(conf, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(conf, "settings.yaml"), []byte("notify: false\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runBinaryEnv(t, env, "notify", "test")
	if code != 0 || stderr != "" || !strings.Contains(flat(stdout), "your settings file turns desktop notifications off") {
		t.Errorf("notifications off in the settings: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	ns.Freeze()
	start := time.Now()
	stdout, stderr, code = runBinaryEnv(t, env, "notify", "test")
	took := time.Since(start)
	ns.Thaw()
	if code != 1 || !strings.Contains(flat(stdout), "did not answer within 2s") ||
		!strings.Contains(flat(stdout), "restart the notification server") ||
		stderr != "partnercoach: notify test: the notification server did not answer\n" {
		t.Errorf("frozen server: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if took > 4*time.Second {
		t.Errorf("the test took %v with a frozen server, want about its 2s deadline", took)
	}
	t.Logf("with a frozen server the command ended after %v", took.Round(time.Millisecond))
}

// TestNotifyTestCommandWithoutBus runs 'partnercoach notify test' with no
// session bus: exit status 1 and what to do. A dbus-launch first on PATH
// that leaves a mark proves that none was run, and no dbus-daemon carrying
// the run's mark in its environment is left.
func TestNotifyTestCommandWithoutBus(t *testing.T) {
	t.Parallel()
	watch := e2e.WatchForBus(t)
	env := append(e2e.HomeEnv(t.TempDir()), "XDG_RUNTIME_DIR="+t.TempDir(), watch.Token)
	env[0] = "PATH=" + watch.Path()
	stdout, stderr, code := runBinaryEnv(t, env, "notify", "test", "--sound")
	if code != 1 || !strings.Contains(stdout, "there is no D-Bus session bus") ||
		!strings.Contains(flat(stdout), "What to do: run partnercoach in a terminal of your desktop session") ||
		!strings.Contains(flat(stdout), "rely on the alerts") ||
		stderr != "partnercoach: notify test: no D-Bus session bus\n" {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	watch.Check(t)
}

// flat returns text as it reads, with its line breaks and runs of spaces
// made single spaces, so that a phrase can be found wherever it wrapped.
func flat(text string) string { return strings.Join(strings.Fields(text), " ") }
