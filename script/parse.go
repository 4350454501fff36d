package script

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
)

// Parse reads a script from YAML. The file name is used in error messages,
// which take the form "FILE:LINE:COL: message" where a position is known.
// Parse does not validate the script's meaning: call Validate for that.
func Parse(file string, data []byte) (*Script, error) {
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: not a text file (expected a UTF-8 YAML script)", file)
	}
	var s Script
	err := yaml.UnmarshalWithOptions(data, &s, yaml.DisallowUnknownField())
	if err != nil {
		return nil, positioned(file, err)
	}
	return &s, nil
}

// positioned turns a YAML error into "FILE:LINE:COL: message".
func positioned(file string, err error) error {
	var se yaml.Error
	if errors.As(err, &se) {
		if tok := se.GetToken(); tok != nil && tok.Position != nil {
			return fmt.Errorf("%s:%d:%d: %s", file, tok.Position.Line, tok.Position.Column, se.GetMessage())
		}
		return fmt.Errorf("%s: %s", file, se.GetMessage())
	}
	return fmt.Errorf("%s: %v", file, err)
}
