package script

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// small is a valid script that uses every key.
const small = `name: small
title: A small session
summary: For the tests.
length: 20m
cards:
  - id: mine
    title: Mine
    text: |
      **Bold** text.
steps:
  - id: hello
    title: Hello
    time: 2
    points: [Hi, "Say: hello"]
    checklist:
      - Said hi
      - text: How many minutes?
        answer: warning-minutes
    cards: [mine, listening]
  - id: pick
    title: Who first?
    time: 90s
    choice:
      prompt: Who first?
      options:
        - label: Coach
        - label: Newcomer
          order: [turn]
  - id: turn
    title: Turn
    time: 16m30s
    turn:
      focuser: coach
      listener: newcomer
      length: 15m
      segments: [10m, 5m]
      warn: 1m
      checkin: How was it?
`

func TestLoadReadsEveryKey(t *testing.T) {
	s, err := Load("small.yaml", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	m := func(n int) Duration { return Duration(time.Duration(n) * time.Minute) }
	want := &Script{
		Name: "small", Title: "A small session", Summary: "For the tests.", Length: m(20),
		Cards: []Card{{ID: "mine", Title: "Mine", Text: "**Bold** text.\n"}},
		Steps: []Step{
			{ID: "hello", Title: "Hello", Time: m(2), Points: []string{"Hi", "Say: hello"},
				Checklist: []Item{{Text: "Said hi"}, {Text: "How many minutes?", Answer: WarnMinutes}},
				Cards:     []string{"mine", "listening"}},
			{ID: "pick", Title: "Who first?", Time: Duration(90 * time.Second), Choice: &Choice{
				Prompt: "Who first?", Options: []Option{{Label: "Coach"}, {Label: "Newcomer", Order: []string{"turn"}}}}},
			{ID: "turn", Title: "Turn", Time: Duration(990 * time.Second), Turn: &Turn{
				Focuser: Coach, Listener: Newcomer, Length: m(15), Segments: []Duration{m(10), m(5)},
				Warn: m(1), CheckIn: "How was it?"}},
		},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("Load read\n%#v\nwant\n%#v", s, want)
	}
}

// problemsOf loads a script that must fail and returns its problems as
// "LINE:COL: message" lines.
func problemsOf(t *testing.T, src string) []string {
	t.Helper()
	s, err := Load("t.yaml", []byte(src))
	var ps Problems
	if !errors.As(err, &ps) || s != nil {
		t.Fatalf("Load = %v, %v; want Problems", s, err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, strings.TrimPrefix(p.String(), "t.yaml:"))
	}
	return out
}

func TestLoadReportsEachProblemOnce(t *testing.T) {
	tests := []struct {
		name string
		from string // a line of small to change
		to   string
		want []string // the start of each problem, in order
	}{
		{"a length it cannot read says nothing of sums", "length: 15m", "length: long",
			[]string{`35:15: length: expected a duration such as 15m or 90s, got "long"`}},
		{"a session of no length", "length: 20m", "length: 0s",
			[]string{"4:9: length: expected the length of the whole session, more than none, such as 50m"}},
		{"a duration of more than a day", "length: 20m", "length: 25h",
			[]string{"4:9: length: 25h is longer than a day (expected a duration such as 15m or 90s)"}},
		{"a misspelt key is not also missing", "    title: Turn", "    titel: Turn",
			[]string{`30:5: unknown key "titel" in a step; did you mean "title"?`}},
		{"a checklist item with an unknown key", "answer: warning-minutes", "anser: warning-minutes\n        text2: x",
			[]string{`18:9: unknown key "anser" in a checklist item; did you mean "answer"?`,
				`19:9: unknown key "text2" in a checklist item`}},
		{"an unknown answer", "answer: warning-minutes", "answer: minutes",
			[]string{`18:17: answer: "minutes" is not a kind of answer (expected warning-minutes or text)`}},
		{"an alias", "title: Hello", "title: *greeting",
			[]string{"12:12: title: aliases (*name) are not read in a script"}},
		{"a choice of one option", "        - label: Coach\n", "",
			[]string{"24:7: this choice needs at least two options"}},
		{"the same role twice", "listener: newcomer", "listener: coach",
			[]string{"34:17: listener: the coach is the focuser too"}},
		{"a turn of no length, named at its length", "length: 15m", "length: 0s",
			[]string{"35:15: length: expected the length of the turn, more than none, such as 15m"}},
		{"a turn whose length is written empty", "length: 15m", "length: ~",
			[]string{"35:15: length: expected the length of the turn, more than none, such as 15m"}},
		{"a step's time written as a list", "time: 90s", "time: [90s]",
			[]string{"22:11: time: expected a duration such as 15m or 90s, got a list"}},
		{"a warning written as a mapping", "warn: 1m", "warn: {m: 1}",
			[]string{"37:13: warn: expected a duration such as 15m or 90s, got a mapping (key: value)"}},
		{"a tab inside a title without quotes, which YAML would drop", "    title: Turn", "    title: Tu\trn",
			[]string{"30:14: a tab here, inside the text (expected a space instead: text holds no tabs)"}},
		{"a segment of no length", "segments: [10m, 5m]", "segments: [15m, 0s]",
			[]string{"36:23: segments, item 2: expected a length greater than zero"}},
		{"a warning lead of a nanosecond", "warn: 1m", "warn: 1ns",
			[]string{`37:13: warn: expected a duration in whole seconds, such as 15m or 90s, got "1ns"`}},
		{"a warning lead of nothing", "warn: 1m", "warn: 0s",
			[]string{`37:13: warn: expected a warning lead of at least 1s, such as 2m or 90s, got 0s`}},
		{"a turn's length with a part of a second", "length: 15m", "length: 15m0.5s",
			[]string{`35:15: length: expected a duration in whole seconds, such as 15m or 90s, got "15m0.5s"`}},
		{"a step's time with a part of a second", "time: 90s", "time: 1500ms",
			[]string{`22:11: time: expected a duration in whole seconds, such as 15m or 90s, got "1500ms"`}},
		{"a name with an underscore", "name: small", "name: small_1",
			[]string{`1:7: name: "small_1" is not a script name`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(small, tc.from) {
				t.Fatalf("small has no %q", tc.from)
			}
			got := problemsOf(t, strings.Replace(small, tc.from, tc.to, 1))
			if len(got) != len(tc.want) {
				t.Fatalf("problems:\n%s\nwant %d", strings.Join(got, "\n"), len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("problem %d = %q, want it to start %q", i+1, got[i], w)
				}
			}
		})
	}
}

func TestLoadReadsWhatYAMLAllows(t *testing.T) {
	for _, tc := range []struct{ from, to string }{
		{"title: A small session", "title: 2024"},                       // a number as text
		{"title: A small session", "title: &t A small session"},         // an anchor
		{"title: A small session", "title: !!str A small session"},      // a tag
		{"summary: For the tests.", "summary: >-\n  For the\n  tests."}, // a folded block
		{"length: 20m", `length: "20m"`},
	} {
		if _, err := Load("t.yaml", []byte(strings.Replace(small, tc.from, tc.to, 1))); err != nil {
			t.Errorf("with %q: %v", tc.to, err)
		}
	}
}

// hugeShapes are files nesting far deeper than a script does, or with
// far more keys in a mapping, and the problem each is refused with.
func hugeShapes() []struct{ src, want string } {
	const n = 100000
	deep, wide := "nest here more than 50 deep", "this mapping has more than 100 keys"
	return []struct{ src, want string }{
		{"name: " + strings.Repeat("[", n) + strings.Repeat("]", n), deep},
		{"name: " + strings.Repeat("{a: ", n) + strings.Repeat("}", n), deep},
		{strings.Repeat("- ", n) + "x", deep},
		{"steps:\n" + strings.Repeat("  - - ", n), deep},
		{strings.Repeat("key: x\n", n/10), wide},
		{"steps:\n  - id: a\n" + strings.Repeat("    key: x\n", n/10), wide},
	}
}

// TestLoadRefusesHugeShapes checks that huge shapes are refused before
// the YAML parser, whose time grows with the square of their depth or
// width, spends minutes on them: they are refused for their shape. How
// long the refusal takes is BenchmarkLoadRefusesHugeShapes's to report
// (0.4 s for all six on a quiet machine, far longer under the race
// detector on a loaded one), not this test's to judge.
func TestLoadRefusesHugeShapes(t *testing.T) {
	deep := "nest here more than 50 deep"
	for _, tc := range hugeShapes() {
		_, err := Load("t.yaml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%.20q...) = %.200v, want %q", tc.src, err, tc.want)
		}
	}
	flat := "title: {" + strings.Repeat("a: b, ", 60) + "}\n" // wide, but flat
	if _, err := Load("t.yaml", []byte(flat)); err == nil || strings.Contains(err.Error(), deep) {
		t.Errorf("Load of a flow mapping of 60 keys = %.200v, want other problems than its depth", err)
	}
	big := "# " + strings.Repeat("x", maxSize) + "\n"
	if _, err := Load("t.yaml", []byte(big)); err == nil || !strings.Contains(err.Error(), "t.yaml:1:1: the file is") {
		t.Errorf("Load of a file over %d bytes = %v, want a refusal", maxSize, err)
	}
}

