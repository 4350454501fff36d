package plain

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestCoachLogQuestions ends a first session and answers the coach log's
// questions, one of them wrongly first and some with Enter alone.
func TestCoachLogQuestions(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first"), Fees: fees.Fees{First: 4500, Later: 4500}, Session: session.Options{Newcomer: "AB"}}, Options{})
	h.sendAll("x 1", "m")
	h.clock.T = t0.Add(50 * time.Minute)
	h.send("E")
	out := h.send("end")
	mustContain(t, out, "The session is ended: 50 minutes of 50 minutes, 1 of 29 items covered, no notes, 1 partnering moment.",
		"How did the session go? 1. Held, 2. Newcomer did not come (billable), 3. Rescheduled, 4. Transferred or waived. Type the number (Enter alone: Held).")
	mustContain(t, h.send("7"), "Expected a number from 1 to 4.", "How did the session go?")
	mustContain(t, h.send(""), "Screening for the partnership pool?")
	mustContain(t, h.send("1"), "How many further sessions do you recommend?")
	mustContain(t, h.send("many"), "Expected a whole number from 0 to 20.", "How many further sessions")
	mustContain(t, h.send("2"), "What would they learn in them?")
	mustContain(t, h.send("to listen"), "Ready for a partnership? y or n (Enter alone: no).")
	mustContain(t, h.send("maybe"), "Expected y or n.")
	mustContain(t, h.send("y"), "Closing note for the coach log")
	mustContain(t, h.send("Went well."), "The coach log is saved as 2026-11-22-0001. 'partnercoach log show 2026-11-22-0001' prints it",
		"Are you available to coach another newcomer?")
	mustContain(t, h.send(""), "Quit.") // Enter alone leaves the answer as it was
	if !h.fe.done || len(h.keeper.Records) != 1 {
		t.Fatalf("done %v, %d records", h.fe.done, len(h.keeper.Records))
	}
	r := h.keeper.Records[0]
	want := session.Recommendation{FurtherSessions: 2, Learn: "to listen", Ready: true}
	if r.Outcome != session.Held || r.Screening != session.Suitable || r.Recommendation != want ||
		r.Summary != "Went well." || r.FeeCents != 4500 || !r.Ended.Equal(t0.Add(50*time.Minute)) || len(r.Marks) != 1 {
		t.Fatalf("record %+v", r)
	}
	last := h.keeper.Saves[len(h.keeper.Saves)-1]
	if last.LogAnswers == nil || last.LogAnswers.Recommendation != want || last.Ended.IsZero() {
		t.Fatalf("the draft was not saved as it was answered: %+v", last.LogAnswers)
	}
}

// TestCoachLogSaysWhatItCuts: an answer longer than the coach log keeps
// is cut, and the accessible mode says so, where it dropped the rest
// without a word.
func TestCoachLogSaysWhatItCuts(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "followup"), Session: session.Options{Newcomer: "AB", Number: 2}}, Options{})
	h.sendAll("x 1", "E", "end", "", "1")
	long := strings.Repeat("w", app.MaxLearn) + " and the rest"
	mustContain(t, h.send(long), "The answer was cut to its first 300 characters, the most it holds; the rest is not kept.", "Ready for a partnership?")
	h.sendAll("", strings.Repeat("c", app.MaxClosing+1))
	if r := h.keeper.Records[0]; r.Recommendation.Learn != long[:app.MaxLearn] || len(r.Summary) != app.MaxClosing {
		t.Fatalf("record %+v", r)
	}
}

// TestCoachLogOfANoShow asks only what applies to a session that did not
// take place, and comes back to the draft of a resumed session.
func TestCoachLogOfANoShow(t *testing.T) {
	ses := session.New(builtin(t, "followup"), session.Options{Number: 2}, t0)
	ses.Apply(session.End{}, t0.Add(10*time.Minute))
	ses.SetLogAnswers(session.Closing{Outcome: session.NoShow, Summary: "No answer on the phone."})
	h := newHarness(t, app.Config{Resume: ses, Fees: fees.Fees{First: 3000, Later: 3000}}, Options{})
	out := h.news()
	mustContain(t, out, "The session is ended; the call did not start (planned 50 minutes): none of 19 items covered, no notes.", "(Enter alone: Newcomer did not come (billable)).")
	mustContain(t, h.send(""), "Closing note for the coach log, one line. It is confidential and stays on this machine (Enter alone: No answer on the phone.).")
	mustContain(t, h.send(""), "The coach log is saved as")
	r := h.keeper.Records[0]
	if r.Outcome != session.NoShow || r.Summary != "No answer on the phone." || r.FeeCents != 3000 || r.Recommendation != (session.Recommendation{}) {
		t.Fatalf("record %+v", r)
	}
}

