package plain

import (
	"fmt"
	"strconv"
	"strings"
)

// verb is what a typed command asks for.
type verb int

// The commands of a running session.
const (
	cmdTimeLeft verb = iota + 1 // also an empty line
	cmdNext
	cmdBack
	cmdStartPause
	cmdMore
	cmdLess
	cmdRestart
	cmdCheck
	cmdNote
	cmdMark
	cmdWhere
	cmdList
	cmdRead
	cmdHelp
	cmdEnd
	cmdQuit
	cmdUndo
	cmdCall
	cmdPreview

	// lastVerb is the last of the verbs above: keep it so when adding one.
	lastVerb = cmdPreview
)

// command is one parsed line.
type command struct {
	verb verb
	// n is the entry number of x (from 1), or the minutes of + and -.
	n int
	// minutes is the answer given with x for an item that takes one, or
	// -1 when none is given.
	minutes int
	// text is the note's text, or what follows the number of x: the
	// minutes or the words of an answer.
	text string
}

// letters are the one-letter commands. They keep the case of the
// session screen's keys where it matters there (n next, N note; E end;
// R restart); the others are taken in either case.
var letters = map[string]verb{
	"n": cmdNext, "N": cmdNote, "b": cmdBack, "B": cmdBack, "p": cmdBack, "P": cmdBack,
	"s": cmdStartPause, "S": cmdStartPause, "+": cmdMore, "=": cmdMore, "-": cmdLess,
	"R": cmdRestart, "x": cmdCheck, "X": cmdCheck, "m": cmdMark, "M": cmdMark,
	"w": cmdWhere, "W": cmdWhere, "t": cmdTimeLeft, "T": cmdTimeLeft, "l": cmdList, "L": cmdList,
	"a": cmdList, "A": cmdList, "h": cmdHelp, "H": cmdHelp, "?": cmdHelp, "E": cmdEnd,
	"q": cmdQuit, "Q": cmdQuit, "u": cmdUndo, "U": cmdUndo, "v": cmdPreview, "V": cmdPreview,
}

// words are the commands spelt out, taken in any case.
var words = map[string]verb{
	"next": cmdNext, "back": cmdBack, "prev": cmdBack, "previous": cmdBack,
	"start": cmdStartPause, "pause": cmdStartPause, "resume": cmdStartPause, "go": cmdStartPause,
	"more": cmdMore, "less": cmdLess, "restart": cmdRestart,
	"check": cmdCheck, "tick": cmdCheck, "choose": cmdCheck, "note": cmdNote, "mark": cmdMark,
	"where": cmdWhere, "time": cmdTimeLeft, "list": cmdList, "agenda": cmdList, "steps": cmdList,
	"read": cmdRead, "step": cmdRead, "help": cmdHelp, "end": cmdEnd, "quit": cmdQuit, "exit": cmdQuit,
	"undo": cmdUndo, "call": cmdCall, "preview": cmdPreview, "next?": cmdPreview,
}

// maxMinutes bounds the minutes of + and - and of an answer.
const maxMinutes = 120

// shortHelp names the commands used most, for the message on a line that
// was not understood.
const shortHelp = "expected a command such as n (next step), b (back), s (start or pause the turn), " +
	"x 2 (check off item 2), note TEXT, w (where), t (time left) or q (quit); h lists them all"

// parse reads one typed line as a command. It never panics; a line it
// cannot read gets an error that says what was expected.
func parse(line string) (command, error) {
	line = strings.TrimSpace(line)
	if line == "" {
		return command{verb: cmdTimeLeft}, nil
	}
	word, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	if c, ok := signed(word); ok && rest == "" {
		return c, nil
	}
	v, ok := letters[word]
	if !ok {
		v, ok = words[strings.ToLower(word)]
	}
	if !ok {
		return command{}, unknown(word)
	}
	c := command{verb: v, minutes: -1}
	switch v {
	case cmdNote:
		c.text = rest
		return c, nil
	case cmdCheck:
		return checkArgs(c, word, rest)
	case cmdMore, cmdLess:
		return minutesArg(c, word, rest)
	}
	if rest != "" {
		return command{}, fmt.Errorf("%s takes nothing after it: type %s alone", word, word)
	}
	return c, nil
}

