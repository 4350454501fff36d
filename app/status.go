package app

import "fmt"

// This file holds what 'partnercoach status' says of a session, for a
// status bar (tmux, waybar, i3blocks, polybar): one line, or its fields
// as JSON. A status bar can be seen by others on a shared screen, so it
// names the turn by its role unless names are asked for.

// Status is what 'partnercoach status --format json' prints: the keys a
// waybar custom module reads (text, tooltip, class, percentage) and the
// session's fields for other status bars and scripts.
type Status struct {
	// State is none, unfinished, step, turn or ended.
	State string `json:"state"`
	// Text is the status line; Tooltip says the step in full.
	Text    string `json:"text"`
	Tooltip string `json:"tooltip"`
	// Class is the state or, for a turn, its phase: running, warning,
	// over, paused, check-in or not-started.
	Class string `json:"class"`
	// Percentage is the part of the turn gone, from 0 to 100.
	Percentage int `json:"percentage"`
	// Step is the current step's place from 1, of Steps, and StepTitle
	// its title.
	Step      int    `json:"step,omitempty"`
	Steps     int    `json:"steps,omitempty"`
	StepTitle string `json:"step_title,omitempty"`
	// Role is the turn's focuser by role, and Name their name, only when
	// names were asked for.
	Role string `json:"role,omitempty"`
	Name string `json:"name,omitempty"`
	// LeftSeconds is the turn's time left in whole seconds, as the screen
	// shows it, negative in overtime; absent with no turn.
	LeftSeconds *int64 `json:"left_seconds,omitempty"`
	// WaitingForCall reports that the session's clock waits for the call.
	WaitingForCall bool `json:"waiting_for_call,omitempty"`
	// Rehearsal reports a rehearsal, whose times are on its fast clock.
	Rehearsal bool `json:"rehearsal,omitempty"`
}

// Status returns what the status command says of the session; names lets
// it name the people.
func (b Beacon) Status(names bool) Status {
	st := Status{State: b.stateWord(), Text: b.StatusLine(names), Class: b.stateWord()}
	if b.State == BeaconNone {
		st.Tooltip = "No partnercoach session is open."
		return st
	}
	st.Step, st.Steps, st.StepTitle = b.Step, b.Steps, b.Title
	st.Tooltip = fmt.Sprintf("Step %d of %d: %s", b.Step, b.Steps, b.Title)
	st.WaitingForCall, st.Rehearsal = b.Waiting, b.Rehearsal
	if b.State != BeaconTurn {
		return st
	}
	r := b.Turn
	st.Class, st.Role = b.phaseWord(), b.Role
	if names {
		st.Name = b.Person
	}
	left := ShownSeconds(r.Left)
	if r.Left < 0 {
		left = -left
	}
	st.LeftSeconds, st.Percentage = &left, partGone(r)
	return st
}

// StatusLine is the status command's line: "Step 7 of 11 · Coach's turn ·
// 11:40 left", "Step 4 of 11: Who focuses first?", "No session". With
// names, a turn whose focuser was named is named by them: "Alex's turn".
func (b Beacon) StatusLine(names bool) string {
	switch b.State {
	case BeaconNone:
		return "No session"
	case BeaconUnfinished:
		return b.unfinishedLine()
	case BeaconEnded:
		return "Session ended: its log is open"
	case BeaconStep:
		line := fmt.Sprintf("Step %d of %d: %s", b.Step, b.Steps, b.Title)
		if b.Waiting {
			line += " · waiting for the call"
		}
		return line
	}
	who := b.Role
	if names && b.Person != "" {
		who = b.Person
	}
	return fmt.Sprintf("Step %d of %d · %s's turn · %s", b.Step, b.Steps, who, b.leftWords())
}

// unfinishedLine says what waits to be resumed: "Unfinished session at
// step 7 of 11", "Unfinished rehearsal at step 7 of 11", or a session
// ended whose coach log is not written yet.
func (b Beacon) unfinishedLine() string {
	const resume = " (partnercoach resume)"
	switch {
	case b.Ended:
		return "Session ended, its log not written" + resume
	case b.Rehearsal:
		return fmt.Sprintf("Unfinished rehearsal at step %d of %d", b.Step, b.Steps) + resume
	}
	return fmt.Sprintf("Unfinished session at step %d of %d", b.Step, b.Steps) + resume
}

// leftWords says a turn's time in the status line: "11:40 left", "+0:35
// over", "11:40 left, paused", "10:00 left, check-in", "15:00, not
// started".
func (b Beacon) leftWords() string {
	left := Countdown(b.Turn.Left)
	switch b.Turn.Phase {
	case TurnWaiting:
		return left + ", not started"
	case TurnPaused:
		return left + " left, paused"
	case TurnCheckIn:
		return left + " left, check-in"
	case TurnOver:
		return left + " over"
	}
	return left + " left"
}

// stateWord names the state for the JSON's state and class.
func (b Beacon) stateWord() string {
	return [...]string{"none", "unfinished", "step", "turn", "ended"}[b.State]
}

// phaseWord names a turn's phase for the JSON's class.
func (b Beacon) phaseWord() string {
	switch r := b.Turn; {
	case r.Phase == TurnRunning && r.Warning:
		return "warning"
	case r.Phase == TurnOver:
		return "over"
	}
	return [...]string{"not-started", "running", "paused", "check-in", "over"}[b.Turn.Phase]
}
