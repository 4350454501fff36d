package plain

import (
	"strings"
	"testing"

	"partnercoach/app"
	"partnercoach/script"
)

// TestCards lists the cards, the step's first, and says one by number,
// id, title or the start of a title, as plain lines; the session's clock
// and step are left alone.
func TestCards(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.to("coach-turn")
	pos := h.fe.core.Session().Pos()
	out := h.send("cards")
	mustContain(t, out, "Reference cards, ", "card and a number or a name says one:\n1. ", ", for this step.")
	if strings.Contains(out, "#") {
		t.Fatalf("a heading mark in the list:\n%s", out)
	}
	mustContain(t, h.send("c"), "Reference cards, ")
	mustContain(t, h.send("card listening"), "Card: ", "End of the card.")
	mustContain(t, h.send("card Attention in the body"), "Card: Attention in the body.\nFirst coaching job: help attention settle inside the body. For some it is instant; some need practice.\n",
		"- Ask for a few words about what they notice.\n", "End of the card.")
	mustContain(t, h.send("card attention"), "Card: Attention in the body.")
	mustContain(t, h.send("card 1"), "Card: ")
	mustContain(t, h.send("card 99"), "There is no card 99: expected a number from 1 to ")
	mustContain(t, h.send("card partnering"), "cards start with \"partnering\": ", "type more of the name, or the number")
	mustContain(t, h.send("card nothing-like-it"), `No card is called "nothing-like-it": cards lists them`)
	mustContain(t, h.send("card"), "Card needs the number or the name of a card")
	mustContain(t, h.send("cards 2"), "Cards takes nothing after it")
	if h.fe.core.Session().Pos() != pos || h.keeper.Discarded != 0 {
		t.Fatal("the cards moved the session")
	}
}

// TestCardTextIsMadeSafe: a script's own card holding escape sequences
// and Markdown is said with neither.
func TestCardTextIsMadeSafe(t *testing.T) {
	s := builtin(t, "first")
	s.Cards = append(s.Cards, script.Card{ID: "mine", Title: "Mine \x1b[31mred", Text: "## Head\n\n**bold** and `code`\n* one\n\x1b]0;title\a"})
	h := newHarness(t, app.Config{Start: s}, Options{})
	out := h.send("card mine")
	mustContain(t, out, "Head.\nbold and code\n- one")
	if strings.ContainsAny(out, "\x1b\a") {
		t.Fatalf("an escape reached the output: %q", out)
	}
}

// TestCardParagraphsAreOneLine: a paragraph or a list item the card's
// Markdown wraps over several lines is said as one line, as the full
// screen flows it, never cut mid-sentence (the code before said each
// source line on its own).
func TestCardParagraphsAreOneLine(t *testing.T) {
	got := strings.Join(plainMarkdown("# Head\n\nOne sentence\nwrapped here.\nAnd on.\n\n- a bullet\n  that wraps\n- next\n1. first\n   step\n\nEnd."), "|")
	if want := "Head.|One sentence wrapped here. And on.|- a bullet that wraps|- next|1. first step|End."; got != want {
		t.Fatalf("lines %q, want %q", got, want)
	}
}
