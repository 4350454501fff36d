// Package notify sends desktop notifications: the warning before a turn
// ends and the end of a turn, shown outside the terminal.
//
// A notification is quiet unless the coach asked for sound, and nothing
// here writes to the terminal. Every call is bounded by a deadline: a
// notification server that does not answer costs the caller at most
// Deadline, never a hang and never a pile of waiting goroutines.
//
// On Linux, OpenBSD, NetBSD and FreeBSD (built with cgo there) it talks to
// the notification server (org.freedesktop.Notifications) on the D-Bus
// session bus, over a private connection that never starts a bus. The
// connection is the package's own small D-Bus client (wire*.go): a Unix
// socket, EXTERNAL authentication, method calls and their replies, and no
// more. On macOS and Windows it goes through beeep. Elsewhere every
// notification fails with ErrUnsupported.
package notify

import (
	"context"
	"errors"
	"strings"
	"time"

	"partnercoach/internal/textsafe"
)

// Notification is one desktop notification. Its text names the turn and
// the time left, never a person.
type Notification struct {
	Title, Body string
	// Urgent asks the desktop to draw attention to it (on Linux and the
	// BSDs, the critical urgency, which most servers keep on screen until
	// it is dismissed).
	Urgent bool
	// Sound asks the desktop to play a sound with it. Set it only when the
	// coach asked for sound: a sound can be heard on the call. Without it
	// the notification asks the desktop for silence where it can.
	Sound bool
	// Replaces, when not empty, makes the notification take the place of
	// the last one sent with the same Replaces, if that one is still on
	// show, rather than stack beside it (on Linux and the BSDs, through
	// the server's replaces_id; macOS and Windows show each one).
	Replaces string
}

// Notifier delivers a Notification outside the terminal.
type Notifier interface {
	// Notify sends n and returns once the desktop has taken it, or with an
	// error once the deadline has passed or ctx is done.
	Notify(ctx context.Context, n Notification) error
}

// Warmer is a Notifier that can get ready for its first notification
// ahead of time, so that it is not held up by opening a connection.
type Warmer interface {
	// Warm starts getting ready in the background; it never blocks.
	Warm()
}

// Deadline is how long one notification may wait for the desktop.
const Deadline = 2 * time.Second

// Errors a notifier returns instead of blocking.
var (
	// ErrNoBus means there is no D-Bus session bus to reach a notification
	// server on (none is set or found, or it cannot be reached). None is
	// started: that would leave a bus daemon behind.
	ErrNoBus = errors.New("no D-Bus session bus")
	// ErrNoServer means the session bus is there but no notification
	// server is running on it.
	ErrNoServer = errors.New("no notification server is running")
	// ErrTimeout means the notification server did not answer before the
	// deadline.
	ErrTimeout = errors.New("the notification server did not answer in time")
	// ErrBusy means an earlier notification is still waiting for the
	// desktop, so this one was not sent (macOS and Windows, where a
	// notification cannot be called back once it is on its way).
	ErrBusy = errors.New("an earlier notification is still waiting for the desktop")
	// ErrUnsupported means this system has no desktop notifications that
	// partnercoach knows how to send.
	ErrUnsupported = errors.New("desktop notifications are not supported on this system")
)

// Reason says briefly why a notification failed, for a status line: the
// known failures in words, any other by the first line of its error, with
// any control character in it escaped.
func Reason(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNoBus):
		return "no D-Bus session bus"
	case errors.Is(err, ErrNoServer):
		return "no notification server"
	case errors.Is(err, ErrTimeout):
		return "the notification server did not answer"
	case errors.Is(err, ErrBusy):
		return "the notification server is still busy"
	case errors.Is(err, ErrUnsupported):
		return "not supported on this system"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	first, _, _ := strings.Cut(err.Error(), "\n")
	return textsafe.Line(first)
}

// clean returns n with its text safe to show: no control characters in the
// title, none but line breaks in the body.
func clean(n Notification) Notification {
	n.Title = textsafe.Line(n.Title)
	n.Body = textsafe.Text(n.Body)
	return n
}
