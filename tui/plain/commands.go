package plain

import (
	"fmt"
	"strconv"
	"strings"

	"partnercoach/app"
)

// This file reads the typed commands of a running session by the key
// table (app.Keys): the letters and words of the session, and those of
// every screen (help, quit), are the table's, as the full screen's keys
// are.

// command is one parsed line.
type command struct {
	cmd app.Command
	// n is the entry number of x (from 1), or the minutes of + and -.
	n int
	// text is the note's text, the name or number after card, or what
	// follows the number of x: the minutes or the words of an answer.
	text string
}

// shortHelp names the commands used most, for the message on a line that
// was not understood.
var shortHelp = "expected a command such as " + strings.Join([]string{
	letterSays(app.CmdNext, "next step"), letterSays(app.CmdBack, "back"),
	letterSays(app.CmdStartPause, "start or pause the turn"), "x 2 (check off item 2)", "note TEXT",
	letterSays(app.CmdWhere, "where"), letterSays(app.CmdTimeLeft, "time left"),
}, ", ") + " or " + app.LetterOf(app.Everywhere, app.CmdQuit) + " (quit); " +
	helpWord() + " lists them all"

// letterSays names a session command by its letter: "n (next step)".
func letterSays(c app.Command, says string) string {
	return app.LetterOf(app.OnSession, c) + " (" + says + ")"
}

// helpWord is the word that lists the commands.
func helpWord() string {
	k, _ := app.KeyOf(app.Everywhere, app.CmdHelp)
	return k.Words[0]
}

// lookup returns the command a typed word asks for on the session
// screen: one of the session's, or one of every screen's.
func lookup(word string) (app.Command, bool) {
	if c, ok := app.CommandFor(app.OnSession, word); ok {
		return c, true
	}
	return app.CommandFor(app.Everywhere, word)
}

// parse reads one typed line as a command. It never panics; a line it
// cannot read gets an error that says what was expected.
func parse(line string) (command, error) {
	line = strings.TrimSpace(line)
	if line == "" {
		return command{cmd: app.CmdTimeLeft}, nil
	}
	word, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	if c, ok := signed(word); ok && rest == "" {
		return c, nil
	}
	v, ok := lookup(word)
	if !ok {
		return command{}, notCommand{unknown(word)}
	}
	c := command{cmd: v}
	switch v {
	case app.CmdNote, app.CmdCard:
		c.text = rest
		return c, nil
	case app.CmdCheck:
		return checkArgs(c, word, rest)
	case app.CmdMore, app.CmdLess:
		n, err := app.ExtendMinutes(rest)
		if err != nil {
			return command{}, fmt.Errorf("%s takes a number of minutes from 1 to %d, or nothing for one minute", word, app.MaxExtend)
		}
		c.n = n
		return c, nil
	}
	if rest != "" {
		if v == app.CmdCards {
			return command{}, fmt.Errorf("%s takes nothing after it: card and a number or a name says one card", word)
		}
		return command{}, notCommand{fmt.Errorf("%s takes nothing after it: type %s alone", word, word)}
	}
	return c, nil
}

// notCommand is the error of a line that is no command at all, rather
// than a command given wrong: it is taken as typing (see
// frontEnd.typedLine).
type notCommand struct{ error }

func (e notCommand) Unwrap() error { return e.error }

// signed reads "+2" and "-3": minutes more or less.
func signed(word string) (command, bool) {
	if len(word) < 2 || (word[0] != '+' && word[0] != '-') || word[1] == '+' || word[1] == '-' {
		return command{}, false
	}
	n, err := app.ExtendMinutes(word[1:])
	if err != nil {
		return command{}, false
	}
	if word[0] == '+' {
		return command{cmd: app.CmdMore, n: n}, true
	}
	return command{cmd: app.CmdLess, n: n}, true
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
	return c, nil
}

// unknown says that a word is no command, with a hint where one fits: a
// number alone that can be an item's is answered with x and the number.
// The word is quoted as it was typed, as a line of words is (see
// typedLine), not escaped as Go would: a screen reader reads C:\temp, not
// C:\\temp. It is cleaned of control characters (clean), as all that is
// said is, so that the error is one plain line.
func unknown(word string) error {
	switch {
	case word == "e":
		return fmt.Errorf("e is not a command: to end the session, type E (capital) or end")
	case word == "r":
		return fmt.Errorf("r is not a command here: R (capital) or restart puts the turn back to its full length")
	case word == "/":
		return fmt.Errorf("/ is not a command: cards lists the reference cards, and card and a number or a name says one")
	}
	if n, err := strconv.Atoi(word); err == nil && n >= 1 && word[0] != '+' {
		return fmt.Errorf("to check off item %s, type x %s; %s", word, word, shortHelp)
	}
	if r := []rune(clean(word)); len(r) > 40 { // cleaned here too: an error is one plain line
		word = string(r[:40]) + "…"
	} else {
		word = string(r)
	}
	return fmt.Errorf("“%s” is not a command: %s", word, shortHelp)
}

// helpLines list every command of the session, from the key table.
func helpLines() []string {
	lines := []string{"Commands, one a line, then Enter:"}
	for _, g := range []app.KeyGroup{app.OnSession, app.Everywhere} {
		for _, k := range app.Commands(g, app.Accessible) {
			lines = append(lines, k.Names()+": "+app.Sentence(k.Says))
		}
	}
	return append(lines,
		"E, R and q ask first: the word of what is done (end, restart, quit) does it; any other line stays, "+
			"and a line of words goes to the note draft.",
		"A line that is no command is kept in the note draft: note keeps it as a note, drop drops it.",
		"In the coach log, back returns to the session.")
}
