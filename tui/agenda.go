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
	b.WriteString(spread(m.st.StepHead.Render("Agenda"), m.st.Muted.Render(" plan  used"), width) + "\n")
	for p := 0; p < m.ses.Len(); p++ {
		st := m.ses.Step(p)
		mark, style := progressMark(app.ProgressOf(m.ses, p, now)), m.st.Muted
		if p == m.ses.Pos() {
			style = m.st.Current
		}
		used := ""
		if d := m.ses.Spent(st.ID, now); d > 0 {
			used = shortMinutes(d)
		}
		times := padLeft(clock(m.ses.PlannedFor(st.ID)), 6) + padLeft(used, 6)
		title := ansi.Truncate(safeLine(st.Title), max(width-len(mark)-len(times)-1, 1), "…")
		b.WriteString(spread(style.Render(mark+title), style.Render(times), width) + "\n")
	}
	b.WriteString(spread(m.st.Muted.Render("Total"), m.st.Muted.Render(padLeft(clock(m.ses.Planned()), 6)+padLeft(shortMinutes(m.ses.Elapsed(now)), 6)), width))
	b.WriteString("\n" + m.st.Muted.Render(fit(callShort(m.ses), width, 1)))
	b.WriteString("\n" + m.st.Muted.Render(fit("✓ done  ● turn ran  ↷ skipped", width, 1)))
	return b.String()
}

// progressMark is the agenda's mark of a step: ▶ on show, ✓ done, ● its
// turn ran, ↷ skipped, nothing ahead.
func progressMark(p app.Progress) string {
	switch p {
	case app.Current:
		return "▶ "
	case app.Done:
		return "✓ "
	case app.Ran:
		return "● "
	case app.Skipped:
		return "↷ "
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
	return "call started " + app.RealClock(s, at)
}

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	if w := ansi.StringWidth(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}
