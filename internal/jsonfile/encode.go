package jsonfile

import (
	"bytes"
	"encoding/json"
)

// Encode writes v as indented JSON in field order, with "<", ">" and "&"
// left as they are, and a final newline.
func Encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
