package tui

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// sessionOf returns the session on show.
func (h *harness) session() *session.Session { return h.m.core.Session() }

// TestTypingIsANote types what a coach types, at a person's pace and
// fast, on the main screen without N first, in a running turn: nothing
// is paused, moved, opened or ended, and the text is in the note field,
// kept with enter or dropped with one esc.
func TestTypingIsANote(t *testing.T) {
	const text = "she needs pacing. Expect more Rest, then quiet"
	for _, gap := range []time.Duration{40 * time.Millisecond, 250 * time.Millisecond, 400 * time.Millisecond} {
		h := newHarness(t, "first", 80, 24)
		h.toStep("My turn")
		h.keys("space")
		h.tick(time.Minute)
		pos := h.session().Pos()
		h.typeAt(text, gap)
		ses := h.session()
		if h.m.core.Stage() != app.Running || ses.Pos() != pos || !ses.Turn(ses.Current().ID).Running() || h.m.quit != nil {
			t.Fatalf("at %v, typing changed the session: stage %v, step %d (was %d)\n%s", gap, h.m.core.Stage(), ses.Pos(), pos, h.screen())
		}
		s := h.screen()
		if !strings.Contains(s, "Note: "+text[:40]) || !strings.Contains(s, "enter = keep as a note") {
			t.Fatalf("at %v, the text should be in the note field:\n%s", gap, s)
		}
		h.keys("enter")
		if n := ses.Notes(); len(n) != 1 || n[0].Text != text {
			t.Fatalf("at %v, notes %+v", gap, n)
		}
	}
}

// TestTypingTakesBackItsRun: the keys of a run acted before a letter
// showed it was typing; their changes are undone, what they opened is
// closed, and one esc drops the text.
func TestTypingTakesBackItsRun(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("space")
	pos := h.session().Pos()
	h.typeAt("no", 300*time.Millisecond)
	if h.session().Pos() != pos || !h.session().Turn(h.session().Current().ID).Running() {
		t.Fatal("the n that began the typing should be undone")
	}
	if !strings.Contains(h.screen(), "Undone: moved to") {
		t.Fatalf("the screen should say the first key was undone:\n%s", h.screen())
	}
	h.keys("esc")
	if s := h.m.screen.(*sessionModel); s.note.on || h.session().NoteDraft() != "" {
		t.Fatal("one esc drops the typed text and closes the field")
	}
	h.typeAt("c?i", 300*time.Millisecond)
	if s := h.m.screen.(*sessionModel); s.cards != nil || h.m.showHelp {
		t.Fatal("the cards or the help opened by the typing's first keys should close")
	}
	h.keys("esc")
	for _, word := range []string{"quiet", "Every", "Rest"} {
		h.typeAt(word, 400*time.Millisecond)
		if h.quitting() || h.m.quit != nil || h.m.core.Stage() != app.Running || h.m.screen.(*sessionModel).confirm != nil {
			t.Fatalf("%q quits, ends, restarts nothing and leaves no question up:\n%s", word, h.screen())
		}
		h.keys("esc")
	}
}

// TestEndAsksFirst: E asks, staying chosen; esc stays; a letter closes
// the question and answers nothing; → and enter end.
func TestEndAsksFirst(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.keys("x", "E")
	if s := h.screen(); !strings.Contains(s, "End the session now and write the coach log?") ||
		!strings.Contains(s, "[Stay]  End the session") || !strings.Contains(s, "←/→ choose • enter answer • esc stay") {
		t.Fatalf("E should ask:\n%s", s)
	}
	h.keys("esc")
	if h.m.core.Stage() != app.Running || strings.Contains(h.screen(), "End the session now") {
		t.Fatal("esc stays in the session")
	}
	h.keys("E", "enter")
	if h.m.core.Stage() != app.Running || strings.Contains(h.screen(), "End the session now") {
		t.Fatal("enter on staying stays")
	}
	h.keys("E", "right", "y")
	if h.m.core.Stage() != app.Running || strings.Contains(h.screen(), "End the session now") {
		t.Fatal("a letter ends nothing and closes the question")
	}
	h.keys("esc", "E")
	h.choose(app.CmdYes)
	if h.m.core.Stage() != app.Logging {
		t.Fatal("→ and enter end the session")
	}
	h.keys("ctrl+b")
	if h.m.core.Stage() != app.Running || h.session().IsEnded() || !h.session().Checked("welcome", 0) {
		t.Fatalf("ctrl+b goes back to the session:\n%s", h.screen())
	}
	h.keys("n")
	if h.session().Pos() != 1 {
		t.Fatal("the session goes on")
	}
}

