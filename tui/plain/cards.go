package plain

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
	"partnercoach/script"
	"partnercoach/session"
)

// The reference cards in the accessible mode: cards (c) lists them, the
// current step's first, and card and a number or a name says one as plain
// lines. Like the full screen's cards, they leave the session and its
// clock alone.

// orderedCards returns the session's cards, those of the current step
// first, and how many are the step's.
func orderedCards(s *session.Session) ([]script.Card, int) {
	all := s.Script().AllCards()
	ids := s.Current().Cards
	var first, rest []script.Card
	for _, c := range all {
		if slices.Contains(ids, c.ID) {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...), len(first)
}

// cardList numbers the cards, the current step's first, for card N.
func cardList(s *session.Session) []string {
	cards, nStep := orderedCards(s)
	if len(cards) == 0 {
		return []string{"This script has no reference cards."}
	}
	lines := []string{fmt.Sprintf("Reference cards, %s; card and a number or a name says one:", app.Count(len(cards), "card", "cards"))}
	for i, c := range cards {
		line := fmt.Sprintf("%d. %s (%s)", i+1, textsafe.Line(c.Title), textsafe.Line(c.ID))
		if i < nStep {
			line += ", for this step"
		}
		lines = append(lines, line+".")
	}
	return lines
}

// cardLines says one card, found by its number in the list, its id or
// its title (or the start of one, if only one card has it), in any case.
func cardLines(s *session.Session, which string) []string {
	cards, _ := orderedCards(s)
	if which == "" {
		return []string{"Card needs the number or the name of a card, such as card 1; cards lists them."}
	}
	c, err := findCard(cards, which)
	if err != nil {
		return []string{app.ErrorSentence(err)}
	}
	out := []string{"Card: " + textsafe.Line(c.Title) + "."}
	out = append(out, plainMarkdown(c.Text)...)
	return append(out, "End of the card.")
}

// findCard finds a card by its number, its id or title, or the start of
// its title.
func findCard(cards []script.Card, which string) (script.Card, error) {
	if n, err := strconv.Atoi(which); err == nil {
		if n < 1 || n > len(cards) {
			return script.Card{}, fmt.Errorf("there is no card %d: expected %s (cards lists them)", n, numberUpTo(len(cards)))
		}
		return cards[n-1], nil
	}
	w := strings.ToLower(which)
	var hits []script.Card
	for _, c := range cards {
		switch id, title := strings.ToLower(c.ID), strings.ToLower(c.Title); {
		case id == w || title == w:
			return c, nil
		case strings.HasPrefix(title, w) || strings.HasPrefix(id, w):
			hits = append(hits, c)
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return script.Card{}, fmt.Errorf("no card is called %q: cards lists them", app.Cut(which, 40))
	}
	names := make([]string, 0, len(hits))
	for _, c := range hits {
		names = append(names, textsafe.Line(c.Title))
	}
	return script.Card{}, fmt.Errorf("%d cards start with %q: %s; type more of the name, or the number", len(hits), app.Cut(which, 40), strings.Join(names, ", "))
}

// plainMarkdown turns a card's Markdown into plain lines to be said: no
// heading marks, no emphasis marks, a bullet as "- ", no empty lines, and
// a paragraph or a list item wrapped over several source lines said as
// one line, as the full screen flows it.
func plainMarkdown(text string) []string {
	var out []string
	cur := ""
	flush := func() {
		if cur != "" {
			out = append(out, strings.NewReplacer("**", "", "__", "", "`", "").Replace(cur))
		}
		cur = ""
	}
	for _, l := range strings.Split(textsafe.Text(text), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "#"):
			flush()
			cur = app.Sentence(strings.TrimSpace(strings.TrimLeft(l, "#")))
			flush()
		case strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "+ "):
			flush()
			cur = "- " + l[2:]
		case numberedItem(l):
			flush()
			cur = l
		case cur != "":
			cur += " " + l
		default:
			cur = l
		}
	}
	flush()
	return out
}

// numberedItem reports whether a line of Markdown opens a numbered list
// item: digits, then a full stop or a bracket, then a space.
func numberedItem(l string) bool {
	digits := len(l) - len(strings.TrimLeft(l, "0123456789"))
	return digits > 0 && len(l) > digits+1 && (l[digits] == '.' || l[digits] == ')') && l[digits+1] == ' '
}