// TestRecordThatCannotBeWritten keeps the session and offers to try again.
func TestRecordThatCannotBeWritten(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "coaching")}, Options{})
	h.keeper.FinishErr = errors.New("read-only file system")
	h.sendAll("E", "end")
	for !h.fe.done && h.fe.core.Stage() == app.Logging {
		h.send("")
	}
	mustContain(t, h.news()+h.out.String(), "The session log could not be written: read-only file system.", "Type r to try again, or q to quit.")
	mustContain(t, h.send("what"), "Expected r to try again, or q to quit.")
	h.keeper.FinishErr = nil
	mustContain(t, h.send("r"), "The session log is saved as")
	if !h.fe.done {
		t.Fatal("not done after the record was written")
	}
}

// TestQuit checks the quit question and end of input: a session in which
// nothing was done is dropped, one under way stays saved.
func TestQuit(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	mustContain(t, h.send("q"), "Quit. Nothing was done in the session, so nothing of it is kept.")
	if !h.fe.done || h.keeper.Discarded != 1 {
		t.Fatalf("done %v, discarded %d", h.fe.done, h.keeper.Discarded)
	}

	h = newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.send("x 1")
	mustContain(t, h.send("q"), "Quit? The session is saved: 'partnercoach resume' brings it back. Type quit to quit, or end to end and write the log; anything else stays.")
	mustContain(t, h.send("y"), "Staying.")
	mustContain(t, h.send("w"), "Step 1 of 11")
	h.send("q")
	mustContain(t, h.send("quiet down now"), "Staying.", "is kept in the note draft")
	h.send("q")
	mustContain(t, h.send("quit"), "Quit. The session is saved: 'partnercoach resume' brings it back.")
	if !h.fe.done || h.keeper.Discarded != 0 {
		t.Fatalf("done %v, discarded %d", h.fe.done, h.keeper.Discarded)
	}

	h = newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.send("x 1")
	h.send("q")
	mustContain(t, h.send("e"), "Staying.")
	h.send("q")
	mustContain(t, h.send("end"), "The session is ended", "How did the session go?")
	mustContain(t, h.send("q"), "Quit before the coach log is written?")
	mustContain(t, h.send("n"), "Staying.", "How did the session go?")
	h.fe.eof()
	mustContain(t, h.news(), "End of input: quit. The session is saved")
	if !h.fe.done || h.keeper.Discarded != 0 {
		t.Fatalf("done %v, discarded %d", h.fe.done, h.keeper.Discarded)
	}
}

// TestNothingSaved asks before quitting a run that keeps nothing.
func TestNothingSaved(t *testing.T) {
	h := newHarnessEdit(t, app.Config{Start: builtin(t, "first")}, Options{}, func(c *app.Config) { c.Keeper = nil })
	h.send("x 1")
	mustContain(t, h.send("q"), "Nothing is saved in this run (--no-save). Quit anyway? Type quit to quit; anything else stays.")
	mustContain(t, h.send("end"), "Staying.")
	h.send("q")
	mustContain(t, h.send("quit"), "Quit. Nothing of the session is saved")
}

// TestOutputHasNoEscapes runs a script whose text holds escape sequences
// and bidirectional controls, for a newcomer whose name holds them too,
// and a note typed with them: nothing printed holds an escape character,
// a bell or a character that reorders or hides text.
func TestOutputHasNoEscapes(t *testing.T) {
	s := builtin(t, "first")
	s.Steps[0].Title = "Welcome \x1b[31min red\x1b[0m \u202ethgir ot tfel"
	h := newHarness(t, app.Config{Start: s, Session: session.Options{Newcomer: "A\x1b]0;title\a\u2067B\u200b"}}, Options{})
	h.sendAll("note \x1b[Aup \u202dover", "w", "l", "h", "read", "\x1b[B")
	h.toCoachTurn()
	out := h.out.String()
	if strings.ContainsAny(out, "\x1b\a\u202e\u2067\u200b\u202d") {
		t.Fatalf("escape, bell or hidden character in the output:\n%q", out)
	}
	if !strings.Contains(out, "Welcome [31min red[0m thgir ot tfel.") {
		t.Fatalf("the title is not said:\n%s", out)
	}
}

