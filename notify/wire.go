//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"
)

// This file writes D-Bus messages (the D-Bus Specification, "Message
// Protocol"): little-endian, protocol version 1, and only the types the
// notifier sends.

// busPath is a D-Bus object path (type code 'o').
type busPath string

// busSignature is a D-Bus type signature (type code 'g').
type busSignature string

// busVariant is a value together with its D-Bus type (type code 'v').
type busVariant struct {
	sig   busSignature
	value any
}

// variantOf returns v as a variant. v is one of the types that
// signatureOf knows; any other makes a variant that cannot be sent.
func variantOf(v any) busVariant { return busVariant{signatureOf(v), v} }

// Value returns the value the variant holds.
func (v busVariant) Value() any { return v.value }

// The message types and header fields of the specification that the
// notifier writes or reads.
const (
	msgMethodCall   = 1
	msgMethodReturn = 2
	msgError        = 3

	fieldPath        = 1
	fieldInterface   = 2
	fieldMember      = 3
	fieldErrorName   = 4
	fieldReplySerial = 5
	fieldDestination = 6
	fieldSender      = 7
	fieldSignature   = 8

	protocolVersion = 1
	// maxMessage is the most a message may take, written or read: far
	// more than a notification needs, far less than the 128 MiB the
	// specification allows.
	maxMessage = 1 << 20
)

// headerField is one field of a message's header.
type headerField struct {
	code  byte
	value any
}

// signatureOf returns the D-Bus signature of v, or "" when v is of a Go
// type that the notifier does not send.
func signatureOf(v any) busSignature {
	switch v.(type) {
	case byte:
		return "y"
	case bool:
		return "b"
	case int32:
		return "i"
	case uint32:
		return "u"
	case string:
		return "s"
	case busPath:
		return "o"
	case busSignature:
		return "g"
	case busVariant:
		return "v"
	case []string:
		return "as"
	case map[string]busVariant:
		return "a{sv}"
	}
	return ""
}

// encodeCall returns the method call of member of iface on dest's object
// at path, with args, as a message with the given serial.
func encodeCall(serial uint32, dest string, path busPath, iface, member string, args []any) ([]byte, error) {
	fields := []headerField{{fieldPath, path}}
	if iface != "" {
		fields = append(fields, headerField{fieldInterface, iface})
	}
	fields = append(fields, headerField{fieldMember, member})
	if dest != "" {
		fields = append(fields, headerField{fieldDestination, dest})
	}
	return encodeMessage(msgMethodCall, serial, fields, args)
}

