package yamlfile

import "testing"

// TestExplainNamesTheMistake gives Explain the parser's messages for the
// mistakes it knows, each at the place the parser names, and one it does
// not know.
func TestExplainNamesTheMistake(t *testing.T) {
	tests := []struct {
		msg, data string
		line, col int
		want      string
	}{
		{"value is not allowed in this context. map key-value is pre-defined", "fees: 7\n  # first\n  first: 25\n", 3, 3, BothMsg},
		{"value is not allowed in this context", "steps:\n  - id: a\n  title: b\n", 3, 3, IndentMsg},
		{"',' or ']' must be specified", "warn: [1, 2\nsilent: true\n", 1, 7, ListMsg},
		{"sequence end token ']' not found", "warn: [1, 2\n", 1, 7, ListMsg},
		{"',' or '}' must be specified", "warn: {a: 1\nb: 2\n", 1, 7, MapMsg},
		{"could not find end character of single-quoted text", "title: 'x\n", 1, 8, OpenQuoteMsg},
		{"something new", "a: b\n", 1, 1, "this is not valid YAML: something new"},
	}
	for _, tc := range tests {
		if got := Explain(tc.msg, []byte(tc.data), tc.line, tc.col); got != tc.want {
			t.Errorf("Explain(%q at %d:%d) = %q, want %q", tc.msg, tc.line, tc.col, got, tc.want)
		}
	}
}
