package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"partnercoach/around/book"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
)

// maxAnswer bounds the line read in answer to a question on the terminal.
const maxAnswer = 1024

// meant checks the --newcomer name against the newcomers on record: one
// on record (in any case) or someone new stands; a name close to one on
// record ("Bob Testr" for "Bob Tester") is a likely typo. In a terminal
// the coach is asked "did you mean" before the program starts; without
// one the run is refused with the suggestion and how to go on. newPerson
// (--new-newcomer) says the name is someone new: nothing is asked.
func meant(name string, newPerson bool) (string, error) {
	if name == "" || newPerson {
		return name, nil
	}
	list, recs, err := readBook(os.Stderr)
	if err != nil {
		return "", err
	}
	q := nameQuestion{known: book.Known(list, recs), in: os.Stdin, out: os.Stderr,
		interactive: term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stderr.Fd())}
	return q.ask(name)
}

// nameQuestion asks whether a name close to a known one meant it.
type nameQuestion struct {
	known       []book.Newcomer
	in          io.Reader
	out         io.Writer
	interactive bool // the coach is at a terminal to answer
}

// ask returns the name the coach meant, or an error saying how to choose
// when the coach cannot be asked or does not answer.
func (q nameQuestion) ask(name string) (string, error) {
	m := book.Lookup(name, q.known)
	if m.OnRecord != "" {
		return m.OnRecord, nil
	}
	near := m.Near
	if near == "" {
		return name, nil
	}
	n, s := textsafe.Line(name), textsafe.Line(near)
	if !q.interactive {
		return "", fmt.Errorf("no newcomer on record is called %q; did you mean %q? "+
			"Run with --newcomer %s, or add --new-newcomer if %s is someone new", name, near, shellword.Quote(near, "NAME"), n)
	}
	fmt.Fprintf(q.out, "No newcomer on record is called %q. Did you mean %s? "+
		"(y = %s, n = %s is someone new, anything else stops) ", name, s, s, n)
	line, err := bufio.NewReader(io.LimitReader(q.in, maxAnswer)).ReadString('\n')
	if err != nil && line == "" {
		return "", fmt.Errorf("no answer to \"did you mean %s?\": nothing started", s)
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return near, nil
	case "n", "no":
		return name, nil
	}
	return "", fmt.Errorf("expected y or n to \"did you mean %s?\": nothing started", s)
}
