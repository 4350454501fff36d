package script

import (
	"strings"
	"testing"
	"time"
)

// oneStep is a valid script of one step, for tests that wrap it.
const oneStep = "name: short\ntitle: Short\nlength: 20m\nsteps:\n  - id: hello\n    title: Hello\n    time: 20m\n    points:\n      - Say hello.\n"

// TestLoadReadsTheWholeFile checks files that are one script written in
// ways YAML allows: each must load, whole, as the script itself.
func TestLoadReadsTheWholeFile(t *testing.T) {
	want, err := Load("t.yaml", []byte(oneStep))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, src string }{
		{"a byte order mark", "\uFEFF" + oneStep},
		{"a YAML 1.2 directive", "%YAML 1.2\n---\n" + oneStep},
		{"a YAML 1.1 directive and a comment", "%YAML 1.1 # old\n---\n" + oneStep},
		{"a leading empty document", "---\n---\n" + oneStep},
		{"an empty document ended", "---\n...\n---\n" + oneStep},
		{"comments in an empty document", "---\n# nothing yet\n---\n" + oneStep},
		{"a trailing end marker", oneStep + "...\n"},
		{"trailing empty documents", oneStep + "---\n---\n# done\n"},
		{"Windows line ends", strings.ReplaceAll(oneStep, "\n", "\r\n")},
	}
	for _, c := range cases {
		s, err := Load("t.yaml", []byte(c.src))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if s.Name != want.Name || s.Title != want.Title || len(s.Steps) != 1 || s.Steps[0].Points[0] != "Say hello." {
			t.Errorf("%s: read %#v", c.name, s)
		}
	}
}

// TestLoadNeverIgnoresADocument checks that a second script is refused at
// its place whatever empty documents come before or between.
func TestLoadNeverIgnoresADocument(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"after an empty one", oneStep + "---\n---\nname: other\n", "11:1: a second YAML document"},
		{"ended by ...", oneStep + "...\nname: other\n", "10:1: a second YAML document"},
		{"after ... and ---", oneStep + "...\n---\nname: other\n", "11:1: a second YAML document"},
		{"leading and between", "---\n---\n" + oneStep + "---\n# x\n---\nname: other\n", "14:1: a second YAML document"},
		{"a directive before the second", oneStep + "---\n%YAML 1.2\n---\nname: other\n", "12:1: a second YAML document"},
	}
	for _, c := range cases {
		got := problemsOf(t, c.src)
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s: problems %q, want one starting %q", c.name, got, c.want)
		}
	}
}

// TestLoadRefusesSegmentsThatWrapAround checks the turn whose segments add
// up to its length only once their sum has overflowed: 213,504 segments of
// a day each.
func TestLoadRefusesSegmentsThatWrapAround(t *testing.T) {
	var b strings.Builder
	b.WriteString("name: wrap\ntitle: Wrap\nlength: 16m\nsteps:\n  - id: turn\n    title: Turn\n    turn:\n" +
		"      focuser: coach\n      listener: newcomer\n      length: 16m\n      segments: [")
	for i := range 213504 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("24h")
	}
	b.WriteString("]\n")
	start := time.Now()
	got := problemsOf(t, b.String())
	t.Logf("refused %d bytes in %s", b.Len(), time.Since(start))
	if len(got) != 1 || !strings.Contains(got[0], "segments: there are 213504 (expected at most 60 segments in a turn)") {
		t.Errorf("problems %q", got)
	}
}

// TestLoadChecksStepTimeAgainstTurn checks that a step plans at least its
// turn's length.
func TestLoadChecksStepTimeAgainstTurn(t *testing.T) {
	turn := "name: t\ntitle: T\nlength: %s\nsteps:\n  - id: turn\n    title: Turn\n%s    turn:\n      focuser: coach\n      listener: newcomer\n      length: 16m\n"
	cases := []struct {
		length, time string
		ok           bool
	}{
		{"16m", "", true},
		{"16m", "    time: 16m\n", true},
		{"20m", "    time: 20m\n", true},
		{"5m", "    time: 5m\n", false},
		{"15m59s", "    time: 15m59s\n", false},
	}
	for _, c := range cases {
		src := strings.Replace(strings.Replace(turn, "%s", c.length, 1), "%s", c.time, 1)
		_, err := Load("t.yaml", []byte(src))
		if (err == nil) != c.ok {
			t.Errorf("length %s, %q: error %v, want ok=%v", c.length, c.time, err, c.ok)
		}
		if !c.ok && !strings.Contains(err.Error(), "t.yaml:7:11: time: ") {
			t.Errorf("length %s: %v, want the problem at the step's time", c.length, err)
		}
	}
}

// TestLoadTextKeepsLineBreaksOnlyInCardsAndSummary checks which text may
// run over several lines.
func TestLoadTextKeepsLineBreaksOnlyInCardsAndSummary(t *testing.T) {
	src := strings.Replace(oneStep, "length: 20m\n", "summary: |\n  Two\n  lines.\nlength: 20m\ncards:\n"+
		"  - id: mine\n    title: >\n      Folded title\n    text: |\n      # Heading\n\n      Body.\n", 1)
	s, err := Load("t.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s.Summary != "Two\nlines.\n" || s.Cards[0].Title != "Folded title" || s.Cards[0].Text != "# Heading\n\nBody.\n" {
		t.Errorf("read summary %q, card %#v", s.Summary, s.Cards[0])
	}
}

// TestLoadPlacesProblemsAfterAByteOrderMark checks that a byte order
// mark takes no column.
func TestLoadPlacesProblemsAfterAByteOrderMark(t *testing.T) {
	got := problemsOf(t, "\uFEFFname: Short_1\n"+oneStep[12:])
	if len(got) != 1 || !strings.HasPrefix(got[0], `1:7: name: "Short_1" is not a script name`) {
		t.Errorf("problems %q", got)
	}
}

// TestLoadRefusesManyDocumentsAtTheSecond checks a file of a megabyte of
// documents: the parser would take minutes over them; the second is
// refused before it parses any.
func TestLoadRefusesManyDocumentsAtTheSecond(t *testing.T) {
	for _, doc := range []string{"a: 1\n---\n", "- a\n...\n"} {
		data := []byte(strings.Repeat(doc, maxSize/len(doc)))
		start := time.Now()
		got := problemsOf(t, string(data))
		t.Logf("%d bytes of %q refused in %s", len(data), doc, time.Since(start))
		if len(got) != 1 || !strings.HasPrefix(got[0], "2:1: a second YAML document starts here") {
			t.Errorf("%q: problems %q", doc, got)
		}
	}
}

// TestLoadPercentInText checks that a "%" is a directive only at the
// start of a line.
func TestLoadPercentInText(t *testing.T) {
	for _, v := range []string{"'%50 off'", "100%", `"%YAML 1.2"`} {
		if _, err := Load("t.yaml", []byte(strings.Replace(oneStep, "title: Short", "title: "+v, 1))); err != nil {
			t.Errorf("title: %s: %v", v, err)
		}
	}
	got := problemsOf(t, strings.Replace(oneStep, "title: Short", "title: %50 off", 1))
	if len(got) != 1 || !strings.HasPrefix(got[0], "2:8: a value that starts with '%' is read as a YAML directive") {
		t.Errorf("problems %q", got)
	}
}
