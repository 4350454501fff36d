package textsafe

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestColumnCutsToTheColumn gives Column a name of 5,000 characters, one
// of wide characters and one with an escape: each fits ColumnWidth cells,
// ends in "…" when cut, and shows the escape as one.
func TestColumnCutsToTheColumn(t *testing.T) {
	for _, s := range []string{strings.Repeat("n", 5000), strings.Repeat("日本", 30), "Ann\x1b[2J" + strings.Repeat("x", 60)} {
		got := Column(s)
		if w := ansi.StringWidth(got); w > ColumnWidth || !strings.HasSuffix(got, "…") || strings.ContainsRune(got, 0x1b) {
			t.Errorf("Column(%.20q…) = %q, %d cells", s, got, w)
		}
	}
	if got := Column("Ann Lee"); got != "Ann Lee" {
		t.Errorf("a short name: %q", got)
	}
}
