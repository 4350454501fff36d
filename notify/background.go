package notify

import (
	"context"
	"sync/atomic"
	"time"
)

// background sends notifications through a call that cannot be given a
// deadline or called back (beeep's, on macOS and Windows). Each call runs
// in a goroutine of its own and is waited for at most timeout; a call the
// desktop never answers is abandoned, and no new one starts while it still
// runs, so a frozen desktop holds one goroutine at most and never the
// caller.
type background struct {
	timeout time.Duration
	// send delivers one notification, blocking until the desktop has it.
	send func(n Notification) error
	busy atomic.Bool
}

// newBackground returns a notifier that runs send with the default
// deadline.
func newBackground(send func(Notification) error) *background {
	return &background{timeout: Deadline, send: send}
}

// Notify runs send in the background and waits for it, for at most the
// deadline or until ctx is done.
func (b *background) Notify(ctx context.Context, n Notification) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !b.busy.CompareAndSwap(false, true) {
		return ErrBusy
	}
	done := make(chan error, 1) // buffered: an abandoned send still ends
	go func() {
		defer b.busy.Store(false)
		done <- b.send(n)
	}()
	t := time.NewTimer(b.timeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return ErrTimeout
	case <-ctx.Done():
		return deadlineOrCancel(ctx)
	}
}

// Warm does nothing: there is no connection to open ahead of time.
func (b *background) Warm() {}

// close does nothing: there is no connection to let go of.
func (b *background) close() error { return nil }

// deadlineOrCancel is the error for a ctx that is done: ErrTimeout when its
// deadline passed, its own error otherwise.
func deadlineOrCancel(ctx context.Context) error {
	if ctx.Err() == context.DeadlineExceeded {
		return ErrTimeout
	}
	return ctx.Err()
}

// beeepFunc is the shape of beeep.Notify and beeep.Alert.
type beeepFunc func(title, message string, icon any) error

// sendWith returns a send that shows a notification with notify, or with
// alert (which plays the system's notification sound) when it asks for
// sound. Urgent makes no difference: beeep has no urgency on macOS and
// Windows.
func sendWith(notify, alert beeepFunc) func(Notification) error {
	return func(n Notification) error {
		if n.Sound {
			return alert(n.Title, n.Body, "")
		}
		return notify(n.Title, n.Body, "")
	}
}
