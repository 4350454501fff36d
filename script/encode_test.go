package script

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/textsafe"
)

// hostileScript returns a script the loader accepts with h in every text
// it has: the titles, the summary, a step's id (and so in a choice's
// order, an option's lengths and an item's for:), the talking points,
// the checklist, the check-in, the prompt, the labels and a card. Where
// the loader refuses blank text, h is put between brackets.
func hostileScript(h string) *Script {
	filled := h
	if strings.TrimSpace(h) == "" {
		filled = "[" + h + "]"
	}
	m := Duration(time.Minute)
	return &Script{
		Name: "hostile", Title: h, Summary: h, Kind: Coaching, Length: 35 * m,
		Steps: []Step{
			{ID: "ask", Title: h, Time: 10 * m, Points: []string{filled, "plain"},
				Checklist: []Item{{Text: filled}, {Text: filled, Answer: TextAnswer, For: h}, {Text: "Warning?", Answer: WarnMinutes}},
				Choice: &Choice{Prompt: filled, Options: []Option{
					{Label: filled, Order: []string{h, "after"}, Lengths: map[string]Duration{h: 15 * m}},
					{Label: "other " + filled},
				}},
				Cards: []string{filled, "listening"}},
			{ID: h, Title: h, Turn: &Turn{Focuser: Coach, Listener: Newcomer, Length: 15 * m}},
			{ID: "after", Title: "After", Time: 10 * m, Turn: &Turn{Focuser: Newcomer, Listener: Coach, Length: 10 * m,
				Segments: []Duration{4 * m, 6 * m}, Warn: Duration(90 * time.Second), CheckIn: h}},
		},
		Cards: []Card{{ID: filled, Title: filled, Text: filled}},
	}
}

