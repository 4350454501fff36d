package session

import (
	"time"

	"partnercoach/script"
)

// RecordFormat is the version of the record file format. It changes only
// when a change would make older records read wrongly.
const RecordFormat = 1

// Outcome is how a booked session turned out.
type Outcome string

// The outcomes a coach can record.
const (
	// Held: the session took place.
	Held Outcome = "held"
	// NoShow: the newcomer did not come and had not cancelled 24 hours
	// ahead, so the session is billable.
	NoShow Outcome = "no-show"
	// Rescheduled: the session was moved to another time.
	Rescheduled Outcome = "rescheduled"
	// Transferred: the newcomer waived the session or passed it on.
	Transferred Outcome = "transferred"
)

// Outcomes lists the outcomes in the order they are offered.
var Outcomes = []Outcome{Held, NoShow, Rescheduled, Transferred}

// Billable reports whether a session with this outcome is invoiced.
func (o Outcome) Billable() bool { return o == Held || o == NoShow }

// Label is the outcome as the coach reads it.
func (o Outcome) Label() string {
	switch o {
	case Held:
		return "Held"
	case NoShow:
		return "Newcomer did not come" + BillableMark
	case Rescheduled:
		return "Rescheduled"
	case Transferred:
		return "Transferred or waived"
	}
	return string(o)
}

// PeerLabel is the outcome of a session between two partners, as either
// partner reads it: there is no newcomer, and nothing is billed.
func (o Outcome) PeerLabel() string {
	switch o {
	case Held:
		return "We had the exchange"
	case NoShow:
		return "My partner did not come"
	case Rescheduled:
		return "We moved it to another time"
	}
	return o.Label()
}

// ClientLabel is the outcome of a session with a client (a script of
// kind client), as the coach reads it: the client, not a newcomer, did
// not come.
func (o Outcome) ClientLabel() string {
	if o == NoShow {
		return "The client did not come" + BillableMark
	}
	return o.Label()
}

// BillableMark ends the words of a no-show that is billed; a session that
// is not billed leaves it off.
const BillableMark = " (billable)"

// Screening is the result of the screening in a first session.
type Screening string

// The screening results.
const (
	// NotScreened: no screening was recorded (a later session).
	NotScreened Screening = ""
	// Suitable: ready to join the partnership pool.
	Suitable Screening = "suitable"
	// NotYet: not yet ready for the pool.
	NotYet Screening = "not-yet"
	// Referred: referred to a therapist or a hotline.
	Referred Screening = "referred"
)

// Screenings lists the screening results in the order they are offered.
var Screenings = []Screening{Suitable, NotYet, Referred, NotScreened}

// NotReady reports whether the screening says the newcomer is not ready
// for a partnership now: not yet ready for the pool, or referred to a
// therapist or a hotline, as one who cannot yet take a listening turn.
// Such a screening answers the recommendation's "ready for a
// partnership" with no.
func (s Screening) NotReady() bool { return s == NotYet || s == Referred }

// Label is the screening result as the coach reads it.
func (s Screening) Label() string {
	switch s {
	case NotScreened:
		return "Not screened"
	case Suitable:
		return "Suitable for the partnership pool"
	case NotYet:
		return "Not yet ready for the pool"
	case Referred:
		return "Referred to a therapist or a hotline"
	}
	return string(s)
}

// Record is what is kept of a session once it is over: the coach log.
type Record struct {
	// Format is RecordFormat when the record was written.
	Format int `json:"format"`
	// ID names the record; it is also its file name, without ".json".
	ID string `json:"id"`
	// Newcomer is the newcomer's name or initials, if given.
	Newcomer string `json:"newcomer,omitempty"`
	// Number is which session this was for the newcomer, from 1.
	Number int `json:"session_number,omitempty"`
	// Script and ScriptTitle name the script that was run.
	Script      string `json:"script"`
	ScriptTitle string `json:"script_title,omitempty"`
	// Kind is "peer" for a session between two partners run with a peer
	// script: not a coaching session, never billed, and no session of a
	// newcomer's; "client" for a coaching session outside the programme,
	// which screens nobody and recommends nothing. It is absent for a
	// session of the programme's, and in records written before client
	// sessions kept it.
	Kind string `json:"kind,omitempty"`
	// Started and Ended are the wall-clock times of the session: from
	// the start of the call to the end of the session. A session whose
	// call never started has Started equal to Ended.
	Started time.Time `json:"started"`
	Ended   time.Time `json:"ended"`
	// CallStart says how the session's clock started: "first-action" (at
	// the coach's first key), "key" (on purpose), "open" (when the program
	// opened, in versions before this one and their autosaves), or
	// "waiting" (the call never started); absent in older records.
	CallStart string `json:"call_start,omitempty"`
	// Outcome is how the session turned out.
	Outcome Outcome `json:"outcome"`
	// FeeCents is the fee for the session in cents; zero if not billable.
	FeeCents int `json:"fee_cents"`
	// Steps are the steps in the order they ran.
	Steps []StepRecord `json:"steps"`
	// Screening is the screening result of a first session.
	Screening Screening `json:"screening,omitempty"`
	// Recommendation is what the coach recommends next.
	Recommendation Recommendation `json:"recommendation"`
	// Notes are the notes taken during the session.
	Notes []Note `json:"notes,omitempty"`
	// Marks are the partnering moments marked during the session.
	Marks []Mark `json:"marks,omitempty"`
	// Summary is the coach's closing note, written on the summary screen.
	Summary string `json:"summary,omitempty"`
}

