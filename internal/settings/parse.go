package settings

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/problem"
	"partnercoach/internal/textsafe"
	"partnercoach/internal/yamlfile"
)

// maxSize is far beyond any real settings file, which is a dozen lines.
const maxSize = 64 << 10

// Parse reads settings from the YAML in data, over the defaults. The file
// name is used in the problems reported. Empty data, or data with nothing
// but comments, gives the defaults.
//
// A file that cannot be used gives an error of type Problems that lists
// every problem found, each as "FILE:LINE:COL: message" saying what was
// expected. The settings returned with it hold every good value read.
func Parse(file string, data []byte) (Settings, error) {
	return parseWith(file, data, nil)
}

// parseWith is Parse, the script setting checked against scripts when it
// is not nil.
func parseWith(file string, data []byte, scripts *scriptNames) (Settings, error) {
	s := Default()
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte order mark
	if p, ok := checkText(file, data); !ok {
		return s, Problems{p}
	}
	body, p, ok := document(file, data)
	if !ok {
		return s, Problems{p}
	}
	if body == nil {
		return s, nil
	}
	r := reader{file: file, data: data, scripts: scripts}
	r.mapping(&s, value{node: body, at: body}, fields)
	if len(r.problems) > 0 {
		return s, r.problems
	}
	return s, nil
}

// checkText reports data that is not a settings file's text: too big, not
// UTF-8 text, or holding a control character other than a tab or a line
// break, at the first byte that is not text.
func checkText(file string, data []byte) (Problem, bool) {
	if len(data) > maxSize {
		return tooBig(file), false
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == 0 || (r == utf8.RuneError && n == 1) {
			line, col := problem.Position(data, i)
			return Problem{File: file, Line: line, Col: col,
				Msg: "not a text file (expected UTF-8 YAML settings, such as \"warn: 2m\")"}, false
		}
		if unicode.IsControl(r) && r != '\t' && r != '\n' && !(r == '\r' && bytes.HasPrefix(data[i+1:], []byte("\n"))) {
			line, col := problem.Position(data, i)
			return Problem{File: file, Line: line, Col: col, Msg: textsafe.Describe(r) +
				" here (expected settings of printable text: a control character could change the terminal they are shown on)"}, false
		}
		i += n
	}
	return Problem{}, true
}

// tooBig is the problem of a file longer than maxSize, at its start.
func tooBig(file string) Problem {
	return Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf("too big for a settings file: longer than %d bytes "+
		"(expected a few lines of YAML, such as \"warn: 2m\")", maxSize)}
}

// limits bound the shape of a settings file, which nests two levels.
var limits = yamlfile.Limits{Depth: 50, Keys: 100, What: "a settings file", One: "one set of settings"}

// document parses the YAML and returns the body of its one document, or
// nil when there is nothing in it but comments or a null. Documents that
// hold nothing are passed over, whether they come before the settings or
// after.
func document(file string, data []byte) (ast.Node, Problem, bool) {
	_, tokens, fault := yamlfile.Prepare(data, limits)
	if fault != nil {
		return nil, Problem{File: file, Line: fault.Line, Col: fault.Col, Msg: fault.Msg}, false
	}
	f, err := parse(tokens)
	if err != nil {
		return nil, syntaxProblem(file, data, err), false
	}
	var body ast.Node
	for _, doc := range f.Docs {
		n := unwrap(doc.Body)
		if n == nil || n.Type() == ast.NullType || n.Type() == ast.CommentType {
			continue
		}
		if body != nil {
			const msg = "a second YAML document starts here (expected one set of settings: remove this '---' line or what follows it)"
			if doc.Start != nil {
				return nil, problemAtToken(file, doc.Start, msg), false
			}
			return nil, problemAt(file, n, msg), false
		}
		body = n
	}
	return body, Problem{}, true
}

// parse runs the YAML parser, turning a fault in it into an error rather
// than a crash.
func parse(tokens token.Tokens) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the YAML parser failed on this file (%v)", r)
		}
	}()
	return parser.Parse(tokens, 0)
}

// syntaxProblem turns an error of the YAML parser into a problem at the
// place it names, in the words scripts get too (yamlfile.Explain). A line
// there whose key lacks the space after its colon is named as such.
func syntaxProblem(file string, data []byte, err error) Problem {
	var ye yaml.Error
	if errors.As(err, &ye) {
		tk := ye.GetToken()
		if tk != nil && tk.Position != nil && yamlfile.IsTabError(ye.GetMessage()) {
			if line, col, ok := yamlfile.TabPlace(data, tk.Position.Line); ok {
				return Problem{File: file, Line: line, Col: col, Msg: yamlfile.TabMsg}
			}
		}
		if tk == nil || tk.Position == nil {
			return Problem{File: file, Msg: yamlfile.Explain(ye.GetMessage(), data, 0, 1)}
		}
		line := yamlfile.Line(data, tk.Position.Line)
		if msg := yamlfile.MissingSpace(line); msg != "" {
			indent := len(line) - len(strings.TrimLeft(line, " "))
			return Problem{File: file, Line: tk.Position.Line, Col: indent + 1, Msg: msg}
		}
		return problemAtToken(file, tk, yamlfile.Explain(ye.GetMessage(), data, tk.Position.Line, tk.Position.Column))
	}
	return Problem{File: file, Msg: "cannot read the YAML: " + err.Error()}
}
