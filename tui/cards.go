package tui

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"partnercoach/script"
)

// cardKeys are the keys of the cards overlay. Which of them apply depends
// on what is on show: the list, the search field, or an open card.
type cardKeys struct {
	Up, Down           key.Binding // move in the list, or scroll a card a line
	PrevHit, NextHit   key.Binding // move in the list while typing a search
	PageUp, PageDown   key.Binding // scroll a card, or move a page in the list
	Open, Search       key.Binding
	ClearSearch        key.Binding
	Back, Close, Leave key.Binding
}

// newCardKeys returns the overlay's keys with their help text.
func newCardKeys() cardKeys {
	return cardKeys{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PrevHit:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up")),
		NextHit:     key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down")),
		PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdown/space", "page down")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open card")),
		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		ClearSearch: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search")),
		Back:        key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back to list")),
		Close:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close cards")),
		Leave:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "close cards")),
	}
}

// cardsModel is the overlay of reference cards the session screen opens
// over a running session: a list of cards, the step's own first, a search
// over their titles and text, and one card at a time rendered from its
// Markdown. It never touches the session; the clock keeps running behind
// it. It is a value: each method returns the changed copy.
type cardsModel struct {
	st    Styles
	keys  cardKeys
	cards []script.Card
	hay   []string // each card's title and text in lower case, for search
	order []int    // card indexes: the step's cards, then the others
	nStep int      // how many of order belong to the step
	shown []int    // positions in order that match the search
	sel   int      // index in shown of the selected card
	top   int      // first row of the list on show

	open    int            // index in cards of the open card, or -1
	page    viewport.Model // the open card's scroll position and keys
	body    []string       // the open card's rendered lines
	bodyKey renderKey      // what body was rendered from
	input   textinput.Model
	typing  bool // the search field takes the keys
	direct  bool // opened straight into search, nothing done since

	width, height int
	plain         bool // render cards without colour or styling
}

// newCardsModel returns the overlay listing cards, with the cards whose
// ids are in first (those of the current step) at the top. Ids that name
// no card are left out.
func newCardsModel(cards []script.Card, first []string, st Styles, width, height int) cardsModel {
	m := cardsModel{st: st, keys: newCardKeys(), cards: cards, open: -1}
	for _, c := range cards {
		m.hay = append(m.hay, strings.ToLower(c.Title+"\n"+c.Text))
	}
	for _, id := range first {
		i := slices.IndexFunc(cards, func(c script.Card) bool { return c.ID == id })
		if i >= 0 && !slices.Contains(m.order, i) {
			m.order = append(m.order, i)
		}
	}
	m.nStep = len(m.order)
	for i := range cards {
		if !slices.Contains(m.order, i) {
			m.order = append(m.order, i)
		}
	}
	m.input = newSearchInput(st)
	m.page = viewport.New()
	m.page.KeyMap = viewport.KeyMap{Up: m.keys.Up, Down: m.keys.Down, PageUp: m.keys.PageUp, PageDown: m.keys.PageDown}
	m.filter()
	return m.SetSize(width, height)
}

// newSearchInput returns the search field, with a cursor that does not
// blink: a blinking cursor would wake the program twice a second.
func newSearchInput(st Styles) textinput.Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "search titles and text"
	s := textinput.DefaultStyles(st.isDark)
	s.Cursor.Blink = false
	in.SetStyles(s)
	return in
}

// Search returns the overlay opened straight into the search field, as
// the session's / key does. Esc with nothing typed then closes it.
func (m cardsModel) Search() cardsModel {
	m.open, m.typing, m.direct = -1, true, true
	m.input.Focus() // the cursor is static: no command to run
	return m.fitList()
}

// SetSize returns the overlay laid out for width columns and height rows,
// re-rendering the open card at the new width if it is not cached.
func (m cardsModel) SetSize(width, height int) cardsModel {
	m.width, m.height = max(width, 0), max(height, 0)
	m.input.SetWidth(max(m.width-len(m.input.Prompt)-1, 1))
	if m.open >= 0 {
		m = m.layoutCard(false)
	}
	return m.fitList()
}

// SetPlain returns the overlay rendering cards without colour or styling
// (for NO_COLOR and terminals without colour) or, with false, styled for
// the background the Styles were built for.
func (m cardsModel) SetPlain(plain bool) cardsModel {
	m.plain = plain
	if m.open >= 0 {
		m = m.layoutCard(false)
	}
	return m
}

