//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"encoding/binary"
	"fmt"
	"io"
)

// message is a message read from the bus: the header fields the notifier
// reads, and the body not yet decoded.
type message struct {
	kind        byte
	serial      uint32
	replySerial uint32 // of a METHOD_RETURN or ERROR: the call it answers
	errorName   string // of an ERROR
	sender      string // who sent it, as the bus names it
	signature   string // the body's
	order       binary.ByteOrder
	body        []byte
}

// readMessage reads one message from r. It reads no more than the
// message's length, refuses a message over maxMessage before reading its
// rest, and refuses a header that is malformed.
func readMessage(r io.Reader) (*message, error) {
	var fixed [16]byte
	if _, err := io.ReadFull(r, fixed[:]); err != nil {
		return nil, err
	}
	var order binary.ByteOrder
	switch fixed[0] {
	case 'l':
		order = binary.LittleEndian
	case 'B':
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("%w: byte order %q", errMalformed, fixed[0])
	}
	if fixed[3] != protocolVersion {
		return nil, fmt.Errorf("%w: protocol version %d", errMalformed, fixed[3])
	}
	bodyLen, fieldsLen := uint64(order.Uint32(fixed[4:])), uint64(order.Uint32(fixed[12:]))
	headerLen := (16 + fieldsLen + 7) / 8 * 8
	if headerLen+bodyLen > maxMessage {
		return nil, fmt.Errorf("%w: a message of %d bytes, over the limit of %d", errMalformed, headerLen+bodyLen, maxMessage)
	}
	buf := make([]byte, headerLen+bodyLen)
	copy(buf, fixed[:])
	if _, err := io.ReadFull(r, buf[16:]); err != nil {
		return nil, unexpectedEOF(err)
	}
	m := &message{kind: fixed[1], serial: order.Uint32(fixed[8:]), order: order, body: buf[headerLen:]}
	if err := m.readHeader(buf[:16+fieldsLen], buf[16+fieldsLen:headerLen]); err != nil {
		return nil, err
	}
	return m, nil
}

// unexpectedEOF returns err, but io.ErrUnexpectedEOF for an io.EOF: the
// message had begun.
func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// readHeader reads the header fields at the end of head, an array of
// (code, variant) structs, and checks that pad is zeros and that the
// fields this message's type needs are there.
func (m *message) readHeader(head, pad []byte) error {
	d := decoder{buf: head, pos: 12, order: m.order}
	fields, err := d.value("a(yv)")
	if err != nil {
		return err
	}
	if d.pos != len(head) {
		return d.fail("the header fields end before their length")
	}
	for _, b := range pad {
		if b != 0 {
			return fmt.Errorf("%w: padding that is not zero after the header", errMalformed)
		}
	}
	for _, f := range fields.([]any) {
		f := f.([]any)
		if err := m.setField(f[0].(byte), f[1].(busVariant)); err != nil {
			return err
		}
	}
	switch {
	case m.serial == 0:
		return fmt.Errorf("%w: serial 0", errMalformed)
	case (m.kind == msgMethodReturn || m.kind == msgError) && m.replySerial == 0:
		return fmt.Errorf("%w: a reply without REPLY_SERIAL", errMalformed)
	case m.kind == msgError && m.errorName == "":
		return fmt.Errorf("%w: an error without ERROR_NAME", errMalformed)
	}
	return nil
}

// setField keeps the value of a header field the notifier reads, after
// checking its type; the others are skipped, as the specification asks of
// fields a reader does not know.
func (m *message) setField(code byte, v busVariant) error {
	var ok bool
	switch code {
	case fieldReplySerial:
		m.replySerial, ok = v.value.(uint32)
	case fieldErrorName:
		m.errorName, ok = v.value.(string)
	case fieldSender:
		m.sender, ok = v.value.(string)
	case fieldSignature:
		var sig busSignature
		sig, ok = v.value.(busSignature)
		m.signature = string(sig)
	default:
		return nil
	}
	if !ok {
		return fmt.Errorf("%w: header field %d of type %q", errMalformed, code, v.sig)
	}
	return nil
}

// busError is an ERROR reply: the D-Bus error's name and the message that
// came with it.
type busError struct {
	name, message string
	// byBus is set when the bus itself answered, not the server it was
	// to pass the call to: it refused to pass it on.
	byBus bool
}

func (e *busError) Error() string {
	if e.message == "" {
		return e.name
	}
	return e.name + ": " + e.message
}

// reply returns the values of a METHOD_RETURN, or the error of an ERROR;
// err is set when the body does not match its signature.
func (m *message) reply() (values []any, callErr, err error) {
	values, err = decodeBody(m.body, m.order, m.signature)
	if err != nil || m.kind == msgMethodReturn {
		return values, nil, err
	}
	e := &busError{name: m.errorName, byBus: m.sender == busName}
	if len(values) > 0 {
		e.message, _ = values[0].(string)
	}
	return nil, e, nil
}
