package tui

import (
	"fmt"
	"slices"
	"strings"

	"partnercoach/script"
)

// View draws the overlay in at most the width and height it was given.
func (m cardsModel) View() string {
	if m.open >= 0 {
		return fit(m.cardView(), m.width, m.height)
	}
	return fit(m.listView(), m.width, m.height)
}

// listHead is the top of the list: its title, a rule, and the search
// field while there is a search.
func (m cardsModel) listHead() []string {
	count := fmt.Sprintf("%d cards", len(m.cards))
	if m.input.Value() != "" {
		count = fmt.Sprintf("%d of %d cards", len(m.shown), len(m.cards))
	}
	lines := []string{spread(m.st.Text.Title.Render("Reference cards"), m.st.Text.Muted.Render(count), m.width), m.rule()}
	if m.searching() {
		lines = append(lines, m.input.View())
	}
	return lines
}

// rule is a line across the overlay.
func (m cardsModel) rule() string { return m.st.Rule.Render(strings.Repeat("─", m.width)) }

// searching reports whether the list's head shows the search field.
func (m cardsModel) searching() bool { return m.typing || m.input.Value() != "" }

// listRoom is how many rows the list has below its head: the title, the
// rule and, during a search, the search field.
func (m cardsModel) listRoom() int {
	head := 2
	if m.searching() {
		head++
	}
	return max(m.height-head, 0)
}

// listWindow is how many of n rows show at once: all of them if they fit,
// or one fewer than the room, to leave a line that says how many more
// there are.
func (m cardsModel) listWindow(n int) int {
	if room := m.listRoom(); n > room {
		return max(room-1, 1)
	}
	return n
}

// cardRow is one row of the list: a card, by its index in shown, or a
// heading or note with hit -1.
type cardRow struct {
	note string
	hit  int
}

// rows are the rows of the list: the step's cards under a heading of
// their own, then the others.
func (m cardsModel) rows() []cardRow {
	if len(m.shown) == 0 {
		note := "No cards."
		if q := strings.TrimSpace(m.input.Value()); q != "" {
			note = fmt.Sprintf("No card matches %q.", q)
		}
		return []cardRow{{note: note, hit: -1}}
	}
	step := m.shown[0] < m.nStep
	rows := make([]cardRow, 0, len(m.shown)+2)
	for k, pos := range m.shown {
		switch {
		case step && k == 0:
			rows = append(rows, cardRow{"For this step", -1})
		case step && pos >= m.nStep && m.shown[k-1] < m.nStep:
			rows = append(rows, cardRow{"Other cards", -1})
		}
		rows = append(rows, cardRow{hit: k})
	}
	return rows
}

// rowLine draws one row of the list.
func (m cardsModel) rowLine(r cardRow) string {
	switch {
	case r.hit >= 0:
		return m.cardLine(r.hit)
	case len(m.shown) == 0:
		return m.st.Text.Muted.Render(r.note)
	}
	return m.st.Text.Heading.Render(r.note)
}

// cardLine is the list row of the k-th card shown: its title, marked when
// selected, and during a search the line of its text that matched.
func (m cardsModel) cardLine(k int) string {
	c := m.cards[m.order[m.shown[k]]]
	hint := ""
	if s := snippet(c, m.input.Value()); s != "" {
		hint = m.st.Text.Muted.Render(" · " + safeLine(s))
	}
	if k == m.sel {
		return m.st.List.Selected.Render(glyphSelected+" "+safeLine(c.Title)) + hint
	}
	return "  " + safeLine(c.Title) + hint
}

// snippet returns, during a search, the line of a card's text that best
// shows why it matched: the first holding every searched word its title
// lacks, or else the first holding one of them. It is "" when the title
// holds every word.
func snippet(c script.Card, query string) string {
	title := strings.ToLower(c.Title)
	var words []string
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if !strings.Contains(title, w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ""
	}
	lines := strings.Split(c.Text, "\n")
	for _, any := range []bool{false, true} {
		for _, line := range lines {
			low := strings.ToLower(line)
			if containsAll(low, words) || any && slices.ContainsFunc(words, func(w string) bool { return strings.Contains(low, w) }) {
				return strings.TrimSpace(strings.TrimLeft(line, " -*#>0123456789."))
			}
		}
	}
	return ""
}

