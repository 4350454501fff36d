package store

import (
	"partnercoach/internal/problem"
)

// Problem is something wrong with a file partnercoach reads: where it is
// and what was expected, and where the file was moved aside to.
type Problem struct {
	// Path is the file as it was found.
	Path string
	// Line and Col are where the problem is, counted from 1; Col counts
	// characters, not bytes. Both are zero for the file as a whole.
	Line, Col int
	// Msg says what is wrong and what was expected.
	Msg string
	// MovedTo is where the file now is, if it was moved aside.
	MovedTo string
}

// Error formats the problem as "PATH:LINE:COL: message", the form editors
// and terminals recognise, followed by where the file was moved.
func (p Problem) Error() string {
	s := problem.Problem{File: p.Path, Line: p.Line, Col: p.Col, Msg: p.Msg}.String()
	if p.MovedTo != "" {
		s += "; moved aside to " + p.MovedTo
	}
	return s
}

// problemAt makes a problem at a byte offset of data; a negative offset
// stands for the file as a whole.
func problemAt(path string, data []byte, offset int, msg string) *Problem {
	p := &Problem{Path: path, Msg: msg}
	if offset >= 0 {
		p.Line, p.Col = problem.Position(data, offset)
	}
	return p
}
