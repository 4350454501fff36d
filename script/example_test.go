package script

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// exampleFile is the complete example of docs/scripts.md.
const exampleFile = "../docs/example-script.yaml"

// TestDocsExample checks that the example of the script format is valid,
// that it shows every part of the format, and that docs/scripts.md holds
// it word for word and names every built-in card.
func TestDocsExample(t *testing.T) {
	data, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load("example-script.yaml", data)
	if err != nil {
		t.Fatalf("the example does not check:\n%v", err)
	}
	for _, part := range missingParts(s) {
		t.Errorf("the example shows no %s", part)
	}
	doc, err := os.ReadFile("../docs/scripts.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "```yaml\n"+string(data)+"```") {
		t.Error("docs/scripts.md does not hold docs/example-script.yaml word for word in a yaml block")
	}
	for _, c := range BuiltinCards() {
		if !strings.Contains(string(doc), "`"+c.ID+"`") {
			t.Errorf("docs/scripts.md does not list the built-in card `%s`", c.ID)
		}
	}
}

// missingParts names the parts of the script format a script does not use.
func missingParts(s *Script) []string {
	has := map[string]bool{"summary": s.Summary != "", "own card": len(s.Cards) > 0}
	for _, st := range s.Steps {
		has["talking point"] = has["talking point"] || len(st.Points) > 0
		has["step time"] = has["step time"] || st.Time > 0
		for _, it := range st.Checklist {
			has["checklist"] = true
			has["warning-minutes answer"] = has["warning-minutes answer"] || it.Answer == WarnMinutes
		}
		if t := st.Turn; t != nil {
			has[string(t.Focuser)+" focusing"] = true
			has["segments"] = has["segments"] || len(t.Segments) > 1
			has["warning lead time"] = has["warning lead time"] || t.Warn > 0
			has["check-in prompt"] = has["check-in prompt"] || t.CheckIn != ""
		}
		if st.Choice != nil && len(st.Choice.Options) > 1 && len(st.Choice.Options[1].Order) > 0 {
			has["reordering choice"] = true
		}
		for _, id := range st.Cards {
			own := slices.ContainsFunc(s.Cards, func(c Card) bool { return c.ID == id })
			has["step naming its own card"] = has["step naming its own card"] || own
			has["step naming a built-in card"] = has["step naming a built-in card"] || !own
		}
	}
	var missing []string
	for _, part := range []string{"summary", "own card", "talking point", "step time", "checklist",
		"warning-minutes answer", "coach focusing", "newcomer focusing", "segments", "warning lead time",
		"check-in prompt", "reordering choice", "step naming its own card", "step naming a built-in card"} {
		if !has[part] {
			missing = append(missing, part)
		}
	}
	return missing
}
