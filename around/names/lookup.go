package names

import (
	"strings"
	"unicode/utf8"

	"partnercoach/internal/problem"
)

// Match is how a name typed stands against the names on record: the same
// newcomer as one of them, a likely typo of one, or someone new (neither
// field set).
type Match struct {
	// OnRecord is the name as it is spelt on record when the name typed
	// is the same newcomer (see Same); "" otherwise.
	OnRecord string
	// Near is, when the name typed is not on record, the name on record
	// it is likely a typo of ("Bob Tester" for "Bob Testr"), for the
	// front end to ask "did you mean"; "" when none is close.
	Near string
}

// Lookup is the one place that decides what a name typed is against the
// names on record (see Match). The front ends and commands only word the
// answer.
func Lookup(typed string, onRecord []string) Match {
	for _, n := range onRecord {
		if Same(n, typed) {
			return Match{OnRecord: n}
		}
	}
	return Match{Near: nearest(typed, onRecord)}
}

// nearest returns the name of onRecord closest to name when it is near
// enough to be a typo of it (see near), or "". Of names equally close, the
// first wins.
func nearest(name string, onRecord []string) string {
	best, bestDist := "", -1
	for _, n := range onRecord {
		d, ok := near(name, n)
		if ok && (bestDist < 0 || d < bestDist) {
			best, bestDist = n, d
		}
	}
	return best
}

// near is the one rule of when two names are close enough for one to be
// a typo of the other. Compared ignoring case and surrounding spaces, the
// characters to insert, delete or change are at most a quarter of the
// longer name's length, so that a short name such as initials is never
// taken for another. It returns that count, and whether it is so few.
func near(a, b string) (int, bool) {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	d := problem.EditDistance(a, b)
	return d, d*4 <= max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
}
