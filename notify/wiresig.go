//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"errors"
	"fmt"
)

// This file checks D-Bus type signatures (the D-Bus Specification, "Valid
// Signatures").

// The limits the specification sets on signatures.
const (
	maxSignature   = 255
	maxArrayDepth  = 32
	maxStructDepth = 32
	// maxDepth is the most containers, variants included, that may hold
	// one another in a message.
	maxDepth = 64
)

var errSignature = errors.New("not a D-Bus signature")

// checkSignature returns why s is not a D-Bus signature (a run of
// complete types), or nil.
func checkSignature(s string) error {
	if len(s) > maxSignature {
		return fmt.Errorf("%w: %d bytes long, over %d", errSignature, len(s), maxSignature)
	}
	for i := 0; i < len(s); {
		next, err := checkType(s, i, 0, 0)
		if err != nil {
			return fmt.Errorf("%w: %q at %d: %v", errSignature, s, i, err)
		}
		i = next
	}
	return nil
}

// checkSingle returns why s is not exactly one complete type, or nil: a
// variant's signature must be one.
func checkSingle(s string) error {
	if err := checkSignature(s); err != nil {
		return err
	}
	if s == "" || typeEnd(s, 0) != len(s) {
		return fmt.Errorf("%w: %q is not one complete type", errSignature, s)
	}
	return nil
}

// basicType reports whether c is the code of a basic type, the kind a
// dict entry's key must be.
func basicType(c byte) bool {
	switch c {
	case 'y', 'b', 'n', 'q', 'i', 'u', 'x', 't', 'd', 'h', 's', 'o', 'g':
		return true
	}
	return false
}

// checkType checks the complete type that starts at s[i], inside arrays
// arrays and structs structs, and returns the index just after it.
func checkType(s string, i, arrays, structs int) (int, error) {
	if i >= len(s) {
		return 0, errors.New("a type is missing")
	}
	switch c := s[i]; {
	case basicType(c), c == 'v':
		return i + 1, nil
	case c == 'a':
		if arrays == maxArrayDepth {
			return 0, errors.New("arrays nested too deep")
		}
		if i+1 < len(s) && s[i+1] == '{' {
			return checkDictEntry(s, i+1, arrays+1, structs)
		}
		return checkType(s, i+1, arrays+1, structs)
	case c == '(':
		if structs == maxStructDepth {
			return 0, errors.New("structs nested too deep")
		}
		j := i + 1
		if j < len(s) && s[j] == ')' {
			return 0, errors.New("an empty struct")
		}
		for j < len(s) && s[j] != ')' {
			var err error
			if j, err = checkType(s, j, arrays, structs+1); err != nil {
				return 0, err
			}
		}
		if j >= len(s) {
			return 0, errors.New("a struct is not closed")
		}
		return j + 1, nil
	default:
		return 0, fmt.Errorf("%q is not a type here", c)
	}
}

// checkDictEntry checks the dict entry that starts at s[i] == '{' (in an
// array, where alone one may be): a basic key, one complete value, '}'.
func checkDictEntry(s string, i, arrays, structs int) (int, error) {
	if structs == maxStructDepth {
		return 0, errors.New("structs nested too deep")
	}
	if i+1 >= len(s) || !basicType(s[i+1]) {
		return 0, errors.New("a dict entry's key must be of a basic type")
	}
	j, err := checkType(s, i+2, arrays, structs+1)
	if err != nil {
		return 0, err
	}
	if j >= len(s) || s[j] != '}' {
		return 0, errors.New("a dict entry must hold one key and one value")
	}
	return j + 1, nil
}

// typeEnd returns the index just after the complete type that starts at
// s[i], in a signature already checked.
func typeEnd(s string, i int) int {
	for s[i] == 'a' {
		i++
	}
	if s[i] != '(' && s[i] != '{' {
		return i + 1
	}
	open := 0
	for j := i; ; j++ {
		switch s[j] {
		case '(', '{':
			open++
		case ')', '}':
			open--
			if open == 0 {
				return j + 1
			}
		}
	}
}

// alignOf returns the alignment of the type whose code is c.
func alignOf(c byte) int {
	switch c {
	case 'y', 'g', 'v':
		return 1
	case 'n', 'q':
		return 2
	case 'x', 't', 'd', '(', '{':
		return 8
	}
	return 4 // b i u h s o a
}
