package tui

// This file fits text to the screen: it cuts lines to a width and wraps
// words, and makes text from files and names safe to draw.

import (
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/internal/textsafe"
)

// fit cuts every line of s to width cells and keeps at most height lines.
func fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = fitLine(l, width)
	}
	return strings.Join(lines, "\n")
}

// fitLine cuts one line to width cells.
func fitLine(l string, width int) string {
	if len(l) <= width || cellWidth(l) <= width { // a line is never wider in cells than in bytes
		return l
	}
	return ansi.Truncate(l, width, "…")
}

// widthsKept bounds the lines whose widths are kept.
const widthsKept = 256

// widths keeps the widths of the lines measured lately: a frame measures
// its lines several times (fitting, padding, setting columns side by
// side), and most of them were on the frame before. Measuring a line
// segments it into graphemes, which took half of a frame's time; looking
// it up costs a hash of its bytes. The screens of tests running side by
// side share it, hence the lock.
var widths struct {
	sync.Mutex
	of map[string]int
}

// cellWidth is how many cells a line takes on screen, its styling aside:
// ansi.StringWidth, kept for the lines measured lately.
func cellWidth(s string) int {
	if plainASCII(s) {
		return len(s)
	}
	widths.Lock()
	w, ok := widths.of[s]
	widths.Unlock()
	if ok {
		return w
	}
	w = ansi.StringWidth(s)
	widths.Lock()
	if len(widths.of) >= widthsKept || widths.of == nil {
		widths.of = make(map[string]int, widthsKept)
	}
	widths.of[strings.Clone(s)] = w // a line is cut from its screen: keep its bytes alone, not the screen's
	widths.Unlock()
	return w
}

// plainASCII reports whether s is printable ASCII alone, one cell a byte.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// wrap breaks plain text into lines of at most width cells, indenting
// continuation lines by indent spaces. The text is data (a title, a point,
// a note, a message quoting a file): it passes through textsafe.Text, so
// that no control character in it reaches the terminal; styled text is
// wrapped by wordwrap instead.
func wrap(s string, width, indent int) string {
	s = safeText(s)
	if width <= indent+1 {
		return s
	}
	out := wordwrap(s, width)
	if indent == 0 {
		return out
	}
	lines := strings.Split(out, "\n")
	if len(lines) == 1 {
		return out
	}
	rest := wordwrap(strings.Join(lines[1:], " "), width-indent)
	pad := strings.Repeat(" ", indent)
	return lines[0] + "\n" + pad + strings.ReplaceAll(rest, "\n", "\n"+pad)
}

// wordwrap wraps s at its spaces to width cells. Unlike ansi.Wordwrap it
// never breaks a word at a hyphen, so that a record's id or a date stays
// on one line; only a word wider than the whole width is cut.
func wordwrap(s string, width int) string {
	paras := strings.Split(s, "\n")
	for i, p := range paras {
		paras[i] = wrapLine(p, width)
	}
	return strings.Join(paras, "\n")
}

// wrapLine wraps one line of text, which may hold styling, at its spaces.
func wrapLine(s string, width int) string {
	var lines []string
	cur, curW := "", 0
	for i, w := range strings.Split(s, " ") {
		ww := ansi.StringWidth(w)
		switch {
		case i == 0:
			cur, curW = w, ww
		case curW+1+ww <= width:
			cur, curW = cur+" "+w, curW+1+ww
		case ww == 0:
			continue // a space where the line breaks
		default:
			lines = append(lines, cur)
			cur, curW = w, ww
		}
		if curW > width { // one word wider than the line: cut it
			cut := strings.Split(ansi.Hardwrap(cur, width, true), "\n")
			lines = append(lines, cut[:len(cut)-1]...)
			cur = cut[len(cut)-1]
			curW = ansi.StringWidth(cur)
		}
	}
	return strings.Join(append(lines, cur), "\n")
}

// dropHidden leaves out of a drawn screen every hidden character
// (textsafe.Hidden: the right-to-left override and its kin, the
// zero-width space), so that none can reorder or hide what the coach
// reads. Data is shown through safeLine and safeText, which escape them;
// this catches what a field being edited holds, which bubbles' text field
// draws as it is, where an escape would put the cursor out of step.
func dropHidden(screen string) string {
	if _, _, ok := textsafe.FirstHidden(screen); !ok {
		return screen
	}
	return strings.Map(func(r rune) rune {
		if textsafe.Hidden(r) {
			return -1
		}
		return r
	}, screen)
}

// fitFirst returns the first of forms, longest first, that fits in width
// cells, or the last cut to the width.
func fitFirst(width int, forms ...string) string {
	for _, f := range forms {
		if ansi.StringWidth(f) <= width {
			return f
		}
	}
	return fit(forms[len(forms)-1], width, 1)
}
