package app

import (
	"slices"
	"strings"

	"partnercoach/around/fees"
	"partnercoach/script"
	"partnercoach/session"
)

// This file holds what the end of a session asks, by the kind of session:
// a newcomer's partnership coaching asks the coach log's questions
// (screening, recommendation, a billable no-show); a coaching session with
// a client asks what fits one; a peer exchange between two partners asks
// only how it went and a note. Both front ends ask what EndForm says, in
// its words.

// OutcomeChoice is one outcome the end of a session offers, with its
// words for that kind of session.
type OutcomeChoice struct {
	Outcome session.Outcome
	Label   string
}

// EndForm is what the end of a session asks, and how its screen is
// named. A question whose title is "" is not asked.
type EndForm struct {
	// Name is what the screen at the end is called: "Coach log".
	Name string
	// Questions names its questions inside a sentence: "the coach log's
	// questions".
	Questions string
	// Ask is the question before ending the session, End the answer
	// that ends it ("End the session"), and Ended says it is ended ("The
	// session is ended").
	Ask, End, Ended string
	// Kept names what is written at its end, as the subject of a
	// sentence: "The coach log".
	Kept string
	// Question asks how the session went; Outcomes are its answers.
	Question string
	Outcomes []OutcomeChoice
	// Screens reports whether a session held asks the screening for the
	// partnership pool (the question ScreeningQuestion, its answers
	// session.Screenings): a newcomer's first session.
	Screens           bool
	ScreeningQuestion string
	// Further, Learn and Ready are the questions of the recommendation,
	// asked of a session held.
	Further, Learn, Ready string
	// Note is what the note field says while it is empty during the
	// session: where a note is kept ("a note for the coach log").
	Note string
	// Closing titles the closing note; Private says, as a sentence without
	// its full stop, where it stays.
	Closing, Private string
}

// Writing says that what is kept of the session is being written.
func (f EndForm) Writing() string { return "Writing " + LowerFirst(f.Kept) }

// Asks reports whether a session with the outcome given is asked the
// questions of the recommendation (Further, Learn, Ready).
func (f EndForm) Asks(o session.Outcome) bool {
	return o == session.Held && (f.Further != "" || f.Learn != "" || f.Ready != "")
}

// Screening reports whether a session with the outcome given is asked the
// screening for the partnership pool.
func (f EndForm) Screening(o session.Outcome) bool { return o == session.Held && f.Screens }

// AsksReady reports whether the question Ready is asked, given the
// answers so far: of a session asked the recommendation, unless its
// screening has answered it (see ReadySettled).
func (f EndForm) AsksReady(c session.Closing) bool {
	return f.Ready != "" && f.Asks(c.Outcome) && f.ReadySettled(c) == ""
}

// ReadySettled says, as a sentence, that the screening of the answers
// given has answered the question Ready with no, or "" when it has not.
// A newcomer screened not yet ready for the pool, or referred to a
// therapist or a hotline, cannot yet give a partner a turn, so is not
// ready for a partnership: the form does not ask it, and the record keeps
// no (see Kept).
func (f EndForm) ReadySettled(c session.Closing) string {
	if f.Ready == "" || !f.Asks(c.Outcome) || !f.Screening(c.Outcome) || !c.Screening.NotReady() {
		return ""
	}
	return strings.TrimSuffix(f.Ready, "?") + ": no, as the screening says " + LowerFirst(c.Screening.Label()) + "."
}

// Offers reports whether the outcome is one the form offers.
func (f EndForm) Offers(o session.Outcome) bool {
	for _, c := range f.Outcomes {
		if c.Outcome == o {
			return true
		}
	}
	return false
}

// LabelOf returns the words of an outcome in the form, or its own label
// when the form does not offer it.
func (f EndForm) LabelOf(o session.Outcome) string {
	for _, c := range f.Outcomes {
		if c.Outcome == o {
			return c.Label
		}
	}
	return o.Label()
}

