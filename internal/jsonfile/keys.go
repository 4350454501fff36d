package jsonfile

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"
)

// Key is one key of an object in a JSON document, found so that a
// problem the decoder reports without a place can be given one.
type Key struct {
	// Name is the key; At is the byte offset of its opening quote.
	Name string
	At   int
	// Depth is 1 for the keys of the top-level object, 2 for the keys of
	// an object inside it, and so on.
	Depth int
	// Value is the key's value when it is a string; IsString says so.
	Value    string
	IsString bool
	// Null says that the key's value is null, which starts at NullAt.
	Null   bool
	NullAt int
	// Again is the offset of an earlier key of the same name in the same
	// object, or -1. Names that differ only in case are the same name, as
	// the decoder reads them into the same field (see fold).
	Again int
}

// Keys are the keys of a JSON document, in document order.
type Keys []Key

// ScanKeys lists the keys of every object in data, in document order, as
// far as data is well-formed.
func ScanKeys(data []byte) Keys {
	type frame struct {
		object, wantKey bool
		seen            map[string]int
	}
	var (
		stack []frame
		keys  Keys
	)
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		at := skipSeparators(data, int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return keys
		}
		top := len(stack) - 1
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{object: true, wantKey: true, seen: map[string]int{}})
			continue
		case json.Delim('['):
			stack = append(stack, frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:top]
		default:
			if top >= 0 && stack[top].wantKey {
				name := tok.(string)
				again, dup := stack[top].seen[fold(name)]
				if !dup {
					again = -1
					stack[top].seen[fold(name)] = at
				}
				keys = append(keys, Key{Name: name, At: at, Depth: len(stack), Again: again})
				stack[top].wantKey = false
				continue
			}
			if len(keys) > 0 && top >= 0 && stack[top].object {
				last := &keys[len(keys)-1]
				switch tok := tok.(type) {
				case string:
					last.Value, last.IsString = tok, true
				case nil:
					last.Null, last.NullAt = true, at
				}
			}
		}
		// A value has ended: the object holding it wants its next key.
		if n := len(stack) - 1; n >= 0 && stack[n].object {
			stack[n].wantKey = true
		}
	}
}

// fold returns the form of a key's name that the decoder matches fields
// by: encoding/json reads "format", "FORMAT" and "Format" into the same
// field, folding each character as unicode.ToUpper(unicode.ToLower(r))
// does (so the long s "ſ" is "S" and the Kelvin sign is "K").
func fold(name string) string {
	return strings.Map(func(r rune) rune { return unicode.ToUpper(unicode.ToLower(r)) }, name)
}

// duplicateKey returns the first key that an object holds twice.
func duplicateKey(keys Keys) (Key, bool) {
	for _, k := range keys {
		if k.Again >= 0 {
			return k, true
		}
	}
	return Key{}, false
}

// skipSeparators moves an offset past white space, commas and colons to
// the start of the next token.
func skipSeparators(data []byte, off int) int {
	for off < len(data) && bytes.IndexByte([]byte(" \t\r\n,:"), data[off]) >= 0 {
		off++
	}
	return off
}

// Named returns the first key with the given name at the given depth, or
// at any depth when depth is zero.
func (keys Keys) Named(name string, depth int) (Key, bool) {
	for _, k := range keys {
		if k.Name == name && (depth == 0 || k.Depth == depth) {
			return k, true
		}
	}
	return Key{}, false
}

// keyWithValue returns the first key whose value is the given string.
func keyWithValue(keys Keys, value string) (Key, bool) {
	for _, k := range keys {
		if k.IsString && k.Value == value {
			return k, true
		}
	}
	return Key{}, false
}

// lastKeyBefore returns the last key with the given name, or of any name
// when name is "", that starts before offset.
func lastKeyBefore(keys Keys, name string, offset int) (Key, bool) {
	var found Key
	ok := false
	for _, k := range keys {
		if k.At >= offset {
			break
		}
		if name == "" || k.Name == name {
			found, ok = k, true
		}
	}
	return found, ok
}

// PathOf names a key by the keys it is under in the file, as a coach
// finds it there: "steps.welcome.checks", where the decoder's own field
// path ("steps.checks") leaves out the keys of a map such as a step's id.
// A list on the way adds no name.
func (keys Keys) PathOf(k Key) string {
	names := map[int]string{}
	for _, o := range keys {
		if o.At > k.At {
			break
		}
		for d := range names {
			if d >= o.Depth {
				delete(names, d)
			}
		}
		names[o.Depth] = o.Name
	}
	var path []string
	for d := 1; d <= k.Depth; d++ {
		if n, ok := names[d]; ok {
			path = append(path, n)
		}
	}
	return strings.Join(path, ".")
}

// All returns the keys with the given name at the given depth, in order.
func (keys Keys) All(name string, depth int) Keys {
	var out Keys
	for _, k := range keys {
		if k.Name == name && k.Depth == depth {
			out = append(out, k)
		}
	}
	return out
}
