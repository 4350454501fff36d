//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

func TestBusNoAddressTriesNothing(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	b.address = func() (string, bool) { return "", false }
	b.Warm()
	if err := b.Notify(context.Background(), Notification{Title: "t"}); err != ErrNoBus {
		t.Errorf("Notify without a bus = %v, want ErrNoBus", err)
	}
	if n := bus.dialCount(); n != 0 {
		t.Errorf("dialled %d times without a bus address, want 0", n)
	}
}

func TestBusNotifyArguments(t *testing.T) {
	tests := []struct {
		name        string
		n           Notification
		urgency     byte
		sound       string // the sound-name hint, "" for none
		suppressed  bool   // the suppress-sound hint is true
		markup      bool
		wantBody    string
		wantHintLen int
	}{
		{"plain", Notification{Title: "Coach's turn: 2 minutes left", Body: "ends at 19:52"},
			urgencyNormal, "", true, false, "ends at 19:52", 2},
		{"urgent, silent", Notification{Title: "Time is up", Urgent: true},
			urgencyCritical, "", true, false, "", 2},
		{"urgent with sound", Notification{Title: "Time is up", Urgent: true, Sound: true},
			urgencyCritical, "alarm-clock-elapsed", false, false, "", 2},
		{"sound, not urgent", Notification{Title: "2 minutes left", Sound: true},
			urgencyNormal, "message-new-instant", false, false, "", 2},
		{"markup escaped", Notification{Title: "Q&A <1>", Body: "Q&A <b>x</b>"},
			urgencyNormal, "", true, true, "Q&amp;A &lt;b&gt;x&lt;/b&gt;", 2},
		{"markup kept as text", Notification{Title: "Q&A", Body: "Q&A <b>"},
			urgencyNormal, "", true, false, "Q&A <b>", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := notifyArgs("partnercoach", tt.n, tt.markup, 0)
			if len(args) != 8 {
				t.Fatalf("%d arguments, want 8", len(args))
			}
			if args[0] != "partnercoach" || args[1] != uint32(0) || args[2] != "" || args[7] != int32(-1) {
				t.Errorf("app, replaces, icon, expiry = %#v %#v %#v %#v", args[0], args[1], args[2], args[7])
			}
			if args[3] != tt.n.Title {
				t.Errorf("summary = %q, want %q (the title is never markup)", args[3], tt.n.Title)
			}
			if args[4] != tt.wantBody {
				t.Errorf("body = %q, want %q", args[4], tt.wantBody)
			}
			hints := args[6].(map[string]busVariant)
			if len(hints) != tt.wantHintLen {
				t.Errorf("hints = %v, want %d of them", hints, tt.wantHintLen)
			}
			if got := hints["urgency"].Value(); got != tt.urgency {
				t.Errorf("urgency = %#v, want %d", got, tt.urgency)
			}
			sound, hasSound := hints["sound-name"]
			if hasSound != (tt.sound != "") || (hasSound && sound.Value() != tt.sound) {
				t.Errorf("sound-name = %v (present %v), want %q", sound, hasSound, tt.sound)
			}
			if got, _ := hints["suppress-sound"].Value().(bool); got != tt.suppressed {
				t.Errorf("suppress-sound = %v, want %v", got, tt.suppressed)
			}
		})
	}
}

func TestBusKeepsItsConnection(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	for i := range 3 {
		if err := b.Notify(context.Background(), Notification{Title: "t", Body: "a<b"}); err != nil {
			t.Fatalf("Notify %d = %v", i, err)
		}
	}
	if n := bus.dialCount(); n != 1 {
		t.Errorf("dialled %d times for 3 notifications, want 1", n)
	}
	conn := bus.last()
	if len(conn.calls) != 4 || conn.calls[0].method != methodGetCaps {
		t.Errorf("calls = %+v, want GetCapabilities once, then 3 Notify", conn.calls)
	}
	for _, c := range conn.notifies() {
		if c.dest != serverName || c.args[4] != "a&lt;b" {
			t.Errorf("Notify to %s with body %q, want %s and the escaped body", c.dest, c.args[4], serverName)
		}
	}
}

