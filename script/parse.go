package script

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/yamlfile"
)

// The YAML parser takes time that grows with the square of how deeply a
// file nests, and of how many keys one mapping holds; a script nests a few
// levels at most, with a few keys at each. These limits keep a stray or
// hostile file from keeping partnercoach busy for minutes.
const (
	maxSize  = 1 << 20 // bytes
	maxDepth = 50      // lists and mappings, one inside the other
	maxKeys  = 100     // keys of one mapping
)

// limits bound the shape of a script for yamlfile.
var limits = yamlfile.Limits{Depth: maxDepth, Keys: maxKeys, What: "a script", One: "one script per file"}

// parse turns the file into YAML's syntax tree. A file too large or of the
// wrong shape is reported and gives no tree and no error; a fault in the
// YAML parser itself is turned into an error rather than a crash.
func (c *checker) parse(data []byte) (f *ast.File, err error) {
	if len(data) > maxSize {
		c.probs = append(c.probs, tooBig(c.file))
		return nil, nil
	}
	_, tokens, fault := yamlfile.Prepare(data, limits)
	if fault != nil {
		c.addAt(&token.Position{Line: fault.Line, Column: fault.Col}, "%s", fault.Msg)
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the YAML parser failed on this file (%v)", r)
		}
	}()
	return parser.Parse(tokens, 0)
}
