package session

import (
	"strings"
	"time"
)

// The actions that keep a record of the session without changing its
// course.
type (
	// AddNote keeps a note, taken on the current step.
	AddNote struct{ Text string }
	// MarkMoment marks a partnering moment on the current step.
	MarkMoment struct{}
)

func (a AddNote) apply(s *Session, now time.Time) []Event {
	text := strings.TrimSpace(a.Text)
	if text == "" {
		return nil
	}
	id := s.Current().ID
	s.notes = append(s.notes, Note{At: now, Step: id, Text: text})
	return []Event{{Kind: NoteAdded, At: now, Step: id}}
}

func (MarkMoment) apply(s *Session, now time.Time) []Event {
	id := s.Current().ID
	s.marks = append(s.marks, Mark{At: now, Step: id})
	return []Event{{Kind: MomentMarked, At: now, Step: id}}
}

// Notes returns the notes taken so far, oldest first.
func (s *Session) Notes() []Note { return append([]Note(nil), s.notes...) }

// Marks returns the partnering moments marked so far, oldest first.
func (s *Session) Marks() []Mark { return append([]Mark(nil), s.marks...) }