// signed reads "+2" and "-3": minutes more or less.
func signed(word string) (command, bool) {
	if len(word) < 2 || (word[0] != '+' && word[0] != '-') {
		return command{}, false
	}
	n, err := strconv.Atoi(word[1:])
	if err != nil || n < 1 || n > maxMinutes || word[1] == '+' || word[1] == '-' {
		return command{}, false
	}
	if word[0] == '+' {
		return command{verb: cmdMore, n: n, minutes: -1}, true
	}
	return command{verb: cmdLess, n: n, minutes: -1}, true
}

// checkArgs reads the entry number of x, and what follows it: the
// minutes of an answer in minutes, or the words of an answer in words.
// Which of the two the entry takes is known only at the step (see
// frontEnd.check).
func checkArgs(c command, word, rest string) (command, error) {
	num, answer, _ := strings.Cut(rest, " ")
	want := fmt.Errorf("%s needs the number of an item or option, such as %s 2 (and for a question, the answer: %s 2 3, or %s 3 the words)", word, word, word, word)
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || n > 1000 {
		return command{}, want
	}
	c.n, c.text = n, strings.TrimSpace(answer)
	if m, err := strconv.Atoi(c.text); err == nil && m >= 1 && m <= maxMinutes {
		c.minutes = m
	}
	return c, nil
}

// minutesOf reads the minutes answered after x and its number: a whole
// number from 1 to maxMinutes.
func minutesOf(n int, text string) (int, error) {
	m, err := strconv.Atoi(text)
	if err != nil || m < 1 || m > maxMinutes {
		return 0, fmt.Errorf("the minutes after x %d must be a whole number from 1 to %d, such as 2", n, maxMinutes)
	}
	return m, nil
}

// minutesArg reads the optional number of minutes of + and -.
func minutesArg(c command, word, rest string) (command, error) {
	c.n = 1
	if rest == "" {
		return c, nil
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 1 || n > maxMinutes {
		return command{}, fmt.Errorf("%s takes a number of minutes from 1 to %d, or nothing for one minute", word, maxMinutes)
	}
	c.n = n
	return c, nil
}

// unknown says that a word is no command, with a hint where one fits.
func unknown(word string) error {
	switch {
	case word == "e":
		return fmt.Errorf("e is not a command: to end the session, type E (capital) or end")
	case word == "r":
		return fmt.Errorf("r is not a command here: R (capital) or restart puts the turn back to its full length")
	case word == "/":
		return fmt.Errorf("/ is not a command: cards lists the reference cards, and card and a number or a name says one")
	}
	if _, err := strconv.Atoi(word); err == nil {
		return fmt.Errorf("to check off item %s, type x %s; %s", word, word, shortHelp)
	}
	if r := []rune(word); len(r) > 40 {
		word = string(r[:40]) + "…"
	}
	return fmt.Errorf("%q is not a command: %s", word, shortHelp)
}

// helpLines list every command.
var helpLines = []string{
	"Commands, one a line, then Enter:",
	"n or next: the next step. b or back: the step before.",
	"s or start: start, pause or go on with the turn's timer.",
	"+ or more, - or less: one minute more or less for the turn (+ 3: three minutes).",
	"R or restart: the turn back to its full length (asked first: yes or no).",
	"x and a number: check off the checklist item, or choose the option, of that number. x 2 3 answers item 2 with 3 minutes; x 3 and words answers item 3 in words.",
	"note and text, or N and text: a note for the coach log (note alone asks for it).",
	"m or mark: mark a partnering moment.",
	"w or where: where the session is and the time left. t or time, or Enter alone: the time left.",
	"l or list: the steps. read: the whole current step again.",
	"cards: the reference cards, numbered. card and a number or a name, such as card 2 or card listening: that card.",
	"E or end: end the session and answer the coach log's questions.",
	"q or quit: quit; the session stays saved for 'partnercoach resume'. h, help or ?: this list.",
	"u or undo: undo the last change, again and again; it says what it undid.",
	"call: start the session clock now (it starts by itself at your first command that changes the session).",
	"v, preview or next?: the next step, without leaving this one.",
	"E and R ask first: yes does it, anything else does nothing. In the coach log, back returns to the session.",
}
