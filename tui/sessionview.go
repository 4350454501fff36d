package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"partnercoach/script"
)

// agendaWidth is the width of the agenda column, shown beside the step
// when the window is at least agendaMinWidth wide.
const (
	agendaWidth    = 34
	agendaMinWidth = 100
)

// View draws the session screen in the given space.
func (m *sessionModel) View(width, height int) string {
	now := m.clock.Now()
	head := m.header(now, width)
	var status []string
	for _, line := range m.elsewhere(now) {
		status = append(status, m.st.Role.Render(line))
	}
	if m.hint != "" {
		status = append(status, m.st.Muted.Render(m.hint))
	}
	if m.alert != "" && (m.alertStep != m.ses.Current().ID || m.cards != nil) { // else its step has a banner
		status = append(status, m.st.BannerWarn.Render("⚠ "+m.alert))
	}
	if m.status != "" {
		status = append(status, m.st.Error.Render(m.status))
	}
	if m.saveErr != "" {
		status = append(status, m.st.Error.Render(m.saveErr))
	}
	status = append(status, m.noteView(width)...)
	bodyH := max(height-lineCount(head)-len(status), 0)
	var body string
	switch {
	case m.cards != nil:
		body = m.cardsView(width, bodyH)
	case width >= agendaMinWidth:
		left := fit(m.stepView(now, width-agendaWidth-2, bodyH), width-agendaWidth-2, bodyH)
		right := fit(m.agendaView(now, agendaWidth), agendaWidth, bodyH)
		body = joinColumns(padRight(padLines(left, bodyH), width-agendaWidth), right)
	case m.showAgenda:
		body = m.agendaView(now, width)
	default:
		body = m.stepView(now, width, bodyH)
	}
	parts := append([]string{head, padLines(fit(body, width, bodyH), bodyH)}, status...)
	return strings.Join(parts, "\n")
}

// header is the top line: script, step, session clock, and a rule.
func (m *sessionModel) header(now time.Time, width int) string {
	title := m.st.Title.Render(m.ses.Script().Title)
	step := fmt.Sprintf("step %d of %d", m.ses.Pos()+1, m.ses.Len())
	clk := fmt.Sprintf("session %s / %s", shortMinutes(m.ses.Elapsed(now)), planned(m.ses.Planned()))
	if over := m.ses.Over(now); over > 0 {
		clk += m.st.ClockWarn.Render(fmt.Sprintf(" · over by %s, ends ~%s",
			wholeMinutes(over), m.ses.Projected(now).Format("15:04")))
	}
	step += m.rehearsalMark(width - lipgloss.Width(title) - len(" · "+step) - lipgloss.Width(clk))
	left := title + m.st.Muted.Render(" · "+step)
	gap := max(width-lipgloss.Width(left)-lipgloss.Width(clk), 1)
	line := left + strings.Repeat(" ", gap) + clk
	return line + "\n" + m.st.Rule.Render(strings.Repeat("─", width))
}

// rehearsalMark marks a rehearsal (a run at --speed) in the header, in
// the room given: "rehearsal 60×", or just "60×" when that does not fit.
func (m *sessionModel) rehearsalMark(room int) string {
	sc, ok := m.clock.(interface{ Speed() float64 })
	if !ok || sc.Speed() <= 1 {
		return ""
	}
	if mark := fmt.Sprintf(" · rehearsal %g×", sc.Speed()); lipgloss.Width(mark) < room {
		return mark
	}
	return fmt.Sprintf(" · %g×", sc.Speed())
}