// EndFormOf returns what the end of a session of the script asks; first
// reports whether it is a newcomer's first session.
func EndFormOf(s *script.Script, first bool) EndForm {
	switch KindOf(s) {
	case script.Peer:
		return EndForm{
			Name: "After the exchange", Questions: "the questions after the exchange",
			Ask: "End the exchange now?", End: "End the exchange", Ended: "The exchange is ended", Kept: "The exchange's record",
			Question: "How did the exchange go?",
			Outcomes: []OutcomeChoice{{session.Held, session.Held.PeerLabel()},
				{session.Rescheduled, session.Rescheduled.PeerLabel()}, {session.NoShow, session.NoShow.PeerLabel()}},
			Note: "a note for yourself", Closing: "A note for yourself", Private: "It is private and " + staysHere,
		}
	case script.Client:
		return EndForm{
			Name: "Session log", Questions: "the session log's questions",
			Ask: "End the session now and write the session log?", End: "End the session", Ended: "The session is ended", Kept: "The session log",
			Question: "How did the session go?",
			Outcomes: []OutcomeChoice{{session.Held, "Held"}, {session.Rescheduled, "Rescheduled"},
				{session.NoShow, session.NoShow.ClientLabel()}},
			Further: "How many further sessions did you agree with the client?",
			Note:    "a note for the session log", Closing: "Closing note: the agreement, what they will do, what comes next",
			Private: "It is confidential and " + staysHere,
		}
	}
	f := EndForm{
		Name: "Coach log", Questions: "the coach log's questions",
		Ask: "End the session now and write the coach log?", End: "End the session", Ended: "The session is ended", Kept: "The coach log",
		Question: "How did the session go?", Screens: first, ScreeningQuestion: "Screening for the partnership pool",
		Further: "How many further sessions do you recommend?", Learn: "What would they learn in them?", Ready: "Ready for a partnership?",
		Note: "a note for the coach log", Closing: "Closing note for the coach log", Private: "It is confidential and " + staysHere,
	}
	for _, o := range session.Outcomes {
		f.Outcomes = append(f.Outcomes, OutcomeChoice{o, o.Label()})
	}
	return f
}

// EndForm returns what the end of the session on show asks.
func (c *Core) EndForm() EndForm {
	if c.ses == nil {
		return EndFormOf(&script.Script{}, false)
	}
	f := EndFormOf(c.ses.Script(), FirstSession(c.ses))
	if !fees.SessionFor(c.ses.Options(), c.ses.Script()).Programme() {
		f.Outcomes = unbilled(f.Outcomes)
	}
	if !c.keepsRecord() {
		f.Private = strings.Replace(f.Private, staysHere, c.keptNowhere(), 1)
	}
	return f
}

// staysHere says where what the end of a session asks is kept; a run
// that keeps no record says keptNowhere instead.
const staysHere = "stays on this machine"

// keptNowhere says that what the end of a session asks is not kept, and
// why: "is not kept (a rehearsal)", or "(--no-save)".
func (c *Core) keptNowhere() string { return "is not kept (" + c.whyUnkept() + ")" }

// keepsRecord reports whether the run writes the session's record at its
// end: not a rehearsal, and not a run that keeps nothing.
func (c *Core) keepsRecord() bool { return c.cfg.Keeper != nil && recorded(c.ses.Options()) }

// Confidential reminds the coach, over the end of the session, that its
// content is confidential, and says where what is asked is kept.
func (c *Core) Confidential() string {
	where := staysHere
	if !c.keepsRecord() {
		where = c.keptNowhere()
	}
	return "Session content is confidential: " + LowerFirst(c.EndForm().Kept) + " " + where + "."
}

// unbilled are the outcomes of a session that is never billed (a coaching
// session outside the programme, a rehearsal), their words not calling a
// no-show billable.
func unbilled(outcomes []OutcomeChoice) []OutcomeChoice {
	out := slices.Clone(outcomes)
	for i := range out {
		out[i].Label = strings.TrimSuffix(out[i].Label, session.BillableMark)
	}
	return out
}
