package plain

import (
	"errors"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/around/availability"
	"partnercoach/around/fees"
	"partnercoach/script"
	"partnercoach/session"
)

// endAndLog ends the session on show after 50 minutes and writes its
// coach log with Enter alone to every question but the outcome, and
// returns what the last answer printed.
func endAndLog(h *harness, outcome string) string {
	h.t.Helper()
	h.send("x 1")
	h.clock.T = t0.Add(50 * time.Minute)
	h.sendAll("E", "end")
	out := h.send(outcome)
	for h.fe.core.Stage() == app.Logging {
		out = h.send("")
	}
	return out
}

// TestAfterTheCoachLog: once the coach log is written, the accessible
// mode says the session's invoice line, in the words 'partnercoach
// invoice' lists it, when the Institute pays, and the word to the
// coordinator if the session left the coach uncomfortable, and asks
// whether the coach is available again; a wrong answer is asked again, and n keeps not now
// with the time it was given, says so, and ends the run.
func TestAfterTheCoachLog(t *testing.T) {
	said := time.Date(2026, 11, 13, 18, 0, 0, 0, time.UTC)
	h := newHarness(t, app.Config{Start: builtin(t, "first"), Fees: fees.Fees{First: 4500, Later: 4500},
		Session:      session.Options{Newcomer: "AB", Number: 1},
		Availability: app.Availability{Said: availability.Answer{Available: true, Said: said}}}, Options{})
	out := endAndLog(h, "")
	mustContain(t, out, "The coach log is saved as 2026-11-22-0001.",
		"The time of each step, planned and taken:",
		"Ready to submit with the invoice of November 2026 ('partnercoach invoice'); the Institute pays at the end of the month, once this session's coach log is filled in on its coach pages:\n"+
			"Date        Newcomer  Session        Fee\n"+
			"2026-11-22  AB        1           $45.00\n"+
			"You said on Fri 13 Nov you are available to coach again.\n"+
			"If the session left you uncomfortable, tell the programme coordinator.\n"+
			"Are you available to coach another newcomer? y or yes = available, n or no = not now (Enter alone: leave it as it was; q quits).")
	if strings.Index(out, "The time of each step") > strings.Index(out, "Ready to submit") {
		t.Errorf("the invoice line comes before the review:\n%s", out)
	}
	mustContain(t, h.send("maybe"), "Expected y or yes (available), n or no (not now), or Enter alone to leave it as it was.",
		"Are you available to coach another newcomer?")
	if h.fe.done {
		t.Fatal("done before the answer")
	}
	mustContain(t, h.send("n"), "Kept: you are not available to coach for now; 'partnercoach available yes' changes it.")
	kept := h.avail.Kept()
	if !h.fe.done || len(kept) != 1 || kept[0].Available || !kept[0].Said.Equal(h.clock.T) {
		t.Fatalf("done %v, kept %+v", h.fe.done, kept)
	}
}

// TestAfterANoShowAndAFailure: a no-show's line says it is billable, and
// an answer that cannot be kept says so and what to do, never that it was
// kept.
func TestAfterANoShowAndAFailure(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "followup"), Fees: fees.Default,
		Session: session.Options{Newcomer: "AB", Number: 2}}, Options{})
	h.avail.Err = errors.New("cannot write available.json: read-only file system")
	out := endAndLog(h, "2")
	mustContain(t, out, "2026-11-22  AB        2           $50.00  newcomer did not come (billable)")
	if strings.Contains(out, "You said") {
		t.Errorf("an answer never given is said:\n%s", out)
	}
	out = h.send("yes")
	mustContain(t, out, "Your answer could not be kept (cannot write available.json: read-only file system): 'partnercoach available yes' keeps it later.")
	if strings.Contains(out, "Kept:") || !h.fe.done {
		t.Errorf("done %v after a failure:\n%s", h.fe.done, out)
	}
}

// TestNothingAfterAPeerSession: a session between partners, a coaching
// session outside the programme and a rehearsal end with their record
// (or none), with no invoice line and no question.
func TestNothingAfterAPeerSession(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  app.Config
	}{
		{"partnership", app.Config{Start: builtin(t, "partnership")}},
		{"coaching with no newcomer", app.Config{Start: builtin(t, "coaching")}},
		{"rehearsal", app.Config{Start: builtin(t, "first"), Session: session.Options{Newcomer: "AB", Number: 1,
			Rehearsal: session.Rehearsal{Speed: 60, Origin: t0}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.cfg, Options{})
			out := endAndLog(h, "")
			if strings.Contains(out, "invoice") || strings.Contains(out, "available") || !h.fe.done {
				t.Errorf("done %v; said:\n%s", h.fe.done, out)
			}
		})
	}
}

// TestTheStartSaysTheAnswer: the start of a run says what the coach last
// said of coaching again.
func TestTheStartSaysTheAnswer(t *testing.T) {
	a := availability.Answer{Said: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)}
	h := newHarness(t, app.Config{Scripts: []*script.Script{builtin(t, "first")}, Availability: app.Availability{Said: a}}, Options{})
	mustContain(t, h.news(), "Choose the session to run.\nYou said on Fri 20 Nov you are not available to coach for now.\n")
}
