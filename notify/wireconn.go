//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// wireConn is a connection to a D-Bus bus: it sends method calls and
// matches the replies, which one goroutine reads, to the calls waiting
// for them. Signals and other messages are read and dropped.
type wireConn struct {
	sock socket
	in   *bufio.Reader
	send chan struct{} // holds a token while a call writes to sock

	mu      sync.Mutex
	serial  uint32                     // the serial of the last call sent
	pending map[uint32]chan callResult // the calls waiting for a reply, by serial

	ended    chan struct{} // closed when the reader has stopped
	closed   atomic.Bool   // close has been called
	closing  sync.Once
	closeErr error
}

// socket is the connection's stream: a Unix socket, or one end of a pipe
// in tests.
type socket interface {
	io.ReadWriteCloser
	SetDeadline(time.Time) error
	SetWriteDeadline(time.Time) error
}

// callResult is a call's reply: its values, or an error.
type callResult struct {
	values []any
	err    error
}

var (
	// errBusClosed means that the connection had closed before the call
	// was sent: nothing went out.
	errBusClosed = errors.New("the connection to the bus is closed")
	// errBusLost means that the connection ended after the call went
	// out, before its reply came.
	errBusLost = errors.New("the connection to the bus ended")
)

// newWireConn returns a connection over sock, which has been
// authenticated and greeted; its reader is not started yet.
func newWireConn(sock socket, in *bufio.Reader) *wireConn {
	return &wireConn{sock: sock, in: in, send: make(chan struct{}, 1),
		pending: map[uint32]chan callResult{}, ended: make(chan struct{})}
}

// call sends a call of method (its interface, a dot, its member) to
// dest's object at path, and returns the reply's values, the D-Bus error
// it answered with (a *busError), or ctx's error once ctx is done. A reply
// that comes after that is dropped.
func (c *wireConn) call(ctx context.Context, dest string, path busPath, method string, args ...any) ([]any, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	dot := strings.LastIndexByte(method, '.')
	if dot <= 0 {
		return nil, fmt.Errorf("the method %q names no interface", method)
	}
	select {
	case c.send <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	serial, reply, err := c.sendCall(ctx, dest, path, method[:dot], method[dot+1:], args)
	<-c.send
	if err != nil {
		return nil, err
	}
	select {
	case r := <-reply:
		return r.values, r.err
	case <-ctx.Done():
		c.forget(serial)
		return nil, ctx.Err()
	}
}

// sendCall writes the call, waiting for no more than ctx allows, and
// returns its serial and where its reply will come. The caller holds the
// send token.
func (c *wireConn) sendCall(ctx context.Context, dest string, path busPath, iface, member string, args []any) (uint32, chan callResult, error) {
	serial, reply := c.expect()
	if reply == nil {
		return 0, nil, errBusClosed
	}
	msg, err := encodeCall(serial, dest, path, iface, member, args)
	if err != nil {
		c.forget(serial)
		return 0, nil, err
	}
	if err := c.write(ctx, msg); err != nil {
		c.forget(serial)
		return 0, nil, err
	}
	return serial, reply, nil
}

// expect takes the next serial and a channel for its reply; the channel
// is nil once the connection has ended or been closed.
func (c *wireConn) expect() (uint32, chan callResult) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pending == nil || c.closed.Load() {
		return 0, nil
	}
	c.serial++
	if c.serial == 0 { // serial 0 is not allowed: after 2³²-1 comes 1
		c.serial = 1
	}
	reply := make(chan callResult, 1)
	c.pending[c.serial] = reply
	return c.serial, reply
}

// forget stops waiting for the reply to serial.
func (c *wireConn) forget(serial uint32) {
	c.mu.Lock()
	delete(c.pending, serial)
	c.mu.Unlock()
}

// write writes msg, giving up at ctx's deadline (or after Deadline, if
// ctx has none). A message sent in part leaves a stream the bus cannot
// read on, so then the connection is closed.
func (c *wireConn) write(ctx context.Context, msg []byte) error {
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(Deadline)
	}
	c.sock.SetWriteDeadline(deadline)
	n, err := c.sock.Write(msg)
	if err == nil {
		return nil
	}
	if n > 0 || !errors.Is(err, os.ErrDeadlineExceeded) {
		c.close()
	}
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return context.DeadlineExceeded
	case n == 0:
		return fmt.Errorf("%w: %v", errBusClosed, err)
	}
	return fmt.Errorf("%w: %v", errBusLost, err)
}

// read reads messages until the connection ends, and hands each reply to
// the call waiting for it. A message that is malformed or too long ends
// the connection.
func (c *wireConn) read() {
	for {
		m, err := readMessage(c.in)
		if err != nil {
			c.end(err)
			return
		}
		if m.kind != msgMethodReturn && m.kind != msgError {
			continue
		}
		c.mu.Lock()
		reply := c.pending[m.replySerial]
		delete(c.pending, m.replySerial)
		c.mu.Unlock()
		if reply == nil {
			continue // a reply nobody waits for any longer
		}
		values, callErr, err := m.reply()
		if err != nil {
			reply <- callResult{err: err}
			c.end(err)
			return
		}
		reply <- callResult{values, callErr}
	}
}

// end closes the connection for cause, and fails every call still
// waiting for its reply.
func (c *wireConn) end(cause error) {
	if c.closed.Load() { // by close, which made the read fail
		cause = errors.New("closed")
	}
	c.close()
	c.mu.Lock()
	pending := c.pending
	c.pending = nil
	c.mu.Unlock()
	for _, reply := range pending {
		reply <- callResult{err: fmt.Errorf("%w: %v", errBusLost, cause)}
	}
	close(c.ended)
}

// connected reports whether the connection is open: not closed, and its
// reader still reading.
func (c *wireConn) connected() bool {
	select {
	case <-c.ended:
		return false
	default:
		return !c.closed.Load()
	}
}

// close closes the connection; closing it again does nothing more and
// returns the same.
func (c *wireConn) close() error {
	c.closing.Do(func() {
		c.closed.Store(true)
		c.closeErr = c.sock.Close()
	})
	return c.closeErr
}