// TestBusReplacesTheLastOfItsKind: a notification with Replaces names
// the server's id of the last one sent with the same Replaces, so that it
// takes its place; one without, or of another, replaces nothing.
func TestBusReplacesTheLastOfItsKind(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	for _, n := range []Notification{
		{Title: "Newcomer's turn: 2 minutes left", Replaces: "session"},
		{Title: "Newcomer's turn: time is up", Replaces: "session"},
		{Title: "a test", Replaces: ""},
		{Title: "another kind", Replaces: "other"},
		{Title: "Coach's turn: 2 minutes left", Replaces: "session"},
	} {
		if err := b.Notify(context.Background(), n); err != nil {
			t.Fatal(err)
		}
	}
	var replaced []uint32
	for _, c := range bus.last().notifies() {
		replaced = append(replaced, c.args[1].(uint32))
	}
	// The fake server gives the ids 1, 2, 3, ... in turn.
	if want := []uint32{0, 1, 0, 0, 2}; !slices.Equal(replaced, want) {
		t.Fatalf("replaces_id of each = %v, want %v", replaced, want)
	}
}

func TestBusFrozenServer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const timeout = 50 * time.Millisecond
		b, bus := newFakeBusNotifier(t, timeout)
		if err := b.Notify(context.Background(), Notification{Title: "warm"}); err != nil {
			t.Fatal(err)
		}
		conn := bus.last()
		conn.freeze()
		before := runtime.NumGoroutine()
		for i := range 5 {
			start := time.Now()
			err := notifyWithin(t, b, 10*timeout, Notification{Title: "frozen"})
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("Notify %d to a frozen server = %v, want ErrTimeout", i, err)
			}
			if took := time.Since(start); took < timeout {
				t.Errorf("Notify gave up after %v, before its deadline of %v", took, timeout)
			}
		}
		// Every call gave up for good: no goroutine is left waiting for the server.
		goroutinesEnded(t, before)
		conn.thaw()
		if err := b.Notify(context.Background(), Notification{Title: "thawed"}); err != nil {
			t.Errorf("Notify once the server answers again = %v, want nil", err)
		}
		if n := bus.dialCount(); n != 1 {
			t.Errorf("dialled %d times, want 1: a slow server is no reason for a new connection", n)
		}
	})
}

func TestBusFrozenBusDialsOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const timeout = 50 * time.Millisecond
		b, bus := newFakeBusNotifier(t, timeout)
		bus.gate = make(chan struct{})
		b.Warm() // starts the one attempt, which now hangs
		for range 3 {
			if err := notifyWithin(t, b, 10*timeout, Notification{Title: "t"}); !errors.Is(err, ErrTimeout) {
				t.Fatalf("Notify while the bus does not answer = %v, want ErrTimeout", err)
			}
		}
		if n := bus.dialCount(); n != 1 {
			t.Errorf("%d attempts to open a connection at once, want 1", n)
		}
		close(bus.gate)
		if err := b.Notify(context.Background(), Notification{Title: "t"}); err != nil {
			t.Errorf("Notify once the bus answers = %v, want nil", err)
		}
		if n := bus.dialCount(); n != 1 {
			t.Errorf("dialled %d times, want 1", n)
		}
	})
}

func TestBusReopensAfterAFailedDial(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	bus.err = errRefused
	err := b.Notify(context.Background(), Notification{Title: "t"})
	if !errors.Is(err, ErrNoBus) || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("Notify with a bus that refuses = %v, want ErrNoBus with the cause", err)
	}
	bus.mu.Lock()
	bus.err = nil
	bus.mu.Unlock()
	if err := b.Notify(context.Background(), Notification{Title: "t"}); err != nil {
		t.Errorf("Notify once the bus is back = %v, want nil", err)
	}
	if n := bus.dialCount(); n != 2 {
		t.Errorf("dialled %d times, want 2", n)
	}
}

