package script

import (
	"strings"
	"testing"

	"partnercoach/internal/yamlfile"
)

func TestSyntaxErrorsInPlainWords(t *testing.T) {
	tests := []struct{ src, want string }{
		{"title: My turn: coach\n", "1:8: " + yamlfile.ColonMsg},
		{"steps:\n  - points:\n      - The aim: you focus: now\n", "3:18: " + yamlfile.ColonMsg},
		{"name: a\n  title: b\n", "1:7: " + yamlfile.DeeperMsg},
		{"steps:\n  - id: a\n  title: b\n", "3:3: " + yamlfile.IndentMsg},
		{"steps:\n  - id: a\n   title: b\n", "3:4: " + yamlfile.IndentMsg},
		{"summary: |\nText\n", "2:1: " + yamlfile.IndentMsg},
		{"title: 'it's'\n", "1:12: " + yamlfile.QuoteMsg},
		{"title: \"A\" b\n", "1:12: " + yamlfile.QuoteMsg},
		{"name: a\n\ttitle: b\n", "2:1: " + yamlfile.TabMsg},
		// The tab after a list's "-" is named, not the text after it.
		{"steps:\n  - id: a\n  -\tid: b\n", "3:4: " + yamlfile.TabMsg},
		{"name: a\nname: b\n", `2:1: the key "name" is given twice here, first on line 1 (expected each key once)`},
		{"title: [x] y\n", "1:12: this is not valid YAML: value is not allowed in this context"},
	}
	for _, tc := range tests {
		got := problemsOf(t, tc.src)
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("Load(%q):\n%s\nwant one problem starting\n%s", tc.src, strings.Join(got, "\n"), tc.want)
		}
	}
}
