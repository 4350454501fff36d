package script

import (
	"slices"
	"strings"
	"testing"
)

func TestCoachingLoads(t *testing.T) {
	if !slices.Contains(BuiltinNames(), "coaching") {
		t.Fatalf("BuiltinNames() = %v, want coaching among them", BuiltinNames())
	}
	s := loadBuiltin(t, "coaching")
	if s.Planned() != s.Length.D() {
		t.Errorf("planned = %s, want the length %s", Duration(s.Planned()), s.Length)
	}
	// The phases of an ICF session, in this order.
	var at []int
	for _, id := range []string{"agreement", "explore", "meaning", "action", "close"} {
		i := s.StepIndex(id)
		if i < 0 {
			t.Errorf("coaching has no step %q", id)
			continue
		}
		if len(s.Steps[i].Cards) == 0 {
			t.Errorf("step %q names no cards", id)
		}
		at = append(at, i)
	}
	if !slices.IsSorted(at) {
		t.Errorf("the phases are out of order: step indexes %v", at)
	}
}

// TestCoachingCoverage checks that the partnering questions of each phase
// are in the coaching script, the way TestBuiltinCoverage does for the
// Focusing scripts. A topic passes when any of its keywords appears in
// the step of that phase, ignoring case.
func TestCoachingCoverage(t *testing.T) {
	type topic struct {
		step     string
		name     string
		keywords []string
	}
	topics := []topic{
		{"opening", "how the client wants me to take part", []string{"support from me"}},
		{"opening", "what to listen for", []string{"listen out for"}},
		{"opening", "client is expert on content", []string{"expert"}},
		{"agreement", "topic", []string{"work on today"}},
		{"agreement", "desired outcome", []string{"leave with"}},
		{"agreement", "measure of success", []string{"how will you know"}},
		{"agreement", "what needs addressing", []string{"needs looking at"}},
		{"agreement", "how to work together", []string{"go about this"}},
		{"where-to-start", "client picks where to begin", []string{"where do you want to start"}},
		{"where-to-start", "offer options when unsure", []string{"ways in"}},
		{"explore", "progress check", []string{"how close are we"}},
		{"explore", "where next", []string{"where to from here", "next move"}},
		{"explore", "what is here now", []string{"right now"}},
		{"explore", "say more", []string{"more there"}},
		{"explore", "observation without attachment", []string{"doesn't fit"}},
		{"explore", "accept being wrong", []string{"accept a no"}},
		{"explore", "acknowledge strengths", []string{"strength"}},
		{"meaning", "whole picture", []string{"as a whole"}},
		{"meaning", "relations", []string{"links these"}},
		{"meaning", "not yet considered", []string{"angle haven't you tried"}},
		{"meaning", "insight, awareness, learning", []string{"insight"}},
		{"meaning", "leave sentences open", []string{"sentence open"}},
		{"action", "plan", []string{"the plan"}},
		{"action", "support", []string{"back you up", "support"}},
		{"action", "obstacles", []string{"trip you up", "get in the way"}},
		{"action", "motivation", []string{"keep you going", "keep going"}},
		{"action", "after the session", []string{"after we finish"}},
		{"close", "permission to close", []string{"wind down"}},
		{"close", "learning", []string{"taking away"}},
		{"close", "where we did not get to", []string{"untouched"}},
		{"close", "complete", []string{"feel finished", "complete"}},
		{"close", "last words", []string{"last word"}},
	}
	s := loadBuiltin(t, "coaching")
	for _, tp := range topics {
		i := s.StepIndex(tp.step)
		if i < 0 {
			t.Errorf("topic %q: no step %q", tp.name, tp.step)
			continue
		}
		one := &Script{Steps: s.Steps[i : i+1]}
		text := strings.ToLower(scriptText(one))
		if !slices.ContainsFunc(tp.keywords, func(k string) bool { return strings.Contains(text, strings.ToLower(k)) }) {
			t.Errorf("step %s, topic %q: none of %q appears", tp.step, tp.name, tp.keywords)
		}
	}
}

func TestBuiltinStepCardsExist(t *testing.T) {
	named := 0
	for _, name := range BuiltinNames() {
		s := loadBuiltin(t, name)
		ids := map[string]bool{}
		for _, c := range s.AllCards() { // the script's own, then the built-in ones
			ids[c.ID] = true
		}
		for _, st := range s.Steps {
			for _, id := range st.Cards {
				named++
				if !ids[id] {
					t.Errorf("%s, step %s: no card %q of its own or built in", name, st.ID, id)
				}
			}
		}
	}
	if named == 0 {
		t.Error("no built-in script names a card")
	}
}

func TestBuiltinCards(t *testing.T) {
	cards := BuiltinCards()
	// The topics the coaching procedures and partnering guides ask for.
	for _, id := range []string{
		"listening", "body-attention", "more-to-focusing", "explain-focusing",
		"safety-rules", "screening", "why-partnership",
		"partnering-opening", "partnering-during", "partnering-meaning",
		"partnering-action", "partnering-closing", "not-partnering", "process-partnering",
	} {
		if !slices.ContainsFunc(cards, func(c Card) bool { return c.ID == id }) {
			t.Errorf("no built-in card %q", id)
		}
	}
	for _, c := range cards {
		if c.Title == "" || c.Title == c.ID {
			t.Errorf("card %s has no title heading (got %q)", c.ID, c.Title)
		}
		if strings.TrimSpace(c.Text) == "" {
			t.Errorf("card %s has no body", c.ID)
		}
		if n := strings.Count(strings.TrimSpace(c.Text), "\n") + 1; n > 30 {
			t.Errorf("card %s has %d lines; keep it to a glance (30 at most)", c.ID, n)
		}
		if strings.Contains(c.Text, "Being written") {
			t.Errorf("card %s is still a placeholder", c.ID)
		}
	}
}
