package session

import (
	"time"

	"partnercoach/script"
	"partnercoach/timer"
)

// SnapshotFormat is the version of the autosave format.
const SnapshotFormat = 1

// Snapshot is everything a live session holds, in a form that can be
// saved after every change and read back after a crash. It carries the
// script itself, so that a script edited or removed since does not stop
// the session from coming back as it was.
type Snapshot struct {
	Format   int           `json:"format"`
	Script   string        `json:"script"`
	Source   string        `json:"source"`
	Newcomer string        `json:"newcomer,omitempty"`
	Number   int           `json:"session_number,omitempty"`
	Warn     time.Duration `json:"warn"`
	// Started is when the call started; while the session's clock waits
	// for the call (CallStart "waiting"), when the session was made.
	Started time.Time `json:"started"`
	// CallStart says how the session's clock started: "first-action",
	// "key" or "waiting"; absent in autosaves of older versions, whose
	// clocks started when the program opened.
	CallStart string `json:"call_start,omitempty"`
	// Saved is when the snapshot was taken, on the wall clock: real even
	// in a rehearsal.
	Saved    time.Time            `json:"saved"`
	Order    []string             `json:"order"`
	Pos      int                  `json:"pos"`
	Entered  time.Time            `json:"entered"`
	UnderWay bool                 `json:"underway"`
	Steps    map[string]StepState `json:"steps"`
	Notes    []Note               `json:"notes,omitempty"`
	Marks    []Mark               `json:"marks,omitempty"`
	// NoteDraft is a note still being written.
	NoteDraft string `json:"note_draft,omitempty"`
	// Ended is when the coach ended the session, and LogAnswers the coach
	// log's answers as written so far (kept as "draft", as older saves
	// have it).
	Ended      time.Time `json:"ended,omitzero"`
	LogAnswers *Closing  `json:"draft,omitempty"`
	// Rehearsal is the clock of a rehearsal kept with --save; absent for
	// a session in real time.
	Rehearsal *Rehearsal `json:"rehearsal,omitempty"`
	// Partners names the partners of a peer session; absent when neither
	// was named.
	Partners *Partners `json:"partners,omitempty"`
}

// StepState is what a snapshot keeps of one step.
type StepState struct {
	Checks  []bool           `json:"checks,omitempty"`
	Answers map[int]string   `json:"answers,omitempty"`
	Chosen  *int             `json:"chosen,omitempty"`
	Spent   time.Duration    `json:"spent,omitempty"`
	Turn    *timer.SavedTurn `json:"turn,omitempty"`
}

// Snapshot returns the session's state at now.
func (s *Session) Snapshot(now time.Time) Snapshot {
	if s.source == "" {
		s.source = string(script.Encode(s.script))
	}
	snap := Snapshot{
		Format: SnapshotFormat, Script: s.script.Name, Source: s.source,
		Newcomer: s.opts.Newcomer, Number: s.opts.Number, Warn: s.opts.Warn,
		Started: s.started, CallStart: s.call.String(), Saved: s.Real(now),
		Pos: s.pos, Entered: s.entered,
		UnderWay: s.underway, Steps: map[string]StepState{},
		Notes: s.Notes(), Marks: s.Marks(),
		NoteDraft: s.noteDraft, Ended: s.ended,
	}
	if s.call == CallWaiting {
		snap.Started = s.opened
	}
	if s.logAnswers != nil {
		d := *s.logAnswers
		snap.LogAnswers = &d
	}
	if r := s.opts.Rehearsal; r.On() {
		snap.Rehearsal = &r
	}
	if p := s.opts.Partners; p != (Partners{}) {
		snap.Partners = &p
	}
	for p := range s.order {
		snap.Order = append(snap.Order, s.Step(p).ID)
	}
	for _, st := range s.script.Steps {
		snap.Steps[st.ID] = s.stepState(st.ID)
	}
	return snap
}

// stepState returns what a snapshot keeps of one step.
func (s *Session) stepState(id string) StepState {
	ss := StepState{Checks: append([]bool(nil), s.checks[id]...), Spent: s.spent[id]}
	if a := s.answers[id]; len(a) > 0 {
		ss.Answers = map[int]string{}
		for k, v := range a {
			ss.Answers[k] = v
		}
	}
	if c, ok := s.choices[id]; ok {
		ss.Chosen = &c
	}
	if t := s.turns[id]; t != nil {
		st := t.Saved()
		ss.Turn = &st
	}
	return ss
}
