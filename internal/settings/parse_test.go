package settings

import (
	"errors"
	"strings"
	"testing"
	"time"

	"partnercoach/around/fees"
	"partnercoach/internal/yamlfile"
)

func TestParseEveryKey(t *testing.T) {
	src := `warn: 90s
notify: false
silent: true
fees:
  first: $30.50
  later: 60
coach: Ann Weiser Cornell
script: followup
colours: light
`
	want := Settings{
		Warn:    90 * time.Second,
		Notify:  false,
		Silent:  true,
		Fees:    fees.Fees{First: 3050, Later: 6000},
		Coach:   "Ann Weiser Cornell",
		Script:  "followup",
		Colours: ColoursLight,
		// Left out of the file, these keep their defaults.
		WindowTitle: true,
		Progress:    ProgressAuto,
	}
	got, err := Parse("s.yaml", []byte(src))
	if err != nil || got != want {
		t.Fatalf("Parse = %+v, %v; want %+v", got, err, want)
	}
}

func TestParseAcceptedForms(t *testing.T) {
	tests := []struct {
		src  string
		want func(*Settings)
	}{
		{"warn: 2m", func(s *Settings) { s.Warn = 2 * time.Minute }},
		{"warn: 90s", func(s *Settings) { s.Warn = 90 * time.Second }},
		{"warn: 1m30s", func(s *Settings) { s.Warn = 90 * time.Second }},
		{`warn: "3m"`, func(s *Settings) { s.Warn = 3 * time.Minute }},
		{"warn: 3", func(s *Settings) { s.Warn = 3 * time.Minute }},
		{"notify: false", func(s *Settings) { s.Notify = false }},
		{"notify: true", func(s *Settings) { s.Notify = true }},
		{"silent: True", func(s *Settings) { s.Silent = true }},
		{"fees: {first: 25}", func(s *Settings) { s.Fees.First = 2500 }},
		{"fees: {first: 25.00}", func(s *Settings) { s.Fees.First = 2500 }},
		{"fees: {first: 25.5}", func(s *Settings) { s.Fees.First = 2550 }},
		{`fees: {first: "$25"}`, func(s *Settings) { s.Fees.First = 2500 }},
		{`fees: {later: "$25.50"}`, func(s *Settings) { s.Fees.Later = 2550 }},
		{"fees: {later: $0.05}", func(s *Settings) { s.Fees.Later = 5 }},
		{"fees: {later: 0}", func(s *Settings) { s.Fees.Later = 0 }},
		{"coach: Ann", func(s *Settings) { s.Coach = "Ann" }},
		{`coach: "  Zoë O'Brien  "`, func(s *Settings) { s.Coach = "Zoë O'Brien" }},
		{"coach:", func(s *Settings) { s.Coach = "" }},
		{"script: my-script-2", func(s *Settings) { s.Script = "my-script-2" }},
		{"script: 010", func(s *Settings) { s.Script = "010" }},
		{"colours: auto", func(s *Settings) { s.Colours = ColoursAuto }},
		{"colours: dark", func(s *Settings) { s.Colours = ColoursDark }},
		{"colours: none", func(s *Settings) { s.Colours = ColoursNone }},
		{"calendar_full_names: true", func(s *Settings) { s.CalendarFullNames = true }},
		// true and false in quotes mean what they say.
		{`calendar_full_names: "true"`, func(s *Settings) { s.CalendarFullNames = true }},
		{"window_title: false", func(s *Settings) { s.WindowTitle = false }},
		{"progress: on", func(s *Settings) { s.Progress = ProgressOn }},
		{"progress: off", func(s *Settings) { s.Progress = ProgressOff }},
		{"silent: 'TRUE'\nnotify: \"false\"", func(s *Settings) { s.Silent, s.Notify = true, false }},
		{`silent: "false"`, func(s *Settings) { s.Silent = false }},
		{`short_form: "Focusing short form (I)"`, func(s *Settings) { s.ShortForm = "Focusing short form (I)" }},
		{"warn: !!str 4m", func(s *Settings) { s.Warn = 4 * time.Minute }},
		{"warn: &w 5m", func(s *Settings) { s.Warn = 5 * time.Minute }},
		{"\uFEFFwarn: 6m", func(s *Settings) { s.Warn = 6 * time.Minute }},
		{"warn: 7m\r\nsilent: true\r\n", func(s *Settings) { s.Warn, s.Silent = 7*time.Minute, true }},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			want := Default()
			tc.want(&want)
			got, err := Parse("s.yaml", []byte(tc.src))
			if err != nil || got != want {
				t.Fatalf("Parse(%q) = %+v, %v; want %+v", tc.src, got, err, want)
			}
		})
	}
}

