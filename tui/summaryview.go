package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// summaryTableWidth is the width of the step table beside the form.
const summaryTableWidth = 44

// View implements screen.
func (m *summaryModel) View(width, height int) string {
	head := m.head(width)
	for _, line := range m.core.Status() {
		head += "\n" + m.st.Error.Render(fit(safeLine(line), width, 1))
	}
	bodyH := max(height-lineCount(head), 1)
	var body string
	switch m.core.Stage() {
	case app.Logging:
		body = m.formBeside(width, bodyH)
	case app.Writing:
		body = "Writing the coach log…"
	case app.Written:
		body = wrap(strings.Join(m.core.RecordLines(), " ")+" q quits.", width, 0) + "\n\n" + safeText(m.core.Review(width))
	case app.WriteFailed:
		lines := m.core.RecordLines()
		body = m.st.Error.Render(wrap(lines[0], width, 0)) + "\n\n" +
			wrap(strings.Join(lines[1:], " ")+" r tries again.", width, 0)
	}
	return head + "\n" + body
}

// head names the session and reminds the coach of confidentiality.
func (m *summaryModel) head(width int) string {
	title := "Coach log · " + safeLine(m.ses.Script().Title)
	if n := m.ses.Options().Newcomer; n != "" {
		title += " · " + safeLine(n)
	}
	ended := m.core.Ended()
	started, how := m.ses.CallStarted()
	when := fmt.Sprintf("%s–%s (%s)", app.RealClock(m.ses, started), app.RealClock(m.ses, ended),
		elapsedClock(m.ses.Elapsed(ended)))
	if how == session.CallWaiting {
		when = "the call did not start · ended " + app.RealClock(m.ses, ended)
	}
	top := spread(m.st.Title.Render(title), m.st.Muted.Render(when), width)
	if width-lipgloss.Width(when)-1 < minTitle { // too little room for the title beside it
		top = m.st.Title.Render(fit(title, width, 1)) + "\n" + m.st.Muted.Render(fit(when, width, 1))
	}
	return top + "\n" +
		m.st.Muted.Render(fit("Session content is confidential: the coach log stays on this machine.", width, 1)) + "\n" +
		m.st.Rule.Render(strings.Repeat("─", width))
}

// formBeside draws the form, with the step table beside it when there is
// room, or a one-line account of the session above it when there is not.
// The form was sized for the window in Update (see sizeForm).
func (m *summaryModel) formBeside(width, height int) string {
	if width >= agendaMinWidth {
		fw := width - summaryTableWidth - 2
		left := lipgloss.NewStyle().Width(fw + 2).Render(padLines(fit(m.form.View(), fw, height), height))
		return lipgloss.JoinHorizontal(lipgloss.Top, left, fit(m.table(), summaryTableWidth, height))
	}
	line := m.st.Muted.Render(fit(m.account(), width, 1))
	return line + "\n\n" + m.form.View()
}

// sizeForm fits the form to the window of the given size, as View will
// draw it: beside the table, or under the account line, below the head
// and above a one-line footer.
func (m *summaryModel) sizeForm(width, height int) {
	bodyH := max(height-1-lineCount(m.head(width))-len(m.core.Status()), 1)
	if width >= agendaMinWidth {
		m.form = m.form.WithWidth(width - summaryTableWidth - 2).WithHeight(bodyH)
		return
	}
	m.form = m.form.WithWidth(width).WithHeight(max(bodyH-2, 1))
}

// account sums the session up in one line.
func (m *summaryModel) account() string {
	a := app.AccountOf(m.ses, m.core.Ended())
	return fmt.Sprintf("%s of %s · %d of %d items covered · %s",
		elapsedClock(a.Elapsed), clock(a.Planned), a.Done, a.Items, tally(a))
}

// tally counts the notes and the partnering moments.
func tally(a app.Account) string {
	return count(a.Notes, "note", "notes") + " · " + count(len(a.Marks), "partnering moment", "partnering moments")
}

// count writes a number with its noun, singular or plural.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// table lists each step with its planned and actual time and checks.
func (m *summaryModel) table() string {
	a := app.AccountOf(m.ses, m.core.Ended())
	var b strings.Builder
	b.WriteString(m.st.StepHead.Render(fmt.Sprintf("%-24s %6s %6s %4s", "Step", "plan", "spent", "done")) + "\n")
	for _, st := range a.Steps {
		checks := ""
		if st.Items > 0 {
			checks = fmt.Sprintf("%d/%d", st.Done, st.Items)
		}
		b.WriteString(fmt.Sprintf("%-24s %6s %6s %4s\n", truncate(safeLine(st.Title), 24), clock(st.Planned),
			elapsedClock(st.Spent), checks))
		if st.Turn && st.Used > 0 {
			b.WriteString(m.st.Muted.Render(fmt.Sprintf("  the turn ran %s of %s", elapsedClock(st.Used), clock(st.Length))) + "\n")
		}
	}
	b.WriteString("\n" + tally(a))
	for _, mk := range a.Marks {
		b.WriteString("\n  moment at " + m.ses.Real(mk.At).Format("15:04:05"))
	}
	return b.String()
}

// truncate cuts s to n cells with an ellipsis.
func truncate(s string, n int) string { return fit(s, n, 1) }

// summaryKeys is the help of the summary screen.
type summaryKeys struct{ m *summaryModel }

// ShortHelp implements help.KeyMap.
func (s summaryKeys) ShortHelp() []key.Binding {
	switch s.m.core.Stage() {
	case app.Logging:
		return append([]key.Binding{s.m.keys.Reopen}, s.m.form.KeyBinds()...)
	case app.WriteFailed:
		return []key.Binding{s.m.keys.Retry, s.m.keys.Reopen, s.m.keys.Quit}
	}
	return []key.Binding{s.m.keys.Quit}
}

// FullHelp implements help.KeyMap.
func (s summaryKeys) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
