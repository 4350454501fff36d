// Package review draws what a coach learns from the time of a session:
// for each step, a bar of the time it took against the time planned, in
// plain text that fits a terminal of 80 columns, with each figure also in
// words beside its bar so that a screen reader loses nothing. It is
// UI-free: the coach log prints it, and any front end can.
package review

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// The cells of a bar.
const (
	// Within is time taken within the plan.
	Within = "█"
	// Unused is time planned but not taken.
	Unused = "░"
	// Over is time taken beyond the plan.
	Over = "▓"
)

// Heading heads the review wherever it is shown.
const Heading = "Time by step, planned → taken"

// Widths of the columns of a picture line, in cells. The figures and the
// difference widen for a time of an hour or more ("1:02:03").
const (
	indent  = 2
	numberW = 4  // "12. "
	titleW  = 20 // the step's title, cut short with …
	clockW  = 5  // "15:00", the least a time's figure takes
	diffW   = 7  // "+12:30" and a cell to spare, the least a difference takes
	minBarW = 10 // the narrowest bar drawn
)

// columns are the widths of a picture's figures: the widest time and
// difference among its steps, and at least clockW and diffW.
type columns struct{ clock, diff int }

// columnsOf measures the figures of a record's steps.
func columnsOf(rec session.Record) columns {
	c := columns{clockW, diffW}
	for _, s := range rec.Steps {
		c.clock = max(c.clock, len(Clock(s.Planned.D())), len(Clock(s.Actual.D())))
		c.diff = max(c.diff, len(Diff(s.Planned.D(), s.Actual.D())))
	}
	return c
}

// spare is how many cells of a line are not the bar: the number, the
// title, " planned → taken  " and " difference".
func (c columns) spare() int {
	return indent + numberW + titleW + 1 + c.clock + 3 + c.clock + 2 + 1 + c.diff
}

// scales are the times one cell may stand for, smallest first.
var scales = []time.Duration{15 * time.Second, 30 * time.Second, time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute}

// Picture draws the steps of a record, planned against actual, at most
// width cells wide: a legend, then a line a step, and under a step with a
// timed turn that ran over or was warned, a line saying by how much and
// when the warning came. Steps with no planned time and no time taken are
// left out.
func Picture(rec session.Record, width int) string {
	cols := columnsOf(rec)
	barW := max(width-cols.spare(), minBarW)
	longest := time.Duration(0)
	for _, s := range rec.Steps {
		longest = max(longest, s.Planned.D(), s.Actual.D())
	}
	if longest == 0 {
		return "No step has a planned or recorded time.\n"
	}
	scale := scaleFor(longest, barW)
	var b strings.Builder
	b.WriteString(legend(scale, width))
	for i, s := range rec.Steps {
		if s.Planned == 0 && s.Actual == 0 {
			continue
		}
		title := ansi.Truncate(textsafe.Line(s.Title), titleW, "…")
		pad := strings.Repeat(" ", titleW-ansi.StringWidth(title))
		figures := fmt.Sprintf(" %*s → %*s  ", cols.clock, Clock(s.Planned.D()), cols.clock, Clock(s.Actual.D()))
		bar := Bar(s.Planned.D(), s.Actual.D(), scale)
		fill := strings.Repeat(" ", max(0, barW-ansi.StringWidth(bar)))
		line := fmt.Sprintf("%s%-*s%s%s%s%s%s %s", strings.Repeat(" ", indent), numberW, fmt.Sprintf("%d.", i+1),
			title, pad, figures, bar, fill, Diff(s.Planned.D(), s.Actual.D()))
		b.WriteString(strings.TrimRight(line, " ") + "\n")
		if line := turnLine(s.Turn); line != "" {
			b.WriteString(ansi.Truncate(strings.Repeat(" ", indent+numberW)+line, width, "…") + "\n")
		}
	}
	return b.String()
}

