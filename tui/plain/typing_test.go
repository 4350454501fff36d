package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
)

// TestTypedLinesEndNothing types what a coach types, each as a line,
// during the coach's running turn, and the same lines as the answer to
// each question that ends: nothing is ended, quit, restarted, skipped
// or paused; the words go to the note draft, which drop drops.
func TestTypedLinesEndNothing(t *testing.T) {
	texts := []string{"quiet", "Every", "so yes", "needs more time", "she needs pacing. Expect more Rest, then quiet"}
	for _, asked := range []string{"", "q", "E", "R"} {
		for _, text := range texts {
			h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
			h.to("coach-turn")
			h.send("s")
			h.clock.Add(time.Minute)
			if asked != "" {
				h.send(asked)
			}
			out := h.send(text)
			ses := h.fe.core.Session()
			if h.fe.done || h.fe.core.Stage() != app.Running || ses.Current().ID != "coach-turn" ||
				!ses.Turn("coach-turn").Running() || h.fe.ask != nil {
				t.Fatalf("%q after %q: the turn does not run on, on its step:\n%s", text, asked, out)
			}
			if multi := len(text) > len("Every"); (asked == "" || multi) && ses.NoteDraft() != text {
				t.Fatalf("%q after %q: the draft holds %q", text, asked, ses.NoteDraft())
			}
			h.send("drop")
			if ses.NoteDraft() != "" || !ses.Turn("coach-turn").Running() {
				t.Fatalf("%q after %q: drop leaves %q", text, asked, ses.NoteDraft())
			}
		}
	}
}

// TestNoteKeepsTheDraft: note alone keeps the lines typed as a note.
func TestNoteKeepsTheDraft(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.sendAll("she needs pacing.", "Expect more rest")
	mustContain(t, h.send("note"), "Note 1 kept.")
	if n := h.fe.core.Session().Notes(); len(n) != 1 || n[0].Text != "she needs pacing. Expect more rest" {
		t.Fatalf("notes %+v", n)
	}
	mustContain(t, h.send("drop"), "Nothing typed is in the note draft.")
}

// TestNoteWithTextKeepsTheDraft: note and its text, typed after lines
// that went to the note draft, keeps the draft too, at the note's start
// (the code before kept the text alone and dropped the draft unsaid).
func TestNoteWithTextKeepsTheDraft(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.send("she sounds tired")
	mustContain(t, h.send("note needs pacing"), "Note 1 kept.", "It begins with the note draft typed before it.")
	if n := h.fe.core.Session().Notes(); len(n) != 1 || n[0].Text != "she sounds tired needs pacing" {
		t.Fatalf("notes %+v", n)
	}
	if d := h.fe.core.Session().NoteDraft(); d != "" {
		t.Fatalf("the draft still holds %q", d)
	}
	if out := h.send("N alone"); out != "Note 2 kept.\n" {
		t.Fatalf("a note with no draft before it says %q", out)
	}
}

// TestAFullNoteDraftSaysWhatIsNotKept: a line typed into a note draft that
// is full is not said to be kept: what did not fit is said to be lost
// (the code before said "it is kept in the note draft" of a line cut off).
func TestAFullNoteDraftSaysWhatIsNotKept(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.send(strings.Repeat("abcd ", app.MaxNote/5-2))
	out := h.send("final words here")
	mustContain(t, out, "“final words here” is not a command, and "+app.NoteFull+": what did not fit is not kept")
	if strings.Contains(out, "it is kept in the note draft") {
		t.Fatalf("a line cut off is said to be kept:\n%s", out)
	}
	if out := h.send("quietly"); !strings.Contains(out, app.NoteFull) {
		t.Fatalf("a word typed into a full draft: %q", out)
	}
	h.send("drop")
	mustContain(t, h.send("she is tired"), "it is kept in the note draft")
}
