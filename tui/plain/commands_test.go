package plain

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct {
		line string
		want command
	}{
		{"", command{verb: cmdTimeLeft}},
		{"   ", command{verb: cmdTimeLeft}},
		{"n", command{verb: cmdNext, minutes: -1}},
		{"NEXT", command{verb: cmdNext, minutes: -1}},
		{"b", command{verb: cmdBack, minutes: -1}},
		{"p", command{verb: cmdBack, minutes: -1}},
		{"back", command{verb: cmdBack, minutes: -1}},
		{"s", command{verb: cmdStartPause, minutes: -1}},
		{"Start", command{verb: cmdStartPause, minutes: -1}},
		{"pause", command{verb: cmdStartPause, minutes: -1}},
		{"+", command{verb: cmdMore, n: 1, minutes: -1}},
		{"+ 3", command{verb: cmdMore, n: 3, minutes: -1}},
		{"+3", command{verb: cmdMore, n: 3, minutes: -1}},
		{"-", command{verb: cmdLess, n: 1, minutes: -1}},
		{"-2", command{verb: cmdLess, n: 2, minutes: -1}},
		{"less 2", command{verb: cmdLess, n: 2, minutes: -1}},
		{"R", command{verb: cmdRestart, minutes: -1}},
		{"x 2", command{verb: cmdCheck, n: 2, minutes: -1}},
		{"  x   2  ", command{verb: cmdCheck, n: 2, minutes: -1}},
		{"x 2 3", command{verb: cmdCheck, n: 2, minutes: 3, text: "3"}},
		{"x 3 slow, with pauses", command{verb: cmdCheck, n: 3, minutes: -1, text: "slow, with pauses"}},
		{"u", command{verb: cmdUndo, minutes: -1}},
		{"undo", command{verb: cmdUndo, minutes: -1}},
		{"call", command{verb: cmdCall, minutes: -1}},
		{"next?", command{verb: cmdPreview, minutes: -1}},
		{"preview", command{verb: cmdPreview, minutes: -1}},
		{"choose 1", command{verb: cmdCheck, n: 1, minutes: -1}},
		{"note wants short turns", command{verb: cmdNote, text: "wants short turns", minutes: -1}},
		{"N  a note", command{verb: cmdNote, text: "a note", minutes: -1}},
		{"note", command{verb: cmdNote, minutes: -1}},
		{"m", command{verb: cmdMark, minutes: -1}},
		{"w", command{verb: cmdWhere, minutes: -1}},
		{"where", command{verb: cmdWhere, minutes: -1}},
		{"t", command{verb: cmdTimeLeft, minutes: -1}},
		{"l", command{verb: cmdList, minutes: -1}},
		{"list", command{verb: cmdList, minutes: -1}},
		{"read", command{verb: cmdRead, minutes: -1}},
		{"?", command{verb: cmdHelp, minutes: -1}},
		{"help", command{verb: cmdHelp, minutes: -1}},
		{"E", command{verb: cmdEnd, minutes: -1}},
		{"end", command{verb: cmdEnd, minutes: -1}},
		{"q", command{verb: cmdQuit, minutes: -1}},
		{"Quit", command{verb: cmdQuit, minutes: -1}},
	}
	for _, tc := range tests {
		got, err := parse(tc.line)
		if err != nil || got != tc.want {
			t.Errorf("parse(%q) = %+v, %v; want %+v", tc.line, got, err, tc.want)
		}
	}
}

func TestParseErrorsSayWhatWasExpected(t *testing.T) {
	tests := []struct{ line, want string }{
		{"foo", `"foo" is not a command: expected a command such as n (next step)`},
		{"x", "x needs the number of an item or option, such as x 2"},
		{"x two", "x needs the number of an item or option"},
		{"x 0", "x needs the number of an item or option"},
		{"+ lots", "+ takes a number of minutes from 1 to 120"},
		{"- 0", "- takes a number of minutes from 1 to 120"},
		{"n 2", "n takes nothing after it: type n alone"},
		{"e", "to end the session, type E (capital) or end"},
		{"r", "R (capital) or restart"},
		{"/", "/ is not a command: cards lists the reference cards"},
		{"3", "to check off item 3, type x 3"},
		{"++1", `"++1" is not a command`},
		{"\x1b[A", `"\x1b[A" is not a command`},
	}
	for _, tc := range tests {
		_, err := parse(tc.line)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parse(%q) error %v; want %q", tc.line, err, tc.want)
		}
	}
}

// FuzzParse checks that no line makes the parser panic, that a line is
// either a command or an error that says what was expected, and that an
// error is one plain line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "n", "x 2 3", "note hi", "+3", "- 2", "E", "u", "v", "call", "\x00", "x 99999999999999999999", "+-1", "ünïcödé", "note \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c, err := parse(line)
		if err != nil {
			msg := err.Error()
			if msg == "" || strings.Contains(msg, "\n") {
				t.Fatalf("parse(%q): error %q", line, msg)
			}
			if utf8.ValidString(line) && !utf8.ValidString(msg) {
				t.Fatalf("parse(%q): error not valid UTF-8: %q", line, msg)
			}
			return
		}
		if c.verb < cmdTimeLeft || c.verb > lastVerb {
			t.Fatalf("parse(%q): verb %d", line, c.verb)
		}
		if c.verb == cmdCheck && c.n < 1 || (c.verb == cmdMore || c.verb == cmdLess) && (c.n < 1 || c.n > maxMinutes) {
			t.Fatalf("parse(%q): number %d out of range", line, c.n)
		}
	})
}

func TestReadLine(t *testing.T) {
	long := strings.Repeat("a", maxLine+5000)
	in := "n\r\nx 2\n\n" + long + "\nlast"
	lines := make(chan string)
	go readLines(strings.NewReader(in), lines, make(chan struct{}))
	var got []string
	for l := range lines {
		got = append(got, l)
	}
	if len(got) != 5 || got[0] != "n" || got[1] != "x 2" || got[2] != "" || len(got[3]) != maxLine || got[4] != "last" {
		t.Fatalf("lines: %d, %q %q %q len %d", len(got), got[0], got[1], got[2], len(got[3]))
	}
}
