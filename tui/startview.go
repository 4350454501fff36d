package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
)

// confidential is the start screen's last line, kept on screen at every
// size: the list above it scrolls instead.
const confidential = "Session content is confidential: nothing leaves this machine, and notifications never name the newcomer."

// View draws the phase on show between the title and the confidentiality
// line, which stays at the bottom; a list too long for the window scrolls
// to keep the selected entry in view.
func (m *startModel) View(width, height int) string {
	var top, middle []string
	switch m.phase {
	case pickScript, typeMe, typePartner:
		top, middle = m.scriptsTop(width), m.scriptsList(width)
	default:
		top = []string{m.titleLine("who is the session with?"), m.rule(width)}
		if m.offer != nil {
			top = append(top, m.offerLines(width)...)
		}
		middle = m.whoList(width)
	}
	under := []string{""} // what the phase says under the list
	switch m.phase {
	case typeName:
		under = append(under, "Someone new, whose first session this is:", m.name.View())
		under = append(under, m.fullLines(m.name, width)...)
	case askMeant:
		under = append(under, m.st.Banner.Warning.Render(ansi.Truncate(fmt.Sprintf("Did you mean %s? y = %s, n = %s is someone new",
			textsafe.Line(m.near), textsafe.Line(m.near), textsafe.Line(m.typed)), width-2, "…")))
	case pickScript:
		under = append(under, m.summaryLines(width)...)
		if left := m.core.LeftOutLine(); left != "" {
			under = append(under, strings.Split(m.st.Banner.Warning.Render(wrap(left, max(width-1, 1), 0)), "\n")...)
		}
	case typeMe, typePartner:
		under = append(under, m.partnerLines(width)...)
	}
	if m.err != "" {
		under = append(under, strings.Split(m.st.Text.Error.Render(wrap(m.err, width, 0)), "\n")...)
	}
	for _, p := range m.core.Standings() { // such as no desktop notifications: before the call
		under = append(under, strings.Split(m.st.Text.Error.Render(wrap(glyphProblem+" "+safeLine(p.Text), width, 0)), "\n")...)
	}
	bottom := strings.Split(m.st.Text.Muted.Render(wrap(confidential, width, 0)), "\n")
	if line := m.core.AvailabilityLine(); line != "" {
		bottom = append([]string{m.st.Text.Muted.Render(fit(line, width, 1))}, bottom...)
	}
	room := max(height-len(top)-len(under)-len(bottom), 1)
	lines := append(append(top, scrollTo(middle, m.listRow(), room, m.st)...), under...)
	for len(lines)+len(bottom) < height {
		lines = append(lines, "")
	}
	return strings.Join(append(lines, bottom...), "\n")
}

// fullLines say, under a name field that is full, that it takes no
// more: a paste longer than the field was cut there.
func (m *startModel) fullLines(in textinput.Model, width int) []string {
	if line := fullLine(in, "name", width); line != "" {
		return []string{m.st.Text.Muted.Render(line)}
	}
	return nil
}

// titleLine is the screen's first line.
func (m *startModel) titleLine(what string) string {
	return m.st.Text.Title.Render("partnercoach") + m.st.Text.Muted.Render(" · "+safeLine(what))
}

// rule is the line under the title.
func (m *startModel) rule(width int) string { return m.st.Rule.Render(strings.Repeat("─", width)) }

