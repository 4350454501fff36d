package texttest

import (
	"fmt"
	"testing"
)

func TestChecksSayWhichLine(t *testing.T) {
	r := &Recorder{TB: t}
	text := "fits\nthis one is too wide\nok \x1b[1mbold\x1b[m"
	Fits(r, text, 10)
	Plain(r, text)
	want := []string{
		`line 2 is 20 cells wide, more than 10: "this one is too wide"`,
		`line 3 holds an escape: "ok \x1b[1mbold\x1b[m"`,
	}
	if fmt.Sprint(r.Said) != fmt.Sprint(want) {
		t.Errorf("the checks said %q, want %q", r.Said, want)
	}
	r.Said = nil
	Fits(r, "fits\nfine", 4)
	Plain(r, "plain")
	if len(r.Said) != 0 {
		t.Errorf("text that fits and is plain drew %q", r.Said)
	}
}