// TestRestartAsksFirst: R in a started turn asks; esc leaves the turn.
func TestRestartAsksFirst(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("R")
	if !strings.Contains(h.screen(), "has not started yet") {
		t.Fatalf("R before the turn says so:\n%s", h.screen())
	}
	h.keys("space")
	h.tick(2 * time.Minute)
	h.keys("R")
	if !strings.Contains(h.screen(), "Restart the coach's turn at its full 15 minutes? It has 13:00 left now.") {
		t.Fatalf("R should ask:\n%s", h.screen())
	}
	h.keys("esc")
	if !strings.Contains(h.screen(), "13:00 left") {
		t.Fatal("esc keeps the turn")
	}
	h.keys("R")
	h.choose(app.CmdYes)
	if !strings.Contains(h.screen(), "15:00 left") {
		t.Fatalf("y restarts:\n%s", h.screen())
	}
}

// TestUndoAgainAndAgain undoes a tick and a move, saying what, and then
// that nothing is left.
func TestUndoAgainAndAgain(t *testing.T) {
	h := newHarness(t, "first", 120, 40)
	h.keys("x", "n")
	h.keys("u")
	if h.session().Pos() != 0 || !strings.Contains(h.screen(), "Undone: moved to") {
		t.Fatalf("u undoes the move:\n%s", h.screen())
	}
	h.keys("u")
	if h.session().Checked("welcome", 0) || !strings.Contains(h.screen(), "Undone: ticked") {
		t.Fatalf("u undoes the tick:\n%s", h.screen())
	}
	if !strings.Contains(h.screen(), "starts with your first key") {
		t.Fatalf("undoing the first change puts the session clock back to waiting:\n%s", h.screen())
	}
	h.keys("u")
	if !strings.Contains(h.screen(), "Nothing is left to undo") {
		t.Fatalf("u with nothing left says so:\n%s", h.screen())
	}
}

// TestSessionClockWaitsForTheCall: the session clock reads 0 until the
// first key, whatever time passes, and says how it started.
func TestSessionClockWaitsForTheCall(t *testing.T) {
	h := newHarnessWith(t, "first", 120, 40, nil)
	h.tick(7 * time.Minute)
	if s := h.screen(); !strings.Contains(s, "session 0m / 50 min · starts with your first key") {
		t.Fatalf("before the call:\n%s", s)
	}
	h.keys("S")
	if s := h.screen(); !strings.Contains(s, "call started 10:07 by key") || strings.Contains(s, "starts with your first key") {
		t.Fatalf("after S:\n%s", s)
	}
	h.tick(3 * time.Minute)
	if !strings.Contains(h.screen(), "session 3m / 50 min") {
		t.Fatalf("the clock runs from the call:\n%s", h.screen())
	}
	h.keys("S")
	if !strings.Contains(h.screen(), "runs already") {
		t.Fatal("S again says the clock runs")
	}
}

// TestPreviewOfTheNextStep shows the next step without leaving.
func TestPreviewOfTheNextStep(t *testing.T) {
	for _, w := range []int{80, 120} {
		h := newHarness(t, "first", w, 30)
		next, _ := h.session().NextStep()
		h.keys("v")
		if s := h.screen(); !strings.Contains(s, "Next: "+next.Title) || h.session().Pos() != 0 {
			t.Fatalf("at %d columns v previews the next step:\n%s", w, s)
		}
		h.keys("esc")
		if strings.Contains(h.screen(), "Next: "+next.Title) {
			t.Fatal("esc closes the preview")
		}
	}
}

