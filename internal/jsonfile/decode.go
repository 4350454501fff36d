package jsonfile

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"partnercoach/internal/problem"
	"partnercoach/script"
)

// Decode decodes data, read from path, into v strictly: a field v does
// not have, a value of the wrong type, a key given twice in one object
// (which the decoder would read with the last value winning) or text
// after the value is an error, and so is a file that holds null, which
// the decoder would read as nothing at all.
// The error is a *Problem saying "PATH:LINE:COL: message", with the place
// worked out from the decoder's byte offset or, where the decoder gives
// none, from the key the problem is about.
func Decode(path string, data []byte, v any) error {
	if p := encodingProblem(path, data); p != nil {
		return p
	}
	if off := skipSeparators(data, 0); bytes.HasPrefix(data[off:], []byte("null")) {
		return ProblemAt(path, data, off, "the file holds null: expected a JSON object in { }")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeProblem(path, data, err)
	}
	if off := skipSeparators(data, int(dec.InputOffset())); off < len(data) {
		return ProblemAt(path, data, off, "unexpected text after the end of the JSON value")
	}
	if k, ok := duplicateKey(ScanKeys(data)); ok {
		line, col := problem.Position(data, k.Again)
		return ProblemAt(path, data, k.At, fmt.Sprintf("%q is given twice in the same object (first at line %d, column %d): expected it once", k.Name, line, col))
	}
	return nil
}

// encodingProblem is the problem of a file that is not UTF-8 text, which
// the decoder would misread (a byte order mark as a stray character) or
// read with its bytes replaced, or nil.
func encodingProblem(path string, data []byte) *Problem {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return ProblemAt(path, data, 0, "the file is UTF-16 text: expected UTF-8 (an editor can save it so)")
	case bytes.HasPrefix(data, []byte("\uFEFF")):
		return ProblemAt(path, data, 0, "the file starts with a byte order mark: expected JSON text without one (an editor can save it so)")
	}
	if utf8.Valid(data) {
		return nil
	}
	for off := 0; off < len(data); {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			return ProblemAt(path, data, off, "this byte is not UTF-8 text: expected the file in UTF-8")
		}
		off += size
	}
	return nil
}

// Messages of errors encoding/json returns without a type of their own.
var (
	unknownFieldRE = regexp.MustCompile(`^json: unknown field ("(?:[^"\\]|\\.)*")$`)
	gotValueRE     = regexp.MustCompile(`got ("(?:[^"\\]|\\.)*")$`)
)

// decodeProblem places and words an error from the JSON decoder.
func decodeProblem(path string, data []byte, err error) *Problem {
	var (
		syn  *json.SyntaxError
		typ  *json.UnmarshalTypeError
		tErr *time.ParseError
	)
	switch {
	case errors.Is(err, io.EOF):
		return ProblemAt(path, data, 0, "the file is empty: expected a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ProblemAt(path, data, len(data), "the JSON stops short: the file may have been cut off")
	case errors.As(err, &syn):
		return ProblemAt(path, data, int(syn.Offset)-1, syn.Error())
	case errors.As(err, &typ):
		return typeProblem(path, data, typ)
	case errors.As(err, &tErr):
		msg := fmt.Sprintf("expected a time such as 2026-11-22T15:03:00+01:00, got %q", tErr.Value)
		return valueProblem(path, data, tErr.Value, msg)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if m := unknownFieldRE.FindStringSubmatch(err.Error()); m != nil {
		name, _ := strconv.Unquote(m[1])
		k, ok := ScanKeys(data).Named(name, 0)
		return ProblemAt(path, data, Offset(k, ok), fmt.Sprintf("unknown field %q", name))
	}
	if m := gotValueRE.FindStringSubmatch(err.Error()); m != nil {
		value, _ := strconv.Unquote(m[1])
		return valueProblem(path, data, value, msg)
	}
	return ProblemAt(path, data, -1, msg)
}

// valueProblem places a problem at the first key whose value is the given
// string, and names that key in the message. A string in a list has no
// key of its own: it is placed where it is first written, under the name
// of the key before it, the list's.
func valueProblem(path string, data []byte, value, msg string) *Problem {
	keys := ScanKeys(data)
	k, ok := keyWithValue(keys, value)
	if ok {
		return ProblemAt(path, data, k.At, k.Name+": "+msg)
	}
	quoted, err := json.Marshal(value)
	at := bytes.Index(data, quoted)
	if err != nil || at < 0 {
		return ProblemAt(path, data, -1, msg)
	}
	if list, ok := lastKeyBefore(keys, "", at); ok {
		msg = list.Name + ": " + msg
	}
	return ProblemAt(path, data, at, msg)
}

// typeProblem words a value of the wrong JSON type and places it at its
// key, or just before where the decoder stopped.
func typeProblem(path string, data []byte, e *json.UnmarshalTypeError) *Problem {
	field := e.Field
	msg := fmt.Sprintf("expected %s, got %s", describeType(e.Type), article(e.Value))
	if field == "" {
		return ProblemAt(path, data, int(e.Offset)-1, msg)
	}
	name := field[strings.LastIndexByte(field, '.')+1:]
	off := int(e.Offset) - 1
	keys := ScanKeys(data)
	if k, ok := lastKeyBefore(keys, name, int(e.Offset)); ok {
		off, field = k.At, keys.PathOf(k)
	}
	return ProblemAt(path, data, off, field+": "+msg)
}

// Offset is a key's offset, or -1 (the whole file) when it was not found:
// the offset ProblemAt takes.
func Offset(k Key, ok bool) int {
	if !ok {
		return -1
	}
	return k.At
}

// describeType says in words what JSON value a Go type is read from.
func describeType(t reflect.Type) string {
	switch t {
	case nil:
		return "another kind of value"
	case reflect.TypeFor[time.Time]():
		return "a time such as \"2026-11-22T15:03:00+01:00\""
	case reflect.TypeFor[script.Duration]():
		return "a duration such as \"15m\" or \"1m30s\""
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return "text in quotes"
	}
	switch t.Kind() {
	case reflect.String:
		return "text in quotes"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list in [ ]"
	case reflect.Struct, reflect.Map:
		return "an object in { }"
	}
	return t.String()
}

// article puts "a" or "an" before the JSON kind of value the decoder saw.
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}
