package settings

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/fees"

	"github.com/charmbracelet/x/exp/golden"
)

// TestBrokenFiles checks the problems reported for each file in
// testdata/broken against its golden file: every problem at once, each as
// FILE:LINE:COL. Run with -update to rewrite the golden files.
func TestBrokenFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "broken", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no broken settings files in testdata/broken (%v)", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(filepath.ToSlash(file), data)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse error = %v, want Problems", err)
			}
			golden.RequireEqual(t, err.Error()+"\n")
		})
	}
}

// TestTheDocumentedExample reads the example file in docs/settings.md.
func TestTheDocumentedExample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "settings.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```yaml\n")
	example, _, closed := strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("docs/settings.md has no ```yaml example")
	}
	got, err := Parse("docs/settings.md", []byte(example))
	want := Settings{Warn: 3 * time.Minute, Notify: true, Sound: true, Fees: fees.Fees{First: 3000, Later: 5550},
		Coach: "Ann Example", Script: "followup", Colours: ColoursDark, WindowTitle: true, Progress: ProgressAuto}
	if err != nil || got != want {
		t.Fatalf("the example reads as %+v, %v; want %+v", got, err, want)
	}
}