// Inputting reports whether the search field takes typed text, so that
// the keys the root and session use (q, ?) are left to it.
func (m cardsModel) Inputting() bool { return m.typing }

// Update handles a message. It returns the changed overlay, a command, and
// whether the overlay has closed (esc from the list, or q).
func (m cardsModel) Update(msg tea.Msg) (cardsModel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tea.ColorProfileMsg:
		return m.SetPlain(msg.Profile == colorprofile.NoTTY || msg.Profile == colorprofile.ASCII), nil, false
	case tea.KeyPressMsg:
		switch {
		case m.open >= 0:
			return m.cardKey(msg)
		case m.typing:
			return m.searchKey(msg)
		}
		return m.listKey(msg)
	}
	if m.typing { // a paste, say
		return m.typed(msg)
	}
	return m, nil, false
}

// listKey handles a key while the list is on show.
func (m cardsModel) listKey(msg tea.KeyPressMsg) (cardsModel, tea.Cmd, bool) {
	m.direct = false
	switch {
	case key.Matches(msg, m.keys.Up):
		m.sel--
	case key.Matches(msg, m.keys.Down):
		m.sel++
	case key.Matches(msg, m.keys.PageUp):
		m.sel -= max(m.listRoom()-1, 1)
	case key.Matches(msg, m.keys.PageDown):
		m.sel += max(m.listRoom()-1, 1)
	case key.Matches(msg, m.keys.Open):
		return m.openSelected(), nil, false
	case key.Matches(msg, m.keys.Search):
		m.typing = true
		cmd := m.input.Focus()
		return m.fitList(), cmd, false
	case key.Matches(msg, m.keys.ClearSearch) && m.input.Value() != "":
		m.input.Reset()
		m.filter()
	case key.Matches(msg, m.keys.Close), key.Matches(msg, m.keys.Leave):
		return m, nil, true
	}
	return m.fitList(), nil, false
}

// searchKey handles a key while the search field takes typed text.
func (m cardsModel) searchKey(msg tea.KeyPressMsg) (cardsModel, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.ClearSearch):
		if m.input.Value() == "" && m.direct {
			return m, nil, true
		}
		m.typing, m.direct = false, false
		m.input.Blur()
		m.input.Reset()
		m.filter()
		return m.fitList(), nil, false
	case key.Matches(msg, m.keys.Open):
		m.typing = false
		m.input.Blur()
		return m.openSelected(), nil, false
	case key.Matches(msg, m.keys.PrevHit):
		m.sel--
		return m.fitList(), nil, false
	case key.Matches(msg, m.keys.NextHit):
		m.sel++
		return m.fitList(), nil, false
	}
	return m.typed(msg)
}

// typed passes a message to the search field and filters the list by
// what it then holds.
func (m cardsModel) typed(msg tea.Msg) (cardsModel, tea.Cmd, bool) {
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != before {
		m.filter()
	}
	return m.fitList(), cmd, false
}

// cardKey handles a key while a card is open.
func (m cardsModel) cardKey(msg tea.KeyPressMsg) (cardsModel, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.open = -1
		return m.fitList(), nil, false
	case key.Matches(msg, m.keys.Leave):
		return m, nil, true
	case key.Matches(msg, m.keys.Search):
		m.open, m.typing = -1, true
		cmd := m.input.Focus()
		return m.fitList(), cmd, false
	}
	m.page, _ = m.page.Update(msg)
	return m, nil, false
}

// openSelected opens the selected card, if the list shows any.
func (m cardsModel) openSelected() cardsModel {
	if len(m.shown) == 0 {
		return m
	}
	m.open, m.direct = m.order[m.shown[m.sel]], false
	return m.layoutCard(true)
}

// filter keeps the cards whose title or text holds every word of the
// search, ignoring case, and selects the first of them.
func (m *cardsModel) filter() {
	words := strings.Fields(strings.ToLower(m.input.Value()))
	m.shown = nil // a new slice: copies of the model share the old one
	for pos, i := range m.order {
		if containsAll(m.hay[i], words) {
			m.shown = append(m.shown, pos)
		}
	}
	m.sel, m.top = 0, 0
}

