// Package docs holds the project's documentation; its test checks that
// the links between the pages lead somewhere.
package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	// fence is a fenced code block, whose text is no Markdown.
	fence = regexp.MustCompile("(?ms)^[ \t]*```.*?^[ \t]*```")
	// codeSpan is inline code, whose brackets are no link.
	codeSpan = regexp.MustCompile("`[^`\n]*`")
	// heading is an ATX heading: its text is the anchor's source.
	heading = regexp.MustCompile(`(?m)^#{1,6}[ \t]+(.+?)[ \t#]*$`)
	// link is an inline link's target, up to a space or the closing parenthesis.
	link = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	// textOfLink keeps the text of a link inside a heading.
	textOfLink = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	// notInSlug is what a heading's anchor drops: all but letters, digits, '_', '-' and spaces.
	notInSlug = regexp.MustCompile(`[^\p{L}\p{N}_\- ]`)
)

// prose is a page's Markdown without its code: fenced blocks and spans.
func prose(page string) string {
	return codeSpan.ReplaceAllString(fence.ReplaceAllString(page, ""), "")
}

// anchors are the fragments a page's headings answer to, as the forges
// make them: lower case, punctuation dropped, spaces as '-', and a
// repeated one numbered from 1.
func anchors(page string) map[string]bool {
	page = fence.ReplaceAllString(page, "")
	seen := map[string]int{}
	out := map[string]bool{}
	for _, m := range heading.FindAllStringSubmatch(page, -1) {
		text := strings.ReplaceAll(textOfLink.ReplaceAllString(m[1], "$1"), "`", "")
		slug := strings.ReplaceAll(notInSlug.ReplaceAllString(strings.ToLower(text), ""), " ", "-")
		if n := seen[slug]; n > 0 {
			out[slug+"-"+strconv.Itoa(n)] = true
		} else {
			out[slug] = true
		}
		seen[slug]++
	}
	return out
}

// TestRelativeLinksLeadSomewhere checks every relative link of README.md
// and docs/*.md: its file exists, and its #anchor is a heading there.
func TestRelativeLinksLeadSomewhere(t *testing.T) {
	pages, err := filepath.Glob("*.md")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in docs: %v", err)
	}
	pages = append(pages, filepath.Join("..", "README.md"))
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	for _, page := range pages {
		text := read(page)
		for _, m := range link.FindAllStringSubmatch(prose(text), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, anchor, _ := strings.Cut(target, "#")
			path := page
			if file != "" {
				path = filepath.Join(filepath.Dir(page), filepath.FromSlash(file))
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("%s: link %q: no such file", page, target)
				continue
			}
			if anchor != "" && strings.HasSuffix(path, ".md") && !anchors(read(path))[anchor] {
				t.Errorf("%s: link %q: %s has no heading with that anchor", page, target, path)
			}
		}
	}
}

// TestAnchorsAreTheForges checks the anchor rule on headings of the
// kinds the pages use.
func TestAnchorsAreTheForges(t *testing.T) {
	got := anchors("# Keys\n## Commands and flags\n```\n# not a heading\n```\n" +
		"## `status` in a bar\n## Keys\n### Deadlines: to make contact (72 h)\n## See [glance](glance.md)\n")
	for _, want := range []string{"keys", "commands-and-flags", "status-in-a-bar", "keys-1",
		"deadlines-to-make-contact-72-h", "see-glance"} {
		if !got[want] {
			t.Errorf("no anchor %q among %v", want, got)
		}
	}
	if got["not-a-heading"] {
		t.Error("a line of a code block was taken for a heading")
	}
}
