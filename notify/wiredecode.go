//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// This file reads the values of a D-Bus message, in either byte order,
// into Go values: byte, bool, int16, uint16, int32, uint32 (also for a
// file descriptor's index), int64, uint64, float64, string, busPath,
// busSignature, busVariant; an array of bytes as []byte, of strings as
// []string, of {sv} dict entries as map[string]busVariant, of other dict
// entries as map[any]any, of anything else as []any; a struct as []any.

var errMalformed = errors.New("a malformed D-Bus message")

// decoder reads values from buf, whose start is the start of a message or
// of its body: alignment is counted from there.
type decoder struct {
	buf   []byte
	pos   int
	order binary.ByteOrder
	depth int // how many containers hold the value being read
}

// decodeBody returns the values of body, whose signature is sig; the
// values must take the whole body.
func decodeBody(body []byte, order binary.ByteOrder, sig string) ([]any, error) {
	if err := checkSignature(sig); err != nil {
		return nil, fmt.Errorf("%w: %v", errMalformed, err)
	}
	d := decoder{buf: body, order: order}
	values, err := d.values(sig)
	if err != nil {
		return nil, err
	}
	if d.pos != len(body) {
		return nil, d.fail("%d bytes after the last value", len(body)-d.pos)
	}
	return values, nil
}

// fail returns an errMalformed saying what is wrong where.
func (d *decoder) fail(format string, args ...any) error {
	return fmt.Errorf("%w: at byte %d: %s", errMalformed, d.pos, fmt.Sprintf(format, args...))
}

// align skips the padding up to the next multiple of n, which must be
// zero bytes.
func (d *decoder) align(n int) error {
	next := (d.pos + n - 1) / n * n
	if next > len(d.buf) {
		return d.fail("the message ends in padding")
	}
	for _, b := range d.buf[d.pos:next] {
		if b != 0 {
			return d.fail("padding that is not zero")
		}
	}
	d.pos = next
	return nil
}

