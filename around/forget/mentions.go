package forget

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"

	"partnercoach/around/names"
)

// scan is what one file says about a name, as checkForgotten reads it.
type scan struct {
	// names: the file names the newcomer as namesNewcomer says.
	names bool
	// hits are the texts in the file that are the name or hold it as a
	// phrase (see mentions).
	hits []string
	// others are the names of other newcomers in the file ("newcomer"
	// and "name" values) that hold the name as a phrase, such as "Ann
	// Lee Smith" for "Ann Lee".
	others []string
}

// scanFile reads what a file says about a name: its JSON string values
// when it is JSON, whole or cut short, and its lines otherwise (a YAML
// settings file or script).
func scanFile(data []byte, name string) scan {
	s := scan{names: namesNewcomer(data, name)}
	var texts []string
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		texts = literals(data, false)
		var v any
		if json.Unmarshal(data, &v) == nil {
			s.others = longerNames(v, false, name)
		}
	} else {
		texts = yamlValues(data)
	}
	for _, t := range texts {
		if mentions(t, name) {
			s.hits = append(s.hits, t)
		}
	}
	return s
}

// mentions reports whether a text is the name (ignoring case and
// surrounding spaces) or, for a name of two words or more, holds it as a
// phrase of whole words, ignoring case. A name of one word, such as
// initials or a first name, is matched only as a whole text: as a word in
// running text it is too often an ordinary word ("Will", "May").
func mentions(text, name string) bool {
	if names.Same(text, name) {
		return true
	}
	return len(strings.Fields(name)) > 1 && hasPhrase(text, name)
}

// hasPhrase reports whether text holds the words of phrase in a row,
// ignoring case and the spaces between them, with no letter or digit
// right before or after.
func hasPhrase(text, phrase string) bool {
	t := strings.Join(strings.Fields(strings.ToLower(text)), " ")
	p := strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
	if p == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(t[from:], p)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(p)
		if !wordRune(lastRune(t[:start])) && !wordRune(firstRune(t[end:])) {
			return true
		}
		from = start + 1
	}
}

// blankNames returns text with every occurrence of the given names
// replaced by spaces, ignoring case, so that a phrase found in what is
// left is not part of one of them.
func blankNames(text string, names []string) string {
	t := strings.Join(strings.Fields(strings.ToLower(text)), " ")
	for _, n := range names {
		n = strings.Join(strings.Fields(strings.ToLower(n)), " ")
		if n != "" {
			t = strings.ReplaceAll(t, n, " ")
		}
	}
	return t
}

// wordRune reports whether r is part of a word: a letter or a digit.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// firstRune is the first rune of s, or a space when s is empty.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return ' '
}

// lastRune is the last rune of s, or a space when s is empty.
func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return ' '
	}
	return r[len(r)-1]
}

// longerNames lists the "newcomer" and "name" values in a decoded JSON
// value that hold the name as a phrase but are not it.
func longerNames(v any, named bool, name string) []string {
	var out []string
	switch v := v.(type) {
	case string:
		if named && !names.Same(v, name) && hasPhrase(v, name) {
			out = append(out, v)
		}
	case []any:
		for _, e := range v {
			out = append(out, longerNames(e, named, name)...)
		}
	case map[string]any:
		for k, e := range v {
			out = append(out, longerNames(e, strings.EqualFold(k, "newcomer") || strings.EqualFold(k, "name"), name)...)
		}
	}
	return out
}

// isKey reports whether the literal that ends just before from is an
// object's key: a colon follows it.
func isKey(data []byte, from int) bool {
	rest := bytes.TrimLeft(data[from:], " \t\r\n")
	return len(rest) > 0 && rest[0] == ':'
}

// yamlValues reads the lines of a text file, such as a YAML settings
// file or script, as the texts they hold: without a leading "- ", a
// leading "key:" and the quotes around what is left.
func yamlValues(data []byte) []string {
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		v := strings.TrimSpace(line)
		v = strings.TrimSpace(strings.TrimPrefix(v, "- "))
		if k, rest, ok := strings.Cut(v, ": "); ok && !strings.ContainsAny(k, " \"'") {
			v = strings.TrimSpace(rest)
		}
		out = append(out, strings.Trim(v, `"'`))
	}
	return out
}
