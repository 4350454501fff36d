//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// The notification server's well-known name, object and methods
// (the Desktop Notifications Specification, version 1.2).
const (
	serverName      = "org.freedesktop.Notifications"
	serverPath      = busPath("/org/freedesktop/Notifications")
	methodNotify    = "org.freedesktop.Notifications.Notify"
	methodGetCaps   = "org.freedesktop.Notifications.GetCapabilities"
	capBodyMarkup   = "body-markup"
	urgencyNormal   = byte(1)
	urgencyCritical = byte(2)
)

// NewDesktop returns the notifier of Linux and the BSDs, which sends to
// the notification server on the D-Bus session bus under the given
// application name.
func NewDesktop(appName string) *Desktop {
	return &Desktop{impl: newBus(appName)}
}

// busConn is an open connection to the session bus; busNotifier's tests
// replace it.
type busConn interface {
	// call calls method on dest's object at path, until ctx is done, and
	// returns the reply's values.
	call(ctx context.Context, dest string, path busPath, method string, args ...any) ([]any, error)
	// connected reports whether the connection is still open.
	connected() bool
	close() error
}

// busNotifier sends notifications over one private connection to the
// session bus, opened at the first need and opened again after it fails.
// No more than one connection is being opened at any time, and each call
// is bounded by the deadline, so a frozen bus or server never holds up the
// caller past it or piles up goroutines.
type busNotifier struct {
	appName string
	timeout time.Duration
	dest    string // the server's name: serverName, but for a test
	// address finds the session bus's address without starting a bus; ok
	// is false when there is none.
	address func() (addr string, ok bool)
	// dial opens a connection to addr, giving up after timeout.
	dial func(addr string, timeout time.Duration) (busConn, error)

	mu      sync.Mutex
	shown   map[string]uint32 // the server's id of the last notification sent of each Replaces
	conn    busConn           // the open connection, or nil
	markup  *bool             // whether the server on conn takes markup in the body; nil until asked
	opening *opening          // the connection being opened, or nil
	warm    sync.Once
}

// opening is one attempt at opening a connection; done is closed when it
// has ended, with conn or err set.
type opening struct {
	done chan struct{}
	conn busConn
	err  error
}

// newBus returns a notifier that reaches the session bus over a
// connection of its own (wireConn).
func newBus(appName string) *busNotifier {
	return &busNotifier{appName: appName, timeout: Deadline, dest: serverName,
		address: sessionBusAddress, dial: dialBus}
}

// Notify sends n to the notification server. Without a session bus it
// returns ErrNoBus at once, having tried nothing.
func (b *busNotifier) Notify(ctx context.Context, n Notification) error {
	addr, ok := b.address()
	if !ok {
		return ErrNoBus
	}
	callCtx, cancel := context.WithTimeout(ctx, b.timeout)
	defer cancel()
	err := b.send(callCtx, addr, n)
	if errors.Is(err, errBusClosed) && callCtx.Err() == nil {
		// The connection had closed before the call went out: nothing
		// was sent, so send once more on a new connection.
		err = b.send(callCtx, addr, n)
	}
	return b.explain(callCtx, err)
}

// send opens the connection if need be, learns whether the server takes
// markup, and sends n.
func (b *busNotifier) send(ctx context.Context, addr string, n Notification) error {
	conn, err := b.connection(ctx, addr)
	if err != nil {
		return err
	}
	markup, err := b.bodyMarkup(ctx, conn)
	if err != nil {
		b.drop(conn)
		return err
	}
	reply, err := conn.call(ctx, b.dest, serverPath, methodNotify, notifyArgs(b.appName, n, markup, b.replacing(n))...)
	b.drop(conn)
	if err == nil {
		b.sent(n, reply)
	}
	return err
}

// replacing returns the server's id of the notification n takes the place
// of, or 0 for none.
func (b *busNotifier) replacing(n Notification) uint32 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.shown[n.Replaces]
}

