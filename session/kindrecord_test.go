package session

import (
	"testing"
	"time"
)

// TestRecordKeepsTheKind: the record of a session says what kind of
// session it was when that is not the programme's: "peer" for an
// exchange between partners, "client" for a coaching session outside the
// programme; nothing for a session of the programme's.
func TestRecordKeepsTheKind(t *testing.T) {
	for _, tt := range []struct{ script, kind string }{
		{"first", ""}, {"followup", ""}, {"partnership", "peer"}, {"coaching", "client"},
	} {
		s := New(load(t, tt.script), Options{}, base)
		rec := s.Record("r", Closing{Outcome: Held}, base.Add(50*time.Minute))
		if rec.Kind != tt.kind || rec.Client() != (tt.kind == "client") || rec.Peer() != (tt.kind == "peer") {
			t.Errorf("%s: kind %q (client %v, peer %v), want %q", tt.script, rec.Kind, rec.Client(), rec.Peer(), tt.kind)
		}
	}
}
