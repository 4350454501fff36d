package script

import (
	"slices"
	"strings"
)

// This file checks what refers to something else by id: a choice's
// options name steps, and steps name cards.

// maxNamed caps the ids a message lists, and those it looks among for
// the one meant.
const maxNamed = 20

// checkChoice checks the choice of the step at index at: it has options
// with labels, and each option names only steps that follow the choice,
// each once.
func (c *checker) checkChoice(s *Script, at int) {
	p := child(index("steps", at), "choice")
	ch := s.Steps[at].Choice
	if strings.TrimSpace(ch.Prompt) == "" && !c.bad[child(p, "prompt")] {
		c.add(p, "this choice has no prompt (expected prompt: followed by the question, such as \"Who focuses first?\")")
	}
	if len(ch.Options) < 2 && !c.badUnder(child(p, "options")) {
		c.add(p, "this choice needs at least two options (expected options: followed by two or more, each with label:)")
	}
	for k, o := range ch.Options {
		op := index(child(p, "options"), k)
		if c.bad[op] {
			continue
		}
		if strings.TrimSpace(o.Label) == "" && !c.bad[child(op, "label")] {
			c.add(op, "this option has no label (expected label: followed by what the coach sees)")
		}
		c.checkOrder(s, at, child(op, "order"), o.Order)
		c.checkLengths(s, at, child(op, "lengths"), o.Lengths)
	}
}

// checkOrder checks the step ids an option lists.
func (c *checker) checkOrder(s *Script, at int, path string, order []string) {
	named := map[string]bool{}
	for k, id := range order {
		q := index(path, k)
		if c.bad[q] {
			continue
		}
		i, ok := c.stepAt[id]
		switch {
		case !ok:
			later := stepsAfter(s, at)
			c.add(q, "order: there is no step with the id %q%s (expected a step after this choice: %s)",
				id, didYouMean(nearest(id, later)), joinIDs(later))
		case i <= at:
			c.add(q, "order: the step %q comes before this choice (expected a step after it: %s)",
				id, joinIDs(stepsAfter(s, at)))
		case named[id]:
			c.add(q, "order: the step %q is named twice (expected each step once)", id)
		}
		named[id] = true
	}
}

// stepsAfter returns the ids of the steps after the one at index at, each
// once, up to one more than a message lists.
func stepsAfter(s *Script, at int) []string {
	var ids []string
	for _, st := range s.Steps[at+1:] {
		if len(ids) > maxNamed {
			break
		}
		if st.ID != "" && !slices.Contains(ids, st.ID) {
			ids = append(ids, st.ID)
		}
	}
	return ids
}

// checkStepCards checks that the cards a step names exist, among the
// script's own cards or the built-in ones.
func (c *checker) checkStepCards(s *Script, i int) {
	p := child(index("steps", i), "cards")
	for k, id := range s.Steps[i].Cards {
		if q := index(p, k); !c.bad[q] && !c.knownCards[id] {
			ids := cardIDs(s)
			c.add(q, "cards: there is no card with the id %q%s (expected one of the script's own cards or a built-in card: %s)",
				id, didYouMean(nearest(id, ids)), joinIDs(ids))
		}
	}
}

// checkCards checks the script's own cards: each has an id, a title and a
// text, and no two share an id.
func (c *checker) checkCards(s *Script) {
	first := map[string]int{}
	for k, cd := range s.Cards {
		p := index("cards", k)
		if c.bad[p] {
			continue
		}
		if missing := missingCardKeys(cd); len(missing) > 0 && !c.badUnder(p) {
			c.add(p, "this card has %s (expected id:, title: and text:)", noneOf(missing))
		}
		if j, ok := first[cd.ID]; ok && cd.ID != "" {
			c.add(child(p, "id"), "the card id %q is already used by the card on line %d (expected each card to have an id of its own)",
				cd.ID, c.line(index("cards", j)))
		} else {
			first[cd.ID] = k
		}
	}
}

// missingCardKeys names the keys a card lacks.
func missingCardKeys(cd Card) []string {
	var missing []string
	for _, f := range []struct{ key, val string }{{"id", cd.ID}, {"title", cd.Title}, {"text", cd.Text}} {
		if strings.TrimSpace(f.val) == "" {
			missing = append(missing, f.key)
		}
	}
	return missing
}

// noneOf says which keys are missing: "no id", "no id and no text".
func noneOf(keys []string) string {
	s := "no " + keys[len(keys)-1]
	if len(keys) > 1 {
		s = "no " + strings.Join(keys[:len(keys)-1], ", no ") + " and " + s
	}
	return s
}

// cardIDs lists the ids of the script's own cards and the built-in ones, up
// to one more than a message lists.
func cardIDs(s *Script) []string {
	var ids []string
	for _, cd := range s.AllCards() {
		if len(ids) > maxNamed {
			break
		}
		if cd.ID != "" && !slices.Contains(ids, cd.ID) {
			ids = append(ids, cd.ID)
		}
	}
	return ids
}