// sent keeps the id the server gave n, so that the next notification of
// its Replaces takes its place. A server that replied with no id keeps
// nothing; one restarted since gives a new id to a notification whose
// replaces_id it does not know.
func (b *busNotifier) sent(n Notification, reply []any) {
	if n.Replaces == "" || len(reply) == 0 {
		return
	}
	id, ok := reply[0].(uint32)
	if !ok {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shown == nil {
		b.shown = map[string]uint32{}
	}
	b.shown[n.Replaces] = id
}

// Warm opens the connection in the background, once, where there is a
// session bus and no connection is open yet; a Notify meanwhile waits for
// the same attempt. An open connection is left alone: opening another
// would close it under any call still waiting on it.
func (b *busNotifier) Warm() {
	b.warm.Do(func() {
		if addr, ok := b.address(); ok {
			b.mu.Lock()
			if b.conn == nil || !b.conn.connected() {
				b.startOpening(addr)
			}
			b.mu.Unlock()
		}
	})
}

// connection returns the open connection, or waits for one being opened
// (starting the attempt if none is under way) until ctx is done.
func (b *busNotifier) connection(ctx context.Context, addr string) (busConn, error) {
	b.mu.Lock()
	if b.conn != nil && b.conn.connected() {
		conn := b.conn
		b.mu.Unlock()
		return conn, nil
	}
	o := b.startOpening(addr)
	b.mu.Unlock()
	select {
	case <-o.done:
		return o.conn, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// startOpening starts opening a connection to addr unless an attempt is
// under way, and returns the attempt. b.mu must be held.
func (b *busNotifier) startOpening(addr string) *opening {
	if b.opening != nil {
		return b.opening
	}
	o := &opening{done: make(chan struct{})}
	b.opening = o
	go func() {
		conn, err := b.dial(addr, b.timeout)
		err = dialFailure(err)
		b.mu.Lock()
		if b.conn != nil {
			b.conn.close()
		}
		b.conn, b.markup, b.opening = conn, nil, nil
		o.conn, o.err = conn, err
		b.mu.Unlock()
		close(o.done)
	}()
	return o
}

// dialFailure says why a connection could not be opened: a bus that did
// not answer before the dial's deadline is ErrTimeout, as when the call's
// own deadline, which falls at nearly the same moment, comes first; any
// other failure is ErrNoBus.
func dialFailure(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrDeadlineExceeded):
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	}
	return fmt.Errorf("%w: %v", ErrNoBus, err)
}

// bodyMarkup asks the server, once per connection, whether it takes markup
// in a notification's body: if it does, text in the body is escaped.
func (b *busNotifier) bodyMarkup(ctx context.Context, conn busConn) (bool, error) {
	b.mu.Lock()
	known := b.markup
	b.mu.Unlock()
	if known != nil {
		return *known, nil
	}
	reply, err := conn.call(ctx, b.dest, serverPath, methodGetCaps)
	if err != nil && !fromServer(err) {
		return false, err
	}
	markup := false // also when the server answered with an error of its own
	if err == nil && len(reply) == 1 {
		caps, _ := reply[0].([]string)
		for _, c := range caps {
			markup = markup || c == capBodyMarkup
		}
	}
	b.mu.Lock()
	if b.conn == conn {
		b.markup = &markup
	}
	b.mu.Unlock()
	return markup, nil
}

// drop forgets conn if it has closed, so that the next call opens a new
// one.
func (b *busNotifier) drop(conn busConn) {
	if conn.connected() {
		return
	}
	b.mu.Lock()
	if b.conn == conn {
		b.conn, b.markup = nil, nil
	}
	b.mu.Unlock()
}

// close closes the connection, if one is open.
func (b *busNotifier) close() error {
	b.mu.Lock()
	conn := b.conn
	b.conn, b.markup = nil, nil
	b.mu.Unlock()
	if conn == nil {
		return nil
	}
	return conn.close()
}

// explain turns what the bus said into the package's errors: ErrTimeout
// for a deadline, ErrNoServer when nobody owns the server's name, ErrNoBus
// for a connection that closed; any other error is kept, marked as the
// server's.
func (b *busNotifier) explain(ctx context.Context, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNoBus), errors.Is(err, ErrTimeout):
		return err
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		if ctx.Err() != nil {
			return deadlineOrCancel(ctx)
		}
		return ErrTimeout
	case errors.Is(err, errBusClosed):
		return fmt.Errorf("%w: the connection closed", ErrNoBus)
	}
	switch name := dbusErrorName(err); name {
	case errServiceUnknown, errNameHasNoOwner:
		return fmt.Errorf("%w (%s)", ErrNoServer, name)
	case errNoReply, errTimedOut:
		return fmt.Errorf("%w (%s)", ErrTimeout, name)
	}
	if byBus(err) {
		// Its message, such as AccessDenied's, names the rules matched
		// and the command line of each end: the error's name says enough.
		return fmt.Errorf("the session bus refused the call: %s", dbusErrorName(err))
	}
	return fmt.Errorf("the notification server: %w", err)
}

// The errors the bus itself answers for a server that is not there or
// does not answer.
const (
	errServiceUnknown = "org.freedesktop.DBus.Error.ServiceUnknown"
	errNameHasNoOwner = "org.freedesktop.DBus.Error.NameHasNoOwner"
	errNoReply        = "org.freedesktop.DBus.Error.NoReply"
	errTimedOut       = "org.freedesktop.DBus.Error.Timeout"
)

// fromServer reports whether err is an error the notification server
// answered with, rather than the bus on its behalf.
func fromServer(err error) bool {
	switch dbusErrorName(err) {
	case "", errServiceUnknown, errNameHasNoOwner, errNoReply, errTimedOut:
		return false
	}
	return !byBus(err)
}

// byBus reports whether err is an error the bus answered with itself,
// such as a policy's AccessDenied.
func byBus(err error) bool {
	var e *busError
	return errors.As(err, &e) && e.byBus
}

// dbusErrorName returns the name of the D-Bus error in err, or "" when it
// holds none.
func dbusErrorName(err error) string {
	var e *busError
	if errors.As(err, &e) {
		return e.name
	}
	return ""
}

// notifyArgs are the arguments of a Notify call for n, in the place of
// the notification whose id is replaces (0: none): no icon, no actions,
// the server's own expiry. The hints ask for the critical urgency
// when n is urgent, and for a sound only when n asks for one; otherwise
// they ask the server for silence. A body is escaped when the server reads
// markup in it, so that text from a script shows as it was written.
func notifyArgs(appName string, n Notification, markup bool, replaces uint32) []any {
	urgency, soundName := urgencyNormal, "message-new-instant"
	if n.Urgent {
		urgency, soundName = urgencyCritical, "alarm-clock-elapsed"
	}
	hints := map[string]busVariant{"urgency": variantOf(urgency)}
	if n.Sound {
		hints["sound-name"] = variantOf(soundName)
	} else {
		hints["suppress-sound"] = variantOf(true)
	}
	body := n.Body
	if markup {
		body = markupEscaper.Replace(body)
	}
	return []any{appName, replaces, "", n.Title, body, []string{}, hints, int32(-1)}
}

// markupEscaper escapes the characters that the specification's body
// markup gives a meaning to.
var markupEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
