package session

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"partnercoach/internal/textsafe"
	"partnercoach/script"
)

// MaxAnswer is the longest text answer, in characters.
const MaxAnswer = 300

// CheckAnswer returns a text answer as it is kept, without the spaces
// around it, or says why it cannot be kept: it is empty, longer than
// MaxAnswer characters, or holds a control character (an answer is one
// line of text). A front end calls it to say what is wrong while the
// coach is still typing.
func CheckAnswer(text string) (string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", errors.New("the answer is empty")
	}
	if off, r, bad := textsafe.FirstControl(text); bad {
		return "", fmt.Errorf("the answer holds %s at character %d (expected one line of text)",
			textsafe.Describe(r), utf8.RuneCountInString(text[:off])+1)
	}
	if n := utf8.RuneCountInString(text); n > MaxAnswer {
		return "", fmt.Errorf("the answer is %d characters long (expected at most %d)", n, MaxAnswer)
	}
	return text, nil
}

// TurnAnswer is a text answer given for a timed turn, such as what the
// focuser would like from their partner.
type TurnAnswer struct {
	// Step is the id of the step the answer was given in, and Item the
	// index of its checklist item.
	Step string
	Item int
	// Question is the item's text; Text is the answer.
	Question, Text string
}

// TurnAnswers returns the text answers that apply to the current step's
// turn, so that the coach sees them during it: those for the turn by
// name (an item with for:), and those for no turn by name given at the
// step itself and at the steps since the previous turn, in the order the
// steps run. It returns nothing at a step without a turn.
func (s *Session) TurnAnswers() []TurnAnswer { return s.turnAnswersAt(s.pos) }

// turnAnswersAt returns the text answers that apply to the turn of the
// step at pos.
func (s *Session) turnAnswersAt(pos int) []TurnAnswer {
	cur := s.Step(pos)
	if cur.Turn == nil {
		return nil
	}
	from := pos
	for from > 0 && s.Step(from-1).Turn == nil {
		from--
	}
	var out []TurnAnswer
	for p := range s.order {
		st := s.Step(p)
		for i, it := range st.Checklist {
			a, ok := s.answers[st.ID][i]
			near := it.For == "" && p >= from && p <= pos
			if ok && it.Answer == script.TextAnswer && (it.For == cur.ID || near) {
				out = append(out, TurnAnswer{Step: st.ID, Item: i, Question: it.Text, Text: a})
			}
		}
	}
	return out
}