// legend says what a cell stands for, on one line when it fits in width,
// else on two.
func legend(scale time.Duration, width int) string {
	cell := fmt.Sprintf("Each cell is %s:", cellName(scale))
	keys := fmt.Sprintf("%s within the plan  %s planned, unused  %s over the plan", Within, Unused, Over)
	if ansi.StringWidth(cell+" "+keys) <= width {
		return cell + " " + keys + "\n"
	}
	return cell + "\n" + strings.Repeat(" ", indent) + keys + "\n"
}

// turnLine says of a timed turn that ran over by how much, and of one
// whose warning came how far into the turn it came; it is empty for
// neither, and for no turn.
func turnLine(t *session.TurnRecord) string {
	if t == nil {
		return ""
	}
	name, over := textsafe.Line(t.Name), t.Used > t.Length
	switch {
	case over && t.WarnedAt > 0:
		return fmt.Sprintf("%s ran over by %s (length %s); warned %s into it", name,
			Clock((t.Used - t.Length).D()), Clock(t.Length.D()), Clock(t.WarnedAt.D()))
	case over:
		return fmt.Sprintf("%s ran over by %s (length %s)", name, Clock((t.Used - t.Length).D()), Clock(t.Length.D()))
	case t.WarnedAt > 0:
		return fmt.Sprintf("%s: warned %s into it (length %s)", name, Clock(t.WarnedAt.D()), Clock(t.Length.D()))
	}
	return ""
}

// scaleFor is the smallest scale at which the longest time fits in width
// cells.
func scaleFor(longest time.Duration, width int) time.Duration {
	for _, s := range scales {
		if cells(longest, s) <= width {
			return s
		}
	}
	last := scales[len(scales)-1]
	return last * time.Duration(cells(longest, last)/width+1)
}

// cellName says what one cell stands for: "30 seconds", "1 minute".
func cellName(scale time.Duration) string {
	switch {
	case scale < time.Minute:
		return fmt.Sprintf("%d seconds", int(scale/time.Second))
	case scale == time.Minute:
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", int(scale/time.Minute))
}

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

// Clock writes a time as minutes and seconds, "6:12"; an hour or more as
// "1:02:03".
func Clock(d time.Duration) string {
	d = d.Round(time.Second)
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	h, m, s := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	if h > 0 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%s%d:%02d", sign, m, s)
}

// Diff writes how far the time taken is from the plan: "+1:12" over,
// "-1:00" under, "" on time to the second.
func Diff(planned, actual time.Duration) string {
	d := (actual - planned).Round(time.Second)
	switch {
	case d > 0:
		return "+" + Clock(d)
	case d < 0:
		return Clock(d)
	}
	return ""
}

// Words says the same as Picture in sentences, one a step, for a screen
// reader (--accessible): "2. Go over the self-guiding instructions:
// planned 5:00, took 8:00, 3:00 over."
func Words(rec session.Record) []string {
	var out []string
	for i, s := range rec.Steps {
		if s.Planned == 0 && s.Actual == 0 {
			continue
		}
		line := fmt.Sprintf("%d. %s: planned %s, took %s", i+1, textsafe.Line(s.Title), Clock(s.Planned.D()), Clock(s.Actual.D()))
		switch d := (s.Actual - s.Planned).D().Round(time.Second); {
		case d > 0:
			line += ", " + Clock(d) + " over"
		case d < 0:
			line += ", " + Clock(-d) + " under"
		default:
			line += ", on time"
		}
		if t := s.Turn; t != nil && t.Used > t.Length {
			line += fmt.Sprintf("; %s ran over by %s", textsafe.Line(t.Name), Clock((t.Used - t.Length).D()))
		}
		if t := s.Turn; t != nil && t.WarnedAt > 0 {
			line += fmt.Sprintf("; the warning of %s came %s into it", textsafe.Line(t.Name), Clock(t.WarnedAt.D()))
		}
		out = append(out, line+".")
	}
	return out
}
