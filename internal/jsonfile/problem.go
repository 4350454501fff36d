package jsonfile

import (
	"errors"

	"partnercoach/internal/problem"
)

// Problem is something wrong with a file partnercoach reads: where it is
// and what was expected, and, when its reader moved it aside, where to.
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

// ProblemAt makes a problem at a byte offset of data; a negative offset
// stands for the file as a whole.
func ProblemAt(path string, data []byte, offset int, msg string) *Problem {
	p := &Problem{Path: path, Msg: msg}
	if offset >= 0 {
		p.Line, p.Col = problem.Position(data, offset)
	}
	return p
}

// AsProblem returns err as a *Problem, wrapping it if it is not one.
func AsProblem(path string, err error) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		return p
	}
	return &Problem{Path: path, Msg: err.Error()}
}
