package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/jsonfile"

	"strings"
	"testing"
	"time"
	"unicode"

	"partnercoach/around/review"
)

// recordSeeds are records, whole and damaged, that the fuzzers start
// from; testdata/fuzz holds more.
func recordSeeds(f *testing.F) {
	data, err := jsonfile.Encode(recordtest.Full("rec"))
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
// go test -run=^$ -fuzz=FuzzDecodeRecord -fuzztime=60s ./around/records
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
		again, err := jsonfile.Encode(rec)
		if err != nil {
			t.Fatal(err)
		}
		back, _, p := decodeRecord(path, again)
		if p != nil {
			t.Fatalf("an accepted record does not read back: %v\n%s", p, again)
		}
		if b, _ := jsonfile.Encode(back); string(b) != string(again) {
			t.Fatalf("read back differently:\n%s\nwant\n%s", b, again)
		}
		out := FormatLog(rec) + review.Picture(rec, 80)
		if i := strings.IndexFunc(out, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }); i >= 0 {
			t.Fatalf("the log of an accepted record prints %q", out[i:])
		}
	})
}
