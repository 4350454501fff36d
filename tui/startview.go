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

// minListRows is how many rows of the list the start screen keeps before
// it draws the lines it can do without: the four scripts whole, or five
// rows of a longer list with the cues of those above and below.
const minListRows = 5

// View draws the phase on show between the title and the confidentiality
// line, which stays at the bottom; a list too long for the window scrolls
// to keep the selected entry in view. In a small window the lines the
// coach can do without (what a script is for, what a peer session's
// names are for, the blank line above them) go first, and the others are
// wrapped or said in a shorter form, never cut in a word without "…".
func (m *startModel) View(width, height int) string {
	var top, middle []string
	switch m.phase {
	case pickScript, typeMe, typePartner:
		top, middle = m.scriptsTop(width), m.scriptsList(width)
	default:
		top = []string{m.titleLine(width, "who is the session with?", "who is it with?"), m.rule(width)}
		if m.offer != nil {
			top = append(top, m.offerLines(width)...)
		}
		middle = m.whoList(width)
	}
	bottom := m.bottomLines(width)
	under := m.needed(width)
	spare := height - len(top) - len(under) - len(bottom) - min(len(middle), minListRows)
	if m.offer != nil && m.phase == pickWho && spare > 0 {
		top, spare = append(top, ""), spare-1 // between the unfinished session and the list
	}
	under = m.withSpare(under, width, spare)
	room := max(height-len(top)-len(under)-len(bottom), 1)
	lines := append(append(top, scrollTo(middle, m.listRow(), room, m.st)...), under...)
	for len(lines)+len(bottom) < height {
		lines = append(lines, "")
	}
	return strings.Join(append(lines, bottom...), "\n")
}

// needed are the lines under the list that the phase cannot do without:
// the field being typed in, the question asked, the fee, what is wrong.
func (m *startModel) needed(width int) []string {
	var under []string
	switch m.phase {
	case typeName:
		under = append(under, fitFirst(width, "Someone new, whose first session this is:", "Someone new:"), m.name.View())
		under = append(under, m.fullLines(m.name, width)...)
	case askMeant:
		near, typed := textsafe.Line(m.near), textsafe.Line(m.typed)
		ask := fmt.Sprintf("Did you mean %s?\ny = %s, n = %s is someone new", near, near, typed)
		under = append(under, m.banner(ask, width)...)
	case pickScript:
		under = append(under, m.st.Text.Muted.Render(fitFirst(width, m.factsLine())))
		if left := m.core.LeftOutLine(); left != "" {
			under = append(under, m.banner(left, width)...)
		}
	case typeMe, typePartner:
		under = append(under, m.partners.me.View(), m.partners.partner.View())
		under = append(under, m.fullLines(*m.field(), width)...)
	}
	if m.starting != nil && m.discarding != nil { // on the scripts: the offer's own lines are not on show
		under = append(under, askingView(*m.discarding, m.keys.Question, false, m.st.Text.Error, width))
	}
	if m.notice != "" {
		under = append(under, m.banner(safeLine(m.notice), width)...)
	}
	if m.err != "" {
		under = append(under, strings.Split(m.st.Text.Error.Render(wrap(m.err, width, 0)), "\n")...)
	}
	for _, p := range m.core.Standings() { // such as no desktop notifications: before the call
		under = append(under, strings.Split(m.st.Text.Error.Render(wrap(glyphProblem+" "+safeLine(p.Text), width, 0)), "\n")...)
	}
	return under
}

// withSpare adds to the lines under the list those the coach can do
// without, as many as spare rows hold: first what the script selected is
// for, or what a peer session's names are for; then a blank line above.
func (m *startModel) withSpare(under []string, width, spare int) []string {
	var extra []string
	switch m.phase {
	case pickScript:
		extra = m.summaryLines(width, min(spare, 2))
	case typeMe, typePartner:
		extra = m.partnerLines(width, spare)
	}
	under = append(extra, under...)
	if spare > len(extra) {
		under = append([]string{""}, under...)
	}
	return under
}

// banner draws a question or a warning wrapped in the warning's colours.
func (m *startModel) banner(text string, width int) []string {
	return strings.Split(m.st.Banner.Warning.Render(wrap(text, max(width-2, 1), 0)), "\n")
}

// bottomLines are the confidentiality line and, above it, what the coach
// said of coaching again: both wrapped, kept at every size.
func (m *startModel) bottomLines(width int) []string {
	say := confidential
	if line := m.core.AvailabilityLine(); line != "" {
		say = line + "\n" + say
	}
	return strings.Split(m.st.Text.Muted.Render(wrap(say, width, 0)), "\n")
}

// fullLines say, under a name field that is full, that it takes no
// more: a paste longer than the field was cut there.
func (m *startModel) fullLines(in textinput.Model, width int) []string {
	if line := fullLine(in, "name", width); line != "" {
		return []string{m.st.Text.Muted.Render(line)}
	}
	return nil
}

// titleLine is the screen's first line: the program's name and what the
// screen asks, in the first of its forms, longest first, that fits, with
// the program's name or else without it; the last form cut with "…" if
// need be.
func (m *startModel) titleLine(width int, forms ...string) string {
	const name = "partnercoach"
	for _, f := range forms {
		if ansi.StringWidth(name+" · "+f) <= width {
			return m.st.Text.Title.Render(name) + m.st.Text.Muted.Render(" · "+f)
		}
		if ansi.StringWidth(f) <= width {
			return m.st.Text.Muted.Render(f)
		}
	}
	return m.st.Text.Muted.Render(fitFirst(width, forms...))
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