// listRow returns the row of the selected entry in the middle list.
func (m *startModel) listRow() int {
	if m.phase >= pickScript || m.sel >= m.offered() {
		return m.sel - m.offered()*boolInt(m.phase < pickScript)
	}
	return 0
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scrollTo keeps at most room of the lines, the row at row among them,
// with a cue where lines are left out above or below.
func scrollTo(lines []string, row, room int, st *Styles) []string {
	if len(lines) <= room {
		return lines
	}
	if room < 3 {
		first := min(max(row, 0), len(lines)-1)
		return lines[first:min(first+room, len(lines))]
	}
	w := windowAround(len(lines), row, room-1) // a line above for the cue of those above
	out := []string{""}
	if w.above() > 0 {
		out[0] = st.Text.Muted.Render("  " + moreCue(w.above(), 0, "", "", ""))
	}
	out = append(out, lines[w.first:w.first+w.shown]...)
	if w.below() > 0 {
		out = append(out, st.Text.Muted.Render("  "+moreCue(0, w.below(), "", "", "")))
	}
	return out
}

// whoList lists the newcomers on record with their next session, then
// someone new and no newcomer.
func (m *startModel) whoList(width int) []string {
	roster := m.core.Roster()
	nameWidth := 0
	for _, e := range roster {
		nameWidth = max(nameWidth, ansi.StringWidth(textsafe.Line(e.Name)))
	}
	nameWidth = min(nameWidth, max(width/3, 8))
	off := m.offered()
	var lines []string
	for i, e := range roster {
		name := ansi.Truncate(textsafe.Line(e.Name), nameWidth, "…")
		name += strings.Repeat(" ", nameWidth-ansi.StringWidth(name))
		lines = append(lines, m.line(off+i, ansi.Truncate(name+"  "+m.st.Text.Muted.Render(nextText(e)), width-2, "…")))
	}
	lines = append(lines,
		m.line(off+len(roster)+whoNew, "Someone new…"),
		m.line(off+len(roster)+whoNone, "No newcomer: a session between partners, or practice"))
	return lines
}

// nextText says a newcomer's next session: "session 3 · followup ·
// $50.00 · Sun 28 Mar 03:00".
func nextText(e app.Who) string {
	t := fmt.Sprintf("session %d · %s · %s", e.Number, e.Script, app.Money(e.FeeCents))
	if e.When != "" {
		t += " · " + textsafe.Line(e.When)
	}
	return t
}

// scriptsTop is the title of the choice of script: whom the session is
// with.
func (m *startModel) scriptsTop(width int) []string {
	w, _ := m.core.Who()
	what := w.Label() + " · choose the script"
	return []string{ansi.Truncate(m.titleLine(what), width, "…"), m.rule(width)}
}

// scriptsList lists the scripts with their planned length, the one
// proposed marked.
func (m *startModel) scriptsList(width int) []string {
	nameWidth := 0
	for _, s := range m.scripts {
		nameWidth = max(nameWidth, ansi.StringWidth(textsafe.Line(s.Name)))
	}
	nameWidth = min(nameWidth, 16)
	var lines []string
	for i, s := range m.scripts {
		name := ansi.Truncate(textsafe.Line(s.Name), nameWidth, "…")
		left := fmt.Sprintf("%-*s %s", nameWidth, name, textsafe.Line(s.Title))
		right := app.Minutes(s.Planned())
		if s.Name == m.core.Proposed() {
			right = "proposed · " + right
		}
		left = ansi.Truncate(left, max(width-4-len(right)-1, 10), "…")
		lines = append(lines, m.line(i, spread(left, m.st.Text.Muted.Render(right), width-2)))
	}
	return lines
}

// summaryLines describe the selected script: what it is for and, for a
// newcomer's session, its fee.
func (m *startModel) summaryLines(width int) []string {
	if len(m.scripts) == 0 {
		return []string{"No scripts to choose from: see 'partnercoach script list'."}
	}
	s := m.scripts[m.sel]
	var text string
	switch w, _ := m.core.Who(); {
	case s.Peer():
		text = "A session between partners: with no newcomer, and no fee."
	case w.Name == "":
		text = fmt.Sprintf("%d steps; with no newcomer named.", len(s.Steps))
	default:
		text = fmt.Sprintf("%d steps; fee %s.", len(s.Steps), app.Money(m.core.FeeFor(s)))
	}
	if s.Summary != "" {
		text = textsafe.Line(s.Summary) + " " + text
	}
	lines := strings.Split(wrap(text, width, 0), "\n")
	if len(lines) > 3 {
		lines = append(lines[:2], ansi.Truncate(lines[2], max(width-1, 1), "")+"…")
	}
	return strings.Split(m.st.Text.Muted.Render(strings.Join(lines, "\n")), "\n")
}

// offerLines describe the unfinished session and what can be done with
// it: a rehearsal is named as one, and the time is when it was last
// saved on the wall clock.
func (m *startModel) offerLines(width int) []string {
	s := m.offer
	what := "Unfinished session"
	if r := s.Options().Rehearsal; r.On() {
		what = fmt.Sprintf("Unfinished rehearsal (%g× speed)", r.Speed)
	}
	if n := s.Options().Newcomer; n != "" {
		what += " with " + textsafe.Line(n)
	}
	what += ": " + textsafe.Line(s.Script().Title)
	lines := []string{
		m.st.Banner.Warning.Render(ansi.Truncate(what, width-2, "…")),
		m.st.Text.Muted.Render(ansi.Truncate(fmt.Sprintf("At step %d of %d, last saved %s (%s).", s.Pos()+1, s.Len(),
			m.offerSaved.Local().Format("Mon 2 Jan 15:04"), m.ago()), width, "…")),
	}
	labels := [offerCount]string{
		"Resume it where it was",
		"Finish it: write its coach log",
		"Discard it",
	}
	for i, l := range labels {
		lines = append(lines, m.line(i, l))
	}
	if m.discarding != nil {
		lines = append(lines, askingView(*m.discarding, m.keys.Question, false, m.st.Text.Error, width))
	}
	return append(lines, "")
}

// ago says how long ago the unfinished session was saved.
func (m *startModel) ago() string {
	return app.Ago(m.now().Sub(m.offerSaved))
}

// line draws an entry, marking it when selected.
func (m *startModel) line(i int, text string) string {
	if i == m.sel {
		return m.st.List.Selected.Render(glyphSelected) + " " + m.st.List.Selected.Render(text)
	}
	return "  " + text
}
