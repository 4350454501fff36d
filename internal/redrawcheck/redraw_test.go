package redrawcheck

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
)

// shown is what the renderer holds and what a terminal shows after a frame.
type shown struct {
	sent   string // the bytes sent to the terminal
	model  string // every cell of the renderer's screen buffer
	screen string // every cell of the terminal, its scrollback, and the cursor where it counts
}

// replay draws views through the renderer into a terminal emulator and
// returns what was held and shown after each frame and at the end, and how
// many frames were drawn by their changed lines only.
func replay(t *testing.T, w, h int, m ansi.Method, views []tea.View, full bool) ([]shown, tea.DrawnFrames) {
	t.Helper()
	emu := vt.NewEmulator(w, h)
	var out bytes.Buffer
	var all []shown
	n, err := tea.DrawFrames(&out, w, h, m, views, full, func(i int, cells *uv.Buffer) {
		sent := out.String()
		if _, err := emu.Write(out.Bytes()); err != nil {
			t.Fatal(err)
		}
		out.Reset()
		model := describe(cells.Width(), cells.Height(), cells.CellAt)
		// A hidden cursor is not shown, but where it is left on quitting is.
		screen := describe(emu.Width(), emu.Height(), emu.CellAt)
		for _, line := range emu.Scrollback().Lines() {
			screen += line.Render() + "\n"
		}
		if i == len(views) || views[i].Cursor != nil {
			screen += fmt.Sprint("cursor ", emu.CursorPosition(), emu.CursorHidden())
		}
		all = append(all, shown{sent: sent, model: model, screen: screen})
	})
	if err != nil {
		t.Fatal(err)
	}
	return all, n
}

// describe writes out every cell of a w×h screen: its text, width, style and
// link, a line of text for each line of cells.
func describe(w, h int, cellAt func(x, y int) *uv.Cell) string {
	var b strings.Builder
	for y := range h {
		for x := range w {
			if c := cellAt(x, y); c != nil {
				fmt.Fprintf(&b, "%q/%d/%s/%q;", c.Content, c.Width, c.Style.String(), c.Link.URL)
			} else {
				b.WriteString("nil;")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestChangedLinesShowTheSameAsFullFrames draws many random sequences of
// frames both ways and compares, after every frame and at the end, the
// bytes sent to the terminal, the renderer's screen buffer and what a
// terminal emulator shows. The screens
// are compared for frames built of characters whose width the emulator and
// the renderer agree on; where they disagree (emoji with joiners, keycaps,
// variation selectors) neither way can say what the terminal shows, so only
// the buffers are compared.
func TestChangedLinesShowTheSameAsFullFrames(t *testing.T) {
	sizes := [][2]int{{20, 6}, {40, 10}, {100, 30}, {7, 3}}
	var fast, rowsOnly, frames, screens int
	for seed := range uint64(sequences) {
		r := rand.New(rand.NewPCG(seed, 21))
		size := sizes[r.IntN(len(sizes))]
		w, h := size[0], size[1]
		m := ansi.WcWidth
		if r.IntN(2) == 0 {
			m = ansi.GraphemeWidth
		}
		agreed := seed%2 == 0
		views := randomFrames(r, w, h, 30, pieces(agreed))
		want, _ := replay(t, w, h, m, views, true)
		got, n := replay(t, w, h, m, views, false)
		fast += n.ChangedLines
		rowsOnly += n.ChangedRowsOnly
		frames += len(views)
		if len(got) != len(views)+1 || len(want) != len(views)+1 {
			t.Fatalf("seed %d: %d and %d results for %d frames and the end", seed, len(want), len(got), len(views))
		}
		for i := range want {
			where := fmt.Sprintf("seed %d (%dx%d, method %d), frame %d of %d", seed, w, h, m, i, len(views))
			if got[i].sent != want[i].sent {
				t.Fatalf("%s: the bytes sent differ\nfull:               %q\nchanged lines only: %q", where, want[i].sent, got[i].sent)
			}
			if got[i].model != want[i].model {
				t.Fatalf("%s: the screen buffers differ\n%s", where, difference(want[i].model, got[i].model))
			}
			if agreed {
				screens++
				if got[i].screen != want[i].screen {
					t.Fatalf("%s: the terminal shows different screens\n%s", where, difference(want[i].screen, got[i].screen))
				}
			}
		}
	}
	t.Logf("%d frames, %d drawn by their changed lines only, %d of them compared by their changed rows only, %d terminal screens compared",
		frames, fast, rowsOnly, screens)
	if fast < frames/5 || rowsOnly < fast/4 { // about 2/5 and 1/2 over the 400 sequences
		t.Fatalf("only %d of %d frames took the changed-lines path, %d of them by changed rows only: the test does not exercise it",
			fast, frames, rowsOnly)
	}
}

// difference describes the first line where two descriptions differ.
func difference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(wl), len(gl)) {
		if wl[i] != gl[i] {
			return fmt.Sprintf("line %d:\nfull:                %s\nchanged lines only:  %s", i, wl[i], gl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(wl), len(gl))
}
