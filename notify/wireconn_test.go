//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// busPeer is the bus's end of a connection in a test, which answers as
// the test tells it.
type busPeer struct {
	t    *testing.T
	conn net.Conn
	in   *bufio.Reader
}

// listenBus listens on a Unix socket in a fresh folder and returns its
// address and the bus's end of each connection made to it.
func listenBus(t *testing.T) (string, <-chan *busPeer) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bus")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	peers := make(chan *busPeer, 4)
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { conn.Close() })
			peers <- &busPeer{t: t, conn: conn, in: bufio.NewReader(conn)}
		}
	}()
	return "unix:path=" + escapeBusValue(path), peers
}

// next returns the next connection made to the bus, or nil when none
// comes within 5 seconds. It may run on a goroutine of its own, so it
// fails the test with Errorf.
func next(t *testing.T, peers <-chan *busPeer) *busPeer {
	t.Helper()
	select {
	case p := <-peers:
		return p
	case <-time.After(5 * time.Second):
		t.Error("no connection to the bus")
		return nil
	}
}

// line reads one line of the client's, CR LF included.
func (p *busPeer) line() string {
	p.t.Helper()
	p.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	s, err := p.in.ReadString('\n')
	if err != nil {
		p.t.Errorf("reading the client's line: %v (read %q)", err, s)
	}
	return s
}

func (p *busPeer) write(b []byte) {
	p.t.Helper()
	if _, err := p.conn.Write(b); err != nil {
		p.t.Errorf("the bus writing: %v", err)
	}
}

// authenticate checks the client's side of the authentication and
// answers OK.
func (p *busPeer) authenticate() {
	p.t.Helper()
	want := "\x00AUTH EXTERNAL " + hex.EncodeToString([]byte(strconv.Itoa(os.Getuid()))) + "\r\n"
	if got := p.line(); got != want {
		p.t.Errorf("the client began with %q, want %q", got, want)
	}
	p.write([]byte("OK 0123456789abcdef0123456789abcdef\r\n"))
	if got := p.line(); got != "BEGIN\r\n" {
		p.t.Errorf("the client said %q after OK, want BEGIN", got)
	}
}

// receivedCall is a call the bus read: its serial, header fields and
// body.
type receivedCall struct {
	serial uint32
	fields map[byte]any
	values []any
}

// call reads the client's next message, a method call. It may run on a
// goroutine of its own, so it fails the test with Errorf.
func (p *busPeer) call() receivedCall {
	p.t.Helper()
	p.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	var raw bytes.Buffer
	m, err := readMessage(io.TeeReader(p.in, &raw))
	if err != nil {
		p.t.Errorf("the bus reading a message: %v", err)
		return receivedCall{}
	}
	d := decoder{buf: raw.Bytes(), pos: 12, order: m.order}
	list, _ := d.value("a(yv)") // readMessage has read it once
	fields := map[byte]any{}
	for _, f := range list.([]any) {
		fields[f.([]any)[0].(byte)] = f.([]any)[1].(busVariant).value
	}
	values, err := decodeBody(m.body, m.order, m.signature)
	if err != nil || m.kind != msgMethodCall {
		p.t.Errorf("the bus read a message of type %d: %v", m.kind, err)
	}
	return receivedCall{m.serial, fields, values}
}

// greet authenticates the client and answers its Hello, then sends the
// NameAcquired signal, as dbus-daemon does.
func (p *busPeer) greet() {
	p.t.Helper()
	p.authenticate()
	hello := p.call()
	want := map[byte]any{fieldPath: busObject, fieldInterface: busInterface, fieldMember: "Hello", fieldDestination: busName}
	if !reflect.DeepEqual(hello.fields, want) || hello.values != nil {
		p.t.Errorf("Hello = %v %v, want %v and no body", hello.fields, hello.values, want)
	}
	p.write(encodeReply(p.t, 1, hello.serial, ":1.42"))
	p.write(encodeSignal(p.t, 2, "NameAcquired", ":1.42"))
}

// dialPeer opens a connection to a test bus, which greets it, and
// returns both ends.
func dialPeer(t *testing.T) (*wireConn, *busPeer) {
	t.Helper()
	addr, peers := listenBus(t)
	done := make(chan *busPeer)
	go func() {
		p := next(t, peers)
		if p != nil {
			p.greet()
		}
		done <- p
	}()
	conn, err := dialBus(addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.close() })
	return conn.(*wireConn), <-done
}

// callAsync calls method on c in the background; the result comes on the
// channel.
func callAsync(ctx context.Context, c *wireConn, method string, args ...any) <-chan callResult {
	result := make(chan callResult, 1)
	go func() {
		values, err := c.call(ctx, serverName, serverPath, method, args...)
		result <- callResult{values, err}
	}()
	return result
}

// wait returns the result of a call, or fails the test after 5 seconds.
func wait(t *testing.T, result <-chan callResult) callResult {
	t.Helper()
	select {
	case r := <-result:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("the call did not return")
		return callResult{}
	}
}

