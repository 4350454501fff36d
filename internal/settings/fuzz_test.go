package settings

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// problemLine is the form of every problem line: FILE:LINE:COL: message,
// or FILE: message for the file as a whole.
var problemLine = regexp.MustCompile(`^f\.yaml(:[1-9][0-9]*:[1-9][0-9]*)?: \S`)

// FuzzLoad feeds arbitrary bytes to Parse, which is what Load does with the
// settings file's contents. Whatever the input, Parse must not panic; good
// settings must survive a round trip through YAML; and a bad file must
// give Problems, each on a line of the form FILE:LINE:COL: message, along
// with settings that are still usable.
func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "broken", "*.yaml"))
	for _, file := range seeds {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add(Default().YAML())
	for _, s := range []string{
		"", "~", "- a", "warn: 90s\nfees: {first: $25.50, later: 60}\ncoach: Ann\n",
		"a: &x 1\nwarn: *x", "? warn\n: 2m", "<<: {warn: 2m}", "warn: 2m\n---\nwarn: 3m",
		"coach: |\n  Ann\n", "warn: !!binary aGVsbG8=", "fees: !!map {first: 1}", "\uFEFFscript: 010",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("f.yaml", data)
		checkUsable(t, s)
		if err != nil {
			checkProblems(t, err)
			return
		}
		again, err := Parse("f.yaml", s.YAML())
		if err != nil || again != s {
			t.Fatalf("YAML of %+v reads back as %+v, %v:\n%s", s, again, err, s.YAML())
		}
	})
}

// checkUsable fails unless every setting holds a value the file may give.
func checkUsable(t *testing.T, s Settings) {
	t.Helper()
	if s.Warn <= 0 || s.Fees.First < 0 || s.Fees.Later < 0 || !plausibleName(s.Script) ||
		!printable(s.Coach) || !strings.Contains(" auto dark light none ", " "+string(s.Colours)+" ") {
		t.Fatalf("Parse gave settings that cannot be used: %+v", s)
	}
}

// checkProblems fails unless err lists problems, one a line, each in the
// form FILE:LINE:COL: message.
func checkProblems(t *testing.T, err error) {
	t.Helper()
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("error %v is not a list of problems", err)
	}
	for _, p := range ps {
		if line := p.String(); strings.Contains(line, "\n") || !problemLine.MatchString(line) {
			t.Fatalf("problem line %q is not FILE:LINE:COL: message", line)
		}
	}
}
