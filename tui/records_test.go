package tui

import (
	"errors"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

func TestEveryChangeIsSaved(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.run(h.m.Init())
	if len(h.keeper.Saves) != 1 {
		t.Fatalf("%d saves at the start, want 1 (so a resume works from the first moment)", len(h.keeper.Saves))
	}
	h.clock.Add(time.Second)
	h.keys("x")
	if snap := h.keeper.Last(); !snap.Steps["welcome"].Checks[0] {
		t.Fatal("the tick was not saved")
	}
	h.keys("N")
	h.keyClock.Add(time.Second) // a person's pause after opening the field
	h.m.Update(keyPress("q"))   // typed into the note, not a quit
	h.keys("u", "i", "e", "t", "enter")
	if snap := h.keeper.Last(); len(snap.Notes) != 1 || snap.Notes[0].Text != "quiet" {
		t.Fatalf("notes saved: %+v", snap.Notes)
	}
	if h.quitting() || h.m.quit != nil {
		t.Fatal("q typed into the note acted as a key")
	}
	h.keys("m")
	if snap := h.keeper.Last(); len(snap.Marks) != 1 {
		t.Fatalf("marks saved: %+v", snap.Marks)
	}
	for i := 1; i < len(h.keeper.Seqs); i++ {
		if h.keeper.Seqs[i] <= h.keeper.Seqs[i-1] {
			t.Fatalf("save numbers do not rise: %v", h.keeper.Seqs)
		}
	}
	if !strings.Contains(h.screen(), "quiet") {
		t.Fatalf("the note is not shown on its step:\n%s", h.screen())
	}
}

func TestTimerEventsAreSaved(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.toStep("My turn")
	h.keys("space")
	n := len(h.keeper.Saves)
	h.tick(5*time.Minute + time.Second) // the first segment ends
	if len(h.keeper.Saves) != n+1 {
		t.Fatalf("%d saves after the segment ended, want %d", len(h.keeper.Saves), n+1)
	}
	ts := h.keeper.Last().Steps["coach-turn"].Turn
	if ts == nil || ts.SegDone != 1 || ts.Running {
		t.Fatalf("saved turn %+v, want paused after segment 1", ts)
	}
	h.tick(time.Second) // nothing happens: nothing to save
	if len(h.keeper.Saves) != n+1 {
		t.Fatal("a quiet tick saved the session")
	}
}

func TestFailedSaveIsShownAndTheSessionGoesOn(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keeper.Fail(errors.New("disk full"))
	h.keys("x")
	if !strings.Contains(h.screen(), "Not saved: disk full (the session goes on; the next change tries again).") {
		t.Fatalf("no word of the failed save:\n%s", h.screen())
	}
	h.keeper.Fail(nil)
	h.keys("x")
	if strings.Contains(h.screen(), "Not saved") {
		t.Fatalf("the failure is still shown after a good save:\n%s", h.screen())
	}
}

// TestFailedSaveThenQuitSaysNotSaved: with the disk full, a change and
// then q: the save is tried again at quit, the question says what would
// be lost, never "saved", and the run ends with an error (a non-zero exit
// status). Once the disk has room again, the retry saves and quitting is
// as usual.
func TestFailedSaveThenQuitSaysNotSaved(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.run(h.m.Init())
	h.keeper.Fail(errors.New("no space left on device"))
	h.keys("x", "N", "k", "e", "p", "t", "enter")
	saves := len(h.keeper.Saves)
	h.keys("q")
	s := h.screen()
	if !strings.Contains(s, "could not be saved (no space left on device): quitting now loses what was done after") ||
		!strings.Contains(s, "10:00:00 (when it was last saved). Quit anyway?") || strings.Contains(s, "is saved") {
		t.Fatalf("the quit question after a failed save:\n%s", s)
	}
	h.choose(app.CmdYes)
	if !h.quitting() || h.m.Err() == nil || !errors.Is(h.m.Err(), app.ErrUnsaved) {
		t.Fatalf("quitting %v with error %v: want an unsaved quit to fail", h.quitting(), h.m.Err())
	}
	if len(h.keeper.Saves) != saves {
		t.Fatal("a save went through on a full disk")
	}

	h = newHarness(t, "first", 100, 30)
	h.keeper.Fail(errors.New("no space left on device"))
	h.keys("x")
	h.keeper.Fail(nil)
	h.keys("q")
	if s := h.screen(); !strings.Contains(s, "Quit? The session is saved") || h.m.Err() != nil {
		t.Fatalf("after the retry at quit saved it:\n%s\nerr %v", s, h.m.Err())
	}
	if snap := h.keeper.Last(); !snap.Steps["welcome"].Checks[0] {
		t.Fatal("the retry at quit did not save the change")
	}
}

func TestNoteLeftWithEscIsKept(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("N", "h", "i", "esc")
	if got := h.m.screen.(*sessionModel).ses.Notes(); len(got) != 0 {
		t.Fatalf("esc kept the note: %v", got)
	}
	if !strings.Contains(h.screen(), "N opens it again") {
		t.Fatalf("no hint that the draft is kept:\n%s", h.screen())
	}
	h.keys("N", "!", "enter")
	if got := h.m.screen.(*sessionModel).ses.Notes(); len(got) != 1 || got[0].Text != "hi!" {
		t.Fatalf("notes %+v, want the draft finished", got)
	}
}

// fillLog answers the coach log form: held, suitable for the pool, no
// further sessions, not ready, and a closing note.
func fillLog(h *harness) {
	h.keys("enter")           // held
	h.keys("up", "up", "up")  // from "not screened" up to "suitable"
	h.keys("enter")           // suitable for the pool
	h.keys("enter")           // 0 further sessions
	h.keys("enter")           // what they would learn: nothing
	h.keys("enter")           // ready: no
	h.keys("o", "k", "enter") // closing note, and done
}

func TestEndingWritesTheCoachLog(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, "first", 100, 30)
		h.keys("x", "m")
		h.clock.Add(50 * time.Minute)
		h.keys("E")
		h.choose(app.CmdYes)
		s := h.screen()
		for _, want := range []string{"Coach log · First", "confidential", "How did the session go?", "plan", "spent"} {
			if !strings.Contains(s, want) {
				t.Fatalf("the summary lacks %q:\n%s", want, s)
			}
		}
		fillLog(h)
		if len(h.keeper.Records) != 1 {
			t.Fatalf("%d records written, want 1; screen:\n%s", len(h.keeper.Records), h.screen())
		}
		rec := h.keeper.Records[0]
		if rec.Outcome != session.Held || rec.FeeCents != 2500 || rec.Newcomer != "Alice Example" ||
			rec.Number != 1 || rec.Screening != session.Suitable || len(rec.Marks) != 1 ||
			!rec.Ended.Equal(base.Add(50*time.Minute)) {
			t.Fatalf("record %+v", rec)
		}
		if !strings.Contains(h.screen(), "The coach log is saved as 2026-11-22-0001") {
			t.Fatalf("no word of where the log went:\n%s", h.screen())
		}
		h.keys("q")
		if !h.quitting() {
			t.Fatal("q after the log is written should quit at once")
		}
	})
}

