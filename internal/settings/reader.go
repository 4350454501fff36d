package settings

import (
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"partnercoach/internal/yamlfile"
)

// reader walks the YAML of a settings file and collects every problem in
// it, so that the coach can fix them all at once.
type reader struct {
	file     string
	data     []byte
	problems Problems
	// scripts are the scripts the file's script may name; nil leaves the
	// name unchecked.
	scripts *scriptNames
}

// scriptNames are the names of the scripts the coach can run, as
// script.Names lists them.
type scriptNames struct{ builtin, own []string }

// value is one setting's value in the file, with the key it was given
// under, such as "fees.first", and the node a problem with it points at:
// the value, or the key when the value is empty.
type value struct {
	key  string
	node ast.Node
	at   ast.Node
	// null says that the value is a null written out.
	null bool
}

// fail records a problem at a node.
func (r *reader) fail(n ast.Node, msg string) {
	r.problems = append(r.problems, problemAt(r.file, n, msg))
}

// expected records that a value is not what its setting takes.
func (r *reader) expected(v value, what string) {
	r.fail(v.at, fmt.Sprintf("%s: expected %s, got %s", v.key, what, v.got()))
}

// valueOf is the value of a key in a mapping, named by its path. A
// problem with it points at the value, or at the key when the value is
// left empty ("warn:"); a null written out ("warn: null", "warn: ~") is
// pointed at, and named.
func (r *reader) valueOf(path string, kv *ast.MappingValueNode) value {
	v := value{key: path, node: kv.Value, at: kv.Value}
	n := unwrap(kv.Value)
	switch {
	case n == nil:
		v.at = kv.Key
	case n.Type() == ast.NullType:
		v.null = r.written(n)
		if !v.null {
			v.at = kv.Key
		}
	}
	return v
}

// written reports whether a node's text is in the file at its place: the
// parser gives an empty value a token "null" of its own, which is not.
func (r *reader) written(n ast.Node) bool {
	tk := n.GetToken()
	if tk == nil || tk.Position == nil || tk.Value == "" {
		return false
	}
	line := []rune(yamlfile.Line(r.data, tk.Position.Line))
	col := tk.Position.Column - 1
	return col >= 0 && col < len(line) && strings.HasPrefix(string(line[col:]), tk.Value)
}

// got says what a value is, for a message: "null" for a null written
// out, else as describe says.
func (v value) got() string {
	if v.null {
		return "null"
	}
	return describe(v.node)
}

// mapping reads the keys of a mapping into s, each by its field. The
// value's key names the mapping in messages ("" for the file's top level).
func (r *reader) mapping(s *Settings, m value, fs []field) {
	path := m.key
	n, ok := unwrap(m.node).(*ast.MappingNode)
	if !ok {
		r.notMapping(m, fs)
		return
	}
	for _, kv := range n.Values {
		name := keyName(kv.Key)
		f, ok := lookup(fs, name)
		if !ok {
			r.fail(kv.Key, unknownKey(path, name, fs))
			continue
		}
		v := r.valueOf(join(path, f.name), kv)
		if f.sub != nil {
			r.mapping(s, v, f.sub)
			continue
		}
		f.read(r, v, s)
	}
}

// notMapping records that settings were expected where a value is.
func (r *reader) notMapping(v value, fs []field) {
	if s, ok := unwrap(v.node).(*ast.StringNode); ok {
		if msg := yamlfile.MissingSpace(s.Value); msg != "" {
			r.fail(v.at, msg)
			return
		}
	}
	if v.key == "" {
		r.fail(v.at, fmt.Sprintf("expected settings as \"key: value\" lines, such as \"warn: 2m\", got %s",
			v.got()))
		return
	}
	r.expected(v, fmt.Sprintf("the keys %s on indented lines below it", names(fs, " and ")))
}

// keyName is the text of a mapping's key.
func keyName(k ast.MapKeyNode) string {
	if k == nil {
		return ""
	}
	if k.IsMergeKey() {
		return "<<"
	}
	s, _ := scalarText(k)
	return s
}

// lookup finds the field of a key.
func lookup(fs []field, name string) (field, bool) {
	for _, f := range fs {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// join names a key inside a mapping, such as "fees.first".
func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// names lists the fields' names, the last two joined by last.
func names(fs []field, last string) string {
	all := make([]string, len(fs))
	for i, f := range fs {
		all[i] = f.name
	}
	if len(all) < 2 {
		return strings.Join(all, "")
	}
	return strings.Join(all[:len(all)-1], ", ") + last + all[len(all)-1]
}
