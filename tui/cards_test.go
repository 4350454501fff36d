package tui

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/script"
)

// stepCards are the cards of the first session's coach-turn step.
var stepCards = []string{"listening", "screening", "explain-focusing"}

// newTestCards opens the overlay on the built-in cards at a size.
func newTestCards(t testing.TB, first []string, w, h int) cardsModel {
	t.Helper()
	cards := script.BuiltinCards()
	if len(cards) < 10 {
		t.Fatalf("only %d built-in cards", len(cards))
	}
	return newCardsModel(cards, first, NewStyles(true), newKeyMap(), w, h)
}

// press sends keys to the overlay, failing the test if it closes.
func press(t testing.TB, m cardsModel, keys ...string) cardsModel {
	t.Helper()
	for _, k := range keys {
		var closed bool
		m, _, closed = m.Update(keyPress(k))
		if closed {
			t.Fatalf("the overlay closed on %q", k)
		}
	}
	return m
}

// typeText types text into the overlay, one key per character.
func typeText(t testing.TB, m cardsModel, text string) cardsModel {
	t.Helper()
	return press(t, m, strings.Split(text, "")...)
}

// closes reports whether the key closes the overlay.
func closes(m cardsModel, k string) bool {
	_, _, closed := m.Update(keyPress(k))
	return closed
}

// plainView is the overlay as a reader sees it, without styling.
func plainView(m cardsModel) string { return ansi.Strip(m.View()) }

// shownIDs are the ids of the cards the list shows, in order.
func shownIDs(m cardsModel) []string {
	var ids []string
	for _, pos := range m.shown {
		ids = append(ids, m.cards[m.order[pos]].ID)
	}
	return ids
}

func TestCardsGolden(t *testing.T) {
	tests := []struct {
		name string
		act  func(m cardsModel) cardsModel
	}{
		{"list", func(m cardsModel) cardsModel { return m }},
		{"list_scrolled_80x12", func(m cardsModel) cardsModel {
			return press(t, m.SetSize(80, 12), "down", "down", "down", "down", "down", "down", "down")
		}},
		{"card", func(m cardsModel) cardsModel { return press(t, m, "enter") }},
		{"card_scrolled_80x12", func(m cardsModel) cardsModel {
			return press(t, m.SetSize(80, 12), "enter", "pgdown")
		}},
		{"search", func(m cardsModel) cardsModel { return typeText(t, m.Search(), "say back") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.act(newTestCards(t, stepCards, 80, 24))
			golden.RequireEqual(t, plainView(m))
		})
	}
}

func TestCardsStepFirst(t *testing.T) {
	m := newTestCards(t, []string{"screening", "no-such-card", "listening", "screening"}, 80, 40)
	ids := shownIDs(m)
	if len(ids) != len(script.BuiltinCards()) {
		t.Fatalf("the list shows %d cards, want all %d", len(ids), len(script.BuiltinCards()))
	}
	if !slices.Equal(ids[:2], []string{"screening", "listening"}) {
		t.Errorf("the list starts %v, want the step's cards screening, listening", ids[:3])
	}
	lines := strings.Split(plainView(m), "\n")
	want := []string{"For this step", "› Screening for the pool", "  Listening in the partnership model", "Other cards"}
	if i := slices.Index(lines, want[0]); i < 0 || !slices.Equal(lines[i:i+len(want)], want) {
		t.Errorf("the list does not begin with the step's cards under their own heading:\n%s", strings.Join(lines, "\n"))
	}
	if v := plainView(press(t, m, "enter")); !strings.Contains(v, "for this step") {
		t.Errorf("a card of the step does not say so:\n%s", v)
	}
	if v := plainView(press(t, m, "down", "down", "enter")); strings.Contains(v, "for this step") {
		t.Errorf("a card of no step says it is the step's:\n%s", v)
	}
	if v := plainView(newTestCards(t, nil, 80, 40)); strings.Contains(v, "For this step") {
		t.Errorf("a step without cards has a heading for them:\n%s", v)
	}
}

