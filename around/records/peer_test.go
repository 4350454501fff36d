package store

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// peerRecord is the record of a peer session held with the partnership
// script, as a partner who is also a newcomer might keep one under their
// own name, with a fee written in by hand.
func peerRecord(id, name string, started time.Time) session.Record {
	r := simpleRecord(id, name, 0, started, session.Held, 5000)
	r.Script, r.Kind = "partnership", "peer"
	return r
}

func TestPeerSessionsAreNoCoachingSessions(t *testing.T) {
	recs := []session.Record{
		simpleRecord("r1", "AB", 1, noon(1), session.Held, 2500),
		peerRecord("p1", "AB", noon(2)),
		peerRecord("p2", "AB", noon(3)),
	}
	if got := CountedSessions("AB", recs); got != 1 {
		t.Errorf("CountedSessions = %d, want 1: peer sessions do not count", got)
	}
	if got, want := NextSession("AB", recs, DefaultFees), (Next{2, "followup", 5000}); got != want {
		t.Errorf("NextSession = %+v, want %+v", got, want)
	}
}

func TestPeerRecordSavesAndLoads(t *testing.T) {
	useTempData(t)
	want := peerRecord("p1", "", noon(1))
	mustSave(t, want)
	got, _, err := Load("p1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != "peer" || !got.Peer() {
		t.Errorf("loaded kind %q, Peer() %v; want peer", got.Kind, got.Peer())
	}
	bad := peerRecord("p2", "", noon(1))
	bad.Kind = "pair"
	if err := Save(bad); err == nil || !strings.Contains(err.Error(), `kind "pair" is not a kind of session`) {
		t.Errorf("Save of kind pair: %v, want it refused", err)
	}
}