// encodeMessage returns a message of the given type and serial with the
// header fields and a body of args; the SIGNATURE field is added when
// there are args.
func encodeMessage(kind byte, serial uint32, fields []headerField, args []any) ([]byte, error) {
	var body encoder
	var sig busSignature
	for _, a := range args {
		s := signatureOf(a)
		if s == "" {
			return nil, fmt.Errorf("a %T cannot be sent over D-Bus", a)
		}
		sig += s
		if err := body.value(a); err != nil {
			return nil, err
		}
	}
	if sig != "" {
		fields = append(slices.Clip(fields), headerField{fieldSignature, sig})
	}
	head := encoder{buf: make([]byte, 0, 128+len(body.buf))}
	head.buf = append(head.buf, 'l', kind, 0, protocolVersion)
	head.uint32(uint32(len(body.buf)))
	head.uint32(serial)
	err := head.array(8, func() error {
		for _, f := range fields {
			head.pad(8)
			head.buf = append(head.buf, f.code)
			if err := head.variant(variantOf(f.value)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	head.pad(8)
	if len(head.buf)+len(body.buf) > maxMessage {
		return nil, fmt.Errorf("a message of %d bytes is over the limit of %d", len(head.buf)+len(body.buf), maxMessage)
	}
	return append(head.buf, body.buf...), nil
}

// encoder appends values to buf in D-Bus's little-endian wire format.
// Alignment is counted from the start of buf, which is the start of the
// message or of its body (which starts at a multiple of 8).
type encoder struct {
	buf []byte
}

// pad appends zero bytes up to the next multiple of align.
func (e *encoder) pad(align int) {
	for len(e.buf)%align != 0 {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) uint32(v uint32) {
	e.pad(4)
	e.buf = binary.LittleEndian.AppendUint32(e.buf, v)
}

// value appends v, of one of the types signatureOf knows.
func (e *encoder) value(v any) error {
	switch v := v.(type) {
	case byte:
		e.buf = append(e.buf, v)
	case bool:
		b := uint32(0)
		if v {
			b = 1
		}
		e.uint32(b)
	case int32:
		e.uint32(uint32(v))
	case uint32:
		e.uint32(v)
	case string:
		return e.string(v)
	case busPath:
		if !validPath(string(v)) {
			return fmt.Errorf("%q is not a D-Bus object path", v)
		}
		return e.string(string(v))
	case busSignature:
		return e.signature(v)
	case busVariant:
		return e.variant(v)
	case []string:
		return e.array(4, func() error { return e.strings(v) })
	case map[string]busVariant:
		return e.array(8, func() error { return e.dict(v) })
	default:
		return fmt.Errorf("a %T cannot be sent over D-Bus", v)
	}
	return nil
}

// string appends s with its length and its terminating NUL. D-Bus refuses
// a string that is not UTF-8 or holds a NUL (and the bus closes the
// connection that sends one), so such a string is an error here.
func (e *encoder) string(s string) error {
	if err := checkString(s); err != nil {
		return err
	}
	e.uint32(uint32(len(s)))
	e.buf = append(e.buf, s...)
	e.buf = append(e.buf, 0)
	return nil
}

// signature appends s with its one-byte length and terminating NUL.
func (e *encoder) signature(s busSignature) error {
	if err := checkSignature(string(s)); err != nil {
		return err
	}
	e.buf = append(e.buf, byte(len(s)))
	e.buf = append(e.buf, s...)
	e.buf = append(e.buf, 0)
	return nil
}

// variant appends v's signature, then its value.
func (e *encoder) variant(v busVariant) error {
	if sig := signatureOf(v.value); sig == "" || sig != v.sig {
		return fmt.Errorf("a variant of %q holding a %T cannot be sent over D-Bus", v.sig, v.value)
	}
	if err := e.signature(v.sig); err != nil {
		return err
	}
	return e.value(v.value)
}

// array appends an array whose elements, aligned to elemAlign, elems
// appends: the length in bytes, the padding up to the first element
// (there even when there is none), then the elements.
func (e *encoder) array(elemAlign int, elems func() error) error {
	e.pad(4)
	at := len(e.buf)
	e.buf = append(e.buf, 0, 0, 0, 0)
	e.pad(elemAlign)
	start := len(e.buf)
	if err := elems(); err != nil {
		return err
	}
	if n := len(e.buf) - start; n > maxMessage {
		return fmt.Errorf("an array of %d bytes is over the limit of %d", n, maxMessage)
	}
	binary.LittleEndian.PutUint32(e.buf[at:], uint32(len(e.buf)-start))
	return nil
}

func (e *encoder) strings(list []string) error {
	for _, s := range list {
		if err := e.string(s); err != nil {
			return err
		}
	}
	return nil
}

// dict appends the entries of m, each a struct of key and value, in the
// order of their keys, so that the same map makes the same bytes.
func (e *encoder) dict(m map[string]busVariant) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e.pad(8)
		if err := e.string(k); err != nil {
			return err
		}
		if err := e.variant(m[k]); err != nil {
			return err
		}
	}
	return nil
}

// errNotUTF8 and errNUL say why a string cannot be a D-Bus string.
var (
	errNotUTF8 = errors.New("a D-Bus string must be UTF-8")
	errNUL     = errors.New("a D-Bus string cannot hold a NUL")
)

// checkString returns why s cannot be a D-Bus string, or nil.
func checkString(s string) error {
	if !utf8.ValidString(s) {
		return errNotUTF8
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return errNUL
		}
	}
	return nil
}

// validPath reports whether p is a D-Bus object path: "/", or elements of
// [A-Za-z0-9_] each after one '/', with no '/' at the end.
func validPath(p string) bool {
	if p == "/" {
		return true
	}
	if p == "" || p[0] != '/' || p[len(p)-1] == '/' {
		return false
	}
	for i := 1; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '/':
			if p[i-1] == '/' {
				return false
			}
		case c == '_', '0' <= c && c <= '9', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return true
}
