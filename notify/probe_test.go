//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestProbeShowsNothing: the probe asks the server for its capabilities
// and sends no notification; it tells no bus, no server and a server that
// does not answer apart, within the deadline.
func TestProbeShowsNothing(t *testing.T) {
	b, bus := newFakeBusNotifier(t, 100*time.Millisecond)
	if err := b.Probe(context.Background()); err != nil {
		t.Fatalf("a server that answers: %v", err)
	}
	if c := bus.last(); c == nil || len(c.notifies()) != 0 || len(c.calls) != 1 || c.calls[0].method != methodGetCaps {
		t.Fatalf("the probe should only ask the capabilities: %+v", c)
	}

	b, _ = newFakeBusNotifier(t, 100*time.Millisecond)
	b.dial = func(string, time.Duration) (busConn, error) {
		return &fakeConn{err: &busError{name: errServiceUnknown}}, nil
	}
	if err := b.Probe(context.Background()); !errors.Is(err, ErrNoServer) {
		t.Fatalf("no server: %v", err)
	}

	// A bus whose policy refuses every call to the server: the probe
	// says so, rather than taking the refusal for a server without markup.
	b, _ = newFakeBusNotifier(t, 100*time.Millisecond)
	b.dial = func(string, time.Duration) (busConn, error) {
		return &fakeConn{err: &busError{name: "org.freedesktop.DBus.Error.AccessDenied", byBus: true}}, nil
	}
	if err := b.Probe(context.Background()); err == nil || Reason(err) != "the session bus refused the call: org.freedesktop.DBus.Error.AccessDenied" {
		t.Fatalf("a bus that refuses: %v", err)
	}

	b, _ = newFakeBusNotifier(t, 100*time.Millisecond)
	b.address = func() (string, bool) { return "", false }
	if err := b.Probe(context.Background()); !errors.Is(err, ErrNoBus) {
		t.Fatalf("no bus: %v", err)
	}

	b, _ = newFakeBusNotifier(t, 100*time.Millisecond)
	frozen := &fakeConn{}
	frozen.freeze()
	defer frozen.thaw()
	b.dial = func(string, time.Duration) (busConn, error) { return frozen, nil }
	start := time.Now()
	if err := b.Probe(context.Background()); !errors.Is(err, ErrTimeout) || time.Since(start) > time.Second {
		t.Fatalf("a frozen server: %v after %v", err, time.Since(start))
	}
}
