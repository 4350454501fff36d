package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
)

// summaryTableWidth is the width of the step table beside the form.
const summaryTableWidth = 44

// View implements screen.
func (m *summaryModel) View(width, height int) string {
	head := m.head(width)
	if m.saveErr != "" {
		head += "\n" + m.st.Error.Render(fit(m.saveErr, width, 1))
	}
	bodyH := max(height-lineCount(head), 1)
	var body string
	switch m.state {
	case filling:
		body = m.formBeside(width, bodyH)
	case writing:
		body = "Writing the coach log…"
	case written:
		body = m.writtenView(width)
	case failed:
		body = m.st.Error.Render(wrap("The coach log could not be written: "+m.err, width, 0)) + "\n\n" +
			wrap("Nothing is lost: the session stays saved, and 'partnercoach resume' brings it back. "+
				"r tries again.", width, 0)
	}
	return head + "\n" + body
}

// head names the session and reminds the coach of confidentiality.
func (m *summaryModel) head(width int) string {
	title := "Coach log · " + m.ses.Script().Title
	if n := m.ses.Options().Newcomer; n != "" {
		title += " · " + n
	}
	when := fmt.Sprintf("%s–%s (%s)", m.ses.Started().Format("15:04"), m.ended.Format("15:04"),
		elapsedClock(m.ended.Sub(m.ses.Started())))
	return spread(m.st.Title.Render(title), m.st.Muted.Render(when), width) + "\n" +
		m.st.Muted.Render(fit("Session content is confidential: the coach log stays on this machine.", width, 1)) + "\n" +
		m.st.Rule.Render(strings.Repeat("─", width))
}

// formBeside draws the form, with the step table beside it when there is
// room, or a one-line account of the session above it when there is not.
func (m *summaryModel) formBeside(width, height int) string {
	if width >= agendaMinWidth {
		fw := width - summaryTableWidth - 2
		m.form.WithWidth(fw).WithHeight(height)
		left := padRight(padLines(fit(m.form.View(), fw, height), height), fw+2)
		return joinColumns(left, fit(m.table(), summaryTableWidth, height))
	}
	line := m.st.Muted.Render(fit(m.account(), width, 1))
	m.form.WithWidth(width).WithHeight(max(height-2, 1))
	return line + "\n\n" + m.form.View()
}

// account sums the session up in one line.
func (m *summaryModel) account() string {
	done, all := m.covered()
	return fmt.Sprintf("%s of %s · %d of %d items covered · %s",
		elapsedClock(m.ended.Sub(m.ses.Started())), clock(m.ses.Planned()), done, all, m.tally())
}

// tally counts the notes and the partnering moments.
func (m *summaryModel) tally() string {
	return count(len(m.ses.Notes()), "note", "notes") + " · " +
		count(len(m.ses.Marks()), "partnering moment", "partnering moments")
}

// count writes a number with its noun, singular or plural.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// covered counts the checklist items ticked off, and all of them.
func (m *summaryModel) covered() (done, all int) {
	for p := 0; p < m.ses.Len(); p++ {
		st := m.ses.Step(p)
		for i := range st.Checklist {
			all++
			if m.ses.Checked(st.ID, i) {
				done++
			}
		}
	}
	return done, all
}

// table lists each step with its planned and actual time and checks.
func (m *summaryModel) table() string {
	var b strings.Builder
	b.WriteString(m.st.StepHead.Render(fmt.Sprintf("%-24s %6s %6s %4s", "Step", "plan", "spent", "done")) + "\n")
	for p := 0; p < m.ses.Len(); p++ {
		st := m.ses.Step(p)
		done := 0
		for i := range st.Checklist {
			if m.ses.Checked(st.ID, i) {
				done++
			}
		}
		checks := ""
		if len(st.Checklist) > 0 {
			checks = fmt.Sprintf("%d/%d", done, len(st.Checklist))
		}
		b.WriteString(fmt.Sprintf("%-24s %6s %6s %4s\n", truncate(st.Title, 24), clock(st.Planned()),
			elapsedClock(m.ses.Spent(st.ID, m.ended)), checks))
	}
	b.WriteString("\n" + m.tally())
	for _, mk := range m.ses.Marks() {
		b.WriteString("\n  moment at " + mk.At.Format("15:04:05"))
	}
	return b.String()
}

// writtenView says where the record went, or that nothing was kept.
func (m *summaryModel) writtenView(width int) string {
	if m.keeper == nil || m.id == "" {
		return wrap("Nothing was saved: this run was a rehearsal, or started with --no-save. q quits.", width, 0)
	}
	return wrap(fmt.Sprintf("The coach log is saved as %s. 'partnercoach log show %s' prints it; "+
		"'partnercoach invoice' lists the month's sessions. q quits.", m.id, m.id), width, 0)
}

// truncate cuts s to n cells with an ellipsis.
func truncate(s string, n int) string { return fit(s, n, 1) }

// summaryKeys is the help of the summary screen.
type summaryKeys struct{ m *summaryModel }

// ShortHelp implements help.KeyMap.
func (s summaryKeys) ShortHelp() []key.Binding {
	switch s.m.state {
	case filling:
		return s.m.form.KeyBinds()
	case failed:
		return []key.Binding{s.m.keys.Retry, s.m.keys.Quit}
	}
	return []key.Binding{s.m.keys.Quit}
}

// FullHelp implements help.KeyMap.
func (s summaryKeys) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
