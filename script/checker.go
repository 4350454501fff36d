package script

import (
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// checker reads one script file and collects every problem in it. It
// notes where each part of the script starts, by path ("steps[2].turn.warn"
// for the warning of the third step's turn; "" for the whole script), so
// that checks made after reading can point at the part they are about.
type checker struct {
	file  string
	pos   map[string]token.Position
	bad   map[string]bool // paths whose value could not be read
	badIn map[string]bool // those paths and every path holding one of them
	probs Problems

	stepAt     map[string]int  // the index of the first step with each id
	knownCards map[string]bool // the ids of the script's own and the built-in cards
	kind       Kind            // the script's kind, once read
}

// newChecker returns a checker for the named file.
func newChecker(file string) *checker {
	return &checker{file: file, pos: map[string]token.Position{}, bad: map[string]bool{}, badIn: map[string]bool{}}
}

// addAt records a problem at a position; a missing position means the
// start of the file.
func (c *checker) addAt(p *token.Position, format string, args ...any) {
	line, col := 1, 1
	if p != nil && p.Line > 0 {
		line, col = p.Line, max(p.Column, 1)
	}
	c.probs = append(c.probs, Problem{File: c.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// add records a problem with the value at path, or, when the file does not
// have that value, with the nearest part of the script that holds it.
func (c *checker) add(path, format string, args ...any) {
	p := c.at(path)
	c.addAt(&p, format, args...)
}

// at returns where the value at path starts, or where the nearest part
// holding it starts.
func (c *checker) at(path string) token.Position {
	for {
		if p, ok := c.pos[path]; ok {
			return p
		}
		if path == "" {
			return token.Position{Line: 1, Column: 1}
		}
		path = parent(path)
	}
}

// line returns the line on which the value at path starts.
func (c *checker) line(path string) int { return c.at(path).Line }

// fail records a problem with the value at path and marks it as unread, so
// that later checks do not report again what follows from it.
func (c *checker) fail(path, format string, args ...any) {
	c.markBad(path)
	c.add(path, format, args...)
}

// markBad notes that the value at path could not be read.
func (c *checker) markBad(path string) {
	c.bad[path] = true
	for p := path; ; p = parent(p) {
		c.badIn[p] = true
		if p == "" {
			return
		}
	}
}

// badUnder reports whether the value at path, or any value inside it,
// could not be read.
func (c *checker) badUnder(path string) bool { return c.badIn[path] }

// parent returns the path of the part that holds the value at path.
func parent(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

// child returns the path of a key inside the mapping at path.
func child(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// index returns the path of the i-th item (from 0) of the list at path.
func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

// enter looks through anchors and tags to the value a node holds, notes
// where it starts, and returns it; nil stands for an empty value. An alias
// is reported and read as empty: a script writes each value out.
func (c *checker) enter(path string, n ast.Node) ast.Node {
	for n != nil {
		switch v := n.(type) {
		case *ast.AnchorNode:
			c.note(path, v)
			n = v.Value
		case *ast.TagNode:
			c.note(path, v)
			n = v.Value
		case *ast.AliasNode:
			c.note(path, v)
			c.fail(path, "%s: aliases (*name) are not read in a script (expected the value written out in full)", describe(path))
			return nil
		case *ast.NullNode:
			c.note(path, v)
			return nil
		default:
			c.note(path, v)
			return n
		}
	}
	return nil
}

// note records where a node starts, unless an outer node (an anchor or a
// tag) already has.
func (c *checker) note(path string, n ast.Node) {
	if _, ok := c.pos[path]; ok {
		return
	}
	if p := nodePos(n); p != nil {
		c.pos[path] = *p
	}
}

// nodePos returns where a node starts in the file: a block mapping at its
// first key, anything else at its first token.
func nodePos(n ast.Node) *token.Position {
	if m, ok := n.(*ast.MappingNode); ok && !m.IsFlowStyle && len(m.Values) > 0 {
		n = m.Values[0]
	}
	if kv, ok := n.(*ast.MappingValueNode); ok && kv.Key != nil {
		n = kv.Key
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position
	}
	return nil
}
