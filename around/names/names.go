package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"partnercoach/internal/textsafe"
)

// MaxNameLength is the most characters a newcomer's name may have.
const MaxNameLength = 100

// CheckName is the one rule for a newcomer's name, wherever a name
// enters partnercoach: on the command line of run, newcomer add and the
// others, and on the start screen. It refuses a name that breaks the rule
// of a listed name (see checkListedName), that has no character that
// shows, or that holds a hidden character (a bidirectional control such
// as the right-to-left override, a zero-width space: see
// textsafe.Hidden), and returns it without surrounding spaces.
func CheckName(name string) (string, error) {
	name, err := checkListedName(name)
	if err != nil {
		return "", err
	}
	if !textsafe.Visible(name) {
		return "", fmt.Errorf("a newcomer's name needs a character that shows, such as a letter: got %q", name)
	}
	if _, r, bad := textsafe.FirstHidden(name); bad {
		return "", fmt.Errorf("a newcomer's name may not hold %s, which hides or reorders the text beside it: got %q", textsafe.Describe(r), name)
	}
	return name, nil
}

// checkListedName is the rule for a name read from the newcomer list,
// which a name kept before CheckName grew still meets: not empty, at most
// MaxNameLength characters, UTF-8 without a control character (a tab, a
// line break, an escape). It returns the name without surrounding spaces.
func checkListedName(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch n := utf8.RuneCountInString(name); {
	case name == "":
		return "", errors.New("expected a newcomer's name or initials, got nothing")
	case n > MaxNameLength:
		return "", fmt.Errorf("a newcomer's name may be up to %d characters, got %d", MaxNameLength, n)
	}
	if _, r, bad := textsafe.FirstControl(name); bad {
		what := textsafe.Describe(r)
		if !utf8.ValidString(name) {
			what = "a byte that is not UTF-8"
		}
		return "", fmt.Errorf("a newcomer's name may not hold %s: got %q", what, name)
	}
	return name, nil
}

// forgetName is the rule for a name given to forget: any name that could
// ever have been stored, however it breaks CheckName, so that nothing is
// kept for good because its name is odd. Only an empty name is refused.
func forgetName(name string) (string, error) {
	if strings.TrimSpace(name) == "" {
		return "", errors.New("expected the name of the newcomer to forget, got nothing")
	}
	return strings.TrimSpace(name), nil
}

// namesNewcomer reports whether a file, whole or damaged, names the
// newcomer. A file that parses as JSON names them when a "newcomer" or
// "name" key (in any case, at any depth) has their name as its value, or
// in a list that is its value. A file that does not parse names them when
// any JSON string literal in it, decoded, is their name: a damaged copy is
// not worth keeping at the risk of keeping a name. Names are compared
// after decoding escapes (so "AB \u0053ample" is "AB Sample"), ignoring
// case and surrounding spaces.
func namesNewcomer(data []byte, name string) bool {
	var v any
	if json.Unmarshal(data, &v) == nil {
		return holdsName(v, false, name)
	}
	for _, s := range stringLiterals(data) {
		if SameName(s, name) {
			return true
		}
	}
	return false
}

// holdsName walks a decoded JSON value; named says whether the value is
// under a "newcomer" or "name" key.
func holdsName(v any, named bool, name string) bool {
	switch v := v.(type) {
	case string:
		return named && SameName(v, name)
	case []any:
		for _, e := range v {
			if holdsName(e, named, name) {
				return true
			}
		}
	case map[string]any:
		for k, e := range v {
			if holdsName(e, strings.EqualFold(k, "newcomer") || strings.EqualFold(k, "name"), name) {
				return true
			}
		}
	}
	return false
}

// stringLiterals finds the JSON string literals in data that may not be
// JSON as a whole, and decodes each; literals that do not decode are left
// out. Bytes that cannot start a literal are skipped.
func stringLiterals(data []byte) []string { return literals(data, true) }

// literals finds the JSON string literals in data as stringLiterals does;
// without keys, it leaves out those that are an object's keys.
func literals(data []byte, keys bool) []string {
	var out []string
	for i := 0; i < len(data); i++ {
		if data[i] != '"' {
			continue
		}
		end := closingQuote(data, i+1)
		if end < 0 {
			return out
		}
		var s string
		if json.Unmarshal(data[i:end+1], &s) == nil && (keys || !isKey(data, end+1)) {
			out = append(out, s)
		}
		i = end
	}
	return out
}

// closingQuote returns the index of the quote that ends a literal whose
// text starts at from, or -1 when the data ends first.
func closingQuote(data []byte, from int) int {
	for j := from; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return -1
}