func TestParseNothingGivesDefaults(t *testing.T) {
	for _, src := range []string{"", "\n\n", "   \n", "# only a comment\n", "~\n", "null\n", "---\n", "---\n...\n"} {
		got, err := Parse("s.yaml", []byte(src))
		if err != nil || got != Default() {
			t.Errorf("Parse(%q) = %+v, %v; want the defaults and no error", src, got, err)
		}
	}
}

func TestParseProblems(t *testing.T) {
	const keys = "(the keys are: warn, notify, sound, silent, fees, coach, script, colours, calendar_full_names, short_form, window_title, progress)"
	tests := []struct{ src, want string }{
		// Unknown keys, with the keys there are.
		{"wran: 2m", `s.yaml:1:1: unknown key "wran"; did you mean "warn"? ` + keys},
		{"Notify: true", `s.yaml:1:1: unknown key "Notify"; did you mean "notify"? ` + keys},
		{"volume: 3", `s.yaml:1:1: unknown key "volume" ` + keys},
		{"1: x", `s.yaml:1:1: unknown key "1" ` + keys},
		{"fees:\n  second: 30", `s.yaml:2:3: fees: unknown key "second" (the keys of fees are: first, later)`},
		// Wrong shapes.
		{"- warn: 2m", `s.yaml:1:1: expected settings as "key: value" lines, such as "warn: 2m", got a list`},
		{"warn 2m", `s.yaml:1:1: expected settings as "key: value" lines, such as "warn: 2m", got "warn 2m"`},
		{"fees: 25", `s.yaml:1:7: fees: expected the keys first and later on indented lines below it, got 25`},
		{"fees: [25, 50]", `s.yaml:1:7: fees: expected the keys first and later on indented lines below it, got a list`},
		// Durations.
		{"warn: soon", `s.yaml:1:7: warn: expected a duration such as 2m or 90s, got "soon"`},
		{"warn: 0s", `s.yaml:1:7: warn: expected a warning lead of at least 1s, such as 2m or 90s, got 0s`},
		{"warn: 0", `s.yaml:1:7: warn: expected a warning lead of at least 1s, such as 2m or 90s, got 0s`},
		{"warn: 1ns", `s.yaml:1:7: warn: expected a duration in whole seconds, such as 15m or 90s, got "1ns"`},
		{"warn: 1.5s", `s.yaml:1:7: warn: expected a duration in whole seconds, such as 15m or 90s, got "1.5s"`},
		{"warn: -1m", `s.yaml:1:7: warn: expected a duration greater than zero, such as 2m or 90s, got "-1m"`},
		{"warn: 1.5", `s.yaml:1:7: warn: expected a duration such as 2m or 90s, got 1.5`},
		{"warn:", `s.yaml:1:1: warn: expected a duration such as 2m or 90s, got nothing`},
		{"warn: {a: 1}", `s.yaml:1:7: warn: expected a duration such as 2m or 90s, got a mapping of keys`},
		{"a: &x 1\nwarn: *x", "s.yaml:1:1: unknown key \"a\" " + keys + "\n" +
			`s.yaml:2:7: warn: expected a duration such as 2m or 90s, got an alias (write the value itself)`},
		// Booleans.
		{"notify: yes", `s.yaml:1:9: notify: expected true or false, got "yes"`},
		{`notify: "yes"`, `s.yaml:1:9: notify: expected true or false, got "yes"`},
		{"silent: 1", `s.yaml:1:9: silent: expected true or false, got 1`},
		{"silent: [true]", `s.yaml:1:9: silent: expected true or false, got a list`},
		// Fees.
		{"fees:\n  first: -5", `s.yaml:2:10: fees.first: expected an amount of at least 0, got "-5"`},
		{"fees:\n  first: \"-$5\"", `s.yaml:2:10: fees.first: expected an amount of at least 0, got "-$5"`},
		{"fees:\n  later: 25.505", `s.yaml:2:10: fees.later: expected at most two decimals (whole cents), got "25.505"`},
		{"fees:\n  later: twenty", `s.yaml:2:10: fees.later: expected an amount in dollars such as 25 or $25.50, got "twenty"`},
		{"fees:\n  later: 1e3", `s.yaml:2:10: fees.later: expected an amount in dollars such as 25 or $25.50, got "1e3"`},
		{"fees:\n  later: 5000000", `s.yaml:2:10: fees.later: expected an amount below $1000000, got "5000000"`},
		{"fees:\n  later: [1]", `s.yaml:2:10: fees.later: expected an amount in dollars such as 25 or $25.50, got a list`},
		// The coach's name.
		{"coach: [Ann]", `s.yaml:1:8: coach: expected a name of at most 80 characters on one line, without tabs or control characters, got a list`},
		{"coach: Ann\tLee", `s.yaml:1:11: a tab here, inside the text (expected a space instead: text holds no tabs)`}, // YAML would read "AnnLee"
		{`coach: "Ann\tB"`, `s.yaml:1:8: coach: a tab here (expected a name of at most 80 characters on one line, without tabs or control characters)`},
		{`coach: "Ann\e[2J"`, `s.yaml:1:8: coach: the escape character (\x1b) here (expected a name of at most 80 characters on one line, without tabs or control characters)`},
		{`coach: "Ann\x9b31m"`, `s.yaml:1:8: coach: the control character \x9b here (expected a name of at most 80 characters on one line, without tabs or control characters)`},
		{`coach: "Ann\rBob"`, `s.yaml:1:8: coach: a carriage return here (expected a name of at most 80 characters on one line, without tabs or control characters)`},
		{`coach: "Ann\0"`, `s.yaml:1:8: coach: a NUL byte (\x00) here (expected a name of at most 80 characters on one line, without tabs or control characters)`},
		{"coach: |\n  Ann\n  Bob\n", `s.yaml:1:8: coach: a line break here (expected a name of at most 80 characters on one line, without tabs or control characters)`},
		{"script: \"fir\\u001bst\"", `s.yaml:1:9: script: expected a script name of lower-case letters, digits and -, such as first, got "fir\x1bst"`},
		{"coach: " + strings.Repeat("a", 81), `s.yaml:1:8: coach: expected a name of at most 80 characters on one line, without tabs or control characters, got "` + strings.Repeat("a", 40) + `…"`},
		// Script names.
		{"script: My Script", `s.yaml:1:9: script: expected a script name of lower-case letters, digits and -, such as first, got "My Script"`},
		{"script: -x", `s.yaml:1:9: script: expected a script name of lower-case letters, digits and -, such as first, got "-x"`},
		{"script: ../first", `s.yaml:1:9: script: expected a script name of lower-case letters, digits and -, such as first, got "../first"`},
		{"script:", `s.yaml:1:1: script: expected a script name of lower-case letters, digits and -, such as first, got nothing`},
		// Colours.
		{"colours: blue", `s.yaml:1:10: colours: expected one of auto, dark, light or none, got "blue"`},
		{"colours: Dark", `s.yaml:1:10: colours: expected one of auto, dark, light or none, got "Dark"`},
		{"colours: ~", `s.yaml:1:10: colours: expected one of auto, dark, light or none, got null`},
		// A null written out is pointed at and named; an empty value, at its key.
		{"# c\n\nwarn: null", `s.yaml:3:7: warn: expected a duration such as 2m or 90s, got null`},
		{"fees:\n  first: Null", `s.yaml:2:10: fees.first: expected an amount in dollars such as 25 or $25.50, got null`},
		{"warn: # soon", `s.yaml:1:1: warn: expected a duration such as 2m or 90s, got nothing`},
		// Columns count characters, not bytes.
		{"{coach: é, warn: ñ}", `s.yaml:1:18: warn: expected a duration such as 2m or 90s, got "ñ"`},
		// YAML the parser cannot read, and more than one document.
		{"warn: 2m\nwarn: 3m", `s.yaml:2:1: the key "warn" is given twice here, first on line 1 (expected each key once)`},
		{"warn: \"2m", `s.yaml:1:7: ` + yamlfile.OpenQuoteMsg},
		{"warn: {a: 1\n", `s.yaml:1:7: ` + yamlfile.MapMsg},
		{"warn: [1, 2\n", `s.yaml:1:7: ` + yamlfile.ListMsg},
		{"fees: 7\n  # the first session\n  first: 25\n", `s.yaml:3:3: ` + yamlfile.BothMsg},
		{"warn: 2m\n  silent: true\n", `s.yaml:1:7: ` + yamlfile.DeeperMsg},
		{"\twarn: 2m", `s.yaml:1:1: a tab here: YAML indents with spaces only (expected spaces instead of the tab)`},
		{"warn: 2m\nfees:\n  first: 30\n\tlater: 40", `s.yaml:4:1: a tab here: YAML indents with spaces only (expected spaces instead of the tab)`},
		{"warn: 2m\n---\nsilent: true", `s.yaml:2:1: a second YAML document starts here (expected one set of settings: remove this '---' line or what follows it)`},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			_, err := Parse("s.yaml", []byte(tc.src))
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse(%q) error = %v, want Problems", tc.src, err)
			}
			if got := lines(ps); got != tc.want {
				t.Fatalf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

// lines gives each problem on a line of its own, without the header.
func lines(ps Problems) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, "\n")
}