func TestWireCallsMatchTheirReplies(t *testing.T) {
	c, bus := dialPeer(t)
	if !c.connected() {
		t.Fatal("not connected after the handshake")
	}
	caps := callAsync(context.Background(), c, methodGetCaps)
	first := bus.call()
	notify := callAsync(context.Background(), c, methodNotify, notifyArgs("app", Notification{Title: "t"}, false, 0)...)
	second := bus.call()
	if first.fields[fieldMember] != "GetCapabilities" || second.fields[fieldMember] != "Notify" ||
		second.fields[fieldDestination] != serverName || second.fields[fieldPath] != serverPath ||
		second.fields[fieldSignature] != busSignature("susssasa{sv}i") || len(second.values) != 8 {
		t.Fatalf("the bus read %v then %v", first.fields, second.fields)
	}
	// The second answered first, with a signal, a reply to nobody and
	// an unknown message type in between.
	bus.write(encodeReply(t, 10, second.serial, uint32(77)))
	bus.write(encodeSignal(t, 11, "NameLost", ":1.9"))
	bus.write(encodeReply(t, 12, 999, "nobody asked"))
	odd, _ := encodeMessage(9, 13, nil, nil)
	bus.write(odd)
	bus.write(encodeReply(t, 14, first.serial, []string{"body", "body-markup"}))
	if r := wait(t, notify); r.err != nil || !reflect.DeepEqual(r.values, []any{uint32(77)}) {
		t.Errorf("Notify = %v, %v; want 77", r.values, r.err)
	}
	if r := wait(t, caps); r.err != nil || !reflect.DeepEqual(r.values, []any{[]string{"body", "body-markup"}}) {
		t.Errorf("GetCapabilities = %v, %v", r.values, r.err)
	}
	if first.serial == second.serial || first.serial < 2 {
		t.Errorf("serials %d and %d after Hello's 1", first.serial, second.serial)
	}
}

func TestWireErrorReply(t *testing.T) {
	c, bus := dialPeer(t)
	result := callAsync(context.Background(), c, methodNotify, "x")
	call := bus.call()
	bus.write(encodeErrorReply(t, 10, call.serial, "org.example.Full", "too many"))
	r := wait(t, result)
	if dbusErrorName(r.err) != "org.example.Full" || r.err.Error() != "org.example.Full: too many" || !fromServer(r.err) {
		t.Errorf("error reply = %v, want org.example.Full: too many", r.err)
	}
	if !c.connected() {
		t.Error("an error reply closed the connection")
	}
	// The same error sent by the bus itself is the bus's refusal.
	result = callAsync(context.Background(), c, methodNotify, "x")
	call = bus.call()
	msg, err := encodeMessage(msgError, 11, []headerField{{fieldReplySerial, call.serial},
		{fieldErrorName, "org.freedesktop.DBus.Error.AccessDenied"}, {fieldSender, busName}}, []any{"Rejected"})
	if err != nil {
		t.Fatal(err)
	}
	bus.write(msg)
	if r := wait(t, result); !byBus(r.err) || fromServer(r.err) {
		t.Errorf("the bus's own error reply = %v, want it taken as the bus's", r.err)
	}
}

