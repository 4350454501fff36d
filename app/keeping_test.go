package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"partnercoach/app/apptest"
	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestSavesAreNumbered: every change is saved, numbered on from the
// last, across the session and its coach log.
func TestSavesAreNumbered(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.run(r.c.SetNoteDraft("half a no"))
	r.run(r.c.SetNoteDraft("half a no")) // unchanged: no save
	r.run(r.c.End())
	d := r.c.LogAnswers()
	d.Summary = "went well"
	r.run(r.c.SaveLogAnswers(d))
	r.run(r.c.SaveLogAnswers(d)) // unchanged: no save
	want := []uint64{1, 2, 3, 4, 5}
	if len(r.keeper.Seqs) != len(want) {
		t.Fatalf("saves %v, want %v", r.keeper.Seqs, want)
	}
	for i := range want {
		if r.keeper.Seqs[i] != want[i] {
			t.Fatalf("saves %v, want %v", r.keeper.Seqs, want)
		}
	}
}

// TestFailedSaveIsShownUntilOneSucceeds runs saves whose results come
// back in and out of order.
func TestFailedSaveIsShownUntilOneSucceeds(t *testing.T) {
	tests := []struct {
		name    string
		results []SaveResult // reported in this order
		status  bool         // a failure is shown after them
		notices []string
	}{
		{"all good", []SaveResult{{Seq: 1}, {Seq: 2}}, false, nil},
		{"one failed", []SaveResult{{Seq: 1}, {Seq: 2, Err: errDisk}}, true,
			[]string{"Not saved: write session.json: no space left on device (the session goes on; the next change tries again)."}},
		{"failed then saved", []SaveResult{{Seq: 1, Err: errDisk}, {Seq: 2}}, false,
			[]string{"Not saved: write session.json: no space left on device (the session goes on; the next change tries again).",
				"The session is saved again."}},
		{"an older save finishing late clears nothing", []SaveResult{{Seq: 2, Err: errDisk}, {Seq: 1}}, true,
			[]string{"Not saved: write session.json: no space left on device (the session goes on; the next change tries again)."}},
		{"told once", []SaveResult{{Seq: 1, Err: errDisk}, {Seq: 2, Err: errDisk}}, true,
			[]string{"Not saved: write session.json: no space left on device (the session goes on; the next change tries again)."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Config{Keeper: &apptest.Keeper{}, Clock: &apptest.Clock{T: t0}, Start: builtin(t, "first")})
			c.Begin()  // asks for save 1; its job is not run
			c.save(t0) // save 2
			var notices []string
			for _, res := range tt.results {
				notices = append(notices, c.Report(res).Notices...)
			}
			if got := len(c.Standings()) > 0; got != tt.status {
				t.Errorf("status shown = %v (%q), want %v", got, c.Standings(), tt.status)
			}
			if strings.Join(notices, "\n") != strings.Join(tt.notices, "\n") {
				t.Errorf("notices %q, want %q", notices, tt.notices)
			}
		})
	}
}

