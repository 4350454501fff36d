package script

import (
	"bytes"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/textsafe"
)

// Load reads and checks a script. The file name is used only in messages.
// A script that fails to check is refused with every problem found, as a
// Problems error whose lines read "FILE:LINE:COL: message".
func Load(file string, data []byte) (*Script, error) { return loadNamed(file, data, "") }

// loadNamed is Load for a script whose name must be name, the name it is
// run by; "" allows any.
func loadNamed(file string, data []byte, name string) (*Script, error) {
	c := newChecker(file)
	s := c.load(data)
	if s != nil && name != "" && s.Name != name && validName(s.Name) {
		c.add("name", "name: %q is not the name of the file (expected name: %s, the name it is run by)", s.Name, name)
	}
	if len(c.probs) > 0 {
		sortProblems(c.probs)
		return nil, c.probs
	}
	return s, nil
}

// load reads the script in data, adding to the checker's problems.
func (c *checker) load(data []byte) *Script {
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte order mark
	if !c.isText(data) {
		return nil
	}
	if pos, r, bad := rawControl(data); bad {
		c.addAt(pos, "%s here (expected a script of printable text: a control character could change the terminal it is shown on)", textsafe.Describe(r))
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		c.addAt(nil, "the file is empty (expected a script: name:, title:, length: and steps:)")
		return nil
	}
	f, err := c.parse(data)
	if err != nil {
		c.syntaxError(data, err)
		return nil
	}
	if f == nil {
		return nil
	}
	body := c.body(f)
	if body == nil {
		return nil
	}
	s := c.readScript(body)
	if s != nil {
		c.validate(s)
	}
	return s
}

// body returns the one document's content; a file of comments only, or of
// more than one document, is reported.
func (c *checker) body(f *ast.File) ast.Node {
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			if _, comment := d.Body.(*ast.CommentGroupNode); !comment {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		c.addAt(nil, "the file holds no script, only comments (expected name:, title:, length: and steps:)")
		return nil
	}
	if len(docs) > 1 {
		p := nodePos(docs[1].Body)
		if docs[1].Start != nil {
			p = docs[1].Start.Position
		}
		c.addAt(p, "a second YAML document starts here (expected one script per file: remove this '---' line or what follows it)")
	}
	return docs[0].Body
}

// isText reports whether data is UTF-8 text without NUL bytes, and
// otherwise reports where the first byte that is not text is.
func (c *checker) isText(data []byte) bool {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			c.addAt(&token.Position{Line: line, Column: col},
				"this is not a text file: byte 0x%02X is not UTF-8 (expected a YAML script saved as UTF-8 text)", data[i])
			return false
		case r == 0:
			c.addAt(&token.Position{Line: line, Column: col},
				"this is not a text file: it holds a NUL byte (expected a YAML script saved as UTF-8 text)")
			return false
		case r == '\n':
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return true
}
