package script

import "slices"

// Reorder applies an option's Order to a sequence of steps: the items of
// seq that order lists take, in the order given, the places those same
// items held in seq; every other item stays where it was. Items of order
// that seq lacks are ignored. Reorder returns a new slice.
func Reorder[T comparable](seq, order []T) []T {
	out := slices.Clone(seq)
	want := slices.DeleteFunc(slices.Clone(order), func(v T) bool { return !slices.Contains(seq, v) })
	k := 0
	for p, v := range seq {
		if k < len(want) && slices.Contains(want, v) {
			out[p] = want[k]
			k++
		}
	}
	return out
}