// StepRecord is what happened in one step.
type StepRecord struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Planned and Actual are the planned time and the time spent.
	Planned script.Duration `json:"planned"`
	Actual  script.Duration `json:"actual"`
	// Set is the planned time as the coach last set it, its turn's
	// minutes added or taken off, when that differs from Planned; absent
	// otherwise (and in older records). See PlannedAsSet.
	Set script.Duration `json:"set,omitempty"`
	// Covered and Missed are the checklist items ticked off and not.
	Covered []string `json:"covered,omitempty"`
	Missed  []string `json:"missed,omitempty"`
	// Answers are the answers given to checklist items, by item text.
	Answers map[string]string `json:"answers,omitempty"`
	// Chosen is the label of the option chosen at a choice step.
	Chosen string `json:"chosen,omitempty"`
	// Turn is the step's timed turn, if it had one.
	Turn *TurnRecord `json:"turn,omitempty"`
}

// PlannedAsSet is the step's planned time as the coach last set it: what
// the agenda showed at the end, and what the review weighs the time taken
// against. It is Planned when the coach changed nothing.
func (r StepRecord) PlannedAsSet() script.Duration {
	if r.Set > 0 {
		return r.Set
	}
	return r.Planned
}

// TurnRecord is what happened in a timed turn.
type TurnRecord struct {
	// Name is the turn's name, such as "Coach's turn".
	Name string `json:"name"`
	// Length is the turn's length, including minutes added or removed.
	Length script.Duration `json:"length"`
	// Used is how much of it was used; more than Length in overtime. A
	// turn stops when the coach leaves its step, so Used is the time it
	// really ran.
	Used script.Duration `json:"used"`
	// WarnedAt is how much of the turn had gone when its warning last
	// came: absent when none came, and in records older than this field.
	WarnedAt script.Duration `json:"warned_at,omitempty"`
	// Answers are the answers in words given for the turn, such as what
	// the focuser would like from their partner, by the question's text;
	// the step that asked them keeps them too.
	Answers map[string]string `json:"answers,omitempty"`
}

// ReadyDespiteScreening reports whether the record says the newcomer is
// ready for a partnership while its screening says they are not (see
// Screening.NotReady): a coach log written before partnercoach took the
// answer from the screening, or one edited by hand. It is read as it
// is, and shown with a word.
func (r Record) ReadyDespiteScreening() bool {
	return r.Recommendation.Ready && r.Screening.NotReady()
}

// Peer reports whether the record is of a peer session between two
// partners: one that is never billed, and counts as none of a newcomer's
// sessions.
func (r Record) Peer() bool { return r.Kind == string(script.Peer) }

// Client reports whether the record is of a coaching session outside the
// programme, with a client: it asked only how many further sessions were
// agreed.
func (r Record) Client() bool { return r.Kind == string(script.Client) }

// Recommendation is what the coach recommends at the end of a session.
type Recommendation struct {
	// FurtherSessions is how many more sessions the coach recommends.
	FurtherSessions int `json:"further_sessions"`
	// Learn is what the newcomer would learn in them.
	Learn string `json:"learn,omitempty"`
	// Ready is whether the newcomer is ready for a partnership.
	Ready bool `json:"ready_for_partnership"`
}

// Note is a note taken during a session.
type Note struct {
	At   time.Time `json:"at"`
	Step string    `json:"step"`
	Text string    `json:"text"`
}

// Mark is a partnering moment the coach marked during a session.
type Mark struct {
	At   time.Time `json:"at"`
	Step string    `json:"step"`
}