// fitList returns the overlay with the selection in range and its row on
// show, along with the heading above it where there is one.
func (m cardsModel) fitList() cardsModel {
	m.sel = min(max(m.sel, 0), max(len(m.shown)-1, 0))
	rows := m.rows()
	win := m.listWindow(len(rows))
	at := max(slices.IndexFunc(rows, func(r cardRow) bool { return r.hit == m.sel }), 0)
	first := at
	if at > 0 && rows[at-1].hit < 0 {
		first = at - 1
	}
	if first < m.top {
		m.top = first
	}
	if at >= m.top+win {
		m.top = at - win + 1
	}
	m.top = min(max(m.top, 0), max(len(rows)-win, 0))
	return m
}

// listView draws the list of cards.
func (m cardsModel) listView() string {
	lines := m.listHead()
	rows := m.rows()
	win := m.listWindow(len(rows))
	top := min(m.top, max(len(rows)-win, 0))
	end := min(top+win, len(rows))
	for _, r := range rows[top:end] {
		lines = append(lines, m.rowLine(r))
	}
	if w := (scrollWindow{top, end - top, len(rows)}); w.cut() {
		lines = append(lines, m.st.Text.Muted.Render(w.cue("", "", "")))
	}
	return strings.Join(lines, "\n")
}

// minRenderWidth is the narrowest width a card is wrapped to; a narrower
// overlay shows the left part of its lines.
const minRenderWidth = 24

// layoutCard renders the open card for the overlay's width, from the cache
// when it can, and sizes the pager to the rows below its title, leaving
// one for the line that says there is more. With fromTop the card shows
// from its start; otherwise the pager keeps its place.
func (m cardsModel) layoutCard(fromTop bool) cardsModel {
	k := renderKey{text: m.cards[m.open].Text, style: m.renderStyle(), width: max(m.width, minRenderWidth)}
	if k != m.bodyKey { // a change of height alone keeps the lines
		m.body, m.bodyKey = strings.Split(cardRenders.get(k), "\n"), k
		m.page.SetContentLines(m.body)
	}
	m.page.SetWidth(m.width)
	m.page.SetHeight(max(m.height-2, 0))
	if m.page.TotalLineCount() > m.page.Height() {
		m.page.SetHeight(max(m.height-3, 0))
	}
	if fromTop {
		m.page.SetYOffset(0)
	} else {
		m.page.SetYOffset(m.page.YOffset())
	}
	return m
}

// renderStyle names the card style for the overlay: plain text without
// colour ("notty"), or the style for a dark or light background.
func (m cardsModel) renderStyle() string {
	switch {
	case m.noColour:
		return "notty"
	case m.st.isDark:
		return "dark"
	}
	return "light"
}

// cardView draws the open card: its title, a rule, the part of its text
// the pager is at, and how much more there is above and below. It takes
// the lines itself rather than through the pager's View, which pads every
// line through Lip Gloss and costs milliseconds a frame.
func (m cardsModel) cardView() string {
	c := m.cards[m.open]
	tag := ""
	if slices.Index(m.order, m.open) < m.nStep {
		tag = "for this step"
	}
	lines := []string{spread(m.st.Text.Title.Render(safeLine(c.Title)), m.st.Text.Muted.Render(tag), m.width), m.rule()}
	above := min(m.page.YOffset(), len(m.body))
	end := min(above+m.page.Height(), len(m.body))
	lines = append(lines, m.body[above:end]...)
	if w := (scrollWindow{above, end - above, len(m.body)}); w.cut() {
		lines = append(lines, m.st.Text.Muted.Render(w.cue("line", "pgup", "pgdown")))
	}
	return strings.Join(lines, "\n")
}

// maxRenders bounds the cache of rendered cards.
const maxRenders = 256