func TestCardsSearch(t *testing.T) {
	m := newTestCards(t, stepCards, 80, 40).Search()
	if !m.Inputting() {
		t.Fatal("Search() does not take typed text")
	}
	all := len(m.shown)
	m = typeText(t, m, "HotLine")
	if ids := shownIDs(m); !slices.Equal(ids, []string{"screening"}) {
		t.Errorf(`search "HotLine" shows %v, want only screening`, ids)
	}
	v := plainView(m)
	if !strings.Contains(v, "Screening for the pool") || strings.Contains(v, "Listening in the") {
		t.Errorf("the list does not show the search's narrowing:\n%s", v)
	}
	if !strings.Contains(v, "1 of ") {
		t.Errorf("the head does not count the matches:\n%s", v)
	}

	if !closes(m, "esc") {
		t.Error("esc in the search does not close the cards")
	}

	m = typeText(t, newTestCards(t, stepCards, 80, 24).Search(), "safety confidential")
	if ids := shownIDs(m); !slices.Contains(ids, "safety-rules") || len(ids) >= all {
		t.Errorf(`search "safety confidential" shows %v`, ids)
	}
	m = press(t, m, "enter")
	if m.open < 0 || m.Inputting() {
		t.Fatal("enter in the search does not open the selected card")
	}
	m = press(t, m, "backspace")
	if len(m.shown) >= all {
		t.Error("back from a card, the search is gone")
	}
	m = typeText(t, newTestCards(t, stepCards, 80, 24).Search(), "zzzz")
	if len(m.shown) != 0 || !strings.Contains(plainView(m), `No card matches "zzzz".`) {
		t.Errorf("a search with no match:\n%s", plainView(m))
	}
}

func TestCardsEscapes(t *testing.T) {
	m := newTestCards(t, stepCards, 80, 24)
	// One esc goes back to the session from anywhere in the cards.
	for name, c := range map[string]cardsModel{
		"the list": m, "the search": m.Search(), "a typed search": typeText(t, press(t, m, "/"), "say"),
		"a card": press(t, m, "enter"), "a card found": press(t, typeText(t, m.Search(), "say"), "enter"),
	} {
		if !closes(c, "esc") {
			t.Errorf("esc in %s does not close the cards", name)
		}
	}
	if !closes(m, "q") || !closes(press(t, m, "enter"), "q") {
		t.Error("q does not close the overlay")
	}
	if _, cmd, _ := m.Update(keyPress("/")); cmd != nil {
		t.Error("the search field's cursor blinks: its timer would wake the program")
	}
	if closes(m.Search(), "q") {
		t.Error("q while typing a search closes the overlay")
	}
	if c := press(t, m, "enter", "backspace"); c.open >= 0 {
		t.Error("backspace does not go back from a card to the list")
	}
}

func TestCardsScroll(t *testing.T) {
	m := newTestCards(t, []string{"process-partnering"}, 80, 12)
	m = press(t, m, "enter")
	if !strings.Contains(plainView(m), "↓") {
		t.Fatalf("a long card in 12 rows does not say there is more:\n%s", plainView(m))
	}
	for _, k := range []string{"pgdown", "j", "down"} {
		m = press(t, m, "pgup", "pgup", "pgup")
		before := m.page.YOffset()
		if m = press(t, m, k); m.page.YOffset() <= before {
			t.Errorf("%s does not scroll the card down", k)
		}
	}
	m = press(t, m, "pgdown", "pgdown", "pgdown")
	if v := plainView(m); !strings.Contains(v, "↑") || strings.Contains(v, "↓") {
		t.Errorf("at the end of the card:\n%s", v)
	}
	if m = press(t, m, "pgup"); !strings.Contains(plainView(m), "↓") {
		t.Error("pgup does not scroll back")
	}
}

func TestCardsRenderCache(t *testing.T) {
	old := cardRenders
	cardRenders = &renderCache{m: map[renderKey]string{}}
	t.Cleanup(func() { cardRenders = old })

	m := press(t, newTestCards(t, stepCards, 80, 24), "enter")
	m = m.SetSize(100, 24)
	if cardRenders.renders != 2 {
		t.Fatalf("%d renderings for one card at two widths, want 2", cardRenders.renders)
	}
	m = m.SetSize(80, 30).SetSize(100, 20)
	if again := press(t, m, "backspace", "enter"); again.open != m.open || cardRenders.renders != 2 {
		t.Errorf("reopened card %d of %d; %d renderings after resizing back and reopening it, want still 2",
			again.open, m.open, cardRenders.renders)
	}
	m = press(t, newTestCards(t, stepCards, 100, 24), "enter")
	if cardRenders.renders != 2 {
		t.Errorf("%d renderings after reopening the overlay, want still 2", cardRenders.renders)
	}
	m = m.SetSize(91, 24)
	if cardRenders.renders != 3 {
		t.Errorf("a new width: %d renderings, want 3", cardRenders.renders)
	}
	for w := range maxRenders {
		cardRenders.m[renderKey{text: "x", style: "dark", width: 1000 + w}] = "x"
	}
	m.SetSize(92, 24)
	if n := len(cardRenders.m); n > maxRenders {
		t.Errorf("the cache holds %d renderings, more than its bound of %d", n, maxRenders)
	}
}

