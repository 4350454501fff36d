package plain

import (
	"fmt"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// spoken says a duration the way a person says it: "5 minutes", "1
// minute 30 seconds", "45 seconds", "1 hour 5 minutes". A part second is
// rounded up, so that "0 seconds" is said only at the end itself (the
// rule of every read-out, app.ShownSeconds); a negative duration is said
// by its size, a part second dropped.
func spoken(d time.Duration) string {
	s := app.ShownSeconds(d)
	h, m, sec := s/3600, s/60%60, s%60
	var parts []string
	if h > 0 {
		parts = append(parts, plural(h, "hour", "hours"))
	}
	if m > 0 {
		parts = append(parts, plural(m, "minute", "minutes"))
	}
	if sec > 0 || len(parts) == 0 {
		parts = append(parts, plural(sec, "second", "seconds"))
	}
	return strings.Join(parts, " ")
}

// spokenElapsed says a time that counts up, dropping part seconds.
func spokenElapsed(d time.Duration) string { return spoken(max(d, 0).Truncate(time.Second)) }

// plural writes a number with its noun, singular or plural.
func plural[N int | int64](n N, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// lowerFirst puts the first letter of a name in lower case, for use
// inside a sentence: "the coach's turn".
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// sentence ends a text with a full stop unless it ends with a mark of
// its own.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".?!:\"'") {
		return s
	}
	return s + "."
}

// turnLine says where a turn is and how long is left, in one line: "Coach's
// turn, segment 2 of 3, 10 minutes left, running; this segment ends in 5
// minutes."
func turnLine(name string, t *timer.Turn, now time.Time) string {
	left := t.Left(now)
	n := t.Segments()
	switch {
	case !t.Started():
		return fmt.Sprintf("%s, %s, not started: s starts it.", name, spoken(left))
	case left <= 0:
		state := "running"
		if !t.Running() {
			state = "paused"
		}
		return fmt.Sprintf("%s is over: %s of overtime, %s.", name, spokenElapsed(-left), state)
	case t.AtCheckIn(now):
		return fmt.Sprintf("%s, segment %d of %d done, %s left, paused for the check-in: s starts segment %d.",
			name, t.Segment()-1, n, spoken(left), t.Segment())
	}
	line := name
	if n > 1 {
		line += fmt.Sprintf(", segment %d of %d", t.Segment(), n)
	}
	line += ", " + spoken(left) + " left"
	if !t.Running() {
		return line + ", paused: s goes on."
	}
	line += ", running"
	if n > 1 && t.Segment() < n {
		line += "; this segment ends in " + spoken(t.SegmentLeft(now))
	}
	return line + "."
}

// turnPlan says how a turn is made, for the step's description: "15
// minutes in 3 segments of 5 minutes, with a warning 2 minutes before the
// end."
func turnPlan(turn *script.Turn, t *timer.Turn) string {
	segs := turn.SegmentLengths()
	plan := spoken(t.Length())
	if len(segs) > 1 {
		same := true
		for _, s := range segs {
			same = same && s == segs[0]
		}
		if same {
			plan += fmt.Sprintf(" in %d segments of %s", len(segs), spoken(segs[0]))
		} else {
			var each []string
			for _, s := range segs {
				each = append(each, spoken(s))
			}
			plan += fmt.Sprintf(" in %d segments (%s)", len(segs), strings.Join(each, ", "))
		}
		plan += ", with a pause to check in after each"
	}
	if w := t.Warn(); w > 0 && w < t.Length() {
		plan += ", and a warning " + spoken(w) + " before the end"
	}
	return plan + "."
}

// roles says who focuses and who listens. The newcomer's name is said
// here, on the coach's own screen, and never in a notification.
func roles(turn *script.Turn, newcomer string) string {
	name := func(r script.Role) string {
		switch {
		case r == script.Coach:
			return "you, the coach"
		case r == script.Newcomer && newcomer != "":
			return "the newcomer, " + newcomer
		case r == script.Newcomer:
			return "the newcomer"
		}
		return r.Label()
	}
	return "Focusing: " + name(turn.Focuser) + ". Listening: " + name(turn.Listener) + "."
}

// stepHead is the first line said of a step: "Step 7 of 11: My turn:
// coach focuses, newcomer listens. Next: Feedback on my turn."
func stepHead(s *session.Session) string {
	pos, st := s.Pos(), s.Current()
	line := fmt.Sprintf("Step %d of %d: %s", pos+1, s.Len(), sentence(st.Title))
	if p := s.PlannedFor(st.ID); p > 0 && st.Turn == nil {
		line += " Planned " + spoken(p) + "."
	}
	if pos+1 < s.Len() {
		return line + " Next: " + sentence(s.Step(pos+1).Title)
	}
	return line + " This is the last step: E ends the session and asks the coach log's questions."
}

// stepLines says the whole current step: its head, the turn, the talking
// points, the checklist and the choice, numbered as x takes them.
func stepLines(s *session.Session, now time.Time) []string {
	st := s.Current()
	lines := []string{stepHead(s)}
	if st.Turn != nil {
		t := s.Turn(st.ID)
		lines = append(lines, roles(st.Turn, app.NewcomerLabel(s.Options())),
			st.Turn.Name()+": "+turnPlan(st.Turn, t), turnLine(st.Turn.Name(), t, now))
		lines = append(lines, answerLines(s)...)
	}
	if len(st.Points) > 0 {
		lines = append(lines, "Points:")
		for _, p := range st.Points {
			lines = append(lines, "- "+p)
		}
	}
	lines = append(lines, entryLines(s)...)
	for _, n := range s.Notes() {
		if n.Step == st.ID {
			lines = append(lines, "Note at "+app.RealClock(s, n.At)+": "+n.Text)
		}
	}
	return lines
}

