package session

import (
	"time"

	"partnercoach/script"
)

// Closing is what the coach adds on the summary screen when a session
// ends: how it turned out, the screening, the recommendation and a note.
type Closing struct {
	Outcome        Outcome        `json:"outcome"`
	Screening      Screening      `json:"screening,omitempty"`
	Recommendation Recommendation `json:"recommendation"`
	Summary        string         `json:"summary,omitempty"`
	// FeeCents is the session's fee; it is kept only if the outcome is
	// billable and the session is not a peer session.
	FeeCents int `json:"fee_cents"`
}

// Record makes the coach log of the session, ended at now, under id.
func (s *Session) Record(id string, c Closing, now time.Time) Record {
	rec := Record{
		Format: RecordFormat, ID: id, Newcomer: s.opts.Newcomer, Number: s.opts.Number,
		Script: s.script.Name, ScriptTitle: s.script.Title,
		Started: s.started, CallStart: s.call.String(), Ended: now, Outcome: c.Outcome,
		Screening: c.Screening, Recommendation: c.Recommendation, Summary: c.Summary,
		Notes: s.Notes(), Marks: s.Marks(),
	}
	if s.call == CallWaiting {
		rec.Started = now // the call never started: it took no time
	}
	if k := s.script.Kind; k == script.Peer || k == script.Client {
		rec.Kind = string(k)
	}
	if c.Outcome.Billable() && !s.script.Peer() {
		rec.FeeCents = c.FeeCents
	}
	for p := range s.order {
		rec.Steps = append(rec.Steps, s.stepRecord(p, now))
	}
	return rec
}

// stepRecord says what happened in the step at pos up to now.
func (s *Session) stepRecord(pos int, now time.Time) StepRecord {
	st := s.Step(pos)
	r := StepRecord{
		ID: st.ID, Title: st.Title,
		Planned: script.Duration(s.PlannedFor(st.ID)),
		Actual:  script.Duration(s.Spent(st.ID, now).Round(time.Second)),
	}
	if set := s.PlannedNow(st.ID); set != s.PlannedFor(st.ID) && set > 0 {
		r.Set = script.Duration(set)
	}
	for i, it := range st.Checklist {
		if s.Checked(st.ID, i) {
			r.Covered = append(r.Covered, it.Text)
		} else {
			r.Missed = append(r.Missed, it.Text)
		}
		if a, ok := s.Answer(st.ID, i); ok {
			if r.Answers == nil {
				r.Answers = map[string]string{}
			}
			r.Answers[it.Text] = a
		}
	}
	if c, ok := s.Chosen(st.ID); ok {
		r.Chosen = st.Choice.Options[c].Label
	}
	if t := s.turns[st.ID]; t != nil {
		r.Turn = &TurnRecord{
			Name:   st.Turn.Name(),
			Length: script.Duration(t.Length()),
			Used:   script.Duration((t.Length() - t.Left(now)).Round(time.Second)),
		}
		if w, ok := t.WarnedAt(); ok {
			r.Turn.WarnedAt = script.Duration(w.Round(time.Second))
		}
		for _, a := range s.turnAnswersAt(pos) {
			if r.Turn.Answers == nil {
				r.Turn.Answers = map[string]string{}
			}
			r.Turn.Answers[a.Question] = a.Text
		}
	}
	return r
}
