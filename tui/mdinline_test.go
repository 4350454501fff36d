package tui

import (
	"strings"
	"testing"
)

// TestLinkReadsNoFurtherThanItsSpan: a "[" is read as a link only when
// its "]" and destination come within maxLinkSpan bytes, so that a card
// of thousands of "[" is not read to its end once for each of them.
func TestLinkReadsNoFurtherThanItsSpan(t *testing.T) {
	var r inlineReader
	if text, n, ok := r.link("[short](http://x.example) after"); !ok || text != "short" || n != len("[short](http://x.example)") {
		t.Errorf("a short link: %q, %d, %v", text, n, ok)
	}
	long := "[" + strings.Repeat("a", maxLinkSpan) + "](http://x.example)"
	if _, n, ok := r.link(long); ok {
		t.Errorf("a link of %d bytes was read as one (%d bytes taken)", len(long), n)
	}
	unclosed := strings.Repeat("[a](", 3*maxLinkSpan)
	if got := r.parse(unclosed); len(got) != 1 || got[0].text != unclosed {
		t.Errorf("unclosed links read as %d pieces", len(got))
	}
}
