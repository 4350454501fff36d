package records

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"partnercoach/around/fees"
	"partnercoach/internal/textsafe"
	"partnercoach/script"
	"partnercoach/session"
)

// confidential is the reminder that opens every coach log.
const confidential = "Confidential: what was said in a session stays between coach and newcomer; keep this log private."

// confidentialClient opens the log of a coaching session outside the
// programme, with a client.
const confidentialClient = "Confidential: what was said in a session stays between coach and client; keep this log private."

// confidentialPeer opens the record of an exchange between two partners,
// where there is no coach and no newcomer.
const confidentialPeer = "Confidential: what was said in an exchange stays between the partners; keep this record private."

// logSection is one part of a coach log: a title and its lines, each line
// with lines under it. The text and Markdown forms are both drawn from it.
type logSection struct {
	title string
	lines []logLine
}

// logLine is one line of a section, with lines under it.
type logLine struct {
	text string
	sub  []string
}

// FormatLog writes one record as the coach log, in plain text; the
// record of an exchange between partners, or of a session with a client,
// is named as its end named it.
func FormatLog(rec session.Record) string {
	var b strings.Builder
	head := confidential + "\n\nCoach log "
	switch {
	case rec.Peer():
		head = confidentialPeer + "\n\nThe exchange's record "
	case rec.Client():
		head = confidentialClient + "\n\nSession log "
	}
	b.WriteString(head + textsafe.Line(rec.ID) + "\n")
	for i, s := range logSections(rec) {
		if i > 0 {
			b.WriteString("\n" + s.title + "\n")
		}
		for _, l := range s.lines {
			writeIndented(&b, "  ", indentRest(l.text, "    "))
			for _, sub := range l.sub {
				writeIndented(&b, "      ", indentRest(sub, "    "))
			}
		}
	}
	return b.String()
}

// writeIndented writes text, which may run over several lines, with every
// line indented.
func writeIndented(b *strings.Builder, indent, text string) {
	for line := range strings.SplitSeq(text, "\n") {
		b.WriteString(strings.TrimRight(indent+line, " ") + "\n")
	}
}

// logSections assembles the coach log of a record, its text made safe to
// print (safeRecord).
func logSections(rec session.Record) []logSection {
	rec = safeRecord(rec)
	out := []logSection{{lines: overview(rec)}}
	out = append(out, logSection{"Steps (planned / actual)", stepLines(rec)})
	switch {
	case asked(rec) && rec.Client():
		out = append(out, logSection{"Agreed", []logLine{{text: fmt.Sprintf("Further sessions agreed with the client: %d", rec.Recommendation.FurtherSessions)}}})
	case asked(rec):
		out = append(out, logSection{"Screening and recommendation", outcomeLines(rec)})
	}
	if len(rec.Notes) > 0 {
		out = append(out, logSection{fmt.Sprintf("Notes (%d)", len(rec.Notes)), noteLines(rec)})
	}
	if len(rec.Marks) > 0 { // none marked: no section, as the account leaves out their count
		out = append(out, logSection{"Partnering moments", []logLine{{text: marksLine(rec)}}})
	}
	if rec.Summary != "" {
		out = append(out, logSection{"Summary", []logLine{{text: rec.Summary}}})
	}
	return out
}

// overview is the head of the log: outcome, newcomer, session, script,
// date, times and fee; of a session between partners, its outcome in
// their words, script, date and times.
func overview(rec session.Record) []logLine {
	title := rec.Script
	if rec.ScriptTitle != "" {
		title = fmt.Sprintf("%s (%s)", rec.ScriptTitle, rec.Script)
	}
	when := []logLine{
		{text: "Script:   " + title},
		{text: "Date:     " + rec.Started.Local().Format("Monday 2 January 2006")},
		{text: "Time:     " + timeSpan(rec)},
	}
	if rec.Peer() { // between two partners: no newcomer, no number, no fee
		return append([]logLine{{text: "Outcome:  " + rec.Outcome.PeerLabel()}}, when...)
	}
	lines := []logLine{
		{text: "Outcome:  " + outcomeLabel(rec)},
		{text: newcomerLabel(rec) + orUnnamed(rec.Newcomer)},
		{text: "Session:  " + orDash(rec.Number)},
	}
	lines = append(lines, when...)
	return append(lines, logLine{text: "Fee:      " + fees.FormatCents(BilledCents(rec))})
}

// newcomerLabel heads the line that names whom the session was with: a
// client, in a session outside the programme, or else a newcomer.
func newcomerLabel(rec session.Record) string {
	if rec.Client() {
		return "Client:   "
	}
	return "Newcomer: "
}

// outcomeLabel is a record's outcome as the coach reads it, in a
// client's words for a session with a client; a no-show that is not
// billed (a session outside the programme) is not called billable.
func outcomeLabel(rec session.Record) string {
	l := rec.Outcome.Label()
	if rec.Client() {
		l = rec.Outcome.ClientLabel()
	}
	if !fees.Billed(rec) {
		return strings.TrimSuffix(l, session.BillableMark)
	}
	return l
}

