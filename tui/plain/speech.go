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

// turnLine says where a turn is and how long is left, in one line, from
// its reading (app.ReadTurn): "Coach's turn, segment 2 of 3, 10 minutes
// left, running; this segment ends in 5 minutes."
func turnLine(r app.TurnReading) string {
	start := app.LetterOf(app.OnSession, app.CmdStartPause)
	switch r.Phase {
	case app.TurnWaiting:
		return fmt.Sprintf("%s, %s, not started: %s starts it.", r.Name, app.Spoken(r.Left), start)
	case app.TurnOver:
		state := "running"
		if !r.Running {
			state = "paused"
		}
		return fmt.Sprintf("%s is over: %s of overtime, %s.", r.Name, app.SpokenPast(-r.Left), state)
	case app.TurnCheckIn:
		return fmt.Sprintf("%s, segment %d of %d done, %s left, paused for the check-in%s: %s starts segment %d.",
			r.Name, r.Segment-1, r.Segments, app.Spoken(r.Left), waited(r), start, r.Segment)
	case app.TurnClosed:
		return fmt.Sprintf("%s ended as you moved on: it ran %s of %s; %s goes on with it.",
			r.Name, app.Spoken(r.Ran()), app.Spoken(r.Length), start)
	}
	line := r.Name
	if r.Segments > 1 {
		line += fmt.Sprintf(", segment %d of %d", r.Segment, r.Segments)
	}
	line += ", " + app.Spoken(r.Left) + " left"
	if r.Phase == app.TurnPaused {
		return line + ", paused" + waited(r) + ": " + start + " goes on."
	}
	line += ", running"
	if r.Segments > 1 && r.Segment < r.Segments {
		line += "; this segment ends in " + app.Spoken(r.SegmentLeft)
	}
	return line + "."
}

// waited says how long a pause has waited on the coach, in whole
// minutes, once it has waited one: " (waiting 12 minutes)".
func waited(r app.TurnReading) string {
	if r.Waited < time.Minute {
		return ""
	}
	return " (waiting " + app.Spoken(r.Waited.Truncate(time.Minute)) + ")"
}

// turnNow reads the turn of a step of the session at now.
func turnNow(s *session.Session, st script.Step, now time.Time) app.TurnReading {
	return app.ReadTurnOf(s, st, now)
}

// turnPlan says how a turn is made now, for the step's description: "15
// minutes in 3 segments of 5 minutes, with a warning 2 minutes before the
// end." A turn shortened or lengthened is said as it now is.
func turnPlan(t *timer.Turn) string {
	segs := t.SegmentLengths()
	plan := app.Spoken(t.Length())
	if len(segs) > 1 {
		same := true
		for _, s := range segs {
			same = same && s == segs[0]
		}
		if same {
			plan += fmt.Sprintf(" in %d segments of %s", len(segs), app.Spoken(segs[0]))
		} else {
			var each []string
			for _, s := range segs {
				each = append(each, app.Spoken(s))
			}
			plan += fmt.Sprintf(" in %d segments (%s)", len(segs), strings.Join(each, ", "))
		}
		plan += ", with a pause to check in after each"
	}
	if w := t.Warn(); w > 0 && w < t.Length() {
		plan += ", and a warning " + app.Spoken(w) + " before the end"
	} else if none, ok := app.NoWarning(w, t.Length()); ok {
		plan += ", and " + none
	}
	return plan + "."
}

// roles says who focuses and who listens. The newcomer's name and the
// partners' are said here, on the screen of whoever runs the session, and
// never in a notification.
func roles(s *session.Session, turn *script.Turn) string {
	o := s.Options()
	name := func(r script.Role) string {
		switch {
		case r == script.Coach:
			return "you, the coach"
		case r == script.Newcomer && o.Newcomer != "":
			return "the newcomer, " + app.NewcomerLabel(o)
		case r == script.Newcomer:
			return "the newcomer"
		case r == script.ClientRole && o.Newcomer != "":
			return "the client, " + app.NewcomerLabel(o)
		case r == script.ClientRole:
			return "the client"
		}
		return app.RoleName(o, r)
	}
	focus, listen := app.RoleVerbs(app.KindOf(s.Script()))
	return focus + ": " + name(turn.Focuser) + ". " + listen + ": " + name(turn.Listener) + "."
}

