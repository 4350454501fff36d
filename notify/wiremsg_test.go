//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"testing"
)

// encodeReply returns the bus's METHOD_RETURN to the call serial, with
// args.
func encodeReply(t testing.TB, serial, replyTo uint32, args ...any) []byte {
	t.Helper()
	msg, err := encodeMessage(msgMethodReturn, serial, []headerField{{fieldReplySerial, replyTo}, {fieldDestination, ":1.42"}}, args)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

// encodeErrorReply returns the bus's ERROR named name, with text, for the
// call serial.
func encodeErrorReply(t testing.TB, serial, replyTo uint32, name, text string) []byte {
	t.Helper()
	msg, err := encodeMessage(msgError, serial, []headerField{{fieldReplySerial, replyTo}, {fieldErrorName, name}}, []any{text})
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

// encodeSignal returns a signal such as the NameAcquired the bus sends
// after Hello.
func encodeSignal(t testing.TB, serial uint32, member string, args ...any) []byte {
	t.Helper()
	msg, err := encodeMessage(4, serial, []headerField{{fieldPath, busObject}, {fieldInterface, busInterface},
		{fieldMember, member}, {fieldDestination, ":1.42"}}, args)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

func TestReadReplies(t *testing.T) {
	m, err := readMessage(bytes.NewReader(encodeReply(t, 5, 3, []string{"body", "body-markup"})))
	if err != nil {
		t.Fatal(err)
	}
	values, callErr, err := m.reply()
	if err != nil || callErr != nil || m.replySerial != 3 || !reflect.DeepEqual(values, []any{[]string{"body", "body-markup"}}) {
		t.Errorf("reply to 3 = %v, %v, %v (reply serial %d)", values, callErr, err, m.replySerial)
	}

	m, err = readMessage(bytes.NewReader(encodeErrorReply(t, 6, 4, errServiceUnknown, "The name is not activatable")))
	if err != nil {
		t.Fatal(err)
	}
	_, callErr, err = m.reply()
	want := errServiceUnknown + ": The name is not activatable"
	if err != nil || callErr == nil || callErr.Error() != want || dbusErrorName(callErr) != errServiceUnknown {
		t.Errorf("error reply = %v, %v; want %q", callErr, err, want)
	}
}

// TestReadMessageRefuses: a message that is too long is refused from its
// first 16 bytes, before its rest is read; a malformed header is refused.
func TestReadMessageRefuses(t *testing.T) {
	good := encodeReply(t, 5, 3, "x")
	with := func(at int, b ...byte) []byte {
		m := bytes.Clone(good)
		copy(m[at:], b)
		return m
	}
	bodyAt := len(good) - 6 // the body: "x" with its length and NUL
	tests := []struct {
		name  string
		msg   []byte
		early bool // refused from the first 16 bytes
	}{
		{"byte order", with(0, 'x'), true},
		{"protocol version", with(3, 2), true},
		{"body over 1 MiB", with(4, 0, 0, 0x10, 0), true},
		{"header fields over 1 MiB", with(12, 0xf8, 0xff, 0x0f, 0), true},
		{"body and header over 1 MiB", with(4, 0xf0, 0xff, 0x0f, 0), true},
		{"4 GiB", with(4, 0xff, 0xff, 0xff, 0xff), true},
		{"serial 0", with(8, 0, 0, 0, 0), false},
		{"header fields longer than they are", with(12, good[12]+1), false},
		{"reply without REPLY_SERIAL", with(16, 9), false}, // field 9, UNIX_FDS, is not read
		{"REPLY_SERIAL of type i", with(18, 'i'), false},
		{"padding after the header not zero", with(bodyAt-1, 1), false},
		{"error without ERROR_NAME", with(1, msgError), false},
	}
	for _, tt := range tests {
		r := bytes.NewReader(tt.msg)
		_, err := readMessage(r)
		if !errors.Is(err, errMalformed) {
			t.Errorf("%s: %v, want errMalformed", tt.name, err)
		}
		if read := len(tt.msg) - r.Len(); tt.early && read != 16 {
			t.Errorf("%s: read %d bytes, want 16", tt.name, read)
		}
	}
}

func TestReadMessageTruncated(t *testing.T) {
	good := encodeReply(t, 5, 3, "x")
	for _, n := range []int{0, 1, 15} {
		if _, err := readMessage(bytes.NewReader(good[:n])); err == nil {
			t.Errorf("%d bytes read as a message", n)
		}
	}
	for _, n := range []int{16, len(good) - 1} {
		if _, err := readMessage(bytes.NewReader(good[:n])); err != io.ErrUnexpectedEOF {
			t.Errorf("%d of %d bytes: %v, want io.ErrUnexpectedEOF", n, len(good), err)
		}
	}
}

// countingReader counts what is read through it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// FuzzReadMessage reads any bytes as messages and decodes their bodies:
// no panic, and never more read for one message than one may take.
func FuzzReadMessage(f *testing.F) {
	f.Add(encodeReply(f, 5, 3, []string{"body", "body-markup"}))
	f.Add(encodeReply(f, 5, 3, "dunst", "knopwob", "1.9.0", "1.2"))
	f.Add(encodeReply(f, 5, 3, uint32(7)))
	f.Add(encodeErrorReply(f, 6, 4, errNoReply, "Did not receive a reply"))
	f.Add(encodeSignal(f, 2, "NameAcquired", ":1.42"))
	msg, _ := encodeCall(1, "a.b", "/", "a.b", "M", smallCallArgs)
	f.Add(msg)
	f.Add([]byte("l\x02\x00\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &countingReader{r: bytes.NewReader(data)}
		for {
			before := r.n
			m, err := readMessage(r)
			if r.n-before > maxMessage {
				t.Fatalf("read %d bytes for one message", r.n-before)
			}
			if err != nil {
				return
			}
			if len(m.body) > maxMessage {
				t.Fatalf("a body of %d bytes", len(m.body))
			}
			m.reply()
		}
	})
}
