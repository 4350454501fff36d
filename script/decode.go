package script

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/problem"
	"partnercoach/internal/yamlfile"
)

// field is one key a mapping may hold, and what reads its value.
type field struct {
	key  string
	read func(path string, n ast.Node)
}

// mapping reads the mapping at path, handing each value to the field of its
// key. what names the mapping in messages, such as "a step". It returns
// false when the value is not a mapping.
func (c *checker) mapping(path string, n ast.Node, what string, fields ...field) bool {
	n = c.enter(path, n)
	if n == nil {
		return true
	}
	m, ok := n.(ast.MapNode)
	if !ok {
		if m := scalarNoSpace(n); m != "" {
			c.fail(path, "%s: %s", describe(path), m)
			return false
		}
		c.fail(path, "%s: expected %s (lines of key: value), got %s", describe(path), what, kind(n))
		return false
	}
	present := map[string]bool{}
	for it := m.MapRange(); it.Next(); {
		present[keyText(it.Key())] = true
	}
	for it := m.MapRange(); it.Next(); {
		kv := it.KeyValue()
		key := keyText(kv.Key)
		if f := findField(fields, key); f != nil {
			f.read(child(path, key), kv.Value)
			continue
		}
		if near := c.unknownKey(kv, key, what, fields); near != "" && !present[near] {
			c.markBad(child(path, near)) // misspelt, not missing: say so once
		}
	}
	return true
}

// findField returns the field of a key, or nil.
func findField(fields []field, key string) *field {
	for i := range fields {
		if fields[i].key == key {
			return &fields[i]
		}
	}
	return nil
}

// unknownKey reports a key a mapping does not take, with the keys it does,
// and returns the key it was probably meant to be, or "".
func (c *checker) unknownKey(kv *ast.MappingValueNode, key, what string, fields []field) string {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.key
	}
	near := nearest(key, keys)
	c.addAt(nodePos(kv), "unknown key %q in %s%s (expected one of: %s)",
		key, what, didYouMean(near), strings.Join(keys, ", "))
	return near
}

// didYouMean suggests a word, or says nothing when there is none.
func didYouMean(word string) string {
	if word == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", word)
}

// list reads the list at path, handing each item to read. A single value
// where a list belongs is reported.
func (c *checker) list(path string, n ast.Node, read func(path string, n ast.Node)) {
	n = c.enter(path, n)
	if n == nil {
		return
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		c.fail(path, "%s: expected a list (each item on a line of its own starting with \"- \", or [a, b]), got %s",
			describe(path), kind(n))
		return
	}
	for i, item := range seq.Values {
		if _, null := item.(*ast.NullNode); (item == nil || null) && i < len(seq.Entries) {
			c.note(index(path, i), seq.Entries[i]) // an empty item: point at its "-"
		}
		read(index(path, i), item)
	}
}

// rawText reads the text at path as it is; an empty value reads as "".
func (c *checker) rawText(path string, n ast.Node) string {
	n = c.enter(path, n)
	switch v := n.(type) {
	case nil:
		return ""
	case *ast.StringNode:
		return v.Value
	case *ast.LiteralNode:
		if v.Value == nil {
			return ""
		}
		return v.Value.Value
	case ast.ScalarNode:
		if tk := v.GetToken(); tk != nil {
			return tk.Value // a number or a yes/no, as written
		}
		return ""
	}
	if colonSlip(n) {
		c.fail(path, "%s: %s", describe(path), yamlfile.ColonMsg)
	} else {
		c.fail(path, "%s: expected text, got %s", describe(path), kind(n))
	}
	return ""
}

// duration reads a duration such as 15m at path; an empty value reads as 0.
func (c *checker) duration(path string, n ast.Node) Duration {
	d, _ := c.readDuration(path, n)
	return d
}

// warn reads a turn's warning lead at path: a duration of at least
// MinWarn (CheckWarn). An empty value reads as 0, the run's own lead.
func (c *checker) warn(path string, n ast.Node) Duration {
	d, ok := c.readDuration(path, n)
	if !ok {
		return d
	}
	if err := CheckWarn(d.D()); err != nil {
		c.fail(path, "%s: %v", describe(path), err)
		return 0
	}
	return d
}

// readDuration reads a duration at path; ok reports that one was written
// there and read.
func (c *checker) readDuration(path string, n ast.Node) (d Duration, ok bool) {
	if v := c.enter(path, n); v != nil {
		if _, scalar := v.(ast.ScalarNode); !scalar {
			c.fail(path, "%s: expected a duration such as 15m or 90s, got %s", describe(path), kind(v))
			return 0, false
		}
	}
	s := c.text(path, n)
	if c.bad[path] || s == "" {
		return 0, false
	}
	v, err := ParseDuration(s)
	switch {
	case err != nil:
		c.fail(path, "%s: %v", describe(path), err)
		return 0, false
	case v > MaxDuration:
		c.fail(path, "%s: %s is longer than a day (expected a duration such as 15m or 90s)", describe(path), s)
		return 0, false
	}
	return Duration(v), true
}

// colonSlip reports whether n is a mapping of one key that was surely meant
// as a line of text: "Ask: how was it?" written without quotes.
func colonSlip(n ast.Node) bool {
	m, ok := n.(ast.MapNode)
	if !ok {
		return false
	}
	it := m.MapRange()
	if !it.Next() {
		return false
	}
	kv := it.KeyValue()
	if it.Next() || kv.IsFlowStyle {
		return false
	}
	key, ok := kv.Key.(*ast.StringNode)
	if !ok || key.GetToken() == nil || key.GetToken().Type != token.StringType {
		return false
	}
	v, ok := kv.Value.(ast.ScalarNode)
	if !ok || v.GetToken() == nil || v.GetToken().Position == nil {
		return false
	}
	return v.GetToken().Position.Line == key.GetToken().Position.Line
}

// keyText returns a mapping key as written.
func keyText(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	if k == nil || k.GetToken() == nil {
		return ""
	}
	return k.GetToken().Value
}

// kind names what a node holds, for messages.
func kind(n ast.Node) string {
	switch n.(type) {
	case ast.MapNode:
		return "a mapping (key: value)"
	case *ast.SequenceNode:
		return "a list"
	case ast.ScalarNode:
		return "text"
	}
	return "something else"
}

// describe names the value at path in messages: "title", or "points, item
// 3" for an item of a list.
func describe(path string) string {
	if path == "" {
		return "the script"
	}
	if strings.HasSuffix(path, "]") {
		i := strings.LastIndexByte(path, '[')
		n, _ := strconv.Atoi(path[i+1 : len(path)-1])
		return fmt.Sprintf("%s, item %d", describe(path[:i]), n+1)
	}
	return path[strings.LastIndexByte(path, '.')+1:]
}

// nearest returns the one of words that key is most likely a misspelling
// of, or "" when none is close.
func nearest(key string, words []string) string { return problem.Suggest(key, words) }
