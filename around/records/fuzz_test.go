package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode"

	"partnercoach/session"
	"partnercoach/session/review"
)

// recordSeeds are records, whole and damaged, that the fuzzers start
// from; testdata/fuzz holds more.
func recordSeeds(f *testing.F) {
	data, err := encodeJSON(fullRecord("rec"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(strings.Replace(minimal, `"bad"`, `"rec"`, 1)))
	f.Add([]byte(strings.Replace(string(data), `"fee_cents": 2500`, `"fee_cents": 2500, "fee_cents": 0`, 1)))
	f.Add([]byte(strings.Replace(string(data), `"ended": "`, `"ended": "0001-01-01T00:00:00+01:00", "x": "`, 1)))
	// Lengths of time a hand could write that no session has: the largest
	// a duration holds, and below zero.
	f.Add([]byte(strings.Replace(string(data), `"actual": "6m12.3s"`, `"actual": "2562047h"`, 1)))
	f.Add([]byte(strings.Replace(string(data), `"planned": "5m"`, `"planned": "2562047h47m16.854775807s"`, 1)))
	f.Add([]byte(strings.Replace(string(data), `"used": "16m30s"`, `"used": "-2562047h"`, 1)))
}

// FuzzDecodeRecord feeds the record decoder whole records, damaged ones
// and what the fuzzer makes of them, and shows what it accepts as "log
// show" does: the coach log and the picture of its times. No input may
// crash it or keep it long; a refusal, and a note of what was put right,
// must name the file and say what is wrong; a record it accepts must pass
// the record rules (validate), have its times in order, encode and decode
// back the same, and print without a control character.
// go test -run=^$ -fuzz=FuzzDecodeRecord -fuzztime=60s ./session/store
func FuzzDecodeRecord(f *testing.F) {
	recordSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		const path = "fuzz/rec.json"
		start := time.Now()
		rec, notes, p := decodeRecord(path, data)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("decodeRecord took %s on %d bytes", d, len(data))
		}
		all := notes
		if p != nil {
			all = append(all, *p)
		}
		for _, p := range all {
			if p.Path != path || p.Msg == "" || p.Line < 0 || p.Col < 0 || (p.Line == 0) != (p.Col == 0) {
				t.Fatalf("a refusal or a note without a file or a message: %#v", p)
			}
		}
		if p != nil {
			return
		}
		if bad := validate(rec, "rec"); bad != nil {
			t.Fatalf("accepted a record the rules refuse: %s", bad.msg)
		}
		if _, said := settleTimes(rec); said != "" {
			t.Fatalf("accepted a record whose times are not in order: %s", said)
		}
		again, err := encodeJSON(rec)
		if err != nil {
			t.Fatal(err)
		}
		back, _, p := decodeRecord(path, again)
		if p != nil {
			t.Fatalf("an accepted record does not read back: %v\n%s", p, again)
		}
		if b, _ := encodeJSON(back); string(b) != string(again) {
			t.Fatalf("read back differently:\n%s\nwant\n%s", b, again)
		}
		out := FormatLog(rec) + review.Picture(rec, 80)
		if i := strings.IndexFunc(out, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }); i >= 0 {
			t.Fatalf("the log of an accepted record prints %q", out[i:])
		}
	})
}

// FuzzDecodeSnapshot feeds the autosave decoder a real autosave, damaged
// ones and what the fuzzer makes of them. No input may crash it, or
// bringing the session back from what it accepts; what it accepts must
// pass checkSnapshot unchanged (its times already put right), and a
// running turn brought back never has more time left than its length.
// go test -run=^$ -fuzz=FuzzDecodeSnapshot -fuzztime=60s ./session/store
func FuzzDecodeSnapshot(f *testing.F) {
	now := time.Date(2026, 11, 22, 15, 3, 0, 0, time.UTC)
	data, err := encodeJSON(snapshotFor(f, now))
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
	snap, err := s.Snapshot(now)
	if err != nil {
		tb.Fatal(err)
	}
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