// hostileTexts are one-line texts that a careless YAML writer would have
// read back as something else: a number, a yes or a null, a comment, a
// key, a list, an alias, a tag, a directive, a document marker, text with
// its spaces or escapes lost, or a hidden character gone unseen.
var hostileTexts = []string{
	"plain text", `say "hi"`, `'single'`, `back\slash`, `\n is no line break`, `ends in \`, `\"`,
	"  leading spaces", "trailing spaces  ", " ", "   ",
	"# not a comment", "a # b", "key: value", "key:", ": colon first", "- item", "-", "--", "? key",
	"*alias", "&anchor", "!tag", "!!str", "%YAML 1.2", "%", "@at", "`tick`", "|", "> folded", "<<", "=",
	"[a, b]", "{a: b}", "a, b", "---", "...", "--- x",
	"007", "0x1F", "0o17", "1e3", "1_000", ".5", "-1", "+1", "1:30", "15m",
	"yes", "no", "on", "off", "y", "n", "Yes", "NO", "true", "False", "null", "Null", "~", ".inf", "-.Inf", ".nan",
	"emoji 🙂, a family 👩‍👩‍👧 and a flag 🏳️‍🌈", "é ü ß 日本語 العربية", "no\u00a0break", "\ufffd",
	"\u2028", "a\u2029b", "\u200e\u202eoverride", "\ufeffbom", "zero\u200bwidth", "tag \U000e0041", "\uffff",
	strings.Repeat("long ", 4000), strings.Repeat(`"\`, 3000), strings.Repeat("é", 5000),
}

// TestEncodeHostileTexts writes a script with each hostile text in every
// text it has and reads it back: the same script comes back, and the file
// shows every hidden character as an escape.
func TestEncodeHostileTexts(t *testing.T) {
	for _, h := range hostileTexts {
		s := hostileScript(h)
		out := Encode(s)
		again, err := Load("hostile.yaml", out)
		if err != nil {
			t.Errorf("%.40q: %v\n%.2000s", h, err, out)
			continue
		}
		if !reflect.DeepEqual(again, s) {
			t.Errorf("%.40q reads back differently:\n%.2000s\n got %#v\nwant %#v", h, out, again, s)
		}
		if text := strings.ReplaceAll(string(out), "\n", ""); !textsafe.Safe(text) {
			t.Errorf("%.40q: the file holds a control or hidden character as it is:\n%.2000s", h, out)
		}
	}
}

// TestEncodeTextOfManyLines writes texts of several lines into the two
// that may hold them, the summary and a card's text: each reads back with
// every line break and space it had.
func TestEncodeTextOfManyLines(t *testing.T) {
	for _, m := range []string{
		"two\nlines", "\n\nleading breaks", "a trailing break\n", "trailing breaks\n\n\n", "\n", "\n\n",
		"  indented\n    more\n", "line with a trailing space \n next", "# Heading\n\n- a list\n- : colon\n",
		"---\na marker", "...\nan end", "%YAML 1.2\n", "a\u2028b\nc", strings.Repeat("line\n", 3000),
	} {
		s := hostileScript("plain")
		s.Summary, s.Cards[0].Text = m, m
		if strings.TrimSpace(m) == "" {
			s.Cards[0].Text = "[" + m + "]"
		}
		out := Encode(s)
		again, err := Load("lines.yaml", out)
		if err != nil {
			t.Errorf("%.40q: %v\n%.2000s", m, err, out)
			continue
		}
		if again.Summary != s.Summary || again.Cards[0].Text != s.Cards[0].Text {
			t.Errorf("%.40q reads back as summary %.40q and text %.40q", m, again.Summary, again.Cards[0].Text)
		}
	}
}

// TestEncodeKeepsControlCharactersOut writes titles that hold control
// characters, which Load never gives: the file holds them only as
// escapes, and Load refuses each at its place, naming it. An empty title
// reads back as none.
func TestEncodeKeepsControlCharactersOut(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"a\ttab", "2:8: title: a tab here"},
		{"esc\x1b[2J", `2:8: title: the escape character (\x1b) here`},
		{"cr\r", "2:8: title: a carriage return here"},
		{"nul\x00", `2:8: title: a NUL byte (\x00) here`},
		{"del\x7f", `2:8: title: the control character \x7f here`},
		{"nel\u0085", `2:8: title: the control character \x85 here`},
		{"csi\u009b", `2:8: title: the control character \x9b here`},
		{"line\nbreak", "2:8: title: a line break here (expected one line"},
		{"", "1:1: the script has no title"},
	} {
		s := hostileScript("plain")
		s.Title = c.title
		out := Encode(s)
		if _, _, raw := rawControl(out); raw || !textsafe.Safe(strings.ReplaceAll(string(out), "\n", "")) {
			t.Errorf("%q: the file holds a control character as it is:\n%s", c.title, out)
		}
		got := problemsOf(t, string(out))
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%q: problems %q, want one starting %q", c.title, got, c.want)
		}
	}
}

// TestEncodeLeavesOutWhatIsEmpty checks the keys whose yaml tags say
// omitempty: a script with none of them set is written without them, and
// an empty list where one is always written is [].
func TestEncodeLeavesOutWhatIsEmpty(t *testing.T) {
	s := &Script{Name: "bare", Title: "Bare", Length: Duration(time.Minute), Steps: []Step{
		{ID: "a", Title: "A", Turn: &Turn{}, Choice: &Choice{}, Checklist: []Item{{Text: "x"}}},
	}}
	want := `name: "bare"
title: "Bare"
length: 1m
steps:
  - id: "a"
    title: "A"
    checklist:
      - text: "x"
    turn:
      focuser: ""
      listener: ""
      length: 0s
    choice:
      prompt: ""
      options: []
`
	if got := string(Encode(s)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := string(Encode(&Script{})); got != "name: \"\"\ntitle: \"\"\nlength: 0s\nsteps: []\n" {
		t.Errorf("an empty script: got\n%s", got)
	}
}

// TestEncodeGolden compares the encoding of the built-in partnership
// script, which has a kind, choices with lengths, answers for a turn and a
// card of its own, with testdata/encode/partnership.yaml; -update
// rewrites it. Encoding it twice gives the same bytes.
func TestEncodeGolden(t *testing.T) {
	got := Encode(loadBuiltin(t, "partnership"))
	if again := Encode(loadBuiltin(t, "partnership")); !bytes.Equal(got, again) {
		t.Fatalf("two encodings differ:\n%s\n\n%s", got, again)
	}
	golden := filepath.Join("testdata", "encode", "partnership.yaml")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test ./script -run TestEncodeGolden -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("encoding of partnership:\n%s\nwant:\n%s", got, want)
	}
}

// TestEncodeSortsLengths checks that an option's lengths are written in
// the order of their step ids, whatever order the map gives them in, and
// that an option with "lengths: {}" reads back the same once encoded.
func TestEncodeSortsLengths(t *testing.T) {
	ids := []string{"k", "b", "z", "a", "m", "c", "y", "d", "x", "e"}
	lengths := map[string]Duration{}
	for i, id := range ids {
		lengths[id] = Duration(time.Duration(i+1) * time.Minute)
	}
	s := &Script{Name: "sorted", Title: "Sorted", Steps: []Step{{ID: "a", Title: "A",
		Choice: &Choice{Options: []Option{{Label: "L", Lengths: lengths}}}}}}
	out := string(Encode(s))
	last := -1
	for _, id := range []string{"a", "b", "c", "d", "e", "k", "m", "x", "y", "z"} {
		at := strings.Index(out, `"`+id+`": `)
		if at < last {
			t.Fatalf("%q is not after the id before it:\n%s", id, out)
		}
		last = at
	}
	src, err := BuiltinSource("partnership")
	if err != nil {
		t.Fatal(err)
	}
	empty := strings.Replace(string(src), "lengths:\n            a-turn: 20m\n            b-turn: 20m\n", "lengths: {}\n", 1)
	if empty == string(src) {
		t.Fatal("the partnership script has no lengths to empty")
	}
	loaded, err := Load("partnership.yaml", []byte(empty))
	if err != nil {
		t.Fatal(err)
	}
	checkAccepted(t, loaded)
}
