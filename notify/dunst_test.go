//go:build linux

package notify

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// desktopOn returns a Desktop that reaches ns, as the program does, through
// DBUS_SESSION_BUS_ADDRESS.
func desktopOn(t *testing.T, ns *e2e.NotifyServer) *Desktop {
	t.Helper()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", ns.Address)
	d := NewDesktop("partnercoach-test")
	t.Cleanup(func() { d.Close() })
	return d
}

// arrived waits for the notification titled title on ns.
func arrived(t *testing.T, ns *e2e.NotifyServer, title string) e2e.Notification {
	t.Helper()
	n, err := ns.WaitNotification(3*time.Second, func(n e2e.Notification) bool { return n.Summary == title })
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// quietly runs f with the process's standard output and error (the file
// descriptors, not only os.Stdout and os.Stderr) pointed at a file, and
// fails the test if anything was written there: a notifier must never
// write to the terminal, not even a BEL.
func quietly(t *testing.T, f func() error) error {
	t.Helper()
	sink, err := os.CreateTemp(t.TempDir(), "stdio")
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	var saved [3]int
	for _, fd := range []int{1, 2} {
		if saved[fd], err = syscall.Dup(fd); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Dup3(int(sink.Fd()), fd, 0); err != nil {
			t.Fatal(err)
		}
	}
	err = f()
	for _, fd := range []int{1, 2} {
		if e := syscall.Dup3(saved[fd], fd, 0); e != nil {
			t.Fatal(e)
		}
		syscall.Close(saved[fd])
	}
	if written, _ := os.ReadFile(sink.Name()); len(written) > 0 {
		t.Errorf("the notifier wrote %q to standard output or error", written)
	}
	return err
}

// hint reports whether dbus-monitor's print of a hints dictionary holds the
// hint name with a value printed as value, such as "byte 2".
func hint(hints, name, value string) bool {
	_, rest, ok := strings.Cut(hints, fmt.Sprintf("string %q", name))
	if !ok {
		return false
	}
	line, _, _ := strings.Cut(strings.TrimLeft(rest, "\n "), "\n")
	return strings.Contains(line, "variant") && strings.HasSuffix(line, " "+value)
}

// TestDunstShowsNotifications sends to a real notification server (dunst
// on a private D-Bus bus under Xvfb): each notification arrives with its
// title, body and urgency, and with a sound hint only when it asks for one.
func TestDunstShowsNotifications(t *testing.T) {
	ns := e2e.StartNotifyServer(t)
	d := desktopOn(t, ns)
	tests := []struct {
		n       Notification
		body    string
		urgency string
		sound   string // the sound-name hint, "" for none
	}{
		{Notification{Title: "Coach's turn: 2 minutes left", Body: "The turn ends at 19:52"},
			"The turn ends at 19:52", "byte 1", ""},
		{Notification{Title: "Coach's turn: time is up", Urgent: true},
			"", "byte 2", ""},
		{Notification{Title: "Newcomer's turn: time is up", Body: "Q&A <b>", Urgent: true, Sound: true},
			"Q&amp;A &lt;b&gt;", "byte 2", "alarm-clock-elapsed"},
	}
	for _, tt := range tests {
		start := time.Now()
		if err := quietly(t, func() error { return d.Notify(context.Background(), tt.n) }); err != nil {
			t.Fatalf("Notify(%+v) = %v", tt.n, err)
		}
		t.Logf("%q taken by dunst in %v", tt.n.Title, time.Since(start).Round(time.Microsecond))
		got := arrived(t, ns, tt.n.Title)
		if got.AppName != "partnercoach-test" || got.Body != tt.body {
			t.Errorf("arrived from %q with body %q, want partnercoach-test and %q", got.AppName, got.Body, tt.body)
		}
		if !hint(got.Hints, "urgency", tt.urgency) {
			t.Errorf("%q: urgency is not %s in\n%s", tt.n.Title, tt.urgency, got.Hints)
		}
		if tt.sound == "" {
			if strings.Contains(got.Hints, `"sound-name"`) || !hint(got.Hints, "suppress-sound", "boolean true") {
				t.Errorf("%q asks for a sound without Sound:\n%s", tt.n.Title, got.Hints)
			}
		} else if !hint(got.Hints, "sound-name", fmt.Sprintf("%q", tt.sound)) || strings.Contains(got.Hints, "suppress-sound") {
			t.Errorf("%q: no sound-name %q, or sound suppressed, in\n%s", tt.n.Title, tt.sound, got.Hints)
		}
	}
}

// TestDunstFrozen stops dunst with SIGSTOP: Notify gives up at its
// deadline with ErrTimeout, leaves no goroutine behind, and the first call
// after dunst runs again goes through on the same connection.
func TestDunstFrozen(t *testing.T) {
	ns := e2e.StartNotifyServer(t)
	d := desktopOn(t, ns)
	if err := d.Notify(context.Background(), Notification{Title: "before"}); err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	ns.Freeze()
	start := time.Now()
	err := d.Notify(context.Background(), Notification{Title: "while frozen"})
	took := time.Since(start)
	ns.Thaw()
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Notify to a frozen dunst = %v after %v, want ErrTimeout", err, took)
	}
	if took < Deadline || took > Deadline+500*time.Millisecond {
		t.Errorf("Notify to a frozen dunst returned after %v, want its deadline of %v", took, Deadline)
	}
	t.Logf("gave up after %v", took.Round(time.Millisecond))
	goroutinesSettle(t, before)
	if err := d.Notify(context.Background(), Notification{Title: "after"}); err != nil {
		t.Fatalf("Notify once dunst runs again = %v, want nil", err)
	}
	arrived(t, ns, "after")
}

