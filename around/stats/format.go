package stats

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/around/fees"
	"partnercoach/around/review"
	"partnercoach/internal/columns"
	"partnercoach/internal/english"
	"partnercoach/internal/textsafe"
)

// Widths of the text columns, so that a line fits 80 columns; a step's
// title grows with a wider terminal.
const (
	scriptW = 12
	titleW  = 30
	// tableW is what a line of the steps that run over takes besides the
	// title.
	tableW = 50
	// MinWidth is the narrowest width the trends are laid out for.
	MinWidth = 60
)

// Format writes the trends as text and pictures for a terminal width
// cells wide (MinWidth at least; 80 is what a pipe gets). Script names
// and step titles are data and go through textsafe.
func Format(s Stats, width int) string {
	width = max(width, MinWidth)
	var b strings.Builder
	since := "all sessions on record"
	if !s.Since.IsZero() {
		since = "sessions since " + s.Since.String()
	}
	fmt.Fprintf(&b, "Trends of %s\n", since)
	fmt.Fprintf(&b, "  %d held, %d the newcomer did not come to (billable), fees %s\n",
		s.Held, s.NoShows, fees.FormatCents(s.FeeCents))
	fmt.Fprintf(&b, "  Partnership sessions, between two partners: %d held, %d missed (never billed)\n",
		s.Partnership, s.PartnershipMissed)
	writeClamped(&b, s.Clamped)
	b.WriteString("\n")
	writeLength(&b, s.Timing)
	writeMonthPicture(&b, s.Months, width)
	writeStepPictures(&b, s.Scripts, width)
	writeSteps(&b, s.Steps, max(titleW, width-tableW))
	writeMonths(&b, s.Months)
	writeStages(&b, s.ByStage)
	fmt.Fprintf(&b, "\nNo-shows: %d billable; cancelled or moved by the newcomer under 24 hours ahead: %d\n",
		s.NoShows, s.LateCancels)
	return b.String()
}

// shownIDs is how many ids of records with times out of bounds are named.
const shownIDs = 5

// writeClamped names the records with a time below zero or past Longest,
// which were counted as zero or Longest.
func writeClamped(b *strings.Builder, ids []string) {
	if len(ids) == 0 {
		return
	}
	fmt.Fprintf(b, "  %d %s a time below zero or over %s, counted as zero or %s:\n", len(ids),
		english.Plural(len(ids), "record has", "records have"), review.MinSec(Longest), review.MinSec(Longest))
	named := slices.Clone(ids[:min(len(ids), shownIDs)])
	for i, id := range named {
		named[i] = textsafe.Line(id)
	}
	more := ""
	if len(ids) > shownIDs {
		more = fmt.Sprintf(" and %d more", len(ids)-shownIDs)
	}
	fmt.Fprintf(b, "  %s%s (partnercoach log show ID shows one).\n", strings.Join(named, ", "), more)
}

// writeSteps writes the steps that run over, their titles cut at titleW
// cells.
func writeSteps(b *strings.Builder, steps []Step, titleW int) {
	fmt.Fprintf(b, "Steps that run over (by more than %d seconds, in held sessions)\n", int(Slack/time.Second))
	if len(steps) == 0 {
		b.WriteString("  None: every step kept to its plan.\n\n")
		return
	}
	tw := columns.NewWriter(b, 0, 2)
	fmt.Fprintln(tw, "  SCRIPT\tSTEP\tOVER IN\tBY, ON AVERAGE")
	for _, st := range steps {
		fmt.Fprintf(tw, "  %s\t%s\t%d of %d\t%s\n", cut(st.Script, scriptW), cut(st.Title, titleW), st.Over, st.Runs, review.MinSec(st.AvgOver))
	}
	tw.Flush()
	b.WriteString("\n")
}

// writeMonths writes the sessions and fees of each month.
func writeMonths(b *strings.Builder, months []Month) {
	b.WriteString("Sessions and fees by month\n")
	if len(months) == 0 {
		b.WriteString("  No billable sessions.\n\n")
		return
	}
	const row = "  %-7s  %4s  %12s  %10s\n"
	fmt.Fprintf(b, row, "MONTH", "HELD", "DID NOT COME", "FEES")
	for _, m := range months {
		fmt.Fprintf(b, row, m.Start.Format("2006-01"), fmt.Sprint(m.Held), fmt.Sprint(m.NoShows), fees.FormatCents(m.FeeCents))
	}
	b.WriteString("\n")
}

// writeStages writes how many newcomers are at each stage.
func writeStages(b *strings.Builder, byStage map[Stage]int) {
	b.WriteString("Newcomers by stage\n")
	tw := columns.NewWriter(b, 0, 2)
	for _, st := range Stages {
		fmt.Fprintf(tw, "  %s\t%d\n", st.Label(), byStage[st])
	}
	tw.Flush()
	fmt.Fprintf(b, "  (ready: %d sessions or more, or recommended ready in the last one)\n", PoolSessions)
}

// cut makes text one safe line of at most w cells.
func cut(s string, w int) string {
	return ansi.Truncate(textsafe.Line(s), w, "…")
}