// TestQuitQuestion says what quitting means in each state.
func TestQuitQuestion(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(r *rig)
		noKeep  bool
		kind    QuitKind
		canEnd  bool
		says    string
		parting string
	}{
		{"choosing", func(*rig) {}, false, QuitNow, false, "", ""},
		{"nothing done", func(r *rig) { r.run(r.c.StartScript(builtin(r.t, "first"))) }, false, QuitDiscard, false,
			"Quit? Nothing was done in the session, so nothing of it is kept.",
			"Nothing was done in the session, so nothing of it is kept."},
		{"under way", func(r *rig) {
			r.run(r.c.StartScript(builtin(r.t, "first")))
			r.run(r.c.Apply(session.Toggle{Item: 0}))
		}, false, QuitAsk, true, "Quit? The session is saved: 'partnercoach resume' brings it back.",
			"The session is saved: 'partnercoach resume' brings it back."},
		{"nothing kept", func(r *rig) {
			r.run(r.c.StartScript(builtin(r.t, "first")))
			r.run(r.c.Apply(session.Toggle{Item: 0}))
		}, true, QuitAsk, false, "Nothing is saved in this run (--no-save). Quit anyway?",
			"Nothing of the session is saved (--no-save)."},
		{"coach log open", func(r *rig) {
			r.run(r.c.StartScript(builtin(r.t, "first")))
			r.run(r.c.End())
		}, false, QuitAsk, false, "Quit before the coach log is written? The session stays saved for 'partnercoach resume'.",
			"The session is saved: 'partnercoach resume' brings it back."},
		{"record written", func(r *rig) {
			r.run(r.c.StartScript(builtin(r.t, "first")))
			r.run(r.c.End())
			r.run(r.c.Finish(r.c.LogAnswers()))
		}, false, QuitNow, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{}, func(c *Config) {
				if tt.noKeep {
					c.Keeper = nil
				}
			})
			tt.setup(r)
			q, e := r.c.Quit()
			if q.Kind != tt.kind || q.CanEnd != tt.canEnd || q.Question != tt.says || len(e.Jobs) != 0 {
				t.Fatalf("Quit = %+v (%d jobs), want kind %d, end %v, %q", q, len(e.Jobs), tt.kind, tt.canEnd, tt.says)
			}
			r.run(r.c.Leave())
			if got := r.c.Parting(); got != tt.parting {
				t.Fatalf("Parting = %q, want %q", got, tt.parting)
			}
			if r.c.ExitError() != nil {
				t.Fatalf("ExitError = %v", r.c.ExitError())
			}
		})
	}
}

// TestFailedSaveThenQuit is issue 11's first edge: a save fails, the
// coach quits. The save is tried again at quit; if it fails again the
// coach is told what would be lost and asked, nothing says "saved", and
// the run ends with an error. If it succeeds, quitting is as usual.
func TestFailedSaveThenQuit(t *testing.T) {
	for _, heals := range []bool{false, true} {
		r := newRig(t, Config{Start: builtin(t, "first")}, nil) // save 1 reaches the disk at 10:00
		r.clock.T = t0.Add(90 * time.Second)
		r.keeper.Fail(errDisk)
		r.run(r.c.Apply(session.Toggle{Item: 0}))
		r.run(r.c.Apply(session.AddNote{Text: "kept?"}))
		if heals {
			r.keeper.Fail(nil)
		}
		q, e := r.c.Quit()
		if q.Kind != QuitRetrying || len(e.Jobs) != 1 {
			t.Fatalf("heals=%v: Quit = %+v with %d jobs, want a retry", heals, q, len(e.Jobs))
		}
		r.run(e)
		q, e = r.c.Quit()
		if heals {
			if q.Kind != QuitAsk || q.Unsaved || r.c.ExitError() != nil || !strings.Contains(r.c.Parting(), "is saved") {
				t.Fatalf("after a retry that worked: %+v, %v, %q", q, r.c.ExitError(), r.c.Parting())
			}
			continue
		}
		wantQ := "The session could not be saved (write session.json: no space left on device): quitting now loses " +
			"what was done after 10:00:00 (when it was last saved). Quit anyway?"
		if q.Kind != QuitAsk || !q.Unsaved || q.Question != wantQ || len(e.Jobs) != 0 {
			t.Fatalf("Quit after the retry failed = %+v, want %q", q, wantQ)
		}
		for _, said := range append([]string{r.c.Parting()}, r.notices...) {
			if strings.Contains(said, "is saved") || strings.Contains(said, "saved again") {
				t.Fatalf("said %q of a session not on disk", said)
			}
		}
		err := r.c.ExitError()
		if !errors.Is(err, ErrUnsaved) || !strings.Contains(err.Error(), "10:00:00") {
			t.Fatalf("ExitError = %v, want ErrUnsaved", err)
		}
	}
}

