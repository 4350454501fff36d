package jsonfile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"partnercoach/internal/textsafe"
)

// Encode writes v as indented JSON in field order, with "<", ">" and "&"
// left as they are, and a final newline. Every character that a terminal
// would act on or that hides or reorders text (DEL, the C1 controls, the
// bidirectional controls and their kin: textsafe.Hidden) is written as a
// \u escape, which encoding/json leaves raw: a record or an export shown
// with cat then reads as it is, and decodes to the same text.
func Encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return escapeHidden(buf.Bytes()), nil
}

// EncodeLine writes v as JSON on one line, without the final newline, with
// the characters Encode escapes escaped: for a status line that a status
// bar reads.
func EncodeLine(v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return escapeHidden(data), nil
}

// escapeHidden returns JSON text with each character shouldEscape names
// written as a \u escape (a pair of them beyond the Basic Multilingual
// Plane). Such characters can stand only inside strings, where an escape
// means the same. Text without them is returned as it is.
func escapeHidden(data []byte) []byte {
	if bytes.IndexFunc(data, shouldEscape) < 0 {
		return data
	}
	out := make([]byte, 0, len(data)+16)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case !shouldEscape(r):
			out = append(out, data[:size]...)
		case r > 0xffff:
			hi, lo := utf16.EncodeRune(r)
			out = fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
		default:
			out = fmt.Appendf(out, `\u%04x`, r)
		}
		data = data[size:]
	}
	return out
}

// shouldEscape reports whether Encode writes r as an escape: a control
// character encoding/json leaves raw (DEL and the C1 controls; it escapes
// the others) or a hidden one.
func shouldEscape(r rune) bool {
	return (unicode.IsControl(r) && r >= 0x7f) || textsafe.Hidden(r)
}