// timeSpan is when the session ran and how long it took.
func timeSpan(rec session.Record) string {
	start := rec.Started.Local().Format("15:04")
	if rec.Ended.IsZero() {
		return start + ", end not recorded"
	}
	return fmt.Sprintf("%s–%s (%s)", start, clockIn(rec, rec.Ended), Human(Length(rec).D()))
}

// clockIn is a time of the session as the log says it: its time of day,
// with its day when that is not the day the log's "Date:" gives, the day
// the session started (a session that ran past midnight, a note written
// the day after).
func clockIn(rec session.Record, t time.Time) string {
	at, day := t.Local(), rec.Started.Local()
	if y, m, d := at.Date(); y == day.Year() && m == day.Month() && d == day.Day() {
		return at.Format("15:04")
	}
	return at.Format("15:04 on Mon 2 Jan")
}

// Length is how long a session took, to the second, or zero when its end
// was not recorded.
func Length(rec session.Record) script.Duration {
	if rec.Ended.IsZero() {
		return 0
	}
	return roundDur(rec.Ended.Sub(rec.Started))
}

// Planned is the sum of the planned times of a record's steps.
func Planned(rec session.Record) script.Duration {
	var d script.Duration
	for _, s := range rec.Steps {
		d += s.Planned
	}
	return d
}

// planHuman is a step's planned time as the coach last set it, with the
// first plan in brackets when the coach changed it, as the review says it.
func planHuman(s session.StepRecord) string {
	if set := s.PlannedAsSet(); set != s.Planned {
		return Human(set.D()) + " (" + Human(s.Planned.D()) + " at first)"
	}
	return Human(s.Planned.D())
}

// roundDur rounds a duration to the second.
func roundDur(d time.Duration) script.Duration { return script.Duration(d.Round(time.Second)) }

// stepLines lists each step with its planned and actual time, what was
// covered and missed, answers, the choice made and the turn.
func stepLines(rec session.Record) []logLine {
	var out []logLine
	for i, s := range rec.Steps {
		l := logLine{text: fmt.Sprintf("%d. %s  %s / %s", i+1, s.Title, planHuman(s), Human(s.Actual.D()))}
		for _, c := range s.Covered {
			l.sub = append(l.sub, "covered: "+c)
		}
		for _, m := range s.Missed {
			l.sub = append(l.sub, "missed:  "+m)
		}
		for _, q := range slices.Sorted(maps.Keys(s.Answers)) {
			l.sub = append(l.sub, fmt.Sprintf("answer:  %s → %s", q, s.Answers[q]))
		}
		if s.Chosen != "" {
			l.sub = append(l.sub, "chosen:  "+s.Chosen)
		}
		if s.Turn != nil {
			l.sub = append(l.sub, "turn:    "+turnText(*s.Turn))
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		out = append(out, logLine{text: "no steps recorded"})
	}
	return out
}

// turnText is a turn's length and use, with any overtime.
func turnText(t session.TurnRecord) string {
	s := fmt.Sprintf("%s, length %s, used %s", t.Name, Human(t.Length.D()), Human(t.Used.D()))
	if over := roundDur((t.Used - t.Length).D()); over > 0 {
		s += fmt.Sprintf(" (%s overtime)", Human(over.D()))
	}
	return s
}

// asked reports whether the end of a record's session asked the screening
// and the recommendation: of a coaching session held, and never of a
// session between partners or one not held, whose log then says nothing
// of them rather than "no" to questions nobody asked.
func asked(rec session.Record) bool {
	return rec.Outcome == session.Held && !rec.Peer()
}

// outcomeLines are the screening and the recommendation. A record that
// says ready while its screening says not (an older one, or one edited
// by hand) is shown as it is, with a word of the screening.
func outcomeLines(rec session.Record) []logLine {
	r := rec.Recommendation
	further := fmt.Sprintf("Further sessions recommended: %d", r.FurtherSessions)
	if r.Learn != "" {
		further += ", to learn: " + r.Learn
	}
	ready := "no"
	if r.Ready {
		ready = "yes"
	}
	if rec.ReadyDespiteScreening() {
		ready += " (though the screening says " + strings.ToLower(rec.Screening.Label()) + ")"
	}
	return []logLine{
		{text: "Screening: " + rec.Screening.Label()},
		{text: further},
		{text: "Ready for a partnership: " + ready},
	}
}

// noteLines are the notes with their times and steps.
func noteLines(rec session.Record) []logLine {
	var out []logLine
	for _, n := range rec.Notes {
		out = append(out, logLine{text: fmt.Sprintf("%s (%s) %s", clockIn(rec, n.At), stepTitle(rec, n.Step), n.Text)})
	}
	return out
}

// stepTitle is the title of the step with the given id, or the id.
func stepTitle(rec session.Record, id string) string {
	for _, s := range rec.Steps {
		if s.ID == id {
			return s.Title
		}
	}
	return id
}

// marksLine is how many partnering moments were marked, and when.
func marksLine(rec session.Record) string {
	marks := rec.Marks
	times := make([]string, len(marks))
	for i, m := range marks {
		times[i] = clockIn(rec, m.At)
	}
	return fmt.Sprintf("%d marked, at %s", len(marks), strings.Join(times, ", "))
}
