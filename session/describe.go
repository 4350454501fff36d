package session

import (
	"fmt"
	"time"

	"partnercoach/internal/english"
)

// describe says in words what action a changed, given the state before
// it, as Undo reports it: "ticked 'Self-guided out loud'".
func (s *Session) describe(a Action, before memento) string {
	st := s.script.Steps[before.order[before.pos]]
	turn := ""
	if st.Turn != nil {
		turn = st.Turn.Phrase()
	}
	switch a := a.(type) {
	case Next, Prev:
		d := fmt.Sprintf("moved to '%s'", s.Current().Title)
		if was := before.turns[st.ID]; was.Running && s.pos > before.pos {
			d += " (ending " + turn + ")"
		}
		return d
	case Toggle:
		if before.checks[st.ID][a.Item] {
			return fmt.Sprintf("unticked '%s'", st.Checklist[a.Item].Text)
		}
		return fmt.Sprintf("ticked '%s'", st.Checklist[a.Item].Text)
	case Answer:
		ans, _ := s.Answer(st.ID, a.Item)
		return fmt.Sprintf("answered '%s': %s", st.Checklist[a.Item].Text, shorten(ans))
	case Choose:
		return fmt.Sprintf("chose '%s'", st.Choice.Options[a.Option].Label)
	case StartPause:
		switch was := before.turns[st.ID]; {
		case !was.Started:
			return "started " + turn
		case !was.Running:
			return "resumed " + turn
		}
		return "paused " + turn
	case Extend:
		if a.By < 0 {
			return fmt.Sprintf("took %s off %s", spanText(-a.By), turn)
		}
		return fmt.Sprintf("added %s to %s", spanText(a.By), turn)
	case Restart:
		return "restarted " + turn
	case AddNote:
		return fmt.Sprintf("added the note '%s'", shorten(s.notes[len(s.notes)-1].Text))
	case MarkMoment:
		return "marked a partnering moment"
	case End:
		return "ended the session"
	case StartCall:
		return "started the session clock"
	}
	return "a change"
}

// shortLen is how many characters of a note or an answer describe says.
const shortLen = 40

// shorten cuts text to shortLen characters, marking the cut with "…".
func shorten(text string) string {
	r := []rune(text)
	if len(r) <= shortLen {
		return text
	}
	return string(r[:shortLen-1]) + "…"
}

// spanText writes a span of time added to or taken off a turn: "1
// minute", "5 minutes", "30 seconds".
func spanText(d time.Duration) string {
	return english.Words(int64(d.Round(time.Second) / time.Second))
}
