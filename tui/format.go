package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
)

// clock formats a duration as m:ss (or h:mm:ss), rounded by the rule of
// every read-out (app.ShownSeconds): a part second left counts as one, so
// that 0:00 shows only at the end itself. Negative durations are shown as
// overtime with a leading plus sign.
func clock(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign = "+"
	}
	s := app.ShownSeconds(d)
	if s >= 3600 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%s%d:%02d", sign, s/60, s%60)
}

// elapsedClock formats a time that counts up, as m:ss, dropping part
// seconds.
func elapsedClock(d time.Duration) string {
	return clock(max(d, 0).Truncate(time.Second))
}

// wholeMinutes formats a time that counts up as whole minutes, "7 min",
// dropping the seconds: a readout that moves once a minute, not once a
// second.
func wholeMinutes(d time.Duration) string { return fmt.Sprintf("%d min", minutesIn(d)) }

// shortMinutes is wholeMinutes for a narrow column: "7m".
func shortMinutes(d time.Duration) string { return fmt.Sprintf("%dm", minutesIn(d)) }

// minutesIn counts the whole minutes in d, none for a negative d.
func minutesIn(d time.Duration) int { return int(max(d, 0) / time.Minute) }

// planned formats a planned length: "15 min" when it is whole minutes, as
// nearly all are, and m:ss otherwise.
func planned(d time.Duration) string {
	if d > 0 && d%time.Minute == 0 {
		return wholeMinutes(d)
	}
	return clock(d)
}

// calmLeft formats a time left for a readout that should not move every
// second: the minutes of its m:ss ("4 min" for 4:59, as the large clock
// shows them) while a minute or more is left, m:ss in the last minute,
// when the seconds tell the coach something.
func calmLeft(d time.Duration) string {
	if m := leftMinutes(d); m >= 1 {
		return fmt.Sprintf("%d min", m)
	}
	return clock(d)
}

// leftMinutes is the minutes of a time left as clock shows it: 14 for
// 14:59 (and for 14:58.2, which clock shows as 14:59), 15 for 15:00.
func leftMinutes(d time.Duration) int { return int(app.ShownMinutes(max(d, 0))) }

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
		if len(l) > width { // a line is never wider in cells than in bytes
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return strings.Join(lines, "\n")
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

// sentence puts the first letter of a message in upper case and ends it
// with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:]) + "."
}

// dropHidden leaves out of a drawn screen every hidden character
// (textsafe.Hidden: the right-to-left override and its kin, the
// zero-width space), so that none can reorder or hide what the coach
// reads. Data is shown through safeLine and safeText, which escape them;
// this catches what a field being edited holds, which bubbles and huh draw
// as it is, where an escape would put the cursor out of step.
func dropHidden(screen string) string {
	if !strings.ContainsFunc(screen, textsafe.Hidden) {
		return screen
	}
	return strings.Map(func(r rune) rune {
		if textsafe.Hidden(r) {
			return -1
		}
		return r
	}, screen)
}
