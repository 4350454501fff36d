package app

import (
	"os"
	"strings"
	"testing"
)

// TestDocsListTheKeyTable: the README's keys and the accessible mode's
// commands in docs/accessible.md name every letter (and, for the
// accessible mode, every word) the key table gives the session, so that
// the documents say what the code does.
func TestDocsListTheKeyTable(t *testing.T) {
	readme := section(t, "../README.md", "## Keys", "## Commands and flags")
	accessible := section(t, "../docs/accessible.md", "## Commands", "## What it prints")
	for _, g := range []KeyGroup{OnSession, Everywhere} {
		for _, k := range Commands(g, FullScreen) {
			if k.Letter != "" && !strings.Contains(readme, "`"+k.Letter+"`") {
				t.Errorf("the README's keys do not name %q (%s)", k.Letter, k.Brief)
			}
		}
		for _, k := range Commands(g, Accessible) {
			for _, name := range append([]string{k.Letter}, k.Words...) {
				if name != "" && !strings.Contains(accessible, "`"+name) {
					t.Errorf("docs/accessible.md's commands do not name %q (%s)", name, k.Says)
				}
			}
		}
	}
}

// section returns the text of a file from one heading to the next one
// given.
func section(t *testing.T, path, from, to string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), from+"\n")
	text, _, ok2 := strings.Cut(rest, to+"\n")
	if !ok || !ok2 {
		t.Fatalf("%s has no section %q up to %q", path, from, to)
	}
	return text
}
