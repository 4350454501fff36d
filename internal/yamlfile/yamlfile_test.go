package yamlfile

import (
	"fmt"
	"strings"
	"testing"
)

var lim = Limits{Depth: 3, Keys: 4, What: "a test file", One: "one test per file"}

func TestPrepare(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a: 1\n", "a: 1\n"},
		{"\uFEFFa: 1\n", "a: 1\n"},
		{"%YAML 1.2\n---\na: 1\n", "         \n---\na: 1\n"},
		{"---\n---\na: 1\n", "   \n---\na: 1\n"},
		{"---\n...\n---\na: 1\n", "   \n   \n---\na: 1\n"},
		{"a: 1\n---\n# c\n...\n", "a: 1\n   \n# c\n   \n"},
		{"--- |\n  text\n", "--- |\n  text\n"},
		{"a: !!str 007\n", "a: !!str 007\n"},
		{"a: ! text\n", "a: ! text\n"},
		{"a: !!str\n  text\n", "a: !!str\n  text\n"},
		{"a:\n  - !!str\n    text\n", "a:\n  - !!str\n    text\n"},
		{"a: !!str # c\n  text\n", "a: !!str # c\n  text\n"},
		{"a: !!str\n", "a: !!str\n"},
		{"a: \"!!binary x\"\n", "a: \"!!binary x\"\n"},
		{"a: [!!str x, ! y]\n", "a: [!!str x, ! y]\n"},
		{"a: {b: !!str x}\n", "a: {b: !!str x}\n"},
	}
	for _, c := range cases {
		got, _, f := Prepare([]byte(c.in), lim)
		if f != nil || string(got) != c.want {
			t.Errorf("Prepare(%q) = %q, %v; want %q", c.in, got, f, c.want)
		}
	}
}

func TestPrepareFaults(t *testing.T) {
	cases := []struct{ in, want string }{
		{"%TAG ! tag:x,2026:\n---\na: 1\n", "1:1: the directive %TAG ! tag:x,2026: is not read"},
		{"%YAML 2.0\n---\na: 1\n", "1:1: the directive %YAML 2.0 is not read"},
		{"a: [[[[1]]]]\n", "1:6: lists and mappings nest here more than 3 deep (expected a test file"},
		{"a:\n  b:\n    c:\n      d: 1\n", "4:8: lists and mappings nest here more than 3 deep"},
		{"a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n", "5:2: this mapping has more than 4 keys"},
		{"a: 1\nb: 2\nc: 3\nd: 4\n---\n", "no fault"},
		{"a: 1\n---\n---\nb: 2\n", "3:1: a second YAML document starts here (expected one test per file: remove this '---' line"},
		{"a: 1\n...\nb: 2\n", "2:1: a second YAML document starts here (expected one test per file: remove this '...' line"},
		{"---\n# c\n---\na: 1\n...\n# d\n---\n- b\n", "7:1: a second YAML document starts here"},
		{"a: !!binary MTIz\n", "1:4: the tag !!binary is not read (expected the value written plainly, with no tag)"},
		{"a:\n  - !!int \"5\"\n", "2:5: the tag !!int is not read"},
		{"a: !local x\n", "1:4: the tag !local is not read"},
		{"!!map\na: 1\n", "1:1: the tag !!map is not read"},
		{"a: !!str\nb: 1\n", "1:4: the tag !!str has nothing after it (expected text after the tag, or no tag)"},
		{"a:\n  - !!str\n  - b\n", "2:5: the tag !!str has nothing after it"},
		{"a:\n  - b: !\n    c: 1\n", "2:8: the tag ! has nothing after it"},
		{"a: !\nb: 1\n", "1:4: the tag ! has nothing after it"}, // else b is read as a key of a's value
		// In brackets, the lexer glues the closing bracket to the tag.
		{"a: [!!str]\n", "1:5: the tag !!str has nothing after it"},
		{"a: [x, !!binary]\n", "1:8: the tag !!binary is not read"},
		{"a: {b: !!str }\n", "1:8: the tag !!str has nothing after it"},
		{"a: [!!str , x]\n", "1:5: the tag !!str has nothing after it"},
		{"a: [!,x]\n", "1:5: the tag ! has nothing after it"},
	}
	for _, c := range cases {
		_, _, f := Prepare([]byte(c.in), lim)
		if f == nil && c.want == "no fault" {
			continue
		}
		if f == nil {
			t.Errorf("Prepare(%q) found nothing, want %q", c.in, c.want)
			continue
		}
		got := fmt.Sprintf("%d:%d: %s", f.Line, f.Col, f.Msg)
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("Prepare(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMissingSpace(t *testing.T) {
	cases := []struct{ line, want string }{
		{"title:Hello", `there is no space after the colon in "title:Hello", so YAML reads it as text (expected "title: Hello": a key, a colon and a space)`},
		{"  - id:hello", `there is no space after the colon in "id:hello", so YAML reads it as text (expected "id: hello": a key, a colon and a space)`},
		{"title: Hello", ""},
		{"https://example.invalid", ""},
		{"ratio 3:2", ""},
		{"a::b", ""},
		{"time:5m\x1b", `there is no space after the colon in "time:5m\\x1b", so YAML reads it as text (expected "time: 5m\\x1b": a key, a colon and a space)`},
	}
	for _, c := range cases {
		if got := MissingSpace(c.line); got != c.want {
			t.Errorf("MissingSpace(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestLine(t *testing.T) {
	data := []byte("one\r\ntwo\nthree")
	for n, want := range map[int]string{0: "", 1: "one", 2: "two", 3: "three", 4: ""} {
		if got := Line(data, n); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestPrepareLeavesAPercentInAValue(t *testing.T) {
	in := "title: %50 off\n"
	got, _, f := Prepare([]byte(in), lim)
	if f != nil || string(got) != in {
		t.Errorf("Prepare(%q) = %q, %v; want it unchanged for the parser", in, got, f)
	}
}

func TestTabPlaceNamesTheTab(t *testing.T) {
	tests := []struct {
		src       string
		at        int // the line the parser names
		line, col int
	}{
		{"a: 1\n\tb: 2\n", 2, 2, 1},
		{"steps:\n  - id: a\n  -\tid: b\n", 3, 3, 4},
		{"steps:\n  - -\tx\n", 2, 2, 6},
		{"a:\n\t- x\nb: 1\n", 3, 2, 1}, // named past the line: the nearest above
		{"a: \"x\ty\"\n", 1, 0, 0},     // a tab in a value is not indentation
	}
	for _, tc := range tests {
		line, col, ok := TabPlace([]byte(tc.src), tc.at)
		if line != tc.line || col != tc.col || ok != (tc.line > 0) {
			t.Errorf("TabPlace(%q, %d) = %d:%d %v, want %d:%d", tc.src, tc.at, line, col, ok, tc.line, tc.col)
		}
	}
}
