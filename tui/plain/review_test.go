package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/around/fees"
	"partnercoach/around/review"
	"partnercoach/session"
)

// TestReviewSaidAtTheEnd: once the coach log is written, the accessible
// mode says the review in words, a sentence a step, after where the log
// went, and nothing of the bars.
func TestReviewSaidAtTheEnd(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "followup"), Fees: fees.Fees{First: 4500, Later: 4500}, Session: session.Options{Newcomer: "AB"}}, Options{})
	h.send("x 1")
	h.clock.T = t0.Add(8 * time.Minute)
	h.send("n")
	h.clock.T = t0.Add(9 * time.Minute)
	h.send("E")
	out := h.send("end")
	if strings.Contains(out, "planned and taken") {
		t.Fatalf("a review before the coach log is written:\n%s", out)
	}
	for range 10 {
		if h.fe.done {
			break
		}
		out += h.send("")
	}
	if !h.fe.done || len(h.keeper.Records) != 1 {
		t.Fatalf("done %v, %d records:\n%s", h.fe.done, len(h.keeper.Records), out)
	}
	first := h.keeper.Records[0].Steps[0]
	saved := strings.Index(out, "The coach log is saved as")
	said := strings.Index(out, "The time of each step, planned and taken:")
	if saved < 0 || said < saved {
		t.Fatalf("the review does not follow where the log went:\n%s", out)
	}
	mustContain(t, out[said:], "1. "+first.Title+": planned ", ", took 8:00")
	for _, bar := range []string{"█", "░", "▓", "→"} {
		if strings.Contains(out[said:], bar) {
			t.Errorf("the words hold %q:\n%s", bar, out[said:])
		}
	}
}

// TestReviewPlansAsTheAgendaDid: a turn the coach shortened is "planned"
// at its shortened length in the agenda and in the review alike, the
// plan it was set from in brackets in both.
func TestReviewPlansAsTheAgendaDid(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first"), Fees: fees.Fees{First: 4500, Later: 4500}, Session: session.Options{Newcomer: "AB"}}, Options{})
	h.toCoachTurn()
	h.send("s")
	st := h.fe.core.Session().Current()
	first, set := app.Spoken(h.fe.core.Session().PlannedFor(st.ID)), app.Spoken(h.fe.core.Session().PlannedFor(st.ID)-5*time.Minute)
	h.send("-5")
	mustContain(t, h.send("a"), "7. My turn: coach focuses, newcomer listens, planned "+set+" ("+first+" at first)")
	h.clock.T = t0.Add(9 * time.Minute)
	h.send("E")
	out := h.send("end")
	for range 10 {
		if h.fe.done {
			break
		}
		out += h.send("")
	}
	said := strings.Index(out, "The time of each step, planned and taken:")
	if said < 0 {
		t.Fatalf("no review:\n%s", out)
	}
	rec := h.keeper.Records[0].Steps[6]
	want := "7. My turn: coach focuses, newcomer listens: planned " + review.MinSec(rec.Set.D()) + " (" + review.MinSec(rec.Planned.D()) + " at first), took "
	mustContain(t, out[said:], want)
	if rec.Set.D() != rec.Planned.D()-5*time.Minute {
		t.Fatalf("the record keeps the plan %v, set to %v", rec.Planned, rec.Set)
	}
}