// TestBusDialDeadlineIsATimeout gives the connection's own deadline the
// same meaning as the call's: a bus that accepts the connection and then
// says nothing until the dial gives up at its deadline, which can come a
// moment before the call's, is a timeout, as when the call's deadline
// comes first, and not a missing bus.
func TestBusDialDeadlineIsATimeout(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	bus.err = fmt.Errorf("/run/user/1000/bus: %w", os.ErrDeadlineExceeded)
	err := b.Notify(context.Background(), Notification{Title: "t"})
	if !errors.Is(err, ErrTimeout) || errors.Is(err, ErrNoBus) {
		t.Fatalf("Notify when the dial reached its deadline = %v, want ErrTimeout", err)
	}
	if !strings.Contains(err.Error(), "/run/user/1000/bus") {
		t.Errorf("Notify when the dial reached its deadline = %v, want the socket named", err)
	}
}

func TestBusReopensAClosedConnection(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	if err := b.Notify(context.Background(), Notification{Title: "first"}); err != nil {
		t.Fatal(err)
	}
	first := bus.last()
	first.close() // the bus went away and came back
	if err := b.Notify(context.Background(), Notification{Title: "second"}); err != nil {
		t.Fatalf("Notify after the connection closed = %v, want nil", err)
	}
	second := bus.last()
	if second == first || len(second.notifies()) != 1 {
		t.Errorf("the second notification did not go out on a new connection")
	}
	if err := b.close(); err != nil || !second.closed.Load() {
		t.Errorf("close = %v, connection closed %v", err, second.closed.Load())
	}
	if err := b.Notify(context.Background(), Notification{Title: "third"}); err != nil {
		t.Errorf("Notify after close = %v, want nil on a new connection", err)
	}
	if n := bus.dialCount(); n != 3 {
		t.Errorf("dialled %d times, want 3", n)
	}
}

func TestBusErrors(t *testing.T) {
	tests := []struct {
		err    error
		want   error
		reason string
	}{
		{&busError{name: "org.freedesktop.DBus.Error.ServiceUnknown"}, ErrNoServer, "no notification server"},
		{&busError{name: "org.freedesktop.DBus.Error.NameHasNoOwner"}, ErrNoServer, "no notification server"},
		{&busError{name: "org.freedesktop.DBus.Error.NoReply"}, ErrTimeout, "the notification server did not answer"},
		{&busError{name: "org.example.Refused", message: "full\x1b[2J"}, nil, `the notification server: org.example.Refused: full\x1b[2J`},
		// The bus's own refusal is the bus's, and its long message (the
		// rules matched, the command line of each end) is left out.
		{&busError{name: "org.freedesktop.DBus.Error.AccessDenied", byBus: true,
			message: `Rejected send message, 2 matched rules; type="method_call", sender=":1.4" (uid=0 pid=16167 comm="pc run first --newcomer Zed")`},
			nil, "the session bus refused the call: org.freedesktop.DBus.Error.AccessDenied"},
	}
	for _, tt := range tests {
		b, bus := newFakeBusNotifier(t, time.Second)
		if err := b.Notify(context.Background(), Notification{Title: "t"}); err != nil {
			t.Fatal(err)
		}
		bus.last().err = tt.err
		err := b.Notify(context.Background(), Notification{Title: "t"})
		if tt.want != nil && !errors.Is(err, tt.want) || err == nil {
			t.Errorf("server error %v: Notify = %v, want %v", tt.err, err, tt.want)
		}
		if got := Reason(err); got != tt.reason {
			t.Errorf("Reason(%v) = %q, want %q", err, got, tt.reason)
		}
	}
}

func TestBusCallerCancels(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b, bus := newFakeBusNotifier(t, time.Minute)
		if err := b.Notify(context.Background(), Notification{Title: "t"}); err != nil {
			t.Fatal(err)
		}
		bus.last().freeze()
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(20*time.Millisecond, cancel)
		start := time.Now()
		if err := b.Notify(ctx, Notification{Title: "t"}); !errors.Is(err, context.Canceled) {
			t.Errorf("Notify cancelled by its caller = %v, want context.Canceled", err)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("Notify returned %v after its caller cancelled", took)
		}
	})
}

func TestBusWarmOpensOnceWithoutBlocking(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b, bus := newFakeBusNotifier(t, time.Second)
		bus.gate = make(chan struct{})
		start := time.Now()
		for range 3 {
			b.Warm()
		}
		if took := time.Since(start); took > 100*time.Millisecond {
			t.Errorf("Warm blocked for %v while the bus had not answered", took)
		}
		close(bus.gate)
		if err := b.Notify(context.Background(), Notification{Title: "t"}); err != nil {
			t.Fatal(err)
		}
		if n := bus.dialCount(); n != 1 {
			t.Errorf("dialled %d times after Warm and Notify, want 1", n)
		}
	})
}

