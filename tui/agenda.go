package tui

import (
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/session"

	"github.com/charmbracelet/x/ansi"
)

// agendaView lists every step in its current order with the planned time
// and the whole minutes spent so far, marking where each stands: on show,
// done, its turn ran, skipped (app.ProgressOf).
func (m *sessionModel) agendaView(now time.Time, width int) string {
	var b strings.Builder
	b.WriteString(spread(m.st.Text.Heading.Render("Agenda"), m.st.Text.Muted.Render(" plan  used"), width) + "\n")
	for p := 0; p < m.ses.Len(); p++ {
		st := m.ses.Step(p)
		glyph, style := progressGlyph(app.ProgressOf(m.ses, p, now)), m.st.Text.Muted
		if p == m.ses.Pos() {
			style = m.st.List.Current
		}
		used := ""
		if d := m.ses.Spent(st.ID, now); d > 0 {
			used = app.MinutesShort(d)
		}
		times := padLeft(app.MinSec(m.ses.PlannedNow(st.ID)), 6) + padLeft(used, 6)
		title := ansi.Truncate(safeLine(st.Title), max(width-len(glyph)-len(times)-1, 1), "…")
		b.WriteString(spread(style.Render(glyph+title), style.Render(times), width) + "\n")
	}
	b.WriteString(spread(m.st.Text.Muted.Render("Total"), m.st.Text.Muted.Render(padLeft(app.MinSec(m.ses.Planned()), 6)+padLeft(app.MinutesShort(m.ses.Elapsed(now)), 6)), width))
	b.WriteString("\n" + m.st.Text.Muted.Render(fit(callShort(m.ses), width, 1)))
	b.WriteString("\n" + m.st.Text.Muted.Render(fit(glyphDone+" done  "+glyphRan+" turn ran  "+glyphSkipped+" skipped", width, 1)))
	return b.String()
}

// progressGlyph is the agenda's glyph of a step: ▶ on show, ✓ done, ● its
// turn ran, ↷ skipped, nothing ahead.
func progressGlyph(p app.Progress) string {
	switch p {
	case app.Current:
		return glyphCurrent + " "
	case app.Done:
		return glyphDone + " "
	case app.Ran:
		return glyphRan + " "
	case app.Skipped:
		return glyphSkipped + " "
	}
	return "  "
}

// callShort says in a few words when the session clock started: "call
// started 10:02", or that it waits for the call.
func callShort(s *session.Session) string {
	at, how := s.CallStarted()
	if how == session.CallWaiting {
		return "the clock waits for the call"
	}
	return "call started " + app.TimeOfDay(s, at)
}

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	if w := ansi.StringWidth(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}
