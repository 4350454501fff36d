package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// This file draws the coach log's screen once the log is written, as the
// packet lists what comes after each coaching session: where the coach
// log was kept, then the steps after it (app.AfterSteps): the invoice line
// ready to submit, and whether the coach is available to coach again;
// then the review of the session's time. The steps stay in view; the
// review takes the room left, and scrolls (pgup, pgdown) when it is cut.
// In a window with too little room for two of its lines, the review is
// left to 'partnercoach log show', which the line above names.

// writtenView draws the screen once the coach log is written, in a body
// of the given height.
func (m *coachLogModel) writtenView(width, height int) string {
	parts := []string{m.recordText(width)}
	if after := m.afterLines(width); len(after) > 0 {
		parts = append(parts, strings.Join(after, "\n"))
	}
	review := m.reviewLines(width)
	room := m.reviewRoom(width, height)
	if room < minReview {
		return strings.Join(parts, "\n\n")
	}
	w := windowFrom(len(review), m.reviewTop, room)
	shown := review[w.first : w.first+w.shown]
	if w.cut() {
		shown = append(shown, m.st.Text.Muted.Render(fit(w.cue("line", "pgup", "pgdown"), width, 1)))
	}
	return strings.Join(append(parts, strings.Join(shown, "\n")), "\n\n")
}

// minReview is the fewest lines the review is shown in: one of it, and
// the line that says how many more there are.
const minReview = 2

// recordText says where the coach log was kept.
func (m *coachLogModel) recordText(width int) string {
	return wrap(strings.Join(m.core.RecordLines(), " ")+" q quits.", width, 0)
}

// reviewLines are the lines of the review of the session's time, drawn
// for the width.
func (m *coachLogModel) reviewLines(width int) []string {
	return strings.Split(safeText(m.core.Review(width)), "\n")
}

// reviewRoom is how many lines the review has in a body of the given
// height, under where the coach log was kept and the steps after it,
// with a blank line before each of them.
func (m *coachLogModel) reviewRoom(width, height int) int {
	room := height - lineCount(m.recordText(width)) - 1
	if after := m.afterLines(width); len(after) > 0 {
		room -= len(after) + 1
	}
	return room
}

// writtenHeight is the height of the body once the coach log is written,
// in the window, below the head and above a one-line footer.
func (m *coachLogModel) writtenHeight() int {
	return max(m.height-1-lineCount(m.head(m.width))-len(m.core.Standings()), 1)
}

// reviewCut reports whether some of the review is out of view, and can
// be scrolled into it.
func (m *coachLogModel) reviewCut() bool {
	room := m.reviewRoom(m.width, m.writtenHeight())
	return room >= minReview && len(m.reviewLines(m.width)) > room
}

// scrollReview moves the review a page down or up, within its lines.
func (m *coachLogModel) scrollReview(down bool) {
	total := len(m.reviewLines(m.width))
	room := m.reviewRoom(m.width, m.writtenHeight())
	w := windowFrom(total, m.reviewTop, room)
	page := max(w.shown-1, 1)
	if !down {
		page = -page
	}
	m.reviewTop = windowFrom(total, w.first+page, room).first
}

// afterLines draws the steps after the coach log: where the invoice line
// goes and when the Institute pays, the line itself as 'partnercoach
// invoice' lists it, the question whether the coach is available again
// with its keys, what the coach said, and the word to the coordinator if
// the session left the coach uncomfortable. It is nil when the steps do
// not follow the session.
func (m *coachLogModel) afterLines(width int) []string {
	a := m.core.After()
	if !a.Shown() {
		return nil
	}
	lines := strings.Split(wrap(a.Billing, width, 0), "\n")
	for _, l := range a.Invoice {
		lines = append(lines, fit("  "+safeLine(l), width, 1))
	}
	if a.Ask != "" {
		k := m.keys.After // on while the question is asked
		ask := m.st.Text.Heading.Render(a.Ask) + " " + m.st.Text.Muted.Render(keysSaid(k.Yes, k.No))
		if lipgloss.Width(ask) > width {
			ask = m.st.Text.Heading.Render(fit(a.Ask, width, 1))
		}
		lines = append(lines, ask)
	}
	if a.Answer != "" {
		lines = append(lines, strings.Split(m.st.Text.Muted.Render(wrap(a.Answer, width, 0)), "\n")...)
	}
	for _, l := range strings.Split(wrap(a.Care, width, 0), "\n") {
		lines = append(lines, m.st.Text.Muted.Render(l))
	}
	return lines
}
