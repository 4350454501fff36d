package tui

import "strings"

// A standing problem with a mark (desktop notifications that fail) is
// said in full under the step until the coach's next key, then kept as a
// mark in the header's rule, with the full text in the help. One without
// a mark (a failed save) stays in full.

// ackStanding takes the standing problems on show as said: a key was
// pressed while they were in full on screen. Update calls it with every
// key.
func (m *sessionModel) ackStanding() {
	for _, s := range m.core.Standings() {
		if m.said == nil {
			m.said = map[string]bool{}
		}
		m.said[s.Text] = true
	}
}

// standingLines are the standing problems not yet said, in full.
func (m *sessionModel) standingLines() []string {
	var out []string
	for _, s := range m.core.Standings() {
		if s.Mark == "" || !m.said[s.Text] {
			out = append(out, s.Text)
		}
	}
	return out
}

// standingMark is the mark of the standing problems already said, for
// the header's rule: "⚠ no desktop alerts (? says more)", or "".
func (m *sessionModel) standingMark() string {
	var marks []string
	for _, s := range m.core.Standings() {
		if s.Mark != "" && m.said[s.Text] {
			marks = append(marks, s.Mark)
		}
	}
	if len(marks) == 0 {
		return ""
	}
	return "⚠ " + strings.Join(marks, ", ") + " (? says more)"
}

// Details are the standing problems in full, for the help.
func (m *sessionModel) Details() []string {
	var out []string
	for _, s := range m.core.Standings() {
		out = append(out, "⚠ "+s.Text)
	}
	return out
}
