package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// hostilePaste is a name as it may come out of an email: bold on and off
// (7-bit CSI), a colour in 8-bit CSI (U+009B), a hyperlink (OSC 8), a
// NUL, a DEL and a line break at the end.
const hostilePaste = "\x1b[1mAnn\x1b[0m \u009b31mLee\u009b0m\x1b]8;;https://example.com\x07\x00\x7f\x1b]8;;\x07\r\n"

// TestPastedLineTakesOutWhatIsNotText: escape sequences go whole, a line
// break or a tab becomes one space, other control characters and bytes
// that are not UTF-8 go, and every character that shows stays.
func TestPastedLineTakesOutWhatIsNotText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ann Lee", "Ann Lee"},
		{hostilePaste, "Ann Lee "},
		{"Ann\r\nLee\nann@example.com\rX\tY", "Ann Lee ann@example.com X Y"},
		{"a\x9b31mb\x1bPq#0\x1b\\c", "abc"}, // raw 8-bit CSI, and a DCS
		{"Zoë 李 👩\u200d👩\u200d👧", "Zoë 李 👩\u200d👩\u200d👧"},
		{"\xffOK\xfe", "OK"},
		{"\u0085\u009dtitle\u009c end", " end"}, // NEL and an 8-bit OSC
	} {
		if got := pastedLine(tc.in); got != tc.want {
			t.Errorf("pastedLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// paste sends a bracketed paste, as the terminal does when the coach
// pastes.
func (h *harness) paste(text string) {
	h.t.Helper()
	h.send(tea.PasteMsg{Content: text})
}

// TestStartScreenTakesAPastedName pastes a name into the field for
// someone new, at the cursor: it is inserted cleaned, and the session is
// with that name. On the code before, a paste inserted nothing.
func TestStartScreenTakesAPastedName(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("down", "down", "down", "enter", "D", "r", "space", "left", "left", "left")
	h.paste(hostilePaste)
	if got := h.m.screen.(*startModel).name.Value(); got != "Ann Lee Dr " {
		t.Fatalf("the name field holds %q, want the paste at the cursor", got)
	}
	h.keys("ctrl+u", "ctrl+k")
	h.paste(hostilePaste)
	h.keys("enter", "enter")
	if o := h.m.core.Session().Options(); o.Newcomer != "Ann Lee" || strings.Join(added, ",") != "Ann Lee" {
		t.Fatalf("the session is with %q, the list gained %v", o.Newcomer, added)
	}
}

// TestStartScreenTakesPastedPartnerNames pastes both names of a peer
// session.
func TestStartScreenTakesPastedPartnerNames(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("enter", "down", "down", "down", "down", "enter")
	h.paste("Sam\n")
	h.keys("enter")
	h.paste("\x1b[4mAlex\x1b[24m")
	h.keys("enter")
	if p := h.m.core.Session().Options().Partners; p != (session.Partners{Me: "Sam", Partner: "Alex"}) {
		t.Fatalf("the partners are %+v", p)
	}
}

// TestAPasteCutAtTheLimitIsSaid pastes 300 characters into the name
// field, which takes 200: the screen says the field is full, and Enter
// then says the rule of a name. On the code before, the paste was cut
// without a word (once pastes were taken at all).
func TestAPasteCutAtTheLimitIsSaid(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("down", "down", "down", "enter")
	full := "the name is full: 200 characters is the most it holds"
	if strings.Contains(h.screen(), full) {
		t.Fatalf("an empty field is said to be full:\n%s", h.screen())
	}
	h.paste(strings.Repeat("abcdefghij", 30))
	if n := len(h.m.screen.(*startModel).name.Value()); n != 200 {
		t.Fatalf("the field holds %d characters, want 200", n)
	}
	if !strings.Contains(h.screen(), full) {
		t.Fatalf("a paste cut at the field's limit is not said:\n%s", h.screen())
	}
	h.keys("backspace")
	if strings.Contains(h.screen(), full) {
		t.Fatalf("a field with room is still said to be full:\n%s", h.screen())
	}
	h.keys("enter")
	if s := strings.Join(strings.Fields(h.screen()), " "); !strings.Contains(s, "may be up to 100 characters, got 199") {
		t.Fatalf("the name's rule is not said:\n%s", h.screen())
	}
}

// TestAPastedNoteIsKeptAsADraft pastes into the open note field: the
// field and the core's draft hold the paste cleaned, so that it is saved
// as typing is. On the code before, the escape sequences' letters stayed
// and the draft did not hear of the paste.
func TestAPastedNoteIsKeptAsADraft(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("N")
	h.paste("Said \x1b[31mhello\x1b[0m\r\nand waved")
	m := h.m.screen.(*sessionModel)
	if v, d := m.note.input.Value(), m.ses.NoteDraft(); v != "Said hello and waved" || d != v {
		t.Fatalf("the field holds %q and the draft %q, want %q", v, d, "Said hello and waved")
	}
	h.keys("esc")
	h.paste("dropped")
	if v := m.note.input.Value(); strings.Contains(v, "dropped") {
		t.Fatalf("a paste with the field closed went into it: %q", v)
	}
}

// TestAPasteOfMinutesTakesOnlyDigits pastes into the field of a turn's
// minutes: letters are refused as they are when typed.
func TestAPasteOfMinutesTakesOnlyDigits(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	m := h.m.screen.(*sessionModel)
	m.inputOn, m.answer = true, false
	m.input.Reset()
	m.input.Focus()
	h.paste("ten")
	h.paste("12\n")
	if v := m.input.Value(); v != "12" {
		t.Fatalf("the minutes field holds %q, want the digits pasted", v)
	}
}

// TestLogFormTakesAPasteCleanedAndSaysWhenFull pastes into the coach
// log's "what would they learn": cleaned, it is the answer; a paste past
// the limit is said.
func TestLogFormTakesAPasteCleanedAndSaysWhenFull(t *testing.T) {
	h := toLog(t, 100, 30)
	h.keys("enter", "enter", "enter") // held, the screening, the sessions
	if h.onShow().ask != askLearn {
		t.Fatalf("question %d on show, want what they would learn:\n%s", h.onShow().ask, h.screen())
	}
	h.keys("ctrl+u")
	h.paste("\x1b]0;title\x07To listen\r\nin turn")
	if got := h.form().answers().Recommendation.Learn; got != "To listen in turn" {
		t.Fatalf("the answer is %q", got)
	}
	h.paste(strings.Repeat("x", app.MaxLearn))
	full := "the answer is full: 300 characters at most" // the form is 50 columns wide
	if s := strings.Join(strings.Fields(h.screen()), " "); !strings.Contains(s, full) {
		t.Fatalf("a paste cut at the limit is not said:\n%s", h.screen())
	}
}

// TestAPasteWithNoFieldOpenSaysWhere pastes on the session screen with
// no field open: the paste is not taken, and the screen says so and how
// to paste into a note, rather than dropping it without a word.
func TestAPasteWithNoFieldOpenSaysWhere(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.paste("call back on Tuesday")
	if s := h.screen(); !strings.Contains(s, "Not pasted: N opens a note to paste into.") {
		t.Fatalf("a paste with no field open is dropped without a word:\n%s", s)
	}
}
