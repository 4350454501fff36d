package script

import (
	"embed"
	"path"
	"strings"
)

//go:embed builtin/cards/*.md
var cardFS embed.FS

// Card is a short reference text, written in Markdown, that the coach can
// open during a session without stopping the timer.
type Card struct {
	// ID names the card; steps refer to it.
	ID string `yaml:"id"`
	// Title is shown in the card list.
	Title string `yaml:"title"`
	// Text is the card's body in Markdown.
	Text string `yaml:"text"`
}

// BuiltinCards returns the cards that come with partnercoach, in the order
// of their file names. A card file's name (without .md) is its id and its
// first line, a Markdown heading, is its title.
func BuiltinCards() []Card {
	entries, _ := cardFS.ReadDir("builtin/cards")
	cards := make([]Card, 0, len(entries))
	for _, e := range entries {
		b, err := cardFS.ReadFile(path.Join("builtin/cards", e.Name()))
		if err != nil {
			continue
		}
		cards = append(cards, cardFromMarkdown(strings.TrimSuffix(e.Name(), ".md"), string(b)))
	}
	return cards
}

// cardFromMarkdown makes a card of a Markdown text whose first line is a
// heading naming it.
func cardFromMarkdown(id, text string) Card {
	first, rest, _ := strings.Cut(text, "\n")
	title := strings.TrimSpace(strings.TrimLeft(first, "#"))
	if !strings.HasPrefix(first, "#") || title == "" {
		return Card{ID: id, Title: id, Text: text}
	}
	return Card{ID: id, Title: title, Text: strings.TrimLeft(rest, "\n")}
}

// AllCards returns the script's own cards followed by the built-in cards
// whose ids the script does not reuse.
func (s *Script) AllCards() []Card {
	own := map[string]bool{}
	cards := append([]Card(nil), s.Cards...)
	for _, c := range s.Cards {
		own[c.ID] = true
	}
	for _, c := range BuiltinCards() {
		if !own[c.ID] {
			cards = append(cards, c)
		}
	}
	return cards
}
