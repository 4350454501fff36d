package plain

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/notify"
	"partnercoach/session"
)

// TestCoachTurnWakesOnlyWhenDue runs the coach's turn of a first session
// on a fake clock: the front end asks to be woken at the segment ends,
// the warning and the end, and at no other instant, and says each alert
// on its own line, with a notification that never names the newcomer.
func TestCoachTurnWakesOnlyWhenDue(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first"), Session: session.Options{Newcomer: "Alice Example"}}, Options{})
	h.toCoachTurn()
	if _, ok := h.fe.nextWake(); ok {
		t.Fatal("asks to be woken before the turn is started")
	}
	mustContain(t, h.send("s"), "Started. Coach's turn, segment 1 of 3, 15 minutes left, running; this segment ends in 5 minutes.\n")
	out, woke := h.advance(7 * time.Minute)
	if !slices.Equal(woke, []time.Time{t0.Add(5 * time.Minute)}) {
		t.Fatalf("woke at %v, want only at the first segment's end", woke)
	}
	mustContain(t, out, "Segment 1 of 3 of the coach's turn is done. How was that for you? Any questions so far? The timer is paused: s starts segment 2.\n")
	mustContain(t, h.send("t"), "Coach's turn, segment 1 of 3 done, 10 minutes left, paused for the check-in (waiting 2 minutes): s starts segment 2.")
	h.send("s") // at 7 minutes
	h.advance(5 * time.Minute)
	h.send("s") // at 12 minutes, 5 left
	out, woke = h.advance(6 * time.Minute)
	want := []time.Time{t0.Add(15 * time.Minute), t0.Add(17 * time.Minute)}
	if !slices.Equal(woke, want) {
		t.Fatalf("woke at %v, want %v (the warning and the end)", woke, want)
	}
	mustContain(t, out, "Warning: 2 minutes left in the coach's turn.\n", "Time is up: the coach's turn is over.")
	mustContain(t, h.send("t"), "Coach's turn is over: 1 minute of overtime, running.")
	if _, ok := h.fe.nextWake(); ok {
		t.Fatal("asks to be woken after the turn ended")
	}
	if len(h.notifier.Notes) != 4 {
		t.Fatalf("%d notes sent, want 4 (two segments, the warning, the end)", len(h.notifier.Notes))
	}
	for _, n := range h.notifier.Notes {
		if strings.Contains(n.Title+n.Body, "Alice") {
			t.Fatalf("a notification names the newcomer: %+v", n)
		}
	}
	if got := h.notifier.Notes[2].Title; got != "Coach's turn: 2 minutes left" {
		t.Errorf("warning note %q", got)
	}
}

// TestAlertsOnTheirOwnLine checks that, when the coach types at a
// terminal, an alert starts on a fresh line, and that with sound the bell
// rings for the warning only when no notification carries it, and for the
// end of the turn either way; without sound, never.
func TestAlertsOnTheirOwnLine(t *testing.T) {
	for _, tc := range []struct {
		name     string
		notifier bool
		sound    bool
		bells    int
	}{
		{"with notifications", true, true, 1},
		{"without", false, true, 2},
		{"quiet", false, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarnessEdit(t, app.Config{Start: builtin(t, "followup"), Sound: tc.sound}, Options{Interactive: true, Bell: true},
				func(c *app.Config) {
					if !tc.notifier {
						c.Notifier = nil
					}
				})
			h.to("newcomer-turn")
			mustContain(t, h.send("s"), "Started. Newcomer's turn")
			out, _ := h.advance(15 * time.Minute)
			if !strings.HasPrefix(out, "\nWarning: 2 minutes left") && !strings.HasPrefix(out, "\n\aWarning: 2 minutes left") {
				t.Fatalf("the alert does not start on a fresh line:\n%q", out)
			}
			if got := strings.Count(out, "\a"); got != tc.bells || tc.bells > 0 && !strings.Contains(out, "\aTime is up") {
				t.Fatalf("%d bells, want %d, one at the end of the turn:\n%q", got, tc.bells, out)
			}
		})
	}
}

// TestFailedNotificationIsSaidOnce says a failed notification once per
// reason, and the session goes on.
func TestFailedNotificationIsSaidOnce(t *testing.T) {
	n := &apptest.Notifier{Err: notify.ErrNoBus}
	h := newHarness(t, app.Config{Start: builtin(t, "first"), Notifier: n}, Options{})
	h.toCoachTurn()
	h.send("s")
	out, _ := h.advance(5 * time.Minute)
	mustContain(t, out, "Segment 1 of 3", "Desktop notification failed (no D-Bus session bus); the alerts are shown here, and the session goes on.")
	h.send("s")
	out, _ = h.advance(5 * time.Minute)
	mustContain(t, out, "Segment 2 of 3")
	if strings.Contains(out, "failed") {
		t.Fatalf("the same failure said twice:\n%s", out)
	}
	n.Err = notify.ErrTimeout
	h.send("s")
	out, _ = h.advance(5 * time.Minute)
	mustContain(t, out, "Warning: 2 minutes left", "(the notification server did not answer)")
}

