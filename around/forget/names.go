package forget

import (
	"encoding/json"
	"errors"
	"strings"

	"partnercoach/around/names"
)

// forgetName is the rule for a name given to forget: any name that could
// ever have been stored, however it breaks names.Check, so that nothing is
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
		if names.Same(s, name) {
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
		return named && names.Same(v, name)
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
