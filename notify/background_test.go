package notify

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

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

func (b *blocker) send(Notification) error {
	if b.calls.Add(1) == 1 {
		close(b.entered)
	}
	<-b.release
	return nil
}

func (b *blocker) unblock() { b.once.Do(func() { close(b.release) }) }

// waitIdle waits until an abandoned send has finished, and fails the
// test unless the notifier is free again. It runs in the test's synctest
// bubble, where the send's goroutine has ended once every other goroutine
// of the bubble waits or has ended.
func waitIdle(t *testing.T, b *background) {
	t.Helper()
	synctest.Wait()
	if b.busy.Load() {
		t.Fatal("notifier still busy once its send returned")
	}
}

func TestBackgroundSends(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var got []Notification
		b := newBackground(func(n Notification) error { got = append(got, n); return nil })
		want := Notification{Title: "Coach's turn", Body: "Segment 1 of 3 done", Urgent: true}
		for i := range 2 {
			if err := b.Notify(context.Background(), want); err != nil {
				t.Fatalf("Notify %d = %v, want nil", i, err)
			}
			waitIdle(t, b)
		}
		if len(got) != 2 || got[0] != want || got[1] != want {
			t.Errorf("send got %+v, want %+v twice", got, want)
		}
	})
}

func TestBackgroundSendError(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		boom := errors.New("the toast was refused")
		b := newBackground(func(Notification) error { return boom })
		if err := b.Notify(context.Background(), Notification{Title: "t"}); !errors.Is(err, boom) {
			t.Errorf("Notify = %v, want %v", err, boom)
		}
		waitIdle(t, b)
	})
}

func TestBackgroundTimeoutBusyAndRecovery(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		bl := newBlocker(t)
		b := &background{timeout: 50 * time.Millisecond, send: bl.send}

		start := time.Now()
		err := b.Notify(context.Background(), Notification{Title: "first"})
		took := time.Since(start)
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("Notify with a frozen desktop = %v, want ErrTimeout", err)
		}
		if took < 50*time.Millisecond || took > time.Second {
			t.Errorf("Notify gave up after %v with a 50ms deadline", took)
		}

		// The first send is still stuck: the next one is not started at all.
		start = time.Now()
		if err := b.Notify(context.Background(), Notification{Title: "second"}); !errors.Is(err, ErrBusy) {
			t.Errorf("Notify while the first is stuck = %v, want ErrBusy", err)
		}
		if took := time.Since(start); took > 40*time.Millisecond {
			t.Errorf("ErrBusy took %v, want it at once", took)
		}
		if n := bl.calls.Load(); n != 1 {
			t.Errorf("send called %d times, want 1", n)
		}

		// The desktop answers at last: notifications go through again.
		bl.unblock()
		waitIdle(t, b)
		if err := b.Notify(context.Background(), Notification{Title: "third"}); err != nil {
			t.Errorf("Notify after the stuck send returned = %v, want nil", err)
		}
		if n := bl.calls.Load(); n != 2 {
			t.Errorf("send called %d times, want 2", n)
		}
	})
}

func TestBackgroundContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		bl := newBlocker(t)
		b := &background{timeout: time.Minute, send: bl.send}
		ctx, cancel := context.WithCancel(context.Background())
		errc := make(chan error, 1)
		go func() { errc <- b.Notify(ctx, Notification{Title: "t"}) }()
		<-bl.entered
		cancel()
		select {
		case err := <-errc:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Notify after cancel = %v, want context.Canceled", err)
			}
		case <-time.After(time.Second):
			t.Fatalf("Notify did not return a second after its context was cancelled")
		}
		bl.unblock()
		waitIdle(t, b)

		// A caller's deadline that comes before the notifier's is a timeout too.
		bl2 := newBlocker(t)
		b.send = bl2.send
		short, cancelShort := context.WithTimeout(context.Background(), 30*time.Millisecond)
		defer cancelShort()
		if err := b.Notify(short, Notification{Title: "t"}); !errors.Is(err, ErrTimeout) {
			t.Errorf("Notify past the caller's deadline = %v, want ErrTimeout", err)
		}
		if err := b.Notify(ctx, Notification{Title: "t"}); !errors.Is(err, context.Canceled) {
			t.Errorf("Notify with a cancelled context = %v, want context.Canceled", err)
		}
	})
}

func TestSendWithChoosesSound(t *testing.T) {
	var got []string
	record := func(name string, err error) beeepFunc {
		return func(title, message string, icon any) error {
			got = append(got, name+": "+title+" / "+message)
			return err
		}
	}
	refused := errors.New("notification was not delivered")
	send := sendWith(record("notify", nil), record("alert", refused))
	tests := []struct {
		n    Notification
		want string
		err  error
	}{
		{Notification{Title: "2 minutes left", Body: "b"}, "notify: 2 minutes left / b", nil},
		{Notification{Title: "Time is up", Urgent: true}, "notify: Time is up / ", nil},
		{Notification{Title: "Time is up", Urgent: true, Sound: true}, "alert: Time is up / ", refused},
	}
	for _, tt := range tests {
		got = nil
		err := send(tt.n)
		if len(got) != 1 || got[0] != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("send(%+v) called %q and returned %v; want %q and %v", tt.n, got, err, tt.want, tt.err)
		}
	}
}

// TestBackgroundThroughBeeepSeam runs the macOS and Windows notifier as
// NewDesktop builds it there, with beeep replaced: silent by default,
// bounded by its deadline when beeep hangs.
func TestBackgroundThroughBeeepSeam(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hang := make(chan struct{})
		t.Cleanup(func() { close(hang) })
		var alerts atomic.Int32
		d := &Desktop{impl: &background{timeout: 50 * time.Millisecond, send: sendWith(
			func(string, string, any) error { <-hang; return nil },
			func(string, string, any) error { alerts.Add(1); return nil })}}
		start := time.Now()
		if err := d.Notify(context.Background(), Notification{Title: "t"}); !errors.Is(err, ErrTimeout) {
			t.Errorf("Notify while beeep hangs = %v, want ErrTimeout", err)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("Notify took %v with a 50ms deadline", took)
		}
		if alerts.Load() != 0 {
			t.Errorf("a notification without Sound went through beeep.Alert")
		}
	})
}
