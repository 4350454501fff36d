package review

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/internal/english"
	"partnercoach/internal/textsafe"
)

// Row is one line of a chart of planned against taken time: a key in the
// first column (a step's number, a month), a label, the time planned and
// the time taken, and lines said under it.
type Row struct {
	Key, Label     string
	Planned, Taken time.Duration
	Notes          []string
}

// The layout of a chart's line, in cells. The figures and the difference
// widen for a time of an hour or more ("1:02:03").
const (
	indent  = 2
	keyW    = 4  // "12. ", the least the key column takes
	labelW  = 20 // the least a label takes; a longer one is cut with …
	clockW  = 5  // "15:00", the least a time's figure takes
	diffW   = 7  // "+12:30" and a cell to spare, the least a difference takes
	roomyW  = 30 // the bar a label leaves when it grows past labelW
	minBarW = 10 // the narrowest bar drawn
)

// layout are the widths of a chart's columns.
type layout struct{ key, label, clock, diff, bar int }

// layoutOf fits the columns of rows into width: the figures as wide as
// the widest, and the label as wide as the longest label, so long as the
// bar keeps roomyW cells; a label is never cut shorter than labelW, so
// that at 80 columns a long one is cut at labelW.
func layoutOf(rows []Row, width int) layout {
	l := layout{key: keyW, clock: clockW, diff: diffW}
	longest := 0
	for _, r := range rows {
		l.key = max(l.key, keyWidth(r.Key))
		l.clock = max(l.clock, len(MinSec(r.Planned)), len(MinSec(r.Taken)))
		l.diff = max(l.diff, len(Diff(r.Planned, r.Taken)))
		longest = max(longest, ansi.StringWidth(textsafe.Line(r.Label)))
	}
	fixed := indent + l.key + 1 + l.clock + 3 + l.clock + 2 + 1 + l.diff
	l.label = min(longest, max(labelW, width-fixed-roomyW))
	l.bar = max(width-fixed-l.label, minBarW)
	return l
}

// keyWidth is the width a key's column needs: a cell after a step's
// number and its dot ("10. "), two after any other key ("2026-09  ").
func keyWidth(key string) int {
	w := ansi.StringWidth(textsafe.Line(key)) + 1
	if !strings.HasSuffix(key, ".") {
		w++
	}
	return w
}

// Chart draws rows, planned against taken, at most width cells wide: a
// legend saying what a cell stands for, then a line a row with its key,
// label, figures, bar and difference, and under it its notes. Each figure
// is written out beside its bar, so a screen reader loses nothing. Keys,
// labels and notes are data: they go through textsafe.
func Chart(rows []Row, width int) string {
	l := layoutOf(rows, width)
	longest := time.Duration(0)
	for _, r := range rows {
		longest = max(longest, r.Planned, r.Taken)
	}
	scale := Scale(longest, l.bar)
	var b strings.Builder
	b.WriteString(Legend(scale, width, fmt.Sprintf("%s within the plan  %s planned, unused  %s over the plan", Within, Unused, Over)))
	for _, r := range rows {
		label := ansi.Truncate(textsafe.Line(r.Label), l.label, "…")
		pad := strings.Repeat(" ", l.label-ansi.StringWidth(label))
		key := textsafe.Line(r.Key)
		key += strings.Repeat(" ", l.key-ansi.StringWidth(key))
		figures := fmt.Sprintf(" %*s → %*s  ", l.clock, MinSec(r.Planned), l.clock, MinSec(r.Taken))
		bar := Bar(r.Planned, r.Taken, scale)
		fill := strings.Repeat(" ", max(0, l.bar-ansi.StringWidth(bar)))
		line := strings.Repeat(" ", indent) + key + label + pad + figures + bar + fill + " " + Diff(r.Planned, r.Taken)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
		for _, note := range r.Notes {
			b.WriteString(ansi.Truncate(strings.Repeat(" ", indent+l.key)+textsafe.Line(note), width, "…") + "\n")
		}
	}
	return b.String()
}

// Legend says what a cell stands for and what each kind of cell means, on
// one line when it fits in width, else on two.
func Legend(scale time.Duration, width int, keys string) string {
	cell := fmt.Sprintf("Each cell is %s:", cellName(scale))
	if ansi.StringWidth(cell+" "+keys) <= width {
		return cell + " " + keys + "\n"
	}
	return cell + "\n" + strings.Repeat(" ", indent) + keys + "\n"
}

// scales are the times one cell may stand for, smallest first.
var scales = []time.Duration{15 * time.Second, 30 * time.Second, time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute}

// Scale is the smallest time a cell may stand for at which the longest
// time fits in width cells.
func Scale(longest time.Duration, width int) time.Duration {
	for _, s := range scales {
		if cells(longest, s) <= width {
			return s
		}
	}
	last := scales[len(scales)-1]
	return last * time.Duration(cells(longest, last)/width+1)
}

// cellName says what one cell stands for: "30 seconds", "1 minute".
func cellName(scale time.Duration) string { return english.Words(int64(scale / time.Second)) }

// cells is how many cells a time takes at a scale, rounded to the
// nearest: a time above zero takes at least one, and a time below zero
// none. It never overflows, whatever the time.
func cells(d, scale time.Duration) int {
	if d <= 0 || scale <= 0 {
		return 0
	}
	n := int(d / scale)
	if d%scale >= scale-scale/2 || n == 0 {
		n++
	}
	return n
}

// Bar draws a step's time: the time taken within the plan, then either
// the time planned but not taken or the time taken over the plan.
func Bar(planned, actual, scale time.Duration) string {
	p, a := cells(planned, scale), cells(actual, scale)
	within := min(p, a)
	return strings.Repeat(Within, within) + strings.Repeat(Unused, p-within) + strings.Repeat(Over, a-within)
}
