package session

import "time"

// CallStart says how the session's clock started: the clock runs from
// the start of the call, not from when the program opened.
type CallStart int

// The ways the session's clock starts.
const (
	// CallWaiting: the call has not started; the session's clock waits.
	CallWaiting CallStart = iota
	// CallAtFirstAction: the clock started at the coach's first change to
	// the session.
	CallAtFirstAction
	// CallByKey: the coach started the clock on purpose (StartCall).
	CallByKey
	// CallAtOpen: the clock started when the program opened, as it did
	// before the clock waited for the call; a session brought back from
	// an older autosave has it.
	CallAtOpen
)

// Phrase says how the clock started, to follow "started …": "at your
// first key", "by key", "when the program opened", or "" while waiting.
func (c CallStart) Phrase() string {
	switch c {
	case CallAtFirstAction:
		return "at your first key"
	case CallByKey:
		return "by key"
	case CallAtOpen:
		return "when the program opened"
	}
	return ""
}

// The names of the ways in snapshots and records.
var callNames = map[CallStart]string{
	CallWaiting:       "waiting",
	CallAtFirstAction: "first-action",
	CallByKey:         "key",
	CallAtOpen:        "open",
}

// String returns the name of the way in snapshots and records.
func (c CallStart) String() string { return callNames[c] }

// callStartNamed returns the way of the given name; an unknown name is
// false.
func callStartNamed(name string) (CallStart, bool) {
	for c, n := range callNames {
		if n == name {
			return c, true
		}
	}
	return CallWaiting, false
}

// StartCall starts the session's clock now: the call has begun. It does
// nothing once the clock runs.
type StartCall struct{}

func (StartCall) apply(s *Session, now time.Time) []Event {
	if s.call != CallWaiting {
		return nil
	}
	return s.startCall(CallByKey, now)
}

// startCall starts the session's clock at now, the current step's time
// with it.
func (s *Session) startCall(how CallStart, now time.Time) []Event {
	s.started, s.call, s.entered = now, how, now
	return []Event{{Kind: CallStarted, At: now, Step: s.Current().ID}}
}

// CallStarted returns when the call started, and how the session's clock
// started then; how is CallWaiting while the clock waits for the call.
func (s *Session) CallStarted() (time.Time, CallStart) { return s.started, s.call }

// startsCall reports whether an action, if it changes the session, starts
// the call's clock: every one but ending the session, undoing, and
// StartCall, which starts it itself.
func startsCall(a Action) bool {
	switch a.(type) {
	case End, Undo, StartCall:
		return false
	}
	return true
}
