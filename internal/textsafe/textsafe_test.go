package textsafe

import (
	"strings"
	"testing"
	"unicode"
)

func TestLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Alice Example", "Alice Example"},
		{"a\tb\nc\rd", "a b c d"},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"\x1b]8;;https://example.invalid\x07link\x1b]8;;\x07", `\x1b]8;;https://example.invalid\x07link\x1b]8;;\x07`},
		{"8-bit \u009b2J csi", `8-bit \x9b2J csi`},
		{"raw \x9b byte", "raw \uFFFD byte"},
		{"nul\x00del\x7f", `nul\x00del\x7f`},
		{"Zoë 日本", "Zoë 日本"},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextKeepsLineBreaks(t *testing.T) {
	got := Text("one\r\ntwo\n\x1bc")
	if want := "one\ntwo\n\\x1bc"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestOutputHasNoControlCharacters(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x100; r++ {
		all.WriteRune(r)
	}
	all.WriteString("\x9b\xff\xfe")
	for _, out := range []string{Line(all.String()), Text(all.String())} {
		for _, r := range out {
			if unicode.IsControl(r) && r != '\n' {
				t.Fatalf("control character %U left in %q", r, out)
			}
		}
	}
}

func TestFirstControl(t *testing.T) {
	cases := []struct {
		in     string
		offset int
		r      rune
		ok     bool
	}{
		{"plain", 0, 0, false},
		{"ab\x1bc", 2, 0x1b, true},
		{"é\t", 2, '\t', true},
		{"x\x9by", 1, 0x9b, true},
	}
	for _, c := range cases {
		off, r, ok := FirstControl(c.in)
		if off != c.offset || r != c.r || ok != c.ok {
			t.Errorf("FirstControl(%q) = %d, %U, %v; want %d, %U, %v", c.in, off, r, ok, c.offset, c.r, c.ok)
		}
	}
}

func TestDescribe(t *testing.T) {
	if got := Describe(0x9b); got != `the control character \x9b` {
		t.Errorf("Describe(0x9b) = %q", got)
	}
	if got := Describe('\t'); got != "a tab" {
		t.Errorf("Describe(tab) = %q", got)
	}
}