// TestBusWarmKeepsAnOpenConnection: warming up while a call waits on
// the open connection (the start's probe, on a server slow to answer)
// leaves that connection alone, so the call gets its answer rather than
// "the connection to the bus ended".
func TestBusWarmKeepsAnOpenConnection(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b, bus := newFakeBusNotifier(t, time.Second)
		if err := b.Notify(context.Background(), Notification{Title: "first"}); err != nil {
			t.Fatal(err)
		}
		conn := bus.last()
		conn.freeze()
		done := make(chan error, 1)
		go func() { done <- b.Notify(context.Background(), Notification{Title: "slow"}) }()
		synctest.Wait() // the call waits on the server
		b.Warm()
		synctest.Wait()
		conn.thaw()
		if err := <-done; err != nil {
			t.Errorf("a call under way when Warm came = %v, want nil", err)
		}
		if n := bus.dialCount(); n != 1 {
			t.Errorf("dialled %d times, want 1: Warm has nothing to open while a connection is open", n)
		}
	})
}

func TestSessionBusAddress(t *testing.T) {
	socketDir := t.TempDir()
	l, err := net.Listen("unix", filepath.Join(socketDir, "bus"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	fileDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(fileDir, "bus"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, env, runtimeDir, want string
		ok                          bool
	}{
		{"nothing", "", t.TempDir(), "", false},
		{"address set", "unix:path=/run/user/1000/bus", t.TempDir(), "unix:path=/run/user/1000/bus", true},
		{"abstract address", "unix:abstract=/tmp/dbus-XYZ,guid=0123", "", "unix:abstract=/tmp/dbus-XYZ,guid=0123", true},
		{"autolaunch only", "autolaunch:", t.TempDir(), "", false},
		{"socket in the runtime dir", "", socketDir, "unix:path=" + escapeBusValue(filepath.Join(socketDir, "bus")), true},
		{"autolaunch, socket in the runtime dir", "autolaunch:", socketDir, "unix:path=" + escapeBusValue(filepath.Join(socketDir, "bus")), true},
		{"a file that is not a socket", "", fileDir, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("DBUS_SESSION_BUS_ADDRESS", tt.env)
			t.Setenv("XDG_RUNTIME_DIR", tt.runtimeDir)
			got, ok := sessionBusAddress()
			if got != tt.want || ok != tt.ok {
				t.Errorf("sessionBusAddress() = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// A server that answers GetCapabilities with an error of its own still
// gets its notifications, with the body unescaped.
func TestBusServerWithoutCapabilities(t *testing.T) {
	b, bus := newFakeBusNotifier(t, time.Second)
	b.Warm()
	if err := b.Notify(context.Background(), Notification{Title: "first"}); err != nil {
		t.Fatal(err)
	}
	b.close()
	conn := &fakeConn{err: &busError{name: "org.freedesktop.DBus.Error.UnknownMethod"}}
	b.dial = func(string, time.Duration) (busConn, error) { return conn, nil }
	if err := b.Notify(context.Background(), Notification{Title: "t"}); err == nil {
		t.Fatalf("Notify = nil, want the server's error for Notify")
	}
	if len(conn.calls) != 2 || conn.calls[0].method != methodGetCaps || conn.calls[1].method != methodNotify {
		t.Fatalf("calls = %+v, want GetCapabilities then Notify", conn.calls)
	}
	conn.mu.Lock()
	conn.err = nil
	conn.mu.Unlock()
	if err := b.Notify(context.Background(), Notification{Title: "t", Body: "a<b"}); err != nil {
		t.Fatal(err)
	}
	if n := conn.notifies(); len(n) != 2 || n[1].args[4] != "a<b" {
		t.Errorf("Notify calls %+v, want the second with the body as it is", n)
	}
	if bus.dialCount() != 1 {
		t.Errorf("the fake bus was dialled %d times, want 1", bus.dialCount())
	}
}
