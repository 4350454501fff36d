package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestEndAsksAndBackReturns: end asks; anything but the word end stays,
// and words typed go to the note draft; in the coach log, back returns
// to the session.
func TestEndAsksAndBackReturns(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.send("x 1")
	mustContain(t, h.send("end"), "End the session now and write the coach log? Type end to end the session; anything else stays.")
	mustContain(t, h.send("she needs pacing"), "Nothing was done.", "“she needs pacing” is not a command; it is kept in the note draft")
	if h.fe.core.Stage() != app.Running || h.fe.core.Session().NoteDraft() != "she needs pacing" {
		t.Fatal("a line that is not end ends nothing, and is kept as typing")
	}
	h.send("E")
	mustContain(t, h.send("yes"), "Nothing was done.")
	if h.fe.core.Stage() != app.Running {
		t.Fatal("yes ends nothing")
	}
	h.send("E")
	mustContain(t, h.send("end"), "The session is ended", "How did the session go?")
	mustContain(t, h.send("back"), "Back to the session: it goes on.", "Step 1 of 11")
	if h.fe.core.Stage() != app.Running || h.fe.core.Session().IsEnded() || !h.fe.core.Session().Checked("welcome", 0) {
		t.Fatal("back returns to the session as it was")
	}
}

// TestUndoSaysWhatItUndid undoes a tick and a move, then has nothing left.
func TestUndoSaysWhatItUndid(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.sendAll("x 1", "n")
	mustContain(t, h.send("u"), "Undone: moved to '")
	if h.fe.core.Session().Pos() != 0 {
		t.Fatal("the move is undone")
	}
	mustContain(t, h.send("undo"), "Undone: ticked 'Said I'm a partnership coach'; the session clock waits for the call again.")
	mustContain(t, h.send("u"), "Nothing is left to undo in this run.")
}

// TestCallClock: the session clock says it waits until the first change,
// and call starts it on purpose.
func TestCallClock(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.clock.Add(6 * time.Minute)
	mustContain(t, h.send("w"), "Session: 0 of 50 minutes: the session clock starts with your first key, or type S or call to start it.")
	mustContain(t, h.send("call"), "The call started 10:06 by key; the session clock runs from now")
	h.clock.Add(2 * time.Minute)
	mustContain(t, h.send("w"), "Session: 2 minutes of 50 minutes; the call started 10:06 by key.")
	mustContain(t, h.send("call"), "The session clock runs already.")
}

// TestPreviewAndTextAnswer looks at the next step without leaving, and
// answers the third question in words, which the turn then says.
func TestPreviewAndTextAnswer(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "followup")}, Options{})
	h.to("three-questions")
	pos := h.fe.core.Session().Pos()
	mustContain(t, h.send("next?"), "Next, step", "(n moves on to it.)")
	if h.fe.core.Session().Pos() != pos {
		t.Fatal("the preview leaves nothing")
	}
	mustContain(t, h.send("x 3"), "What would you like from me as your partner? Type the answer")
	mustContain(t, h.send("slow, with pauses"), "Answer: slow, with pauses.")
	mustContain(t, h.send("x 3 more silence"), "Answer: more silence.")
	mustContain(t, h.send("n"), "Asked for this turn: What would you like from me as your partner? Answer: more silence.")
}

// TestPeerSession names the partners and asks no newcomer's questions.
func TestPeerSession(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "partnership"), Fees: fees.Fees{First: 5000, Later: 5000}}, Options{})
	out := h.to("a-turn")
	mustContain(t, out, "Focusing: Partner A (you). Listening: Partner B.")
	h.send("E")
	out = h.send("end")
	if strings.Contains(out, "billable") || strings.Contains(out, "coach log") || strings.Contains(out, "Transferred") {
		t.Fatalf("a peer session is asked a coaching session's questions:\n%s", out)
	}
	mustContain(t, out, "The exchange is ended: ", "The questions after the exchange follow.", "How did the exchange go? 1. We had the exchange")
	mustContain(t, h.send("1"), "A note for yourself")
	h.send("")
	if r := h.keeper.Records[0]; r.FeeCents != 0 || r.Outcome != session.Held {
		t.Fatalf("record %+v", r)
	}
}

