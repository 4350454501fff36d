package plain

import (
	"fmt"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// alertLine is the line printed for an alert event: a segment's end, the
// warning, or the end of a turn. checkIn is the turn's check-in prompt.
func alertLine(ev session.Event, checkIn string) string {
	turn := lowerFirst(ev.Turn)
	switch ev.Kind {
	case session.SegmentDone:
		if checkIn == "" {
			checkIn = "Check in before going on."
		}
		return fmt.Sprintf("Segment %d of %d of the %s is done, %s left. %s The timer is paused: s starts segment %d.",
			ev.Segment, ev.Segments, turn, spoken(ev.Left), sentence(checkIn), ev.Segment+1)
	case session.WarningDue:
		return fmt.Sprintf("Warning: %s left in the %s.", spoken(ev.Left), turn)
	case session.TurnEnded:
		return fmt.Sprintf("Time is up: the %s is over. Overtime counts from now: t tells it.", turn)
	}
	return ""
}

// changeLine is the line printed for an event the coach's own command
// brought about, or "" for one said otherwise (a step entered is said in
// full; the end of the session opens the coach log).
func changeLine(s *session.Session, ev session.Event, now time.Time) string {
	st := s.Current()
	switch ev.Kind {
	case session.TurnStarted:
		return "Started. " + turnLine(ev.Turn, s.Turn(ev.Step), now)
	case session.TurnPaused:
		return "Paused. " + turnLine(ev.Turn, s.Turn(ev.Step), now)
	case session.TurnResumed:
		return "Going on. " + turnLine(ev.Turn, s.Turn(ev.Step), now)
	case session.TurnChanged:
		t := s.Turn(ev.Step)
		return fmt.Sprintf("The %s is now %s long. %s", lowerFirst(ev.Turn), spoken(t.Length()), turnLine(ev.Turn, t, now))
	case session.TurnRestarted:
		return "Restarted. " + turnLine(ev.Turn, s.Turn(ev.Step), now)
	case session.NoteAdded:
		return fmt.Sprintf("Note %d kept.", len(s.Notes()))
	case session.MomentMarked:
		marks := s.Marks()
		return fmt.Sprintf("Partnering moment %d marked at %s.", len(marks), app.RealClock(s, marks[len(marks)-1].At))
	case session.Undone:
		return "Undone: " + sentence(ev.Undid)
	case session.CallStarted:
		return "The " + app.CallPhrase(s) + "; the session clock runs from now (undo takes it back)."
	case session.OptionChosen:
		c, _ := s.Chosen(st.ID)
		return "Chosen: " + sentence(st.Choice.Options[c].Label) + nextTitle(s)
	}
	return ""
}

// nextTitle says which step comes next, after a choice that may have
// changed it.
func nextTitle(s *session.Session) string {
	if p := s.Pos() + 1; p < s.Len() {
		return " Next: " + sentence(s.Step(p).Title)
	}
	return ""
}

// toggledLine says what checking item i off did.
func toggledLine(s *session.Session, i int) string {
	st := s.Current()
	if s.Checked(st.ID, i) {
		return fmt.Sprintf("Done: %d. %s", i+1, sentence(st.Checklist[i].Text))
	}
	return fmt.Sprintf("Not done: %d. %s", i+1, sentence(st.Checklist[i].Text))
}

// answeredLine says what answering item i did.
func answeredLine(s *session.Session, i int) string {
	st := s.Current()
	a, _ := s.Answer(st.ID, i)
	line := fmt.Sprintf("Done: %d. %s Answer: %s.", i+1, sentence(st.Checklist[i].Text), a)
	if st.Checklist[i].Answer == script.WarnMinutes {
		line += " The turn warns " + a + " before its end."
	}
	return line
}
