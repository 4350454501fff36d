package plain

import (
	"strings"
	"testing"
	"unicode/utf8"

	"partnercoach/app"
)

func TestParse(t *testing.T) {
	tests := []struct {
		line string
		want command
	}{
		{"", command{cmd: app.CmdTimeLeft}},
		{"   ", command{cmd: app.CmdTimeLeft}},
		{"n", command{cmd: app.CmdNext}},
		{"NEXT", command{cmd: app.CmdNext}},
		{"b", command{cmd: app.CmdBack}},
		{"p", command{cmd: app.CmdBack}},
		{"back", command{cmd: app.CmdBack}},
		{"s", command{cmd: app.CmdStartPause}},
		{"Start", command{cmd: app.CmdStartPause}},
		{"pause", command{cmd: app.CmdStartPause}},
		{"+", command{cmd: app.CmdMore, n: 1}},
		{"+ 3", command{cmd: app.CmdMore, n: 3}},
		{"+3", command{cmd: app.CmdMore, n: 3}},
		{"-", command{cmd: app.CmdLess, n: 1}},
		{"-2", command{cmd: app.CmdLess, n: 2}},
		{"less 2", command{cmd: app.CmdLess, n: 2}},
		{"R", command{cmd: app.CmdRestart}},
		{"x 2", command{cmd: app.CmdCheck, n: 2}},
		{"  x   2  ", command{cmd: app.CmdCheck, n: 2}},
		{"x 2 3", command{cmd: app.CmdCheck, n: 2, text: "3"}},
		{"x 3 slow, with pauses", command{cmd: app.CmdCheck, n: 3, text: "slow, with pauses"}},
		{"u", command{cmd: app.CmdUndo}},
		{"undo", command{cmd: app.CmdUndo}},
		{"call", command{cmd: app.CmdCallStarts}},
		{"next?", command{cmd: app.CmdPreview}},
		{"preview", command{cmd: app.CmdPreview}},
		{"choose 1", command{cmd: app.CmdCheck, n: 1}},
		{"note wants short turns", command{cmd: app.CmdNote, text: "wants short turns"}},
		{"N  a note", command{cmd: app.CmdNote, text: "a note"}},
		{"note", command{cmd: app.CmdNote}},
		{"m", command{cmd: app.CmdMoment}},
		{"w", command{cmd: app.CmdWhere}},
		{"where", command{cmd: app.CmdWhere}},
		{"t", command{cmd: app.CmdTimeLeft}},
		{"l", command{cmd: app.CmdAgenda}},
		{"list", command{cmd: app.CmdAgenda}},
		{"read", command{cmd: app.CmdRead}},
		{"?", command{cmd: app.CmdHelp}},
		{"help", command{cmd: app.CmdHelp}},
		{"E", command{cmd: app.CmdEnd}},
		{"end", command{cmd: app.CmdEnd}},
		{"q", command{cmd: app.CmdQuit}},
		{"Quit", command{cmd: app.CmdQuit}},
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
		{"foo", `“foo” is not a command: expected a command such as n (next step)`},
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
		{"0", `“0” is not a command`},
		{"+0", `“+0” is not a command`},
		{"++1", `“++1” is not a command`},
		{"\x1b[A", "“[A” is not a command"}, // cleaned: the error is one plain line
	}
	for _, tc := range tests {
		_, err := parse(tc.line)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parse(%q) error %v; want %q", tc.line, err, tc.want)
		}
	}
}

// TestUnknownWordIsQuotedAsTyped: a word that is no command is said
// between the quotes a line of words gets, as it was typed, with no
// backslash or quote escaped for Go.
func TestUnknownWordIsQuotedAsTyped(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	for line, want := range map[string]string{
		`C:\temp`: `“C:\temp” is not a command: expected a command such as n`,
		`ab"c`:    `“ab"c” is not a command: expected a command such as n`,
		"quiet":   "“quiet” is not a command: expected a command such as n",
	} {
		got := h.send(line)
		mustContain(t, got, want)
		if strings.Contains(got, `\\`) || strings.Contains(got, `\"`) {
			t.Errorf("%q said with Go's escapes:\n%s", line, got)
		}
	}
}

// FuzzParse checks that no line makes the parser panic, that a line is
// either a command or an error that says what was expected, and that an
// error is one plain line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "n", "x 2 3", "note hi", "+3", "- 2", "E", "u", "v", "call", "\x00", "x 99999999999999999999", "+-1", "ünïcödé", "note \xff", "0\n0", "a\tb\x1b[31m"} {
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
		if _, ok := app.KeyOf(app.OnSession, c.cmd); !ok && c.cmd != app.CmdHelp && c.cmd != app.CmdQuit {
			t.Fatalf("parse(%q): command %d is none of the session's", line, c.cmd)
		}
		if c.cmd == app.CmdCheck && c.n < 1 || (c.cmd == app.CmdMore || c.cmd == app.CmdLess) && (c.n < 1 || c.n > app.MaxExtend) {
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

// TestLettersAreTheKeyTables: every letter the key table gives a session
// command in both front ends is read here as that command.
func TestLettersAreTheKeyTables(t *testing.T) {
	for _, row := range app.Commands(app.OnSession, app.Both) {
		if row.Letter == "" || row.In != app.Both {
			continue
		}
		line := row.Letter
		if row.Command == app.CmdCheck {
			line += " 1"
		}
		if c, err := parse(line); err != nil || c.cmd != row.Command {
			t.Errorf("%q is read as command %d (%v), want %d", line, c.cmd, err, row.Command)
		}
	}
}
