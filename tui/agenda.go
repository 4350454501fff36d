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
// done, its turn ran, skipped (app.ProgressOf). Each row is kept drawn
// until what it shows changes: a minute, a mark, a plan. In fewer than
// height lines it shows the lines around the step on show, with a line
// saying how many more there are above and below (agendaWindow).
func (m *sessionModel) agendaView(now time.Time, width, height int) string {
	d, dark := &m.drawn.agenda, m.st.isDark
	n := m.ses.Len()
	if len(d.rows) != n {
		d.rows = make([]memo[agendaRowKey, string], n)
	}
	lines := make([]string, 0, n+4)
	lines = append(lines, d.head.get(agendaHeadKey{width, dark}, func() string {
		return spread(m.st.Text.Heading.Render("Agenda"), m.st.Text.Muted.Render(" plan  used"), width)
	}))
	for p := range n {
		k := m.agendaRowKey(p, now, width)
		lines = append(lines, d.rows[p].get(k, func() string { return m.agendaRow(k) }))
	}
	fk := agendaFootKey{m.ses.Planned(), app.MinutesIn(m.ses.Elapsed(now)), callShort(m.ses, now), width, dark}
	lines = append(lines, strings.Split(d.foot.get(fk, func() string { return m.agendaFoot(fk) }), "\n")...)
	return strings.Join(m.agendaWindow(lines, width, height), "\n")
}

// agendaWindow keeps the agenda's lines within height: its heading, then
// the lines around the step on show (the heading's next line is the first
// step's), and a last line saying how many are out of view. The agenda
// does not scroll: the step on show decides what is in view.
func (m *sessionModel) agendaWindow(lines []string, width, height int) []string {
	if height <= 0 || len(lines) <= height {
		return lines
	}
	if height < 3 { // no room for a step and the cue: the heading and what follows
		return lines[:height]
	}
	body := lines[1:]
	w := windowAround(len(body), m.ses.Pos(), height-1)
	out := append([]string{lines[0]}, body[w.first:w.first+w.shown]...)
	return append(out, m.st.Text.Muted.Render(fit(w.cue("line", "", ""), width, 1)))
}

// agendaRowKey is what a row of the agenda is drawn from.
type agendaRowKey struct {
	title    string
	progress app.Progress
	planned  time.Duration
	used     int // the whole minutes spent, or -1 for none yet
	current  bool
	width    int
	dark     bool
}

// agendaHeadKey is what the agenda's heading is drawn from.
type agendaHeadKey struct {
	width int
	dark  bool
}

// agendaFootKey is what the agenda's last lines are drawn from: the
// total, the call's start as said, and the marks' legend.
type agendaFootKey struct {
	planned time.Duration
	elapsed int // whole minutes
	call    string
	width   int
	dark    bool
}

// agendaRowKey reads what the p-th row of the agenda shows now.
func (m *sessionModel) agendaRowKey(p int, now time.Time, width int) agendaRowKey {
	st := m.ses.Step(p)
	k := agendaRowKey{title: st.Title, progress: app.ProgressOf(m.ses, p, now), planned: m.ses.PlannedNow(st.ID),
		used: -1, current: p == m.ses.Pos(), width: width, dark: m.st.isDark}
	if d := m.ses.Spent(st.ID, now); d > 0 {
		k.used = app.MinutesIn(d)
	}
	return k
}

// agendaRow draws a row of the agenda.
func (m *sessionModel) agendaRow(k agendaRowKey) string {
	glyph, style := progressGlyph(k.progress), m.st.Text.Muted
	if k.current {
		style = m.st.List.Current
	}
	used := ""
	if k.used >= 0 {
		used = app.MinutesShort(time.Duration(k.used) * time.Minute)
	}
	times := padLeft(app.MinSec(k.planned), 6) + padLeft(used, 6)
	title := ansi.Truncate(safeLine(k.title), max(k.width-len(glyph)-len(times)-1, 1), "…")
	return spread(style.Render(glyph+title), style.Render(times), k.width)
}

// agendaFoot draws the agenda's last lines: the total, when the call
// started, and the legend of the marks.
func (m *sessionModel) agendaFoot(k agendaFootKey) string {
	total := padLeft(app.MinSec(k.planned), 6) + padLeft(app.MinutesShort(time.Duration(k.elapsed)*time.Minute), 6)
	return spread(m.st.Text.Muted.Render("Total"), m.st.Text.Muted.Render(total), k.width) +
		"\n" + m.st.Text.Muted.Render(fit(k.call, k.width, 1)) +
		"\n" + m.st.Text.Muted.Render(fit(glyphDone+" done  "+glyphRan+" turn ran  "+glyphSkipped+" skipped", k.width, 1))
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

// callShort says in a few words when the session clock started, as read
// at now: "call started 10:02" (with its day on another day), or that it
// waits for the call.
func callShort(s *session.Session, now time.Time) string {
	at, how := s.CallStarted()
	if how == session.CallWaiting {
		return "the clock waits for the call"
	}
	return "call started " + app.TimeOfDayAt(s, at, now)
}

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	if w := ansi.StringWidth(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}
