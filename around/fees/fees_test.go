package fees

import (
	"testing"

	"partnercoach/around/records/recordtest"
	"partnercoach/session"
)

func TestFormatCents(t *testing.T) {
	for cents, want := range map[int]string{0: "$0.00", 5: "$0.05", 2500: "$25.00", 2550: "$25.50", 7505: "$75.05", 123456: "$1234.56", -50: "-$0.50", -150: "-$1.50"} {
		if got := FormatCents(cents); got != want {
			t.Errorf("FormatCents(%d) = %q, want %q", cents, got, want)
		}
	}
}

func TestPeerSessionsAreNoCoachingSessions(t *testing.T) {
	peer := func(id string, day int) session.Record {
		r := recordtest.Simple(id, "AB", 0, recordtest.Noon(day), session.Held, 5000)
		r.Script, r.Kind = "partnership", "peer"
		return r
	}
	recs := []session.Record{
		recordtest.Simple("r1", "AB", 1, recordtest.Noon(1), session.Held, 2500),
		peer("p1", 2),
		peer("p2", 3),
	}
	if got, want := NextSession("AB", recs, Default), (Next{Number: 2, Script: "followup", FeeCents: 5000}); got != want {
		t.Errorf("NextSession = %+v, want %+v: peer sessions do not count", got, want)
	}
	if Billed(recs[1]) || Default.OfRecord(recs[1]) != 0 || Counts(recs[1]) {
		t.Errorf("a peer session is billed or counted: %+v", recs[1])
	}
}

// TestFee is the one rule for a session's fee, on every path: the
// packet's $25 for a first session and $50 after, amounts the settings
// change, and the sessions that are never billed. On the code before, a
// coaching session with no newcomer was billed $50.
func TestFee(t *testing.T) {
	mine := Fees{First: 3000, Later: 6000}
	tests := []struct {
		name string
		s    Session
		want int // at the packet's fees
	}{
		{"first session", Session{Newcomer: "AB", Number: 1, Script: "first"}, 2500},
		{"follow-up", Session{Newcomer: "AB", Number: 2, Script: "followup"}, 5000},
		{"a later follow-up", Session{Newcomer: "AB", Number: 7, Script: "followup"}, 5000},
		{"first script on a later session", Session{Newcomer: "AB", Number: 3, Script: "first"}, 5000},
		{"followup script on session 1", Session{Newcomer: "AB", Number: 1, Script: "followup"}, 2500},
		{"first, no newcomer named", Session{Script: "first"}, 2500},
		{"followup, no newcomer named", Session{Script: "followup"}, 5000},
		{"coaching with a newcomer", Session{Newcomer: "AB", Number: 3, Script: "coaching"}, 5000},
		{"coaching with a newcomer, first", Session{Newcomer: "AB", Number: 1, Script: "coaching"}, 2500},
		{"coaching with no newcomer", Session{Script: "coaching"}, 0},
		{"an own script with no newcomer", Session{Script: "my-check-in"}, 0},
		{"partnership", Session{Script: "partnership", Peer: true}, 0},
		{"partnership under a newcomer's name", Session{Newcomer: "AB", Number: 2, Script: "partnership", Peer: true}, 0},
		{"a rehearsal of a first session", Session{Newcomer: "AB", Number: 1, Script: "first", Rehearsal: true}, 0},
		{"a rehearsal with no newcomer", Session{Script: "followup", Rehearsal: true}, 0},
	}
	for _, tt := range tests {
		if got := Default.Of(tt.s); got != tt.want {
			t.Errorf("%s: fee %s, want %s", tt.name, FormatCents(got), FormatCents(tt.want))
		}
		want := map[int]int{0: 0, 2500: 3000, 5000: 6000}[tt.want]
		if got := mine.Of(tt.s); got != want {
			t.Errorf("%s, at the settings' fees: fee %s, want %s", tt.name, FormatCents(got), FormatCents(want))
		}
	}
}

// TestFeeOfARecord: a record is billed, and counted in its newcomer's
// numbering, by its outcome. A session not come to is billed as the
// session it stood for and does not use up a number; one rescheduled or
// transferred is neither billed nor counted.
func TestFeeOfARecord(t *testing.T) {
	rec := func(newcomer string, number int, script string, o session.Outcome) session.Record {
		r := recordtest.Simple("r", newcomer, number, recordtest.Noon(1), o, 0)
		r.Script = script
		return r
	}
	tests := []struct {
		name           string
		r              session.Record
		billed, counts bool
		fee            int
	}{
		{"first, held", rec("AB", 1, "first", session.Held), true, true, 2500},
		{"follow-up, held", rec("AB", 2, "followup", session.Held), true, true, 5000},
		{"no-show before the first", rec("AB", 1, "first", session.NoShow), true, false, 2500},
		{"no-show later", rec("AB", 3, "followup", session.NoShow), true, false, 5000},
		{"rescheduled", rec("AB", 2, "followup", session.Rescheduled), false, false, 0},
		{"transferred", rec("AB", 1, "first", session.Transferred), false, false, 0},
		{"coaching with a newcomer, held", rec("AB", 2, "coaching", session.Held), true, true, 5000},
		{"coaching with no newcomer, held", rec("", 0, "coaching", session.Held), false, true, 0},
		{"coaching with no newcomer, no-show", rec("", 0, "coaching", session.NoShow), false, false, 0},
	}
	for _, tt := range tests {
		if Billed(tt.r) != tt.billed || Counts(tt.r) != tt.counts || Default.OfRecord(tt.r) != tt.fee {
			t.Errorf("%s: billed %v, counts %v, fee %s; want %v, %v, %s", tt.name,
				Billed(tt.r), Counts(tt.r), FormatCents(Default.OfRecord(tt.r)), tt.billed, tt.counts, FormatCents(tt.fee))
		}
	}
}

// TestNextSession numbers a newcomer's sessions by those they had: on the
// code before, a no-show before the first session counted as session 1,
// so the next run proposed followup at $50, skipping the introduction and
// the screening.
func TestNextSession(t *testing.T) {
	held := func(id string, n, day int) session.Record {
		return recordtest.Simple(id, "AB", n, recordtest.Noon(day), session.Held, 0)
	}
	noShow := func(id string, n, day int) session.Record {
		return recordtest.Simple(id, "ab", n, recordtest.Noon(day), session.NoShow, 0)
	}
	tests := []struct {
		name string
		recs []session.Record
		want Next
	}{
		{"someone new", nil, Next{Number: 1, Script: "first", FeeCents: 2500}},
		{"a no-show before the first", []session.Record{noShow("n1", 1, 1)}, Next{Number: 1, Script: "first", FeeCents: 2500}},
		{"two no-shows before the first", []session.Record{noShow("n1", 1, 1), noShow("n2", 1, 2)}, Next{Number: 1, Script: "first", FeeCents: 2500}},
		{"after the first", []session.Record{held("h1", 1, 1)}, Next{Number: 2, Script: "followup", FeeCents: 5000}},
		{"a no-show, then the first", []session.Record{noShow("n1", 1, 1), held("h1", 1, 2)}, Next{Number: 2, Script: "followup", FeeCents: 5000}},
		{"a no-show later", []session.Record{held("h1", 1, 1), noShow("n2", 2, 2)}, Next{Number: 2, Script: "followup", FeeCents: 5000}},
		{"someone else's sessions", []session.Record{recordtest.Simple("o1", "CD", 1, recordtest.Noon(1), session.Held, 0)}, Next{Number: 1, Script: "first", FeeCents: 2500}},
	}
	for _, tt := range tests {
		if got := NextSession("AB", tt.recs, Default); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
