package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
)

// noteLine returns the screen's line that holds the note field.
func noteLine(h *harness) string {
	for _, line := range strings.Split(h.screen(), "\n") {
		if strings.Contains(line, "Note: ") {
			return line
		}
	}
	return ""
}

// TestALongNoteShowsWhereTheCoachTypes types a note longer than the
// window, a letter every 200 ms: the field must show its end, where the
// cursor is, and still do so after the window narrows. On the code
// before, the field was sized only when drawn, and showed the note's
// start, cut.
func TestALongNoteShowsWhereTheCoachTypes(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("N")
	h.typeAt(strings.Repeat("start of a longer note ", 5)+"ENDMARK", 200*time.Millisecond)
	if line := noteLine(h); !strings.Contains(line, "ENDMARK") {
		t.Fatalf("the note field does not show what is being typed: %q\n%s", line, h.screen())
	}
	h.send(teaSize(50, 16))
	h.typeAt("Z", 200*time.Millisecond)
	if line := noteLine(h); !strings.Contains(line, "ENDMARKZ") {
		t.Fatalf("after narrowing, the note field does not show what is being typed: %q\n%s", line, h.screen())
	}
}

// TestAFullNoteSaysSo fills the note field to app.MaxNote: the line under
// it must say that the note is full, as typing stops there.
func TestAFullNoteSaysSo(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("N")
	h.m.screen.(*sessionModel).note.input.SetValue(strings.Repeat("w", app.MaxNote-1))
	if strings.Contains(h.screen(), app.NoteFull) {
		t.Fatalf("a note one short of full is said to be full:\n%s", h.screen())
	}
	h.typeAt("wx", 200*time.Millisecond)
	if !strings.Contains(h.screen(), app.NoteFull) {
		t.Fatalf("a full note is not said to be full:\n%s", h.screen())
	}
	if v := h.m.screen.(*sessionModel).note.input.Value(); len(v) != app.MaxNote || strings.Contains(v, "x") {
		t.Fatalf("the field holds %d characters, want %d without the last typed", len(v), app.MaxNote)
	}
}

// TestANoteTypedWithACapitalNKeepsIt types "Now we wait" on the session
// screen at a typist's pace, without opening the note field first: the N
// opens the field, and the note must keep it. A note opened with N on
// purpose, its text typed after a person's pause, gets no N. On the code
// before, the first was kept as "ow we wait".
func TestANoteTypedWithACapitalNKeepsIt(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.typeAt("Now we wait", 180*time.Millisecond)
	h.keys("enter")
	if notes := h.m.screen.(*sessionModel).ses.Notes(); len(notes) != 1 || notes[0].Text != "Now we wait" {
		t.Fatalf("notes %+v, want one: Now we wait", notes)
	}
	h.keys("N")
	h.typeAt("ok then", 180*time.Millisecond)
	h.keys("enter")
	if notes := h.m.screen.(*sessionModel).ses.Notes(); len(notes) != 2 || notes[1].Text != "ok then" {
		t.Fatalf("notes %+v, want a second: ok then", notes)
	}
}

// TestTheNoteFieldNamesWhereTheNoteGoes: the empty note field says where
// its note is kept, in the words of the session's kind: a peer exchange
// has no coach log, and a coaching client's session has a session log.
func TestTheNoteFieldNamesWhereTheNoteGoes(t *testing.T) {
	for name, want := range map[string]string{"first": "a note for the coach log",
		"partnership": "a note for yourself", "coaching": "a note for the session log"} {
		h := newHarness(t, name, 100, 30)
		h.keys("N")
		if line := noteLine(h); !strings.Contains(line, "Note: "+want) {
			t.Errorf("%s: the empty note field reads %q, want %q", name, line, want)
		}
	}
}

// TestALongNoteLeavesTheTurnOnScreen keeps a note of many words during
// a turn at 80×24: the step shows the note's start, cut to two lines, so
// that whose turn it is (the roles line), the progress bar and the
// talking points stay. On the code before, the note's five lines pushed
// the roles and the bar off the screen.
func TestALongNoteLeavesTheTurnOnScreen(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("space", "N")
	var words []string
	for i := range 40 {
		words = append(words, fmt.Sprintf("Word%d", i))
	}
	h.send(tea.PasteMsg{Content: strings.Join(words, " ")})
	h.keys("enter")
	s := h.screen()
	if !strings.Contains(s, "Focusing: Coach (you)") || !strings.Contains(s, "░░░") {
		t.Errorf("the roles line or the progress bar is gone:\n%s", s)
	}
	if !strings.Contains(s, "Word0 Word1") || strings.Contains(s, "Word39") || !strings.Contains(s, "…") {
		t.Errorf("the note should show its start, cut with an ellipsis:\n%s", s)
	}
	if n := h.session().Notes(); len(n) != 1 || !strings.HasSuffix(n[0].Text, "Word39") {
		t.Errorf("the note kept is cut: %+v", n)
	}
}

// TestANotePutAwaySaysItWaits puts a note away with esc, typed at a
// person's pace: the screen must say it waits as a draft, which the
// session keeps, never that it is unsaved, and ending the session must
// make it a note, as the screen says. On the code before, the screen said
// "kept unsaved" of a draft the autosave held.
func TestANotePutAwaySaysItWaits(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("N")
	h.typeAt("call back later", 200*time.Millisecond)
	h.keys("esc")
	m := h.m.screen.(*sessionModel)
	if strings.Contains(h.screen(), "unsaved") || !strings.Contains(h.screen(), noteWaits) {
		t.Fatalf("a note put away is not said to wait as a draft:\n%s", h.screen())
	}
	if d := m.ses.NoteDraft(); d != "call back later" {
		t.Fatalf("the session's draft is %q, want the note put away", d)
	}
	h.keys("E", "right", "enter")
	if notes := m.ses.Notes(); len(notes) != 1 || notes[0].Text != "call back later" {
		t.Fatalf("notes at the session's end %+v, want the draft kept as one", notes)
	}
}
