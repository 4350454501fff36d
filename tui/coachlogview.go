package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"partnercoach/app"
)

// logTableWidth is the width of the step table beside the form.
const logTableWidth = 44

// View implements screen.
func (m *coachLogModel) View(width, height int) string {
	head := m.head(width)
	for _, s := range m.core.Standings() {
		head += "\n" + m.st.Text.Error.Render(fit(safeLine(s.Text), width, 1))
	}
	bodyH := max(height-lineCount(head), 1)
	var body string
	switch m.core.Stage() {
	case app.Logging:
		body = m.formBeside(width, bodyH)
	case app.Writing:
		body = m.core.EndForm().Writing() + "…"
	case app.Written:
		body = m.writtenView(width, bodyH)
	case app.WriteFailed:
		lines := m.core.RecordLines()
		body = m.st.Text.Error.Render(wrap(lines[0], width, 0)) + "\n\n" +
			wrap(strings.Join(lines[1:], " ")+" r tries again.", width, 0)
	}
	return head + "\n" + body
}

// minName is the fewest cells a newcomer's name keeps in the coach log's
// title, with its separator: a name of a usual length whole.
const minName = 24

// title names the log, the script and the newcomer in room cells: the
// script's title is cut first, or left out, so that the name of whose
// log it is stays.
func (m *coachLogModel) title(room int) string {
	name := ""
	if n := m.ses.Options().Newcomer; n != "" {
		name = fitLine(" · "+safeLine(n), max(room/2, minName)) // a long name leaves the script room too
	}
	head, script := m.core.EndForm().Name, " · "+safeLine(m.ses.Script().Title)
	switch left := room - lipgloss.Width(head) - lipgloss.Width(name); {
	case left < 4: // no room for a word of the script's title
		script = ""
	case lipgloss.Width(script) > left:
		script = fitLine(script, left)
	}
	return fit(head+script+name, room, 1)
}

// head names the session, with when the call ran (app.CallSpan), and
// reminds the coach of confidentiality.
func (m *coachLogModel) head(width int) string {
	when := app.CallSpan(m.ses, m.core.Ended(), m.core.Clock().Now())
	top := spread(m.st.Text.Title.Render(m.title(width-lipgloss.Width(when)-1)), m.st.Text.Muted.Render(when), width)
	if width-lipgloss.Width(when)-1 < minTitle { // too little room for the title beside it
		top = m.st.Text.Title.Render(m.title(width)) + "\n" + m.st.Text.Muted.Render(fit(when, width, 1))
	}
	return top + "\n" +
		m.st.Text.Muted.Render(fit(m.core.Confidential(), width, 1)) + "\n" +
		m.st.Rule.Render(strings.Repeat("─", width))
}

// formBeside draws the form, with the step table beside it when there is
// room, or a one-line account of the session above it when there is not.
func (m *coachLogModel) formBeside(width, height int) string {
	fw := m.formWidth(width)
	if width >= agendaMinWidth {
		left := lipgloss.NewStyle().Width(fw + 2).Render(padLines(m.form.View(m.st, fw, height), height))
		return lipgloss.JoinHorizontal(lipgloss.Top, left, fit(m.table(), logTableWidth, height))
	}
	line := m.st.Text.Muted.Render(fit(m.account(), width, 1))
	return line + "\n\n" + m.form.View(m.st, fw, max(height-2, 1))
}

// formWidth is the width of the form in a window width cells wide: beside
// the table when there is room for both, else the whole width.
func (m *coachLogModel) formWidth(width int) int {
	if width >= agendaMinWidth {
		return width - logTableWidth - 2
	}
	return width
}

// account sums the session up in one line.
func (m *coachLogModel) account() string {
	a := app.AccountOf(m.ses, m.core.Ended())
	return fmt.Sprintf("%s of %s · %d of %d items covered · %s",
		app.MinSecPast(a.Elapsed), app.MinSec(a.Planned), a.Done, a.Items, tally(a))
}

// tally counts the notes and the partnering moments.
func tally(a app.Account) string {
	return strings.Join(a.Tally(), " · ")
}

// table lists each step with its planned and actual time and checks.
func (m *coachLogModel) table() string {
	a := app.AccountOf(m.ses, m.core.Ended())
	var b strings.Builder
	b.WriteString(m.st.Text.Heading.Render(fmt.Sprintf("%-24s %6s %6s %4s", "Step", "plan", "spent", "done")) + "\n")
	for _, st := range a.Steps {
		checks := ""
		if st.Items > 0 {
			checks = fmt.Sprintf("%d/%d", st.Done, st.Items)
		}
		b.WriteString(fmt.Sprintf("%-24s %6s %6s %4s\n", truncate(safeLine(st.Title), 24), app.MinSec(st.Planned),
			app.MinSecPast(st.Spent), checks))
		if st.Turn && st.Used > 0 {
			b.WriteString(m.st.Text.Muted.Render(fmt.Sprintf("  the turn ran %s of %s", app.MinSecPast(st.Used), app.MinSec(st.Length))) + "\n")
		}
	}
	b.WriteString("\n" + tally(a))
	now := m.core.Clock().Now()
	for _, mk := range a.Marks {
		b.WriteString("\n  moment at " + app.TimeOfDayAt(m.ses, mk.At, now))
	}
	return b.String()
}

// truncate cuts s to n cells with an ellipsis.
func truncate(s string, n int) string { return fit(s, n, 1) }
