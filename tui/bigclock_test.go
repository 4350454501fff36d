package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestBigClockSizes checks each size of the large clock: its height, that
// its rows are all as wide, and that the smallest draws the glyphs as
// they are written.
func TestBigClockSizes(t *testing.T) {
	for _, z := range clockSizes {
		rows := strings.Split(bigTextSized("+12:34", z), "\n")
		if len(rows) != z.rows() {
			t.Errorf("size %+v: %d rows, want %d", z, len(rows), z.rows())
		}
		for _, r := range rows[1:] {
			if ansi.StringWidth(r) != ansi.StringWidth(rows[0]) {
				t.Errorf("size %+v: rows of unequal width:\n%s", z, strings.Join(rows, "\n"))
			}
		}
	}
	want := "▀▀█ █ █\n█▀▀ ▀▀█\n▀▀▀   ▀"
	if got := bigTextSized("24x", clockSizes[0]); got != want {
		t.Errorf("the smallest size draws 24 as\n%s\nwant\n%s", got, want)
	}
	if got := []int{clockSizes[0].rows(), clockSizes[1].rows(), clockSizes[2].rows()}; got[0] != 3 || got[1] != 5 || got[2] != 8 {
		t.Errorf("the sizes are %v rows high, want 3, 5, 8", got)
	}
}
