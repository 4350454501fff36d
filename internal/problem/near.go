package problem

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Position turns a byte offset of data into a line and a column counted
// from 1, the column in characters. An offset outside data is clamped to
// it.
func Position(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// EditDistance counts the single-character insertions, deletions and
// changes that turn a into b (Levenshtein's distance).
func EditDistance(a, b string) int {
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

// Suggest returns the one of words that word is most likely a misspelling
// of: the nearest within two edits, ignoring the case of word, and nearer
// than the length of the word suggested. It returns "" when none is that
// close; of words equally near, the first.
func Suggest(word string, words []string) string {
	best, bestDist := "", 3
	lower := strings.ToLower(word)
	for _, w := range words {
		if d := EditDistance(lower, w); d < bestDist && d < utf8.RuneCountInString(w) {
			best, bestDist = w, d
		}
	}
	return best
}
