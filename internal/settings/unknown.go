package settings

import (
	"fmt"
	"strings"
)

// unknownKey says that a key is not a setting, which key was perhaps
// meant, and which keys there are.
func unknownKey(path, name string, fs []field) string {
	var b strings.Builder
	if path != "" {
		b.WriteString(path + ": ")
	}
	fmt.Fprintf(&b, "unknown key %q", shorten(name))
	if near := closest(name, fs); near != "" {
		fmt.Fprintf(&b, "; did you mean %q?", near)
	}
	if path == "" {
		fmt.Fprintf(&b, " (the keys are: %s)", names(fs, ", "))
	} else {
		fmt.Fprintf(&b, " (the keys of %s are: %s)", path, names(fs, ", "))
	}
	return b.String()
}

// closest is the field name within two edits of name, ignoring case, or
// "" when there is none.
func closest(name string, fs []field) string {
	best, bestDist := "", 3
	for _, f := range fs {
		if d := editDistance(strings.ToLower(name), f.name); d < bestDist {
			best, bestDist = f.name, d
		}
	}
	return best
}

// editDistance counts the single-rune insertions, deletions and
// substitutions that turn a into b (Levenshtein's distance).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
