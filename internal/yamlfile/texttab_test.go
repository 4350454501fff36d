package yamlfile

import (
	"fmt"
	"testing"
)

// The lexer drops a tab inside text written without quotes ("Step<tab>A"
// reads "StepA"), and a tab deep in a block would be named where the block
// starts, so Prepare refuses both at the tab itself, wherever the text is:
// a value, a key, a list item, text in brackets, the second line of text
// that runs on, a block.
func TestPrepareRefusesATabInsideTextWithoutQuotes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"title: Step\tA\n", "1:12"},
		{"a:\n  - hello\tthere\n", "2:10"},
		{"k\tey: v\n", "1:2"},
		{"a: [x, y\tz]\n", "1:9"},
		{"a: é\tq # c\n", "1:5"},
		{"a: one\n  two\tthree\n", "2:6"},
		{"a: x y\t\t z\r\n", "1:7"},
		{"a\tb: a\tb\n", "1:2"},
		{"a: |\n  one\n\n  two\tthree\n", "4:6"},
		{"a: |+ # c\n  x\n  \ty\n", "3:3"},
		{"- >-\n    p\n    q\tr\n", "3:6"},
		{"a:\n  b: |\n    é\té\n", "3:6"},
	}
	for _, c := range cases {
		_, _, f := Prepare([]byte(c.in), lim)
		want := c.want + ": " + TabInTextMsg
		if f == nil || fmt.Sprintf("%d:%d: %s", f.Line, f.Col, f.Msg) != want {
			t.Errorf("Prepare(%q) = %+v, want %q", c.in, f, want)
		}
	}
}

// A tab before or after text on its line separates, as spaces do, and one
// in quotes is kept for the readers, who name it on its line.
func TestPrepareLeavesSeparatingAndQuotedTabs(t *testing.T) {
	for _, in := range []string{
		"a:\tb\n", "a: b\t\n", "a: b\t# c\n", "a: \"x\ty\"\n", "a: 'x\ty'\n",
		"a: one\n  \ttwo\n", "a: [x,\ty]\n", "# a\tb\na: 1\n",
	} {
		if _, _, f := Prepare([]byte(in), lim); f != nil {
			t.Errorf("Prepare(%q) = %+v, want no fault", in, f)
		}
	}
}
