package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/script"
)

// TestMarkdownGoldens draws every built-in card, and a sample of the
// Markdown a coach's own card may hold (testdata/markdown/subset.md: what
// docs/scripts.md and the renderer's comment name, and the odd cases
// around them), at several widths, plain and in colour.
func TestMarkdownGoldens(t *testing.T) {
	subset, err := os.ReadFile(filepath.Join("testdata", "markdown", "subset.md"))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{"subset": string(subset)}
	for _, c := range script.BuiltinCards() {
		texts[c.ID] = c.Text
	}
	for name, text := range texts {
		for _, width := range []int{24, 50, 64} {
			for _, style := range []string{"notty", "dark"} {
				t.Run(fmt.Sprintf("%s-%d-%s", name, width, style), func(t *testing.T) {
					golden.RequireEqual(t, renderMarkdown(text, width, style))
				})
			}
		}
	}
}