// TestTextAnswerShownDuringTheTurn types the answer to the third
// question and finds it on the newcomer's turn, and in the record.
func TestTextAnswerShownDuringTheTurn(t *testing.T) {
	h := newHarness(t, "followup", 80, 24)
	h.toStep("Three questions")
	h.keys("down", "down", "enter", "enter")
	if !strings.Contains(h.screen(), "The answer is empty") {
		t.Fatalf("an empty answer is refused:\n%s", h.screen())
	}
	for _, r := range "slow, with pauses" {
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		h.keys(k)
	}
	h.keys("enter")
	if a, ok := h.session().Answer("three-questions", 2); !ok || a != "slow, with pauses" {
		t.Fatalf("answer %q", a)
	}
	h.toStep("Their turn")
	if s := h.screen(); !strings.Contains(s, "What would you like from me as your partner? — slow, with pauses") {
		t.Fatalf("the answer shows during the turn:\n%s", s)
	}
}

// TestPartnersAreNamedByTheirRoles: a peer session's turn names Partner A
// and Partner B, and its coach log asks nothing of a newcomer.
func TestPartnersAreNamedByTheirRoles(t *testing.T) {
	h := newHarness(t, "partnership", 100, 30)
	h.toStep("Partner A's turn")
	if s := h.screen(); !strings.Contains(s, "Focusing: Partner A") || !strings.Contains(s, "Listening: Partner B") ||
		strings.Contains(s, "Newcomer") {
		t.Fatalf("roles:\n%s", h.screen())
	}
	h.keys("E")
	h.choose(app.CmdYes)
	if s := h.screen(); strings.Contains(s, "billable") || strings.Contains(s, "Coach log") || !strings.Contains(s, "After the exchange") {
		t.Fatalf("a peer session's end is not a coach log:\n%s", s)
	}
}

// TestCoachLogSaysHowLongATurnRan: a turn left after two minutes is paused,
// and the coach log's table says it ran two minutes, however long the
// session went on.
func TestCoachLogSaysHowLongATurnRan(t *testing.T) {
	h := newHarness(t, "first", 120, 40)
	h.toStep("My turn")
	h.keys("space")
	h.tick(2 * time.Minute)
	h.keys("n")
	h.tick(20 * time.Minute)
	h.keys("E")
	h.choose(app.CmdYes)
	if s := h.screen(); !strings.Contains(s, "the turn ran 2:00 of 15:00") {
		t.Fatalf("the coach log should say how long the turn ran:\n%s", s)
	}
}

// TestAnswersUseTheWidth: the answer to the third question is typed in a
// field as wide as the screen, and the coach's own answer to "how many
// minutes signal" sets the warning of the coach's turn.
func TestAnswersUseTheWidth(t *testing.T) {
	h := newHarness(t, "followup", 80, 24)
	h.toStep("Three questions")
	h.keys("down", "down", "enter")
	const long = "mostly quiet please, and say back my words now and then"
	h.typeAt(long, 200*time.Millisecond)
	if s := h.screen(); !strings.Contains(s, "Answer: > "+long) {
		t.Fatalf("the whole answer should show at 80 columns:\n%s", s)
	}
	h.keys("enter")
	h.toStep("My turn")
	h.keys("down", "down", "down", "enter", "3", "enter")
	if s := h.screen(); !strings.Contains(s, "warning at 3:00 left") {
		t.Fatalf("the coach's own answer should set the coach's warning:\n%s", s)
	}
}

// TestMinutesOffStopAtTheLastMinute presses - twenty times on a turn of
// 15 minutes not yet started, as a coach may under pressure: the turn
// keeps its last minute and the screen says why no more comes off. On
// the code before, the turn went down to 0:00 and further presses did
// nothing without a word (each still an undoable change).
func TestMinutesOffStopAtTheLastMinute(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.toStep("My turn")
	for range 20 {
		h.keys("-")
	}
	ses := h.session()
	if got := ses.Turn(ses.Current().ID).Left(h.clock.Now()); got != time.Minute {
		t.Fatalf("the turn has %v left, want its last minute", got)
	}
	if s := h.screen(); !strings.Contains(s, "a minute or less left") || !strings.Contains(s, "1:00 left") {
		t.Fatalf("the screen should say why no more comes off:\n%s", s)
	}
}