// TestRunLoop runs the real loop on a reader and a writer: commands are
// carried out, the end of input quits, and a cancelled context quits at
// once.
func TestRunLoop(t *testing.T) {
	k := &apptest.Keeper{}
	var out bytes.Buffer
	in := strings.NewReader("x 1\nw\n")
	err := Run(context.Background(), app.Config{Start: builtin(t, "first"), Keeper: k, Clock: &apptest.Clock{T: t0}}, in, &out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, out.String(), "Done: 1. Said I'm a partnership coach.", "Session: 0 seconds of 50 minutes; the call started 10:00 at your first key.", "End of input: quit. The session is saved")
	if len(k.Seqs) != 2 || k.Discarded != 0 {
		t.Fatalf("saves %v, discarded %d: want the first save and the checked item, all finished before Run returned", k.Seqs, k.Discarded)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out.Reset()
	blocked, w := io.Pipe()
	defer w.Close()
	if err := Run(ctx, app.Config{Start: builtin(t, "first"), Keeper: k, Clock: &apptest.Clock{T: t0}}, blocked, &out, Options{}); err != nil {
		t.Fatal(err)
	}
	mustContain(t, out.String(), "Interrupted: quit.")
}

// TestRehearsalIsNeverLogged: a rehearsal kept for resume (--speed with
// --save) ends with its coach log's questions, but writes no record: its
// autosave goes, and the coach is told nothing was saved.
func TestRehearsalIsNeverLogged(t *testing.T) {
	opts := session.Options{Rehearsal: session.Rehearsal{Speed: 10, Origin: t0}}
	h := newHarness(t, app.Config{Start: builtin(t, "first"), Session: opts, Fees: fees.Fees{First: 2500, Later: 2500}}, Options{})
	h.send("x 1")
	h.send("E")
	out := h.send("end")
	for !h.fe.done && h.fe.core.Stage() == app.Logging {
		out += h.send("")
	}
	if len(h.keeper.Records) != 0 || h.keeper.Discarded != 1 {
		t.Fatalf("%d records, %d discards: want no record and the autosave dropped", len(h.keeper.Records), h.keeper.Discarded)
	}
	mustContain(t, out, "Nothing was saved: this run was a rehearsal")
}

// TestFailedSaveThenQuit: with the disk full, a check and a note, then q:
// the save is tried again, the coach is told what would be lost and
// asked; quitting then says the session is not saved, never that it is,
// and the run ends with app.ErrUnsaved (a non-zero exit status).
func TestFailedSaveThenQuit(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.keeper.SaveErr = errors.New("no space left on device")
	out := h.sendAll("x 1", "note kept?")
	mustContain(t, out, "Not saved: no space left on device (the session goes on; the next change tries again).")
	out = h.send("q")
	mustContain(t, out, "The last save failed: trying it again before quitting.",
		"The session could not be saved (no space left on device): quitting now loses what was done after 10:00:00 (when it was last saved). Quit anyway? Type quit to quit, or end to end and write the log; anything else stays.")
	out += h.send("quit")
	mustContain(t, out, "Quit. The session is not saved (no space left on device): this loses what was done after 10:00:00")
	if strings.Contains(out, "is saved") || !h.fe.done {
		t.Fatalf("quitting after a failed save:\n%s", out)
	}
	if err := h.fe.core.ExitError(); !errors.Is(err, app.ErrUnsaved) {
		t.Fatalf("exit error %v, want app.ErrUnsaved", err)
	}
}

// TestHelpSaysWhereWordsGoAtAQuestion: the help says that at the
// question E, R or q ask, a line of words goes to the note draft, as it
// does; it used to say that anything but the word did nothing.
func TestHelpSaysWhereWordsGoAtAQuestion(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	mustContain(t, h.send("help"), "any other line stays, and a line of words goes to the note draft.")
	h.send("x 1")
	h.send("q")
	mustContain(t, h.send("she felt calm today"), "Staying.", "note draft")
}
