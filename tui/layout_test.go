package tui

import (
	"testing"

	"charm.land/lipgloss/v2"
)

// TestBesidesSetsColumnsAsLipglossDoes checks that besides sets two
// columns side by side to the byte as Lip Gloss did before it: a column
// of a width, padded, beside another aligned at the top, with styled text,
// wide characters, empty columns and columns of unequal height. The
// left column is cut to the width first, as the session screen cuts it
// (besides, unlike Lip Gloss, wraps nothing).
func TestBesidesSetsColumnsAsLipglossDoes(t *testing.T) {
	st := NewStyles(true)
	styled := st.Text.Heading.Render("Agenda") + "  " + st.Text.Muted.Render("plan")
	cases := []struct{ left, right string }{
		{"one\ntwo\nthree", "a\nbb"},
		{"one", "a\nbb\nccc\n" + styled},
		{styled + "\n日本語の行\n", "▶ step\n✓ done"},
		{"", "right only"},
		{"left only", ""},
		{"", ""},
		{"█████░░░\n", "\n\nlow"},
	}
	for _, c := range cases {
		for _, w := range []int{10, 20, 66} {
			left := fit(c.left, w-2, 10)
			want := lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(w).Render(left), c.right)
			if got := besides(left, w, c.right); got != want {
				t.Errorf("besides(%q, %d, %q) =\n%q\nwant\n%q", left, w, c.right, got, want)
			}
		}
	}
}

// TestFitPadIsFitThenPad checks fitPad against the two passes it stands
// for: fit, then padLines.
func TestFitPadIsFitThenPad(t *testing.T) {
	st := NewStyles(false)
	texts := []string{"", "one", "one\ntwo\nthree\nfour", st.Timer.Calm.Render("14 min") + "\n\n日本語の行です", "a\n", "\n\n\n\n\n\n"}
	for _, s := range texts {
		for _, w := range []int{-1, 0, 1, 3, 8, 40} {
			for _, h := range []int{-1, 0, 1, 2, 5} {
				if got, want := fitPad(s, w, h), padLines(fit(s, w, h), max(h, 0)); got != want {
					t.Errorf("fitPad(%q, %d, %d) = %q, want %q", s, w, h, got, want)
				}
			}
		}
	}
}
