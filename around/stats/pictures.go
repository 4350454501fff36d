package stats

import (
	"fmt"
	"slices"
	"strings"

	"partnercoach/around/review"
	"partnercoach/internal/english"
	"partnercoach/internal/textsafe"
)

// writeLength says how long held sessions ran against their plan, and how
// their timed turns ran, over the whole time counted.
func writeLength(b *strings.Builder, t Timing) {
	b.WriteString("Session length against the plan, in held sessions\n")
	l := t.Length
	if l.Sessions == 0 {
		b.WriteString("  No held session has a recorded length.\n\n")
		return
	}
	fmt.Fprintf(b, "  Sessions ran %s on average, against %s planned.\n", review.MinSec(l.Taken), review.MinSec(l.Planned))
	fmt.Fprintf(b, "  %d of %d ran more than %d seconds over; they ran from %s to %s.\n", l.Over, l.Sessions,
		int(Slack.Seconds()), review.MinSec(l.Shortest), review.MinSec(l.Longest))
	if t.Turns.Runs > 0 {
		fmt.Fprintf(b, "  Timed turns: %s.\n", turnsText(t.Turns, "ran over"))
	}
	b.WriteString("\n")
}

// turnsText says how many turns ran over and by how much: "2 of 12 ran
// over, by 0:41 on average, at most 1:30", or "none of 12 ran over".
func turnsText(t Turns, verb string) string {
	if t.Over == 0 {
		return fmt.Sprintf("none of %d %s", t.Runs, verb)
	}
	return fmt.Sprintf("%d of %d %s, by %s on average, at most %s", t.Over, t.Runs, verb,
		review.MinSec(t.AvgOver), review.MinSec(t.MostOver))
}

// writeMonthPicture draws each month's mean length of a held session
// against its mean plan, and says under it how many ran over, their range
// and the turns that ran over.
func writeMonthPicture(b *strings.Builder, months []Month, width int) {
	var rows []review.Row
	for _, m := range months {
		l := m.Length
		if l.Sessions == 0 {
			continue
		}
		notes := []string{fmt.Sprintf("%d held, %d ran over; from %s to %s", l.Sessions, l.Over, review.MinSec(l.Shortest), review.MinSec(l.Longest))}
		if m.Turns.Runs > 0 {
			notes = append(notes, "turns: "+turnsText(m.Turns, "ran over"))
		}
		rows = append(rows, review.Row{Key: m.Start.Format("2006-01"), Planned: l.Planned, Taken: l.Taken, Notes: notes})
	}
	if len(rows) == 0 {
		return
	}
	b.WriteString("Session length by month, planned → taken, on average\n")
	b.WriteString(review.Chart(rows, width))
	b.WriteString("\n")
}

// writeStepPictures draws, for each script with a step that has a time,
// each step's mean planned time against its mean time taken, with how its
// timed turn ran over said under it.
func writeStepPictures(b *strings.Builder, scripts []ScriptTime, width int) {
	scripts = slices.DeleteFunc(slices.Clone(scripts), func(sc ScriptTime) bool { return len(sc.Steps) == 0 })
	if len(scripts) == 0 {
		return
	}
	b.WriteString("Time by step, planned → taken, on average over held sessions\n")
	for _, sc := range scripts {
		var rows []review.Row
		for i, st := range sc.Steps {
			r := review.Row{Key: fmt.Sprintf("%d.", i+1), Label: st.Title, Planned: st.Planned, Taken: st.Taken}
			if st.Turns.Over > 0 {
				r.Notes = []string{fmt.Sprintf("%s ran over in %d of %d %s: %s on average, %s at most", textsafe.Line(st.TurnName),
					st.Turns.Over, st.Turns.Runs, english.Plural(st.Turns.Runs, "session", "sessions"), review.MinSec(st.Turns.AvgOver), review.MinSec(st.Turns.MostOver))}
			}
			rows = append(rows, r)
		}
		fmt.Fprintf(b, "%s, %d held %s\n", textsafe.Line(sc.Script), sc.Sessions, english.Plural(sc.Sessions, "session", "sessions"))
		b.WriteString(review.Chart(rows, width))
		b.WriteString("\n")
	}
}
