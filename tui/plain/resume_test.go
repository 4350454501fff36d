package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// savedInCoachTurn is a first session saved at saved with its coach's
// turn started two minutes before, in its first segment, after the call
// started twenty minutes before; with late, it is saved in its last
// segment instead, a minute from the end.
func savedInCoachTurn(t *testing.T, saved time.Time, late bool) *session.Session {
	t.Helper()
	start := saved.Add(-2 * time.Minute)
	if late {
		start = saved.Add(-16 * time.Minute)
	}
	s := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, start.Add(-20*time.Minute))
	for range 6 {
		s.Apply(session.Next{}, start.Add(-time.Minute))
	}
	s.Apply(session.StartPause{}, start)
	if late { // through both check-ins, each a minute long
		s.Advance(start.Add(5 * time.Minute))
		s.Apply(session.StartPause{}, start.Add(6*time.Minute))
		s.Advance(start.Add(11 * time.Minute))
		s.Apply(session.StartPause{}, start.Add(12*time.Minute))
	}
	return s
}

// TestResumedDaysLaterSaysWhatIsTrue resumes a session saved three days
// before: the resume keeps its day and how long ago, a segment whose end
// passed meanwhile waits at its check-in (never "ends in 0 seconds"), a
// turn whose time ran out is over by as much as the live screen says, and
// a time of another day carries its day.
func TestResumedDaysLaterSaysWhatIsTrue(t *testing.T) {
	saved := t0.Add(-74 * time.Hour) // Thu 19 Nov 08:00
	h := newHarness(t, app.Config{Scripts: scripts(t), Offer: savedInCoachTurn(t, saved, false), Saved: saved}, Options{})
	h.news()
	out := h.send("resume") // Enter alone would finish it: it was closed past its call
	mustContain(t, out, "Resumed the session saved at 08:00 on Thu 19 Nov (3 days ago). The 3 days it was closed count in its length.",
		"Coach's turn, segment 1 of 3 done, 10 minutes left, paused for the check-in (waiting 73 hours 57 minutes): s starts segment 2.",
		"the call started 07:57 on Thu 19 Nov at your first key.")
	mustLack(t, out, "ends in 0 seconds", "segment 1 of 3, 10 minutes left, running")
	mustContain(t, h.send("t"), "segment 1 of 3 done, 10 minutes left, paused for the check-in")

	h = newHarness(t, app.Config{Scripts: scripts(t), Offer: savedInCoachTurn(t, saved, true), Saved: saved}, Options{})
	h.news()
	out = h.send("resume")
	mustContain(t, out, "Coach's turn is over: 73 hours 59 minutes of overtime, running.")
	mustContain(t, h.send("t"), "Coach's turn is over: 73 hours 59 minutes of overtime, running.")
}

// mustLack fails the test if s holds any of unwanted.
func mustLack(t *testing.T, s string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(s, u) {
			t.Fatalf("%q in:\n%s", u, s)
		}
	}
}

// TestInterruptStartsItsOwnLine: at a terminal, the line Ctrl+C brings
// starts on a line of its own, not after the "^C" the terminal echoed
// (the code before printed "^CInterrupted: quit." as one line).
func TestInterruptStartsItsOwnLine(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{Interactive: true})
	h.send("x 1")
	h.fe.interrupt()
	if out := h.news(); !strings.HasPrefix(out, "\nInterrupted: quit.") {
		t.Fatalf("the interrupt said %q", out)
	}
}

// TestResumeSaysWhatFellDueMeanwhile: a session brought back says the
// latest alert that fell due while partnercoach was not running, as the
// full screen shows it, with no notification and no bell (the accessible
// mode said none of it before), both from the offer and at once.
func TestResumeSaysWhatFellDueMeanwhile(t *testing.T) {
	saved := t0.Add(-74 * time.Hour)
	h := newHarness(t, app.Config{Scripts: scripts(t), Offer: savedInCoachTurn(t, saved, true), Saved: saved, Sound: true},
		Options{Interactive: true, Bell: true})
	h.news()
	notes := len(h.notifier.Notes)
	out := h.send("resume")
	mustContain(t, out, "Time is up: the coach's turn is over.")
	if len(h.notifier.Notes) != notes || strings.Contains(out, "\a") {
		t.Fatalf("a caught-up alert notified or rang:\n%q", out)
	}

	h = newHarness(t, app.Config{Resume: savedInCoachTurn(t, t0.Add(-3*time.Minute), false), Saved: t0.Add(-3 * time.Minute)}, Options{})
	mustContain(t, h.news(), "Segment 1 of 3 of the coach's turn is done.")
}

// TestNoteTimesCarryTheirDay: a session resumed days later says a note
// of an earlier day with its day, and one taken today with its time
// alone, by the rule the full screen draws them with (app.TimeOfDayAt).
func TestNoteTimesCarryTheirDay(t *testing.T) {
	start := t0.Add(-74 * time.Hour) // Thu 19 Nov 08:00
	ses := session.New(builtin(t, "first"), session.Options{Newcomer: "AB", Number: 1}, start)
	ses.Apply(session.StartCall{}, start)
	ses.Apply(session.AddNote{Text: "Hears well on a headset"}, start.Add(5*time.Minute))
	h := newHarness(t, app.Config{Resume: ses}, Options{})
	mustContain(t, h.news(), "Note at 08:05 on Thu 19 Nov: Hears well on a headset")
	h.send("note Said back exactly")
	mustContain(t, h.send("read"), "Note at 08:05 on Thu 19 Nov: Hears well on a headset", "Note at 10:00: Said back exactly")
}
