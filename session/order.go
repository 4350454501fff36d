package session

import (
	"slices"

	"partnercoach/script"
)

// reorder recomputes the order of the steps from the script's order and
// the options chosen so far, keeping the current step current.
func (s *Session) reorder() {
	cur := s.order[s.pos]
	order := make([]int, len(s.script.Steps))
	for i := range order {
		order[i] = i
	}
	for _, st := range s.script.Steps {
		k, ok := s.choices[st.ID]
		if !ok || st.Choice == nil {
			continue
		}
		order = script.Reorder(order, s.indices(st.Choice.Options[k].Order))
	}
	s.order = order
	s.pos = slices.Index(order, cur)
}

// indices maps step ids to script step indices.
func (s *Session) indices(ids []string) []int {
	out := make([]int, 0, len(ids))
	for _, id := range ids {
		if i := s.script.StepIndex(id); i >= 0 {
			out = append(out, i)
		}
	}
	return out
}
