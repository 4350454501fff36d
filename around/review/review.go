// Package review draws what a coach learns from the time of a session:
// for each step, a bar of the time it took against the time planned, in
// plain text that fits a terminal of 80 columns or grows with a wider
// one, with each figure also in words beside its bar so that a screen
// reader loses nothing. It is UI-free: the coach log prints it, and any
// front end can; Chart, the drawing itself, also draws the trends of
// many sessions (around/stats).
package review

import (
	"fmt"
	"time"

	"partnercoach/internal/english"
	"partnercoach/internal/textsafe"
	"partnercoach/script"
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

// Picture draws the steps of a record, planned against actual, at most
// width cells wide (see Chart): a legend, then a line a step, and under a
// step with a timed turn that ran over or was warned, a line saying by how
// much and when the warning came. Steps with no planned time and no time
// taken are left out.
func Picture(rec session.Record, width int) string {
	var rows []Row
	for i, s := range rec.Steps {
		if s.Planned == 0 && s.Actual == 0 {
			continue
		}
		r := Row{Key: fmt.Sprintf("%d.", i+1), Label: s.Title, Planned: s.PlannedAsSet().D(), Taken: s.Actual.D()}
		if s.Set > 0 {
			r.Notes = append(r.Notes, "planned "+planText(s))
		}
		if line := turnLine(s.Turn); line != "" {
			r.Notes = append(r.Notes, line)
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return "No step has a planned or recorded time.\n"
	}
	return Chart(rows, width)
}

// planText says a step's planned time as the coach last set it, with the
// plan it was set from in brackets when the coach changed it: "10:00
// (15:00 at first)". The agenda says the same (see app.PlanWords).
func planText(s session.StepRecord) string {
	if s.Set > 0 {
		return MinSec(s.Set.D()) + " (" + MinSec(s.Planned.D()) + " at first)"
	}
	return MinSec(s.Planned.D())
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
			MinSec((t.Used - t.Length).D()), MinSec(t.Length.D()), MinSec(t.WarnedAt.D()))
	case over:
		return fmt.Sprintf("%s ran over by %s (length %s)", name, MinSec((t.Used - t.Length).D()), MinSec(t.Length.D()))
	case t.WarnedAt > 0:
		return fmt.Sprintf("%s: warned %s into it (length %s)", name, MinSec(t.WarnedAt.D()), MinSec(t.Length.D()))
	}
	return ""
}

// MinSec writes a time as minutes and seconds, "6:12"; an hour or more as
// "1:02:03" (see english.Digits). It is rounded to the nearest second,
// and a time below zero has a minus sign.
func MinSec(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s < 0 {
		return "-" + english.Digits(s)
	}
	return english.Digits(s)
}

// Diff writes how far the time taken is from the plan: "+1:12" over,
// "-1:00" under, "" on time to the second.
func Diff(planned, actual time.Duration) string {
	d := (actual - planned).Round(time.Second)
	switch {
	case d > 0:
		return "+" + MinSec(d)
	case d < 0:
		return MinSec(d)
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
		line := fmt.Sprintf("%d. %s: planned %s, took %s", i+1, textsafe.Line(s.Title), planText(s), MinSec(s.Actual.D()))
		switch d := (s.Actual - s.PlannedAsSet()).D().Round(time.Second); {
		case d > 0:
			line += ", " + MinSec(d) + " over"
		case d < 0:
			line += ", " + MinSec(-d) + " under"
		default:
			line += ", on time"
		}
		if t := s.Turn; t != nil && t.Used > t.Length {
			line += fmt.Sprintf("; %s ran over by %s", textsafe.Line(script.TurnPhrase(t.Name)), MinSec((t.Used - t.Length).D()))
		}
		if t := s.Turn; t != nil && t.WarnedAt > 0 {
			line += fmt.Sprintf("; the warning of %s came %s into it", textsafe.Line(script.TurnPhrase(t.Name)), MinSec(t.WarnedAt.D()))
		}
		out = append(out, line+".")
	}
	return out
}
