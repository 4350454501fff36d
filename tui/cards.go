package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"partnercoach/script"
)

// cardsModel is the overlay of reference cards the session screen opens
// over a running session: a list of cards, the step's own first, a search
// over their titles and text, and one card at a time rendered from its
// Markdown. It never touches the session; the clock keeps running behind
// it. It is a value: each method returns the changed copy.
type cardsModel struct {
	st     Styles
	keys   cardKeys       // the list's and an open card's
	search cardSearchKeys // the search field's
	cards  []script.Card
	hay    []string // each card's title and text in lower case, for search
	order  []int    // card indexes: the step's cards, then the others
	nStep  int      // how many of order belong to the step
	shown  []int    // positions in order that match the search
	sel    int      // index in shown of the selected card
	top    int      // first row of the list on show

	open    int            // index in cards of the open card, or -1
	page    viewport.Model // the open card's scroll position and keys
	body    []string       // the open card's rendered lines
	bodyKey renderKey      // what body was rendered from
	input   textinput.Model
	typing  bool // the search field takes the keys

	width, height int
	noColour      bool // render cards without colour or styling
}

// newCardsModel returns the overlay listing cards, with the cards whose
// ids are in first (those of the current step) at the top, and the keys
// of the cards' groups of k. Ids that name no card are left out.
func newCardsModel(cards []script.Card, first []string, st Styles, k keyMap, width, height int) cardsModel {
	m := cardsModel{st: st, keys: k.Cards, search: k.CardSearch, cards: cards, open: -1}
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
// the session's / key does.
func (m cardsModel) Search() cardsModel {
	m.open, m.typing = -1, true
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

// SetNoColour returns the overlay rendering cards without colour or
// styling (for NO_COLOR and terminals without colour) or, with false,
// styled for the background the Styles were built for.
func (m cardsModel) SetNoColour(noColour bool) cardsModel {
	m.noColour = noColour
	if m.open >= 0 {
		m = m.layoutCard(false)
	}
	return m
}

// Inputting reports whether the search field takes typed text, so that
// the keys the root and session use (q, ?) are left to it.
func (m cardsModel) Inputting() bool { return m.typing }

// Update handles a message. It returns the changed overlay, a command, and
// whether the overlay has closed: one esc closes it from anywhere (the
// list, the search, a card), and so does q where no text is typed.
func (m cardsModel) Update(msg tea.Msg) (cardsModel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tea.ColorProfileMsg:
		return m.SetNoColour(msg.Profile == colorprofile.NoTTY || msg.Profile == colorprofile.ASCII), nil, false
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Close), key.Matches(msg, m.search.Close):
			return m, nil, true
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
	case key.Matches(msg, m.keys.Leave):
		return m, nil, true
	}
	return m.fitList(), nil, false
}

// searchKey handles a key while the search field takes typed text.
func (m cardsModel) searchKey(msg tea.KeyPressMsg) (cardsModel, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.search.Open):
		m.typing = false
		m.input.Blur()
		return m.openSelected(), nil, false
	case key.Matches(msg, m.search.Up):
		m.sel--
		return m.fitList(), nil, false
	case key.Matches(msg, m.search.Down):
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
	case key.Matches(msg, m.keys.ToList):
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
	m.open = m.order[m.shown[m.sel]]
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

// keysOn switches on the cards' keys that work on what is on show: the
// search field's while it takes typed text, else those of the list or of
// the open card.
func (m cardsModel) keysOn(k *keyMap) {
	if m.typing {
		setAll(&k.CardSearch, true)
		return
	}
	setAll(&k.Cards, true)
	k.Cards.Open.SetEnabled(m.open < 0 && len(m.shown) > 0)
	k.Cards.ToList.SetEnabled(m.open >= 0)
}
