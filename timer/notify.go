package timer

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gen2brain/beeep"
)

// Note is one desktop notification. Its text names the turn and the time
// left, never a person.
type Note struct {
	Title, Body string
	// Urgent asks the desktop to draw attention, with a sound where the
	// desktop plays one; a silent run never sends urgent notes. The
	// terminal bell that goes with it is the front end's to ring: nothing
	// here writes to the terminal.
	Urgent bool
}

// Notifier delivers a Note outside the terminal.
type Notifier interface {
	Notify(ctx context.Context, n Note) error
}

// Errors a Desktop notifier returns instead of blocking.
var (
	// ErrNoBus means there is no D-Bus session bus to reach a notification
	// server on, so none was tried (trying would start a bus daemon).
	ErrNoBus = errors.New("no D-Bus session bus")
	// ErrTimeout means the notification server did not answer in time.
	ErrTimeout = errors.New("the notification server did not answer in time")
	// ErrBusy means an earlier notification is still waiting for the
	// server, so this one was not sent.
	ErrBusy = errors.New("an earlier notification is still waiting for the notification server")
)

// Warmer is a Notifier that can get ready for its first note ahead of
// time, so that the note is not held up by setting up a connection.
type Warmer interface {
	// Warm gets the notifier ready in the background; it never blocks.
	Warm()
}

// Desktop sends notes to the desktop through beeep. Each call is bounded
// by Timeout; a call the server never answers is abandoned, and no new one
// is started while it is still waiting, so a frozen server cannot pile up
// goroutines or stop the session.
type Desktop struct {
	// Timeout bounds how long Notify waits; zero means two seconds.
	Timeout time.Duration
	// send, hasBus and connect are the operating system; tests replace them.
	send    func(n Note) error
	hasBus  func() bool
	connect func()
	busy    atomic.Bool
	warm    sync.Once
}

// NewDesktop returns a notifier that uses the desktop's notification
// server under the given application name.
func NewDesktop(appName string) *Desktop {
	beeep.AppName = appName
	return &Desktop{send: beeepSend, hasBus: sessionBusAvailable, connect: connectSessionBus}
}

// Warm opens the connection to the session bus in the background, once,
// where there is a bus. beeep keeps that connection for every note after,
// but opens it at the first one: without Warm the first alert waits for
// the connection's handshake with the bus (about 1 ms on an idle machine
// here, 26 ms once on a loaded one; see bench/timing.sh). A bus that does
// not answer holds up only the background goroutine, and only one.
func (d *Desktop) Warm() {
	d.warm.Do(func() {
		if d.connect != nil && d.hasBus() {
			go d.connect()
		}
	})
}

// beeepSend hands a note to beeep.
func beeepSend(n Note) error {
	if n.Urgent {
		return sendUrgent(n)
	}
	return beeep.Notify(n.Title, n.Body, "")
}

// Notify sends the note, waiting at most Timeout for the server.
func (d *Desktop) Notify(ctx context.Context, n Note) error {
	if !d.hasBus() {
		return ErrNoBus
	}
	if !d.busy.CompareAndSwap(false, true) {
		return ErrBusy
	}
	timeout := d.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	done := make(chan error, 1)
	go func() {
		defer d.busy.Store(false)
		done <- d.send(n)
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return ErrTimeout
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Reason says briefly why a notification failed, for a status line: the
// known failures in words, any other by the first line of its error.
func Reason(err error) string {
	switch {
	case errors.Is(err, ErrNoBus):
		return "no D-Bus session bus"
	case errors.Is(err, ErrTimeout):
		return "the notification server did not answer"
	case errors.Is(err, ErrBusy):
		return "the notification server is still busy"
	}
	first, _, _ := strings.Cut(err.Error(), "\n")
	return first
}
