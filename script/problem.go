package script

import (
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a script file, at a place in it.
type Problem struct {
	// File is the file's name as the coach gave it.
	File string
	// Line and Col are where the problem is, counted from 1; Col counts
	// characters, not bytes.
	Line, Col int
	// Msg says what is wrong and what was expected.
	Msg string
}

// String formats the problem as "FILE:LINE:COL: message", the form editors
// and terminals recognise.
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// Problems is every problem found in one script file, in the order they
// appear in it. It is the error Load returns for a script that fails to
// check.
type Problems []Problem

// Error says how many problems there are, then gives each on a line of its
// own as "FILE:LINE:COL: message".
func (ps Problems) Error() string {
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

// sortProblems puts problems in the order of their positions in the file,
// keeping the order they were found in for one position.
func sortProblems(ps Problems) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}
