package session

import (
	"errors"
	"fmt"

	"partnercoach/internal/english"
	"partnercoach/script"
	"partnercoach/timer"
)

// Restore brings back a session from a snapshot, exactly as it was when
// the snapshot was taken. A running turn's time has gone on running since:
// its deadline is a wall-clock instant. It refuses a snapshot that does
// not fit its own script, saying what does not fit.
func Restore(snap Snapshot) (*Session, error) {
	if snap.Format != SnapshotFormat {
		return nil, fmt.Errorf("format %d is not one this version reads (expected %d)", snap.Format, SnapshotFormat)
	}
	sc, err := script.Load(snap.Script+".yaml", []byte(snap.Source))
	if err != nil {
		return nil, fmt.Errorf("the saved script: %w", err)
	}
	opts := Options{Warn: snap.Warn, Newcomer: snap.Newcomer, Number: snap.Number}
	if snap.Rehearsal != nil {
		opts.Rehearsal = *snap.Rehearsal
	}
	if snap.Partners != nil {
		opts.Partners = *snap.Partners
	}
	s := New(sc, opts, snap.Started)
	if err := s.restoreOrder(snap); err != nil {
		return nil, &RestoreError{Key: "order", Err: err}
	}
	for id, ss := range snap.Steps {
		if err := s.restoreStep(id, ss); err != nil {
			return nil, &RestoreError{Key: "steps", Step: id, Err: err}
		}
	}
	if err := s.restoreCall(snap); err != nil {
		return nil, &RestoreError{Key: "call_start", Err: err}
	}
	s.entered, s.underway = snap.Entered, snap.UnderWay
	s.pauseLeftBehind()
	s.notes, s.marks = append([]Note(nil), snap.Notes...), append([]Mark(nil), snap.Marks...)
	s.noteDraft, s.ended = snap.NoteDraft, snap.Ended
	if snap.LogAnswers != nil {
		s.SetLogAnswers(*snap.LogAnswers)
	}
	return s, nil
}

// restoreCall puts back when and how the session's clock started. An
// autosave of an older version, which has no call_start, started its
// clock when the program opened.
func (s *Session) restoreCall(snap Snapshot) error {
	if snap.CallStart == "" {
		s.started, s.call = snap.Started, CallAtOpen
		return nil
	}
	how, ok := callStartNamed(snap.CallStart)
	if !ok {
		return fmt.Errorf("call_start %q is not a way the session's clock starts", snap.CallStart)
	}
	if how != CallWaiting {
		s.started = snap.Started
	}
	s.call = how
	return nil
}

// pauseLeftBehind pauses a turn running on a step behind the current
// one, as an older version could leave it, at the instant the current
// step was entered: the latest the coach can have left the turn's step.
// (A turn running on a step ahead was left running by a look back.)
func (s *Session) pauseLeftBehind() {
	for p := 0; p < s.pos; p++ {
		id := s.Step(p).ID
		t := s.turns[id]
		if t == nil || !t.Running() {
			continue
		}
		t.Advance(s.entered) // alerts up to then were due while the coach was away
		if t.Running() {
			t.Toggle(s.entered)
		}
	}
}

// RestoreError is a snapshot that does not fit its script, with the
// top-level key it is under and, for a step's state, the step's id: so
// that the autosave can name the place in its file.
type RestoreError struct {
	Key, Step string
	Err       error
}

// Error says what does not fit, and of which step.
func (e *RestoreError) Error() string {
	if e.Step != "" {
		return fmt.Sprintf("step %s: %v", e.Step, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns what does not fit.
func (e *RestoreError) Unwrap() error { return e.Err }

// restoreOrder puts the steps back in their saved order and position.
func (s *Session) restoreOrder(snap Snapshot) error {
	if len(snap.Order) != len(s.script.Steps) {
		return fmt.Errorf("the saved order has %d steps, the script %d", len(snap.Order), len(s.script.Steps))
	}
	seen := map[int]bool{}
	for p, id := range snap.Order {
		i := s.script.StepIndex(id)
		if i < 0 || seen[i] {
			return fmt.Errorf("the saved order names step %q, which is unknown or named twice", id)
		}
		seen[i] = true
		s.order[p] = i
	}
	if snap.Pos < 0 || snap.Pos >= len(s.order) {
		return fmt.Errorf("the saved position %d is outside the %d steps", snap.Pos+1, len(s.order))
	}
	s.pos = snap.Pos
	return nil
}

// restoreStep puts back one step's checks, answers, choice, time and turn.
func (s *Session) restoreStep(id string, ss StepState) error {
	i := s.script.StepIndex(id)
	if i < 0 {
		return errors.New("the script has no such step")
	}
	st := s.script.Steps[i]
	if len(ss.Checks) != len(st.Checklist) {
		n, items := len(ss.Checks), len(st.Checklist)
		return fmt.Errorf("%d %s saved for a checklist of %d %s",
			n, english.Plural(n, "check is", "checks are"), items, english.Plural(items, "item", "items"))
	}
	copy(s.checks[id], ss.Checks)
	for item, a := range ss.Answers {
		if item < 0 || item >= len(st.Checklist) {
			return fmt.Errorf("an answer is saved for item %d of %d", item+1, len(st.Checklist))
		}
		if s.answers[id] == nil {
			s.answers[id] = map[int]string{}
		}
		s.answers[id][item] = a
	}
	if ss.Chosen != nil {
		if st.Choice == nil || *ss.Chosen < 0 || *ss.Chosen >= len(st.Choice.Options) {
			return fmt.Errorf("the saved choice %d is not an option of this step", *ss.Chosen+1)
		}
		s.choices[id] = *ss.Chosen
	}
	s.spent[id] = ss.Spent
	return s.restoreTurn(st, ss)
}

// restoreTurn puts back a step's turn timer.
func (s *Session) restoreTurn(st script.Step, ss StepState) error {
	if (st.Turn == nil) != (ss.Turn == nil) {
		return errors.New("the saved turn does not match the script's step")
	}
	if st.Turn == nil {
		return nil
	}
	t, err := timer.RestoreTurn(st.Turn.SegmentLengths(), *ss.Turn)
	if err != nil {
		return err
	}
	s.turns[st.ID] = t
	return nil
}