func TestProblemsError(t *testing.T) {
	one := Problems{{File: "a.yaml", Line: 3, Col: 5, Msg: "wrong"}}
	if got, want := one.Error(), "1 problem in a.yaml:\na.yaml:3:5: wrong"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	two := append(one, Problem{File: "a.yaml", Line: 1, Col: 1, Msg: "first"})
	sortProblems(two)
	if got, want := two.Error(), "2 problems in a.yaml:\na.yaml:1:1: first\na.yaml:3:5: wrong"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestBuiltinsCheckClean(t *testing.T) {
	for _, name := range BuiltinNames() {
		src, err := BuiltinSource(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Load(name+".yaml", src); err != nil {
			t.Errorf("%v", err)
		}
	}
}

// TestAScriptFileTooLargeIsRefusedAtItsStart: a file over maxSize, read
// from its path, is refused as FILE:1:1 as every other problem is; on the
// code before, the place was missing.
func TestAScriptFileTooLargeIsRefusedAtItsStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(path, []byte("title: x\n# "+strings.Repeat("x", maxSize)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path)
	want := "1 problem in " + path + ":\n" + path + ":1:1: the file is longer than 1048576 bytes (expected a script of at most 1048576 bytes; a script is a few kilobytes)"
	if err == nil || err.Error() != want {
		t.Errorf("LoadFile of a file over %d bytes = %v\nwant %s", maxSize, err, want)
	}
}

// BenchmarkLoadRefusesHugeShapes reports how long the six huge shapes of
// TestLoadRefusesHugeShapes take to be refused, all together.
func BenchmarkLoadRefusesHugeShapes(b *testing.B) {
	shapes := hugeShapes()
	for b.Loop() {
		for _, tc := range shapes {
			if _, err := Load("t.yaml", []byte(tc.src)); err == nil {
				b.Fatalf("Load(%.20q...) took it", tc.src)
			}
		}
	}
}
