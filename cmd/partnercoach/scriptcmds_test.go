package main

import (
	"os"
	"strings"
	"unicode"

	"github.com/rogpeppe/go-internal/testscript"
)

// scriptCommands are the commands the scripts have besides testscript's
// own, each for a check or a step a script cannot make with those.
var scriptCommands = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"mode":      cmdMode,
	"printable": cmdPrintable,
	"replace":   cmdReplace,
}

// cmdMode is "mode PATH MODE": the file at PATH, not followed if it is a
// symbolic link, has the type and permissions MODE, written as Go writes a
// file mode (-rw------- for a private file, drwx------ for a private
// folder, Dcrw------- for a character device). With !, it has another.
func cmdMode(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: mode PATH MODE")
	}
	info, err := os.Lstat(ts.MkAbs(args[0]))
	ts.Check(err)
	if got := info.Mode().String(); (got == args[1]) == neg {
		ts.Fatalf("%s has mode %s", args[0], got)
	}
}

// hiddenRunes are the characters that reorder or hide the text after
// them: the bidirectional controls and the invisible characters.
const hiddenRunes = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff"

// cmdPrintable is "printable FILE...": each file (stdout and stderr name
// the last command's output) holds no control character but the line
// break, and none of hiddenRunes. With !, some file holds one.
func cmdPrintable(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: printable FILE...")
	}
	for _, name := range args {
		text := ts.ReadFile(name)
		i := strings.IndexFunc(text, func(r rune) bool {
			return unicode.IsControl(r) && r != '\n' || strings.ContainsRune(hiddenRunes, r)
		})
		switch {
		case i >= 0 && !neg:
			ts.Fatalf("%s holds %q at byte %d", name, text[i:min(i+4, len(text))], i)
		case i >= 0 && neg:
			return
		}
	}
	if neg {
		ts.Fatalf("%s: every character is printable", strings.Join(args, ", "))
	}
}

// cmdReplace is "replace FILE OLD NEW": it replaces the first OLD in FILE
// with NEW, as a coach editing the file would, and fails if FILE does not
// hold OLD. \n in OLD or NEW stands for a line break.
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	path := ts.MkAbs(args[0])
	old, new := unescapeBreaks(args[1]), unescapeBreaks(args[2])
	data, err := os.ReadFile(path)
	ts.Check(err)
	if !strings.Contains(string(data), old) {
		ts.Fatalf("%s does not hold %q", args[0], old)
	}
	info, err := os.Stat(path)
	ts.Check(err)
	ts.Check(os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), info.Mode().Perm()))
}

// unescapeBreaks turns each \n of s into a line break.
func unescapeBreaks(s string) string { return strings.ReplaceAll(s, `\n`, "\n") }
