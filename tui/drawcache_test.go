package tui

import (
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestKeptPartsAreDrawnAfresh walks each built-in script at random, by
// keys, ticks, resizes and a change of background, and after every move
// draws the screen twice: with the parts kept drawn (drawcache.go), and
// with every memo emptied first. The two must be the same to the byte, or
// a memo's key lacks one of its part's inputs. The memos are put back
// after each comparison, so that a stale part would stay to be caught.
func TestKeptPartsAreDrawnAfresh(t *testing.T) {
	moves := []string{"n", "n", "p", "space", "space", "x", "down", "up", "enter", "+", "-", "m", "u", "S",
		"v", "esc", "a", "c", "down", "enter", "pgdown", "pgup", "?", "N", "tick", "tick", "tick", "minute",
		"segment", "resize", "background", "typing"}
	for _, name := range []string{"first", "followup", "coaching", "partnership"} {
		for _, size := range [][2]int{{100, 30}, {80, 24}, {130, 40}} {
			h := newHarness(t, name, size[0], size[1])
			rng := rand.New(rand.NewPCG(uint64(size[0]), uint64(len(name))))
			var done []string
			for range 250 {
				mv := moves[rng.IntN(len(moves))]
				done = append(done, mv)
				h.move(mv, rng)
				if got, want := h.m.View().Content, h.drawnAfresh(); got != want {
					t.Fatalf("%s at %v, after %s: the kept parts differ from a fresh drawing:\n%s\nwant\n%s",
						name, size, strings.Join(done, " "), ansi.Strip(got), ansi.Strip(want))
				}
			}
		}
	}
}

// move makes one move of TestKeptPartsAreDrawnAfresh: a key, or a named
// change.
func (h *harness) move(mv string, rng *rand.Rand) {
	h.t.Helper()
	switch mv {
	case "tick":
		h.tick(time.Second)
	case "minute":
		h.tick(time.Minute)
	case "segment":
		h.tick(5 * time.Minute)
	case "resize":
		sizes := [][2]int{{100, 30}, {80, 24}, {130, 40}, {60, 20}, {101, 31}}
		s := sizes[rng.IntN(len(sizes))]
		h.send(teaSize(s[0], s[1]))
	case "background":
		h.send(tea.BackgroundColorMsg{Color: []color.Color{lipgloss.Color("#000000"), lipgloss.Color("#ffffff")}[rng.IntN(2)]})
	case "typing":
		h.typeAt("so yes", 50*time.Millisecond)
		h.keys("esc")
	default:
		h.keys(mv)
	}
}

// drawnAfresh draws the screen with every memo emptied, then puts the
// memos back as they were.
func (h *harness) drawnAfresh() string {
	help := h.m.helpLine
	h.m.helpLine = memo[helpKey, string]{}
	defer func() { h.m.helpLine = help }()
	if s, ok := h.m.screen.(*sessionModel); ok {
		kept := s.drawn
		s.drawn = sessionDrawn{}
		defer func() { s.drawn = kept }()
	}
	return h.m.View().Content
}
