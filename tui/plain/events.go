package plain

import (
	"fmt"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// changeLine is the line printed for an event the coach's own command
// brought about, or "" for one said otherwise (a step entered is said in
// full; the end of the session opens the coach log).
func changeLine(s *session.Session, ev session.Event, now time.Time) string {
	st := s.Current()
	switch ev.Kind {
	case session.TurnStarted:
		return "Started. " + turnLine(turnOf(s, ev.Step, now))
	case session.TurnPaused:
		return "Paused. " + turnLine(turnOf(s, ev.Step, now))
	case session.TurnResumed:
		return "Going on. " + turnLine(turnOf(s, ev.Step, now))
	case session.TurnChanged:
		r := turnOf(s, ev.Step, now)
		return fmt.Sprintf("%s is now %s long. %s", app.Capital(r.Phrase), app.Spoken(r.Length), turnLine(r))
	case session.TurnRestarted:
		return "Restarted. " + turnLine(turnOf(s, ev.Step, now))
	case session.TurnClosed:
		return app.ClosedSpoken(turnOf(s, ev.Step, now)) + " (undo takes it back)"
	case session.NoteAdded:
		return fmt.Sprintf("Note %d kept.", len(s.Notes()))
	case session.MomentMarked:
		marks := s.Marks()
		return fmt.Sprintf("Partnering moment %d marked at %s.", len(marks), app.TimeOfDay(s, marks[len(marks)-1].At))
	case session.Undone:
		if strings.HasSuffix(ev.Undid, "'") { // a title quoted: the sentence ends after it
			return "Undone: " + ev.Undid + "."
		}
		return "Undone: " + app.Sentence(ev.Undid)
	case session.CallStarted:
		return "The " + app.CallPhrase(s, now) + "; the session clock runs from now (undo takes it back)."
	case session.OptionChosen:
		c, _ := s.Chosen(st.ID)
		return "Chosen: " + app.Sentence(st.Choice.Options[c].Label) + nextTitle(s)
	}
	return ""
}

// turnOf reads the turn of the step with the given id at now.
func turnOf(s *session.Session, stepID string, now time.Time) app.TurnReading {
	return turnNow(s, s.Script().Steps[s.Script().StepIndex(stepID)], now)
}

// nextTitle says which step comes next, after a choice that may have
// changed it.
func nextTitle(s *session.Session) string {
	if p := s.Pos() + 1; p < s.Len() {
		return " Next: " + app.Sentence(s.Step(p).Title)
	}
	return ""
}

// toggledLine says what checking item i off did.
func toggledLine(s *session.Session, i int) string {
	st := s.Current()
	if s.Checked(st.ID, i) {
		return fmt.Sprintf("Done: %d. %s", i+1, app.Sentence(st.Checklist[i].Text))
	}
	return fmt.Sprintf("Not done: %d. %s", i+1, app.Sentence(st.Checklist[i].Text))
}

// answeredLine says what answering item i did.
func answeredLine(s *session.Session, i int) string {
	st := s.Current()
	a, _ := s.Answer(st.ID, i)
	line := fmt.Sprintf("Done: %d. %s Answer: %s.", i+1, app.Sentence(st.Checklist[i].Text), a)
	if st.Checklist[i].Answer == script.WarnMinutes {
		line += " The turn warns " + a + " before its end."
	}
	return line
}
