package script

import (
	"slices"
	"testing"
)

func TestReorder(t *testing.T) {
	tests := []struct {
		name  string
		order []int
		want  []int
		out   []int
	}{
		{"nothing wanted", []int{0, 1, 2, 3}, nil, []int{0, 1, 2, 3}},
		{"same order", []int{0, 1, 2, 3}, []int{1, 2}, []int{0, 1, 2, 3}},
		{"swap two", []int{0, 1, 2, 3, 4, 5}, []int{4, 2}, []int{0, 1, 4, 3, 2, 5}},
		{"swap pairs", []int{0, 1, 2, 3, 4}, []int{3, 4, 1, 2}, []int{0, 3, 4, 1, 2}},
		{"rotate three", []int{0, 1, 2, 3}, []int{3, 1, 2}, []int{0, 3, 1, 2}},
		{"on a permuted order", []int{2, 0, 1, 3}, []int{3, 2}, []int{3, 0, 1, 2}},
		{"unknown items ignored", []int{0, 1, 2}, []int{9, 2, 1}, []int{0, 2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := slices.Clone(tt.order)
			order = Reorder(order, tt.want)
			if !slices.Equal(order, tt.out) {
				t.Errorf("Reorder(%v, %v) = %v, want %v", tt.order, tt.want, order, tt.out)
			}
		})
	}
}