// take returns the next n bytes, aligned to align.
func (d *decoder) take(n, align int) ([]byte, error) {
	if err := d.align(align); err != nil {
		return nil, err
	}
	if n > len(d.buf)-d.pos {
		return nil, d.fail("the message ends inside a value")
	}
	b := d.buf[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

func (d *decoder) uint32() (uint32, error) {
	b, err := d.take(4, 4)
	if err != nil {
		return 0, err
	}
	return d.order.Uint32(b), nil
}

// value reads one value of the complete type sig, which has been checked.
func (d *decoder) value(sig string) (any, error) {
	switch sig[0] {
	case 'y', 'n', 'q', 'b', 'i', 'u', 'h', 'x', 't', 'd':
		return d.fixed(sig[0])
	case 's':
		return d.string()
	case 'o':
		s, err := d.string()
		if err == nil && !validPath(s) {
			err = d.fail("%q is not an object path", s)
		}
		return busPath(s), err
	case 'g':
		return d.signature()
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxDepth {
		return nil, d.fail("values nested more than %d deep", maxDepth)
	}
	switch sig[0] {
	case 'v':
		return d.variant()
	case 'a':
		return d.array(sig[1:])
	default: // '('
		return d.structure(sig[1 : len(sig)-1])
	}
}

// fixed reads a value of the fixed-size type c.
func (d *decoder) fixed(c byte) (any, error) {
	size := alignOf(c)
	b, err := d.take(size, size)
	if err != nil {
		return nil, err
	}
	switch c {
	case 'y':
		return b[0], nil
	case 'n':
		return int16(d.order.Uint16(b)), nil
	case 'q':
		return d.order.Uint16(b), nil
	case 'b':
		switch d.order.Uint32(b) {
		case 0:
			return false, nil
		case 1:
			return true, nil
		}
		return nil, d.fail("a boolean that is neither 0 nor 1")
	case 'i':
		return int32(d.order.Uint32(b)), nil
	case 'u', 'h':
		return d.order.Uint32(b), nil
	case 'x':
		return int64(d.order.Uint64(b)), nil
	case 't':
		return d.order.Uint64(b), nil
	}
	return math.Float64frombits(d.order.Uint64(b)), nil // 'd'
}

// string reads a string: its length, its bytes, a NUL.
func (d *decoder) string() (string, error) {
	n, err := d.uint32()
	if err != nil {
		return "", err
	}
	if uint64(n) >= uint64(len(d.buf)-d.pos) {
		return "", d.fail("a string of %d bytes runs past the end", n)
	}
	return d.text(int(n))
}

// text reads n bytes of text and the NUL after them.
func (d *decoder) text(n int) (string, error) {
	b := d.buf[d.pos : d.pos+n]
	if d.buf[d.pos+n] != 0 {
		return "", d.fail("a string not ended by a NUL")
	}
	if !utf8.Valid(b) {
		return "", d.fail("a string that is not UTF-8")
	}
	for _, c := range b {
		if c == 0 {
			return "", d.fail("a string holding a NUL")
		}
	}
	d.pos += n + 1
	return string(b), nil
}

// signature reads a signature: its one-byte length, its bytes, a NUL.
func (d *decoder) signature() (busSignature, error) {
	b, err := d.take(1, 1)
	if err != nil {
		return "", err
	}
	if n := int(b[0]); n < len(d.buf)-d.pos {
		s, err := d.text(n)
		if err == nil {
			err = checkSignature(s)
		}
		if err != nil {
			return "", fmt.Errorf("%w: %v", errMalformed, err)
		}
		return busSignature(s), nil
	}
	return "", d.fail("a signature runs past the end")
}

// variant reads a variant: the signature of one complete type, then a
// value of it.
func (d *decoder) variant() (busVariant, error) {
	sig, err := d.signature()
	if err != nil {
		return busVariant{}, err
	}
	if err := checkSingle(string(sig)); err != nil {
		return busVariant{}, fmt.Errorf("%w: %v", errMalformed, err)
	}
	v, err := d.value(string(sig))
	return busVariant{sig, v}, err
}

// structure reads a struct whose fields are the complete types of sig.
func (d *decoder) structure(sig string) ([]any, error) {
	if err := d.align(8); err != nil {
		return nil, err
	}
	return d.values(sig)
}

// values reads one value of each complete type in sig, which has been
// checked.
func (d *decoder) values(sig string) ([]any, error) {
	var values []any
	for i := 0; i < len(sig); {
		end := typeEnd(sig, i)
		v, err := d.value(sig[i:end])
		if err != nil {
			return nil, err
		}
		values = append(values, v)
		i = end
	}
	return values, nil
}

// array reads an array of elem: its length in bytes, the padding up to
// the first element (there even when there is none), then the elements,
// which must end where the length says.
func (d *decoder) array(elem string) (any, error) {
	n, err := d.uint32()
	if err != nil {
		return nil, err
	}
	if err := d.align(alignOf(elem[0])); err != nil {
		return nil, err
	}
	if uint64(n) > uint64(len(d.buf)-d.pos) {
		return nil, d.fail("an array of %d bytes runs past the end", n)
	}
	end := d.pos + int(n)
	switch {
	case elem == "y":
		b := append([]byte(nil), d.buf[d.pos:end]...)
		d.pos = end
		return b, nil
	case elem == "s":
		list := []string{}
		err := d.each(end, func() error {
			s, err := d.string()
			list = append(list, s)
			return err
		})
		return list, err
	case elem == "{sv}":
		m := map[string]busVariant{}
		return m, d.each(end, func() error {
			k, v, err := d.dictEntry(elem)
			if err == nil {
				m[k.(string)] = v.(busVariant)
			}
			return err
		})
	case elem[0] == '{':
		m := map[any]any{}
		return m, d.each(end, func() error {
			k, v, err := d.dictEntry(elem)
			m[k] = v
			return err
		})
	}
	list := []any{}
	err = d.each(end, func() error {
		v, err := d.value(elem)
		list = append(list, v)
		return err
	})
	return list, err
}

// each calls read until the array that ends at end has been read, and
// fails if an element runs past it. Every element takes at least one
// byte, so this ends.
func (d *decoder) each(end int, read func() error) error {
	for d.pos < end {
		if err := read(); err != nil {
			return err
		}
	}
	if d.pos != end {
		return d.fail("an element runs past the end of its array")
	}
	return nil
}

// dictEntry reads a dict entry of the type entry, "{" key value "}".
func (d *decoder) dictEntry(entry string) (key, value any, err error) {
	if err := d.align(8); err != nil {
		return nil, nil, err
	}
	if key, err = d.value(entry[1:2]); err != nil {
		return nil, nil, err
	}
	value, err = d.value(entry[2 : len(entry)-1])
	return key, value, err
}
