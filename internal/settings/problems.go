package settings

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong in a settings file, and where it is.
type Problem struct {
	// File is the settings file's name as given to Parse.
	File string
	// Line and Col are where the problem is, counting from 1; zero when
	// the problem is with the file as a whole.
	Line, Col int
	// Message says what was expected there.
	Message string
}

// String formats the problem as "FILE:LINE:COL: message", or as
// "FILE: message" for the file as a whole.
func (p Problem) String() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Message)
}

// Problems are all the problems found in a settings file, in the order
// they appear in it. It is the error Parse and Load return for a file
// they cannot use.
type Problems []Problem

// Error says how many problems there are and in which file, then gives
// each on a line of its own.
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