// TestNothingEverSaved: when no save reached the disk, the whole session
// is what would be lost.
func TestNothingEverSaved(t *testing.T) {
	r := newRig(t, Config{}, func(c *Config) { c.Keeper.(*apptest.Keeper).Fail(errDisk) })
	r.run(r.c.StartScript(builtin(t, "first")))
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	_, e := r.c.Quit()
	r.run(e)
	q, _ := r.c.Quit()
	if !strings.Contains(q.Question, "the whole session (none of it reached the disk)") || r.c.ExitError() == nil {
		t.Fatalf("Quit = %+v", q)
	}
}

// TestRehearsalIsNeverLogged: a rehearsal's coach log writes no record,
// whatever its outcome: its autosave goes.
func TestRehearsalIsNeverLogged(t *testing.T) {
	for _, outcome := range session.Outcomes {
		opts := session.Options{Rehearsal: session.Rehearsal{Speed: 10, Origin: t0}}
		r := newRig(t, Config{Start: builtin(t, "first"), Session: opts, Fees: fees.Fees{First: 2500, Later: 2500}}, nil)
		r.run(r.c.Apply(session.Toggle{Item: 0}))
		r.run(r.c.End())
		d := r.c.LogAnswers()
		d.Outcome = outcome
		r.run(r.c.Finish(d))
		if len(r.keeper.Records) != 0 || r.keeper.Discarded != 1 || r.c.Stage() != Written {
			t.Fatalf("%v: records %d, discarded %d, stage %d", outcome, len(r.keeper.Records), r.keeper.Discarded, r.c.Stage())
		}
		if got := strings.Join(r.c.RecordLines(), " "); !strings.Contains(got, "Nothing was saved") {
			t.Fatalf("%v: %q", outcome, got)
		}
	}
}

// TestRecordIsWritten: a real session's record keeps the answers that
// apply to its outcome, with the fee; a failed write can be tried again.
func TestRecordIsWritten(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "followup"), Fees: fees.Fees{First: 5000, Later: 5000}}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.run(r.c.End())
	d := r.c.LogAnswers()
	d.Outcome, d.Screening, d.Summary = session.NoShow, session.Suitable, " no answer "
	d.Recommendation.FurtherSessions = 3
	r.keeper.FinishErr = errors.New("disk gone")
	r.run(r.c.Finish(d))
	lines := r.c.RecordLines()
	if r.c.Stage() != WriteFailed || !strings.Contains(lines[0], "disk gone") || !strings.Contains(lines[1], "Nothing is lost") {
		t.Fatalf("stage %d, %q", r.c.Stage(), lines)
	}
	r.keeper.Fail(nil)
	r.run(r.c.RetryFinish())
	if r.c.Stage() != Written || len(r.keeper.Records) != 1 {
		t.Fatalf("stage %d, %d records", r.c.Stage(), len(r.keeper.Records))
	}
	rec := r.keeper.Records[0]
	if rec.Outcome != session.NoShow || rec.Summary != "no answer" || rec.FeeCents != 5000 ||
		rec.Screening != "" || rec.Recommendation != (session.Recommendation{}) {
		t.Fatalf("record %+v: want a no-show's answers only", rec)
	}
	if l := r.c.RecordLines(); !strings.Contains(l[0], "saved as 2026-11-22-0001") || r.c.ExitError() != nil {
		t.Fatalf("%q, %v", l, r.c.ExitError())
	}
}

// TestResumedSessionOpens: a resumed session opens where it was, or in
// its coach log, and a draft comes back.
func TestResumedSessionOpens(t *testing.T) {
	s := session.New(builtin(t, "first"), session.Options{Number: 1}, t0)
	s.Apply(session.Toggle{Item: 0}, t0)
	r := newRig(t, Config{Resume: s, Saved: t0.Add(time.Minute)}, nil)
	if r.c.Stage() != Running || r.c.Session() != s {
		t.Fatalf("stage %d", r.c.Stage())
	}
	s2 := session.New(builtin(t, "first"), session.Options{}, t0)
	s2.SetLogAnswers(session.Closing{Outcome: session.Transferred, Summary: "draft"})
	r = newRig(t, Config{Resume: s2, Finish: true, Saved: t0.Add(time.Minute), Fees: fees.Fees{First: 2500, Later: 2500}}, nil)
	if r.c.Stage() != Logging || r.c.LogAnswers().Summary != "draft" || r.c.LogAnswers().FeeCents != 2500 || !r.c.Ended().Equal(t0.Add(time.Minute)) {
		t.Fatalf("stage %d, draft %+v, ended %v", r.c.Stage(), r.c.LogAnswers(), r.c.Ended())
	}
}

