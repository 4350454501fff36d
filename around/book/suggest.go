package book

import (
	"fmt"

	"partnercoach/around/names"
	"partnercoach/internal/shellword"
)

// NotListed is the error for a name that is not in the newcomer list: it
// asks "did you mean" when the name is close to a listed one (see
// names.Lookup), and says how to add someone new.
func NotListed(name string, list []Newcomer) error {
	add := "partnercoach newcomer add " + shellword.Quote(name, "NAME")
	if near := Lookup(name, list).Near; near != "" {
		return fmt.Errorf("no newcomer is called %q; did you mean %q? For someone new, add them first with: %s", name, near, add)
	}
	return fmt.Errorf("no newcomer is called %q; add them first with: %s", name, add)
}

// Lookup says what a name typed is against the newcomers of list (see
// names.Lookup): one of them, spelt as listed, a likely typo of one, or
// someone new.
func Lookup(name string, list []Newcomer) names.Match {
	all := make([]string, len(list))
	for i, n := range list {
		all[i] = n.Name
	}
	return names.Lookup(name, all)
}
