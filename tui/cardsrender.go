package tui

import (
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// cardRenders caches rendered cards by their Markdown, width and style, so
// that a resize back, a card opened again or the overlay opened again does
// not render anew. It is shared by every overlay and safe for concurrent
// use.
var cardRenders = &renderCache{m: map[renderKey]string{}}

// renderKey is what a rendering depends on.
type renderKey struct {
	text, style string
	width       int
}

// renderCache holds rendered cards; renders counts the renderings done,
// for tests.
type renderCache struct {
	mu      sync.Mutex
	m       map[renderKey]string
	renders int
}

// get returns a card's Markdown text rendered for the key's width and
// style, rendering it only if it is not cached. A full cache is
// emptied first.
func (c *renderCache) get(k renderKey) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.m[k]; ok {
		return s
	}
	if len(c.m) >= maxRenders {
		clear(c.m)
	}
	c.renders++
	s := trimBlankLines(renderMarkdown(k.text, k.width, k.style))
	c.m[k] = s
	return s
}

// trimBlankLines drops the lines at the start and end of s that show
// nothing but spaces.
func trimBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
