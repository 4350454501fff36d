package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/script"
)

func TestMarkdownPlain(t *testing.T) {
	src := "# Title\n\nSome *soft* and **bold** text with `code` and a [link](http://x.example).\n\n" +
		"- one\n- two\n  - nested item\n\n3. three\n4. four\n\n> a quote\n\n```\ncode line\n```\n\n---\n"
	want := strings.Join([]string{
		"Title",
		"",
		"Some soft and bold text with code and a link.",
		"",
		"• one",
		"• two",
		"  • nested item",
		"",
		"3. three",
		"4. four",
		"",
		"│ a quote",
		"",
		"  code line",
		"",
		"──────────────────────────────────────────────────",
	}, "\n")
	if got := renderMarkdown(src, 50, "notty"); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestMarkdownWrapsUnderItsMarker(t *testing.T) {
	got := renderMarkdown("1. Then give them the exact words and ask them to say those back.", 30, "notty")
	want := "1. Then give them the exact\n   words and ask them to say\n   those back."
	if got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestMarkdownStyled(t *testing.T) {
	got := renderMarkdown("**bold** text", 40, "dark")
	if ansi.Strip(got) != "bold text" || got == "bold text" {
		t.Fatalf("styled rendering %q", got)
	}
}

func TestCardsFitEveryWidth(t *testing.T) {
	for _, c := range script.BuiltinCards() {
		for width := 20; width <= 120; width += 7 {
			for i, line := range strings.Split(renderMarkdown(c.Text, width, "dark"), "\n") {
				if w := ansi.StringWidth(line); w > width {
					t.Fatalf("card %s at width %d: line %d is %d wide: %q", c.ID, width, i+1, w, ansi.Strip(line))
				}
			}
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, c := range script.BuiltinCards() {
		f.Add(c.Text, 40)
	}
	f.Add("> - [x](y)\n>\n> ```\n> **a\n", 3)
	f.Fuzz(func(t *testing.T, src string, width int) {
		_ = renderMarkdown(src, width%300, "light")
		plain := renderMarkdown(src, width%300, "notty")
		if i := strings.IndexFunc(plain, func(r rune) bool { return r != '\n' && (r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0) }); i >= 0 {
			t.Fatalf("a control character in the plain rendering at %d: %q", i, plain)
		}
	})
}