func TestCardsPlain(t *testing.T) {
	m := newTestCards(t, stepCards, 80, 24)
	if m = press(t, m, "enter"); !strings.Contains(m.page.GetContent(), "\x1b[") {
		t.Fatal("on a colour terminal the card is not styled")
	}
	m, _, _ = m.Update(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	if strings.Contains(m.page.GetContent(), "\x1b") {
		t.Errorf("without colour the card still has escape sequences:\n%q", m.page.GetContent())
	}
	if !strings.Contains(m.page.GetContent(), "No advice") {
		t.Errorf("the plain card lost its text:\n%s", m.page.GetContent())
	}
	m, _, _ = m.Update(tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
	if !strings.Contains(m.page.GetContent(), "\x1b[") {
		t.Error("back on a colour terminal the card is not styled")
	}
	light := newCardsModel(script.BuiltinCards(), nil, NewStyles(false), newKeyMap(), 80, 24)
	if light.renderStyle() != "light" || m.renderStyle() != "dark" {
		t.Errorf("styles: light background %q, dark %q", light.renderStyle(), m.renderStyle())
	}
}

func TestCardsHelp(t *testing.T) {
	m := newTestCards(t, stepCards, 80, 24)
	desc := func(m cardsModel) string {
		var parts []string
		for _, b := range m.help(newKeyMap()).ShortHelp() {
			if b.Enabled() {
				parts = append(parts, b.Help().Key+" "+b.Help().Desc)
			}
		}
		return strings.Join(parts, ", ")
	}
	for _, tc := range []struct {
		name string
		m    cardsModel
		want string
	}{
		{"list", m, "esc back to the session"},
		{"search", m.Search(), "esc back to the session"},
		{"card", press(t, m, "enter"), "backspace back to list"},
	} {
		if got := desc(tc.m); !strings.Contains(got, tc.want) {
			t.Errorf("%s: short help %q lacks %q", tc.name, got, tc.want)
		}
	}
	if len(m.help(newKeyMap()).FullHelp()) == 0 {
		t.Error("no full help")
	}
}

// TestCardsFitEverySize draws the overlay at every size from 1×1 to
// 200×60 and checks that no line is wider than the width and there are
// never more lines than the height. Each size is drawn in one of three
// states in turn (the list, a search, an open card), so that all three
// meet small and large sizes of both kinds without tripling the time.
func TestCardsFitEverySize(t *testing.T) {
	base := newTestCards(t, stepCards, 80, 24)
	states := []struct {
		name string
		m    cardsModel
	}{
		{"list", press(t, base, "pgdown")},
		{"search", typeText(t, base.Search(), "the")},
		{"card", press(t, base, "down", "enter", "pgdown")},
	}
	for w := 1; w <= 200; w++ {
		for h := 1; h <= 60; h++ {
			s := &states[(w+h)%len(states)]
			s.m = s.m.SetSize(w, h)
			checkFits(t, s.name, s.m, w, h)
		}
	}
}

// checkFits fails the test if the overlay's view does not fit w×h.
func checkFits(t *testing.T, name string, m cardsModel, w, h int) {
	t.Helper()
	v := m.View()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Fatalf("%s at %dx%d: %d lines", name, w, h, len(lines))
	}
	for i, l := range lines {
		if len(l) <= w { // never wider in cells than in bytes
			continue
		}
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%s at %dx%d: line %d is %d wide: %q", name, w, h, i, lw, l)
		}
	}
}

// TestCardsRandomKeys presses thousands of random keys, with resizes
// among them, reopening the overlay whenever it closes, and checks that
// it never panics and always fits.
func TestCardsRandomKeys(t *testing.T) {
	keys := []string{"up", "down", "k", "j", "enter", "esc", "backspace", "/", "q",
		"pgup", "pgdown", "space", "a", "e", "s", "x", "?", "left", "right"}
	rng := rand.New(rand.NewPCG(4, 2))
	w, h := 80, 24
	m := newTestCards(t, stepCards, w, h)
	for i := 0; i < 5000; i++ {
		if rng.IntN(25) == 0 {
			w, h = rng.IntN(200)+1, rng.IntN(60)+1
			m = m.SetSize(w, h)
		}
		var closed bool
		m, _, closed = m.Update(keyPress(keys[rng.IntN(len(keys))]))
		if closed {
			m = newTestCards(t, stepCards, w, h)
			if rng.IntN(2) == 0 {
				m = m.Search()
			}
		}
		checkFits(t, "random", m, w, h)
	}
}

// help is the overlay's help as it stands, its keys from k: those that
// work on what is on show.
func (m cardsModel) help(k keyMap) helpKeys {
	setAll(&k, false)
	m.keysOn(&k)
	return k.cardsHelp(m.open >= 0, m.typing)
}