// TestEveryChangeSavesAndQuestionsDoNot checks the autosave: one save as
// the session opens, one per change, numbered upwards, and none for a
// command that only asks.
func TestEveryChangeSavesAndQuestionsDoNot(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	if len(h.keeper.Seqs) != 1 {
		t.Fatalf("%d saves as the session opens, want 1", len(h.keeper.Seqs))
	}
	h.sendAll("w", "t", "l", "h", "read", "", "x 9", "b")
	if len(h.keeper.Seqs) != 1 {
		t.Fatalf("questions saved the session: %d saves", len(h.keeper.Seqs))
	}
	h.sendAll("x 1", "note wants short turns", "m", "n", "x 2")
	if !slices.Equal(h.keeper.Seqs, []uint64{1, 2, 3, 4, 5, 6}) {
		t.Fatalf("saves %v, want 1 to 6", h.keeper.Seqs)
	}
	last := h.keeper.Saves[len(h.keeper.Saves)-1]
	if last.Pos != 1 || len(last.Notes) != 1 || last.Notes[0].Text != "wants short turns" || len(last.Marks) != 1 ||
		!last.Steps["welcome"].Checks[0] || !last.Steps["privacy"].Checks[1] {
		t.Fatalf("the last save does not hold the session: %+v", last)
	}
}

// TestFailedSaveIsSaid says a failed autosave once, and when saving works
// again.
func TestFailedSaveIsSaid(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.keeper.SaveErr = errors.New("no space left on device")
	mustContain(t, h.send("x 1"), "Not saved: no space left on device (the session goes on; the next change tries again).")
	if out := h.send("x 2"); strings.Contains(out, "Not saved") {
		t.Fatalf("said twice:\n%s", out)
	}
	h.keeper.SaveErr = nil
	mustContain(t, h.send("x 3"), "The session is saved again.")
}

// TestTurnCommands checks start, pause, minutes more and less, restart,
// and the turn commands on a step without a turn.
func TestTurnCommands(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	mustContain(t, h.send("s"), "This step has no timer")
	mustContain(t, h.send("b"), "This is the first step.")
	h.toCoachTurn()
	mustContain(t, h.send("R"), "The turn has not started yet: s starts it.")
	h.send("s")
	h.clock.T = h.clock.T.Add(time.Minute)
	mustContain(t, h.send("s"), "Paused. Coach's turn, segment 1 of 3, 14 minutes left, paused: s goes on.")
	mustContain(t, h.send("+ 2"), "The coach's turn is now 17 minutes long.", "16 minutes left")
	mustContain(t, h.send("-"), "The coach's turn is now 16 minutes long.")
	// 15 minutes left: 15 do not come off, 14 do.
	mustContain(t, h.send("- 15"), "The turn has no more than 15 minutes left: none comes off it (n moves on).")
	mustContain(t, h.send("R"), "Restart the coach's turn at its full 16 minutes? It has 15 minutes left now. Type restart to restart the turn; anything else stays.")
	mustContain(t, h.send(""), "Nothing was done.")
	mustContain(t, h.send("t"), "15 minutes left")
	h.send("restart")
	mustContain(t, h.send("restart"), "Restarted. Coach's turn, 16 minutes, not started: s starts it.")
	mustContain(t, h.send("n"), "Step 8 of 11")
	h.sendAll("n", "n", "n")
	mustContain(t, h.send("n"), "This is the last step: E ends the session")
}

// TestChoiceAndAnswer chooses who focuses first and answers the warning
// question of a later session, by x with and without the minutes.
func TestChoiceAndAnswer(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "followup")}, Options{})
	mustContain(t, h.to("who-first"), "Choice: Which first this time, listening or Focusing?", "1. Newcomer focuses first, coach listens", "2. Coach focuses first")
	mustContain(t, h.send("x 2"), "Chosen: Coach focuses first, newcomer listens. Next: ")
	mustContain(t, h.send("x 3"), "There is no entry 3 here: the entries are numbered 1 to 2.")
	h.to("three-questions")
	mustContain(t, h.send("x 2"), "How many minutes signal would you like before the end? Type the minutes")
	mustContain(t, h.send("soon"), "Type a whole number of minutes, 1 or more, such as 2.", "Type the minutes")
	mustContain(t, h.send("3"), "Done: 2. How many minutes signal would you like before the end? Answer: 3 minutes.",
		"The turn warns 3 minutes before its end.")
	mustContain(t, h.send("x 2 60"), "That is not shorter than the turn (15 minutes)")
	mustContain(t, h.send("x 2 soon"), "Type a whole number of minutes, 1 or more, such as 2: no answer recorded.")
	mustContain(t, h.send("x 2 0"), "Type a whole number of minutes, 1 or more, such as 2: no answer recorded.") // 0 is whole
	mustContain(t, h.send("x 2 500"), "That is not shorter than the turn (15 minutes): no answer recorded.")
	mustContain(t, h.send("x 2 4"), "Answer: 4 minutes.")
	if w := h.fe.core.Session().Turn("newcomer-turn").Warn(); w != 4*time.Minute {
		t.Fatalf("newcomer's warning %v, want 4m", w)
	}
	mustContain(t, h.send("x 1"), "Done: 1. Can you hear me OK?")
	mustContain(t, h.send("x 1"), "Not done: 1. Can you hear me OK?")
}

// TestNoteAskedFor writes a note in two lines: note, then its text.
func TestNoteAskedFor(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	mustContain(t, h.send("note"), "Type the note, then Enter")
	mustContain(t, h.send("n"), "Note 1 kept.") // the answer is the note, not a command
	mustContain(t, h.send("N"), "Type the note")
	mustContain(t, h.send(""), "No note kept.")
	if notes := h.fe.core.Session().Notes(); len(notes) != 1 || notes[0].Text != "n" || h.fe.core.Session().Pos() != 0 {
		t.Fatalf("notes %+v at step %d", notes, h.fe.core.Session().Pos()+1)
	}
}