func TestLastStepPointsToTheEnd(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	for range 12 {
		h.keys("n")
	}
	if !strings.Contains(h.screen(), "E ends the session") {
		t.Fatalf("no pointer to E on the last step:\n%s", h.screen())
	}
}

func TestNoSaveRunKeepsNothing(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarnessWith(t, "first", 100, 30, func(c *app.Config) { c.Keeper = nil })
		h.keys("x", "q")
		if !strings.Contains(h.screen(), "Nothing is saved in this run") {
			t.Fatalf("the quit question does not say nothing is saved:\n%s", h.screen())
		}
		h.keys("esc", "E")
		h.choose(app.CmdYes)
		fillLog(h)
		if !strings.Contains(h.screen(), "Nothing was saved") {
			t.Fatalf("the end screen does not say nothing was saved:\n%s", h.screen())
		}
	})
}

func TestQuitBeforeAnythingDiscardsTheAutosave(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("q")
	h.choose(app.CmdYes)
	if !h.quitting() || h.keeper.Discarded != 1 {
		t.Fatalf("quitting %v, discarded %d; want the empty autosave dropped", h.quitting(), h.keeper.Discarded)
	}
}

// pausedSession returns a first session at its third step, for resuming.
func pausedSession(t *testing.T, h *harness) *session.Session {
	t.Helper()
	s := h.m.screen.(*sessionModel).ses
	snap := s.Snapshot(h.clock.Now())
	back, err := session.Restore(snap)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

func TestResumeOpensTheSessionWhereItWas(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("x", "n", "n")
	back := pausedSession(t, h)
	r := newHarnessWith(t, "", 100, 30, func(c *app.Config) { c.Resume, c.Notice = back, "Resumed." })
	s := r.screen()
	if !strings.Contains(s, "step 3 of 11") || !strings.Contains(s, "✓ Welcome") || !strings.Contains(s, "Resumed.") {
		t.Fatalf("resumed screen:\n%s", s)
	}
}

func TestStartScreenOffersTheUnfinishedSession(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("x", "n", "n")
	back := pausedSession(t, h)
	offer := func(c *app.Config) { c.Offer, c.Saved = back, base.Add(-49*time.Hour) }

	r := newHarnessWith(t, "", 100, 30, offer)
	if s := r.screen(); !strings.Contains(s, "Unfinished session with Alice Example: First") || !strings.Contains(s, "2 days ago") {
		t.Fatalf("start screen:\n%s", s)
	}
	r.keys("enter")
	if !strings.Contains(r.screen(), "step 3 of 11") {
		t.Fatalf("resume did not open the session:\n%s", r.screen())
	}

	r = newHarnessWith(t, "", 100, 30, offer)
	r.keys("down", "enter")
	if !strings.Contains(r.screen(), "Coach log") {
		t.Fatalf("finish did not open the coach log:\n%s", r.screen())
	}

	r = newHarnessWith(t, "", 100, 30, offer)
	r.keys("down", "down", "enter", "n")
	if r.keeper.Discarded != 0 || !strings.Contains(r.screen(), "Unfinished") {
		t.Fatal("n to the discard question discarded")
	}
	r.keys("enter")
	r.choose(app.CmdYes)
	if r.keeper.Discarded != 1 || strings.Contains(r.screen(), "Unfinished") {
		t.Fatalf("discard: %d, screen:\n%s", r.keeper.Discarded, r.screen())
	}
}

func TestTypedNoteIsSavedAndComesBack(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("N", "h", "a", "l", "f")
	if got := h.keeper.Last().NoteDraft; got != "half" {
		t.Fatalf("the note being typed was saved as %q, want %q", got, "half")
	}
	back := pausedSession(t, h)
	r := newHarnessWith(t, "", 100, 30, func(c *app.Config) { c.Resume = back })
	r.keys("N", "!", "enter")
	if got := back.Notes(); len(got) != 1 || got[0].Text != "half!" {
		t.Fatalf("notes after the resume %+v, want the typed text kept", got)
	}
	if r.keeper.Last().NoteDraft != "" {
		t.Fatal("the kept note is still saved as a draft")
	}
}

func TestCoachLogBeingWrittenComesBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, "first", 100, 30)
		h.clock.Add(45 * time.Minute)
		h.keys("E")
		h.choose(app.CmdYes)
		h.keys("enter") // did not come: offered first, as the call never started
		snap := h.keeper.Last()
		if snap.Ended.IsZero() || snap.LogAnswers == nil || snap.LogAnswers.Outcome != session.NoShow {
			t.Fatalf("the ended session and its draft were not saved: ended %v draft %+v", snap.Ended, snap.LogAnswers)
		}
		back, err := session.Restore(snap)
		if err != nil {
			t.Fatal(err)
		}
		r := newHarnessWith(t, "", 100, 30, func(c *app.Config) { c.Resume = back })
		if !strings.Contains(r.screen(), "Coach log") {
			t.Fatalf("resuming an ended session should reopen its coach log:\n%s", r.screen())
		}
		r.keys("enter") // the outcome comes back selected: no-show
		r.keys("d", "i", "d", " ", "n", "o", "t", " ", "c", "a", "l", "l", "enter")
		if len(r.keeper.Records) != 1 {
			t.Fatalf("no record written:\n%s", r.screen())
		}
		rec := r.keeper.Records[0]
		if rec.Outcome != session.NoShow || rec.Summary != "did not call" || !rec.Ended.Equal(base.Add(45*time.Minute)) {
			t.Fatalf("record %+v", rec)
		}
	})
}

func TestStartScreenSelectsTheProposedScript(t *testing.T) {
	h := newHarnessWith(t, "", 80, 24, func(c *app.Config) { c.Preselect = "followup" })
	h.keys("enter")
	if s := h.session(); s == nil || s.Script().Name != "followup" || !strings.Contains(h.screen(), "Questions since last time") {
		t.Fatalf("enter did not open the proposed script:\n%s", h.screen())
	}
}

func TestRehearsalKeptForResumeIsNeverLogged(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarnessWith(t, "first", 100, 30, func(c *app.Config) {
			c.Session.Rehearsal = session.Rehearsal{Speed: 60, Origin: base}
		})
		h.keys("x", "E")
		h.choose(app.CmdYes)
		if len(h.keeper.Saves) == 0 {
			t.Fatal("a rehearsal kept for resume saved nothing")
		}
		fillLog(h)
		if len(h.keeper.Records) != 0 || h.keeper.Discarded != 1 {
			t.Fatalf("%d records written and %d discards; want none written and the autosave dropped",
				len(h.keeper.Records), h.keeper.Discarded)
		}
		if !strings.Contains(h.screen(), "Nothing was saved") {
			t.Fatalf("the end screen does not say nothing was kept:\n%s", h.screen())
		}
	})
}
