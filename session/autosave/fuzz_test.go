package autosave

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/jsonfile"
	"partnercoach/session"
)

// FuzzDecodeSnapshot feeds the autosave decoder a real autosave, damaged
// ones and what the fuzzer makes of them. No input may crash it, or
// bringing the session back from what it accepts; what it accepts must
// pass checkSnapshot unchanged (its times already put right), and a
// running turn brought back never has more time left than its length.
// go test -run=^$ -fuzz=FuzzDecodeSnapshot -fuzztime=60s ./session/autosave
func FuzzDecodeSnapshot(f *testing.F) {
	now := time.Date(2026, 11, 22, 15, 3, 0, 0, time.UTC)
	data, err := jsonfile.Encode(snapshotFor(f, now))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(strings.Replace(string(data), `"pos": 0`, `"pos": 99`, 1)))
	f.Add([]byte(strings.Replace(string(data), `"started": "`, `"started": "9999-01-01T00:00:00Z", "x": "`, 1)))
	for _, deadline := range []time.Time{now.Add(5 * time.Minute), now.Add(3 * time.Hour), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)} {
		f.Add(withRunningTurn(f, data, deadline))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const path = "fuzz/session.json"
		snap, p := decodeSnapshot(path, data)
		if p != nil {
			if p.Path != path || p.Msg == "" {
				t.Fatalf("a refusal without a file or a message: %#v", p)
			}
			return
		}
		before, _ := json.Marshal(snap)
		if bad := checkSnapshot(&snap); bad != nil {
			t.Fatalf("accepted an autosave the rules refuse: %s", bad.msg)
		}
		if after, _ := json.Marshal(snap); string(after) != string(before) {
			t.Fatalf("accepted an autosave whose times were not put right:\n%s\n%s", before, after)
		}
		ses, err := session.Restore(snap)
		if err != nil {
			return
		}
		for _, st := range ses.Script().Steps {
			if tr := ses.Turn(st.ID); tr != nil && tr.Running() && tr.Left(snap.Saved) > tr.Length() {
				t.Fatalf("turn %s has %v left of %v", st.ID, tr.Left(snap.Saved), tr.Length())
			}
		}
	})
}

// snapshotFor is the autosave of a session with a running turn.
func snapshotFor(tb testing.TB, now time.Time) session.Snapshot {
	s := liveSession(tb, now)
	snap := s.Snapshot(now)
	return snap
}

// withRunningTurn returns an autosave with its first turn running to the
// given deadline.
func withRunningTurn(tb testing.TB, data []byte, deadline time.Time) []byte {
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		tb.Fatal(err)
	}
	for _, st := range m["steps"].(map[string]any) {
		if tr, ok := st.(map[string]any)["turn"].(map[string]any); ok {
			tr["started"], tr["running"], tr["deadline"] = true, true, deadline.Format(time.RFC3339Nano)
			break
		}
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return out
}
