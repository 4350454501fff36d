package store

import (
	"bytes"
	"unicode/utf8"

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
		p.Line, p.Col = position(data, offset)
	}
	return p
}

// position turns a byte offset into a line and a column counted from 1.
// An offset past the end is clamped to the end.
func position(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}