// containsAll reports whether s contains every one of words.
func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// ShortHelp returns the keys that apply to what is on show, for the
// footer. With FullHelp it makes the overlay a help.KeyMap.
func (m cardsModel) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.open >= 0:
		return []key.Binding{k.PageDown, k.PageUp, k.Back, k.Search, k.Leave}
	case m.typing:
		return []key.Binding{k.PrevHit, k.NextHit, k.Open, k.ClearSearch}
	case m.input.Value() != "":
		return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.ClearSearch, k.Leave}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Close}
}

// FullHelp returns every key of the overlay, in groups.
func (m cardsModel) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Open},
		{k.Search, k.ClearSearch},
		{k.PageUp, k.PageDown, k.Back},
		{k.Close, k.Leave},
	}
}

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
	lines := []string{spread(m.st.Title.Render("Reference cards"), m.st.Muted.Render(count), m.width), m.rule()}
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
		return m.st.Muted.Render(r.note)
	}
	return m.st.StepHead.Render(r.note)
}

// cardLine is the list row of the k-th card shown: its title, marked when
// selected, and during a search the line of its text that matched.
func (m cardsModel) cardLine(k int) string {
	c := m.cards[m.order[m.shown[k]]]
	hint := ""
	if s := snippet(c, m.input.Value()); s != "" {
		hint = m.st.Muted.Render(" · " + s)
	}
	if k == m.sel {
		return m.st.Selected.Render("› "+c.Title) + hint
	}
	return "  " + c.Title + hint
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
	if end-top < len(rows) {
		var more []string
		if top > 0 {
			more = append(more, fmt.Sprintf("↑ %d more", top))
		}
		if below := len(rows) - end; below > 0 {
			more = append(more, fmt.Sprintf("↓ %d more", below))
		}
		lines = append(lines, m.st.Muted.Render(strings.Join(more, " · ")))
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

// renderStyle names the glamour style for the overlay: plain text without
// colour, or the standard style for the background.
func (m cardsModel) renderStyle() string {
	switch {
	case m.plain:
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
	lines := []string{spread(m.st.Title.Render(c.Title), m.st.Muted.Render(tag), m.width), m.rule()}
	above := min(m.page.YOffset(), len(m.body))
	end := min(above+m.page.Height(), len(m.body))
	lines = append(lines, m.body[above:end]...)
	below := len(m.body) - end
	if above > 0 || below > 0 {
		var more []string
		if above > 0 {
			more = append(more, fmt.Sprintf("↑ %d more lines (pgup)", above))
		}
		if below > 0 {
			more = append(more, fmt.Sprintf("↓ %d more lines (pgdown)", below))
		}
		lines = append(lines, m.st.Muted.Render(strings.Join(more, " · ")))
	}
	return strings.Join(lines, "\n")
}

// maxRenders bounds the cache of rendered cards.
const maxRenders = 256

// cardRenders caches rendered cards by their Markdown, width and style, so
// that a resize back, a card opened again or the overlay opened again does
// not render anew. It is shared by every overlay and safe for concurrent
// use.
var cardRenders = &renderCache{m: map[renderKey]string{}}

// renderKey is what a rendering depends on.
type renderKey struct {
	text, style string
	width       int
}

// renderCache holds rendered cards; renders counts the renderings done,
// for tests.
type renderCache struct {
	mu      sync.Mutex
	m       map[renderKey]string
	renders int
}

// get returns a card's Markdown text rendered for the key's width and
// glamour style, rendering it only if it is not cached. A full cache is
// emptied first.
func (c *renderCache) get(k renderKey) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.m[k]; ok {
		return s
	}
	if len(c.m) >= maxRenders {
		clear(c.m)
	}
	c.renders++
	s := renderMarkdown(k.text, k.width, k.style)
	c.m[k] = s
	return s
}

// renderMarkdown renders Markdown with one of glamour's standard styles,
// word-wrapped to width, without the blank lines glamour puts around it.
// Glamour is given the style outright and never asks the terminal. Should
// it fail, the text is shown as it is, wrapped.
func renderMarkdown(text string, width int, style string) string {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err == nil {
		var out string
		if out, err = r.Render(text); err == nil {
			return trimBlankLines(out)
		}
	}
	return wrap(strings.TrimSpace(text), width, 0)
}

// trimBlankLines drops the lines at the start and end of s that show
// nothing but spaces.
func trimBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