func TestParseNotText(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"nul byte", []byte("warn: 2m\nsil\x00ent: true\n"), `s.yaml:2:4: not a text file (expected UTF-8 YAML settings, such as "warn: 2m")`},
		{"not UTF-8", []byte("coach: Zoë\nwarn: \xff"), `s.yaml:2:7: not a text file (expected UTF-8 YAML settings, such as "warn: 2m")`},
		{"an image", []byte("\x89PNG\r\n\x1a\n\x00\x00"), `s.yaml:1:1: not a text file (expected UTF-8 YAML settings, such as "warn: 2m")`},
		{"too big", []byte("# " + strings.Repeat("x", maxSize)), `s.yaml:1:1: too big for a settings file: longer than 65536 bytes (expected a few lines of YAML, such as "warn: 2m")`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("s.yaml", tc.data)
			var ps Problems
			if !errors.As(err, &ps) || lines(ps) != tc.want {
				t.Fatalf("Parse error = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestParseKeepsEveryGoodValue(t *testing.T) {
	got, err := Parse("s.yaml", []byte("warn: soon\nsilent: true\nfees:\n  first: x\n  later: 70\n"))
	want := Default()
	want.Silent, want.Fees.Later = true, 7000
	if err == nil || got != want {
		t.Fatalf("Parse = %+v, %v; want %+v with an error", got, err, want)
	}
}

func TestProblemsError(t *testing.T) {
	one := Problems{{File: "s.yaml", Line: 1, Col: 7, Msg: "warn: bad"}}
	if got, want := one.Error(), "1 problem in s.yaml:\ns.yaml:1:7: warn: bad"; got != want {
		t.Errorf("one problem: got %q, want %q", got, want)
	}
	two := append(one, Problem{File: "s.yaml", Msg: "not a text file"})
	if got, want := two.Error(), "2 problems in s.yaml:\ns.yaml:1:7: warn: bad\ns.yaml: not a text file"; got != want {
		t.Errorf("two problems: got %q, want %q", got, want)
	}
}

// The script setting names a script the coach can run, when the scripts
// are known: a built-in one or one of the coach's own; another name is
// refused at its place, naming both.
func TestScriptSettingNamesAKnownScript(t *testing.T) {
	known := &scriptNames{builtin: []string{"first", "followup"}, own: []string{"mine"}}
	for _, name := range []string{"first", "mine"} {
		if s, err := parseWith("s.yaml", []byte("script: "+name), known); err != nil || s.Script != name {
			t.Errorf("script: %s read as %q, %v", name, s.Script, err)
		}
	}
	_, err := parseWith("s.yaml", []byte("warn: 2m\nscript: missing\n"), known)
	want := `s.yaml:2:9: script: no script is called "missing" (expected the built-in first, followup, or one of yours in `
	if err == nil || !strings.HasPrefix(err.(Problems)[0].String(), want) || !strings.HasSuffix(err.Error(), ": mine)") {
		t.Errorf("script: missing gave %v, want a problem starting %q", err, want)
	}
	if _, err := Parse("s.yaml", []byte("script: missing")); err != nil {
		t.Errorf("Parse, knowing no scripts, refused a name: %v", err)
	}
}