// TestDunstReconnects closes the connection under the notifier, as a bus
// that goes away would: the next notification opens a new one.
func TestDunstReconnects(t *testing.T) {
	ns := e2e.StartNotifyServer(t)
	d := desktopOn(t, ns)
	if err := d.Notify(context.Background(), Notification{Title: "first"}); err != nil {
		t.Fatal(err)
	}
	b := d.impl.(*busNotifier)
	b.mu.Lock()
	b.conn.close()
	b.mu.Unlock()
	if err := d.Notify(context.Background(), Notification{Title: "second"}); err != nil {
		t.Fatalf("Notify after the connection closed = %v, want nil", err)
	}
	arrived(t, ns, "second")
}

// TestDunstNoServer sends to a name nobody owns on a real bus, as a bus
// without a notification server is: ErrNoServer, at once.
func TestDunstNoServer(t *testing.T) {
	ns := e2e.StartNotifyServer(t)
	d := desktopOn(t, ns)
	d.impl.(*busNotifier).dest = "org.example.NoNotifications"
	start := time.Now()
	err := d.Notify(context.Background(), Notification{Title: "t"})
	if !errors.Is(err, ErrNoServer) {
		t.Errorf("Notify with no server = %v, want ErrNoServer", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("ErrNoServer took %v", took)
	}
}

// TestNoBusStartsNoBus runs without a session bus: Notify and Warm return
// ErrNoBus and do nothing, and in particular start no bus. A dbus-launch on
// PATH that leaves a mark proves that none was run, and no dbus-daemon
// carrying this test's mark in its environment is running after.
func TestNoBusStartsNoBus(t *testing.T) {
	watch := e2e.WatchForBus(t)
	t.Setenv("PATH", watch.Path())
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	name, value, _ := strings.Cut(watch.Token, "=")
	t.Setenv(name, value)

	d := NewDesktop("partnercoach-test")
	defer d.Close()
	d.Warm()
	for range 3 {
		err := quietly(t, func() error {
			return d.Notify(context.Background(), Notification{Title: "t", Urgent: true, Sound: true})
		})
		if err != ErrNoBus {
			t.Errorf("Notify without a bus = %v, want ErrNoBus", err)
		}
	}
	watch.Check(t)
}

// TestDunstReplacesTheLastOfItsKind: on a real server, "time is up" takes
// the place of "2 minutes left" sent with the same Replaces (its
// replaces_id is the id dunst gave the first), so that one stays on show;
// a notification of another Replaces stands beside it.
func TestDunstReplacesTheLastOfItsKind(t *testing.T) {
	e2e.Require(t, "dunstctl")
	ns := e2e.StartNotifyServer(t)
	d := desktopOn(t, ns)
	send := func(n Notification) e2e.Notification {
		t.Helper()
		if err := d.Notify(context.Background(), n); err != nil {
			t.Fatal(err)
		}
		return arrived(t, ns, n.Title)
	}
	warned := send(Notification{Title: "Newcomer's turn: 2 minutes left", Replaces: "session"})
	up := send(Notification{Title: "Newcomer's turn: time is up", Urgent: true, Replaces: "session"})
	if warned.Replaces != 0 || up.Replaces == 0 {
		t.Fatalf("replaces_id %d then %d, want 0 then the first's id", warned.Replaces, up.Replaces)
	}
	if n := ns.Displayed(); n != 1 {
		t.Fatalf("dunst shows %d notifications after the second replaced the first, want 1", n)
	}
	send(Notification{Title: "a test", Replaces: "other"})
	if n := ns.Displayed(); n != 2 {
		t.Fatalf("dunst shows %d notifications with one of another kind, want 2", n)
	}
}
