package plain

import (
	"strings"
	"testing"

	"partnercoach/app"
)

// TestEscapeSequencesTypedAreDroppedWhole: the keys a terminal in line
// mode passes on as escape sequences (the arrows, a colour pasted) leave
// nothing of themselves in a command or a note, and a line of them alone
// answers nothing, not even a question's Enter-alone default (the code
// before kept "[A" and "[D" as typing, and took an arrow alone as Enter).
func TestEscapeSequencesTypedAreDroppedWhole(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	mustContain(t, h.send("x 1"), "Done: 1.")
	mustContain(t, h.send("she said\x1b[D\x1b[D"), "“she said” is not a command")
	h.send("note \x1b[31mred\x1b[0m \x1b]0;title\x07here\x1bOA")
	if n := h.fe.core.Session().Notes(); len(n) != 1 || n[0].Text != "she said red here" {
		t.Fatalf("notes %+v", n)
	}
	mustContain(t, h.send("\x1b[A"), "Arrow keys and other keys that type no letter do nothing here")
	h.send("E")
	h.send("end")
	out := h.send("\x1b[B")
	mustContain(t, out, "Arrow keys and other keys that type no letter do nothing here")
	if h.fe.ask == nil || strings.Contains(out, "Screening") {
		t.Fatalf("an arrow answered the coach log's question:\n%s", out)
	}
}