// stepView draws the current step in height lines: the title, the turn,
// the checklist and choice, and as many talking points as fit between
// them, scrolled by pgup/pgdown.
func (m *sessionModel) stepView(now time.Time, width, height int) string {
	st := m.ses.Current()
	times := "planned " + planned(st.Planned()) + " · spent " + wholeMinutes(m.ses.Spent(st.ID, now))
	top := spread(m.st.StepHead.Render(st.Title), m.st.Muted.Render(times), width)
	if st.Turn != nil {
		top += "\n" + m.turnView(now, st, width)
	}
	entries := strings.TrimRight(m.entriesView(st, width)+m.stepNotes(st.ID, width), "\n")
	room := height - lineCount(top) - 1
	if entries != "" {
		room -= lineCount(entries) + 1
	}
	parts := []string{top}
	if pts := m.pointsView(st.Points, width, room); pts != "" {
		parts = append(parts, pts)
	}
	if entries != "" {
		parts = append(parts, entries)
	}
	return strings.Join(parts, "\n\n")
}

// pointsView draws the talking points from the scroll offset in at most
// room lines, saying how many more there are above or below.
func (m *sessionModel) pointsView(points []string, width, room int) string {
	var lines []string
	for _, p := range points {
		lines = append(lines, strings.Split("• "+wrap(p, width-2, 2), "\n")...)
	}
	if len(lines) <= room || room < 2 {
		m.scroll = 0
		if room < 1 {
			return ""
		}
		return strings.Join(lines[:min(len(lines), room)], "\n")
	}
	m.scroll = min(max(m.scroll, 0), len(lines)-(room-1))
	shown := lines[m.scroll : m.scroll+room-1]
	var more []string
	if m.scroll > 0 {
		more = append(more, fmt.Sprintf("↑ %d more lines (pgup)", m.scroll))
	}
	if below := len(lines) - m.scroll - len(shown); below > 0 {
		more = append(more, fmt.Sprintf("↓ %d more lines (pgdown)", below))
	}
	return strings.Join(shown, "\n") + "\n" + m.st.Muted.Render(strings.Join(more, " · "))
}

// entriesView draws the checklist and the choice, marking the selection.
func (m *sessionModel) entriesView(st script.Step, width int) string {
	var b strings.Builder
	for i, it := range st.Checklist {
		box := "[ ]"
		if m.ses.Checked(st.ID, i) {
			box = m.st.Done.Render("[x]")
		}
		text := it.Text
		if a, ok := m.ses.Answer(st.ID, i); ok {
			text += " — " + a
		}
		b.WriteString(m.entry(i, box+" "+wrap(text, width-6, 6)) + "\n")
		if m.inputOn && i == m.sel {
			b.WriteString("      Minutes: " + m.input.View() + "  enter = set, esc = cancel\n")
			if m.inputErr != "" {
				b.WriteString("      " + m.st.Error.Render(m.inputErr) + "\n")
			}
		}
	}
	if c := st.Choice; c != nil {
		b.WriteString(m.st.StepHead.Render(c.Prompt) + "\n")
		chosen, made := m.ses.Chosen(st.ID)
		for k, o := range c.Options {
			mark := "( )"
			if made && chosen == k {
				mark = m.st.Done.Render("(•)")
			}
			b.WriteString(m.entry(len(st.Checklist)+k, mark+" "+wrap(o.Label, width-6, 6)) + "\n")
		}
	}
	return b.String()
}

// entry prefixes a line with the selection marker.
func (m *sessionModel) entry(i int, line string) string {
	if i == m.sel {
		return m.st.Selected.Render("›") + " " + line
	}
	return "  " + line
}

// spread puts left and right text at the two ends of a line.
func spread(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// elsewhere describes the turns that are running on steps other than the
// current one, so that the coach who looks ahead still sees the time.
func (m *sessionModel) elsewhere(now time.Time) []string {
	var out []string
	for p := 0; p < m.ses.Len(); p++ {
		st := m.ses.Step(p)
		t := m.ses.Turn(st.ID)
		if p == m.ses.Pos() || t == nil || !t.Running() {
			continue
		}
		out = append(out, fmt.Sprintf("▷ %s (step %d) is running: %s", st.Turn.Name(), p+1,
			strings.Join(turnStatus(t, now)[:1], "")))
	}
	return out
}
