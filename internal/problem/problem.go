// Package problem is how partnercoach reports what is wrong in a file the
// coach wrote (a script, the settings): each problem at its place, as
// "FILE:LINE:COL: message", the form editors and terminals recognise, and
// all of them at once; and, for a key it does not know, the known key it
// is most likely a misspelling of (Suggest).
package problem

import (
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong in a file, at a place in it.
type Problem struct {
	// File is the file's name as the coach gave it.
	File string
	// Line and Col are where the problem is, counted from 1; Col counts
	// characters, not bytes. Both are zero for the file as a whole.
	Line, Col int
	// Msg says what is wrong and what was expected.
	Msg string
}

// String formats the problem as "FILE:LINE:COL: message", or as
// "FILE: message" for the file as a whole.
func (p Problem) String() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// List is every problem found in one file, in the order they appear in
// it. It is the error returned for a file that cannot be used.
type List []Problem

// Error says how many problems there are and in which file, then gives
// each on a line of its own.
func (ps List) Error() string {
	if len(ps) == 0 {
		return "no problems"
	}
	noun := "problems"
	if len(ps) == 1 {
		noun = "problem"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s in %s:", len(ps), noun, ps[0].File)
	for _, p := range ps {
		b.WriteString("\n")
		b.WriteString(p.String())
	}
	return b.String()
}

// Sort puts problems in the order of their places in the file, keeping
// the order they were found in for one place.
func (ps List) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}