// TestListSaysHowLongATurnRan: a turn left is paused, and the list says
// how long it ran.
func TestListSaysHowLongATurnRan(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.to("coach-turn")
	h.send("s")
	h.clock.Add(2 * time.Minute)
	h.send("n")
	h.clock.Add(10 * time.Minute)
	mustContain(t, h.send("l"), "My turn: coach focuses, newcomer listens, planned 15 minutes, spent 2 minutes, its turn ran 2 minutes of 15 minutes.")
}

// TestTheCoachLogSaysWhatQuittingKeeps opens the coach log in a run that
// saves, and in one that saves nothing (a rehearsal, --no-save): its
// first lines must say what q does in each. On the code before, both said
// that q keeps the session for 'partnercoach resume'.
func TestTheCoachLogSaysWhatQuittingKeeps(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.sendAll("x 1", "E")
	mustContain(t, h.send("end"), "q quits and keeps the session for 'partnercoach resume'.")
	h = newHarnessEdit(t, app.Config{Start: builtin(t, "first")}, Options{}, func(c *app.Config) { c.Keeper = nil })
	h.sendAll("x 1", "E")
	out := h.send("end")
	mustContain(t, out, "q quits: nothing is saved in this run (--no-save).")
	if strings.Contains(out, "partnercoach resume") {
		t.Fatalf("a run that saves nothing offers resume:\n%s", out)
	}
}

// TestAShortenedTurnIsSaidAsItIs takes 14 minutes off the coach's turn of
// three 5-minute segments: read again, the step must say a turn of one
// minute, with no segments. On the code before, it said "1 minute in 3
// segments of 5 minutes".
func TestAShortenedTurnIsSaidAsItIs(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.toCoachTurn()
	h.send("- 14")
	out := h.send("read")
	mustContain(t, out, "Coach's turn: 1 minute, and no warning: its lead, 2 minutes, is not shorter than the turn.")
	if strings.Contains(out, "segments") {
		t.Fatalf("the shortened turn is said with its segments:\n%s", out)
	}
}

// TestCheckWithAnAnswerItDoesNotTake: x with a number and words after it,
// on an entry that takes no answer, does nothing and says so: the words
// were meant for a question, perhaps on another step (the code before
// checked the entry off and dropped the words unsaid).
func TestCheckWithAnAnswerItDoesNotTake(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	mustContain(t, h.send("x 2 3"), "Entry 2 takes no answer: x 2 alone checks it off.")
	if h.fe.core.Session().Checked("welcome", 1) {
		t.Fatal("x 2 3 checked item 2 off")
	}
	h.to("who-first")
	mustContain(t, h.send("x 1 now"), "Entry 1 takes no answer: x 1 alone chooses it.")
	if _, ok := h.fe.core.Session().Chosen("who-first"); ok {
		t.Fatal("x 1 now chose option 1")
	}
	mustContain(t, h.send("x 1"), "Chosen: ")
}

// TestUndoOfAMoveSaysWhereItIs: an undo that takes the coach back to
// another step says which step it is now, as a move does (the code before
// said only what was undone, and the coach was left to guess the step).
func TestUndoOfAMoveSaysWhereItIs(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.sendAll("x 1", "n", "n")
	mustContain(t, h.send("u"), "Undone: moved to 'How the session goes'.\nNow on step 2 of 11: Confidentiality and what to share.\n")
	mustContain(t, h.send("u"), "Now on step 1 of 11: Welcome and introductions.")
	if out := h.send("u"); strings.Contains(out, "Now on step") {
		t.Fatalf("an undo that moved nowhere says where it is: %q", out)
	}
}
