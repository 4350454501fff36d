package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// callKey handles the keys of the call itself rather than of a step:
// undo, starting the session clock, the preview of the next step, and
// esc, which backs out of what is open. It reports whether the key was
// one of them.
func (m *sessionModel) callKey(msg tea.KeyPressMsg, k sessionKeys) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, k.Undo):
		return m.undo(), true
	case key.Matches(msg, k.CallStarts):
		cmd := m.apply(session.StartCall{})
		m.hint = "The " + app.CallPhrase(m.ses, m.clock.Now()) + ": the session clock runs from now (u undoes it)."
		return cmd, true
	case key.Matches(msg, k.Preview):
		m.preview = !m.preview
		return nil, true
	case key.Matches(msg, k.Escape):
		m.preview, m.showAgenda = false, false // one Escape closes all
		return nil, true
	}
	return nil, false
}

// undo undoes the last change of this run and says what it undid.
func (m *sessionModel) undo() tea.Cmd {
	var undid string
	cmd := m.change(func() app.Effects {
		e := m.core.Apply(session.Undo{})
		undid = app.Undid(e.Events)
		return e
	})
	m.hint = "Undone: " + safeLine(undid) + "."
	return cmd
}

// noticed shows the events that call for a word of their own: the call's
// clock starting at the coach's first change, and a turn ended by moving
// on past it.
func (m *sessionModel) noticed(evs []session.Event) {
	for _, ev := range evs {
		switch {
		case ev.Kind == session.CallStarted && m.hint == "":
			m.hint = "The " + app.CallPhrase(m.ses, m.clock.Now()) + " (u undoes it)."
		case ev.Kind == session.TurnClosed:
			st := m.ses.Script().Steps[m.ses.Script().StepIndex(ev.Step)]
			m.hint = strings.TrimSuffix(app.ClosedLine(app.ReadTurn(st.Turn, m.ses.Turn(ev.Step), ev.At)), ".") + " (u takes it back)."
		}
	}
}

// previewView draws the next step without leaving the current one: its
// title, plan, turn, talking points and checklist.
func (m *sessionModel) previewView(width int) string {
	st, ok := m.ses.NextStep()
	if !ok {
		return ""
	}
	var b strings.Builder
	b.WriteString(spread(m.st.Text.Heading.Render("Next: "+safeLine(st.Title)),
		m.st.Text.Muted.Render("planned "+app.Planned(m.ses.PlannedNow(st.ID))), width) + "\n")
	if st.Turn != nil {
		b.WriteString(m.rolesLine(st.Turn) + "\n")
	}
	for _, p := range m.pointLines(st.Points, width) {
		b.WriteString(p + "\n")
	}
	for _, it := range st.Checklist {
		b.WriteString("[ ] " + wrap(it.Text, width-4, 4) + "\n")
	}
	b.WriteString(m.st.Text.Muted.Render(fit("v or esc goes back to the current step; n moves on.", width, 1)))
	return b.String()
}

// answersLines show the answers given for the current step's turn, such
// as what the focuser would like from their partner.
func (m *sessionModel) answersLines(st script.Step, width int) string {
	if st.Turn == nil {
		return ""
	}
	var lines []string
	for _, a := range m.ses.TurnAnswers() {
		lines = append(lines, m.st.Text.Role.Render(glyphAnswer+" ")+wrap(fmt.Sprintf("%s — %s", safeLine(a.Question), safeLine(a.Text)), width-2, 2))
	}
	return strings.Join(lines, "\n")
}
