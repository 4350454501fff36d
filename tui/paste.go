package tui

// This file is how text reaches a field of one line: a key typed, or a
// bracketed paste (tea.PasteMsg), which the terminal sends when the coach
// pastes, such as a newcomer's name copied from an email. A paste is data
// from elsewhere, so it is cleaned before the field takes it; the field
// then applies its limit as it does to typing, and the screen says when a
// field is full, so that nothing is cut unseen.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// pastedLine returns the text of a paste as a field of one line takes it.
// Escape sequences (CSI, OSC, DCS and the others, in their 7-bit and
// 8-bit forms) are taken out whole, so that none of their bytes is left
// as text; a line break (CR, LF or CRLF) and a tab become one space; every
// other control character and every byte that is not UTF-8 is taken out.
//
// A line break becomes a space rather than ending the paste: what was
// copied stays whole on screen, where the coach sees it and can mend it
// (a name and an address pasted together read "Ann Lee ann@example.com"),
// whereas ending the paste would drop its other lines without a word.
func pastedLine(s string) string {
	s = ansi.Strip(sevenBit(s))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case r == utf8.RuneError || unicode.IsControl(r):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
}

// sevenBit writes each C1 control character encoded as UTF-8 (U+0080 to
// U+009F, such as U+009B, the 8-bit CSI) as its 7-bit form, ESC and a
// letter, so that ansi.Strip takes out the whole sequence it starts.
func sevenBit(s string) string {
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isC1(r) {
			b.WriteByte(0x1b)
			r -= 0x40
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isC1 reports whether r is a C1 control character.
func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

// typeInto passes a key or a paste to a field of one line, the paste
// cleaned by pastedLine. The field inserts the text at its cursor and
// keeps to its character limit, as it does for keys.
func typeInto(in *textinput.Model, msg tea.Msg) tea.Cmd {
	if p, ok := msg.(tea.PasteMsg); ok {
		msg = tea.PasteMsg{Content: pastedLine(p.Content)}
	}
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	return cmd
}

// full reports whether a field holds as many characters as it takes:
// typing or pasting more is cut.
func full(in textinput.Model) bool {
	return in.CharLimit > 0 && utf8.RuneCountInString(in.Value()) >= in.CharLimit
}

// fullLine says, beside a field that is full, that it takes no more, in
// the words of app.NoteFull ("the name is full: 200 characters is the
// most it holds"), in a shorter form where that is wider than width. It
// is "" while the field has room.
func fullLine(in textinput.Model, what string, width int) string {
	if !full(in) {
		return ""
	}
	n := in.CharLimit
	return fitFirst(width, fmt.Sprintf("the %s is full: %d characters is the most it holds", what, n),
		fmt.Sprintf("the %s is full: %d characters at most", what, n), fmt.Sprintf("full: %d characters at most", n))
}