// TestRetryAtQuitStillRunning: asking to quit again before the retried
// save is back starts no second retry.
func TestRetryAtQuitStillRunning(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.keeper.Fail(errDisk)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	q, e := r.c.Quit()
	if q.Kind != QuitRetrying || len(e.Jobs) != 1 {
		t.Fatalf("first Quit = %+v with %d jobs", q, len(e.Jobs))
	}
	if q2, e2 := r.c.Quit(); q2.Kind != QuitRetrying || len(e2.Jobs) != 0 {
		t.Fatalf("second Quit while the retry runs = %+v with %d jobs", q2, len(e2.Jobs))
	}
	r.run(e)
	if q3, _ := r.c.Quit(); q3.Kind != QuitAsk || !q3.Unsaved {
		t.Fatalf("Quit after the retry failed = %+v", q3)
	}
}

// TestDiscarding: leaving a session with nothing done drops its autosave,
// as does discarding the unfinished session on offer; a failed discard is
// told.
func TestDiscarding(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Leave())
	if r.keeper.Discarded != 1 {
		t.Fatalf("%d discards after leaving an empty session, want 1", r.keeper.Discarded)
	}
	offer := session.New(builtin(t, "first"), session.Options{}, t0)
	r = newRig(t, Config{Offer: offer}, nil)
	r.keeper.DiscardErr = errors.New("read-only file system")
	r.run(r.c.DiscardOffer())
	if r.c.Offer() != nil || r.keeper.Discarded != 1 ||
		len(r.notices) != 1 || r.notices[0] != "Could not remove the autosave: read-only file system." {
		t.Fatalf("offer %v, %d discards, notices %q", r.c.Offer(), r.keeper.Discarded, r.notices)
	}
}

// TestRecordWrittenWhoseAutosaveStays: in a state folder that cannot be
// written, the record is written and the autosave cannot be removed. The
// coach log is saved, and said to be, once: nothing offers to write it
// again, and quitting says that the autosave left would bring the
// session back, and how to remove it.
func TestRecordWrittenWhoseAutosaveStays(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "followup"), Fees: fees.Fees{First: 5000, Later: 5000}}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	denied := errors.New("cannot remove /state/session.json: operation not permitted")
	r.keeper.SaveErr, r.keeper.RemoveErr = denied, denied
	r.run(r.c.End())
	r.run(r.c.Finish(r.c.LogAnswers()))
	r.run(r.c.RetryFinish())
	if r.c.Stage() != Written || len(r.keeper.Records) != 1 {
		t.Fatalf("stage %d, %d records; want the record written once", r.c.Stage(), len(r.keeper.Records))
	}
	lines := strings.Join(r.c.RecordLines(), " ")
	for _, want := range []string{"saved as 2026-11-22-0001", "operation not permitted", "partnercoach resume --discard"} {
		if !strings.Contains(lines, want) {
			t.Errorf("record lines %q: want %q", lines, want)
		}
	}
	if q, _ := r.c.Quit(); q.Kind != QuitNow {
		t.Errorf("quitting asks %q, with the record written", q.Question)
	}
	if p := r.c.Parting(); !strings.Contains(p, "saved as 2026-11-22-0001") || !strings.Contains(p, "--discard") {
		t.Errorf("parting %q: want the record's id and the autosave left", p)
	}
	if err := r.c.ExitError(); err != nil {
		t.Errorf("exit error %v, with the record written", err)
	}
}
