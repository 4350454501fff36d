//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// fakeCall is one call a fakeConn received.
type fakeCall struct {
	dest, method string
	args         []any
}

// fakeConn is a connection to a pretend session bus whose notification
// server answers as a test tells it.
type fakeConn struct {
	mu     sync.Mutex
	calls  []fakeCall
	caps   []string
	err    error         // what every call returns, when set
	frozen chan struct{} // while open, calls wait for it or for their context
	closed atomic.Bool
	ended  chan struct{} // closed by close, made at the first need
	once   sync.Once
	lastID uint32 // the id of the last notification, counted from 1
}

func (c *fakeConn) call(ctx context.Context, dest string, _ busPath, method string, args ...any) ([]any, error) {
	if c.closed.Load() {
		return nil, errBusClosed
	}
	c.mu.Lock()
	c.calls = append(c.calls, fakeCall{dest, method, args})
	frozen, err := c.frozen, c.err
	c.mu.Unlock()
	if frozen != nil {
		select {
		case <-frozen:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-c.endedChan():
			// As a real connection fails the calls still waiting on it.
			return nil, fmt.Errorf("%w: closed", errBusLost)
		}
	}
	if err != nil {
		return nil, err
	}
	if method == methodGetCaps {
		return []any{c.caps}, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lastID++
	return []any{c.lastID}, nil
}

func (c *fakeConn) connected() bool { return !c.closed.Load() }
func (c *fakeConn) close() error {
	c.once.Do(func() { c.closed.Store(true); close(c.endedChan()) })
	return nil
}

// endedChan returns the channel that close closes.
func (c *fakeConn) endedChan() chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ended == nil {
		c.ended = make(chan struct{})
	}
	return c.ended
}

// freeze makes calls wait until thaw.
func (c *fakeConn) freeze() {
	c.mu.Lock()
	c.frozen = make(chan struct{})
	c.mu.Unlock()
}

func (c *fakeConn) thaw() {
	c.mu.Lock()
	close(c.frozen)
	c.frozen = nil
	c.mu.Unlock()
}

// notifies returns the Notify calls received so far.
func (c *fakeConn) notifies() []fakeCall {
	c.mu.Lock()
	defer c.mu.Unlock()
	var list []fakeCall
	for _, call := range c.calls {
		if call.method == methodNotify {
			list = append(list, call)
		}
	}
	return list
}

// fakeBus opens fakeConns, counting the attempts; an attempt fails with
// err when it is set, and waits for gate when that is set.
type fakeBus struct {
	mu    sync.Mutex
	dials int
	conns []*fakeConn
	err   error
	gate  chan struct{}
	caps  []string
}

func (f *fakeBus) dial(addr string, _ time.Duration) (busConn, error) {
	f.mu.Lock()
	f.dials++
	gate, err := f.gate, f.err
	f.mu.Unlock()
	if gate != nil {
		<-gate
	}
	if err != nil {
		return nil, err
	}
	c := &fakeConn{caps: f.caps}
	f.mu.Lock()
	f.conns = append(f.conns, c)
	f.mu.Unlock()
	return c, nil
}

func (f *fakeBus) dialCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.dials
}

func (f *fakeBus) last() *fakeConn {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.conns) == 0 {
		return nil
	}
	return f.conns[len(f.conns)-1]
}

// newFakeBusNotifier returns a notifier on a fake bus with a short
// deadline.
func newFakeBusNotifier(t *testing.T, timeout time.Duration) (*busNotifier, *fakeBus) {
	t.Helper()
	bus := &fakeBus{caps: []string{"body", capBodyMarkup}}
	b := &busNotifier{appName: "partnercoach-test", timeout: timeout, dest: serverName,
		address: func() (string, bool) { return "unix:path=/fake", true }, dial: bus.dial}
	t.Cleanup(func() { b.close() })
	return b, bus
}

// notifyWithin calls Notify and fails the test if it takes longer than
// limit.
func notifyWithin(t *testing.T, b *busNotifier, limit time.Duration, n Notification) error {
	t.Helper()
	start := time.Now()
	err := b.Notify(context.Background(), n)
	if took := time.Since(start); took > limit {
		t.Errorf("Notify took %v, want at most %v", took, limit)
	}
	return err
}

// goroutinesEnded fails the test unless, once every goroutine of the
// test's synctest bubble has ended or waits, there are no more goroutines
// than before: the goroutines that a call abandoned at its deadline have
// ended, not piled up.
func goroutinesEnded(t *testing.T, before int) {
	t.Helper()
	synctest.Wait()
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines once the calls returned, %d before", n, before)
	}
}

// goroutinesSettle fails the test unless the number of goroutines comes
// back to at most before within a second: the goroutines that a call
// abandoned at its deadline end soon after it returns, or they pile up.
func goroutinesSettle(t *testing.T, before int) {
	t.Helper()
	limit := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(limit) {
			t.Errorf("%d goroutines a second after the calls returned, %d before", runtime.NumGoroutine(), before)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

var errRefused = errors.New("dial unix /run/user/1000/bus: connect: connection refused")
