package columns

import (
	"fmt"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"
)

// TestItLinesUpAsTabwriterDoesInASCII: with text of one cell a character,
// a Writer writes what text/tabwriter writes, blocks of columns included.
func TestItLinesUpAsTabwriterDoesInASCII(t *testing.T) {
	inputs := []string{
		"NAME\tASSIGNED\tHELD\nAB\t2027-03-20\t0\nAlice Example\t-\t12\n",
		"Date\tNewcomer\tSession\t      Fee\nx\tAB\t1\t   $25.00  newcomer did not come\nTotal\t\t\t   $25.00\n",
		"a\tb\tc\nno tabs here\nlonger cell\tb\nx\ty\tz\tw\n",
		"Built-in scripts:\n  first\tFirst session\n  co\tCoaching\n\nYours:\n  x\ty\n",
		"a\tb\n\tc\nlast line without newline\td",
		"",
		"\n\n",
		"one\n",
	}
	for _, in := range inputs {
		for _, p := range []struct{ min, pad int }{{0, 2}, {4, 3}} {
			var want, got strings.Builder
			tw := tabwriter.NewWriter(&want, p.min, 0, p.pad, ' ', 0)
			fmt.Fprint(tw, in)
			tw.Flush()
			cw := NewWriter(&got, p.min, p.pad)
			fmt.Fprint(cw, in)
			if err := cw.Flush(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%q, min %d, padding %d:\n got %q\nwant %q", in, p.min, p.pad, got.String(), want.String())
			}
		}
	}
}

// TestWideTextKeepsTheColumnsInLine: a name of characters two cells wide,
// or with a joiner that takes none, leaves the next column where it is
// on the other lines. text/tabwriter put it 3 cells too far right after
// "李小龙" and 1 too far left after "A\u200dB".
func TestWideTextKeepsTheColumnsInLine(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b, 0, 2)
	fmt.Fprint(w, "NAME\tASSIGNED\tHELD\n李小龙\t2027-03-20\t0\nA\u200dB\t2027-03-20\t1\nZoë O'Neil-Smith\t2027-03-20\t2\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	want := ansi.StringWidth("Zoë O'Neil-Smith  ")
	for _, l := range lines {
		at := strings.Index(l, "2027")
		if strings.HasPrefix(l, "NAME") {
			at = strings.Index(l, "ASSIGNED")
		}
		if got := ansi.StringWidth(l[:at]); got != want {
			t.Errorf("%q: the second column starts at cell %d, want %d", l, got, want)
		}
	}
}
