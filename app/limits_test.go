package app

import (
	"slices"
	"strings"
	"testing"

	"partnercoach/session"
)

func TestExtendMinutes(t *testing.T) {
	for text, want := range map[string]int{"": 1, " 3 ": 3, "120": 120, "121": -1, "0": -1, "x": -1, "-2": -1} {
		got, err := ExtendMinutes(text)
		if (err != nil) != (want < 0) || err == nil && got != want {
			t.Errorf("ExtendMinutes(%q) = %d, %v; want %d", text, got, err, want)
		}
	}
}

func TestCut(t *testing.T) {
	if got := Cut("héllo", 2); got != "hé" {
		t.Errorf("Cut = %q", got)
	}
	if got := Cut("ok", 5); got != "ok" {
		t.Errorf("Cut = %q", got)
	}
}

// TestTypedTextIsBounded: a note and the coach log's words are kept
// within their limits, whichever front end typed them.
func TestTypedTextIsBounded(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	e := r.c.AddNote(strings.Repeat("n", MaxNote))
	if slices.Contains(e.Notices, NoteCut) {
		t.Fatalf("a note of %d characters was said to be cut", MaxNote)
	}
	r.run(e)
	e = r.c.AddNote(strings.Repeat("n", MaxNote+50))
	if notes := r.c.Session().Notes(); len(notes) != 2 || len([]rune(notes[1].Text)) != MaxNote {
		t.Fatalf("a long note is kept at %d characters, want %d", len([]rune(notes[1].Text)), MaxNote)
	}
	if !slices.Contains(e.Notices, NoteCut) {
		t.Fatalf("the long note was cut without a word: notices %q", e.Notices)
	}
	r.run(e)
	r.run(r.c.End())
	long := session.Closing{Outcome: session.Held, Summary: strings.Repeat("s", MaxClosing+1),
		Recommendation: session.Recommendation{Learn: strings.Repeat("l", MaxLearn+1)}}
	r.run(r.c.SaveLogAnswers(long))
	got := r.c.LogAnswers()
	if len(got.Summary) != MaxClosing || len(got.Recommendation.Learn) != MaxLearn {
		t.Fatalf("the coach log keeps %d and %d characters, want %d and %d",
			len(got.Summary), len(got.Recommendation.Learn), MaxClosing, MaxLearn)
	}
}

// TestEndKeepsTheNoteDraft ends a session while a note is being written:
// the record has no draft, so the core must keep it as a note and say so.
// On the code before, it was lost without a word.
func TestEndKeepsTheNoteDraft(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.TypedLine("she needs pacing"))
	e := r.c.End()
	if !slices.Contains(e.Notices, DraftKept) {
		t.Errorf("notices %q, want %q", e.Notices, DraftKept)
	}
	r.run(e)
	s := r.c.Session()
	if notes := s.Notes(); len(notes) != 1 || notes[0].Text != "she needs pacing" || s.NoteDraft() != "" {
		t.Fatalf("notes %+v, draft %q: want the draft kept as the one note", notes, s.NoteDraft())
	}
}
