package book

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"partnercoach/internal/problem"
	"partnercoach/internal/shellword"
)

// NotListed is the error for a name that is not in the newcomer list: it
// asks "did you mean" when the name is close to a listed one (see
// Suggest), and says how to add someone new.
func NotListed(name string, list []Newcomer) error {
	add := "partnercoach newcomer add " + shellword.Quote(name, "NAME")
	if near, ok := Suggest(name, list); ok {
		return fmt.Errorf("no newcomer is called %q; did you mean %q? For someone new, add them first with: %s", name, near, add)
	}
	return fmt.Errorf("no newcomer is called %q; add them first with: %s", name, add)
}

// Suggest returns the known newcomer whose name is closest to name when
// name is not one of them but is near enough to be a typo of one ("Bob
// Testr" for "Bob Tester"), so that the coach can be asked "did you
// mean". Names are compared ignoring case and surrounding spaces, by the
// number of characters to insert, delete or change, which may be at most
// a quarter of the longer name's length: a short name such as initials is
// never taken for another. It returns false when name is known, or when
// no name is close; of names equally close, the first listed wins.
func Suggest(name string, list []Newcomer) (string, bool) {
	if find(list, name) >= 0 {
		return "", false
	}
	a := strings.ToLower(strings.TrimSpace(name))
	best, bestDist := "", -1
	for _, n := range list {
		b := strings.ToLower(strings.TrimSpace(n.Name))
		d := problem.EditDistance(a, b)
		if d*4 > max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = n.Name, d
		}
	}
	return best, bestDist >= 0
}
