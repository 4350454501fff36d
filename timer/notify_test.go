package timer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var _ Notifier = (*Desktop)(nil)

// blocker is a send that blocks until released, counting its calls.
type blocker struct {
	calls   atomic.Int32
	entered chan struct{} // closed when the first call begins
	release chan struct{}
	once    sync.Once
}

func newBlocker(t *testing.T) *blocker {
	b := &blocker{entered: make(chan struct{}), release: make(chan struct{})}
	t.Cleanup(b.unblock)
	return b
}

func (b *blocker) send(Note) error {
	if b.calls.Add(1) == 1 {
		close(b.entered)
	}
	<-b.release
	return nil
}

func (b *blocker) unblock() { b.once.Do(func() { close(b.release) }) }

func withBus() bool { return true }

// waitIdle waits until the abandoned send has finished and the notifier
// is free again, or fails the test after a second.
func waitIdle(t *testing.T, d *Desktop) {
	t.Helper()
	limit := time.Now().Add(time.Second)
	for d.busy.Load() {
		if time.Now().After(limit) {
			t.Fatalf("notifier still busy a second after the send returned")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestDesktopNoBus(t *testing.T) {
	var calls atomic.Int32
	d := &Desktop{
		send:   func(Note) error { calls.Add(1); return nil },
		hasBus: func() bool { return false },
	}
	err := d.Notify(context.Background(), Note{Title: "Coach's turn", Body: "2 minutes left"})
	if !errors.Is(err, ErrNoBus) {
		t.Errorf("Notify without a bus = %v, want ErrNoBus", err)
	}
	if n := calls.Load(); n != 0 {
		t.Errorf("send called %d times without a bus, want 0", n)
	}
	if d.busy.Load() {
		t.Errorf("notifier left busy after ErrNoBus")
	}
}

func TestDesktopSendsNote(t *testing.T) {
	var got []Note
	d := &Desktop{
		send:   func(n Note) error { got = append(got, n); return nil },
		hasBus: withBus,
	}
	want := Note{Title: "Coach's turn", Body: "Segment 1 of 3 done", Urgent: true}
	if err := d.Notify(context.Background(), want); err != nil {
		t.Fatalf("Notify = %v, want nil", err)
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("send got %+v, want [%+v]", got, want)
	}
	waitIdle(t, d)
	if err := d.Notify(context.Background(), want); err != nil {
		t.Errorf("second Notify = %v, want nil", err)
	}
	if len(got) != 2 {
		t.Errorf("send called %d times, want 2", len(got))
	}
}

func TestDesktopSendError(t *testing.T) {
	boom := errors.New("server said no")
	d := &Desktop{send: func(Note) error { return boom }, hasBus: withBus}
	if err := d.Notify(context.Background(), Note{Title: "t"}); !errors.Is(err, boom) {
		t.Errorf("Notify = %v, want %v", err, boom)
	}
	waitIdle(t, d)
}

func TestDesktopTimeoutBusyAndRecovery(t *testing.T) {
	b := newBlocker(t)
	d := &Desktop{Timeout: 50 * time.Millisecond, send: b.send, hasBus: withBus}

	start := time.Now()
	err := d.Notify(context.Background(), Note{Title: "first"})
	took := time.Since(start)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Notify with a frozen server = %v, want ErrTimeout", err)
	}
	if took < 50*time.Millisecond {
		t.Errorf("Notify gave up after %v, before its 50ms timeout", took)
	}
	if took > time.Second {
		t.Errorf("Notify took %v with a 50ms timeout", took)
	}

	// The first send is still stuck: the next note is not sent at all.
	start = time.Now()
	err = d.Notify(context.Background(), Note{Title: "second"})
	if !errors.Is(err, ErrBusy) {
		t.Errorf("Notify while the first is stuck = %v, want ErrBusy", err)
	}
	if took := time.Since(start); took > 40*time.Millisecond {
		t.Errorf("ErrBusy took %v, want it at once", took)
	}
	if n := b.calls.Load(); n != 1 {
		t.Errorf("send called %d times, want 1", n)
	}

	// The server answers at last: notes go through again.
	b.unblock()
	waitIdle(t, d)
	if err := d.Notify(context.Background(), Note{Title: "third"}); err != nil {
		t.Errorf("Notify after the stuck send returned = %v, want nil", err)
	}
	if n := b.calls.Load(); n != 2 {
		t.Errorf("send called %d times, want 2", n)
	}
}

func TestDesktopContextCancelled(t *testing.T) {
	b := newBlocker(t)
	d := &Desktop{Timeout: time.Minute, send: b.send, hasBus: withBus}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- d.Notify(ctx, Note{Title: "t"}) }()
	<-b.entered
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Notify after cancel = %v, want context.Canceled", err)
		}
	case <-time.After(time.Second):
		t.Fatalf("Notify did not return a second after its context was cancelled")
	}
}

func TestDesktopContextAlreadyCancelled(t *testing.T) {
	b := newBlocker(t)
	d := &Desktop{Timeout: time.Minute, send: b.send, hasBus: withBus}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Notify(ctx, Note{Title: "t"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Notify with a cancelled context = %v, want context.Canceled", err)
	}
}

// A zero Timeout means two seconds, not "give up at once": the context's
// 50ms deadline comes first.
func TestDesktopZeroTimeoutIsNotImmediate(t *testing.T) {
	b := newBlocker(t)
	d := &Desktop{send: b.send, hasBus: withBus}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := d.Notify(ctx, Note{Title: "t"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Notify = %v, want context.DeadlineExceeded", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Notify took %v", took)
	}
}

func TestNewDesktop(t *testing.T) {
	d := NewDesktop("partnercoach-test")
	if d.send == nil || d.hasBus == nil {
		t.Fatalf("NewDesktop left send or hasBus unset")
	}
	if d.Timeout != 0 {
		t.Errorf("Timeout = %v, want 0 (the two-second default)", d.Timeout)
	}
}

func TestReasonIsOneLine(t *testing.T) {
	for err, want := range map[error]string{
		errors.New("first line\nsecond line"): "first line",
		ErrTimeout:                            "the notification server did not answer",
		ErrNoBus:                              "no D-Bus session bus",
		fmt.Errorf("sending: %w", ErrBusy):    "the notification server is still busy",
	} {
		if got := Reason(err); got != want {
			t.Errorf("Reason(%v) = %q, want %q", err, got, want)
		}
	}
}
