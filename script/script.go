// Package script holds the model of a coaching session plan: its steps,
// talking points, checklists, timed turns, choices and cards. A Script is
// read from a YAML file and checked with Load, which reports every problem
// at its line and column; the built-in scripts are embedded in the binary,
// and the coach's own scripts are kept in a folder of their own (see Dir).
package script

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Role names who takes a part in a timed turn.
type Role string

// The two roles of a partnership coaching session, and the client of a
// coaching session outside Focusing (kind: client), whom a coach coaches
// as a newcomer is.
const (
	Coach      Role = "coach"
	Newcomer   Role = "newcomer"
	ClientRole Role = "client"
)

// Coached reports whether the role is the person a coach coaches: the
// newcomer, or a client.
func (r Role) Coached() bool { return r == Newcomer || r == ClientRole }

// Label is the role as it is shown to the coach, such as "Coach".
func (r Role) Label() string {
	switch r {
	case Coach:
		return "Coach"
	case Newcomer:
		return "Newcomer"
	case ClientRole:
		return "Client"
	case PartnerA:
		return "Partner A"
	case PartnerB:
		return "Partner B"
	}
	return string(r)
}

// Script is the plan of one kind of session.
type Script struct {
	// Name is the short name used on the command line, such as "first".
	Name string `yaml:"name"`
	// Title is the human title shown in the header.
	Title string `yaml:"title"`
	// Summary says in a sentence or two what the session is for.
	Summary string `yaml:"summary,omitempty"`
	// Kind is what kind of session the script plans: Coaching (the
	// default) or Peer. It decides the roles its turns may name.
	Kind Kind `yaml:"kind,omitempty"`
	// Length is the planned length of the whole session.
	Length Duration `yaml:"length"`
	// Steps are the parts of the session in their planned order.
	Steps []Step `yaml:"steps"`
	// Cards are reference cards of the script's own. A card with the id of
	// a built-in card takes its place.
	Cards []Card `yaml:"cards,omitempty"`
}

// Step is one part of a session.
type Step struct {
	// ID names the step uniquely within its script; choices refer to it.
	ID string `yaml:"id"`
	// Title is shown in the agenda and at the top of the body.
	Title string `yaml:"title"`
	// Time is the planned time of the step. For a step with a turn it may
	// be left out, and the turn's length is used.
	Time Duration `yaml:"time,omitempty"`
	// Points are talking points: what the coach may say or keep in mind.
	Points []string `yaml:"points,omitempty"`
	// Checklist holds the items the coach ticks off during the step.
	Checklist []Item `yaml:"checklist,omitempty"`
	// Turn, when set, makes the step a timed Focusing turn.
	Turn *Turn `yaml:"turn,omitempty"`
	// Choice, when set, asks the coach to pick an option that may reorder
	// the steps that follow.
	Choice *Choice `yaml:"choice,omitempty"`
	// Cards names, by id, the reference cards that belong to the step;
	// they are offered first while the step is on screen.
	Cards []string `yaml:"cards,omitempty"`
}

// Planned is the planned time of the step: its Time, or else the length
// of its turn.
func (s Step) Planned() time.Duration {
	if s.Time > 0 {
		return s.Time.D()
	}
	if s.Turn != nil {
		return s.Turn.Length.D()
	}
	return 0
}

// Answer is the kind of answer a checklist item collects.
type Answer string

// The kinds of answer a checklist item may collect.
const (
	// NoAnswer is an item that is only ticked off.
	NoAnswer Answer = ""
	// WarnMinutes is an item whose answer is a number of minutes that
	// becomes the warning lead time of the newcomer's turns.
	WarnMinutes Answer = "warning-minutes"
	// TextAnswer is an item whose answer is a line of text that the coach
	// types, such as what the focuser would like from their partner. It
	// applies to the next timed turn, from this step on.
	TextAnswer Answer = "text"
)

// Item is one entry of a checklist.
type Item struct {
	// Text is what the coach reads.
	Text string `yaml:"text"`
	// Answer, when set, is the kind of answer the item collects.
	Answer Answer `yaml:"answer,omitempty"`
	// For, when set, is the id of the step whose turn the answer is for:
	// a warning then applies to that turn only, and a text answer is
	// shown during that turn only.
	For string `yaml:"for,omitempty"`
}

// Turn is a timed Focusing turn: one person focuses while the other listens.
type Turn struct {
	// Focuser is who focuses; Listener is who listens.
	Focuser  Role `yaml:"focuser"`
	Listener Role `yaml:"listener"`
	// Length is the planned length of the turn.
	Length Duration `yaml:"length"`
	// Segments, when given, split the turn; they add up to Length. The
	// timer pauses at each boundary so the coach can check in.
	Segments []Duration `yaml:"segments,omitempty"`
	// Warn is the warning lead time. Zero means the run's default.
	Warn Duration `yaml:"warn,omitempty"`
	// CheckIn is the prompt shown at each segment boundary.
	CheckIn string `yaml:"checkin,omitempty"`
}

// Name is how the turn is named in alerts, such as "Coach's turn". It
// names a role, never a person.
func (t Turn) Name() string {
	return t.Focuser.Label() + "'s turn"
}

// Phrase names the turn by its role inside a sentence: a partner's role
// is a name ("Partner B's turn"), the others are not ("the coach's turn",
// "the newcomer's turn").
func (t Turn) Phrase() string { return TurnPhrase(t.Name()) }

// TurnPhrase names a turn inside a sentence from its name (Turn.Name), as
// a record or an event keeps it: "Partner A's turn" keeps its capital,
// "Coach's turn" becomes "the coach's turn".
func TurnPhrase(name string) string {
	for _, r := range []Role{PartnerA, PartnerB} {
		if strings.HasPrefix(name, r.Label()+"'s ") {
			return name
		}
	}
	first, size := utf8.DecodeRuneInString(name)
	return "the " + string(unicode.ToLower(first)) + name[size:]
}

// SegmentLengths returns the turn's segments, or the whole turn as one.
func (t Turn) SegmentLengths() []time.Duration {
	if len(t.Segments) == 0 {
		return []time.Duration{t.Length.D()}
	}
	out := make([]time.Duration, len(t.Segments))
	for i, s := range t.Segments {
		out[i] = s.D()
	}
	return out
}

// Choice is a question the coach answers by picking one option.
type Choice struct {
	// Prompt is the question, such as "Who focuses first?".
	Prompt string `yaml:"prompt"`
	// Options are the possible answers.
	Options []Option `yaml:"options"`
}

// Option is one answer of a Choice.
type Option struct {
	// Label is what the coach sees.
	Label string `yaml:"label"`
	// Order, when given, lists step ids in the order they follow once this
	// option is chosen. The listed steps take, in this order, the places
	// those same steps held in the script.
	Order []string `yaml:"order,omitempty"`
	// Lengths, when given, sets the planned length of turns once this
	// option is chosen, by the id of each turn's step.
	Lengths map[string]Duration `yaml:"lengths,omitempty"`
}

// Planned is the sum of the planned times of all steps.
func (s *Script) Planned() time.Duration {
	var d time.Duration
	for _, st := range s.Steps {
		d += st.Planned()
	}
	return d
}

// StepIndex returns the index of the step with the given id, or -1.
func (s *Script) StepIndex(id string) int {
	for i, st := range s.Steps {
		if st.ID == id {
			return i
		}
	}
	return -1
}
