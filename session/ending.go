package session

import "time"

// End closes the session at the current step: the call is over and the
// coach is writing the coach log. The time spent on the current step
// stops there. Ending twice keeps the first end.
type End struct{}

func (End) apply(s *Session, now time.Time) []Event {
	if !s.ended.IsZero() {
		return nil
	}
	s.ended = now
	return []Event{{Kind: SessionEnded, At: now, Step: s.Current().ID}}
}

// Ended returns when the session was ended, and whether it has been.
func (s *Session) Ended() (time.Time, bool) { return s.ended, !s.ended.IsZero() }

// IsEnded reports whether the session has been ended: the coach was
// writing its coach log.
func (s *Session) IsEnded() bool { return !s.ended.IsZero() }

// EndedOr returns when the session was ended, or otherwise if it has not
// been: the end its coach log is written for.
func (s *Session) EndedOr(otherwise time.Time) time.Time {
	if s.ended.IsZero() {
		return otherwise
	}
	return s.ended
}

// SetLogAnswers keeps the coach log's answers as written so far, so that
// they are saved with the session and come back with it.
func (s *Session) SetLogAnswers(c Closing) { s.logAnswers = &c }

// LogAnswers returns the coach log's answers as written so far, if any
// have been.
func (s *Session) LogAnswers() (Closing, bool) {
	if s.logAnswers == nil {
		return Closing{}, false
	}
	return *s.logAnswers, true
}

// SetNoteDraft keeps the text of a note still being written.
func (s *Session) SetNoteDraft(text string) { s.noteDraft = text }

// NoteDraft returns the text of a note still being written.
func (s *Session) NoteDraft() string { return s.noteDraft }
