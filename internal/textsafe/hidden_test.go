package textsafe

import (
	"strings"
	"testing"
)

// hiddenRunes are characters that show nothing yet hide or reorder the
// text around them, listed by hand from the Unicode charts rather than
// derived from Hidden: the bidirectional controls, the zero-width and
// invisible format characters, the tags, the interlinear annotation
// marks, the line and paragraph separators and the Hangul fillers.
var hiddenRunes = []rune{
	0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
	0x00ad, 0x180e, 0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206f, 0xfeff,
	0xfff9, 0xfffa, 0xfffb, 0xe0001, 0xe0020, 0xe0041, 0xe007f, 0x2028, 0x2029,
	0x115f, 0x1160, 0x3164, 0xffa0,
}

func TestHiddenCharactersAreShownEscaped(t *testing.T) {
	cases := []struct{ in, want string }{
		{"invoice\u202etxt.exe", `invoice\u202etxt.exe`},
		{"\u2066AB\u2069 \u200fx\u200e \u061c", `\u2066AB\u2069 \u200fx\u200e \u061c`},
		{"A\u200bB\ufeff", `A\u200bB\ufeff`},
		{"flag\U000E0041\U000E007F", `flag\U000e0041\U000e007f`},
		{"soft\u00adhyphen", `soft\u00adhyphen`},
		{"line\u2028para\u2029", `line\u2028para\u2029`},
		{"\u3164", `\u3164`},
		// What a name or a script needs stays as it is: the joiners of
		// Persian and of emoji, the emoji's variation selector, Hebrew
		// and Arabic letters, an Arabic number sign.
		{"می\u200cخواهم", "می\u200cخواهم"},
		{"👩\u200d👩\u200d👧 ❤\ufe0f", "👩\u200d👩\u200d👧 ❤\ufe0f"},
		{"שלום مرحبا \u0600١٢", "שלום مرحبا \u0600١٢"},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Text(c.in + "\n" + c.in); got != c.want+"\n"+c.want {
			t.Errorf("Text(%q) = %q, want it on two lines", c.in, got)
		}
	}
}

func TestOutputHasNoHiddenCharacters(t *testing.T) {
	var all strings.Builder
	for _, r := range hiddenRunes {
		all.WriteString("x" + string(r))
	}
	in := all.String()
	if Safe(in) {
		t.Errorf("Safe(%q) = true", in)
	}
	for _, out := range []string{Line(in), Text(in)} {
		for _, r := range hiddenRunes {
			if strings.ContainsRune(out, r) {
				t.Errorf("%U is left raw in %q", r, out)
			}
		}
		if !Safe(out) {
			t.Errorf("the output %q is not safe itself", out)
		}
	}
}

func TestFirstHidden(t *testing.T) {
	if off, r, ok := FirstHidden("Zoë\u202eB"); !ok || off != 4 || r != 0x202e {
		t.Errorf("FirstHidden = %d, %U, %v; want 4, U+202E, true", off, r, ok)
	}
	if _, _, ok := FirstHidden("Zoë 👩\u200d👩"); ok {
		t.Error("a joiner is taken for a hidden character")
	}
}

func TestVisible(t *testing.T) {
	for _, s := range []string{"A", "日本", "7", "?", "😀", "\u200bA", "\u0600", "\uFFFD"} {
		if !Visible(s) {
			t.Errorf("Visible(%q) = false", s)
		}
	}
	nothing := []string{"", " \u3000\u00a0", "\u200b", "\u200c\u200d", "\ufe0f\U000E0100", "\u0301",
		"\u2800", "\xff", "\u0378", "\ue000"}
	for _, r := range hiddenRunes {
		nothing = append(nothing, string(r))
	}
	for _, s := range nothing {
		if Visible(s) {
			t.Errorf("Visible(%q) = true", s)
		}
	}
}

func TestDescribeNamesHiddenCharacters(t *testing.T) {
	cases := map[rune]string{
		0x202e:  `the right-to-left override (\u202e)`,
		0x200b:  `a zero-width space (\u200b)`,
		0xe0041: `the invisible character \U000e0041`,
	}
	for r, want := range cases {
		if got := Describe(r); got != want {
			t.Errorf("Describe(%U) = %q, want %q", r, got, want)
		}
	}
}

func TestHiddenLooksUpWhatTheRuleSays(t *testing.T) {
	for r := rune(0); r < 1<<16; r++ {
		if Hidden(r) != hidden(r) {
			t.Fatalf("Hidden(%U) = %v, the rule says %v", r, Hidden(r), hidden(r))
		}
	}
	if Hidden(-1) || !Hidden(0xe0041) || Hidden(0x1f600) {
		t.Error("Hidden is wrong outside the table")
	}
}
