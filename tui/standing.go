package tui

import (
	"strings"

	"partnercoach/app"
)

// A standing problem with a brief (desktop notifications that fail) is
// said in full under the step until the coach's next key, then kept in
// brief in the header's rule, with the full text in the help. One
// without a brief (a failed save) stays in full.

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
func (m *sessionModel) standingLines() []app.Standing {
	var out []app.Standing
	for _, s := range m.core.Standings() {
		if s.Brief == "" || !m.said[s.Text] {
			out = append(out, s)
		}
	}
	return out
}

// briefLine is a standing problem on one line, for a screen with no room
// for it in full: its brief and where the rest is, or "" for one without a
// brief, which is cut rather than shortened.
func briefLine(s app.Standing) string {
	if s.Brief == "" {
		return ""
	}
	return glyphProblem + " " + s.Brief + " (? says more)"
}

// standingBrief is the standing problems already said, in brief, for
// the header's rule: "⚠ no desktop alerts (? says more)", or "".
func (m *sessionModel) standingBrief() string {
	var briefs []string
	for _, s := range m.core.Standings() {
		if s.Brief != "" && m.said[s.Text] {
			briefs = append(briefs, s.Brief)
		}
	}
	if len(briefs) == 0 {
		return ""
	}
	return glyphProblem + " " + strings.Join(briefs, ", ") + " (? says more)"
}

// Details are the standing problems in full, for the help.
func (m *sessionModel) Details() []string {
	var out []string
	for _, s := range m.core.Standings() {
		out = append(out, glyphProblem+" "+s.Text)
	}
	return out
}
