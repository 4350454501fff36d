package tui

import (
	"fmt"
	"strings"
	"time"
)

// View lists the unfinished session's choices, then the scripts with
// their planned length and summary.
func (m *startModel) View(width, height int) string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render("partnercoach") + m.st.Muted.Render(" · choose the session to run") + "\n")
	b.WriteString(m.st.Rule.Render(strings.Repeat("─", width)) + "\n\n")
	if m.offer != nil {
		b.WriteString(m.offerView(width) + "\n")
	}
	if m.err != "" {
		b.WriteString(m.st.Error.Render(wrap(m.err, width, 0)) + "\n\n")
	}
	for i, s := range m.scripts {
		line := fmt.Sprintf("%-10s %s", s.Name, s.Title)
		line = spread(line, m.st.Muted.Render(fmt.Sprintf("%d min, %d steps", int(s.Planned().Minutes()), len(s.Steps))), width-2)
		b.WriteString(m.line(m.offered()+i, line) + "\n")
		if s.Summary != "" {
			b.WriteString(m.st.Muted.Render(indent(wrap(s.Summary, width-14, 0), 13)) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(m.st.Muted.Render(wrap("Session content is confidential: nothing leaves this machine, and notifications never name the newcomer.", width, 0)))
	return b.String()
}

// offerView describes the unfinished session and what can be done with it.
func (m *startModel) offerView(width int) string {
	s := m.offer
	what := s.Script().Title
	if n := s.Options().Newcomer; n != "" {
		what += " with " + n
	}
	lines := []string{
		m.st.BannerWarn.Render(fit("Unfinished: "+what, width-2, 1)),
		m.st.Muted.Render(fit(fmt.Sprintf("At step %d of %d, last saved %s.", s.Pos()+1, s.Len(), m.ago()), width, 1)),
	}
	labels := [offerCount]string{
		"Resume it where it was",
		"Finish it: write its coach log",
		"Discard it",
	}
	for i, l := range labels {
		lines = append(lines, m.line(i, l))
	}
	if m.discarding {
		lines = append(lines, m.st.Error.Render("Discard it for good? Nothing of it will be kept. y = discard, n = keep"))
	}
	return strings.Join(lines, "\n") + "\n"
}

// ago says how long ago the unfinished session was saved.
func (m *startModel) ago() string {
	d := m.clock().Sub(m.offerSaved)
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d minutes ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d hours ago", int(d.Hours()))
	}
	return fmt.Sprintf("%d days ago (%s)", int(d.Hours()/24), m.offerSaved.Format("2 Jan 15:04"))
}

// line draws an entry, marking it when selected.
func (m *startModel) line(i int, text string) string {
	if i == m.sel {
		return m.st.Selected.Render("›") + " " + m.st.Selected.Render(text)
	}
	return "  " + text
}