// TestWireCallGivesUp: a call returns at its deadline, or when its caller
// cancels, and the reply that comes after is dropped, not given to the
// next call.
func TestWireCallGivesUp(t *testing.T) {
	c, bus := dialPeer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	result := callAsync(ctx, c, methodGetCaps)
	late := bus.call()
	if r := wait(t, result); !errors.Is(r.err, context.DeadlineExceeded) {
		t.Errorf("a call with no answer = %v, want the deadline", r.err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("the call returned after %v, its deadline was 50ms", took)
	}
	ctx, cancel = context.WithCancel(context.Background())
	result = callAsync(ctx, c, methodGetCaps)
	cancelled := bus.call()
	cancel()
	if r := wait(t, result); !errors.Is(r.err, context.Canceled) {
		t.Errorf("a cancelled call = %v, want context.Canceled", r.err)
	}
	c.mu.Lock()
	left := len(c.pending)
	c.mu.Unlock()
	if left != 0 {
		t.Errorf("%d calls still waited for once they had given up", left)
	}

	result = callAsync(context.Background(), c, methodGetCaps)
	now := bus.call()
	bus.write(encodeReply(t, 10, late.serial, []string{"late"}))
	bus.write(encodeReply(t, 11, cancelled.serial, []string{"cancelled"}))
	bus.write(encodeReply(t, 12, now.serial, []string{"now"}))
	if r := wait(t, result); r.err != nil || !reflect.DeepEqual(r.values, []any{[]string{"now"}}) {
		t.Errorf("the call after = %v, %v; want its own reply", r.values, r.err)
	}
}

// TestWireBusGoesAway: a call waiting when the bus closes the connection
// gets errBusLost; the connection says so; a call after it is not sent
// (errBusClosed, which the notifier sends again on a new connection).
func TestWireBusGoesAway(t *testing.T) {
	c, bus := dialPeer(t)
	result := callAsync(context.Background(), c, methodGetCaps)
	bus.call()
	bus.conn.Close()
	if r := wait(t, result); !errors.Is(r.err, errBusLost) || errors.Is(r.err, errBusClosed) {
		t.Errorf("a call when the bus went away = %v, want errBusLost", r.err)
	}
	<-c.ended
	if c.connected() {
		t.Error("connected after the bus went away")
	}
	if _, err := c.call(context.Background(), serverName, serverPath, methodGetCaps); !errors.Is(err, errBusClosed) {
		t.Errorf("a call after = %v, want errBusClosed", err)
	}
}

func TestWireCloseTwice(t *testing.T) {
	c, bus := dialPeer(t)
	result := callAsync(context.Background(), c, methodGetCaps)
	bus.call()
	first := c.close()
	if second := c.close(); first != nil || second != first {
		t.Errorf("close = %v, then %v; want nil twice", first, second)
	}
	if r := wait(t, result); !errors.Is(r.err, errBusLost) {
		t.Errorf("a call waiting at close = %v, want errBusLost", r.err)
	}
	if c.connected() {
		t.Error("connected after close")
	}
	if _, err := c.call(context.Background(), serverName, serverPath, methodGetCaps); !errors.Is(err, errBusClosed) {
		t.Errorf("a call after close = %v, want errBusClosed", err)
	}
}

// TestWireRefusesBadReplies: a reply declared over 1 MiB, or whose body
// does not match its signature, ends the connection; the waiting call
// learns why.
func TestWireRefusesBadReplies(t *testing.T) {
	huge := encodeReply(t, 10, 2, "x")
	copy(huge[4:], []byte{0, 0, 0x20, 0}) // a body of 2 MiB
	for name, reply := range map[string]func(serial uint32) []byte{
		"over 1 MiB": func(uint32) []byte { return huge },
		"a body not of its signature": func(serial uint32) []byte {
			msg := encodeReply(t, 10, serial, "x")
			msg[len(msg)-1] = 'y' // the string's NUL
			return msg
		},
	} {
		c, bus := dialPeer(t)
		result := callAsync(context.Background(), c, methodGetCaps)
		bus.write(reply(bus.call().serial))
		if r := wait(t, result); !strings.Contains(r.err.Error(), errMalformed.Error()) {
			t.Errorf("%s: the call = %v, want errMalformed", name, r.err)
		}
		<-c.ended
		if c.connected() {
			t.Errorf("%s: still connected", name)
		}
	}
}

// TestWireAuthentication: the bus's answers to AUTH that are not OK end
// the handshake with an error, at once; so does one that never comes, at
// the deadline.
func TestWireAuthentication(t *testing.T) {
	for _, answer := range []string{
		"REJECTED DBUS_COOKIE_SHA1\r\n",
		"OK\r\n",
		"ERROR\r\n",
		"OK 0123 but no CR\n",
		strings.Repeat("A", 600) + "\r\n",
		"", // closes the connection
	} {
		addr, peers := listenBus(t)
		go func() {
			p := next(t, peers)
			if p == nil {
				return
			}
			p.line()
			p.write([]byte(answer))
			if answer == "" {
				p.conn.Close()
			}
		}()
		start := time.Now()
		if _, err := dialBus(addr, 5*time.Second); err == nil {
			t.Errorf("the bus answered %.20q, and the handshake went on", answer)
		} else if took := time.Since(start); took > time.Second {
			t.Errorf("%.20q: the handshake gave up after %v", answer, took)
		}
	}

	addr, peers := listenBus(t)
	go next(t, peers) // connected, and then nothing
	start := time.Now()
	_, err := dialBus(addr, 100*time.Millisecond)
	if took := time.Since(start); err == nil || took < 100*time.Millisecond || took > time.Second {
		t.Errorf("a bus that says nothing: %v after %v, want an error at 100ms", err, took)
	}
}

// TestWireHelloRefused: an error in answer to Hello ends the handshake.
func TestWireHelloRefused(t *testing.T) {
	addr, peers := listenBus(t)
	go func() {
		p := next(t, peers)
		if p == nil {
			return
		}
		p.authenticate()
		p.write(encodeErrorReply(t, 1, p.call().serial, "org.freedesktop.DBus.Error.LimitsExceeded", "too many"))
	}()
	if _, err := dialBus(addr, 5*time.Second); dbusErrorName(err) != "org.freedesktop.DBus.Error.LimitsExceeded" {
		t.Errorf("Hello refused: %v", err)
	}
}

// TestWireTriesAddressesInOrder: of several addresses, the first that
// answers is used; those of other transports are skipped.
func TestWireTriesAddressesInOrder(t *testing.T) {
	addr, peers := listenBus(t)
	greeted := make(chan struct{})
	go func() {
		defer close(greeted)
		if p := next(t, peers); p != nil {
			p.greet()
		}
	}()
	missing := "unix:path=" + filepath.Join(t.TempDir(), "none")
	conn, err := dialBus("tcp:host=localhost,port=1;"+missing+";"+addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	<-greeted
	conn.close()
}
