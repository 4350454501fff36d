package book

import (
	"fmt"
	"math/rand/v2"
	"regexp"
)

// The ids of the newcomer book. Each newcomer and each appointment has an
// id of its own, made at random when it is first written and never
// changed: the calendar names its events by them (see around/calendar),
// so an event keeps its identity when a name is corrected, when another
// newcomer is added before it, or when two sessions are booked at the
// same instant. An id is 16 lowercase hexadecimal digits and holds
// nothing derived from a name.
//
// A book written before ids existed (newcomer list format 1) has none:
// the first change or read under the book's lock gives them, and the book
// is written back in the current format then.

// bookIDRE matches an id as newBookID makes it.
var bookIDRE = regexp.MustCompile(`^[0-9a-f]{16}$`)

// newBookID returns a new random id. It comes from math/rand/v2, which
// the runtime seeds from the system's entropy: an id must be unique
// within its book and unrelated to any name, but it guards nothing, and
// crypto/rand would link Go's whole FIPS 140 module into the program
// (164 KB of the binary and 30 packages).
func newBookID() string {
	return fmt.Sprintf("%016x", rand.Uint64())
}

// stampIDs gives an id to every newcomer and appointment in list that has
// none, one that is not of the form newBookID makes (a hand edit), or one
// an earlier entry already has (a copied entry), and reports whether it
// changed any. Appointments are told apart within their newcomer.
func stampIDs(list []Newcomer) bool {
	changed := false
	seen := map[string]bool{}
	for i := range list {
		n := &list[i]
		changed = stampID(&n.ID, seen) || changed
		inEntry := map[string]bool{}
		for j := range n.Appointments {
			changed = stampID(&n.Appointments[j].ID, inEntry) || changed
		}
	}
	return changed
}

// stampID gives *id a new value if it is malformed or already in seen,
// adds it to seen, and reports whether it changed it.
func stampID(id *string, seen map[string]bool) bool {
	changed := false
	for !bookIDRE.MatchString(*id) || seen[*id] {
		*id = newBookID()
		changed = true
	}
	seen[*id] = true
	return changed
}

// readableFormat reports whether this partnercoach reads a newcomer list
// of the given format: the current one, format 2, whose notices and
// contacts are days, or format 1, which lacks the ids as well.
func readableFormat(format int) bool {
	return format >= 1 && format <= newcomersFormat
}