// entryLines lists the checklist and the choice's options, numbered from
// 1 in one run, with whether each is done or chosen.
func entryLines(s *session.Session) []string {
	st := s.Current()
	var lines []string
	if len(st.Checklist) > 0 {
		lines = append(lines, "Checklist (x and the number checks an item off):")
	}
	for i, it := range st.Checklist {
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, itemText(s, st, i, it)))
	}
	if c := st.Choice; c != nil {
		lines = append(lines, "Choice: "+sentence(c.Prompt)+" (x and the number chooses.)")
		chosen, made := s.Chosen(st.ID)
		for k, o := range c.Options {
			mark := ""
			if made && chosen == k {
				mark = ", chosen"
			}
			lines = append(lines, fmt.Sprintf("%d. %s%s", len(st.Checklist)+k+1, o.Label, mark))
		}
	}
	return lines
}

// itemText says a checklist item with its state and answer.
func itemText(s *session.Session, st script.Step, i int, it script.Item) string {
	text := it.Text
	if a, ok := s.Answer(st.ID, i); ok {
		text += ", answer " + a
	}
	if s.Checked(st.ID, i) {
		return text + ", done"
	}
	if it.Answer == script.WarnMinutes {
		return text + ", not done (x " + fmt.Sprint(i+1) + " and the minutes answers it)"
	}
	return text + ", not done"
}

// whereLines say where the session is: the step, the current turn and
// the session clock.
func whereLines(s *session.Session, now time.Time) []string {
	st := s.Current()
	lines := []string{fmt.Sprintf("Step %d of %d: %s", s.Pos()+1, s.Len(), sentence(st.Title))}
	if st.Turn != nil {
		lines = append(lines, turnLine(st.Turn.Name(), s.Turn(st.ID), now))
	}
	return append(lines, sessionClock(s, now))
}

// sessionClock says how far the session is into its planned length, how
// its clock started, and when it is projected to run over, by how much.
func sessionClock(s *session.Session, now time.Time) string {
	line := fmt.Sprintf("Session: %s of %s; the %s.", spokenElapsed(s.Elapsed(now)), spoken(s.Planned()),
		app.CallPhrase(s))
	if _, how := s.CallStarted(); how == session.CallWaiting {
		line = fmt.Sprintf("Session: 0 of %s: the session clock %s, or type call to start it.", spoken(s.Planned()),
			app.CallPhrase(s))
	}
	if over := s.Over(now); over > 0 {
		line += fmt.Sprintf(" Running over by %s: it ends about %s.", spokenElapsed(over),
			app.RealClock(s, s.Projected(now)))
	}
	return line
}

// answerLines say the answers given for the current step's turn, such as
// what the focuser would like from their partner.
func answerLines(s *session.Session) []string {
	var lines []string
	for _, a := range s.TurnAnswers() {
		lines = append(lines, "Asked for this turn: "+sentence(a.Question)+" Answer: "+sentence(a.Text))
	}
	return lines
}

// timeLines say the time left: the current turn's, else the session's.
func timeLines(s *session.Session, now time.Time) []string {
	st := s.Current()
	if st.Turn != nil {
		return []string{turnLine(st.Turn.Name(), s.Turn(st.ID), now)}
	}
	return []string{"This step has no timer. " + sessionClock(s, now)}
}

// previewLines say the next step without leaving the current one: its
// title, plan, turn, points and checklist.
func previewLines(s *session.Session) []string {
	st, ok := s.NextStep()
	if !ok {
		return []string{"This is the last step: nothing comes after it."}
	}
	lines := []string{fmt.Sprintf("Next, step %d of %d: %s Planned %s. (n moves on to it.)", s.Pos()+2, s.Len(),
		sentence(st.Title), spoken(s.PlannedFor(st.ID)))}
	if st.Turn != nil {
		lines = append(lines, roles(st.Turn, s.Options().Newcomer))
	}
	for _, p := range st.Points {
		lines = append(lines, "- "+p)
	}
	for i, it := range st.Checklist {
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, it.Text))
	}
	return lines
}

// listLines list the steps in their current order, with the planned time
// and the time spent, saying which is current.
func listLines(s *session.Session, now time.Time) []string {
	lines := []string{fmt.Sprintf("%d steps, %s planned:", s.Len(), spoken(s.Planned()))}
	for p := 0; p < s.Len(); p++ {
		st := s.Step(p)
		line := fmt.Sprintf("%d. %s, planned %s", p+1, st.Title, spoken(s.PlannedFor(st.ID)))
		if d := s.Spent(st.ID, now); d >= time.Second {
			line += ", spent " + spokenElapsed(d)
		}
		if t := s.Turn(st.ID); t != nil && t.Started() {
			line += ", its turn ran " + spokenElapsed(t.Length()-t.Left(now)) + " of " + spoken(t.Length())
		}
		if p == s.Pos() {
			line += ", current step"
		} else if w := app.ProgressOf(s, p, now).Word(); w != "" && !strings.HasPrefix(w, "its turn") {
			line += ", " + w
		}
		lines = append(lines, line+".")
	}
	return lines
}