// stepHead is the first line said of a step: "Step 7 of 11: My turn:
// coach focuses, newcomer listens. Next: Feedback on my turn."
func stepHead(s *session.Session) string {
	pos, st := s.Pos(), s.Current()
	line := fmt.Sprintf("Step %d of %d: %s", pos+1, s.Len(), app.Sentence(st.Title))
	if p := s.PlannedNow(st.ID); p > 0 && st.Turn == nil {
		line += " Planned " + app.Spoken(p) + "."
	}
	if pos+1 < s.Len() {
		return line + " Next: " + app.Sentence(s.Step(pos+1).Title)
	}
	return line + " This is the last step: E ends the session and asks " + app.EndFormOf(s.Script(), app.FirstSession(s)).Questions + "."
}

// stepLines says the whole current step: its head, the turn, the talking
// points, the checklist and the choice, numbered as x takes them.
func stepLines(s *session.Session, now time.Time) []string {
	st := s.Current()
	lines := []string{stepHead(s)}
	if st.Turn != nil {
		t := s.Turn(st.ID)
		lines = append(lines, roles(s, st.Turn),
			st.Turn.Name()+": "+turnPlan(t), turnLine(turnNow(s, st, now)))
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
			lines = append(lines, "Note at "+app.TimeOfDayAt(s, n.At, now)+": "+n.Text)
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
		lines = append(lines, "Choice: "+app.Sentence(c.Prompt)+" (x and the number chooses.)")
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
	lines := []string{fmt.Sprintf("Step %d of %d: %s", s.Pos()+1, s.Len(), app.Sentence(st.Title))}
	if st.Turn != nil {
		lines = append(lines, turnLine(turnNow(s, st, now)))
	}
	return append(lines, sessionClock(s, now))
}

// sessionClock says how far the session is into its planned length, how
// its clock started, and, when it is projected to run over, by how much
// and when it would end: "on course to" while the plan is not used up,
// "running over" once it is.
func sessionClock(s *session.Session, now time.Time) string {
	line := fmt.Sprintf("Session: %s of %s; the %s.", app.SpokenPast(s.Elapsed(now)), app.Spoken(s.Planned()),
		app.CallPhrase(s, now))
	if _, how := s.CallStarted(); how == session.CallWaiting {
		call, _ := app.KeyOf(app.OnSession, app.CmdCallStarts)
		line = fmt.Sprintf("Session: 0 of %s: the session clock %s, or type %s to start it.", app.Spoken(s.Planned()),
			app.CallPhrase(s, now), call.Names())
	}
	if over := s.Over(now); over > 0 {
		how := "On course to run over" // the plan is not yet used up: what the rest would take
		if s.Elapsed(now) > s.Planned() {
			how = "Running over"
		}
		line += fmt.Sprintf(" %s by %s: it ends about %s.", how, app.SpokenPast(over),
			app.TimeOfDayAt(s, s.Projected(now), now))
	}
	return line
}

// answerLines say the answers given for the current step's turn, such as
// what the focuser would like from their partner.
func answerLines(s *session.Session) []string {
	var lines []string
	for _, a := range s.TurnAnswers() {
		lines = append(lines, "Asked for this turn: "+app.Sentence(a.Question)+" Answer: "+app.Sentence(a.Text))
	}
	return lines
}

// timeLines say the time left: the current turn's, else the session's.
func timeLines(s *session.Session, now time.Time) []string {
	st := s.Current()
	if st.Turn != nil {
		return []string{turnLine(turnNow(s, st, now))}
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
		app.Sentence(st.Title), app.Spoken(s.PlannedNow(st.ID)))}
	if st.Turn != nil {
		lines = append(lines, roles(s, st.Turn))
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
	lines := []string{fmt.Sprintf("%d steps, %s planned:", s.Len(), app.Spoken(s.Planned()))}
	for p := 0; p < s.Len(); p++ {
		st := s.Step(p)
		line := fmt.Sprintf("%d. %s, planned %s", p+1, st.Title, app.PlanWords(s, st.ID))
		if d := s.Spent(st.ID, now); d >= time.Second {
			line += ", spent " + app.SpokenPast(d)
		}
		if t := s.Turn(st.ID); t != nil && t.Started() {
			line += ", its turn ran " + app.SpokenPast(t.Length()-t.Left(now)) + " of " + app.Spoken(t.Length())
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

// numberUpTo says which numbers answer a list of n: "a number from 1 to
// 3", or "the number 1" for a list of one, never a range of one.
func numberUpTo(n int) string {
	if n == 1 {
		return "the number 1"
	}
	return fmt.Sprintf("a number from 1 to %d", n)
}
