package session

import (
	"fmt"
	"slices"
	"testing"

	"partnercoach/script"
)

func TestIndices(t *testing.T) {
	s := start(t, "first")
	tests := []struct {
		ids  []string
		want []int
	}{
		{nil, []int{}},
		{[]string{"welcome"}, []int{0}},
		{[]string{"newcomer-turn", "newcomer-feedback", "coach-turn", "coach-feedback"}, []int{8, 9, 6, 7}},
		{[]string{"no-such-step", "wrap-up", "nope"}, []int{10}},
	}
	for _, tt := range tests {
		if got := s.indices(tt.ids); !slices.Equal(got, tt.want) {
			t.Errorf("indices(%v) = %v, want %v", tt.ids, got, tt.want)
		}
	}
}

// plainSteps returns steps with the given ids and a minute each.
func plainSteps(ids ...string) []script.Step {
	var out []script.Step
	for _, id := range ids {
		out = append(out, script.Step{ID: id, Time: script.Duration(minute)})
	}
	return out
}

func choiceStep(id string, orders ...[]string) script.Step {
	c := &script.Choice{Prompt: "?"}
	for i, o := range orders {
		c.Options = append(c.Options, script.Option{Label: fmt.Sprint("option ", i), Order: o})
	}
	return script.Step{ID: id, Time: script.Duration(minute), Choice: c}
}

func TestReorderKeepsCurrentStepCurrent(t *testing.T) {
	steps := plainSteps("a")
	steps = append(steps, choiceStep("pick", nil, []string{"c", "pick"}))
	steps = append(steps, plainSteps("b", "c")...)
	s := New(&script.Script{Name: "t", Steps: steps}, Options{}, base)
	s.Apply(Next{}, base)
	if s.Current().ID != "pick" {
		t.Fatalf("Current = %q, want pick", s.Current().ID)
	}
	wantEvents(t, "Choose", s.Apply(Choose{Option: 1}, at(minute)), []Event{
		{Kind: OptionChosen, At: at(minute), Step: "pick"},
	})
	if got, want := ids(s), []string{"a", "c", "b", "pick"}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
	if s.Current().ID != "pick" || s.Pos() != 3 {
		t.Errorf("after Choose: Current %q Pos %d, want pick 3", s.Current().ID, s.Pos())
	}
	wantEvents(t, "Next at the new last place", s.Apply(Next{}, at(2*minute)), nil)
	wantEvents(t, "Prev", s.Apply(Prev{}, at(2*minute)), []Event{
		{Kind: StepEntered, At: at(2 * minute), Step: "b"},
	})
	// The time on the choice step is kept across the move.
	if got := s.Spent("pick", at(3*minute)); got != 2*minute {
		t.Errorf("Spent(pick) = %v, want 2m", got)
	}
	// Choosing the option without an order puts everything back.
	s.Apply(Next{}, at(3*minute))
	s.Apply(Choose{Option: 0}, at(3*minute))
	if got, want := ids(s), []string{"a", "pick", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("order after option 0 = %v, want %v", got, want)
	}
	if s.Current().ID != "pick" || s.Pos() != 1 {
		t.Errorf("after option 0: Current %q Pos %d, want pick 1", s.Current().ID, s.Pos())
	}
}

func TestReorderComposesChoicesInScriptOrder(t *testing.T) {
	steps := []script.Step{
		choiceStep("pick1", nil, []string{"z", "x"}),
		choiceStep("pick2", nil, []string{"y", "z"}),
	}
	steps = append(steps, plainSteps("x", "y", "z")...)
	s := New(&script.Script{Name: "t", Steps: steps}, Options{}, base)

	s.Apply(Choose{Option: 1}, base)
	if got, want := ids(s), []string{"pick1", "pick2", "z", "y", "x"}; !slices.Equal(got, want) {
		t.Errorf("after pick1 = 1: order %v, want %v", got, want)
	}
	s.Apply(Next{}, base)
	s.Apply(Choose{Option: 1}, base)
	if got, want := ids(s), []string{"pick1", "pick2", "y", "z", "x"}; !slices.Equal(got, want) {
		t.Errorf("after pick2 = 1: order %v, want %v", got, want)
	}
	s.Apply(Prev{}, base)
	s.Apply(Choose{Option: 0}, base)
	if got, want := ids(s), []string{"pick1", "pick2", "x", "y", "z"}; !slices.Equal(got, want) {
		t.Errorf("after pick1 = 0: order %v, want %v", got, want)
	}
	if c, ok := s.Chosen("pick2"); !ok || c != 1 {
		t.Errorf("Chosen(pick2) = %d, %v; want 1, true", c, ok)
	}
}

func TestReorderIgnoresUnknownIDs(t *testing.T) {
	steps := []script.Step{choiceStep("pick", []string{"b", "ghost", "a"})}
	steps = append(steps, plainSteps("a", "b")...)
	s := New(&script.Script{Name: "t", Steps: steps}, Options{}, base)
	s.Apply(Choose{Option: 0}, base)
	if got, want := ids(s), []string{"pick", "b", "a"}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}
