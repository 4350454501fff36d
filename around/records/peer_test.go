package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"

	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// peerRecord is the record of a peer session held with the partnership
// script, as a partner who is also a newcomer might keep one under their
// own name, with a fee written in by hand.
func peerRecord(id, name string, started time.Time) session.Record {
	r := recordtest.Simple(id, name, 0, started, session.Held, 5000)
	r.Script, r.Kind = "partnership", "peer"
	return r
}

func TestPeerRecordSavesAndLoads(t *testing.T) {
	filetest.PrivateData(t)
	want := peerRecord("p1", "", recordtest.Noon(1))
	recordtest.SaveAll(t, Save, want)
	got, _, err := Load("p1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != "peer" || !got.Peer() {
		t.Errorf("loaded kind %q, Peer() %v; want peer", got.Kind, got.Peer())
	}
	bad := peerRecord("p2", "", recordtest.Noon(1))
	bad.Kind = "pair"
	if _, err := Save(bad); err == nil || !strings.Contains(err.Error(), `kind "pair" is not a kind of session`) {
		t.Errorf("Save of kind pair: %v, want it refused", err)
	}
}

// TestClientRecordSavesAndLoads: the record of a coaching session outside
// the programme keeps its kind, "client", through saving and loading.
func TestClientRecordSavesAndLoads(t *testing.T) {
	filetest.PrivateData(t)
	want := recordtest.Simple("c1", "Kim", 1, recordtest.Noon(1), session.Held, 0)
	want.Script, want.Kind = "coaching", "client"
	recordtest.SaveAll(t, Save, want)
	got, _, err := Load("c1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != "client" || !got.Client() || got.Peer() {
		t.Errorf("loaded kind %q, Client() %v; want client", got.Kind, got.Client())
	}
}
